// Internal to extractors/: the stages ExtractPlan runs, and what they share.
#ifndef PLANPARSE_EXTRACTORS_INTERNAL_H_
#define PLANPARSE_EXTRACTORS_INTERNAL_H_

#include <string>
#include <string_view>
#include <vector>

#include "extractors/plan_extractor.h"
#include "normalizer/text.h"
#include "model/document.h"
#include "model/plan.h"

namespace planparse {

// One paragraph outside tables, or a stand-in for a table, in document order.
struct Line {
  std::string text;        // normalised, extraction artefacts removed
  std::string label;       // the list label Word renders, "" when none
  std::string key;         // MatchKey of label + text
  bool basic_key = true;   // IsBasicText(key): its rules match in their narrow form
  int heading_level = 0;
  int table_block = -1;    // >= 0: this line stands for doc.body[table_block]
  SourceSpan span;
  bool blank() const { return text.empty() && label.empty() && table_block < 0; }
  bool is_table() const { return table_block >= 0; }
};

struct Context {
  const Document& doc;
  const ExtractOptions& options;
  const Hyphenator* hyphenator;  // may be nullptr
  Plan* plan;
  LineBreaks breaks;             // kWrapped for plain text, kParagraphs for DOCX
  // `doc` itself when the extraction owns it (ExtractPlan(Document&&)), else nullptr: the
  // cells of each table row are freed once its events are read, so a large plan does not
  // hold its whole table and all its events at once.
  Document* consumable = nullptr;
};

std::vector<Line> LinearizeBody(const Document& doc);

// Whether the line rule `rule` (Rule()) matches somewhere in `line`'s key, in the form
// the key needs, known from the line (a key is checked once for that, not once a rule).
bool KeyMatches(const Line& line, const char* rule);

// Text of a value: lines joined (hyphens repaired), artefacts removed, numbering stripped
// when `strip_numbering`, trailing ";" and "," removed.
std::string CleanValue(const std::vector<std::string>& lines, const Hyphenator* hyphenator,
                       bool strip_numbering, LineBreaks breaks = LineBreaks::kWrapped);
std::string StripListMarker(const std::string& text);
// The first letter is a capital (a digit counts as a start too when `digits_start`).
bool StartsWithCapital(const std::string& text, bool digits_start);
// At least `min_letters` letters, 80% of them capitals ("ОРГАНИЗАЦИОННАЯ РАБОТА").
bool MostlyUpper(const std::string& text, int min_letters = 4);
bool StartsWithListMarker(const Line& line);
// The same for a paragraph with its rendered label ("" when none) and its MatchKey.
bool StartsWithListMarker(const std::string& label, const std::string& key);

// Front matter: approval, title, period (from the title or the text), goals, tasks, kind.
void ExtractFrontMatter(const std::vector<Line>& lines, Context* ctx);
// Sections and events from every table, and section headings between tables.
void ExtractEvents(const std::vector<Line>& lines, Context* ctx);
// Kind: plan, report or template, once everything else is known.
void DecideKind(const std::vector<Line>& lines, Context* ctx);

}  // namespace planparse

#endif  // PLANPARSE_EXTRACTORS_INTERNAL_H_
