// The plan as JSON: the contract fields of shared/seeds/README.md (never renamed), plus
// schema_version, source, provenance, sections, people and diagnostics.
// schema/plan.schema.json describes it.
#ifndef PLANPARSE_EXPORTERS_PLAN_WRITER_H_
#define PLANPARSE_EXPORTERS_PLAN_WRITER_H_

#include <ostream>
#include <string>

#include "model/document.h"
#include "model/plan.h"

namespace planparse {

constexpr const char* kPlanSchemaVersion = "1.0";

// Pretty-printed (indent 2) when `pretty`, else one line (for JSONL).
void WritePlanJson(const Plan& plan, const SourceInfo& source, bool pretty, std::ostream& out);

// The same bytes as one string.
std::string PlanJson(const Plan& plan, const SourceInfo& source, bool pretty);

}  // namespace planparse

#endif  // PLANPARSE_EXPORTERS_PLAN_WRITER_H_
