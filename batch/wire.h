// The bytes a worker process sends back to the batch: one document's outcome (its plan
// and source, or why it failed), encoded field by field. Private to batch/: both ends are
// the same binary, so the format carries no version; DecodeOutcome still checks every
// length, because a worker that died mid-write leaves a truncated message.
#ifndef PLANPARSE_BATCH_WIRE_H_
#define PLANPARSE_BATCH_WIRE_H_

#include <string>
#include <string_view>

#include "model/document.h"
#include "model/plan.h"

namespace planparse {

struct Outcome {
  bool ok = false;
  std::string error;  // why the document could not be read, naming the file
  Plan plan;
  SourceInfo source;
  std::string rendered;  // what the output's writer will store, when it stores text
  bool warned = false;   // the plan has diagnostics above info (counted in the summary)
  bool unchanged = false;  // already stored as it is: nothing was extracted (set by the
                           // writing process itself, never sent by a worker)
};

// The encoded outcome: a head with every field but the rendered text, then that text.
// A worker sends EncodeOutcomeHead and `rendered` one after the other, without joining
// them into one copy of a large plan.
std::string EncodeOutcome(const Outcome& outcome);
std::string EncodeOutcomeHead(const Outcome& outcome);

// False when `bytes` is not a whole encoded outcome. The rendered text takes over the
// buffer of `bytes`.
bool DecodeOutcome(std::string bytes, Outcome* outcome);

}  // namespace planparse

#endif  // PLANPARSE_BATCH_WIRE_H_
