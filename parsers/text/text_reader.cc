#include "parsers/text/text_reader.h"

#include <algorithm>
#include <map>

#include "parsers/text/encoding.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace planparse {
namespace {

bool IsBlank(const std::string& line) {
  return std::all_of(line.begin(), line.end(), [](char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\v';
  });
}

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return fields;
}

// A tab-separated row: a tab after some text, as in "1.\tУтверждение плана\tЯнварь".
bool HasInnerTab(const std::string& line) {
  size_t first_text = line.find_first_not_of("\t ");
  return first_text != std::string::npos && line.find('\t', first_text) != std::string::npos;
}

Block MakeParagraph(std::string text, int line) {
  Block b;
  b.kind = BlockKind::kParagraph;
  b.paragraph.text = std::move(text);
  b.span.first_line = b.span.last_line = line;
  return b;
}

TableCell MakeCell(int column, const std::vector<std::pair<std::string, int>>& paragraphs) {
  TableCell cell;
  cell.grid_column = column;
  for (const auto& [text, line] : paragraphs) cell.blocks.push_back(MakeParagraph(text, line));
  if (!paragraphs.empty()) {
    cell.span.first_line = paragraphs.front().second;
    cell.span.last_line = paragraphs.back().second;
  }
  return cell;
}

void FinishTable(Block* table, int first_line, int last_line) {
  int width = 0;
  for (const TableRow& row : table->table.rows) width = std::max<int>(width, row.cells.size());
  table->table.grid_columns = width;
  for (TableRow& row : table->table.rows) {
    // A lone cell in a wider table spans it (section rows, "Заседания МО").
    if (row.cells.size() == 1 && width > 1) row.cells[0].col_span = width;
    for (size_t c = 0; c < row.cells.size(); ++c) {
      row.cells[c].span.table_row = row.span.table_row;
      row.cells[c].span.table_cell = static_cast<int>(c);
    }
  }
  table->span.first_line = first_line;
  table->span.last_line = last_line;
}

// Tab-separated rows with the same number of fields; single blank lines may separate rows.
// The first one or two rows may have fewer fields: a header whose cells spanned columns
// ("Организация мероприятия" over "Форма" and "Сроки") loses its spans in such text.
// Returns the index after the table, or `start` when no table starts there.
size_t TryTabSeparated(const std::vector<std::string>& lines, size_t start, std::vector<Block>* out) {
  if (!HasInnerTab(lines[start])) return start;
  // The next tab-separated line after `i`, skipping one blank line, or lines.size().
  auto next_row = [&](size_t i) {
    size_t j = i;
    if (j < lines.size() && IsBlank(lines[j]) && lines[j].find('\t') == std::string::npos) ++j;
    return j < lines.size() && lines[j].find('\t') != std::string::npos ? j : lines.size();
  };
  auto width_of = [&](size_t i) { return i < lines.size() ? SplitTabs(lines[i]).size() : 0; };
  std::vector<size_t> rows = {start};
  size_t width = width_of(start);
  size_t a = next_row(start + 1);
  size_t b = a < lines.size() ? next_row(a + 1) : lines.size();
  size_t c = b < lines.size() ? next_row(b + 1) : lines.size();
  if (width_of(a) > width && width_of(b) == width_of(a)) {
    width = width_of(a);  // one short header row
  } else if (width_of(b) > std::max(width, width_of(a)) && width_of(c) == width_of(b)) {
    rows.push_back(a);  // two short header rows
    width = width_of(b);
  }
  size_t i = rows.back() + 1;
  while (i < lines.size()) {
    size_t j = next_row(i);
    if (j >= lines.size()) {
      // A line without tabs between two rows of the table: a row of one cell over the
      // whole width, as "save as text" writes a merged section row ("Раздел 2. …").
      size_t k = i;
      if (k < lines.size() && IsBlank(lines[k])) ++k;
      if (k + 1 >= lines.size() || IsBlank(lines[k]) || lines[k].size() > 300 || lines[k] == "\f" ||
          width_of(k + 1) != width || !HasInnerTab(lines[k + 1])) {
        break;
      }
      j = k;
      rows.push_back(j);
      i = j + 1;
      continue;
    }
    std::vector<std::string> fields = SplitTabs(lines[j]);
    // Extra trailing fields are tolerated when empty.
    bool same = fields.size() == width ||
                (fields.size() > width &&
                 std::all_of(fields.begin() + width, fields.end(), IsBlank));
    if (!same) break;
    rows.push_back(j);
    i = j + 1;
  }
  if (rows.size() < 2) return start;
  Block table;
  table.kind = BlockKind::kTable;
  for (size_t r = 0; r < rows.size(); ++r) {
    TableRow row;
    row.span.first_line = row.span.last_line = static_cast<int>(rows[r]) + 1;
    row.span.table_row = static_cast<int>(r);
    std::vector<std::string> fields = SplitTabs(lines[rows[r]]);
    fields.resize(std::min(fields.size(), width));
    for (size_t c = 0; c < fields.size(); ++c) {
      std::vector<std::pair<std::string, int>> paragraphs;
      paragraphs.emplace_back(fields[c], row.span.first_line);
      row.cells.push_back(MakeCell(static_cast<int>(c), paragraphs));
    }
    table.table.rows.push_back(std::move(row));
  }
  FinishTable(&table, static_cast<int>(start) + 1, static_cast<int>(rows.back()) + 1);
  out->push_back(std::move(table));
  return rows.back() + 1;
}

