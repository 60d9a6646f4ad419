#include "extractors/column_wise_tables.h"

#include <algorithm>
#include <cstdint>
#include <string>

#include "extractors/internal.h"
#include "extractors/rules.h"
#include "normalizer/keys.h"

namespace planparse::flat {

namespace {
// The table from `where` was written column by column: what the reader can do about it.
Diagnostic TableByColumns(const SourceSpan& where) {
  return {"text.table_by_columns", Severity::kWarning,
          "Таблица в тексте записана по столбцам, а не по строкам (так пишет pdftotext без "
          "-layout): мероприятия из неё восстанавливаются лишь частично или не "
          "восстанавливаются. Извлеките текст заново командой «pdftotext -layout» или "
          "возьмите исходный DOCX",
          where};
}

// Whether a line is a timing or what is left of one ("Декабрь –", "январь", "2025 г.").
bool IsTimingLine(const std::string& text) { return TimingCoverage(text) >= 0.5 || IsTimingFragment(text); }

// The title column's lines (indices into `lines`, in order) split into titles: one begins
// where a line starts in capitals after a line that may end one, no quote left open, or,
// with `markers_start`, at a list marker ("1.", "•").
std::vector<std::vector<size_t>> SplitTitles(const std::vector<TextLine>& lines,
                                             const std::vector<size_t>& title_lines, bool markers_start) {
  std::vector<std::vector<size_t>> titles;
  int open_quotes = 0;
  for (size_t m : title_lines) {
    const std::string text = Trim(lines[m].text);
    const std::string* prev = titles.empty() ? nullptr : &lines[titles.back().back()].text;
    const bool starts = titles.empty() ||
                        (markers_start && RE2::PartialMatch(text, Rule("list_marker", text))) ||
                        (StartOf(text) == Start::kCapital && open_quotes <= 0 && !EndsOpen(*prev) &&
                         !EndsWordHyphen(Trim(*prev)));
    if (starts) {
      titles.push_back({});
      open_quotes = 0;
    }
    titles.back().push_back(m);
    for (size_t at = text.find("«"); at != std::string::npos; at = text.find("«", at + 1)) ++open_quotes;
    for (size_t at = text.find("»"); at != std::string::npos; at = text.find("»", at + 1)) --open_quotes;
  }
  return titles;
}

// The column a short line (at most `max_spaces` spaces) names on its own, its first word
// and its wording agreeing ("Сроки", "Исполнитель", "Результат"), or kOther.
ColumnRole ColumnTitleAlone(const std::string& trimmed_line, long max_spaces = 1) {
  if (std::count(trimmed_line.begin(), trimmed_line.end(), ' ') > max_spaces) return ColumnRole::kOther;
  const ColumnRole role = LineHeadWord(trimmed_line);
  return RoleOfHeader(trimmed_line) == role ? role : ColumnRole::kOther;
}

// The title column's title on a line of its own: "Наименование мероприятия", "Мероприятия".
bool IsTitleColumnTitle(const std::string& trimmed_line) {
  return HeadWord(MatchKey(trimmed_line)) == ColumnRole::kTitle ||
         ColumnTitleAlone(trimmed_line, 2) == ColumnRole::kTitle;
}

// The pages of a table with no number column that plain pdftotext wrote column by column:
// the title column's header on lines of its own ("Наименование мероприятия") with the first
// title right under it in one block, and further on, before the next such header, another
// column's title beginning a block, alone or over that column's values ("Сроки" /
// "Январь 2026г.").
// Returns the header's first line on each page, or nothing.
std::vector<size_t> TitleHeadersAboveTheirTitles(const std::vector<TextLine>& lines) {
  auto is_title_header = [&](size_t k) { return IsTitleColumnTitle(Trim(lines[k].text)); };
  std::vector<size_t> pages;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (!StartsBlock(lines[k]) || !is_title_header(k)) continue;
    size_t m = k + 1;
    while (m < lines.size() && !StartsBlock(lines[m]) && is_title_header(m)) ++m;  // "мероприятия"
    if (m == lines.size() || StartsBlock(lines[m]) || RoleOfHeader(Trim(lines[m].text)) != ColumnRole::kOther) {
      continue;  // the header's other columns follow: the table is written row by row
    }
    // Only a page after the first may begin with the rest of a title ("учебный год").
    if (pages.empty() && StartOf(Trim(lines[m].text)) != Start::kCapital) continue;
    bool other_column_apart = false;
    for (size_t j = m + 1; j < lines.size() && j < m + 80 && !other_column_apart; ++j) {
      if (!StartsBlock(lines[j])) continue;
      if (is_title_header(j)) break;
      const ColumnRole role = ColumnTitleAlone(Trim(lines[j].text));
      other_column_apart = role == ColumnRole::kTiming || role == ColumnRole::kResponsible;
    }
    if (other_column_apart) pages.push_back(k);
    k = m;
  }
  return pages;
}
}  // namespace

