// RunBatch: extracts many documents into one output (JSON files, JSONL, CSV or SQLite).
// Inputs are walked and sorted by path; workers extract in parallel and the output is
// written in path order whatever the number of workers. Workers are processes with time
// and memory limits unless `isolate` is off. A file that cannot be read is
// recorded with its reason and the run goes on; documents already stored unchanged are
// skipped, so an interrupted run finishes when started again.
#ifndef PLANPARSE_BATCH_BATCH_H_
#define PLANPARSE_BATCH_BATCH_H_

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "exporters/plan_writers.h"
#include "extractors/plan_extractor.h"
#include "model/status.h"
#include "parsers/reader_options.h"

namespace planparse {

struct BatchOptions {
  std::vector<std::string> inputs;   // files and directories; "-" is standard input
  bool recursive = false;            // walk directories below the given ones too
  int jobs = 0;                      // worker threads; 0 = the machine's cores
  std::vector<std::string> include;  // file-name globs to take ("*.docx"); empty = every file
  std::vector<std::string> exclude;  // file-name globs to leave out ("~$*")
  std::string to;                    // "json:DIR", "jsonl:FILE", "csv:DIR", "sqlite:FILE"
  bool progress = false;             // a progress line on the log (the CLI sets it on a terminal)
  // Isolation: documents are parsed in worker processes (batch/workers.h), so a crash,
  // hang or runaway allocation nobody has found yet costs one document, not the run.
  bool isolate = true;               // false: worker threads in this process (no limits below)
  int timeout_seconds = 60;          // wall-clock (and CPU) time per document; 0 = none
  uint64_t worker_memory_bytes = uint64_t{2} << 30;  // address space per worker; 0 = none
  WriterOptions writer;
  ReaderOptions reader;
  ExtractOptions extract;
};

struct BatchSummary {
  int total = 0;          // documents found
  int ok = 0;             // stored with no warnings
  int with_warnings = 0;  // stored, with warnings or errors among their diagnostics
  int failed = 0;         // could not be read or extracted (recorded in the output)
  int skipped = 0;        // already stored unchanged
  double seconds = 0;
  bool interrupted = false;
};

// Runs the batch; failures and progress go to `log`. An error Status means the output
// could not be opened or written (nothing half-written is left behind).
Result<BatchSummary> RunBatch(const BatchOptions& options, std::ostream& log);

// Asks a running batch to stop after the documents in progress (signal-safe).
void RequestBatchStop();

// "Готово: 12 документов: …": the summary line in Russian.
std::string DescribeSummary(const BatchSummary& summary);

}  // namespace planparse

#endif  // PLANPARSE_BATCH_BATCH_H_
