#include "parsers/text/aligned_columns.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "parsers/text/numbers.h"
#include "parsers/text/utf32.h"

namespace planparse {
namespace {

constexpr size_t kMaxLineWidth = 2000;  // a longer line is not a line of a laid-out page
constexpr size_t kMaxColumns = 64;      // more peaks than this is not a table
constexpr int kFit = 3;                 // characters a cell may sit off its column's start
constexpr size_t kNumberColumnWidth = 8;  // a first column this narrow holds only numbers

using text::IsArabicNumber;
using text::IsBlank;
using text::IsListMarker;
using text::IsRowNumber;
using text::ToU32;
using text::ToUtf8;

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

// A line of running text: it starts at the left margin and has no gap between columns.
// Inside a table such a line is a section heading written across the columns.
bool IsRunningText(const std::u32string& line) {
  bool indented = line.size() >= 2 && line[0] == U' ' && line[1] == U' ';
  return !indented && InnerGaps(line) == 0;
}

// The line without its spaces: a header repeated on a later page is the same text, even
// where pdftotext placed its words differently ("НаименованиеОрганизация").
std::string Squeezed(const std::u32string& line) {
  std::u32string s;
  for (char32_t c : line) {
    if (c != U' ') s.push_back(c);
  }
  return ToUtf8(s);
}

struct Word {
  size_t start;  // column (code point) of the first character
  size_t end;    // one past the last
};

std::vector<Word> Words(const std::u32string& line) {
  std::vector<Word> out;
  size_t i = 0;
  while (i < line.size()) {
    if (line[i] == U' ') {
      ++i;
      continue;
    }
    size_t j = line.find(U' ', i);
    if (j == std::u32string::npos) j = line.size();
    out.push_back({i, j});
    i = j;
  }
  return out;
}

// Where the first word at or after `column` (give or take kFit) begins on `line`; the
// line's length when none does.
size_t WordStartFrom(const std::u32string& line, size_t column) {
  for (const Word& word : Words(line)) {
    if (word.start + kFit >= column) return word.start;
  }
  return line.size();
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

// Whether a cell's text stops where it cannot end: a comma (a list goes on), a hyphen or
// dash, or a short word ("в", "и", "на", "по", "за").
bool EndsOpen(const std::string& text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  u.trim();
  if (u.isEmpty()) return false;
  const UChar32 last = u.char32At(u.length() - 1);
  if (last == ',' || last == '-' || last == 0x2013 || last == 0x2014) return true;
  const int32_t start = u.lastIndexOf(static_cast<char16_t>(u' ')) + 1;
  const int32_t letters = u.countChar32(start, u.length() - start);
  return letters <= 2 && u_isalpha(last) && !u_isupper(u.char32At(start));
}

// Opening minus closing guillemets: a title whose quote is still open goes on.
int OpenQuotes(const std::string& text) {
  int open = 0;
  for (size_t at = text.find("«"); at != std::string::npos; at = text.find("«", at + 1)) ++open;
  for (size_t at = text.find("»"); at != std::string::npos; at = text.find("»", at + 1)) --open;
  return open;
}

// "1.Организация", "2) Семинар": a title with its number typed in front.
bool StartsWithNumber(const std::string& text) {
  size_t digits = 0;
  while (digits < text.size() && digits < 3 && text[digits] >= '0' && text[digits] <= '9') ++digits;
  return digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')');
}

std::string FirstWord(const std::u32string& line) {
  std::vector<Word> words = Words(line);
  if (words.empty()) return "";
  return ToUtf8(line.substr(words[0].start, words[0].end - words[0].start));
}

// ---- Columns ---------------------------------------------------------------------------

// Where words begin on the lines of one page, and where a word runs across a position:
// a column starts where many words begin and almost none run across.
struct Edges {
  std::vector<int> starts;  // starts[x]: lines with a word beginning at x
  std::vector<int> across;  // across[x]: lines with text at both x - 1 and x
  std::vector<int> gapped;  // gapped[x]: lines with a word beginning at x after 2+ spaces
};

Edges CountEdges(const std::vector<const std::u32string*>& lines) {
  Edges e;
  size_t width = 1;
  for (const auto* l : lines) width = std::max(width, l->size() + 1);
  e.starts.assign(width, 0);
  e.across.assign(width, 0);
  e.gapped.assign(width, 0);
  for (const auto* l : lines) {
    for (size_t x = 0; x < l->size(); ++x) {
      if ((*l)[x] == U' ') continue;
      if (x == 0 || (*l)[x - 1] == U' ') {
        ++e.starts[x];
        if (x >= 2 && (*l)[x - 2] == U' ') ++e.gapped[x];
      } else {
        ++e.across[x];
      }
    }
  }
  return e;
}

// A column edge at x that the page's words confirm: a position within a character
// where at least three words begin, at most a third as many run across, and some line
// leaves a gap of two or more spaces before it (a phrase of equal-length rows, "Заседание
// № 1. Планирование", lines its words up too, but always one space after the last).
bool ConfirmedEdge(const Edges& e, size_t x) {
  for (size_t y = x >= 1 ? x - 1 : 0; y <= x + 1 && y < e.starts.size(); ++y) {
    if (e.starts[y] >= 3 && 3 * e.across[y] <= e.starts[y] && e.gapped[y] > 0) return true;
  }
  return false;
}

// Column starts from the words of the header lines: the positions where words of two or
// more header lines begin (within a character), or a header word begins after a gap of
// two or more spaces, or one begins and the page's text confirms the edge. A title written
// on one line ("Наименование мероприятия") thus gives one column, not two.
std::vector<size_t> HeaderColumns(const std::vector<const std::u32string*>& header,
                                  const Edges& page) {
  struct Begin {
    int lines = 0;
    bool after_gap = false;
  };
  std::map<size_t, Begin> begins;
  for (const auto* l : header) {
    for (const Word& w : Words(*l)) {
      Begin& b = begins[w.start];
      ++b.lines;
      if (w.start >= 2 && (*l)[w.start - 2] == U' ') b.after_gap = true;
    }
  }
  std::vector<size_t> columns;
  std::vector<std::pair<size_t, Begin>> cluster;
  auto close = [&]() {
    if (cluster.empty()) return;
    int support = 0;
    bool after_gap = false;
    std::pair<size_t, Begin> best = cluster[0];
    for (const auto& p : cluster) {
      support += p.second.lines;
      after_gap = after_gap || p.second.after_gap;
      if (p.second.lines > best.second.lines) best = p;
    }
    if (columns.empty() || support >= 2 || after_gap || ConfirmedEdge(page, best.first)) {
      columns.push_back(best.first);
    }
    cluster.clear();
  };
  for (const auto& [x, b] : begins) {
    if (!cluster.empty() && x > cluster.back().first + 1) close();
    cluster.emplace_back(x, b);
  }
  close();
  return columns;
}

// Column starts from where pieces of text separated by 2+ spaces begin on many lines
// (within two characters: pages shift a little). Used when there is no header to go by.
std::vector<size_t> GapColumns(const std::vector<const std::u32string*>& lines) {
  std::map<size_t, int> starts;
  for (const auto* l : lines) {
    size_t i = l->find_first_not_of(U' ');
    while (i != std::u32string::npos && i < l->size()) {
      ++starts[i];
      size_t gap = l->find(U"  ", i);
      if (gap == std::u32string::npos) break;
      i = l->find_first_not_of(U' ', gap);
    }
  }
  const int need = std::max<int>(2, static_cast<int>(lines.size()) / 8);
  std::vector<size_t> columns;
  for (const auto& [x, n] : starts) {
    int around = 0;
    for (auto it = starts.lower_bound(x >= 2 ? x - 2 : 0); it != starts.end() && it->first <= x + 2; ++it) {
      around += it->second;
    }
    if (around < need) continue;
    if (!columns.empty() && x <= columns.back() + 2) {
      if (n > starts[columns.back()]) columns.back() = x;  // the better-attested position
      continue;
    }
    columns.push_back(x);
  }
  return columns;
}

// Whether the pieces after inner gaps line up: in a table written with spaces, most lines
// with a gap have it before a column another line shares (within two characters); double
// spaces typed inside sentences ("посредством  участия") fall anywhere.
bool InnerGapsLineUp(const std::vector<const std::u32string*>& lines) {
  std::map<size_t, int> starts;
  std::vector<std::vector<size_t>> after_gaps(lines.size());
  for (size_t k = 0; k < lines.size(); ++k) {
    const std::u32string& l = *lines[k];
    size_t i = l.find_first_not_of(U' ');
    while (i != std::u32string::npos && i < l.size()) {
      size_t gap = l.find(U"  ", i);
      if (gap == std::u32string::npos) break;
      i = l.find_first_not_of(U' ', gap);
      if (i == std::u32string::npos) break;
      after_gaps[k].push_back(i);
      ++starts[i];
    }
  }
  auto shared = [&](size_t x) {
    int around = 0;
    for (auto it = starts.lower_bound(x >= 2 ? x - 2 : 0); it != starts.end() && it->first <= x + 2; ++it) {
      around += it->second;
    }
    return around >= 2;
  };
  int gapped = 0, aligned = 0;
  for (const std::vector<size_t>& positions : after_gaps) {
    if (positions.empty()) continue;
    ++gapped;
    if (std::any_of(positions.begin(), positions.end(), shared)) ++aligned;
  }
  return aligned >= 2 && aligned * 2 >= gapped;
}

// The previous page's columns moved to where this page's words begin (within four
// characters), for a page without a header of its own.
std::vector<size_t> Refine(const std::vector<size_t>& previous, const Edges& e) {
  std::vector<size_t> out = previous;
  for (size_t c = 0; c < previous.size(); ++c) {
    int best = 0;
    for (size_t y = previous[c] >= 4 ? previous[c] - 4 : 0; y <= previous[c] + 4 && y < e.starts.size(); ++y) {
      int score = 2 * e.starts[y] - 3 * e.across[y];
      if (e.starts[y] >= 2 && score > best) {
        best = score;
        out[c] = y;
      }
    }
  }
  for (size_t c = 1; c < out.size(); ++c) {
    if (out[c] <= out[c - 1]) return previous;
  }
  return out;
}

// The page's columns moved to where one row's words begin: each column start goes to the
// position within six characters left or four right (and right of the previous column)
// where most of the row's lines begin a word (two at least, unless next to the page's
// position) and at most a quarter as many run across (one squeezed line must not hide
// the edge); a column the row leaves empty keeps the page's position.
std::vector<size_t> FitRow(const std::vector<size_t>& page, const Edges& e) {
  std::vector<size_t> out = page;
  for (size_t c = 1; c < page.size(); ++c) {
    size_t low = std::max(out[c - 1] + 2, page[c] >= 6 ? page[c] - 6 : 0);
    size_t high = page[c] + 4;
    if (c + 1 < page.size()) high = std::min(high, page[c + 1] - 1);
    int best = 0;
    long best_distance = 0;
    for (size_t y = low; y <= high && y < e.starts.size(); ++y) {
      long distance = std::labs(static_cast<long>(y) - static_cast<long>(page[c]));
      // One word is evidence enough only next to the page's position.
      if (e.starts[y] == 0 || 4 * e.across[y] > e.starts[y] || (e.starts[y] == 1 && distance > 1)) continue;
      if (e.starts[y] > best || (e.starts[y] == best && distance < best_distance)) {
        best = e.starts[y];
        best_distance = distance;
        out[c] = y;
      }
    }
    if (out[c] <= out[c - 1]) out[c] = out[c - 1] + 1;
  }
  return out;
}

// Text running across two or more column starts: a heading over the whole table.
int CrossedColumns(const std::u32string& line, const std::vector<size_t>& columns) {
  int crossed = 0;
  for (size_t c = 1; c < columns.size(); ++c) {
    size_t x = columns[c];
    if (x >= 1 && x + 1 < line.size() && line[x - 1] != U' ' && line[x] != U' ' && line[x + 1] != U' ') {
      ++crossed;
    }
  }
  return crossed;
}

// Each word of a line placed in a column, by dynamic programming over the whole line:
// words keep their order; the first word of a column on the line costs its distance from
// the column's start (it cannot start more than kFit + 2 characters before it, except in the
// first column); any word running past the next column's start costs 3 per character.
// `misfits` counts words placed at a cost above kFit: the row is worth a reviewer's look.
std::vector<std::string> Cells(const std::u32string& line, const std::vector<size_t>& columns,
                               int* misfits, std::vector<bool>* trailing = nullptr) {
  const std::vector<Word> words = Words(line);
  const size_t n = words.size(), w = columns.size();
  std::vector<std::string> cells(w);
  if (n == 0 || w == 0) return cells;
  constexpr long kInf = std::numeric_limits<long>::max() / 4;
  // A surname and the initials after it ("Зайцева М.Н.,") stay in one cell: the initials
  // begin no cell, and the surname may begin the cell its initials stand in further left
  // than other words, where a wide cell before left one space between them.
  std::vector<bool> initials(n), surname(n);
  for (size_t i = 0; i < n; ++i) {
    const std::u32string word = line.substr(words[i].start, words[i].end - words[i].start);
    initials[i] = word.size() >= 3 && word.size() <= 6 && u_isupper(static_cast<UChar32>(word[0])) && word[1] == U'.' &&
                  u_isupper(static_cast<UChar32>(word[2])) &&
                  (word.size() == 3 || word[3] == U'.' || word[3] == U',' || word[3] == U';');
  }
  // So do a list item's number or bullet and the word one space after it ("1. Заседание",
  // "• Проведение"), a marker hanging left of its column's text.
  std::vector<bool> marker(n);
  for (size_t i = 0; i + 1 < n; ++i) {
    const std::u32string word = line.substr(words[i].start, words[i].end - words[i].start);
    surname[i] = initials[i + 1] && word.size() >= 3 && u_isupper(static_cast<UChar32>(word[0])) &&
                 u_islower(static_cast<UChar32>(word[1])) && words[i + 1].start == words[i].end + 1;
    // (A row's number at the first column's start is that column's cell: "1. совещание".)
    marker[i] = word.size() <= 3 && IsListMarker(ToUtf8(word)) && words[i + 1].start == words[i].end + 1 &&
                !(i == 0 && words[0].start <= columns[0] + kFit);
    surname[i] = surname[i] || marker[i];
  }
  auto begin_cost = [&](size_t i, size_t c) -> long {
    const Word& word = words[i];
    if (i > 0 && ((initials[i] || marker[i - 1]) && surname[i - 1])) return kInf;
    long d = static_cast<long>(word.start) - static_cast<long>(columns[c]);
    if (d < -kFit && c > 0) {
      // A word up to five characters left of where the column's other lines begin
      // ("Ноябрь-" before "декабрь" and "2023 г."), its line having left the cell before
      // one space only, may begin the cell at a higher cost; a surname further left, only
      // with its initials in the column.
      const bool initials_in_column =
          surname[i] && static_cast<long>(words[i + 1].start) >= static_cast<long>(columns[c]) - kFit;
      if (d < -(kFit + 2) && !initials_in_column) return kInf;
      return 2 + std::labs(d);
    }
    long a = std::labs(d);
    return a <= kFit ? a : 2 + a;
  };
  auto overflow = [&](const Word& word, size_t c) -> long {
    if (c + 1 >= w || word.end <= columns[c + 1]) return 0;
    return 3 * static_cast<long>(word.end - columns[c + 1]);
  };
  // A capitalised word (or a number) standing within two characters of the next column's
  // start more likely begins that column's cell ("Муницип В" / "течение года": the "В").
  std::vector<bool> capital(n);
  for (size_t i = 0; i < n; ++i) capital[i] = StartsCapital(ToUtf8(line.substr(words[i].start, words[i].end - words[i].start)));
  auto stay_cost = [&](size_t i, size_t c) -> long {
    long cost = overflow(words[i], c);
    if (c + 1 < w && capital[i] && words[i].start + 2 >= columns[c + 1] && words[i].start <= columns[c + 1] + 2) {
      cost += 3;
    }
    return cost;
  };
  std::vector<long> best(n * w, kInf);
  std::vector<int> from(n * w, -1);  // column of the previous word
  for (size_t c = 0; c < w; ++c) best[c] = std::min(kInf, begin_cost(0, c) + overflow(words[0], c));
  for (size_t i = 1; i < n; ++i) {
    long before = kInf;  // the best cost of word i-1 in a column left of c
    int before_column = -1;
    for (size_t c = 0; c < w; ++c) {
      long stay = best[(i - 1) * w + c];
      long cost = kInf;
      if (stay < kInf) {
        cost = stay + stay_cost(i, c);
        from[i * w + c] = static_cast<int>(c);
      }
      long begin = begin_cost(i, c);
      if (before < kInf && begin < kInf && before + begin + overflow(words[i], c) < cost) {
        cost = before + begin + overflow(words[i], c);
        from[i * w + c] = before_column;
      }
      best[i * w + c] = cost;
      if (stay < before) {
        before = stay;
        before_column = static_cast<int>(c);
      }
    }
  }
  size_t c = 0;
  for (size_t k = 1; k < w; ++k) {
    if (best[(n - 1) * w + k] < best[(n - 1) * w + c]) c = k;
  }
  std::vector<size_t> column(n);
  for (size_t i = n; i-- > 0;) {
    column[i] = c;
    if (i > 0 && from[i * w + c] >= 0) c = static_cast<size_t>(from[i * w + c]);
  }
  for (size_t i = 0; i < n; ++i) {
    bool begins = i == 0 || column[i - 1] != column[i];
    long cost = (begins ? begin_cost(i, column[i]) : 0) + overflow(words[i], column[i]);
    if (cost > kFit && misfits != nullptr) ++*misfits;
    std::string& cell = cells[column[i]];
    if (!cell.empty()) cell += ' ';
    cell += ToUtf8(line.substr(words[i].start, words[i].end - words[i].start));
  }
  if (trailing != nullptr) {
    // (*trailing)[c]: column c holds only the line's last word, in lower case and one space
    // after the text of the column before ("рассмотрение вопросов о новых" running over a
    // narrow column).
    trailing->assign(w, false);
    if (n >= 2 && column[n - 1] != column[n - 2] && words[n - 1].start == words[n - 2].end + 1 &&
        column[n - 1] > 0 &&
        !StartsCapital(ToUtf8(line.substr(words[n - 1].start, words[n - 1].end - words[n - 1].start)))) {
      (*trailing)[column[n - 1]] = true;
    }
  }
  return cells;
}

// ---- The table -------------------------------------------------------------------------

struct RegionLine {
  std::u32string text;
  size_t index;  // 0-based input line
  int page;      // pages counted from the table's start (form feeds)
  bool running;  // IsRunningText
  bool wraps_on = false;  // running text in the first column, after a line that did not end
                          // a sentence there: the cell's text going on, not a paragraph
};

// Lines after `start` (up to two blank lines, at most 60) with a piece of text after a gap
// of 2+ spaces beginning within three characters of `column`: the rows of a two-column
// table.
int AlignedFollowers(const AlignedText& text, size_t start, size_t column) {
  int aligned = 0, blank_run = 0;
  for (size_t i = start + 1; i < text.size() && i < start + 60; ++i) {
    if (text.utf8()[i] == "\f") continue;
    const std::u32string& l = text.Line(i);
    if (IsBlank(l)) {
      if (++blank_run >= 2) break;
      continue;
    }
    // A rule ("+---+----+", "------ ----"): a table drawn with rules begins, whose cells
    // ("|   | молодым специалистам") line up with nothing here.
    if (l.find_first_not_of(U" +-=") == std::u32string::npos && l.find(U"--") != std::u32string::npos) break;
    blank_run = 0;
    for (size_t gap = l.find(U"  "); gap != std::u32string::npos && gap < l.size(); gap = l.find(U"  ", gap)) {
      size_t next = l.find_first_not_of(U' ', gap);
      if (next == std::u32string::npos) break;
      if (gap > 0 && next + 3 >= column && next <= column + 3 && l.find_first_not_of(U' ') < gap) {
        ++aligned;
        break;
      }
      gap = next;
    }
  }
  return aligned;
}

// After running text inside a table: does the table go on? Yes when a line with columns
// (or a page break) follows within four lines of running text.
bool TableGoesOn(const AlignedText& text, size_t i) {
  int running = 0;
  for (size_t j = i; j < text.size() && running <= 4; ++j) {
    if (text.utf8()[j] == "\f") return true;
    const std::u32string& l = text.Line(j);
    if (IsBlank(l)) return false;
    if (!IsRunningText(l)) return true;
    ++running;
  }
  return false;
}

// Whether a table's rows can begin within the few lines after its header: a numbered line
// ("1.", "1.1.", "1.Организация"), a part heading ("I. …") or running text (a heading over
// the table), or two lines whose pieces all begin with capitals (rows without numbers).
// Without one the start is no table, found after looking at a dozen lines, not the text.
bool RowsFollow(const AlignedText& text, size_t start) {
  int looked = 0, capital_lines = 0;
  for (size_t i = start + 1; i < text.size() && looked < 12; ++i) {
    if (text.utf8()[i] == "\f" || IsBlank(text.Line(i))) continue;
    ++looked;
    const std::u32string& l = text.Line(i);
    const std::string first = FirstWord(l);
    if (IsRunningText(l) || IsRowNumber(first) || StartsWithNumber(first)) return true;
    bool all_capital = true;
    int pieces = 0;
    for (size_t p = l.find_first_not_of(U' '); p != std::u32string::npos && p < l.size();) {
      size_t gap = l.find(U"  ", p);
      std::u32string piece = l.substr(p, gap == std::u32string::npos ? std::u32string::npos : gap - p);
      all_capital = all_capital && StartsCapital(ToUtf8(piece));
      ++pieces;
      if (gap == std::u32string::npos) break;
      p = l.find_first_not_of(U' ', gap);
    }
    if (pieces >= 2 && all_capital && ++capital_lines >= 2) return true;
  }
  return false;
}

}  // namespace

AlignedText::AlignedText(const std::vector<std::string>& utf8_lines)
    : utf8_(&utf8_lines), lines_(utf8_lines.size()) {}

const std::u32string& AlignedText::Line(size_t i) const {
  if (lines_[i].empty() && (*utf8_)[i] != "\f") lines_[i] = ToU32((*utf8_)[i]);
  return lines_[i];
}

size_t TryAlignedColumns(const AlignedText& text, size_t start, std::vector<Block>* out,
                         std::vector<Diagnostic>* diagnostics, size_t* looked_to) {
  const std::vector<std::string>& lines = text.utf8();
  if (looked_to != nullptr) *looked_to = start + 1;
  auto no_table = [&](size_t to) {
    if (looked_to != nullptr) *looked_to = std::max(start + 1, to);
    return start;
  };
  // Where the start line's second piece begins: text of running lines that ends before
  // it is text of the first column (a table whose titles are written from the margin).
  size_t second_column = 0;
  {
    const std::u32string& first = text.Line(start);
    if (lines[start] == "\f" || first.size() > kMaxLineWidth) return start;
    const int gaps = InnerGaps(first);
    if (gaps < 1) return start;
    second_column = first.find_first_not_of(U' ', first.find(U"  ", first.find_first_not_of(U' ')));
    if (gaps == 1 && AlignedFollowers(text, start, second_column) < 3) return start;
    if (!RowsFollow(text, start)) return start;
  }
  // The region: lines with columns, single blank lines, page breaks, and headings
  // written across the table; two blank lines or running text after it end it.
  std::vector<RegionLine> region;
  int page = 0, blank_run = 0;
  size_t scanned = start;
  for (size_t i = start; i < lines.size(); ++i) {
    scanned = i + 1;
    if (lines[i] == "\f") {
      ++page;
      continue;
    }
    const std::u32string& line = text.Line(i);
    if (line.size() > kMaxLineWidth) break;
    if (IsBlank(line)) {
      if (++blank_run >= 2) break;
      continue;
    }
    bool running = IsRunningText(line);
    if (blank_run > 0) {
      // After a blank line the table goes on only with a numbered row or its header
      // again; anything else (the next part's heading, a signature) is past its end.
      blank_run = 0;
      if (running || !(IsArabicNumber(FirstWord(line)) || Squeezed(line) == Squeezed(text.Line(start)))) break;
    }
    const bool first_column_only = running && line.find_last_not_of(U' ') + 2 < second_column;
    if (running && i > start + 1 && !first_column_only && !TableGoesOn(text, i)) break;
    bool wraps_on = false;
    if (first_column_only && !region.empty() && region.back().index + 1 == i) {
      const std::u32string& before = region.back().text;
      size_t gap = before.find(U"  ", before.find_first_not_of(U' '));
      size_t end = before.find_last_not_of(U' ', gap == std::u32string::npos ? before.size() : gap);
      wraps_on = end != std::u32string::npos && std::u32string(U".!?:").find(before[end]) == std::u32string::npos;
    }
    region.push_back({line, i, page, running, wraps_on});
  }
  while (!region.empty() && region.back().running && !region.back().wraps_on) region.pop_back();
  if (region.size() < 3) return no_table(scanned);

  std::vector<const std::u32string*> table_lines;
  bool number_column = false;
  for (const RegionLine& l : region) {
    if (l.running) continue;
    table_lines.push_back(&l.text);
    std::vector<Word> words = Words(l.text);
    if (!words.empty() && words[0].start <= 1 && IsArabicNumber(FirstWord(l.text))) number_column = true;
  }
  const std::vector<size_t> gap_columns = GapColumns(table_lines);
  if (gap_columns.size() < 2 || gap_columns.size() > kMaxColumns) return no_table(scanned);
  if (!InnerGapsLineUp(table_lines)) return no_table(scanned);

  const size_t title_column = number_column ? 1 : 0;
  auto row_starts = [&](const std::vector<std::string>& cells) {
    if (number_column && IsArabicNumber(cells[0])) return true;
    if (!number_column && StartsWithNumber(cells[0])) return true;  // "1.Организация …"
    int filled = 0, capitals = 0;
    for (const auto& c : cells) {
      if (c.empty()) continue;
      ++filled;
      if (StartsCapital(c)) ++capitals;
    }
    // On a line that begins in the first column, the last column may start in lower case
    // ("Апрель  Методический интенсив …  перенесено на май": a mark).
    if (cells.size() >= 4 && StartsCapital(cells[0]) && !cells.back().empty() && !StartsCapital(cells.back())) {
      --filled;
    }
    if (title_column < cells.size() && !cells[title_column].empty() && StartsCapital(cells[title_column]) &&
        filled >= std::min<int>(3, static_cast<int>(cells.size() - title_column)) && capitals == filled) {
      return true;
    }
    // A first column that groups rows ("Месяц": a merged cell, written once): under it,
    // a row starts where three cells or more begin with capitals on the same line.
    return !number_column && cells.size() >= 4 && cells[0].empty() && !cells[1].empty() &&
           StartsCapital(cells[1]) && filled >= 3 && capitals == filled;
  };

  // The header: the lines before the first row, heading or numbered line. The number
  // column's title may end on a line of its own ("№" over "п/п").
  auto number_title_end = [](const std::u32string& line) {
    const std::string squeezed = Squeezed(line);
    return squeezed == "п/п" || squeezed == "п\\п" || squeezed == "пп" || squeezed == "п.п.";
  };
  size_t header_end = 1;
  while (header_end < region.size()) {
    const RegionLine& l = region[header_end];
    if (l.page == region[0].page && number_title_end(l.text)) {
      ++header_end;
      continue;
    }
    if (l.running || l.page != region[0].page || IsArabicNumber(FirstWord(l.text))) break;
    if (row_starts(Cells(l.text, gap_columns, nullptr))) break;
    ++header_end;
  }
  // Each line's header test, once: a line of the header, or the header again after a
  // page break (the same text, whatever the spacing).
  std::set<std::string> header_keys;
  for (size_t k = 0; k < header_end; ++k) header_keys.insert(Squeezed(region[k].text));
  std::vector<bool> is_header(region.size());
  for (size_t k = 0; k < region.size(); ++k) is_header[k] = header_keys.count(Squeezed(region[k].text)) > 0;

  // Columns page by page: from the page's own copy of the header when it has one and it
  // gives as many columns as the first; else the previous page's, moved to fit.
  const int pages = region.back().page + 1;
  std::vector<std::vector<size_t>> page_columns(pages);
  std::vector<size_t> previous;
  size_t width = 0;
  std::vector<std::vector<const std::u32string*>> page_header(pages), page_body(pages);
  for (size_t k = 0; k < region.size(); ++k) {
    const RegionLine& l = region[k];
    if (!l.running) (is_header[k] ? page_header : page_body)[l.page].push_back(&l.text);
  }
  for (int p = 0; p < pages; ++p) {
    const std::vector<const std::u32string*>& header = page_header[p];
    const std::vector<const std::u32string*>& body = page_body[p];
    Edges edges = CountEdges(body);
    std::vector<size_t> columns;
    if (!header.empty()) columns = HeaderColumns(header, edges);
    if (p == 0) {
      if (columns.size() < 3 || columns.size() > kMaxColumns) columns = gap_columns;
      width = columns.size();
    } else if (columns.size() != width) {
      columns = Refine(previous, edges);
    }
    page_columns[p] = previous = columns;
  }

  // First pass: what each line is, and where rows start (the number column, or a title
  // and other cells beginning with capitals).
  enum class Kind { kRepeatedHeader, kHeading, kHeadingMore, kRowStart, kRowMore };
  std::vector<Kind> kinds(region.size(), Kind::kRepeatedHeader);
  bool in_heading = false;
  for (size_t k = header_end; k < region.size(); ++k) {
    const RegionLine& l = region[k];
    if (is_header[k]) continue;  // the header again, after a page break
    const std::vector<size_t>& columns = page_columns[l.page];
    const bool narrow_first = number_column || columns[1] <= kNumberColumnWidth;
    if (!l.running && narrow_first && l.text[0] != U' ' && !IsRowNumber(FirstWord(l.text))) {
      // A word in the number column: the header of another table ("Дата  Повестка …").
      // This table ends before it and before the caption over it.
      region.resize(k);
      kinds.resize(k);
      while (!kinds.empty() && (kinds.back() == Kind::kHeading || kinds.back() == Kind::kHeadingMore)) {
        kinds.pop_back();
        region.pop_back();
      }
      break;
    }
    // Running text across the table; text in a number column that is not a number; a
    // number followed by text that starts left of the title column ("2. Информационная
    // деятельность", where a row would be "1.1. Мастерская" with the title in its column).
    // The first column is a number column when numbers fill it, or when it is too narrow
    // for anything else (a template whose numbers are all in the headings).
    // A numbered heading runs across one column at least ("2. Работа с педагогическими
    // кадрами" over a month column); other running text across two, as a row with one-space
    // gutters may run across one.
    bool heading = false;
    if (l.running) {
      const int crossed = CrossedColumns(l.text, columns);
      const std::vector<Word> words = Words(l.text);
      const bool numbered = words.size() >= 2 && IsRowNumber(FirstWord(l.text)) &&
                            StartsCapital(ToUtf8(l.text.substr(words[1].start, words[1].end - words[1].start)));
      heading = in_heading || crossed >= 2 || (crossed >= 1 && numbered);
      // Or across the first column only, before a row that begins in it: "Работа с
      // педагогами" over "Февраль  Районный семинар …" (a table whose first column groups
      // rows; its own text never runs into the next column).
      if (!heading && crossed == 1 && !number_column && k + 1 < region.size() && !region[k + 1].running &&
          StartsCapital(ToUtf8(l.text))) {
        const std::u32string& next = region[k + 1].text;
        heading = !next.empty() && next[0] != U' ' && !is_header[k + 1];
      }
    }
    if (l.running && !heading && narrow_first) {
      std::vector<Word> words = Words(l.text);
      heading = !IsRowNumber(FirstWord(l.text)) ||
                (words.size() >= 2 && words[1].start + 1 < columns[1]);
    }
    if (heading) {
      kinds[k] = in_heading && !IsRowNumber(FirstWord(l.text)) ? Kind::kHeadingMore : Kind::kHeading;
      in_heading = true;
      continue;
    }
    bool first = in_heading || k == header_end;
    in_heading = false;
    for (size_t j = k; j-- > header_end && !first;) {
      if (kinds[j] != Kind::kRepeatedHeader) break;
      if (j == header_end) first = true;
    }
    const std::vector<std::string> cells = Cells(l.text, columns, nullptr);
    kinds[k] = first || row_starts(cells) ? Kind::kRowStart : Kind::kRowMore;
    // A first column grouping rows ("Месяц" | "Мероприятие" | "Ответственный" | …): under
    // a month written once, a row starts where the title and the other cells on the line
    // begin with capitals (the last of four or more may hold a mark in lower case) after a
    // line that ended them all ("… учебном году»" / "Орлова Л.П.").
    if (kinds[k] == Kind::kRowMore && !number_column && cells.size() >= 3 && cells[0].empty() &&
        StartsCapital(cells[1]) && k > header_end && !is_header[k - 1] && !region[k - 1].running) {
      int others = 0;
      bool capitals = true;
      for (size_t c = 2; c < cells.size(); ++c) {
        if (cells[c].empty()) continue;
        ++others;
        if (!StartsCapital(cells[c]) && (c + 1 < cells.size() || cells.size() < 4)) capitals = false;
      }
      const std::vector<size_t>& columns_above = page_columns[region[k - 1].page];
      const std::vector<std::string> above = Cells(region[k - 1].text, columns_above, nullptr);
      bool ended = above.size() == cells.size() && !above[1].empty() && !EndsOpen(above[1]) &&
                   OpenQuotes(above[1]) <= 0;
      // Under an item begun by its number or bullet, a line indented to the item's text
      // goes on with it ("1. Заседание методического объединения" / "   «Анализ …»").
      auto marked = [](const std::string& cell) { return IsListMarker(cell.substr(0, cell.find(' '))); };
      if (ended && marked(above[1]) && !marked(cells[1]) &&
          WordStartFrom(l.text, columns[1]) >= WordStartFrom(region[k - 1].text, columns_above[1]) + 2) {
        ended = false;
      }
      for (size_t c = 2; c < above.size() && ended; ++c) ended = !EndsOpen(above[c]);
      if (others >= 1 && capitals && ended) kinds[k] = Kind::kRowStart;
    }
  }

  Block table;
  table.kind = BlockKind::kTable;
  table.table.grid_columns = static_cast<int>(width);
  std::vector<TableRow>& rows = table.table.rows;
  auto new_row = [&](size_t line_index, size_t cells) {
    rows.emplace_back();
    TableRow& row = rows.back();
    row.span.first_line = row.span.last_line = static_cast<int>(line_index) + 1;
    row.span.table_row = static_cast<int>(rows.size()) - 1;
    for (size_t c = 0; c < cells; ++c) {
      TableCell cell;
      cell.grid_column = static_cast<int>(c);
      cell.col_span = cells == 1 ? static_cast<int>(width) : 1;
      cell.span = row.span;
      cell.span.table_cell = static_cast<int>(c);
      row.cells.push_back(std::move(cell));
    }
  };
  auto add_text = [&](size_t c, std::string text, size_t line_index) {
    TableRow& row = rows.back();
    Block p;
    p.paragraph.text = std::move(text);
    p.span.first_line = p.span.last_line = static_cast<int>(line_index) + 1;
    row.span.last_line = p.span.last_line;
    row.cells[c].span.last_line = p.span.last_line;
    row.cells[c].blocks.push_back(std::move(p));
  };

  new_row(region[0].index, width);
  rows.back().is_header = true;
  for (size_t k = 0; k < header_end; ++k) {
    std::vector<std::string> cells = Cells(region[k].text, page_columns[region[k].page], nullptr);
    for (size_t c = 0; c < width; ++c) {
      if (!cells[c].empty()) add_text(c, std::move(cells[c]), region[k].index);
    }
  }
  // Second pass: each row's lines on one page are cut with the page's columns moved to
  // where that row's words begin (pdftotext places every row a little differently).
  size_t k = header_end;
  while (k < region.size()) {
    if (kinds[k] == Kind::kRepeatedHeader) {
      ++k;
      continue;
    }
    if (kinds[k] == Kind::kHeading || kinds[k] == Kind::kHeadingMore) {
      // A heading's lines become one paragraph: it runs across the table, unbroken.
      std::string text = ToUtf8(region[k].text.substr(0, region[k].text.find_last_not_of(U' ') + 1));
      if (kinds[k] == Kind::kHeading || rows.back().cells.size() != 1) {
        new_row(region[k].index, 1);
        add_text(0, std::move(text), region[k].index);
      } else {
        Block& p = rows.back().cells[0].blocks.back();
        p.paragraph.text += " " + text;
        p.span.last_line = rows.back().span.last_line = rows.back().cells[0].span.last_line =
            static_cast<int>(region[k].index) + 1;
      }
      ++k;
      continue;
    }
    if (kinds[k] == Kind::kRowStart || rows.back().is_header || rows.back().cells.size() == 1) {
      new_row(region[k].index, width);
    }
    // The row's lines on this page.
    size_t end = k + 1;
    while (end < region.size() && kinds[end] == Kind::kRowMore && region[end].page == region[k].page) ++end;
    std::vector<const std::u32string*> segment;
    for (size_t j = k; j < end; ++j) segment.push_back(&region[j].text);
    const std::vector<size_t> columns = FitRow(page_columns[region[k].page], CountEdges(segment));
    int misfits = 0;
    std::vector<std::vector<std::string>> segment_cells;
    std::vector<std::vector<bool>> trailing(end - k);
    for (size_t j = k; j < end; ++j) {
      segment_cells.push_back(Cells(region[j].text, columns, &misfits, &trailing[j - k]));
    }
    // A column whose only text in this row is such a trailing word on each of its lines
    // is the column before running over: the words go back to it.
    for (size_t c = 1; c < width; ++c) {
      bool filled = false, all_trailing = true;
      for (size_t j = 0; j < segment_cells.size(); ++j) {
        if (segment_cells[j][c].empty()) continue;
        filled = true;
        all_trailing = all_trailing && trailing[j][c];
      }
      if (!filled || !all_trailing) continue;
      for (std::vector<std::string>& cells : segment_cells) {
        if (cells[c].empty()) continue;
        cells[c - 1] += (cells[c - 1].empty() ? "" : " ") + cells[c];
        cells[c].clear();
      }
    }
    for (size_t j = k; j < end; ++j) {
      std::vector<std::string>& cells = segment_cells[j - k];
      for (size_t c = 0; c < width; ++c) {
        if (!cells[c].empty()) add_text(c, std::move(cells[c]), region[j].index);
      }
    }
    TableRow& row = rows.back();
    if (misfits >= 2) {
      row.confidence = std::min(row.confidence, std::max(0.3, 1.0 - 0.1 * misfits));
      if (diagnostics != nullptr) {
        std::string number = row.cells[0].blocks.empty() ? "" : row.cells[0].blocks[0].paragraph.text;
        SourceSpan where;
        where.first_line = static_cast<int>(region[k].index) + 1;
        where.last_line = static_cast<int>(region[end - 1].index) + 1;
        diagnostics->push_back(
            {"table.row_uncertain", Severity::kWarning,
             "Строка " + (IsArabicNumber(number) ? number : std::string("без номера")) +
                 " восстановлена из текста неуверенно: слова не совпадают со столбцами "
                 "страницы; проверьте, в какие столбцы попал её текст",
             where});
      }
    }
    k = end;
  }
  if (rows.size() < 2) return no_table(scanned);
  table.span.first_line = static_cast<int>(region.front().index) + 1;
  table.span.last_line = static_cast<int>(region.back().index) + 1;
  out->push_back(std::move(table));
  return region.back().index + 1;
}

}  // namespace planparse
