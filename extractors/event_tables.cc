// Event tables: header rows → column roles; section rows → sections; data rows → events.
#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>

#include "extractors/internal.h"
#include "extractors/rules.h"
#include "normalizer/hyphenation.h"
#include "normalizer/keys.h"
#include "normalizer/letter_pattern.h"
#include "normalizer/text.h"
#include "normalizer/timing.h"

namespace planparse {
namespace {

// Where paragraph k of a cell came from, and the label Word renders before it.
struct ParagraphOrigin {
  std::string label;  // "1.", "•"; "" when none
  SourceSpan span;
};

// A cell's paragraphs (nested tables flattened), each with its list label.
struct CellText {
  std::vector<std::string> paragraphs;   // normalised, none empty but for a label alone
  std::vector<ParagraphOrigin> origins;  // one for each paragraph (one vector, not two: a
                                         // large table reads a CellText for every cell)
  std::string joined;  // paragraphs joined with spaces, normalised
  bool empty() const { return joined.empty(); }
};

void CollectParagraphs(const std::vector<Block>& blocks, CellText* out) {
  for (const Block& b : blocks) {
    if (b.kind == BlockKind::kParagraph) {
      std::string text = NormalizeText(b.paragraph.text);
      if (text.empty() && b.paragraph.list_label.empty()) continue;
      out->paragraphs.push_back(std::move(text));
      out->origins.push_back({b.paragraph.list_label, b.span});
    } else if (b.kind == BlockKind::kTable) {
      for (const TableRow& row : b.table.rows) {
        for (const TableCell& cell : row.cells) CollectParagraphs(cell.blocks, out);
      }
    }
  }
}

CellText TextOf(const TableCell& cell) {
  CellText out;
  CollectParagraphs(cell.blocks, &out);
  // Normalised paragraphs, none empty, joined by single spaces are normalised text already
  // (NormalizeText gives text it would leave as it is); an empty one (a list label alone)
  // would leave two spaces.
  bool none_empty = true;
  size_t size = 0;
  for (const std::string& p : out.paragraphs) {
    none_empty = none_empty && !p.empty();
    size += p.size() + 1;
  }
  out.joined.reserve(size);
  for (const std::string& p : out.paragraphs) {
    if (!out.joined.empty()) out.joined.push_back(' ');
    out.joined += p;
  }
  if (!none_empty) out.joined = NormalizeText(out.joined);
  return out;
}

// Whether paragraph k of a cell is a list item: a label Word renders, or a typed marker.
bool IsMarkedParagraph(const CellText& text, size_t k) {
  constexpr size_t kMarkerBytes = 32;  // longer than any marker: "1.2.3.", "IV.", "●"
  return !text.origins[k].label.empty() ||
         StartsWithListMarker(text.origins[k].label,
                              MatchKeyOfStart(text.paragraphs[k], kMarkerBytes));
}

bool StartsWithDigit(const std::string& text) {
  const size_t lead = text.find_first_not_of(' ');
  return lead != std::string::npos && isdigit(static_cast<unsigned char>(text[lead]));
}

bool IsNumberLike(const std::string& text) {
  static const RE2 kNumber(R"(^\s*\d{1,3}(?:\.\d{1,3})*\.?\s*$)");
  return RE2::FullMatch(text, kNumber);
}

// Items a flattened cell runs together ("1. Заседание МО …" / "год» 1. Утверждение тем" /
// "• Проведение олимпиады •" / "Взаимопосещение уроков"): where the cell begins with a
// list's number or bullet, the same number (lists restarted in each cell), the next one,
// or the same bullet inside a line begins a new item there. Writes the cell so split to
// `out` and returns true when a line was split.
bool SplitRunTogetherItems(const CellText& cell, CellText* out) {
  static const RE2 kFirst(R"re(^\s*(?:(\d{1,2})[.)]|([•●▪]))(?:\s|$))re");
  std::string number, bullet;
  if (cell.paragraphs.empty()) return false;
  // Most cells begin with a letter: no pattern is run on them.
  const std::string& first = cell.paragraphs[0];
  const size_t lead = first.find_first_not_of(' ');
  if (lead == std::string::npos || !(isdigit(static_cast<unsigned char>(first[lead])) ||
                                     static_cast<unsigned char>(first[lead]) == 0xE2)) {  // •, ●, ▪
    return false;
  }
  if (!RE2::PartialMatch(first, kFirst, &number, &bullet)) return false;
  // " 1. " / " 2. " after the number's run, or " • ", before a word or at the line's end.
  static const RE2 kInnerNumber(R"re(\s((\d{1,2})[.)])(?:\s+\S|\s*$))re");
  static const RE2 kInnerBullet(R"re(\s(([•●▪]))(?:\s+\S|\s*$))re");
  const RE2& inner = bullet.empty() ? kInnerNumber : kInnerBullet;
  int next = number.empty() ? 0 : std::stoi(number) + 1;
  bool split = false;
  for (size_t k = 0; k < cell.paragraphs.size(); ++k) {
    std::string line = cell.paragraphs[k];
    for (;;) {
      re2::StringPiece match[3];
      size_t from = 0, at = std::string::npos;
      while (inner.Match(line, from, line.size(), RE2::UNANCHORED, match, 3)) {
        const bool ok = bullet.empty() ? match[2] == number || match[2] == std::to_string(next) : match[2] == bullet;
        if (ok) {
          at = static_cast<size_t>(match[1].data() - line.data());
          if (bullet.empty() && match[2] == std::to_string(next)) ++next;
          break;
        }
        from = static_cast<size_t>(match[1].data() - line.data()) + match[1].size();
      }
      if (at == std::string::npos || at == 0) break;
      out->paragraphs.push_back(NormalizeText(line.substr(0, at)));
      out->origins.push_back(cell.origins[k]);
      line = line.substr(at);
      split = true;
    }
    out->paragraphs.push_back(line);
    out->origins.push_back(cell.origins[k]);
  }
  out->joined = cell.joined;
  return split;
}

// Sections: parts and their subsections, innermost last.
class SectionStack {
 public:
  void Push(Section s, int depth_key, Plan* plan) {
    while (!stack_.empty() && stack_.back().second >= depth_key) stack_.pop_back();
    s.level = static_cast<int>(stack_.size()) + 1;
    plan->sections.push_back(s);
    stack_.emplace_back(std::move(s), depth_key);
  }
  void PopTableSections() {
    while (!stack_.empty() && stack_.back().second >= kTableDepth) stack_.pop_back();
  }
  bool HasTablePart() const {
    return std::any_of(stack_.begin(), stack_.end(),
                       [](const auto& e) { return e.second == kTableDepth; });
  }
  void PopMeeting() {
    while (!stack_.empty() && stack_.back().second >= kMeetingDepth) stack_.pop_back();
  }
  std::string Innermost() const { return stack_.empty() ? "" : stack_.back().first.title; }
  static constexpr int kMeetingDepth = 50;  // below any styled heading level or part
  static constexpr int kTableDepth = 100;

