#include "parsers/text/text_reader.h"

#include <algorithm>
#include <map>

#include "parsers/text/aligned_columns.h"
#include "parsers/text/encoding.h"
#include "parsers/text/numbers.h"
#include "parsers/text/ruled_tables.h"

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
  fields.reserve(std::count(line.begin(), line.end(), '\t') + 1);
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

TableCell MakeCell(int column, std::vector<std::pair<std::string, int>> paragraphs) {
  TableCell cell;
  cell.grid_column = column;
  cell.blocks.reserve(paragraphs.size());
  for (auto& [text, line] : paragraphs) cell.blocks.push_back(MakeParagraph(std::move(text), line));
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
  table->table.words_spaced = true;  // tab-separated and Tika's text come from Word's own
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

// Whether exactly one of `fields` holds text.
bool OneFieldOfText(const std::vector<std::string>& fields) {
  return std::count_if(fields.begin(), fields.end(), [](const std::string& f) { return !IsBlank(f); }) == 1;
}

// "Козлова Г.Г.", "О.В. Глиюн": a short line that names a person by the initials.
bool NamesAPerson(const std::string& line) {
  std::vector<icu::UnicodeString> words;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(line);
  int32_t start = -1;
  for (int32_t i = 0; i <= u.length(); ++i) {
    const bool space = i == u.length() || u_isspace(u.charAt(i)) || u.charAt(i) == ',' || u.charAt(i) == ';';
    if (!space && start < 0) start = i;
    if (space && start >= 0) {
      words.push_back(u.tempSubStringBetween(start, i));
      start = -1;
    }
  }
  if (words.empty() || words.size() > 4) return false;
  bool initials = false, surname = false;
  for (const icu::UnicodeString& w : words) {
    bool all_initials = w.indexOf(u'.') >= 0 && w.length() <= 6;
    for (int32_t i = 0; i < w.length() && all_initials; ++i) {
      all_initials = w.charAt(i) == u'.' || u_isupper(w.charAt(i));
    }
    initials = initials || all_initials;
    surname = surname || (w.length() >= 3 && u_isupper(w.char32At(0)) && u_islower(w.char32At(w.length() - 1)));
  }
  return initials && surname;
}

// One paragraph of a cell: its text and its (1-based) line.
using CellParagraph = std::pair<std::string, int>;

// A row of a tab-separated table, read from lines [first, end): each field's paragraphs.
struct TabRow {
  size_t first = 0, end = 0;
  std::vector<std::vector<CellParagraph>> fields;
};

// The row that starts at line `i` with `width` fields. A cell of several paragraphs
// ("Подготовка к олимпиадам:" / "- школьный этап;" / "- муниципальный этап\tоктябрь")
// carries the row over the next lines: each goes on with the last field, and its tabs open
// the next ones, until the row has `width` fields (more only when they are empty). False
// when the lines make no such row: the first must hold a tab, and none may be blank or
// longer than a cell's paragraph (kMaxCellLine) or past the first kMaxRowLines.
bool ReadTabRow(const std::vector<std::string>& lines, size_t i, size_t width, TabRow* row) {
  constexpr size_t kMaxRowLines = 12;
  constexpr size_t kMaxCellLine = 300;  // bytes; prose paragraphs run longer
  row->first = i;
  row->fields.clear();
  if (i >= lines.size() || lines[i].find('\t') == std::string::npos) return false;
  for (size_t k = i; k < lines.size() && k < i + kMaxRowLines; ++k) {
    if (k > i && (IsBlank(lines[k]) || lines[k].size() > kMaxCellLine)) return false;
    std::vector<std::string> parts = SplitTabs(lines[k]);
    for (size_t p = 0; p < parts.size(); ++p) {
      if (p > 0 || row->fields.empty()) row->fields.emplace_back();
      row->fields.back().emplace_back(std::move(parts[p]), static_cast<int>(k) + 1);
    }
    if (row->fields.size() >= width) {
      row->end = k + 1;
      for (size_t f = width; f < row->fields.size(); ++f) {
        for (const CellParagraph& paragraph : row->fields[f]) {
          if (!IsBlank(paragraph.first)) return false;
        }
      }
      row->fields.resize(width);
      return true;
    }
  }
  return false;
}

// Tab-separated rows with the same number of fields; single blank lines may separate rows,
// and a row whose cells hold several paragraphs runs over several lines (ReadTabRow).
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
  // A row of one cell over the table at line k: its text alone.
  auto section_row = [&](size_t k) {
    TabRow row;
    row.first = k;
    row.end = k + 1;
    const std::vector<std::string> fields = SplitTabs(lines[k]);
    const auto text = std::find_if(fields.begin(), fields.end(), [](const std::string& f) { return !IsBlank(f); });
    row.fields.push_back({{*text, static_cast<int>(k) + 1}});
    return row;
  };
  // Rows are made table rows as soon as the next one begins (the last may still gain a
  // line), so a long table's text is never held twice.
  Block table;
  table.kind = BlockKind::kTable;
  size_t width = width_of(start);
  TabRow pending;  // the last row read
  size_t count = 0;
  auto emit = [&](TabRow* r) {
    TableRow row;
    row.span.first_line = static_cast<int>(r->first) + 1;
    row.span.last_line = static_cast<int>(r->end);
    row.span.table_row = static_cast<int>(table.table.rows.size());
    std::vector<std::vector<CellParagraph>>& fields = r->fields;
    if (fields.size() > width) fields.resize(width);
    row.cells.reserve(fields.size());
    for (size_t f = 0; f < fields.size(); ++f) {
      // A paragraph that only carried the tabs of a row broken over lines is no text.
      std::vector<CellParagraph>& paragraphs = fields[f];
      if (paragraphs.size() > 1) {
        paragraphs.erase(std::remove_if(paragraphs.begin(), paragraphs.end(),
                                        [](const CellParagraph& p) { return IsBlank(p.first); }),
                         paragraphs.end());
        if (paragraphs.empty()) paragraphs.emplace_back("", row.span.first_line);
      }
      row.cells.push_back(MakeCell(static_cast<int>(f), std::move(paragraphs)));
    }
    table.table.rows.push_back(std::move(row));
  };
  auto push = [&](TabRow r) {
    if (count > 0) emit(&pending);
    pending = std::move(r);
    ++count;
  };
  size_t a = next_row(start + 1);
  size_t b = a < lines.size() ? next_row(a + 1) : lines.size();
  size_t c = b < lines.size() ? next_row(b + 1) : lines.size();
  auto header_row = [&](size_t k) {
    TabRow row;
    row.first = k;
    row.end = k + 1;
    for (const std::string& f : SplitTabs(lines[k])) row.fields.push_back({{f, static_cast<int>(k) + 1}});
    return row;
  };
  const size_t first_width = width;
  // List items written "1.<tab>…" right before a wider table are no short header rows of it.
  const bool list_item = first_width == 2 && text::IsListMarker(SplitTabs(lines[start])[0]);
  push(header_row(start));
  if (!list_item && width_of(a) > first_width && width_of(b) == width_of(a)) {
    width = width_of(a);  // one short header row
  } else if (!list_item && width_of(b) > std::max(first_width, width_of(a)) && width_of(c) == width_of(b)) {
    width = width_of(b);
    push(header_row(a));  // two short header rows
  }
  TabRow probe;
  size_t i = pending.end;
  while (i < lines.size()) {
    size_t j = next_row(i);
    if (j >= lines.size()) {
      size_t k = i;
      if (k < lines.size() && IsBlank(lines[k])) ++k;
      if (k >= lines.size() || IsBlank(lines[k]) || lines[k].size() > 300 || lines[k] == "\f") break;
      // A line without tabs right after a row: the last cell goes on ("Сидоров В.В." /
      // "Козлова Г.Г."), when the line continues it in lower case, after a comma, or names
      // a person.
      const std::vector<CellParagraph>& last = pending.fields.back();
      const std::string& before = last.back().first;
      const size_t end = before.find_last_not_of(' ');
      const bool open = end != std::string::npos && std::string(",;-").find(before[end]) != std::string::npos;
      const icu::UnicodeString first = icu::UnicodeString::fromUTF8(lines[k]).trim();
      if (k == i && count > 1 && !pending.fields.empty() &&
          (open || (first.length() > 0 && u_islower(first.char32At(0))) || NamesAPerson(lines[k]))) {
        pending.fields.back().emplace_back(lines[k], static_cast<int>(k) + 1);
        pending.end = k + 1;
        i = k + 1;
        continue;
      }
      // Else a row of one cell over the whole width, as "save as text" writes a merged
      // section row ("Раздел 2. …"), when a row of the table follows.
      if (!ReadTabRow(lines, k + 1, width, &probe)) break;
      push(section_row(k));
      i = k + 1;
      continue;
    }
    // A narrower line with one field of text before a row of the table: a section row
    // led by the tabs of the cells before it ("\tЗаседание № 1").
    const size_t fields = std::count(lines[j].begin(), lines[j].end(), '\t') + 1;
    if (fields < width && OneFieldOfText(SplitTabs(lines[j])) && ReadTabRow(lines, next_row(j + 1), width, &probe)) {
      push(section_row(j));
      i = j + 1;
      continue;
    }
    TabRow row;
    if (!ReadTabRow(lines, j, width, &row)) break;
    i = row.end;
    push(std::move(row));
  }
  if (count < 2) return start;
  // Two fields, the first a list's number or bullet in every row and no header: Word's
  // "save as text" of a numbered list ("1.\tПродолжить изучение …"), not a table.
  auto marker = [](const std::vector<CellParagraph>& field) {
    return field.size() == 1 && text::IsListMarker(field[0].first);
  };
  if (width == 2 && marker(pending.fields[0]) &&
      std::all_of(table.table.rows.begin(), table.table.rows.end(), [&](const TableRow& row) {
        return !row.cells.empty() && row.cells[0].blocks.size() == 1 &&
               text::IsListMarker(row.cells[0].blocks[0].paragraph.text);
      })) {
    return start;
  }
  const size_t end = pending.end;
  emit(&pending);
  FinishTable(&table, static_cast<int>(start) + 1, static_cast<int>(end));
  out->push_back(std::move(table));
  return end;
}