// Whether, after a header that names only "№" and the title, other columns' titles follow
// as blocks of their own ("Срок", "Ответственн" / "ый") before the second row begins:
// plain pdftotext wrote the table column by column.
bool OtherColumnsFollowApart(const std::vector<TextLine>& lines, size_t from) {
  int rows = 0;
  for (size_t k = from; k < lines.size() && k < from + 60; ++k) {
    std::string n, d, t;
    if (ParseRowStart(lines[k].text, &n, &d, &t) && ++rows > 1) return false;
    if (!StartsBlock(lines[k])) continue;
    LineBlock block = BlockAt(lines, k);
    if (!IsHeaderBlock(lines, block)) continue;
    for (const std::string& text : {BlockText(lines, block, " "), BlockText(lines, block, "")}) {
      const ColumnRole role = RoleOfHeader(text);
      if (role != ColumnRole::kOther && role != ColumnRole::kNumber && role != ColumnRole::kTitle) return true;
    }
  }
  return false;
}

// Rows of a table written column by column, from `from` on: a row is its number and the
// title lines that follow it in one block; the blocks of the other columns cannot be
// matched to rows and are left out, and each row says so. A capitalised heading that
// ends a title's block, or stands right under the header, is a section row. Returns the
// line after the table: a signature, a part heading or the end.
size_t TitleOnlyRows(const std::vector<TextLine>& lines, size_t from, Table* table,
                     std::vector<Diagnostic>* notes) {
  auto section_row = [&](size_t k) {
    TableRow row;
    row.span.first_line = row.span.last_line = lines[k].line;
    row.cells.push_back(MakeCell(0, 2, {Trim(lines[k].text)}, lines[k].line, lines[k].line));
    table->rows.push_back(std::move(row));
  };
  std::string last_number;
  size_t i = from, end = from;
  if (i < lines.size() && !StartsBlock(lines[i]) && ReadsAsHeading(Trim(lines[i].text))) {
    std::string n, d, t;
    if (!ParseRowStart(lines[i].text, &n, &d, &t)) section_row(i++);
  }
  while (i < lines.size()) {
    const std::string line = Trim(lines[i].text);
    if (line.find("_____") != std::string::npos || RE2::FullMatch(line, PartStart())) break;
    std::string number, dot, text;
    if (!ParseRowStart(line, &number, &dot, &text) || !Expected(last_number, number)) {
      ++i;  // another column's block, or the header repeated after a page break
      continue;
    }
    std::vector<std::string> title;
    if (!text.empty()) title.push_back(text);
    size_t k = i + 1;
    bool heading = false;
    for (; k < lines.size() && !StartsBlock(lines[k]); ++k) {
      const std::string next = Trim(lines[k].text);
      std::string n, d, t;
      if (ParseRowStart(next, &n, &d, &t) || next.find("_____") != std::string::npos) break;
      const std::string& prev = title.empty() ? text : title.back();
      if (!title.empty() && StartOf(next) == Start::kCapital && ReadsAsHeading(next) && !EndsOpen(prev) &&
          !EndsWordHyphen(prev)) {
        heading = true;
        break;
      }
      title.push_back(next);
    }
    if (!title.empty()) {
      TableRow row;
      row.span.first_line = lines[i].line;
      row.span.last_line = lines[k - 1].line;
      row.confidence = 0.5;
      row.cells.push_back(MakeCell(0, 1, {number + dot}, lines[i].line, lines[i].line));
      row.cells.push_back(MakeCell(1, 1, title, row.span.first_line, row.span.last_line));
      row.cells[0].span.table_cell = 0;
      row.cells[1].span.table_cell = 1;
      notes->push_back(
          {"table.row_title_only", Severity::kWarning,
           "Строка " + number + ": таблица в тексте записана по столбцам, поэтому взято только "
           "название мероприятия; сроки, ответственные и другие столбцы не восстановлены — "
           "сверьте с исходным документом",
           row.span});
      table->rows.push_back(std::move(row));
      last_number = number;
    }
    if (heading) section_row(k++);
    end = i = k;
  }
  return end;
}

