// Lines of the body and the cleaning every extracted value goes through.
#include <re2/re2.h>

#include "extractors/internal.h"
#include "extractors/rules.h"
#include "normalizer/keys.h"
#include "normalizer/text.h"

namespace planparse {

namespace {
std::string RemoveArtifacts(std::string text) {
  RE2::GlobalReplace(&text, Rule("extraction_artifact"), "");
  return text;
}
}  // namespace

std::vector<Line> LinearizeBody(const Document& doc) {
  std::vector<Line> lines;
  lines.reserve(doc.body.size());
  for (size_t i = 0; i < doc.body.size(); ++i) {
    const Block& b = doc.body[i];
    Line line;
    line.span = b.span;
    if (b.kind == BlockKind::kTable) {
      line.table_block = static_cast<int>(i);
    } else if (b.kind == BlockKind::kParagraph) {
      line.text = NormalizeText(RemoveArtifacts(b.paragraph.text));
      line.label = b.paragraph.list_label;
      line.heading_level = b.paragraph.heading_level;
      line.key = MatchKey(line.label.empty() ? line.text : line.label + " " + line.text);
    } else {
      continue;  // page and section breaks carry no text
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

std::string StripListMarker(const std::string& text) {
  re2::StringPiece input(text);
  // Case-insensitive: values keep their capitals ("II.", "А)").
  if (RE2::Consume(&input, RuleIgnoringCase("list_marker"))) return std::string(input);
  return text;
}

bool StartsWithListMarker(const Line& line) {
  return !line.label.empty() || RE2::PartialMatch(line.key, Rule("list_marker"));
}

std::string CleanValue(const std::vector<std::string>& lines, const Hyphenator* hyphenator,
                       bool strip_numbering) {
  std::vector<std::string> cleaned;
  cleaned.reserve(lines.size());
  for (const std::string& l : lines) cleaned.push_back(RemoveArtifacts(l));
  std::string text = JoinLines(cleaned, hyphenator);
  if (strip_numbering) text = NormalizeText(StripListMarker(text));
  while (!text.empty() && (text.back() == ';' || text.back() == ',' || text.back() == ' ')) {
    text.pop_back();
  }
  return text;
}

}  // namespace planparse