// Apache Tika's layout: each cell starts on a line led by a tab, later paragraphs of the
// same cell follow without one, and a blank line ends the row. When no table starts at
// `start`, *looked_to is where the attempt stopped reading: a start before it would read
// part of the same rows and fail as well, so LayoutLines does not try (else a long text
// of tab-led lines without blank lines cost quadratic time).
size_t TryTabIndentedCells(const std::vector<std::string>& lines, size_t start,
                           std::vector<Block>* out, size_t* looked_to) {
  *looked_to = start + 1;
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
  if (table.table.rows.size() < 2 || widest < 2) {
    *looked_to = last_line + 1;
    return start;
  }
  FinishTable(&table, static_cast<int>(start) + 1, static_cast<int>(last_line) + 1);
  out->push_back(std::move(table));
  return last_line + 1;
}

// Spans were counted in entries of `lines`; a form feed's entry is no line of the input,
// so each span is moved back by the form feeds before it.
void RenumberSpan(const std::vector<int>& line_of, SourceSpan* span) {
  auto fix = [&](int* line) {
    if (*line >= 1 && *line <= static_cast<int>(line_of.size())) *line = line_of[*line - 1];
  };
  fix(&span->first_line);
  fix(&span->last_line);
}

void RenumberBlocks(const std::vector<int>& line_of, std::vector<Block>* blocks) {
  for (Block& b : *blocks) {
    RenumberSpan(line_of, &b.span);
    for (TableRow& row : b.table.rows) {
      RenumberSpan(line_of, &row.span);
      for (TableCell& cell : row.cells) {
        RenumberSpan(line_of, &cell.span);
        RenumberBlocks(line_of, &cell.blocks);
      }
    }
  }
}

}  // namespace