 private:
  std::vector<std::pair<Section, int>> stack_;
};

// "I. ОРГАНИЗАЦИОННО-…" (a part), "1. Обновление форм…" (a subsection), "МЕТОДИЧЕСКАЯ
// РАБОТА" (an unnumbered part). Returns false for text that is not a heading.
bool ParseSectionHeading(const std::string& text, Section* out, bool* roman) {
  if (text.empty() || text.size() > 600 || text.back() == ';' || text.back() == ',') return false;
  std::string key = MatchKey(text);
  std::string number, rest;
  bool named_part = false;  // "Раздел 1. …", "Заседание № 1"
  if (RE2::PartialMatch(key, Rule("meeting_heading", key))) {
    *roman = true;
    named_part = true;
  } else if (RE2::FullMatch(key, Rule("section_roman"), &number, &rest)) {
    *roman = true;
  } else if (RE2::FullMatch(key, Rule("section_numbered"), &number, &rest)) {
    *roman = false;
  } else if (RE2::FullMatch(key, Rule("section_word"), &number, &rest)) {
    *roman = true;  // a part, as a Roman-numbered one is
    named_part = true;
  } else {
    *roman = true;
    number.clear();
  }
  // "Раздел 1. Работа с кадрами", "1 заседание" keep their words and numbers: they are no
  // list markers.
  std::string title = number.empty() || named_part ? text : NormalizeText(StripListMarker(text));
  if (!StartsWithCapital(title, false)) return false;
  // An unnumbered heading in ordinary case is short: at most 120 characters (not bytes;
  // Cyrillic letters take two).
  const size_t characters = Characters(title);
  if (number.empty() && !MostlyUpper(title) && characters > 120) return false;
  out->number = number;
  for (char& c : out->number) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  out->title = title;
  while (!out->title.empty() && (out->title.back() == ':' || out->title.back() == ' ')) {
    out->title.pop_back();
  }
  return true;
}

struct Columns {
  std::vector<ColumnRole> roles;  // per grid column
  int header_first = 0;  // rows above the header: a caption, a meeting's heading
  int header_rows = 0;   // rows up to the data: above the header and the header itself
  bool from_header = false;
  int Find(ColumnRole role) const {
    for (size_t i = 0; i < roles.size(); ++i) {
      if (roles[i] == role) return static_cast<int>(i);
    }
    return -1;
  }
};

// A header cell's text (its paragraphs), its lines joined with words broken by narrow
// columns repaired.
std::string HeaderText(const std::vector<std::string>& paragraphs) {
  return JoinLines(paragraphs, Hyphenator::Default(), LineBreaks::kParagraphs);
}

// A header cell's role; in narrow columns words break without a hyphen ("Исполнит" /
// "ель"), so when the spaced text names no role the lines are tried joined where the
// dictionary knows the joined word ("Нап" / "равление" / "деят" / "ельности": "Направление
// деятельности"; only in wrapped text, where lines are no paragraphs, and a DOCX run need
// not load the dictionary), then glued together.
ColumnRole HeaderRole(const TableCell& cell, LineBreaks breaks) {
  const std::vector<std::string> paragraphs = TextOf(cell).paragraphs;  // made once for the three tries
  ColumnRole role = RoleOfHeader(HeaderText(paragraphs));
  if (role != ColumnRole::kOther) return role;
  if (breaks == LineBreaks::kWrapped && paragraphs.size() > 1) {
    role = RoleOfHeader(JoinLines(paragraphs, Hyphenator::Default(), LineBreaks::kWrapped));
    if (role != ColumnRole::kOther) return role;
  }
  std::string glued;
  for (const std::string& p : paragraphs) glued += p;
  return RoleOfHeader(glued);
}

int HeaderMatches(const TableRow& row, LineBreaks breaks) {
  int matches = 0;
  for (const TableCell& cell : row.cells) {
    std::string t = HeaderText(TextOf(cell).paragraphs);
    if (!t.empty() && Characters(t) <= 120 && HeaderRole(cell, breaks) != ColumnRole::kOther) {
      ++matches;
    }
  }
  return matches;
}

// How well column `c`'s contents in the data rows fit `role`: one point per cell whose text
// is what the role holds (a timing, a number, names), none for roles with no test.
int ContentFit(const Table& table, size_t first_data_row, int c, ColumnRole role) {
  int fit = 0;
  for (size_t r = first_data_row; r < table.rows.size() && r < first_data_row + 40; ++r) {
    for (const TableCell& cell : table.rows[r].cells) {
      if (cell.grid_column != c) continue;
      CellText t = TextOf(cell);
      if (t.empty()) continue;
      bool number = IsNumberLike(t.joined);
      bool timing = ParseTiming(t.joined, std::nullopt).kind != TimingKind::kUnknown;
      bool person = RE2::PartialMatch(t.joined, Rule("person_name", t.joined));
      switch (role) {
        case ColumnRole::kNumber: fit += number ? 1 : -1; break;
        case ColumnRole::kTiming: fit += timing ? 1 : -1; break;
        case ColumnRole::kResponsible: fit += person ? 1 : 0; break;
        default: fit -= (number ? 1 : 0) + (timing && !person ? 1 : 0); break;
      }
    }
  }
  return fit;
}

// Flattened text (Tika, tab-separated) loses column spans: a header cell over two columns
// ("Организация мероприятия" above "Форма" and "Сроки") becomes one cell, and the row
// under it holds only the sub-titles. When the two header rows cover the grid only if
// one cell of the first spans the cells of the second, the spanning cell is the one that
// makes the columns' contents fit their titles best. Fills `top` and `sub` with the two
// header rows so placed and returns true, or returns false when the header is not so.
bool PlaceSpannedHeader(const Table& table, size_t first, LineBreaks breaks, TableRow* top, TableRow* sub) {
  if (first + 2 >= table.rows.size()) return false;
  *top = table.rows[first];
  *sub = table.rows[first + 1];
  // Tika writes the cells that the first row's merged cells cover as empty ones around the
  // sub-titles ("", "", "Форма", "Сроки", "", ""): only the sub-titles are placed.
  sub->cells.erase(std::remove_if(sub->cells.begin(), sub->cells.end(),
                                  [](const TableCell& c) { return TextOf(c).empty(); }),
                   sub->cells.end());
  auto covered = [](const TableRow& row) {
    int n = 0;
    for (const TableCell& c : row.cells) n += c.col_span;
    return n;
  };
  const int n = static_cast<int>(top->cells.size());
  const int k = static_cast<int>(sub->cells.size());
  if (covered(*top) != n || covered(*sub) != k || k < 2 || n + k - 1 != table.grid_columns ||
      HeaderMatches(*sub, breaks) < 1) {
    return false;
  }
  int best = -1, best_score = 0;
  for (int p = 0; p < n; ++p) {
    int score = 0;
    for (int i = 0; i < n; ++i) {
      if (i == p) continue;
      score += ContentFit(table, first + 2, i < p ? i : i + k - 1, HeaderRole(top->cells[i], breaks));
    }
    for (int j = 0; j < k; ++j) {
      score += ContentFit(table, first + 2, p + j, HeaderRole(sub->cells[j], breaks));
    }
    if (best < 0 || score > best_score) {
      best = p;
      best_score = score;
    }
  }
  for (int i = 0; i < n; ++i) {
    top->cells[i].grid_column = i <= best ? i : i + k - 1;
    if (i == best) top->cells[i].col_span = k;
  }
  for (int j = 0; j < k; ++j) sub->cells[j].grid_column = best + j;
  return true;
}

Columns MapColumns(const Table& table, LineBreaks breaks) {
  Columns cols;
  cols.roles.assign(std::max(table.grid_columns, 1), ColumnRole::kOther);
  size_t first = table.rows.size();
  for (size_t r = 0; r < std::min<size_t>(table.rows.size(), 4); ++r) {
    if (HeaderMatches(table.rows[r], breaks) >= std::min(2, table.grid_columns)) {
      first = r;
      break;
    }
  }
  if (first < table.rows.size()) {
    TableRow placed[2];
    const bool spanned = PlaceSpannedHeader(table, first, breaks, &placed[0], &placed[1]);
    size_t r = first;
    // The header: the first matching row and the rows right after it that still look like
    // headers (merged multi-row headers, repeated w:tblHeader rows).
    while (r < table.rows.size() && r < first + 3 &&
           (r == first || table.rows[r].is_header || HeaderMatches(table.rows[r], breaks) >= 2)) {
      const TableRow& row = spanned && r - first < 2 ? placed[r - first] : table.rows[r];
      for (const TableCell& cell : row.cells) {
        ColumnRole role = HeaderRole(cell, breaks);
        if (role == ColumnRole::kOther) continue;
        for (int c = cell.grid_column; c < cell.grid_column + cell.col_span &&
                                       c < static_cast<int>(cols.roles.size());
             ++c) {
          cols.roles[c] = role;
        }
      }
      ++r;
    }
    cols.header_first = static_cast<int>(first);
    cols.header_rows = static_cast<int>(r);
    cols.from_header = true;
    // A role taken by several columns (a spanned header) stays with the first.
    for (size_t c = 1; c < cols.roles.size(); ++c) {
      if (cols.roles[c] != ColumnRole::kOther &&
          std::find(cols.roles.begin(), cols.roles.begin() + c, cols.roles[c]) !=
              cols.roles.begin() + c) {
        cols.roles[c] = ColumnRole::kOther;
      }
    }
    // A column of sections ("Направление работы") is the title when no column is.
    if (cols.Find(ColumnRole::kTitle) < 0) {
      const int section = cols.Find(ColumnRole::kSection);
      if (section >= 0) cols.roles[section] = ColumnRole::kTitle;
    }
    // A row of column numbers ("1 2 3 4 5") under the header is not data.
    if (r < table.rows.size()) {
      const TableRow& row = table.rows[r];
      bool numbers = row.cells.size() >= 2 &&
                     std::all_of(row.cells.begin(), row.cells.end(), [](const TableCell& c) {
                       return IsNumberLike(TextOf(c).joined);
                     });
      if (numbers) ++cols.header_rows;
    }
    return cols;
  }
  // No header: roles from what the columns hold.
  const int width = static_cast<int>(cols.roles.size());
  std::vector<int> filled(width), timing(width), number(width), person(width);
  std::vector<size_t> length(width);
  for (const TableRow& row : table.rows) {
    for (const TableCell& cell : row.cells) {
      if (cell.grid_column >= width) continue;
      CellText t = TextOf(cell);
      if (t.empty()) continue;
      int c = cell.grid_column;
      ++filled[c];
      length[c] += t.joined.size();
      if (IsNumberLike(t.joined)) ++number[c];
      Timing parsed = ParseTiming(t.joined, std::nullopt);
      if (parsed.kind != TimingKind::kUnknown) ++timing[c];
      if (RE2::FullMatch(t.joined, Rule("person_name", t.joined))) ++person[c];
    }
  }
  int title = -1;
  for (int c = 0; c < width; ++c) {
    if (filled[c] == 0) continue;
    if (number[c] * 2 > filled[c]) cols.roles[c] = ColumnRole::kNumber;
    else if (timing[c] * 2 > filled[c]) cols.roles[c] = ColumnRole::kTiming;
    else if (person[c] * 2 > filled[c]) cols.roles[c] = ColumnRole::kResponsible;
    else if (title < 0 || length[c] / filled[c] > length[title] / filled[title]) title = c;
  }
  if (title >= 0) cols.roles[title] = ColumnRole::kTitle;
  return cols;
}

std::vector<std::string> SplitResponsibleUncached(const CellText& cell, LineBreaks breaks);

// Responsible cells repeat ("Иванова И.И.", "МОЦ, ОУ"): splits are remembered per thread,
// keyed by the cell's paragraphs and how its lines broke, up to a bounded number.
std::vector<std::string> SplitResponsible(const CellText& cell, LineBreaks breaks) {
  constexpr size_t kMaxRemembered = 4096;
  thread_local std::unordered_map<std::string, std::vector<std::string>> remembered;
  std::string key(1, breaks == LineBreaks::kWrapped ? 'w' : 'p');
  for (const std::string& p : cell.paragraphs) {
    key += p;
    key.push_back('\n');
  }
  if (key.size() > 512) return SplitResponsibleUncached(cell, breaks);
  auto it = remembered.find(key);
  if (it != remembered.end()) return it->second;
  if (remembered.size() >= kMaxRemembered) remembered.clear();
  std::vector<std::string> out = SplitResponsibleUncached(cell, breaks);
  remembered.emplace(std::move(key), out);
  return out;
}

// One word in capitals, as abbreviations are written: "МОЦ", "ОУ".
bool IsAbbreviation(const std::string& text) {
  return text.find(' ') == std::string::npos && MostlyUpper(text, 2) && Characters(text) <= 6;
}

std::vector<std::string> SplitResponsibleUncached(const CellText& cell, LineBreaks breaks) {
  std::vector<std::string> out;
  // A cell holding only names, however the lines broke them ("Фельдман А.З. Сидорова" /
  // "Е.П."): the names one after another. In wrapped text a narrow column also breaks a
  // surname without a hyphen ("Тютерев" / "а А.М."): such a tail is glued back.
  // ("… Петрова Б.Б. и Сидоров В.В.": the last two joined by "и" are two people too.)
  static const LetterPattern kName(R"re(\s*(?:и\s+)?(\p{Lu}\pL+(?:-\p{Lu}\pL+)?\s+\p{Lu}\.\s*\p{Lu}\.?|\p{Lu}\.\s*\p{Lu}\.\s*\p{Lu}\pL+)\s*[,;]?)re");
  {
    std::string joined = cell.joined;
    if (breaks == LineBreaks::kWrapped) {
      joined.clear();
      for (const std::string& p : cell.paragraphs) {
        bool tail = false;
        if (!joined.empty() && joined.back() != '.' && joined.back() != ',' && !StartsWithCapital(p, true)) {
          const std::string key = MatchKey(p);
          tail = RE2::PartialMatch(key, Rule("surname_tail", key));
        }
        joined += (joined.empty() || tail ? "" : " ") + p;
      }
    }
    re2::StringPiece input(joined);
    std::string name;
    std::vector<std::string> names;
    const RE2& name_pattern = kName.For(joined);
    while (!input.empty() && RE2::Consume(&input, name_pattern, &name)) {
      std::string fixed;
      if (RE2::FullMatch(name, Rule("initials_without_dot", name), &fixed)) name = fixed + ".";
      names.push_back(NormalizeText(name));
    }
    // Two or more names, or one name the lines broke ("Белова" / "С.Н.").
    if (input.empty() && (names.size() >= 2 || (names.size() == 1 && cell.paragraphs.size() > 1))) {
      return names;
    }
  }
  // In wrapped text a line that starts in lower case goes on with the item above it
  // ("Отдел" / "образован" / "ия"); in a DOCX cell every paragraph is an item.
  std::vector<std::string> items;
  // So does an abbreviation alone on its line ("Методисты" / "МОЦ").
  for (const std::string& paragraph : cell.paragraphs) {
    const bool goes_on = breaks == LineBreaks::kWrapped && !items.empty() &&
                         (!StartsWithCapital(paragraph, true) || IsAbbreviation(paragraph)) &&
                         !items.back().empty() && items.back().back() != ',' && items.back().back() != ';';
    // "Зам. директора" / "Лебедев С.А.": the person named on the line after a position.
    bool named = false;
    if (breaks == LineBreaks::kWrapped && !items.empty() && StartsWithCapital(paragraph, false)) {
      const std::string above = MatchKey(items.back());
      const std::string key = MatchKey(paragraph);
      named = RE2::FullMatch(above, Rule("position_lead", above)) &&
              !RE2::FullMatch(key, Rule("position_lead", key));
    }
    if (named) {
      items.back() += " " + paragraph;
      continue;
    }
    if (goes_on) {
      items.back() = JoinLines({items.back(), paragraph}, Hyphenator::Default(), LineBreaks::kWrapped);
    } else {
      items.push_back(paragraph);
    }
  }
  // The next "," or ";" from `start` outside brackets ("методисты МКУ «ИМЦ» (Петрова Б.Б.,
  // Сидоров В.В.)" is one item), or the end.
  auto next_separator = [](const std::string& text, size_t start) {
    int depth = 0;
    for (size_t i = start; i < text.size(); ++i) {
      if (text[i] == '(') ++depth;
      if (text[i] == ')' && depth > 0) --depth;
      if (depth == 0 && (text[i] == ',' || text[i] == ';')) return i;
    }
    return text.size();
  };
  for (const std::string& paragraph : items) {
    size_t start = 0;
    while (start <= paragraph.size()) {
      const size_t end = next_separator(paragraph, start);
      std::string item = NormalizeText(paragraph.substr(start, end - start));
      while (!item.empty() && (item.back() == '.' && item.size() > 1 &&
                               item[item.size() - 2] == ' ')) {
        item.pop_back();
      }
      std::string fixed;
      if (RE2::FullMatch(item, Rule("initials_without_dot", item), &fixed)) item = fixed + ".";
      if (!item.empty()) out.push_back(item);
      start = end + 1;
    }
  }
  return out;
}

class TableReader {
 public:
  TableReader(Context* ctx, SectionStack* sections) : ctx_(ctx), sections_(sections) {}

