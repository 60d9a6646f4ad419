// ExtractPlan: a Document (from any reader) to the Plan the JSON contract describes:
// kind, title, period, approval, goals, tasks, sections and the events of its tables.
#ifndef PLANPARSE_EXTRACTORS_PLAN_EXTRACTOR_H_
#define PLANPARSE_EXTRACTORS_PLAN_EXTRACTOR_H_

#include "extractors/flat_tables.h"
#include "model/document.h"
#include "model/plan.h"

namespace planparse {

class Hyphenator;

struct ExtractOptions {
  bool repair_hyphens = true;        // decide line-end hyphens with hunspell-ru when installed
  const Hyphenator* hyphenator = nullptr;  // nullptr: the default dictionary
  int title_search_lines = 40;       // non-blank lines at the top searched for title/approval
  int max_events = 100000;           // more rows than this are cut with a diagnostic
  FlatTableOptions flat_tables;      // rebuilding tables written cell after cell (plain text)
};

Plan ExtractPlan(const Document& doc, const ExtractOptions& options);
// The same, for a caller that no longer needs the document: plain text's tables are
// rebuilt in place instead of in a copy, and the model is freed before returning.
Plan ExtractPlan(Document&& doc, const ExtractOptions& options);

}  // namespace planparse

#endif  // PLANPARSE_EXTRACTORS_PLAN_EXTRACTOR_H_
