// Consistency checks: what is missing, inconsistent or unfilled in an extracted plan or
// report, as typed diagnostics (stable code, severity, Russian message, place) that a
// reviewer reads instead of every page. docs/checks.md documents every rule.
#ifndef PLANPARSE_CHECKS_CHECKS_H_
#define PLANPARSE_CHECKS_CHECKS_H_

#include <set>
#include <string>
#include <vector>

#include "model/diagnostic.h"
#include "model/document.h"
#include "model/plan.h"

namespace planparse {

struct CheckRule {
  const char* code;          // "event.no_timing"
  Severity severity;
  const char* summary;       // what it finds, in Russian
  const char* triggers;      // an example that triggers it
  const char* passes;        // a similar example that must not
};

// Every rule, in the order they run.
const std::vector<CheckRule>& CheckRules();

struct CheckOptions {
  std::set<std::string> only;       // run just these codes (all when empty)
  std::set<std::string> disabled;   // never run these codes
  std::string today;                // "YYYY-MM-DD" for "in the future" checks; "" = the real date
};

// Checks one document. Diagnostics carry places in the document.
std::vector<Diagnostic> CheckPlan(const Plan& plan, const CheckOptions& options);

// A report against its plan: planned events the report never mentions, and reported
// events the plan did not have (titles matched after normalisation, fuzzily).
std::vector<Diagnostic> CheckReportAgainstPlan(const Plan& plan, const Plan& report,
                                               const Document& report_doc,
                                               const CheckOptions& options);

}  // namespace planparse

#endif  // PLANPARSE_CHECKS_CHECKS_H_
