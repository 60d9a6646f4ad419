#include "extractors/flat_lines.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>

#include "extractors/internal.h"
#include "normalizer/keys.h"
#include "normalizer/letter_pattern.h"
#include "normalizer/text.h"

namespace planparse::flat {
namespace {

const LetterPattern& RowStart() {
  // "1.1. Мастерская", "4.2 Ведение", and "1.Организация" with the text glued on.
  static const LetterPattern re(R"re(^\s*(\d{1,2}(?:\.\d{1,2})*)(?:(\.?)\s+(\S.*)|(\.)(\pL.*))$)re");
  return re;
}

}  // namespace

bool FirstLetterUpper(const std::string& text) { return StartsWithCapital(text, true); }

std::string Trim(const std::string& s) {
  size_t a = s.find_first_not_of(" \t");
  if (a == std::string::npos) return "";
  size_t b = s.find_last_not_of(" \t");
  return s.substr(a, b - a + 1);
}

// Head words start a column; other words continue the current one.
ColumnRole HeadWord(const std::string& w) {
  static const std::map<std::string, ColumnRole> kHeads = {
      {"№", ColumnRole::kNumber}, {"n", ColumnRole::kNumber},
      {"наименование", ColumnRole::kTitle}, {"название", ColumnRole::kTitle},
      {"тема", ColumnRole::kTitle}, {"темы", ColumnRole::kTitle}, {"тематика", ColumnRole::kTitle},
      {"повестка", ColumnRole::kTitle}, {"вопросы", ColumnRole::kTitle},
      {"содержание", ColumnRole::kTitle}, {"мероприятие", ColumnRole::kTitle},
      {"мероприятия", ColumnRole::kTitle},
      {"форма", ColumnRole::kForm}, {"формы", ColumnRole::kForm},
      {"сроки", ColumnRole::kTiming}, {"срок", ColumnRole::kTiming}, {"дата", ColumnRole::kTiming},
      {"месяц", ColumnRole::kTiming}, {"период", ColumnRole::kTiming}, {"время", ColumnRole::kTiming},
      {"периодичность", ColumnRole::kTiming},
      {"целевая", ColumnRole::kAudience}, {"участники", ColumnRole::kAudience},
      {"аудитория", ColumnRole::kAudience}, {"участников", ColumnRole::kAudience},
      {"категория", ColumnRole::kAudience},
      {"результат", ColumnRole::kResult}, {"результаты", ColumnRole::kResult},
      {"ответственный", ColumnRole::kResponsible}, {"ответственные", ColumnRole::kResponsible},
      {"исполнитель", ColumnRole::kResponsible}, {"исполнители", ColumnRole::kResponsible},
      {"организатор", ColumnRole::kResponsible}, {"выступающий", ColumnRole::kResponsible},
      {"выступающие", ColumnRole::kResponsible}, {"докладчик", ColumnRole::kResponsible},
      {"место", ColumnRole::kPlace}, {"примечание", ColumnRole::kNote}, {"отметка", ColumnRole::kNote},
      {"направление", ColumnRole::kSection}, {"направления", ColumnRole::kSection},
  };
  auto it = kHeads.find(w);
  return it == kHeads.end() ? ColumnRole::kOther : it->second;
}

ColumnRole LineHeadWord(const std::string& line) {
  const std::string key = MatchKey(Trim(line));
  return HeadWord(key.substr(0, key.find(' ')));
}

// The timing expression alone, for TimingSpan(), which adds what may stand around it.
static const std::string& TimingBody() {
  static const std::string body =
      R"re((?:(?:(?:до|с|по)\s+)?(?:\d{1,2}\.\d{1,2}(?:\.\d{4})?\s*[-–—]\s*)?\d{1,2}\.\d{1,2}\.\d{4}(?:\s*г\.?)?|в\s+течени[еия]\s+(?:учебного\s+|календарного\s+)?года|постоянно|ежемесячно|ежеквартально|ежегодно|(?:\d+\s*)?раза?\s*(?:/|в)\s*(?:полугоди|год|месяц|четверт|квартал|недел)\pL*|(?:[IV]{1,3}\s+|\d\s*-?\s*(?:е|й|я)?\s+)?(?:полугоди|четверт|триместр)\pL*|\(?(?:по|согласно)\s+(?:запросу|мере\s+необходимости|согласованию|(?:отдельному\s+)?графику|плану)\)?|(?:до\s+|с\s+)?(?:\d{1,2}\s+)?(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\pL{0,2}\.?(?:\s*\d{4}\s*г?\.?)?(?:(?:\s*[-–—]\s*)?(?:\d{1,2}\s+)?(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\pL{0,2}\.?(?:\s*\d{4}\s*г?\.?)?)?))re";
  return body;
}

const LetterPattern& TimingSpan() {
  static const LetterPattern re(R"re((?i)(?:^|[\s(«"])()re" + TimingBody() + R"re()(?:[^\pL]|$))re");
  return re;
}

