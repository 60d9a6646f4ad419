// WorkerPool: the batch's worker processes. Each worker is a fork of this process that
// parses the documents sent to it, one at a time, under an address-space limit and a CPU
// limit, and sends back each outcome; the parent kills a worker that overruns the
// wall-clock budget. A worker holds up to two documents, so that it starts the next one
// while the parent reads the last one's outcome. A worker that crashes, hangs or runs out
// of memory costs only the document it was parsing, which comes back as a failure naming
// the file and the reason; the document queued behind it goes to a new worker. Private to
// batch/.
#ifndef PLANPARSE_BATCH_WORKERS_H_
#define PLANPARSE_BATCH_WORKERS_H_

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "batch/wire.h"

namespace planparse {

struct WorkerLimits {
  int timeout_seconds = 0;    // wall-clock time per document; 0 = none
  uint64_t memory_bytes = 0;  // address space of a worker (RLIMIT_AS); 0 = none
};

// One document for a worker: its path, and its bytes when the parent read them (stdin).
struct WorkerTask {
  std::string path;
  bool has_bytes = false;
  std::string bytes;
};

class WorkerPool {
 public:
  using Process = std::function<Outcome(const WorkerTask&)>;
  // Workers are started as documents arrive, up to `size`. `process` runs in the workers.
  WorkerPool(int size, WorkerLimits limits, Process process);
  ~WorkerPool();  // ends the workers (closing their input) and reaps them
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // True when a document can be submitted now.
  bool HasRoom() const;
  // Documents submitted and not yet returned by Collect.
  int Busy() const;
  // Queues a document and sends it to a worker with room. A worker that cannot be started
  // or written to turns the document into a failure returned by the next Collect.
  void Submit(size_t index, const WorkerTask& task);
  // Waits up to `wait` for documents to finish; returns (index, outcome) of each.
  std::vector<std::pair<size_t, Outcome>> Collect(std::chrono::milliseconds wait);

 private:
  // A document on its way: its place in the batch, its path and the message to send.
  struct Job {
    size_t index = 0;
    std::string path;
    std::string message;
  };
  struct Worker {
    pid_t pid = -1;
    int fd = -1;                 // the parent's end of the socket pair
    std::deque<Job> jobs;        // sent, in order; the first is the one being parsed
    std::chrono::steady_clock::time_point deadline;  // of the first job
  };
  bool Start(Worker* w);
  // Kills (when `kill`) and reaps a worker; returns why it ended, in Russian. Its first
  // job is the caller's to report; the ones queued behind it go back to waiting_.
  std::string End(Worker* w, bool kill);
  // Kills and reaps a worker that failed while holding `path`'s document; the failure.
  Outcome Lost(Worker* w, const std::string& path);
  // Sends waiting documents to workers with room.
  void Dispatch();

  WorkerLimits limits_;
  Process process_;
  std::vector<Worker> workers_;
  std::deque<Job> waiting_;                          // submitted, not yet sent
  std::vector<std::pair<size_t, Outcome>> pending_;  // failures found while sending
};

}  // namespace planparse

#endif  // PLANPARSE_BATCH_WORKERS_H_
