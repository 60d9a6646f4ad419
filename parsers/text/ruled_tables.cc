#include "parsers/text/ruled_tables.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "parsers/text/numbers.h"
#include "parsers/text/utf32.h"

namespace planparse {
namespace {

using text::IsBlank;
using text::IsRowNumber;
using text::ToUtf8;
using text::Trim;

// "+----+------+" or "+====+======+": where its "+" stand, two or more columns apart.
bool GridRule(const std::u32string& line, std::vector<size_t>* plus, bool* header_rule) {
  const std::u32string t = Trim(line);
  if (t.size() < 5 || t.front() != U'+' || t.back() != U'+') return false;
  if (t.find_first_not_of(U"+-=:") != std::u32string::npos) return false;
  plus->clear();
  for (size_t i = line.find(U'+'); i != std::u32string::npos; i = line.find(U'+', i + 1)) plus->push_back(i);
  *header_rule = t.find(U'=') != std::u32string::npos;
  return plus->size() >= 3;
}

// "----  ---------  -----": where each group of dashes starts, two groups or more.
bool DashGroups(const std::u32string& line, std::vector<size_t>* starts) {
  if (line.find_first_not_of(U" -") != std::u32string::npos || IsBlank(line)) return false;
  starts->clear();
  for (size_t i = line.find(U'-'); i != std::u32string::npos;) {
    const size_t end = line.find(U' ', i);
    if ((end == std::u32string::npos ? line.size() : end) - i < 2) return false;
    starts->push_back(i);
    if (end == std::u32string::npos) break;
    i = line.find(U'-', end);
  }
  return starts->size() >= 2;
}

// A rule of dashes alone across the table, above and below a multiline table.
bool FullRule(const std::u32string& line) {
  const std::u32string t = Trim(line);
  return t.size() >= 10 && t.find_first_not_of(U'-') == std::u32string::npos;
}

// The text between code points [from, to) of `line`, trimmed.
std::string Slice(const std::u32string& line, size_t from, size_t to) {
  if (from >= line.size()) return "";
  return ToUtf8(Trim(line.substr(from, std::min(to, line.size()) - from)));
}

// Cells under construction: each column's lines, with their (1-based) line numbers.
struct RowLines {
  std::vector<std::vector<std::pair<std::string, int>>> cells;
  int first = 0, last = 0;
  bool header = false;
};

void AddLine(RowLines* row, size_t column, std::string text, size_t line_index) {
  const int line = static_cast<int>(line_index) + 1;
  if (row->first == 0) row->first = line;
  row->last = line;
  if (!text.empty()) row->cells[column].emplace_back(std::move(text), line);
}

bool Empty(const RowLines& row) {
  return std::all_of(row.cells.begin(), row.cells.end(), [](const auto& c) { return c.empty(); });
}

// A cell of `row` at grid `column`, `span` wide: a paragraph for each of its lines (joined
// later by the extraction, as wrapped text).
TableCell MakeCell(const TableRow& row, const std::vector<std::pair<std::string, int>>& lines, size_t column,
                   size_t span) {
  TableCell cell;
  cell.grid_column = static_cast<int>(column);
  cell.col_span = static_cast<int>(span);
  cell.span = row.span;
  cell.span.table_cell = static_cast<int>(column);
  for (const auto& [text, line] : lines) {
    Block paragraph;
    paragraph.kind = BlockKind::kParagraph;
    paragraph.paragraph.text = text;
    paragraph.span.first_line = paragraph.span.last_line = line;
    cell.blocks.push_back(std::move(paragraph));
  }
  return cell;
}

// The table block of `rows`, `columns` wide.
Block MakeTable(const std::vector<RowLines>& rows, size_t columns) {
  Block block;
  block.kind = BlockKind::kTable;
  block.table.grid_columns = static_cast<int>(columns);
  for (const RowLines& r : rows) {
    TableRow row;
    row.is_header = r.header;
    row.span.first_line = r.first;
    row.span.last_line = r.last;
    row.span.table_row = static_cast<int>(block.table.rows.size());
    // Text only in the first column, and no number: a merged section row pandoc wrote
    // into it ("Работа с" / "одарёнными" / "детьми"), one cell across the table.
    const bool lone_first = columns >= 2 && !r.header && !r.cells[0].empty() &&
                            std::all_of(r.cells.begin() + 1, r.cells.end(), [](const auto& c) { return c.empty(); }) &&
                            !IsRowNumber(r.cells[0].front().first);
    if (lone_first) {
      row.cells.push_back(MakeCell(row, r.cells[0], 0, columns));
    } else {
      for (size_t c = 0; c < columns; ++c) row.cells.push_back(MakeCell(row, r.cells[c], c, 1));
    }
    block.table.rows.push_back(std::move(row));
  }
  block.span.first_line = rows.front().first;
  block.span.last_line = rows.back().last;
  return block;
}

// A grid table from its first rule at `start`.
size_t ReadGrid(const AlignedText& text, size_t start, std::vector<Block>* out) {
  std::vector<size_t> plus, rule;
  bool header_rule = false;
  if (!GridRule(text.Line(start), &plus, &header_rule)) return start;
  const size_t columns = plus.size() - 1;
  std::vector<RowLines> rows;
  RowLines row;
  row.cells.resize(columns);
  size_t i = start + 1;
  bool lines_since_rule = false;  // two rules in a row end the table (and bound the work)
  for (; i < text.size(); ++i) {
    const std::u32string& line = text.Line(i);
    if (GridRule(line, &rule, &header_rule)) {
      if (!lines_since_rule) break;
      lines_since_rule = false;
      if (!Empty(row)) {
        if (header_rule) {
          for (RowLines& r : rows) r.header = true;
          row.header = true;
        }
        rows.push_back(std::move(row));
      }
      row = RowLines();
      row.cells.resize(columns);
      continue;
    }
    const size_t bar = line.find_first_not_of(U' ');
    if (bar == std::u32string::npos || line[bar] != U'|') break;
    lines_since_rule = true;
    for (size_t c = 0; c < columns; ++c) AddLine(&row, c, Slice(line, plus[c] + 1, plus[c + 1]), i);
  }
  if (rows.size() < 2) return start;
  // A cell squeezed into a column a few letters wide ("Ме" / "то" / "ди" / …: pandoc puts a
  // merged section row into the first column) is one word run, glued back together. A list
  // item's number broken from its dot ("1" / ". информирование") is joined again.
  for (RowLines& r : rows) {
    for (std::vector<std::pair<std::string, int>>& cell : r.cells) {
      for (size_t k = 0; k + 1 < cell.size(); ++k) {
        const std::string& number = cell[k].first;
        const std::string& rest = cell[k + 1].first;
        if (!number.empty() && number.size() <= 2 && std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
            !rest.empty() && (rest[0] == '.' || rest[0] == ')')) {
          cell[k].first += rest;
          cell.erase(cell.begin() + static_cast<long>(k) + 1);
        }
      }
      const bool squeezed = cell.size() >= 3 && std::all_of(cell.begin(), cell.end(), [](const auto& line) {
        return icu::UnicodeString::fromUTF8(line.first).countChar32() <= 3;
      });
      if (!squeezed) continue;
      std::string glued;
      for (const auto& line : cell) glued += line.first;
      cell = {{glued, cell.front().second}};
    }
  }
  out->push_back(MakeTable(rows, columns));
  return i;
}

// A multiline table (a full rule at `start`, the header, dash groups, rows apart by blank
// lines, a full rule) or a simple one (the header at `start`, dash groups, a row per line,
// a blank line after).
size_t ReadDashed(const AlignedText& text, size_t start, std::vector<Block>* out) {
  const bool multiline = FullRule(text.Line(start));
  constexpr size_t kMaxHeaderLines = 6;
  std::vector<size_t> starts;
  size_t groups = start + 1;
  while (groups < text.size() && groups <= start + kMaxHeaderLines && !DashGroups(text.Line(groups), &starts)) {
    if (IsBlank(text.Line(groups)) || !multiline) return start;
    ++groups;
  }
  if (groups >= text.size() || groups > start + kMaxHeaderLines) return start;
  const size_t columns = starts.size();
  auto add = [&](RowLines* row, size_t i) {
    const std::u32string& line = text.Line(i);
    for (size_t c = 0; c < columns; ++c) {
      const size_t to = c + 1 < columns ? starts[c + 1] : line.size();
      AddLine(row, c, Slice(line, c == 0 ? 0 : starts[c], to), i);
    }
  };
  auto fresh = [&] {
    RowLines row;
    row.cells.resize(columns);
    return row;
  };
  std::vector<RowLines> rows;
  RowLines header = fresh();
  header.header = true;
  for (size_t k = multiline ? start + 1 : start; k < groups; ++k) add(&header, k);
  rows.push_back(std::move(header));
  RowLines row = fresh();
  size_t i = groups + 1;
  for (; i < text.size(); ++i) {
    const std::u32string& line = text.Line(i);
    if (multiline && FullRule(line)) {
      ++i;
      break;
    }
    if (IsBlank(line)) {
      if (!Empty(row)) rows.push_back(std::move(row));
      row = fresh();
      if (!multiline || i + 1 >= text.size() || IsBlank(text.Line(i + 1))) break;
      continue;
    }
    add(&row, i);
    if (!multiline) {
      rows.push_back(std::move(row));
      row = fresh();
    }
  }
  if (!Empty(row)) rows.push_back(std::move(row));
  if (rows.size() < 2) return start;
  out->push_back(MakeTable(rows, columns));
  return i;
}

}  // namespace

size_t TryRuledTable(const AlignedText& text, size_t start, std::vector<Block>* out) {
  // Rules are ASCII: the UTF-8 lines tell whether to look closer, so most lines are never
  // converted to code points (AlignedText converts a line when first asked for it).
  auto rule_like = [&](size_t i) {
    if (i >= text.size()) return false;
    const std::string& line = text.utf8()[i];
    const size_t first = line.find_first_not_of(' ');
    return first != std::string::npos && (line[first] == '+' || line[first] == '-') &&
           line.find_first_not_of(" +-=:") == std::string::npos;
  };
  std::vector<size_t> starts;
  if (rule_like(start)) {
    const std::u32string& line = text.Line(start);
    const size_t first = line.find_first_not_of(U' ');
    if (line[first] == U'+') return ReadGrid(text, start, out);
    if (FullRule(line)) return ReadDashed(text, start, out);
  }
  // A simple table: its header line, then dash groups under it.
  if (rule_like(start + 1) && DashGroups(text.Line(start + 1), &starts)) return ReadDashed(text, start, out);
  return start;
}

}  // namespace planparse