// "2024 г.", "2023 г. –": the rest of a timing broken over lines.
bool IsTimingFragment(const std::string& text) {
  static const RE2 kFragment(R"re(^\s*[-–—]?\s*(?:\d{4}\s*г?\.?|г\.?)?\s*[-–—,]?\s*$)re");
  return RE2::FullMatch(text, kFragment);
}

double PersonShare(const std::string& text) {
  int items = 0, people = 0;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find_first_of(",;", start);
    if (end == std::string::npos) end = text.size();
    std::string item = NormalizeText(text.substr(start, end - start));
    if (!item.empty()) {
      ++items;
      std::string fixed;
      if (RE2::FullMatch(item, Rule("person_name", item)) ||
          RE2::FullMatch(item, Rule("initials_without_dot", item), &fixed)) {
        ++people;
      }
    }
    start = end + 1;
  }
  return items == 0 ? 0 : static_cast<double>(people) / items;
}

double TimingCoverage(const std::string& text) {
  // TimingSpan() with no submatch: RE2 then finds each match with its DFA alone, where a
  // submatch would have it allocate a bitmap on every call (a table of 50,000 lines asks
  // this a million times). A match then holds the characters around the timing too: the
  // one before is none of the letters counted, the one after is dropped when it would be.
  static const LetterPattern kSpan(R"re((?i)(?:^|[\s(«"])(?:)re" + TimingBody() + R"re()(?:[^\pL]|$))re");
  static const RE2 kNotLetters(R"([\s.,;:()«»"\-–—0-9]+)");
  static const LetterPattern kCountedLast(R"([^\pL\s.,;:()«»"\-–—0-9]$)");
  bool any = false;
  std::string covered_letters;
  re2::StringPiece input(text);
  re2::StringPiece match;
  const RE2& span_pattern = kSpan.For(text);
  const RE2& counted_last = kCountedLast.For(text);
  while (span_pattern.Match(input, 0, input.size(), RE2::UNANCHORED, &match, 1)) {
    any = true;
    std::string span(match);
    RE2::Replace(&span, counted_last, "");
    covered_letters += span;
    input.remove_prefix(static_cast<size_t>(match.data() + match.size() - input.data()));
  }
  if (!any) return 0;
  std::string letters = text;
  RE2::GlobalReplace(&letters, kNotLetters, "");
  if (letters.empty()) return 1.0;
  RE2::GlobalReplace(&covered_letters, kNotLetters, "");
  return std::min(1.0, static_cast<double>(covered_letters.size()) / letters.size());
}

bool EndsWordHyphen(const std::string& s) {
  return s.size() >= 2 && s.back() == '-' && s[s.size() - 2] != ' ';
}

Start StartOf(const std::string& text) {
  if (text.empty()) return Start::kOther;
  if (text.rfind("«", 0) == 0 || text[0] == '"' || text[0] == '(') return Start::kOther;
  if (RE2::PartialMatch(text, WrittenRule("abbreviation_start", text)) || IsTimingFragment(text)) return Start::kOther;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    UChar32 c = u.char32At(i);
    if (u_isalpha(c)) return u_isupper(c) ? Start::kCapital : Start::kLower;
    if (u_isdigit(c)) return Start::kOther;
  }
  return Start::kOther;
}