// Plain pdftotext often writes a table column by column: the row numbers one under the
// other ("№", "1.", "2.", "3."), or a column's title ("Срок") after a row has begun. Rows
// cannot be rebuilt from such text; the reader is told so, and how to get better text.
void FlagColumnWiseTable(Document* doc) {
  const std::vector<TextLine> lines = LinesOf(*doc, 0);
  int anchor_line = 0;           // the last "№" line or row start
  bool anchor_is_row = false;
  bool previous_is_number = false;  // the last non-blank line was a number alone
  bool seen_number_header = false;  // a "№" line met: a table, not a numbered list
  // Whether the column title at line k begins the header plain pdftotext repeats after a
  // page break: blocks of column titles that run on to a "№". (A column title counts only
  // as a block of its own: "форма проведения" inside a cell's text is no column.)
  // A run found to be one is remembered, so that its later lines do not walk it again.
  size_t repeated_until = 0;
  auto repeated_header = [&](size_t k) {
    if (k < repeated_until) return true;
    for (LineBlock block = BlockAt(lines, k); IsHeaderBlock(lines, block); block = BlockAt(lines, block.to)) {
      const std::string first = Trim(lines[block.from].text);
      if (IsNumberColumnTitle(first)) {
        repeated_until = block.to;
        return true;
      }
      if (block.to == lines.size()) break;
    }
    return false;
  };
  // Whether the values of other columns follow the column titles at line k: a timing, a
  // person, a number. Titles followed by nothing of the kind (another table's empty header,
  // a signature, the end) are no sign of a table written column by column.
  auto values_follow = [&](size_t k) {
    constexpr size_t kLook = 60;  // lines: the rest of a page
    for (size_t m = k + 1; m < lines.size() && m <= k + kLook; ++m) {
      const std::string text = Trim(lines[m].text);
      std::string n, d, t;
      if (IsSignatureLine(text)) return false;
      if (IsValueLine(text) || IsNumberAlone(text) || ParseRowStart(text, &n, &d, &t)) return true;
    }
    return false;
  };
  int titles_after_number = 0;  // column titles since the "№" line, before any row
  for (size_t k = 0; k < lines.size(); ++k) {
    const std::string line = Trim(lines[k].text);
    const std::string key = MatchKey(line);
    // "1", "2", … under a header of several titles number its columns: a row of the header.
    if (seen_number_header && !anchor_is_row && titles_after_number >= 2 && line == "1") {
      const size_t run = CountingRunAt(lines, k);
      if (run >= 3) {
        k += run - 1;
        titles_after_number = 0;
        continue;
      }
    }
    const bool number_alone = IsNumberAlone(line);
    std::string n, d, t;
    int signal_from = 0;
    if (number_alone && previous_is_number && anchor_line > 0) signal_from = anchor_line;
    const bool short_line = std::count(key.begin(), key.end(), ' ') <= 1;
    const ColumnRole head = short_line ? HeadWord(key.substr(0, key.find(' '))) : ColumnRole::kOther;
    if (anchor_is_row && seen_number_header && head != ColumnRole::kOther && head != ColumnRole::kNumber &&
        head != ColumnRole::kTitle && IsHeaderBlock(lines, BlockAt(lines, k)) && !repeated_header(k) &&
        values_follow(k)) {
      signal_from = anchor_line;
    }
    if (signal_from > 0) {
      SourceSpan where;
      where.first_line = signal_from;
      where.last_line = lines[k].line;
      doc->diagnostics.push_back(TableByColumns(where));
      return;
    }
    if (IsNumberColumnTitle(line)) {
      seen_number_header = true;
      anchor_line = lines[k].line;
      anchor_is_row = false;
      titles_after_number = 0;
    } else if (seen_number_header && !anchor_is_row && head != ColumnRole::kOther) {
      ++titles_after_number;
    } else if (number_alone || ParseRowStart(line, &n, &d, &t)) {
      if (!(number_alone && previous_is_number)) {
        anchor_line = anchor_line > 0 && !anchor_is_row && number_alone ? anchor_line : lines[k].line;
      }
      anchor_is_row = true;
    }
    previous_is_number = number_alone;
  }
}