  // Reads the events of `block`'s table. `consumed`, when not nullptr, is that same table,
  // whose rows' cells are freed once read (cells merged down stay until the end).
  void Read(const Block& block, Table* consumed) {
    const Table& table = block.table;
    if (table.rows.empty()) return;
    words_spaced_ = table.words_spaced;
    row_section_.clear();
    group_timing_ = Timing();
    if (ReadMonthGrid(table)) return;
    Columns cols = MapColumns(table, ctx_->breaks);
    const int title_col = cols.Find(ColumnRole::kTitle);
    timing_groups_ = cols.Find(ColumnRole::kTiming) >= 0 && cols.Find(ColumnRole::kTiming) < title_col;
    const bool eventful = title_col >= 0 && (cols.Find(ColumnRole::kTiming) >= 0 ||
                                             cols.Find(ColumnRole::kResponsible) >= 0 ||
                                             cols.Find(ColumnRole::kNumber) >= 0);
    if (!eventful) return;  // a layout or signature table, not an event table
    // "Заседание № 1 (август)" | "Тема: …" in a row above the header names the rows' section.
    for (int r = 0; r < cols.header_first; ++r) {
      const TableRow& row = table.rows[r];
      if (row.cells.empty()) continue;
      const std::string& text = TextOf(row.cells[0]).joined;
      Section section;
      bool roman = false;
      if (text.size() <= 200 && RE2::PartialMatch(MatchKey(text), Rule("meeting_heading", text)) &&
          ParseSectionHeading(text, &section, &roman)) {
        section.span = row.cells[0].span;
        sections_->Push(section, SectionStack::kTableDepth, ctx_->plan);
      }
    }
    if (!cols.from_header) {
      ctx_->plan->diagnostics.push_back(
          {"extract.table_without_header", Severity::kInfo,
           "У таблицы нет строки заголовков; назначение столбцов определено по содержимому",
           block.span});
    }
    std::vector<std::string> header_keys;  // the last header row, cell by cell
    if (cols.header_rows > 0) {
      for (const TableCell& c : table.rows[cols.header_rows - 1].cells) {
        header_keys.push_back(MatchKey(TextOf(c).joined));
      }
    }
    // A cell merged down over several rows (w:vMerge) belongs to each of them.
    std::map<int, std::pair<size_t, const TableCell*>> merged;  // column -> (last row, cell)
    // Rows whose cells merged down are kept until the last row they cover: (that row, row).
    std::vector<std::pair<size_t, size_t>> kept;
    for (size_t r = cols.header_rows; r < table.rows.size(); ++r) {
      const TableRow& row = table.rows[r];
      FreeKept(consumed, r, &kept);
      std::optional<CellText> first;  // the first cell's text, once read
      if (RepeatsHeader(row, header_keys, &first)) {
        Free(consumed, r, &kept);
        continue;
      }
      std::vector<const TableCell*> carried;
      for (auto it = merged.begin(); it != merged.end();) {
        if (it->second.first < r) {
          it = merged.erase(it);
          continue;
        }
        bool own = std::any_of(row.cells.begin(), row.cells.end(),
                               [&](const TableCell& c) { return c.grid_column == it->first; });
        if (!own) carried.push_back(it->second.second);
        ++it;
      }
      for (const TableCell& c : row.cells) {
        if (c.row_span > 1) merged[c.grid_column] = {r + c.row_span - 1, &c};
      }
      ReadRow(row, carried, cols, table.grid_columns, &first);
      Free(consumed, r, &kept);
    }
  }

