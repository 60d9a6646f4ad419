// Lines of the body and the cleaning every extracted value goes through.
#include <algorithm>

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "extractors/internal.h"
#include "extractors/rules.h"
#include "normalizer/keys.h"
#include "normalizer/text.h"
#include "normalizer/timing.h"

namespace planparse {

namespace {
std::string RemoveArtifacts(std::string text) {
  // Every artefact the rule knows opens with "[" ("[bookmark: …]"): text without one, nearly
  // all, is not searched at all (GlobalReplace always copies).
  if (text.find('[') == std::string::npos) return text;
  const RE2& artifact = Rule("extraction_artifact");
  if (RE2::PartialMatch(text, artifact)) RE2::GlobalReplace(&text, artifact, "");
  return text;
}
}  // namespace

namespace {

// A small table that lays out text rather than listing events ("СОГЛАСОВАНО | УТВЕРЖДАЮ"
// side by side, a title in a frame): at most four rows, none of them reads as a header.
bool IsLayoutTable(const Table& table) {
  static const RE2 kNumber(R"re(^\d{1,3}(?:\.\d{1,3})*\.?$)re");
  if (table.rows.size() > 4 || table.rows.empty()) return false;
  int numbered = 0, timed = 0;
  bool approval = false;  // "УТВЕРЖДАЮ" in a cell: its dates are the order's, not events'
  for (const TableRow& row : table.rows) {
    int roles = 0;
    for (const TableCell& cell : row.cells) {
      std::string text = NormalizeText(PlainText(cell.blocks));
      if (text.empty()) continue;
      if (RE2::PartialMatch(MatchKey(text), Rule("approval_heading"))) approval = true;
      if (Characters(text) <= 120 && RoleOfHeader(text) != ColumnRole::kOther) ++roles;
      if (Characters(text) <= 60 && ParseTiming(text, std::nullopt).kind != TimingKind::kUnknown) ++timed;
    }
    if (roles >= 2) return false;
    if (!row.cells.empty() && RE2::FullMatch(NormalizeText(PlainText(row.cells[0].blocks)), kNumber)) ++numbered;
  }
  // Rows numbered, or cells that read as dates: events, even without a header.
  return numbered < 2 && (timed == 0 || approval);
}

// The line of paragraph `b` whose text is `text` (all of the paragraph's, or one of its
// lines): normalised, with its list label, heading level and match key.
Line ParagraphLine(const Block& b, const std::string& text) {
  Line line;
  line.span = b.span;
  line.text = NormalizeText(RemoveArtifacts(text));
  line.label = b.paragraph.list_label;
  line.heading_level = b.paragraph.heading_level;
  line.key =
      MatchKey(line.label.empty() ? line.text : line.label + " " + line.text, &line.basic_key);
  return line;
}

// The paragraphs of `blocks`; a table's cell by cell, row by row, or column by column when
// `by_columns`: plain text holds a cell's lines in successive rows ("УТВЕРЖДАЮ" /
// "Директор школы" / "Приказ № 112 …" down the right column).
void AppendParagraphs(const std::vector<Block>& blocks, bool by_columns, std::vector<Line>* lines) {
  for (const Block& b : blocks) {
    if (b.kind == BlockKind::kTable) {
      if (by_columns) {
        for (int column = 0; column < b.table.grid_columns; ++column) {
          for (const TableRow& row : b.table.rows) {
            for (const TableCell& cell : row.cells) {
              if (cell.grid_column == column) AppendParagraphs(cell.blocks, by_columns, lines);
            }
          }
        }
        continue;
      }
      for (const TableRow& row : b.table.rows) {
        for (const TableCell& cell : row.cells) AppendParagraphs(cell.blocks, by_columns, lines);
      }
      continue;
    }
    if (b.kind != BlockKind::kParagraph) continue;
    lines->push_back(ParagraphLine(b, b.paragraph.text));
  }
}

// "СОГЛАСОВАНО" / "Председатель …" / "________ Л.И. Рябова" typed as one paragraph with line
// breaks: its lines are the approval block's lines, each of them a line. Returns false,
// adding nothing, for any other paragraph.
bool SplitApprovalParagraph(const Block& b, std::vector<Line>* lines) {
  const std::string& text = b.paragraph.text;
  const size_t first_break = text.find('\n');
  if (first_break == std::string::npos || !b.paragraph.list_label.empty()) return false;
  const std::string heading = MatchKey(text.substr(0, first_break));
  if (!RE2::PartialMatch(heading, Rule("approval_heading", heading))) return false;
  size_t from = 0;
  while (from <= text.size()) {
    size_t end = text.find('\n', from);
    if (end == std::string::npos) end = text.size();
    Line line = ParagraphLine(b, text.substr(from, end - from));
    if (!line.text.empty()) lines->push_back(std::move(line));
    from = end + 1;
  }
  return true;
}
}  // namespace

std::vector<Line> LinearizeBody(const Document& doc) {
  std::vector<Line> lines;
  lines.reserve(doc.body.size());
  for (size_t i = 0; i < doc.body.size(); ++i) {
    const Block& b = doc.body[i];
    Line line;
    line.span = b.span;
    if (b.kind == BlockKind::kTable && IsLayoutTable(b.table)) {
      // Read as the paragraphs it holds: in DOCX row by row, cell by cell; in plain text,
      // whose cells are one line each, column by column.
      AppendParagraphs({b}, doc.source.format == "text", &lines);
      continue;
    }
    if (b.kind == BlockKind::kTable) {
      line.table_block = static_cast<int>(i);
    } else if (b.kind == BlockKind::kParagraph) {
      // Empty DOCX paragraphs say nothing (gaps between lines matter only in wrapped
      // plain text), and a document of a million of them should not cost a million lines.
      if (doc.source.format == "docx" && b.paragraph.list_label.empty() &&
          b.paragraph.text.find_first_not_of(" \t") == std::string::npos) {
        continue;
      }
      if (SplitApprovalParagraph(b, &lines)) continue;
      line = ParagraphLine(b, b.paragraph.text);
    } else {
      continue;  // page and section breaks carry no text
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

bool StartsWithCapital(const std::string& text, bool digits_start) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    UChar32 c = u.char32At(i);
    if (u_isalpha(c)) return u_isupper(c);
    if (digits_start && u_isdigit(c)) return true;
  }
  return false;
}

bool MostlyUpper(const std::string& text, int min_letters) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  int upper = 0, letters = 0;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    UChar32 c = u.char32At(i);
    if (!u_isalpha(c)) continue;
    ++letters;
    if (u_isupper(c)) ++upper;
  }
  return letters >= min_letters && upper * 10 >= letters * 8;
}