// Plain pdftotext may write a table column by column with the numbers apart from the
// titles: on each page "№" and the numbers one under the other, then the title column's
// header ("Наименование" / "мероприятия") and the titles, the other columns' titles and
// values mixed in as blocks of their own, up to the result column's title. The titles are
// read from each page's blocks between the two headers that are neither column titles nor
// values (timings, bodies such as "МОЦ, ОУ"), and split where a line begins in capitals;
// they become a table of titles, each row flagged table.row_title_only. The numbers cannot
// be matched to the titles and are left out. Returns the table's block, or -1.
long RebuildTitleColumnRuns(Document* doc) {
  const std::vector<TextLine> lines = LinesOf(*doc, 0);
  // Pages of the table: each begins at a "№" followed by two numbers alone, or, in a table
  // with no number column, at the title column's own header.
  std::vector<size_t> pages;
  for (size_t k = 0; k + 2 < lines.size(); ++k) {
    const std::string line = Trim(lines[k].text);
    // ("№" / "п/п" on two lines, then the numbers)
    const size_t n = k + 1 < lines.size() && line == "№" && Trim(lines[k + 1].text) == "п/п" ? k + 2 : k + 1;
    if ((line == "№" || line == "№ п/п") && n + 1 < lines.size() && IsNumberAlone(lines[n].text) &&
        IsNumberAlone(lines[n + 1].text)) {
      pages.push_back(k);
    }
  }
  const bool numbered = !pages.empty();
  if (!numbered) pages = TitleHeadersAboveTheirTitles(lines);
  if (pages.empty()) return -1;
  std::vector<LineBlock> title_blocks;      // in order
  std::vector<bool> under_header;           // whether the block is the title header's own
  size_t first = lines.size();              // the first title header
  for (size_t p = 0; p < pages.size(); ++p) {
    const size_t page_end = p + 1 < pages.size() ? pages[p + 1] : lines.size();
    size_t k = pages[p];
    while (k < page_end && !IsTitleColumnTitle(Trim(lines[k].text))) ++k;
    if (k == page_end) continue;
    first = std::min(first, k);
    ++k;
    while (k < page_end && (HeadWord(MatchKey(Trim(lines[k].text))) == ColumnRole::kTitle ||
                            MatchKey(Trim(lines[k].text)) == "деятельности")) {
      ++k;  // "мероприятия", the header's second line
    }
    while (k < page_end) {
      // The block from k (the title text goes on in the header's own block) to a blank line.
      LineBlock block{k, k + 1};
      while (block.to < page_end && !StartsBlock(lines[block.to])) ++block.to;
      const std::string joined = BlockText(lines, block, " ");
      const std::string glued = BlockText(lines, block, "");  // "Ежеквартал" / "ьно"
      const std::string first_line = Trim(lines[block.from].text);
      if (IsSignatureLine(first_line) || first_line.find("_____") != std::string::npos) break;
      const ColumnRole role = BlockRole(lines, block);
      const ColumnRole titled = ColumnTitleAlone(first_line);
      // Another column's title ("Сроки", "Исполнит" / "ель"), alone or over its values; a
      // short title ("Мониторинг" / "деятельности МОЦ") may read as the title column's own,
      // which is met only once.
      if (IsHeaderBlock(lines, block) && role != ColumnRole::kTitle) {
        if (role == ColumnRole::kResult) break;
      } else if (titled != ColumnRole::kOther && titled != ColumnRole::kTitle) {
        if (titled == ColumnRole::kResult) break;
      } else if (!IsValueLine(joined) && !IsValueLine(glued) && TimingCoverage(joined) < 0.5 &&
                 TimingCoverage(glued) < 0.5 && !MostlyUpper(first_line.substr(0, first_line.find(' ')), 2)) {
        title_blocks.push_back(block);
        under_header.push_back(!StartsBlock(lines[block.from]));
      }
      k = block.to;
    }
  }
  // Plain pdftotext breaks a cell's text where the next word would not fit in its column:
  // the breaks inside the titles under the header show how long the title column's lines
  // run. A block with a break well short of that (a line and the next word fitting in
  // fewer characters) was wrapped in a narrower column: a result's ("Увеличение охвата" /
  // "детей"), not a title.
  // The shortest break of a block: the characters of a line, a space and the next line's
  // first word, over the lines a lower-case line continues (SIZE_MAX when there are none).
  auto shortest_break_of = [&](LineBlock block) {
    size_t shortest = SIZE_MAX;
    for (size_t m = block.from; m + 1 < block.to; ++m) {
      const std::string next = Trim(lines[m + 1].text);
      if (StartOf(next) != Start::kLower) continue;  // a title may begin there
      shortest = std::min(shortest, Characters(Trim(lines[m].text)) + 1 + Characters(next.substr(0, next.find(' '))));
    }
    return shortest;
  };
  size_t title_break = SIZE_MAX;
  for (size_t b = 0; b < title_blocks.size(); ++b) {
    if (under_header[b]) title_break = std::min(title_break, shortest_break_of(title_blocks[b]));
  }
  constexpr size_t kBreakSlack = 2;  // characters: letters differ in width
  std::vector<size_t> title_lines;  // indices into `lines`, in order
  size_t last = 0;                  // the line after the last title
  for (size_t b = 0; b < title_blocks.size(); ++b) {
    const size_t own = shortest_break_of(title_blocks[b]);
    const bool narrower = !under_header[b] && title_break != SIZE_MAX && own != SIZE_MAX && own + kBreakSlack < title_break;
    if (narrower) continue;
    for (size_t m = title_blocks[b].from; m < title_blocks[b].to; ++m) title_lines.push_back(m);
    last = title_blocks[b].to;
  }
  if (title_lines.empty()) return -1;
  const std::vector<std::vector<size_t>> titles = SplitTitles(lines, title_lines, false);
  if (titles.size() < 2) return -1;
  Block table_block;
  table_block.kind = BlockKind::kTable;
  Table& table = table_block.table;
  table.grid_columns = 2;
  TableRow header;
  header.is_header = true;
  header.span.first_line = header.span.last_line = lines[pages[0]].line;
  header.cells.push_back(MakeCell(0, 1, {"№"}, header.span.first_line, header.span.last_line));
  header.cells.push_back(MakeCell(1, 1, {"Наименование мероприятия"}, header.span.first_line, header.span.last_line));
  table.rows.push_back(std::move(header));
  for (const std::vector<size_t>& title : titles) {
    TableRow row;
    row.span.first_line = lines[title.front()].line;
    row.span.last_line = lines[title.back()].line;
    row.confidence = 0.4;
    std::vector<std::string> parts;
    for (size_t m : title) parts.push_back(Trim(lines[m].text));
    row.cells.push_back(MakeCell(0, 1, {""}, row.span.first_line, row.span.first_line));
    row.cells.push_back(MakeCell(1, 1, parts, row.span.first_line, row.span.last_line));
    doc->diagnostics.push_back(
        {"table.row_title_only", Severity::kWarning,
         "Строка без номера: таблица в тексте записана по столбцам, поэтому взято только название "
         "мероприятия; номер, сроки, ответственные и другие столбцы не восстановлены — сверьте с "
         "исходным документом",
         row.span});
    table.rows.push_back(std::move(row));
  }
  for (TableRow& row : table.rows) {
    for (size_t c = 0; c < row.cells.size(); ++c) row.cells[c].span.table_cell = static_cast<int>(c);
  }
  // The table takes the place of the text from the first title header to the last title;
  // the first page's numbers go too, while what stands between them and the header (the
  // plan's title, often) stays.
  SourceSpan where;
  where.first_line = lines[first].line;
  where.last_line = lines[last - 1].line;
  const size_t table_at = PlaceTable(doc, lines, first, last, std::move(table_block));
  if (!numbered) {
    doc->diagnostics.push_back(TableByColumns(where));  // (FlagColumnWiseTable looks for numbers)
    return static_cast<long>(table_at);
  }
  size_t numbers_end = pages[0] + 1;
  if (numbers_end < first && Trim(lines[numbers_end].text) == "п/п") ++numbers_end;
  while (numbers_end < first && IsNumberAlone(lines[numbers_end].text)) ++numbers_end;
  const size_t numbers_from_block = lines[pages[0]].block, numbers_to_block = lines[numbers_end - 1].block + 1;
  doc->body.erase(doc->body.begin() + static_cast<long>(numbers_from_block),
                  doc->body.begin() + static_cast<long>(numbers_to_block));
  for (size_t b = 0; b < doc->body.size(); ++b) doc->body[b].span.block = static_cast<int>(b);
  return static_cast<long>(table_at - (numbers_to_block - numbers_from_block));
}