 private:
  // Frees the cells of row `r` of `table` (when given), except cells merged down, which
  // later rows read: a row with one is noted in `kept` until the last row it covers.
  static void Free(Table* table, size_t r, std::vector<std::pair<size_t, size_t>>* kept) {
    if (table == nullptr) return;
    std::vector<TableCell>& cells = table->rows[r].cells;
    size_t last = r;
    for (TableCell& cell : cells) {
      if (cell.row_span > 1) {
        last = std::max(last, r + static_cast<size_t>(cell.row_span) - 1);
      } else {
        std::vector<Block>().swap(cell.blocks);
      }
    }
    if (last == r) {
      std::vector<TableCell>().swap(cells);
    } else {
      kept->emplace_back(last, r);
    }
  }

  // Frees the kept rows whose merged cells end before row `r`. At most one row is kept for
  // each grid column, so the walk is short.
  static void FreeKept(Table* table, size_t r, std::vector<std::pair<size_t, size_t>>* kept) {
    if (table == nullptr) return;
    auto ended = [&](const std::pair<size_t, size_t>& k) {
      if (k.first >= r) return false;
      std::vector<TableCell>().swap(table->rows[k.second].cells);
      return true;
    };
    kept->erase(std::remove_if(kept->begin(), kept->end(), ended), kept->end());
  }