std::vector<Block> LayoutLines(const std::vector<std::string>& lines,
                               std::vector<Diagnostic>* diagnostics) {
  const size_t diagnostics_before = diagnostics != nullptr ? diagnostics->size() : 0;
  std::vector<Block> blocks;
  const AlignedText aligned(lines);
  size_t aligned_tried_to = 0;  // starts before these find no table (see the readers)
  size_t tika_tried_to = 0;
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
    size_t next = TryRuledTable(aligned, i, &blocks);
    if (next == i) next = TryTabSeparated(lines, i, &blocks);
    if (next == i && i >= tika_tried_to) next = TryTabIndentedCells(lines, i, &blocks, &tika_tried_to);
    if (next == i && i >= aligned_tried_to) {
      next = TryAlignedColumns(aligned, i, &blocks, diagnostics, &aligned_tried_to);
    }
    if (next == i) {
      blocks.push_back(MakeParagraph(lines[i], static_cast<int>(i) + 1));
      next = i + 1;
    }
    i = next;
  }
  for (size_t b = 0; b < blocks.size(); ++b) blocks[b].span.block = static_cast<int>(b);
  std::vector<int> line_of(lines.size());
  int form_feeds = 0;
  for (size_t k = 0; k < lines.size(); ++k) {
    line_of[k] = static_cast<int>(k) + 1 - form_feeds;
    if (lines[k] == "\f") ++form_feeds;
  }
  if (form_feeds > 0) {
    RenumberBlocks(line_of, &blocks);
    for (size_t d = diagnostics_before; diagnostics != nullptr && d < diagnostics->size(); ++d) {
      RenumberSpan(line_of, &(*diagnostics)[d].span);
    }
  }
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
  int cut_lines = 0, first_cut = 0, form_feeds = 0;  // a form feed's entry is no input line
  auto end_line = [&]() {
    if (line.size() >= options.max_paragraph_bytes) {
      // Cut at a character boundary, not inside a UTF-8 sequence.
      while (!line.empty() && (static_cast<unsigned char>(line.back()) & 0xC0) == 0x80) line.pop_back();
      if (!line.empty() && static_cast<unsigned char>(line.back()) >= 0xC0) line.pop_back();
      if (cut_lines++ == 0) first_cut = static_cast<int>(lines.size()) + 1 - form_feeds;
    }
  };
  for (size_t k = 0; k < text.size(); ++k) {
    // The run of ordinary characters from k, appended at once.
    size_t run = k;
    while (run < text.size() && text[run] != '\r' && text[run] != '\n' && text[run] != '\f' && text[run] != '\0') ++run;
    if (run > k) {
      if (line.size() < options.max_paragraph_bytes) {
        line.append(text.substr(k, std::min(run - k, options.max_paragraph_bytes - line.size())));
      }
      k = run - 1;
      continue;
    }
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
      ++form_feeds;
    }  // a NUL is dropped
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
  doc.body = LayoutLines(lines, &doc.diagnostics);
  return doc;
}

}  // namespace planparse
