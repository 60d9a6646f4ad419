#include "extractors/plan_extractor.h"

#include <re2/re2.h>

#include <set>

#include "extractors/internal.h"
#include "extractors/rules.h"
#include "normalizer/hyphenation.h"

namespace planparse {
namespace {

// People named as responsible or as the approver.
void CollectPeople(Plan* plan) {
  std::set<std::string> seen;
  auto add = [&](const std::string& name, const char* role) {
    if (!RE2::FullMatch(name, Rule("person_name")) || !seen.insert(name).second) return;
    plan->people.push_back({name, role, ""});
  };
  if (plan->approval && !plan->approval->person.empty()) add(plan->approval->person, "approver");
  for (const Event& e : plan->events) {
    for (const std::string& r : e.responsible) add(r, "responsible");
  }
}

}  // namespace

Plan ExtractPlan(const Document& doc, const ExtractOptions& options) {
  Plan plan;
  const Hyphenator* hyphenator =
      !options.repair_hyphens ? nullptr
      : options.hyphenator != nullptr ? options.hyphenator
                                      : Hyphenator::Default();
  Context ctx{doc, options, hyphenator, &plan};
  std::vector<Line> lines = LinearizeBody(doc);
  ExtractFrontMatter(lines, &ctx);
  ExtractEvents(lines, &ctx);
  DecideKind(lines, &ctx);
  CollectPeople(&plan);
  for (const Diagnostic& d : doc.diagnostics) plan.diagnostics.push_back(d);
  return plan;
}

}  // namespace planparse