  // A header repeated after a page break: the same cells as the header's last row. Cells
  // are compared one by one, so a data row is told apart by its first cell.
  // The first cell's text, read for the comparison, is left in *first for the row's reading.
  static bool RepeatsHeader(const TableRow& row, const std::vector<std::string>& header_keys,
                            std::optional<CellText>* first) {
    if (header_keys.empty() || row.cells.size() != header_keys.size()) return false;
    for (size_t c = 0; c < row.cells.size(); ++c) {
      CellText text = TextOf(row.cells[c]);
      const bool same = MatchKey(text.joined) == header_keys[c];
      if (c == 0) *first = std::move(text);
      if (!same) return false;
    }
    return true;
  }

  // A plan laid out by month ("План-сетка": "Направление" | "Сентябрь" | "Октябрь" | …):
  // a header row with at least three months, each row a line of work (its first cell, the
  // rows' section) and each month's cell what is done then: an event per cell, or per item
  // where the cell lists several. Returns false, reading nothing, for any other table.
  bool ReadMonthGrid(const Table& table) {
    constexpr size_t kHeaderRows = 2;  // the months stand in one of the first rows
    constexpr int kMinMonths = 3;
    size_t header = table.rows.size();
    std::map<int, std::string> months;  // grid column -> the month's header text
    for (size_t r = 0; r < table.rows.size() && r < kHeaderRows && header == table.rows.size(); ++r) {
      // A month named in words ("Сентябрь", "Октябрь – ноябрь"): short, no digits, no year.
      std::vector<std::pair<int, std::string>> candidates;
      for (const TableCell& cell : table.rows[r].cells) {
        std::string text = TextOf(cell).joined;
        if (text.empty() || Characters(text) > 25 || std::count(text.begin(), text.end(), ' ') > 2) {
          continue;
        }
        if (text.find_first_of("0123456789") != std::string::npos) continue;
        candidates.emplace_back(cell.grid_column, std::move(text));
      }
      // Fewer candidates than months needed: no cell's timing is parsed (a data row's).
      if (static_cast<int>(candidates.size()) < kMinMonths) continue;
      std::map<int, std::string> found;
      for (auto& [column, text] : candidates) {
        const Timing t = ParseTiming(text, std::nullopt);
        if (t.kind == TimingKind::kDate || t.kind == TimingKind::kRange) {
          found[column] = std::move(text);
        }
      }
      if (static_cast<int>(found.size()) >= kMinMonths) {
        header = r;
        months = std::move(found);
      }
    }
    if (header == table.rows.size()) return false;
    for (size_t r = header + 1; r < table.rows.size(); ++r) {
      const TableRow& row = table.rows[r];
      std::string direction;  // the row's line of work: the first text outside the months
      for (const TableCell& cell : row.cells) {
        if (months.count(cell.grid_column) == 0 && direction.empty()) direction = Clean(TextOf(cell));
      }
      for (const TableCell& cell : row.cells) {
        const auto month = months.find(cell.grid_column);
        if (month == months.end()) continue;
        const CellText text = TextOf(cell);
        // Figures or marks ("12", "+", "85%") are a report's or a schedule's, no events.
        if (!HasLetter(text.joined)) continue;
        Event base;
        base.section = direction.empty() ? sections_->Innermost() : direction;
        base.timing = ParseTiming(month->second, ctx_->plan->period);
        base.span = cell.span;
        base.confidence = row.confidence;
        // Items marked in the cell ("1. …", "- …") are events each; else the cell is one.
        std::vector<std::vector<std::string>> items;
        for (size_t k = 0; k < text.paragraphs.size(); ++k) {
          if (items.empty() || IsMarkedParagraph(text, k) || ctx_->breaks == LineBreaks::kParagraphs) {
            items.push_back({});
          }
          items.back().push_back(text.paragraphs[k]);
        }
        for (const std::vector<std::string>& item : items) {
          Event e = base;
          e.title = CleanValue(item, ctx_->hyphenator, true, ctx_->breaks);
          if (!e.title.empty()) Add(std::move(e));
        }
      }
    }
    return true;
  }