std::string StripListMarker(const std::string& text) {
  re2::StringPiece input(text);
  // Case-insensitive: values keep their capitals ("II.", "А)").
  if (RE2::Consume(&input, RuleIgnoringCase("list_marker"))) return std::string(input);
  return text;
}

bool KeyMatches(const Line& line, const char* rule) {
  return RE2::PartialMatch(line.key, RuleOfForm(rule, line.basic_key));
}

bool StartsWithListMarker(const Line& line) { return StartsWithListMarker(line.label, line.key); }

bool StartsWithListMarker(const std::string& label, const std::string& key) {
  return !label.empty() || RE2::PartialMatch(key, Rule("list_marker"));
}

std::string CleanValue(const std::vector<std::string>& lines, const Hyphenator* hyphenator,
                       bool strip_numbering, LineBreaks breaks) {
  std::string text;
  if (lines.size() == 1) {
    // What JoinLines makes of one line; most have no artefact, and are not copied for it.
    if (lines[0].find('[') == std::string::npos) {
      text = NormalizeText(lines[0]);
    } else {
      text = NormalizeText(RemoveArtifacts(lines[0]));
    }
  } else {
    std::vector<std::string> cleaned;
    cleaned.reserve(lines.size());
    for (const std::string& l : lines) cleaned.push_back(RemoveArtifacts(l));
    text = JoinLines(cleaned, hyphenator, breaks);
  }
  if (strip_numbering) {
    // The text is normal (NormalizeText's or JoinLines'): only a marker taken off leaves
    // something to normalise again.
    std::string stripped = StripListMarker(text);
    if (stripped.size() != text.size()) text = NormalizeText(stripped);
  }
  while (!text.empty() && (text.back() == ';' || text.back() == ',' || text.back() == ' ')) {
    text.pop_back();
  }
  return text;
}

}  // namespace planparse
