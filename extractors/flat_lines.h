// Internal to extractors/: plain-text lines as the table rebuilders (flat_tables.cc,
// column_wise_tables.cc) see them — blank-line gaps, page breaks, blocks of lines — and
// what a line looks like: a row's number, a column's title, a value, a heading.
#ifndef PLANPARSE_EXTRACTORS_FLAT_LINES_H_
#define PLANPARSE_EXTRACTORS_FLAT_LINES_H_

#include <re2/re2.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/rules.h"
#include "model/document.h"
#include "normalizer/letter_pattern.h"

namespace planparse::flat {

// A non-blank line of the body.
struct TextLine {
  std::string text;     // as written (inner runs of spaces kept: they mark empty cells)
  int line = 0;         // 1-based line in the input
  int gap_before = 0;   // blank lines before it
  size_t block = 0;     // index in doc.body
  bool page_before = false;  // a page break (form feed) stands between it and the line before
  bool table_before = false;  // a table already built (tab-separated rows) stands there
};

// The body's lines from block `from` on, with the blank lines before each; tables already
// built are left alone.
std::vector<TextLine> LinesOf(const Document& doc, size_t from);

std::string Trim(const std::string& s);
bool FirstLetterUpper(const std::string& text);

// ---- Blocks: runs of lines between blank lines or page breaks ---------------------------

// Header blocks have a few lines: the search stops after kMaxHeaderBlock lines each way, so
// that text with no blank lines costs no more than text with them.
constexpr size_t kMaxHeaderBlock = 6;
// A run of lines that the blank lines around it make one block (plain pdftotext writes
// each column's title as one): [from, to) of `lines`.
struct LineBlock {
  size_t from = 0, to = 0;
  bool whole = true;  // false when longer than kMaxHeaderBlock
};
bool StartsBlock(const TextLine& line);
LineBlock BlockAt(const std::vector<TextLine>& lines, size_t k);
// A block's lines trimmed and joined by `separator`: " " reads them as words, "" glues
// words that narrow columns broke without a hyphen ("Исполнит" / "ель").
std::string BlockText(const std::vector<TextLine>& lines, LineBlock b, std::string_view separator);
// The column a block's text names, read spaced and, when that names none, glued.
ColumnRole BlockRole(const std::vector<TextLine>& lines, LineBlock b);
// Whether a block is a piece of a column header: "№" / "п/п", or a few short lines that
// name a column, spaced ("Ожидаем" / "ый" / "результат") or glued ("Прим" / "ечани" / "е").
bool IsHeaderBlock(const std::vector<TextLine>& lines, LineBlock b);
// The number column's title on a line of its own: "№", "№ п/п".
bool IsNumberColumnTitle(const std::string& trimmed_line);

// ---- What a line is ---------------------------------------------------------------------

// The column a header word opens ("Сроки" → timing), or kOther.
ColumnRole HeadWord(const std::string& w);
// The column the first word of `line` opens ("Сроки проведения" → timing), or kOther.
ColumnRole LineHeadWord(const std::string& line);
// A timing expression ("в течение года", "октябрь 2024 г.", "июльавгуст" glued) anywhere
// in a line; a month's adjective ("Августовское заседание") is none.
const LetterPattern& TimingSpan();  // .For(the text it searches)
// What is left around a timing ("2024 г.", "–").
bool IsTimingFragment(const std::string& text);
// Share of the comma-separated items that are people ("Иванова И.И.").
double PersonShare(const std::string& text);
// Share of the letters inside timing expressions.
double TimingCoverage(const std::string& text);
bool EndsWordHyphen(const std::string& s);
// How a line begins: a capitalised word starts cells; a lower-case word, an opening
// quote, an abbreviation ("ДОП требованиям") or a year fragment usually continues one.
enum class Start { kCapital, kLower, kOther };
Start StartOf(const std::string& text);
// A line ending in a preposition or conjunction ("…детей в") cannot end a cell.
bool EndsOpen(const std::string& text);
// A line that is a whole value of a later column: a timing ("август", "I полугодие,"),
// people ("Фельдман А.З.") or bodies in capitals ("МОЦ, ОУ").
bool IsValueLine(const std::string& text);
// A signature line ("Руководитель МО: ______", "Подпись: ____"): a table ends before it.
bool IsSignatureLine(const std::string& text);
// Whether a line ends with ".", ";", "," or ":" (as headings and column titles do not).
bool EndsWithPunctuation(const std::string& text);
// Whether `text` ends with ":" or ";", so that a list's item may follow ("Изучение
// нормативных документов:" / "- ФГОС НОО и ООО;").
bool OpensList(const std::string& text);
// An unnumbered heading line inside a table ("Методическая работа", "СЕНТЯБРЬ").
bool ReadsAsHeading(const std::string& line);
// A period heading that groups the rows after it ("II полугодие", "Сентябрь"): a short
// capitalised line, mostly a timing, that no punctuation ends.
bool ReadsAsPeriod(const std::string& line);
// A numbered row's first line: its number, the dot after it ("" or "."), and the text
// ("" when the number stands alone).
bool ParseRowStart(const std::string& line, std::string* number, std::string* dot, std::string* text);
// A part heading numbered in Roman ("I. ОРГАНИЗАЦИОННАЯ РАБОТА"): the number and the rest.
const RE2& PartStart();
// The numbers that may start the next row after `last` ("" at the start of a part).
bool Expected(const std::string& last, const std::string& number);
// A number alone on its line ("3.", "1.2", "8").
bool IsNumberAlone(const std::string& line);
// How many lines from `at` count "1", "2", "3", … (a row numbering a table's columns).
size_t CountingRunAt(const std::vector<TextLine>& lines, size_t at);

// Puts a rebuilt table in the body in place of lines [from, to) (the lines taken from the
// body at `doc`'s current state), numbering its rows; returns the table's block.
size_t PlaceTable(Document* doc, const std::vector<TextLine>& lines, size_t from, size_t to, Block table);

// A cell of a rebuilt table: one paragraph per string, all placed at the given lines.
TableCell MakeCell(int column, int span, const std::vector<std::string>& paragraphs, int first_line,
                   int last_line);

}  // namespace planparse::flat

#endif  // PLANPARSE_EXTRACTORS_FLAT_LINES_H_
