#include "batch/workers.h"

#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <new>

namespace planparse {
namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif
#else
constexpr bool kAddressSanitizer = false;
#endif

bool WriteAll(int fd, const char* data, size_t size) {
  while (size > 0) {
    ssize_t n = send(fd, data, size, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

bool ReadAll(int fd, char* data, size_t size) {
  while (size > 0) {
    ssize_t n = read(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

// A message: its length (8 bytes, this machine's order: both ends are this binary), then
// its bytes.
bool SendMessage(int fd, std::string_view message, std::string_view tail = {}) {
  uint64_t size = message.size() + tail.size();
  char header[sizeof size];
  std::memcpy(header, &size, sizeof size);
  return WriteAll(fd, header, sizeof header) && WriteAll(fd, message.data(), message.size()) &&
         WriteAll(fd, tail.data(), tail.size());
}

bool ReceiveMessage(int fd, std::string* message) {
  constexpr uint64_t kMaxMessage = uint64_t{4} << 30;  // sanity bound on a corrupt length
  char header[sizeof(uint64_t)];
  if (!ReadAll(fd, header, sizeof header)) return false;
  uint64_t size;
  std::memcpy(&size, header, sizeof size);
  if (size > kMaxMessage) return false;
  message->resize(size);
  return ReadAll(fd, message->data(), size);
}

std::string EncodeTask(const WorkerTask& task) {
  std::string out;
  uint64_t size = task.path.size();
  out.append(reinterpret_cast<const char*>(&size), sizeof size);
  out += task.path;
  out.push_back(task.has_bytes ? 1 : 0);
  if (task.has_bytes) out += task.bytes;
  return out;
}

bool DecodeTask(const std::string& in, WorkerTask* task) {
  uint64_t size;
  if (in.size() < sizeof size) return false;
  std::memcpy(&size, in.data(), sizeof size);
  if (in.size() < sizeof size + size + 1) return false;
  task->path = in.substr(sizeof size, size);
  task->has_bytes = in[sizeof size + size] != 0;
  task->bytes = task->has_bytes ? in.substr(sizeof size + size + 1) : std::string();
  return true;
}

// Documents a worker holds at once: one being parsed, one waiting in its socket.
constexpr size_t kJobsPerWorker = 2;
// The largest message queued behind a busy worker (larger ones, such as standard input's
// bytes, wait for an idle worker): it must fit the socket's buffer.
constexpr size_t kQueuedMessageLimit = 16 * 1024;

std::string Megabytes(uint64_t bytes) { return std::to_string(bytes >> 20) + " МБ"; }

// The worker: documents in, outcomes out, until the parent closes the socket.
[[noreturn]] void WorkerMain(int fd, const WorkerLimits& limits, const WorkerPool::Process& process) {
  // Ctrl-C reaches the whole process group; the parent decides when workers stop.
  signal(SIGINT, SIG_IGN);
  signal(SIGTERM, SIG_IGN);
  struct rlimit no_core = {0, 0};
  setrlimit(RLIMIT_CORE, &no_core);
  // AddressSanitizer reserves terabytes of address space, so its builds go without.
  if (limits.memory_bytes > 0 && !kAddressSanitizer) {
    struct rlimit memory = {limits.memory_bytes, limits.memory_bytes};
    setrlimit(RLIMIT_AS, &memory);
  }
  std::string message;
  while (ReceiveMessage(fd, &message)) {
    WorkerTask task;
    if (!DecodeTask(message, &task)) _exit(3);
    message.clear();
    message.shrink_to_fit();
    if (limits.timeout_seconds > 0) {
      // The CPU time this document may use, on top of what earlier ones used: a worker
      // spinning where the parent cannot see gets SIGXCPU even if the parent is stuck.
      struct rusage usage;
      getrusage(RUSAGE_SELF, &usage);
      struct rlimit cpu;
      getrlimit(RLIMIT_CPU, &cpu);
      rlim_t used = static_cast<rlim_t>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec);
      cpu.rlim_cur = std::min<rlim_t>(cpu.rlim_max, used + limits.timeout_seconds + 1);
      setrlimit(RLIMIT_CPU, &cpu);
    }
    Outcome outcome;
    try {
      outcome = process(task);
    } catch (const std::bad_alloc&) {
      outcome = Outcome();
      outcome.error = task.path + ": не хватило памяти (предел --memory-limit " +
                      Megabytes(limits.memory_bytes) + "); документ пропущен";
    } catch (const std::exception& e) {
      outcome = Outcome();
      outcome.error = task.path + ": внутренняя ошибка при разборе (" + e.what() + "); документ пропущен";
    }
    const std::string head = EncodeOutcomeHead(outcome);
    if (!SendMessage(fd, head, outcome.ok ? std::string_view(outcome.rendered) : std::string_view())) _exit(4);
  }
  _exit(0);
}

}  // namespace

WorkerPool::WorkerPool(int size, WorkerLimits limits, Process process)
    : limits_(limits), process_(std::move(process)), workers_(static_cast<size_t>(std::max(1, size))) {}

WorkerPool::~WorkerPool() {
  for (Worker& w : workers_) {
    if (w.pid > 0) End(&w, !w.jobs.empty());
  }
}

bool WorkerPool::HasRoom() const {
  return static_cast<size_t>(Busy()) < workers_.size() * kJobsPerWorker;
}

int WorkerPool::Busy() const {
  size_t busy = waiting_.size();
  for (const Worker& w : workers_) busy += w.jobs.size();
  return static_cast<int>(busy);
}

bool WorkerPool::Start(Worker* w) {
  int fds[2];
  if (socketpair(AF_UNIX, SOCK_STREAM, 0, fds) != 0) return false;
  pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return false;
  }
  if (pid == 0) {
    close(fds[0]);
    for (const Worker& other : workers_) {
      if (other.fd >= 0) close(other.fd);
    }
    WorkerMain(fds[1], limits_, process_);
  }
  close(fds[1]);
  w->pid = pid;
  w->fd = fds[0];
  return true;
}

std::string WorkerPool::End(Worker* w, bool kill_it) {
  if (kill_it) kill(w->pid, SIGKILL);
  close(w->fd);
  int status = 0;
  while (waitpid(w->pid, &status, 0) < 0 && errno == EINTR) {
  }
  w->pid = -1;
  w->fd = -1;
  // The jobs queued behind the first were never started: they go to another worker.
  for (size_t k = w->jobs.size(); k > 1; --k) waiting_.push_front(std::move(w->jobs[k - 1]));
  w->jobs.clear();
  if (WIFSIGNALED(status)) {
    int sig = WTERMSIG(status);
    if (sig == SIGXCPU) return "превышен предел процессорного времени";
    return std::string("процесс разбора аварийно завершился (сигнал ") + std::to_string(sig) + ", " +
           strsignal(sig) + ")";
  }
  if (WIFEXITED(status)) {
    return "процесс разбора аварийно завершился без ответа (код " + std::to_string(WEXITSTATUS(status)) + ")";
  }
  return "процесс разбора аварийно завершился без ответа";
}

Outcome WorkerPool::Lost(Worker* w, const std::string& path) {
  Outcome failed;
  failed.error = path + ": " + End(w, true) + "; документ пропущен";
  return failed;
}

void WorkerPool::Submit(size_t index, const WorkerTask& task) {
  waiting_.push_back(Job{index, task.path, EncodeTask(task)});
  Dispatch();
}

void WorkerPool::Dispatch() {
  while (!waiting_.empty()) {
    // An idle worker first; a busy one queues only a small message, which waits in the
    // socket's buffer while the worker may itself be blocked sending a large reply.
    const bool small = waiting_.front().message.size() <= kQueuedMessageLimit;
    Worker* w = nullptr;
    for (Worker& candidate : workers_) {
      if (candidate.jobs.empty()) {
        w = &candidate;
        break;
      }
      if (small && candidate.jobs.size() < kJobsPerWorker && (w == nullptr || candidate.jobs.size() < w->jobs.size())) {
        w = &candidate;
      }
    }
    if (w == nullptr) return;
    Job job = std::move(waiting_.front());
    waiting_.pop_front();
    if (w->pid < 0 && !Start(w)) {
      Outcome failed;
      failed.error = job.path + ": не удалось запустить процесс разбора: " + std::strerror(errno);
      pending_.emplace_back(job.index, std::move(failed));
      continue;
    }
    if (!SendMessage(w->fd, job.message)) {
      if (w->jobs.empty()) {
        pending_.emplace_back(job.index, Lost(w, job.path));
      } else {
        // The worker died on the document it was parsing; this one was never sent.
        const size_t index = w->jobs.front().index;
        const std::string path = w->jobs.front().path;
        pending_.emplace_back(index, Lost(w, path));
        waiting_.push_front(std::move(job));
      }
      continue;
    }
    if (w->jobs.empty()) {
      w->deadline = std::chrono::steady_clock::now() + std::chrono::seconds(limits_.timeout_seconds);
      job.message.clear();  // only a queued job may have to be sent again
    }
    w->jobs.push_back(std::move(job));
  }
}

std::vector<std::pair<size_t, Outcome>> WorkerPool::Collect(std::chrono::milliseconds wait) {
  Dispatch();
  std::vector<std::pair<size_t, Outcome>> done = std::move(pending_);
  pending_.clear();
  if (!done.empty()) wait = std::chrono::milliseconds(0);
  const auto now = std::chrono::steady_clock::now();
  std::vector<pollfd> fds;
  std::vector<Worker*> polled;
  for (Worker& w : workers_) {
    if (w.jobs.empty()) continue;
    fds.push_back({w.fd, POLLIN, 0});
    polled.push_back(&w);
    if (limits_.timeout_seconds > 0) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(w.deadline - now);
      wait = std::max(std::chrono::milliseconds(0), std::min(wait, left));
    }
  }
  if (fds.empty()) return done;
  int ready = poll(fds.data(), fds.size(), static_cast<int>(wait.count()));
  if (ready < 0 && errno != EINTR) ready = 0;
  for (size_t k = 0; k < fds.size(); ++k) {
    Worker& w = *polled[k];
    const size_t index = w.jobs.front().index;
    const std::string path = w.jobs.front().path;
    if (ready > 0 && (fds[k].revents & (POLLIN | POLLHUP | POLLERR)) != 0) {
      std::string reply;
      Outcome outcome;
      if (!ReceiveMessage(w.fd, &reply)) {
        outcome = Lost(&w, path);
      } else if (!DecodeOutcome(std::move(reply), &outcome)) {
        outcome = Outcome();
        outcome.error = path + ": ответ процесса разбора повреждён (" + End(&w, true) + "); документ пропущен";
      } else {
        w.jobs.pop_front();
        if (!w.jobs.empty()) {
          // The worker has gone on to the next document.
          w.deadline = std::chrono::steady_clock::now() + std::chrono::seconds(limits_.timeout_seconds);
          w.jobs.front().message.clear();
        }
      }
      done.emplace_back(index, std::move(outcome));
      continue;
    }
    if (limits_.timeout_seconds > 0 && std::chrono::steady_clock::now() >= w.deadline) {
      End(&w, true);
      Outcome outcome;
      outcome.error = path + ": разбор не уложился в " + std::to_string(limits_.timeout_seconds) +
                      " с (предел --timeout); процесс разбора остановлен, документ пропущен";
      done.emplace_back(index, std::move(outcome));
    }
  }
  Dispatch();
  return done;
}

}  // namespace planparse