// A line ending in a preposition or conjunction ("…детей в") cannot end a cell.
bool EndsOpen(const std::string& text) {
  static const RE2 kOpen(R"re((?:^|\s)(?:в|во|на|с|со|к|ко|по|и|для|о|об|от|до|из|за|при|через|у|а|но|или|как)\s*$)re");
  return RE2::PartialMatch(MatchKey(text), kOpen);
}

bool IsSignatureLine(const std::string& text) {
  return text.find("___") != std::string::npos && RE2::PartialMatch(MatchKey(text), Rule("signature_line"));
}

// A line that is a whole value of a later column: a timing ("август", "I полугодие,"),
// people ("Фельдман А.З.") or bodies in capitals ("МОЦ, ОУ").
bool IsValueLine(const std::string& text) {
  const std::string t = Trim(text);
  if (t.empty() || Characters(t) > 60 || t.find("  ") != std::string::npos) return false;
  if (TimingCoverage(t) >= 0.8 || PersonShare(t) >= 0.8) return true;
  // Bodies in capitals, one or a list: "МОЦ", "МОЦ, ОУ", "МОЦ, УДО, ОУ".
  if (Characters(t) > 30) return false;
  size_t start = 0;
  while (start <= t.size()) {
    size_t comma = t.find(',', start);
    const std::string item = Trim(t.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    if (item.empty() || Characters(item) > 10 || item.find(' ') != std::string::npos || !MostlyUpper(item, 2)) {
      return false;
    }
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return true;
}

bool OpensList(const std::string& text) {
  const size_t end = text.find_last_not_of(' ');
  return end != std::string::npos && (text[end] == ':' || text[end] == ';');
}

bool EndsWithPunctuation(const std::string& text) {
  const size_t end = text.find_last_not_of(' ');
  return end != std::string::npos && std::string_view(".;,:").find(text[end]) != std::string_view::npos;
}

// An unnumbered heading line inside a table ("Методическая работа", "СЕНТЯБРЬ"): short,
// capitalised, not ending like a sentence or a list item, naming no one and no date.
bool ReadsAsHeading(const std::string& line) {
  return FirstLetterUpper(line) && Characters(line) <= 80 && !EndsWithPunctuation(line) &&
         PersonShare(line) == 0 && TimingCoverage(line) < 0.5;
}

bool ReadsAsPeriod(const std::string& line) {
  return FirstLetterUpper(line) && Characters(line) <= 40 && !EndsWithPunctuation(line) &&
         TimingCoverage(line) >= 0.5;
}

// A numbered row's first line: its number, the dot after it ("" or "."), and the text
// ("" when the number stands alone).
bool ParseRowStart(const std::string& line, std::string* number, std::string* dot, std::string* text) {
  // The number alone on its line, its text on the next ones (plain pdftotext, a cell per
  // line), with or without its dot ("8" after "7.").
  static const RE2 kAlone(R"re(^\s*(\d{1,2}(?:\.\d{1,2})*)(\.?)\s*$)re");
  if (RE2::FullMatch(line, kAlone, number, dot)) {
    text->clear();
    return true;
  }
  std::string d1, t1, d2, t2;
  const std::string trimmed = Trim(line);
  if (!RE2::FullMatch(trimmed, RowStart().For(trimmed), number, &d1, &t1, &d2, &t2)) return false;
  *dot = t1.empty() ? d2 : d1;
  *text = t1.empty() ? t2 : t1;
  // "2 раза в год", "1 полугодие": a timing that begins with a number, no row's number.
  if (dot->empty() && TimingCoverage(line) >= 0.5) return false;
  // "обучающихся 2–" / "4 классов": a sentence goes on; a row's title starts a cell.
  if (dot->empty() && !text->empty() && StartOf(*text) == Start::kLower) return false;
  return true;
}

const RE2& PartStart() {
  static const RE2 re(R"re(^\s*([IVXLC]{1,5})\.\s+(\S.*)$)re");
  return re;
}

// The numbers that may start the next row after `last` ("" at the start of a part).
bool Expected(const std::string& last, const std::string& number) {
  if (last.empty()) return number == "1" || number == "1.1";
  std::vector<int> a, b;
  for (const std::string* s : {&last, &number}) {
    std::vector<int>& v = s == &last ? a : b;
    size_t start = 0;
    while (start < s->size()) {
      size_t dot = s->find('.', start);
      if (dot == std::string::npos) dot = s->size();
      v.push_back(std::atoi(s->substr(start, dot - start).c_str()));
      start = dot + 1;
    }
  }
  if (b.size() == a.size() && std::equal(a.begin(), a.end() - 1, b.begin()) && b.back() == a.back() + 1) return true;
  if (b.size() == a.size() + 1 && std::equal(a.begin(), a.end(), b.begin()) && b.back() == 1) return true;
  if (b.size() + 1 == a.size() && std::equal(b.begin(), b.end() - 1, a.begin()) && b.back() == a[b.size() - 1] + 1) return true;
  if (b.size() == 1 && a.size() >= 1 && b[0] == a[0] + 1) return true;
  return false;
}

// The body's lines from block `from` on, with the blank lines before each; tables already
// built are left alone.
std::vector<TextLine> LinesOf(const Document& doc, size_t from) {
  std::vector<TextLine> lines;
  int blank = 0;
  bool page = false, table = false;
  for (size_t b = from; b < doc.body.size(); ++b) {
    const Block& block = doc.body[b];
    if (block.kind != BlockKind::kParagraph) {
      blank = 0;
      page = block.kind == BlockKind::kPageBreak;
      table = block.kind == BlockKind::kTable;
      continue;
    }
    if (Trim(block.paragraph.text).empty()) {
      ++blank;
      continue;
    }
    lines.push_back({block.paragraph.text, block.span.first_line, blank, b, page, table});
    // A part's heading whose space the PDF's text lost ("IV.Работа с педагогами") gets it
    // back, so that it reads as one (PartStart); "III.1" stays.
    RE2::Replace(&lines.back().text, WrittenRule("glued_part_heading", lines.back().text), "\\1 \\2");
    blank = 0;
    page = table = false;
  }
  // Page numbers ("2", "- 2 -", "Стр. 2 из 5") standing alone next to a page break are
  // no part of a table: their line goes, and the break passes to the line after.
  static const RE2 kPageNumber(R"re(^\s*(?:-\s*)?(?:(?:стр\.?|страница)\s*)?\d{1,3}(?:\s*из\s*\d{1,3})?(?:\s*-)?\s*$)re");
  std::vector<TextLine> kept;
  kept.reserve(lines.size());
  for (size_t k = 0; k < lines.size(); ++k) {
    const bool alone = StartsBlock(lines[k]) && (k + 1 == lines.size() || StartsBlock(lines[k + 1]));
    const bool at_break = lines[k].page_before || (k + 1 < lines.size() && lines[k + 1].page_before);
    if (alone && at_break && RE2::FullMatch(MatchKey(lines[k].text), kPageNumber)) {
      if (k + 1 < lines.size()) {
        lines[k + 1].page_before = true;
        lines[k + 1].table_before = lines[k + 1].table_before || lines[k].table_before;
        lines[k + 1].gap_before = std::max(lines[k + 1].gap_before, lines[k].gap_before);
      }
      continue;
    }
    kept.push_back(std::move(lines[k]));
  }
  return kept;
}

bool StartsBlock(const TextLine& line) { return line.gap_before > 0 || line.page_before; }
LineBlock BlockAt(const std::vector<TextLine>& lines, size_t k) {
  LineBlock b{k, k + 1};
  while (b.from > 0 && !StartsBlock(lines[b.from]) && k - b.from <= kMaxHeaderBlock) --b.from;
  while (b.to < lines.size() && !StartsBlock(lines[b.to]) && b.to - k <= kMaxHeaderBlock) ++b.to;
  b.whole = (b.from == 0 || StartsBlock(lines[b.from])) && (b.to == lines.size() || StartsBlock(lines[b.to]));
  return b;
}

std::string BlockText(const std::vector<TextLine>& lines, LineBlock b, std::string_view separator) {
  std::string out;
  for (size_t k = b.from; k < b.to; ++k) {
    if (k > b.from) out += separator;
    out += Trim(lines[k].text);
  }
  return out;
}

ColumnRole BlockRole(const std::vector<TextLine>& lines, LineBlock b) {
  const ColumnRole role = RoleOfHeader(BlockText(lines, b, " "));
  return role != ColumnRole::kOther ? role : RoleOfHeader(BlockText(lines, b, ""));
}

bool IsNumberColumnTitle(const std::string& trimmed_line) {
  return trimmed_line == "№" || trimmed_line.rfind("№ п/п", 0) == 0;
}

bool IsHeaderBlock(const std::vector<TextLine>& lines, LineBlock b) {
  if (!b.whole || b.to - b.from > kMaxHeaderBlock) return false;
  for (size_t k = b.from; k < b.to; ++k) {
    const std::string t = Trim(lines[k].text);
    if (Characters(t) > 16 || std::count(t.begin(), t.end(), ' ') > 1) return false;
  }
  const std::string first = Trim(lines[b.from].text);
  if (IsNumberColumnTitle(first) || first == "п/п") return true;
  return BlockRole(lines, b) != ColumnRole::kOther;
}

size_t PlaceTable(Document* doc, const std::vector<TextLine>& lines, size_t from, size_t to, Block table) {
  std::vector<TableRow>& rows = table.table.rows;
  for (size_t r = 0; r < rows.size(); ++r) {
    rows[r].span.table_row = static_cast<int>(r);
    for (TableCell& cell : rows[r].cells) cell.span.table_row = static_cast<int>(r);
  }
  const size_t first_block = lines[from].block;
  // The blank lines and page breaks after the last line go with it; a table built before
  // (one of the titles of a page written column by column) stays.
  size_t last_block = lines[to - 1].block + 1;
  const size_t next_block = to < lines.size() ? lines[to].block : doc->body.size();
  while (last_block < next_block && doc->body[last_block].kind != BlockKind::kTable) ++last_block;
  table.span.first_line = lines[from].line;
  table.span.last_line = lines[to - 1].line;
  doc->body.erase(doc->body.begin() + static_cast<long>(first_block),
                  doc->body.begin() + static_cast<long>(last_block));
  doc->body.insert(doc->body.begin() + static_cast<long>(first_block), std::move(table));
  for (size_t b = 0; b < doc->body.size(); ++b) doc->body[b].span.block = static_cast<int>(b);
  return first_block;
}

TableCell MakeCell(int column, int span, const std::vector<std::string>& paragraphs,
                   int first_line, int last_line) {
  TableCell cell;
  cell.grid_column = column;
  cell.col_span = span;
  for (const std::string& text : paragraphs) {
    Block b;
    b.paragraph.text = text;
    b.span.first_line = first_line;
    b.span.last_line = last_line;
    cell.blocks.push_back(std::move(b));
  }
  cell.span.first_line = first_line;
  cell.span.last_line = last_line;
  return cell;
}

bool IsNumberAlone(const std::string& line) {
  static const RE2 kNumberAlone(R"re(^\s*\d{1,2}(?:\.\d{1,2})*\.?\s*$)re");
  return RE2::FullMatch(line, kNumberAlone);
}

size_t CountingRunAt(const std::vector<TextLine>& lines, size_t at) {
  size_t run = 0;
  while (at + run < lines.size() && Trim(lines[at + run].text) == std::to_string(run + 1)) ++run;
  return run;
}

}  // namespace planparse::flat
