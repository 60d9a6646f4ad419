#include "batch/batch.h"

#include <fnmatch.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>

#include "batch/wire.h"
#include "batch/workers.h"
#include "parsers/reader.h"
#include "parsers/sha256.h"

namespace planparse {
namespace {

namespace fs = std::filesystem;

std::atomic<bool> stop_requested{false};

struct Input {
  std::string path;
  std::string error;  // why it cannot be read, found while walking
};

bool Matches(const std::vector<std::string>& globs, const std::string& name) {
  for (const std::string& g : globs) {
    if (fnmatch(g.c_str(), name.c_str(), 0) == 0) return true;
  }
  return false;
}

// Files to read, sorted by path; directories walked without following links to
// directories (no loops), unreadable entries kept with their reason.
std::vector<Input> Collect(const BatchOptions& options) {
  std::vector<Input> out;
  auto take = [&](const fs::path& p) {
    std::string name = p.filename().string();
    if (!options.include.empty() && !Matches(options.include, name)) return;
    if (Matches(options.exclude, name)) return;
    out.push_back({p.string(), ""});
  };
  for (const std::string& input : options.inputs) {
    if (input == "-") {
      out.push_back({"-", ""});  // standard input
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(input, ec);
    if (ec || !fs::exists(st)) {
      out.push_back({input, fs::is_symlink(fs::symlink_status(input, ec)) ? "ссылка ведёт в никуда" : "файл не найден"});
      continue;
    }
    if (!fs::is_directory(st)) {
      out.push_back({input, ""});  // named explicitly: taken whatever its name
      continue;
    }
    // Directories one by one, so that one that cannot be read is reported, not lost.
    std::vector<fs::path> pending = {fs::path(input)};
    while (!pending.empty()) {
      fs::path dir = pending.back();
      pending.pop_back();
      fs::directory_iterator it(dir, ec), end;
      if (ec) {
        out.push_back({dir.string(), "каталог не читается: " + ec.message()});
        ec.clear();
        continue;
      }
      for (; it != end; it.increment(ec)) {
        if (ec) {
          out.push_back({dir.string(), "каталог прочитан не полностью: " + ec.message()});
          break;
        }
        std::error_code e;
        const fs::directory_entry& entry = *it;
        bool link = entry.is_symlink(e);
        if (link && !fs::exists(entry.path(), e)) {
          out.push_back({entry.path().string(), "ссылка ведёт в никуда"});
          continue;
        }
        if (entry.is_directory(e)) {
          // Links to directories are not followed: no loops, no escaping the tree.
          if (options.recursive && !link) pending.push_back(entry.path());
          continue;
        }
        if (entry.is_regular_file(e)) take(entry.path());
      }
    }
  }
  std::sort(out.begin(), out.end(), [](const Input& a, const Input& b) { return a.path < b.path; });
  out.erase(std::unique(out.begin(), out.end(), [](const Input& a, const Input& b) { return a.path == b.path; }),
            out.end());
  return out;
}

// A document piped in ("-"), read whole up to the file size limit.
Result<std::string> ReadStandardInput(const ReaderOptions& options) {
  std::string bytes;
  char buffer[1 << 16];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0) {
    bytes.append(buffer, n);
    if (bytes.size() > options.max_file_bytes) {
      return Status::LimitExceeded("-: стандартный ввод больше допустимых " +
                                   std::to_string(options.max_file_bytes >> 20) + " МБ");
    }
  }
  return bytes;
}

// Reads and extracts one document (the bytes given, or the file at its path), and renders
// it as `writer` will store it.
Outcome Process(const WorkerTask& task, const BatchOptions& options, const PlanWriter& writer) {
  Outcome outcome;
  Result<Document> doc = task.has_bytes ? ReadDocumentBytes(task.bytes, task.path, options.reader)
                                        : ReadDocumentFile(task.path, options.reader);
  if (!doc.ok()) {
    outcome.error = doc.status().message();
    return outcome;
  }
  outcome.ok = true;
  outcome.source = doc.value().source;
  // The document model is not needed to render the plan: ExtractPlan takes and frees it.
  outcome.plan = ExtractPlan(doc.take(), options.extract);
  outcome.rendered = writer.Render(outcome.plan, outcome.source);
  outcome.warned = std::any_of(outcome.plan.diagnostics.begin(), outcome.plan.diagnostics.end(),
                               [](const Diagnostic& d) { return d.severity != Severity::kInfo; });
  // The writer stores only the rendered bytes: the plan need not travel back.
  if (!outcome.rendered.empty() && writer.UsesOnlyRendered()) outcome.plan = Plan();
  return outcome;
}

// Runs a small plan through the pipeline so that the regular expressions and tables the
// stages build on first use exist before workers are forked: each worker then inherits
// them instead of building its own.
void WarmUp(const BatchOptions& options) {
  static const char kPlan[] =
      "УТВЕРЖДАЮ\nДиректор МБОУ «СОШ № 1»\n__________ И.И. Петров\nПриказ № 5 от 30.08.2024\n"
      "План работы методического объединения на 2024-2025 учебный год\n"
      "Цель: повышение качества образования.\nЗадачи:\n1) изучить документы;\n"
      "№\tМероприятие\tСроки\tОтветственный\n"
      "1.\tСеминар для педагогов\tсентябрь 2024 г.\tИванова И.И.\n"
      "2.\tКонкурс\tв течение года\tМОЦ\n";
  Result<Document> doc = ReadDocumentBytes(kPlan, "warm-up.txt", options.reader);
  if (doc.ok()) ExtractPlan(doc.take(), options.extract);
}

// The task for input `in`, or a failure when it cannot be read at all.
bool MakeTask(const Input& in, const BatchOptions& options, WorkerTask* task, Outcome* failure) {
  if (!in.error.empty()) {
    failure->error = in.path + ": " + in.error;
    return false;
  }
  task->path = in.path;
  if (in.path == "-") {
    Result<std::string> bytes = ReadStandardInput(options.reader);
    if (!bytes.ok()) {
      failure->error = bytes.status().message();
      return false;
    }
    task->has_bytes = true;
    task->bytes = std::move(bytes.value());
  }
  return true;
}

// Whether `in` is stored already, as it is now (same path, same SHA-256): then *outcome
// says so and the document need not be extracted again. Only documents the output names
// at all are read and hashed here; a resumed run of thousands of documents thus skips
// those done before it was stopped, where it used to extract each again to learn that.
bool Unchanged(const Input& in, const BatchOptions& options, PlanWriter& writer, Outcome* outcome) {
  if (!in.error.empty() || in.path == "-" || !writer.MayHaveStored(in.path)) return false;
  Result<std::string> bytes = ReadFileBytes(in.path, options.reader);
  if (!bytes.ok()) return false;  // the worker reads it again and says why
  SourceInfo source;
  source.path = in.path;
  source.sha256 = Sha256Hex(bytes.value());
  if (!writer.AlreadyStored(source)) return false;
  outcome->ok = true;
  outcome->unchanged = true;
  outcome->source = std::move(source);
  return true;
}

std::string Duration(double seconds) {
  long s = std::lround(seconds);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%ld:%02ld", s / 60, s % 60);
  return buffer;
}

}  // namespace

void RequestBatchStop() { stop_requested.store(true); }

std::string DescribeSummary(const BatchSummary& s) {
  char seconds[32];
  std::snprintf(seconds, sizeof seconds, "%.1f", s.seconds);
  return std::string(s.interrupted ? "Прервано" : "Готово") + ": документов " + std::to_string(s.total) +
         "; сохранено без замечаний " + std::to_string(s.ok) + ", с замечаниями " +
         std::to_string(s.with_warnings) + ", не прочитано " + std::to_string(s.failed) +
         ", пропущено (не изменились) " + std::to_string(s.skipped) + "; " + seconds + " с";
}

Result<BatchSummary> RunBatch(const BatchOptions& options, std::ostream& log) {
  const auto started = std::chrono::steady_clock::now();
  stop_requested.store(false);
  Result<std::unique_ptr<PlanWriter>> opened = OpenPlanWriter(options.to, options.writer);
  if (!opened.ok()) return opened.status();
  PlanWriter& writer = *opened.value();
  const std::vector<Input> inputs = Collect(options);
  BatchSummary summary;
  summary.total = static_cast<int>(inputs.size());

  const int jobs = std::max(1, options.jobs > 0 ? options.jobs
                                                : static_cast<int>(std::thread::hardware_concurrency()));
  const size_t window = static_cast<size_t>(jobs) * 4;  // results waiting to be written, at most
  std::vector<std::optional<Outcome>> results(inputs.size());
  size_t next_task = 0, next_write = 0;

  // Writes the outcome of input `next_write` (the one place output is written, in order);
  // false when the output failed.
  Status failure;
  auto last_progress = std::chrono::steady_clock::time_point();
  auto write_next = [&](Outcome outcome) {
    const std::string& path = inputs[next_write].path;
    if (!outcome.ok) {
      ++summary.failed;
      log << (options.progress ? "\r\033[K" : "") << "planparse: " << outcome.error << "\n";
      failure = writer.WriteFailure(path, outcome.error);
    } else if (outcome.unchanged || writer.AlreadyStored(outcome.source)) {
      ++summary.skipped;
    } else {
      failure = writer.WriteRendered(outcome.plan, outcome.source, outcome.rendered);
      ++(outcome.warned ? summary.with_warnings : summary.ok);
    }
    return failure.ok();
  };
  // After next_write moved on: the progress line, at most ten times a second.
  auto show_progress = [&]() {
    if (options.progress) {
      auto now = std::chrono::steady_clock::now();
      if (now - last_progress > std::chrono::milliseconds(100) || next_write == inputs.size()) {
        last_progress = now;
        double elapsed = std::chrono::duration<double>(now - started).count();
        double rate = elapsed > 0 ? next_write / elapsed : 0;
        double eta = rate > 0 ? (inputs.size() - next_write) / rate : 0;
        char line[160];
        std::snprintf(line, sizeof line, "\r\033[K[%zu/%zu] %.1f файлов/с, осталось ~%s, сбоев: %d",
                      next_write, inputs.size(), rate, Duration(eta).c_str(), summary.failed);
        log << line << std::flush;
      }
    }
  };

  if (options.isolate) {
    // Worker processes; this thread hands out documents, collects and writes outcomes.
    WarmUp(options);
    WorkerLimits limits;
    limits.timeout_seconds = options.timeout_seconds;
    limits.memory_bytes = options.worker_memory_bytes;
    WorkerPool pool(jobs, limits,
                    [&options, &writer](const WorkerTask& task) { return Process(task, options, writer); });
    bool writing = true;
    while (writing && next_write < inputs.size()) {
      while (!stop_requested.load() && next_task < inputs.size() && next_task < next_write + window &&
             pool.HasRoom()) {
        WorkerTask task;
        Outcome outcome;
        if (Unchanged(inputs[next_task], options, writer, &outcome)) results[next_task] = std::move(outcome);
        else if (MakeTask(inputs[next_task], options, &task, &outcome)) pool.Submit(next_task, task);
        else results[next_task] = std::move(outcome);
        ++next_task;
      }
      while (writing && next_write < inputs.size() && results[next_write].has_value()) {
        Outcome outcome = std::move(*results[next_write]);
        results[next_write].reset();
        writing = write_next(std::move(outcome));
        ++next_write;
        show_progress();
      }
      if (!writing || next_write >= inputs.size()) break;
      if (stop_requested.load() && pool.Busy() == 0 && !results[next_write].has_value()) break;
      for (auto& [index, outcome] : pool.Collect(std::chrono::milliseconds(200))) {
        results[index] = std::move(outcome);
      }
    }
  } else {
    // Worker threads in this process. The writer is not theirs to ask: the documents
    // stored unchanged are found here, before they start.
    std::vector<char> unchanged(inputs.size(), 0);
    for (size_t i = 0; i < inputs.size(); ++i) {
      Outcome outcome;
      if (Unchanged(inputs[i], options, writer, &outcome)) {
        results[i] = std::move(outcome);
        unchanged[i] = 1;
      }
    }
    std::mutex mutex;
    std::condition_variable ready, room;
    auto work = [&]() {
      while (true) {
        size_t i;
        {
          std::unique_lock<std::mutex> lock(mutex);
          room.wait(lock, [&] { return stop_requested.load() || next_task >= inputs.size() ||
                                       next_task < next_write + window; });
          if (stop_requested.load() || next_task >= inputs.size()) return;
          i = next_task++;
        }
        if (unchanged[i]) continue;  // its outcome is there already
        WorkerTask task;
        Outcome outcome;
        if (MakeTask(inputs[i], options, &task, &outcome)) outcome = Process(task, options, writer);
        {
          std::lock_guard<std::mutex> lock(mutex);
          results[i] = std::move(outcome);
        }
        ready.notify_all();
      }
    };
    std::vector<std::thread> workers;
    for (int k = 0; k < jobs; ++k) workers.emplace_back(work);
    while (next_write < inputs.size()) {
      Outcome outcome;
      {
        std::unique_lock<std::mutex> lock(mutex);
        ready.wait_for(lock, std::chrono::milliseconds(200), [&] { return results[next_write].has_value(); });
        if (!results[next_write].has_value()) {
          if (stop_requested.load() && next_task <= next_write) break;
          continue;
        }
        outcome = std::move(*results[next_write]);
        results[next_write].reset();
      }
      bool written = write_next(std::move(outcome));
      {
        std::lock_guard<std::mutex> lock(mutex);  // next_write is read by the workers
        ++next_write;
      }
      room.notify_all();
      show_progress();
      if (!written) break;
    }
    {
      std::lock_guard<std::mutex> lock(mutex);
      stop_requested.store(true);
    }
    room.notify_all();
    for (std::thread& t : workers) t.join();
  }
  if (next_write < inputs.size()) summary.interrupted = true;
  stop_requested.store(false);
  if (options.progress) log << "\r\033[K";
  Status finished = writer.Finish();
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (!failure.ok()) return failure;
  if (!finished.ok()) return finished;
  return summary;
}

}  // namespace planparse