  // *first, when set, is the text of the row's first cell, read already.
  void ReadRow(const TableRow& row, const std::vector<const TableCell*>& carried,
               const Columns& cols, int grid, std::optional<CellText>* first) {
    std::vector<std::pair<ColumnRole, CellText>> cells;
    cells.reserve(row.cells.size() + carried.size());
    int non_empty = 0;
    for (const TableCell& cell : row.cells) {
      ColumnRole role = cell.grid_column < static_cast<int>(cols.roles.size())
                            ? cols.roles[cell.grid_column]
                            : ColumnRole::kOther;
      CellText text =
          &cell == &row.cells.front() && first->has_value() ? std::move(**first) : TextOf(cell);
      if (!text.empty()) ++non_empty;
      // A lone cell spanning the title column is read as the title.
      if (cell.col_span > 1 && role != ColumnRole::kTitle) {
        int title_col = cols.Find(ColumnRole::kTitle);
        if (title_col >= cell.grid_column && title_col < cell.grid_column + cell.col_span) {
          role = ColumnRole::kTitle;
        }
      }
      cells.emplace_back(role, std::move(text));
    }
    if (non_empty == 0) return;
    if (non_empty == 1 && carried.empty()) {
      const TableCell* lone = nullptr;
      const CellText* text = nullptr;
      for (size_t k = 0; k < row.cells.size(); ++k) {
        if (!cells[k].second.empty()) {
          lone = &row.cells[k];
          text = &cells[k].second;
        }
      }
      bool spans = lone->col_span >= std::max(2, grid / 2) || row.cells.size() == 1;
      Section section;
      bool roman = false;
      // A DOCX cell of three paragraphs is no heading; in wrapped text a narrow column
      // breaks one over several lines, words too ("Орган" / "изационно-м" / "етодическая").
      const bool wrapped = ctx_->breaks == LineBreaks::kWrapped;
      const size_t max_lines = wrapped ? 8 : 2;
      const bool may_head = (spans || cells[lone - &row.cells[0]].first != ColumnRole::kTitle) &&
                            text->paragraphs.size() <= max_lines;
      // A heading squeezed into a narrow column lost its spaces there ("Информационнаядеятельность");
      // they are looked for (in the dictionary, letter by letter) only where a heading may stand,
      // in text laid out on a page.
      std::string heading;
      if (may_head && wrapped) {
        heading = NormalizeText(CleanValue(text->paragraphs, Hyphenator::Default(), false, LineBreaks::kWrapped));
        if (!words_spaced_) heading = SplitGluedWords(heading, Hyphenator::Default());
      } else if (may_head) {
        heading = text->joined;
      }
      if (may_head && ParseSectionHeading(heading, &section, &roman)) {
        section.span = lone->span;
        int depth = SectionStack::kTableDepth;
        if (!roman && !section.number.empty() && sections_->HasTablePart()) depth += 1;
        sections_->Push(section, depth, ctx_->plan);
        group_timing_ = Timing();
        return;
      }
    }
    for (const TableCell* cell : carried) {
      ColumnRole role = cell->grid_column < static_cast<int>(cols.roles.size())
                            ? cols.roles[cell->grid_column]
                            : ColumnRole::kOther;
      cells.emplace_back(role, TextOf(*cell));
    }
    const CellText* number = nullptr;
    const CellText* title = nullptr;
    for (auto& [role, text] : cells) {
      if (role == ColumnRole::kNumber && !number) number = &text;
      if (role == ColumnRole::kTitle && !title) title = &text;
    }
    // Text in the number column that is not a number is the title (converters shift cells).
    if (number && !number->empty() && !IsNumberLike(number->joined) && number->joined.size() > 12 &&
        (!title || title->empty())) {
      title = number;
      number = nullptr;
    }
    // A title without a letter ("1.2.", "–", "2024") names no event: a number or a mark a
    // rebuilt row took for its title.
    if (!title || title->empty() || !HasLetter(title->joined)) return;
    CellText split_title;
    if (ctx_->breaks == LineBreaks::kWrapped && SplitRunTogetherItems(*title, &split_title)) {
      title = &split_title;
    } else if (ctx_->breaks == LineBreaks::kWrapped && number != nullptr && IsNumberLike(number->joined) &&
               number->joined.find('.') + 1 == number->joined.size() &&
               title->joined.find("; " + number->joined + " ") != std::string::npos) {
      // A cell's list restarted at every item ("1. пополнение …; 1. рассмотрение …; 1. …")
      // whose first marker was read as the row's number: it is the first item's.
      CellText marked = *title;
      marked.paragraphs[0] = number->joined + " " + marked.paragraphs[0];
      split_title = CellText();
      if (SplitRunTogetherItems(marked, &split_title)) {
        title = &split_title;
        number = nullptr;
      }
    }

    Event base;
    base.section = sections_->Innermost();
    base.span = row.span;
    base.confidence = row.confidence;
    for (auto& [role, text] : cells) {
      if (text.empty()) continue;
      switch (role) {
        case ColumnRole::kTiming:
          base.timing = ParseTiming(CleanValue(text.paragraphs, ctx_->hyphenator, false, ctx_->breaks),
                                    ctx_->plan->period);
          break;
        case ColumnRole::kResponsible: base.responsible = SplitResponsible(text, ctx_->breaks); break;
        case ColumnRole::kForm: base.form = Clean(text); break;
        case ColumnRole::kPlace: base.place = Clean(text); break;
        case ColumnRole::kAudience: base.audience = Clean(text); break;
        case ColumnRole::kResult: base.result = Clean(text); break;
        case ColumnRole::kNote: base.note = Clean(text); break;
        case ColumnRole::kSection: row_section_ = Clean(text); break;
        default: break;
      }
    }
    // A column of sections names the rows' section; an empty cell keeps the one above
    // (text written from merged cells leaves the rows below empty).
    if (!row_section_.empty()) base.section = row_section_;
    // A timing column before the titles groups the rows ("Месяц" | "Мероприятие"): an empty
    // cell keeps the timing above, as a merged cell would, up to the next section row.
    if (timing_groups_) {
      if (!base.timing.raw.empty()) group_timing_ = base.timing;
      else base.timing = group_timing_;
    }
    // Several items in one cell ("1. …", "1. …") are several events. (A title of one
    // paragraph is one event whatever its start: nothing below asks then.)
    std::vector<bool> marked(title->paragraphs.size());
    int marked_count = 0;
    for (size_t k = 0; k < title->paragraphs.size() && title->paragraphs.size() >= 2; ++k) {
      marked[k] = IsMarkedParagraph(*title, k);
      // In wrapped text the items are marked as the first one is: a dash at a line's start
      // inside a numbered item is its sentence's ("публикации (в том числе" / "– электронные)").
      if (k > 0 && marked[k] && marked[0] && ctx_->breaks == LineBreaks::kWrapped &&
          StartsWithDigit(title->paragraphs[k]) != StartsWithDigit(title->paragraphs[0])) {
        marked[k] = false;
      }
      marked_count += marked[k];
    }
    // In wrapped text an item runs over several lines: items marked from the first line on.
    const bool items = marked_count * 2 >= static_cast<int>(title->paragraphs.size()) ||
                       (ctx_->breaks == LineBreaks::kWrapped && marked[0]);
    // "Подготовка к олимпиадам:" over "- школьный этап;", "- муниципальный этап": the items
    // spell out one event.
    const std::string& lead = title->paragraphs[0];
    // So do the items under any lead line ("Заседание № 1" / "1. Анализ …" / "2. …"): its
    // agenda.
    const bool led = !marked[0] && lead.find_last_not_of(' ') != std::string::npos;
    if (marked_count >= 2 && items && !led) {
      std::vector<std::string> parts;
      SourceSpan span = row.span;
      auto flush = [&]() {
        if (parts.empty()) return;
        Event e = base;
        e.title = CleanValue(parts, ctx_->hyphenator, true, ctx_->breaks);
        e.span = span;
        if (!e.title.empty()) Add(std::move(e));
        parts.clear();
      };
      for (size_t k = 0; k < title->paragraphs.size(); ++k) {
        if (marked[k]) {
          flush();
          span = title->origins[k].span;
        }
        parts.push_back(title->paragraphs[k]);
      }
      flush();
      return;
    }
    Event e = std::move(base);
    if (led && marked_count >= 2) {
      // The items' markers go; the lead's colon and the items' semicolons stay.
      std::vector<std::string> parts = title->paragraphs;
      for (size_t k = 1; k < parts.size(); ++k) {
        if (marked[k]) parts[k] = StripListMarker(parts[k]);
      }
      e.title = CleanValue(parts, ctx_->hyphenator, false, ctx_->breaks);
    } else {
      e.title = CleanValue(title->paragraphs, ctx_->hyphenator, false, ctx_->breaks);
      // "• Проведение олимпиады": a bullet is numbering, which titles go without. (Titles
      // that begin with a letter, Latin or Cyrillic, or a digit, run no pattern.)
      const unsigned char c = e.title.empty() ? 'a' : static_cast<unsigned char>(e.title[0]);
      re2::StringPiece rest(e.title);
      if (!isalnum(c) && c != 0xD0 && c != 0xD1 && RE2::Consume(&rest, Rule("bullet_marker")) && !rest.empty()) {
        e.title = std::string(rest);
      }
    }
    if (number && !number->empty()) {
      e.number = number->joined;
    } else if (number && !number->origins.empty() && !number->origins[0].label.empty()) {
      e.number = number->origins[0].label;
    } else if (!number) {
      // "1.Организация деятельности": the number typed before the title.
      std::string n;
      re2::StringPiece input(e.title);
      if (RE2::Consume(&input, Rule("leading_number"), &n) && !input.empty()) {
        e.number = n;
        e.title = NormalizeText(std::string(input));
      }
    }
    while (!e.number.empty() && (e.number.back() == '.' || e.number.back() == ' ')) {
      if (e.number.back() == '.') e.number_dot = true;
      e.number.pop_back();
    }
    Add(std::move(e));
  }

