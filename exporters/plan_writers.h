// PlanWriter: where a batch run puts its plans, one writer per format behind one
// interface. Every writer leaves complete output only (atomic files, whole lines,
// one transaction per document), records failures, and can resume a run: documents
// already stored with the same SHA-256 are skipped.
#ifndef PLANPARSE_EXPORTERS_PLAN_WRITERS_H_
#define PLANPARSE_EXPORTERS_PLAN_WRITERS_H_

#include <memory>
#include <string>

#include "model/document.h"
#include "model/plan.h"
#include "model/status.h"

namespace planparse {

struct WriterOptions {
  bool csv_excel = false;          // CSV as Russian Excel reads it: UTF-8 with BOM, ";" separators
  int sqlite_busy_timeout_ms = 5000;  // wait this long for a database another program locks
};

class PlanWriter {
 public:
  virtual ~PlanWriter() = default;
  // True when this document (same path and SHA-256) is already stored: skip it.
  virtual bool AlreadyStored(const SourceInfo& source) = 0;
  // False when nothing at all is stored for `path`: the document is new, and a batch need
  // not read and hash it before extracting it to know so.
  virtual bool MayHaveStored(const std::string& path) { return true; }
  // Stores one document's plan; a changed document replaces what was stored for its path.
  virtual Status Write(const Plan& plan, const SourceInfo& source) = 0;
  // The bytes Write would store for a plan, when the writer stores text (JSON, JSONL);
  // "" otherwise. Thread-safe and free of side effects, so a batch computes it where the
  // plan was made (a worker) and the one writing thread only stores it.
  virtual std::string Render(const Plan& plan, const SourceInfo& source) const { return ""; }
  // Write, given what Render returned for this plan ("" = render here). Writers that store
  // only the rendered bytes may be given an empty plan then (see UsesOnlyRendered).
  virtual Status WriteRendered(const Plan& plan, const SourceInfo& source, const std::string& rendered) {
    return Write(plan, source);
  }
  // True when WriteRendered with a non-empty `rendered` never reads the plan, so a batch
  // need not carry the plan from its worker.
  virtual bool UsesOnlyRendered() const { return false; }
  // Records a document that could not be read or extracted.
  virtual Status WriteFailure(const std::string& path, const std::string& reason) = 0;
  // Flushes, syncs and closes; the output is complete only when this returns OK.
  virtual Status Finish() = 0;
};

// "json:DIR", "jsonl:FILE", "csv:DIR", "sqlite:FILE" ("-" as FILE: standard output, jsonl only).
Result<std::unique_ptr<PlanWriter>> OpenPlanWriter(const std::string& spec,
                                                   const WriterOptions& options);

}  // namespace planparse

#endif  // PLANPARSE_EXPORTERS_PLAN_WRITERS_H_
