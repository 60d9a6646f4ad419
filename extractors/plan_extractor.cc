#include "extractors/plan_extractor.h"

#include <re2/re2.h>

#include <algorithm>
#include <set>

#include "extractors/flat_tables.h"
#include "extractors/internal.h"
#include "extractors/rules.h"
#include "normalizer/hyphenation.h"
#include "normalizer/text.h"

namespace planparse {
namespace {

// People named as responsible or as the approver.
void CollectPeople(Plan* plan) {
  std::set<std::string> seen;
  auto add = [&](const std::string& name, const char* role) {
    if (!RE2::FullMatch(name, Rule("person_name", name)) || !seen.insert(name).second) return;
    plan->people.push_back({name, role, ""});
  };
  if (plan->approval && !plan->approval->person.empty()) add(plan->approval->person, "approver");
  for (const Event& e : plan->events) {
    for (const std::string& r : e.responsible) add(r, "responsible");
  }
}

// Organisations named in the title, the approval block and the running text, in order.
void CollectOrganisations(const std::vector<Line>& lines, Plan* plan) {
  // A quoted name of more characters is a runaway quote, no name. (Checked here: the
  // bound written as a repetition count in the rule made each search 70 times dearer.)
  constexpr size_t kLongestName = 100;
  std::set<std::string> seen;
  auto scan = [&](const std::string& text) {
    // Every name is quoted: most lines have no quote and need no search.
    if (text.find('"') == std::string::npos && text.find("«") == std::string::npos) return;
    re2::StringPiece input(text);
    std::string name;
    const RE2& organisation = RuleIgnoringCase("organisation", text);  // the text read once for it
    while (RE2::FindAndConsume(&input, organisation, &name)) {
      const size_t open = std::min(name.find("«"), name.find('"'));
      const size_t open_length = name.compare(open, 1, "\"") == 0 ? 1 : 2;
      const size_t close_length = name.back() == '"' ? 1 : 2;
      const size_t inner = Characters(std::string_view(name).substr(
          open + open_length, name.size() - open - open_length - close_length));
      if (inner > kLongestName) continue;
      if (seen.insert(name).second && plan->organisations.size() < 50) {
        plan->organisations.push_back(name);
      }
    }
  };
  scan(plan->title.text);
  if (plan->approval) scan(plan->approval->raw);
  for (const Line& l : lines) {
    if (!l.is_table()) scan(l.text);
  }
}

// The plan of `source`, whose flattened tables (plain text) were already rebuilt.
// `consumable` is `source` itself when it may be freed while reading it, else nullptr.
Plan Extract(const Document& source, Document* consumable, const ExtractOptions& options) {
  Plan plan;
  const Hyphenator* hyphenator =
      !options.repair_hyphens ? nullptr
      : options.hyphenator != nullptr ? options.hyphenator
                                      : Hyphenator::Default();
  Context ctx{source, options, hyphenator, &plan,
              source.source.format == "docx" ? LineBreaks::kParagraphs : LineBreaks::kWrapped,
              consumable};
  std::vector<Line> lines = LinearizeBody(source);
  ExtractFrontMatter(lines, &ctx);
  ExtractEvents(lines, &ctx);
  DecideKind(lines, &ctx);
  CollectPeople(&plan);
  CollectOrganisations(lines, &plan);
  for (const Diagnostic& d : source.diagnostics) plan.diagnostics.push_back(d);
  return plan;
}

}  // namespace

Plan ExtractPlan(const Document& doc, const ExtractOptions& options) {
  if (doc.source.format != "text") return Extract(doc, nullptr, options);
  Document copy = doc;
  return ExtractPlan(std::move(copy), options);
}

Plan ExtractPlan(Document&& doc, const ExtractOptions& options) {
  // Plain text may hold tables written cell after cell: rebuild them first (or only add a
  // diagnostic about text that cannot be rebuilt).
  Document document = std::move(doc);
  if (document.source.format == "text") RebuildFlattenedTables(&document, options.flat_tables);
  return Extract(document, &document, options);
}

}  // namespace planparse