bool TimingsFollowApart(const std::vector<TextLine>& lines, size_t from) {
  int timings = 0;  // begun in capitals: "Декабрь –" / "январь" is one
  for (size_t k = from; k < lines.size(); ++k) {
    const std::string line = Trim(lines[k].text);
    if (!IsTimingLine(line)) break;
    if (StartOf(line) == Start::kCapital && ++timings >= 3) return true;
  }
  return false;
}

// Plain pdftotext may write a month-led table column by column: the months one under the
// other, then the titles, then the people, page by page. Nothing ties a title to its month
// any more, so only the titles are read: the blocks (runs of lines between blank lines)
// after a run of timings, up to a block of people; a block of timings begins the next page's
// titles. A block of the header's words (repeated, or its last column's title written after
// the values) is passed over; the table ends at a signature, a part heading, another
// table's "№", or other text after the people.
size_t TitleBlocksAfterTimings(const std::vector<TextLine>& lines, size_t from, int width, int title_column,
                               Table* table, std::vector<Diagnostic>* notes) {
  auto is_people = [](const std::string& text) {
    const std::string key = MatchKey(text);
    return PersonShare(text) > 0 || IsValueLine(text) || RE2::FullMatch(key, Rule("position_line", key));
  };
  auto is_marker_alone = [](const std::string& text) {  // " ": a bullet written apart from its item
    return RE2::FullMatch(text, Rule("list_marker", text));
  };
  std::vector<size_t> title_lines;
  bool in_titles = false;  // after a run of timings, before the people
  size_t k = from;
  size_t after_table = 0;  // where text other than the table's began after the people, if it did
  while (k < lines.size()) {
    const std::string first = Trim(lines[k].text);
    if (IsSignatureLine(first) || first.find("_____") != std::string::npos || RE2::FullMatch(first, PartStart()) ||
        IsNumberColumnTitle(first)) {
      break;
    }
    LineBlock block{k, k + 1};
    while (block.to < lines.size() && !StartsBlock(lines[block.to])) ++block.to;
    size_t timings = 0, people = 0, numbers = 0, markers = 0;
    for (size_t m = block.from; m < block.to; ++m) {
      const std::string text = Trim(lines[m].text);
      if (IsTimingLine(text)) {
        ++timings;
      } else if (IsNumberAlone(text)) {
        ++numbers;
      } else if (is_marker_alone(text)) {
        ++markers;
      } else if (is_people(text)) {
        ++people;
      }
    }
    const size_t size = block.to - block.from - markers;
    if (size == 0 || 2 * numbers >= size) {
      // bullets or a number column's block: they cannot be matched to the titles
    } else if (2 * timings >= size) {
      in_titles = true;  // the next page's timings: its titles follow
      after_table = 0;
    } else if (2 * people >= size) {
      in_titles = false;
    } else if (!IsHeaderBlock(lines, BlockAt(lines, block.from))) {
      if (in_titles) {
        for (size_t m = block.from; m < block.to; ++m) {
          if (!is_marker_alone(Trim(lines[m].text))) title_lines.push_back(m);
        }
      } else if (after_table == 0) {
        after_table = k;  // text after the table, unless timings follow
      }
    }
    k = block.to;
  }
  const size_t end = after_table > 0 ? after_table : k;
  // A list marker is the cell's own list ("1." restarted in each cell), no number of the row's.
  const std::vector<std::vector<size_t>> titles = SplitTitles(lines, title_lines, true);
  if (titles.empty()) return from;
  for (const std::vector<size_t>& title : titles) {
    TableRow row;
    row.span.first_line = lines[title.front()].line;
    row.span.last_line = lines[title.back()].line;
    row.confidence = 0.4;
    std::vector<std::string> parts;
    for (size_t m : title) parts.push_back(Trim(lines[m].text));
    parts[0] = StripListMarker(parts[0]);
    for (int c = 0; c < width; ++c) {
      row.cells.push_back(MakeCell(c, 1, c == title_column ? parts : std::vector<std::string>{""},
                                   row.span.first_line, row.span.last_line));
      row.cells.back().span.table_cell = c;
    }
    notes->push_back({"table.row_title_only", Severity::kWarning,
                      "Таблица в тексте записана по столбцам, поэтому взято только название "
                      "мероприятия; сроки, ответственные и другие столбцы не восстановлены — "
                      "сверьте с исходным документом",
                      row.span});
    table->rows.push_back(std::move(row));
  }
  SourceSpan where;
  where.first_line = lines[from].line;
  where.last_line = lines[end - 1].line;
  notes->push_back(TableByColumns(where));
  return end;
}

}  // namespace planparse::flat