// Apache Tika's layout: each cell starts on a line led by a tab, later paragraphs of the
// same cell follow without one, and a blank line ends the row.
size_t TryTabIndentedCells(const std::vector<std::string>& lines, size_t start,
                           std::vector<Block>* out) {
  if (lines[start].empty() || lines[start][0] != '\t') return start;
  Block table;
  table.kind = BlockKind::kTable;
  size_t i = start;
  size_t last_line = start;
  size_t widest = 0;
  while (i < lines.size() && !lines[i].empty() && lines[i][0] == '\t') {
    TableRow row;
    row.span.table_row = static_cast<int>(table.table.rows.size());
    row.span.first_line = static_cast<int>(i) + 1;
    std::vector<std::pair<std::string, int>> cell;
    bool has_cell = false;
    auto flush = [&]() {
      if (has_cell) row.cells.push_back(MakeCell(static_cast<int>(row.cells.size()), cell));
      cell.clear();
      has_cell = false;
    };
    // A row: lines up to the next line that is blank (but for tabs, which are empty cells).
    // Text before a line's first tab continues the current cell as a new paragraph; each
    // tab starts a new cell.
    while (i < lines.size() && !(IsBlank(lines[i]) && lines[i].find('\t') == std::string::npos)) {
      std::vector<std::string> pieces = SplitTabs(lines[i]);
      const int line_number = static_cast<int>(i) + 1;
      if (!pieces[0].empty()) {
        has_cell = true;
        cell.emplace_back(pieces[0], line_number);
      }
      for (size_t p = 1; p < pieces.size(); ++p) {
        flush();
        has_cell = true;
        if (!pieces[p].empty()) cell.emplace_back(pieces[p], line_number);
      }
      last_line = i;
      ++i;
    }
    flush();
    row.span.last_line = static_cast<int>(last_line) + 1;
    widest = std::max(widest, row.cells.size());
    table.table.rows.push_back(std::move(row));
    // Blank lines between rows; the table goes on only if a tab-led line follows.
    size_t j = i;
    while (j < lines.size() && IsBlank(lines[j]) && lines[j].find('\t') == std::string::npos) ++j;
    if (j >= lines.size() || lines[j].empty() || lines[j][0] != '\t') break;
    i = j;
  }
  if (table.table.rows.size() < 2 || widest < 2) return start;
  FinishTable(&table, static_cast<int>(start) + 1, static_cast<int>(last_line) + 1);
  out->push_back(std::move(table));
  return last_line + 1;
}

// ---- Columns aligned with spaces (pdftotext -layout) -----------------------------------

std::u32string ToU32(const std::string& s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  std::u32string out;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) out.push_back(u.char32At(i));
  return out;
}

std::string ToUtf8(const std::u32string& s) {
  icu::UnicodeString u;
  for (char32_t c : s) u.append(static_cast<UChar32>(c));
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string TrimSpaces(const std::string& s) {
  size_t a = s.find_first_not_of(' ');
  if (a == std::string::npos) return "";
  return s.substr(a, s.find_last_not_of(' ') - a + 1);
}

// Runs of 2+ spaces between text: the line holds several columns.
int InnerGaps(const std::u32string& line) {
  int gaps = 0;
  size_t i = line.find_first_not_of(U' ');
  while (i != std::u32string::npos && i < line.size()) {
    size_t space = line.find(U"  ", i);
    if (space == std::u32string::npos) break;
    size_t next = line.find_first_not_of(U' ', space);
    if (next == std::u32string::npos) break;
    ++gaps;
    i = next;
  }
  return gaps;
}

bool IsNumberCell(const std::string& text) {
  if (text.empty() || text.size() > 8) return false;
  for (char c : text) {
    if (!(c == '.' || (c >= '0' && c <= '9'))) return false;
  }
  return text[0] >= '0' && text[0] <= '9';
}

bool StartsCapital(const std::string& text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    UChar32 c = u.char32At(i);
    if (u_isalpha(c)) return u_isupper(c);
    if (u_isdigit(c)) return true;
  }
  return false;
}