  std::string Clean(const CellText& text) {
    return CleanValue(text.paragraphs, ctx_->hyphenator, false, ctx_->breaks);
  }

  void Add(Event&& e) {  // an rvalue: an event is moved once, into the plan
    if (static_cast<int>(ctx_->plan->events.size()) >= ctx_->options.max_events) return;
    ctx_->plan->events.push_back(std::move(e));
  }

  Context* ctx_;
  SectionStack* sections_;
  std::string row_section_;  // the last cell of a column of sections in this table
  bool timing_groups_ = false;  // the timing column stands before the titles
  bool words_spaced_ = false;    // the table's Table::words_spaced
  Timing group_timing_;         // the last timing of such a column, since a section row
};

}  // namespace

void ExtractEvents(const std::vector<Line>& lines, Context* ctx) {
  SectionStack sections;
  TableReader reader(ctx, &sections);
  bool text_since_table = true;
  bool meeting_open = false;        // a meeting's heading names the sections of the tables below
  bool meeting_table_read = false;  // and a table has been read under it
  // Whether the next line with text after `i` is a table; with `details`, lines of a
  // meeting's particulars ("Тема: …", "Дата: …") may stand between.
  auto table_follows = [&](size_t i, bool details) {
    int passed = 0;
    for (size_t k = i + 1; k < lines.size(); ++k) {
      if (lines[k].is_table()) return true;
      if (lines[k].blank()) continue;
      if (!details || ++passed > 4 || !KeyMatches(lines[k], "meeting_detail")) {
        return false;
      }
    }
    return false;
  };
  // A short plain line right over a table ("Работа с педагогами", "Заседания
  // методического объединения") that no rule reads otherwise: a caption. When two tables or
  // more have one, they are headings, as a document styles them.
  auto caption = [&](size_t i) {
    const Line& l = lines[i];
    if (l.heading_level != 0 || !l.label.empty() || Characters(l.text) > 80 ||
        !StartsWithCapital(l.text, false) || l.text.find_first_of("0123456789:") != std::string::npos ||
        std::string_view(".;,").find(l.text.back()) != std::string_view::npos || !table_follows(i, false)) {
      return false;
    }
    for (const char* rule : {"title_start", "goal_label", "task_label", "approval_heading"}) {
      if (KeyMatches(l, rule)) return false;
    }
    return !KeyMatches(l, "signature_line") && !KeyMatches(l, "meeting_heading");
  };
  std::vector<bool> captions(lines.size());
  int caption_count = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].is_table() && !lines[i].blank() && caption(i)) {
      captions[i] = true;
      ++caption_count;
    }
  }
  // The one caption of a document heads its table too when the table goes on with rows of
  // sections like it: its rows before the first of them are the caption's.
  std::optional<Section> lone_caption;
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (line.is_table()) {
      if (text_since_table) sections.PopTableSections();
      const size_t events_before = ctx->plan->events.size();
      const size_t sections_before = ctx->plan->sections.size();
      reader.Read(ctx->doc.body[line.table_block],
                  ctx->consumable != nullptr ? &ctx->consumable->body[line.table_block].table
                                             : nullptr);
      if (lone_caption && ctx->plan->sections.size() > sections_before) {
        for (size_t e = events_before; e < ctx->plan->events.size(); ++e) {
          if (!ctx->plan->events[e].section.empty()) break;
          ctx->plan->events[e].section = lone_caption->title;
        }
        ctx->plan->sections.insert(ctx->plan->sections.begin() + static_cast<long>(sections_before), *lone_caption);
      }
      lone_caption.reset();
      text_since_table = false;
      meeting_table_read = meeting_open;
      continue;
    }
    if (line.blank()) continue;
    text_since_table = true;
    // A meeting's section covers the tables that follow its heading, up to the next text
    // that is not one of its particulars.
    if (meeting_table_read && !KeyMatches(line, "meeting_detail")) {
      sections.PopMeeting();
      meeting_open = meeting_table_read = false;
    }
    // Headings between tables: styled headings, and "I. РАЗДЕЛ" lines in plain text.
    Section section;
    bool roman = false;
    std::string text = line.label.empty() ? line.text : line.label + " " + line.text;
    if (line.heading_level > 0 && ParseSectionHeading(text, &section, &roman)) {
      section.span = line.span;
      sections.Push(section, line.heading_level, ctx->plan);
    } else if (line.heading_level == 0 &&
               (RE2::FullMatch(line.key, Rule("section_roman")) || RE2::FullMatch(line.key, Rule("section_word"))) &&
               (MostlyUpper(line.text) || (line.text.size() <= 200 && table_follows(i, false))) &&
               ParseSectionHeading(text, &section, &roman)) {
      // "I. РАЗДЕЛ" anywhere, or "III. Заседания методического объединения" or "Раздел 2.
      // Работа с молодыми специалистами" over a table.
      section.span = line.span;
      sections.Push(section, 1, ctx->plan);
    } else if (caption_count >= 2 && captions[i] && ParseSectionHeading(text, &section, &roman)) {
      section.span = line.span;
      sections.Push(section, 1, ctx->plan);
    } else if (caption_count == 1 && captions[i] && ParseSectionHeading(text, &section, &roman)) {
      section.span = line.span;
      lone_caption = section;
    } else if (line.heading_level == 0 && KeyMatches(line, "meeting_heading") &&
               line.text.size() <= 200 && table_follows(i, true) &&
               ParseSectionHeading(text, &section, &roman)) {
      // "Заседание № 1" / "Тема: …" / "Дата проведения: август" over the table of its agenda:
      // within the part above it, if any.
      section.span = line.span;
      sections.Push(section, SectionStack::kMeetingDepth, ctx->plan);
      meeting_open = true;
      meeting_table_read = false;
    }
  }
  if (static_cast<int>(ctx->plan->events.size()) >= ctx->options.max_events) {
    ctx->plan->diagnostics.push_back({"extract.too_many_events", Severity::kWarning,
                                      "Мероприятий больше " +
                                          std::to_string(ctx->options.max_events) +
                                          "; остальные не извлечены",
                                      SourceSpan{}});
  }
}

}  // namespace planparse