struct Chunk {
  size_t start;   // column (code point) where the text begins
  size_t end;     // one past its last character
};

// Pieces of a line separated by runs of 2+ spaces.
std::vector<Chunk> Chunks(const std::u32string& line) {
  std::vector<Chunk> out;
  size_t i = line.find_first_not_of(U' ');
  while (i != std::u32string::npos && i < line.size()) {
    size_t gap = line.find(U"  ", i);
    size_t end = gap == std::u32string::npos ? line.size() : gap;
    while (end > i && line[end - 1] == U' ') --end;
    out.push_back({i, end});
    if (gap == std::u32string::npos) break;
    i = line.find_first_not_of(U' ', gap);
  }
  return out;
}

// A table whose columns pdftotext -layout aligned with spaces. Column starts are where
// many lines begin a piece of text (within two characters: pages shift a little); each
// piece goes to the column it starts in, and a piece running over the next column's
// start is cut at the space there (cells one space apart), or is a section heading when
// it runs across several columns. A row starts where the first column holds a number, or
// where the title and most cells start with a capital; a header repeated after a page
// break is skipped.
size_t TryAlignedColumns(const std::vector<std::string>& lines, size_t start,
                         std::vector<Block>* out) {
  std::vector<std::u32string> u;
  std::vector<size_t> index;  // 0-based input line of each region line
  if (InnerGaps(ToU32(lines[start])) < 2) return start;
  int blank_run = 0;
  for (size_t i = start; i < lines.size(); ++i) {
    if (lines[i] == "\f") continue;
    std::u32string line = ToU32(lines[i]);
    if (line.find_first_not_of(U' ') == std::u32string::npos) {
      if (++blank_run >= 2) break;
      continue;
    }
    blank_run = 0;
    bool indented = line.size() >= 2 && line[0] == U' ' && line[1] == U' ';
    if (!indented && InnerGaps(line) == 0 && i > start + 1) break;
    u.push_back(std::move(line));
    index.push_back(i);
  }
  if (u.size() < 3) return start;

  // Column starts: peaks of where pieces begin.
  std::map<size_t, int> starts;
  for (const auto& l : u) {
    for (const Chunk& c : Chunks(l)) ++starts[c.start];
  }
  const int need = std::max<int>(2, static_cast<int>(u.size()) / 8);
  std::vector<size_t> columns;
  for (const auto& [x, n] : starts) {
    int around = 0;
    for (size_t d = (x >= 2 ? x - 2 : 0); d <= x + 2; ++d) {
      auto it = starts.find(d);
      if (it != starts.end()) around += it->second;
    }
    if (around < need) continue;
    if (!columns.empty() && x <= columns.back() + 2) {
      // Keep the better-attested position of a cluster.
      if (n > starts[columns.back()]) columns.back() = x;
      continue;
    }
    columns.push_back(x);
  }
  if (columns.size() < 3) return start;
  const size_t width = columns.size();
  auto column_of = [&](size_t x) {
    size_t c = 0;
    while (c + 1 < width && columns[c + 1] <= x + 2) ++c;
    return c;
  };
  // Cells of one line; `spanning` when a piece runs across two or more column starts.
  auto cut = [&](const std::u32string& l, std::vector<std::string>* cells, bool* spanning) {
    cells->assign(width, "");
    *spanning = false;
    for (const Chunk& chunk : Chunks(l)) {
      size_t a = chunk.start;
      size_t col = column_of(a);
      int crossed = 0;
      for (size_t next = col + 1; next < width && columns[next] + 2 < chunk.end; ++next) {
        // The next column begins inside this piece: cut at a space near its start.
        size_t cut_at = std::u32string::npos;
        for (size_t d = columns[next] >= 2 ? columns[next] - 2 : 0; d <= columns[next] + 1 && d < chunk.end; ++d) {
          if (d > a && l[d] == U' ') cut_at = d;
        }
        if (cut_at == std::u32string::npos) {
          ++crossed;
          continue;
        }
        std::string piece = TrimSpaces(ToUtf8(l.substr(a, cut_at - a)));
        std::string& cell = (*cells)[col];
        cell += (cell.empty() || piece.empty() ? "" : " ") + piece;
        a = cut_at + 1;
        col = next;
      }
      if (crossed >= 2) *spanning = true;
      std::string piece = TrimSpaces(ToUtf8(l.substr(a, chunk.end - a)));
      std::string& cell = (*cells)[col];
      cell += (cell.empty() || piece.empty() ? "" : " ") + piece;
    }
  };

  std::vector<std::vector<std::string>> cut_lines(u.size());
  std::vector<bool> spanning(u.size());
  bool number_column = false;
  for (size_t k = 0; k < u.size(); ++k) {
    bool sp = false;
    cut(u[k], &cut_lines[k], &sp);
    spanning[k] = sp;
    if (IsNumberCell(cut_lines[k][0])) number_column = true;
  }
  const size_t title_column = number_column ? 1 : 0;
  auto row_starts = [&](const std::vector<std::string>& cells) {
    if (number_column && IsNumberCell(cells[0])) return true;
    int filled = 0, capitals = 0;
    for (const auto& c : cells) {
      if (c.empty()) continue;
      ++filled;
      if (StartsCapital(c)) ++capitals;
    }
    return !cells[title_column].empty() && StartsCapital(cells[title_column]) &&
           filled >= std::min<int>(3, static_cast<int>(width) - static_cast<int>(title_column)) &&
           capitals == filled;
  };

  Block table;
  table.kind = BlockKind::kTable;
  table.table.grid_columns = static_cast<int>(width);
  TableRow* row = nullptr;
  auto new_row = [&](size_t k) {
    table.table.rows.emplace_back();
    row = &table.table.rows.back();
    row->span.first_line = row->span.last_line = static_cast<int>(index[k]) + 1;
    row->span.table_row = static_cast<int>(table.table.rows.size()) - 1;
    for (size_t c = 0; c < width; ++c) {
      TableCell cell;
      cell.grid_column = static_cast<int>(c);
      cell.span = row->span;
      cell.span.table_cell = static_cast<int>(c);
      row->cells.push_back(std::move(cell));
    }
  };
  auto key_of = [](const std::vector<std::string>& cells) {
    std::string key;
    for (const auto& c : cells) key += c + "|";
    return key;
  };
  // The header: the lines before the first row.
  size_t k = 0;
  std::vector<std::string> header_keys;
  new_row(0);
  row->is_header = true;
  for (; k < u.size(); ++k) {
    if (k > 0 && (row_starts(cut_lines[k]) || spanning[k])) break;
    header_keys.push_back(key_of(cut_lines[k]));
    for (size_t c = 0; c < width; ++c) {
      if (cut_lines[k][c].empty()) continue;
      Block p;
      p.paragraph.text = cut_lines[k][c];
      p.span.first_line = p.span.last_line = static_cast<int>(index[k]) + 1;
      row->cells[c].blocks.push_back(std::move(p));
    }
    row->span.last_line = static_cast<int>(index[k]) + 1;
  }
  for (; k < u.size(); ++k) {
    const std::vector<std::string>& cells = cut_lines[k];
    if (std::find(header_keys.begin(), header_keys.end(), key_of(cells)) != header_keys.end()) {
      continue;  // the header again, after a page break
    }
    if (spanning[k]) {
      new_row(k);
      TableCell cell;
      cell.col_span = static_cast<int>(width);
      cell.span = row->span;
      Block p;
      p.paragraph.text = TrimSpaces(ToUtf8(u[k]));
      p.span = row->span;
      cell.blocks.push_back(std::move(p));
      row->cells.assign(1, std::move(cell));
      row = nullptr;
      continue;
    }
    if (row == nullptr || row->is_header || row_starts(cells)) new_row(k);
    row->span.last_line = static_cast<int>(index[k]) + 1;
    for (size_t c = 0; c < width && c < row->cells.size(); ++c) {
      if (cells[c].empty()) continue;
      Block p;
      p.paragraph.text = cells[c];
      p.span.first_line = p.span.last_line = static_cast<int>(index[k]) + 1;
      row->cells[c].span.last_line = p.span.last_line;
      row->cells[c].blocks.push_back(std::move(p));
    }
  }
  if (table.table.rows.size() < 2) return start;
  table.span.first_line = static_cast<int>(index.front()) + 1;
  table.span.last_line = static_cast<int>(index.back()) + 1;
  out->push_back(std::move(table));
  return index.back() + 1;
}

}  // namespace

std::vector<Block> LayoutLines(const std::vector<std::string>& lines) {
  std::vector<Block> blocks;
  size_t i = 0;
  while (i < lines.size()) {
    if (lines[i] == "\f") {
      Block brk;
      brk.kind = BlockKind::kPageBreak;
      brk.span.first_line = brk.span.last_line = static_cast<int>(i) + 1;
      blocks.push_back(std::move(brk));
      ++i;
      continue;
    }
    size_t next = TryTabSeparated(lines, i, &blocks);
    if (next == i) next = TryTabIndentedCells(lines, i, &blocks);
    if (next == i) next = TryAlignedColumns(lines, i, &blocks);
    if (next == i) {
      blocks.push_back(MakeParagraph(lines[i], static_cast<int>(i) + 1));
      next = i + 1;
    }
    i = next;
  }
  for (size_t b = 0; b < blocks.size(); ++b) blocks[b].span.block = static_cast<int>(b);
  return blocks;
}

Result<Document> ReadText(std::string_view bytes, const ReaderOptions& options) {
  Result<DecodedText> decoded = DecodeToUtf8(bytes);
  if (!decoded.ok()) return decoded.status();
  Document doc;
  doc.source.encoding = decoded.value().encoding;
  const std::string_view text = decoded.value().converted
                                    ? std::string_view(decoded.value().utf8)
                                    : bytes.substr(decoded.value().utf8_offset);

  // Binary data renamed to .txt: control characters (NULs aside: text with NULs is still
  // read) or replacement characters in more than a few per cent of the characters.
  size_t control = 0, replacement = 0, nul = 0, characters = 0;
  for (size_t k = 0; k < text.size(); ++k) {
    unsigned char c = static_cast<unsigned char>(text[k]);
    if ((c & 0xC0) != 0x80) ++characters;
    if (c == 0) ++nul;
    else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') ++control;
    if (c == 0xEF && k + 2 < text.size() && static_cast<unsigned char>(text[k + 1]) == 0xBF &&
        static_cast<unsigned char>(text[k + 2]) == 0xBD) {
      ++replacement;
    }
  }
  if (characters > 0 && control * 100 > characters * 3 + 16) {
    return Status::Unsupported("файл не похож на текст: в нём много управляющих символов "
                               "(двоичные данные?)");
  }
  if (characters > 0 && replacement * 10 > characters + 16) {
    return Status::Corrupt("текст не удаётся декодировать ни в одной из известных кодировок");
  }

  // Lines: CRLF, CR and LF all end a line; NULs dropped; a form feed is a page break.
  std::vector<std::string> lines;
  std::string line;
  int cut_lines = 0, first_cut = 0;
  auto end_line = [&]() {
    if (line.size() >= options.max_paragraph_bytes) {
      // Cut at a character boundary, not inside a UTF-8 sequence.
      while (!line.empty() && (static_cast<unsigned char>(line.back()) & 0xC0) == 0x80) line.pop_back();
      if (!line.empty() && static_cast<unsigned char>(line.back()) >= 0xC0) line.pop_back();
      if (cut_lines++ == 0) first_cut = static_cast<int>(lines.size()) + 1;
    }
  };
  for (size_t k = 0; k < text.size(); ++k) {
    char c = text[k];
    if (c == '\r' || c == '\n') {
      if (c == '\r' && k + 1 < text.size() && text[k + 1] == '\n') ++k;
      end_line();
      lines.push_back(std::move(line));
      line.clear();
    } else if (c == '\f') {
      end_line();
      if (!line.empty()) lines.push_back(std::move(line));
      line.clear();
      lines.emplace_back("\f");
    } else if (c != '\0') {
      if (line.size() < options.max_paragraph_bytes) line.push_back(c);
    }
  }
  end_line();
  if (!line.empty()) lines.push_back(std::move(line));
  if (cut_lines > 0) {
    SourceSpan where;
    where.first_line = where.last_line = first_cut;
    doc.diagnostics.push_back(
        {"text.line_cut", Severity::kWarning,
         "Строк длиннее " + std::to_string(options.max_paragraph_bytes >> 20) + " МБ: " +
             std::to_string(cut_lines) + "; они обрезаны (предел --limit paragraph-mb)",
         where});
  }
  if (nul > 0) {
    doc.diagnostics.push_back({"text.nul_bytes", Severity::kWarning,
                               "В тексте " + std::to_string(nul) + " нулевых байтов; они удалены",
                               SourceSpan{}});
  }
  doc.body = LayoutLines(lines);
  return doc;
}

}  // namespace planparse
