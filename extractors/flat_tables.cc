#include "extractors/flat_tables.h"

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstring>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <set>

#include "extractors/column_wise_tables.h"
#include "extractors/flat_lines.h"
#include "extractors/internal.h"
#include "extractors/rules.h"
#include "normalizer/hyphenation.h"
#include "normalizer/keys.h"
#include "normalizer/letter_pattern.h"
#include "normalizer/text.h"
#include "normalizer/timing.h"

namespace planparse {
namespace {

using namespace flat;  // the line helpers this file is built on

// ---- The header: column titles written one or a few words per line -------------------

struct HeaderParse {
  std::vector<ColumnRole> roles;
  std::vector<std::string> titles;
  std::vector<size_t> first_lines;  // the line each column's title starts on
  int distinct = 0;
};

// The header's second visual line, lines [from, to) from "п/п" on, as plain pdftotext
// writes it after the first ("№" / "Направление" / "Мероприятия" / "Срок" / … then "п/п
// деятельности" / "исполнения" / …): its words go to the columns in order, each to the next
// column it fits, which a column may have none of ("Планируемый" + "результат": a column no
// wording named now does). A capitalised line ends it: what follows ("Организационная
// работа") is a column of its own, left for the caller to find no column title.
void PlaceSecondVisualLine(const std::vector<TextLine>& lines, size_t from, size_t to, HeaderParse* h) {
  size_t column = 0;  // the column the last word went to
  for (size_t line = from; line < to; ++line) {
    if (line > from && FirstLetterUpper(Trim(lines[line].text))) {
      h->roles.push_back(ColumnRole::kOther);
      h->titles.push_back(MatchKey(Trim(lines[line].text)));
      h->first_lines.push_back(line);
      for (size_t rest = line + 1; rest < to; ++rest) h->titles.back() += " " + MatchKey(Trim(lines[rest].text));
      h->roles.back() = RoleOfHeader(h->titles.back());
      return;
    }
    const std::string key = MatchKey(lines[line].text);
    size_t start = 0;
    while (start < key.size()) {
      size_t end = key.find(' ', start);
      if (end == std::string::npos) end = key.size();
      const std::string word = key.substr(start, end - start);
      start = end + 1;
      if (word == "п/п") {
        h->titles[0] += " " + word;
        continue;
      }
      // A word that names a column itself ("результат") goes to the column of that role;
      // another ("деятельности", "проведения") to the next column whose title it leaves
      // naming one, a title of one word first ("Форма", not "Содержание работы").
      const ColumnRole named = HeadWord(word);
      size_t target = h->roles.size(), fits = h->roles.size();
      for (size_t c = column + 1; c < h->roles.size() && target == h->roles.size(); ++c) {
        const ColumnRole joined = RoleOfHeader(h->titles[c] + " " + word);
        const bool fit = named != ColumnRole::kOther
                             ? h->roles[c] == named || (h->roles[c] == ColumnRole::kOther && joined == named)
                             : joined != ColumnRole::kOther;
        if (!fit) continue;
        if (fits == h->roles.size()) fits = c;
        if (named != ColumnRole::kOther || h->titles[c].find(' ') == std::string::npos) target = c;
      }
      if (target == h->roles.size()) target = fits;
      if (target == h->roles.size()) target = std::min(column + 1, h->roles.size() - 1);
      h->titles[target] += " " + word;
      if (h->roles[target] == ColumnRole::kOther) h->roles[target] = RoleOfHeader(h->titles[target]);
      column = target;
    }
  }
}

HeaderParse ParseHeader(const std::vector<TextLine>& lines, size_t from, size_t to) {
  static const RE2* const kCapitalEvent = new RE2(R"re(\sМероприяти[ея])re");
  HeaderParse h;
  std::unique_ptr<HeaderParse> visual;  // read as two visual lines, if it may be
  std::set<ColumnRole> taken;
  size_t line = from;
  auto open = [&](ColumnRole role) {
    h.roles.push_back(role);
    h.titles.emplace_back();
    h.first_lines.push_back(line);
    if (role != ColumnRole::kOther) taken.insert(role);
  };
  for (; line < to; ++line) {
    std::string key = MatchKey(lines[line].text);
    // "п/п" after the columns' first words: plain pdftotext may have written the header
    // visual line by visual line, the rest being the second words of the columns in order.
    // That reading is kept at the end if it names as many columns and leaves fewer unnamed.
    if (!visual && h.roles.size() >= 3 && h.roles[0] == ColumnRole::kNumber &&
        (key == "п/п" || key.rfind("п/п ", 0) == 0) && h.titles[0].find("п/п") == std::string::npos) {
      visual = std::make_unique<HeaderParse>(h);
      PlaceSecondVisualLine(lines, line, to, visual.get());
    }
    // A capitalised line without a head word after a column with a role starts a new
    // column ("Ожидаемый" / "результат"); lower-case lines continue one ("заседания,").
    std::string first_word = key.substr(0, key.find(' '));
    while (!first_word.empty() && std::string(",.:").find(first_word.back()) != std::string::npos) {
      first_word.pop_back();
    }
    if (HeadWord(first_word) == ColumnRole::kOther && FirstLetterUpper(Trim(lines[line].text)) &&
        !h.roles.empty() && h.roles.back() != ColumnRole::kOther) {
      open(ColumnRole::kOther);
    }
    size_t start = 0;
    while (start < key.size()) {
      size_t end = key.find(' ', start);
      if (end == std::string::npos) end = key.size();
      std::string word = key.substr(start, end - start);
      std::string bare = word;
      while (!bare.empty() && (bare.back() == ',' || bare.back() == '.' || bare.back() == ':')) bare.pop_back();
      ColumnRole role = HeadWord(bare);
      bool current_is = !h.roles.empty() && h.roles.back() == role;
      if (role == ColumnRole::kOther || current_is) {
        // "мероприятия" after "Наименование", "аудитория" after "Целевая": same column
      } else if (role == ColumnRole::kTitle && (bare == "мероприятие" || bare == "мероприятия") &&
                 !h.roles.empty() && h.roles.back() != ColumnRole::kNumber &&
                 !(start == 0 && FirstLetterUpper(Trim(lines[line].text))) &&
                 !RE2::PartialMatch(lines[line].text, *kCapitalEvent)) {
        // "Форма проведения мероприятия": the word belongs to the open column, unless it
        // opens a line of its own with a capital ("№ п/п" / "Мероприятие") or has one
        // inside a line ("Месяц Мероприятие": two titles wrapped onto one line)
      } else if (role == ColumnRole::kResponsible && bare == "организатор" &&
                 !h.roles.empty() && h.roles.back() == ColumnRole::kResponsible) {
      } else if (!h.roles.empty() && h.roles.back() == ColumnRole::kOther && !taken.count(role) &&
                 !(start == 0 && line > h.first_lines.back() && FirstLetterUpper(Trim(lines[line].text)))) {
        // "Содержание, результат": the column is the result. (A capitalised line of its
        // own, "Организация мероприятия" / "Целевая аудитория", opens the next column.)
        h.roles.back() = role;
        taken.insert(role);
      } else if (taken.count(role)) {
        open(ColumnRole::kOther);  // a second "Содержание": a column whose role comes later
      } else {
        open(role);
      }
      if (h.roles.empty()) open(ColumnRole::kOther);
      std::string& title = h.titles.back();
      title += (title.empty() ? "" : " ") + word;
      start = end + 1;
    }
  }
  h.distinct = static_cast<int>(taken.size());
  if (visual) {
    std::set<ColumnRole> named(visual->roles.begin(), visual->roles.end());
    named.erase(ColumnRole::kOther);
    visual->distinct = static_cast<int>(named.size());
    auto unnamed = [](const HeaderParse& p) { return std::count(p.roles.begin(), p.roles.end(), ColumnRole::kOther); };
    if (visual->distinct >= h.distinct && unnamed(*visual) <= unnamed(h)) return std::move(*visual);
  }
  return h;
}

// A header of two rows written row after row (LibreOffice writes a table a cell per line):
// a group's title in the first row ("Организация мероприятия"), then, after the blank
// lines of the merged cells, the group's columns ("Форма проведения", "Сроки проведения").
// Those columns go where the group's title stands, which names no column itself.
void PlaceSecondHeaderRow(const std::vector<TextLine>& lines, HeaderParse* h) {
  const size_t n = h->roles.size();
  size_t second = n;  // the first column of the second row: its title opens a block
  for (size_t c = 1; c < n; ++c) {
    if (lines[h->first_lines[c]].gap_before > 0) {
      second = c;
      break;
    }
  }
  if (second == n || n - second < 2) return;
  size_t group = n;
  for (size_t c = 1; c < second; ++c) {
    if (h->roles[c] != ColumnRole::kOther) continue;
    if (group != n) return;  // two candidates: no telling which
    group = c;
  }
  if (group == n) return;
  for (size_t c = second; c < n; ++c) {
    const ColumnRole role = h->roles[c];
    if (role == ColumnRole::kOther || std::find(h->roles.begin(), h->roles.begin() + second, role) !=
                                          h->roles.begin() + second) {
      return;  // the second row names nothing new: no group's columns
    }
  }
  HeaderParse placed;
  placed.distinct = h->distinct;
  auto take = [&](size_t s) {
    placed.roles.push_back(h->roles[s]);
    placed.titles.push_back(h->titles[s]);
    placed.first_lines.push_back(h->first_lines[s]);
  };
  for (size_t c = 0; c < second; ++c) {
    if (c != group) {
      take(c);
      continue;
    }
    for (size_t s = second; s < n; ++s) take(s);
  }
  *h = std::move(placed);
}

// ---- Pieces: parts of lines that may start a cell --------------------------------------

struct Piece {
  std::string text;
  int line = 0;
  bool line_start = true;  // the piece begins its line
  int gap_before = 0;      // blank lines before its line (line starts only)
  int empty_before = 0;    // empty cells marked by runs of spaces before it
};

std::vector<Piece> PiecesOf(const TextLine& line) {
  std::vector<Piece> out;
  std::string text = line.text;
  // Runs of 2+ spaces between text: cell boundaries, each extra space an empty cell.
  size_t pos = text.find_first_not_of(' ');
  int empty = 0;
  bool first = true;
  while (pos != std::string::npos && pos < text.size()) {
    size_t gap = text.find("  ", pos);
    std::string chunk = Trim(text.substr(pos, gap == std::string::npos ? std::string::npos : gap - pos));
    if (!chunk.empty()) {
      // Inside a chunk, a timing expression after other words starts a new cell, and a
      // capitalised word after it starts another: "Работа в системе В течение года".
      std::vector<std::string> parts;
      re2::StringPiece match;
      std::string rest = chunk;
      while (true) {
        re2::StringPiece in(rest);
        if (!RE2::PartialMatch(in, TimingSpan().For(rest), &match)) break;
        size_t at = static_cast<size_t>(match.data() - rest.data());
        size_t after = at + match.size();
        if (at > 0 && !IsTimingFragment(rest.substr(0, at))) {
          parts.push_back(Trim(rest.substr(0, at)));
          rest = rest.substr(at);
          continue;
        }
        std::string tail = Trim(rest.substr(after));
        if (!tail.empty() && FirstLetterUpper(tail) && !IsTimingFragment(tail)) {
          parts.push_back(Trim(rest.substr(0, after)));
          rest = tail;
          continue;
        }
        break;
      }
      if (!Trim(rest).empty()) parts.push_back(Trim(rest));
      // A capitalised word inside a line may start the next cell ("Специалисты МОЦ
      // Выявление …"); the segmentation decides. Abbreviations ("МОЦ") do not split, nor
      // does an item's number or bullet before its text ("1. Открытые уроки").
      std::vector<std::string> split;
      for (const std::string& part : parts) {
        std::string remaining = part;
        while (true) {
          re2::StringPiece in(remaining), cap;
          if (!RE2::PartialMatch(in, WrittenRule("capital_word_inside", remaining), &cap)) break;
          size_t at = static_cast<size_t>(cap.data() - remaining.data());
          std::string head = Trim(remaining.substr(0, at));
          if (head.empty() || IsTimingFragment(head) || RE2::FullMatch(head, Rule("list_marker", head))) break;
          split.push_back(head);
          remaining = remaining.substr(at);
        }
        split.push_back(Trim(remaining));
      }
      parts = split;
      for (size_t k = 0; k < parts.size(); ++k) {
        if (parts[k].empty()) continue;
        Piece p;
        p.text = parts[k];
        p.line = line.line;
        p.line_start = first;
        p.gap_before = first ? line.gap_before : 0;
        p.empty_before = k == 0 ? empty : 0;
        out.push_back(std::move(p));
        first = false;
      }
    }
    if (gap == std::string::npos) break;
    size_t next = text.find_first_not_of(' ', gap);
    empty = next == std::string::npos ? 0 : static_cast<int>(next - gap) - 1;
    pos = next;
  }
  return out;
}

// ---- What a column holds ---------------------------------------------------------------

// Initials alone: "Е.И.", "С.А.,".
bool IsInitials(const std::string& text) {
  return RE2::FullMatch(text, WrittenRule("initials_alone", text));
}

// Stems that tell what a cell holds, in match-key form.
const std::initializer_list<const char*> kPositionStems = {  // people named by position
    "учител", "руководител", "заместител", "директор", "методист", "администраци", "председател",
    "классн", "педагог-", "психолог", "тьютор", "библиотекар", "члены", "специалист",
    "отдел", "управлени", "комитет", "наставник", "педагоги "};  // and bodies: "Отдел образования"
const std::initializer_list<const char*> kFormStems = {
    "конкурс", "семинар", "совещани", "круглы", "мастер-класс", "консультаци", "заседани", "экспертиз",
    "интенсив", "кампани", "размещени", "формировани", "разработк", "сбор ", "координаци", "организаци",
    "анализ", "работа", "лаборатори", "мастерская", "форум", "конференци", "вебинар", "площадк"};
const std::initializer_list<const char*> kAudienceStems = {
    "педагог", "специалист", "руководител", "заместител", "методист", "обучающ", "дети", "детей",
    "родител", "учител", "тренер", "организаци", "населени", "общественност", "моц", "воспитател",
    "школьник", "студент"};
const std::initializer_list<const char*> kResultStems = {
    "повышени", "совершенствовани", "выявлени", "обеспечени", "развити", "отчет", "справк", "реестр",
    "информировани", "увеличени", "поддержани", "содействи", "обобщени", "оценк", "функционировани",
    "протокол", "приказ"};

const std::initializer_list<const char*> kMarkStems = {  // a completion mark: "выполнено"
    "выполнен", "перенесен", "отменен", "проведен"};

bool ContainsAny(std::string_view key, std::initializer_list<const char*> stems) {
  for (const char* s : stems) {
    if (key.find(s) != std::string_view::npos) return true;
  }
  return false;
}

// Whether `key` (a match key) begins with one of `stems`.
bool StartsWithAny(std::string_view key, std::initializer_list<const char*> stems) {
  const size_t at = key.find_first_not_of(' ');
  if (at == std::string_view::npos) return false;
  for (const char* s : stems) {
    if (key.compare(at, std::strlen(s), s) == 0) return true;
  }
  return false;
}

std::string Joined(const std::vector<Piece>& pieces, size_t a, size_t b) {
  std::vector<std::string> parts;
  for (size_t i = a; i < b; ++i) parts.push_back(pieces[i].text);
  return JoinLines(parts, nullptr);
}

// What the pieces of one row are, computed once; cell scores then sum ranges.
class RowFeatures {
 public:
  explicit RowFeatures(const std::vector<Piece>& p) : p_(p) {
    person_.push_back(0);
    timing_.push_back(0);
    timing_lines_.push_back(0);
    offsets_.push_back(0);
    for (std::vector<int>* v : {&position_, &form_, &audience_, &result_, &mark_}) v->push_back(0);
    for (const Piece& piece : p) {
      std::string key = MatchKey(piece.text) + " ";
      keys_ += key;
      offsets_.push_back(keys_.size());
      position_.push_back(position_.back() + ContainsAny(key, kPositionStems));
      form_.push_back(form_.back() + ContainsAny(key, kFormStems));
      audience_.push_back(audience_.back() + ContainsAny(key, kAudienceStems));
      result_.push_back(result_.back() + ContainsAny(key, kResultStems));
      result_first_.push_back(StartsWithAny(key, kResultStems));
      mark_.push_back(mark_.back() + ContainsAny(key, kMarkStems));
      double person = PersonShare(piece.text);
      // A name broken over two pieces ("Лебедев" / "С.А."): both pieces are the person.
      const size_t i = person_.size() - 1;
      if (person == 0 && i > 0 && IsInitials(piece.text) && RE2::FullMatch(p[i - 1].text, WrittenRule("surname", p[i - 1].text)) &&
          person_[i] == person_[i - 1]) {
        person_.back() += 1;
        person = 1;
      }
      person_.push_back(person_.back() + person);
      bool timing = IsTimingFragment(piece.text) || TimingCoverage(piece.text) > 0.6;
      timing_.push_back(timing_.back() + (timing ? 1 : 0));
      timing_lines_.push_back(timing_lines_.back() + (timing && piece.line_start ? 1 : 0));
    }
  }

  double Score(ColumnRole role, size_t a, size_t b) const {
    const int pieces = static_cast<int>(b - a);
    const std::string_view key(keys_.data() + offsets_[a], offsets_[b] - offsets_[a]);
    const double people = person_[b] - person_[a];  // pieces that name people, in sum
    const double person = people / pieces;
    // A person's line in a cell of what is done or for whom ("Обеспечение открытости ДОД" /
    // "Тютерева А.М."): most likely the first of the responsible people that follow.
    constexpr double kPersonInCell = 2.0;
    const int timing_pieces = timing_[b] - timing_[a];
    const size_t size = key.size();
    switch (role) {
      case ColumnRole::kTiming: {
        if (pieces > 6) return -20;
        std::string text = Joined(p_, a, b);
        Timing t = ParseTiming(text, std::nullopt);
        bool readable = t.kind != TimingKind::kUnknown || !t.dates.empty();
        if (!readable) return -8;
        // A long text of words that are mostly no timing ("«Подготовка участников конкурса
        // …» июнь"): the end of a title with a timing after it, not one cell.
        const double coverage = TimingCoverage(text);
        return 8 * coverage - 2 - (coverage < 0.3 && Characters(text) > 40 ? 4 : 0);
      }
      case ColumnRole::kResponsible:
        if (pieces > 12) return -20;
        // A position on a piece of its own counts with the people ("Методист" / "Соколов Д.А.").
        if (person > 0) return 6 * std::min(1.0, (people + (position_[b] - position_[a])) / pieces) - 1;
        if (size <= 40 && MostlyUpper(Joined(p_, a, b), 3)) return 1;  // "МОЦ", "ШМО"
        // People named by position: "учителя МО", "заместитель директора по УВР".
        if (size <= 80 && Any(position_, a, b)) {
          return 2;
        }
        return -5;
      case ColumnRole::kForm: {
        double s = 0.5;
        if (Any(form_, a, b)) {
          s += 1;
        } else if (size <= 16 && MostlyUpper(Joined(p_, a, b), 2)) {
          // A body's abbreviation alone ("МОЦ", "ШМО") names who, not how: the end of the
          // title before it ("… мероприятий" / "МОЦ") or the people's column.
          s -= 1;
        }
        if (size > 240) s -= (size - 240) / 100.0;
        if (person > 0.5) s -= 5;
        return s - 4 * timing_pieces - kPersonInCell * people;
      }
      case ColumnRole::kAudience: {
        double s = 0;
        if (Any(audience_, a, b)) {
          s += 2;
        }
        if (size > 300) s -= (size - 300) / 100.0;
        if (person > 0.5) s -= 5;
        return s - 4 * timing_pieces - kPersonInCell * people;
      }
      case ColumnRole::kResult: {
        double s = size > 60 ? 1 : 0;
        if (Any(result_, a, b)) {
          s += 1.5;
        }
        // A result is named by what is reached, first ("Оценка доступности …"): a cell that
        // begins so begins there, not a line before, with the words of the column before it.
        if (result_first_[a]) s += 1;
        if (person > 0.5) s -= 5;
        return s - 4 * timing_pieces - kPersonInCell * people;
      }
      case ColumnRole::kTitle:
        if (person > 0.5) return -5;
        // A line of its own that is a timing is the next column's; a timing phrase that
        // ends a title's line ("… в 2025-2026 учебном году") is the title's own words.
        return -2.0 * (timing_lines_[b] - timing_lines_[a]);
      case ColumnRole::kPlace:
      case ColumnRole::kNote:  // neither names people or dates: those are the next column's
        if (person > 0.5 || (role == ColumnRole::kNote && people > 0)) return -5;  // a mark names no one
        return (role == ColumnRole::kNote && Any(mark_, a, b) ? 3 : 0) - 4.0 * timing_pieces -
               kPersonInCell * people;
      default:
        return 0;
    }
  }

 private:
  const std::vector<Piece>& p_;
  std::string keys_;               // every piece's match key, each followed by a space
  std::vector<size_t> offsets_;    // where piece i's key starts in keys_
  std::vector<double> person_;     // prefix sums of each piece's share of people
  std::vector<int> timing_;        // prefix counts of timing pieces
  std::vector<int> timing_lines_;  // the same, of timing pieces that begin their line
  // Prefix counts of pieces naming a position, a form, an audience, a result, a mark (the stems).
  std::vector<int> position_, form_, audience_, result_, mark_;
  std::vector<bool> result_first_;  // whether piece i begins with a result's word
  static bool Any(const std::vector<int>& prefix, size_t a, size_t b) { return prefix[b] > prefix[a]; }
};

// Plain pdftotext writes a table row visual line by visual line: the first line of the
// title, then the timing and the people beside it, then the title's next line. Where
// value lines stand between two lines of one sentence (the first does not end it, the
// second goes on in lower case) with no blank line anywhere between, the sentence's
// following lines are moved up before them, so that each cell's lines stand together, as
// the segmentation expects.
// When the last column holds values (a timing, people), text after the row's last value
// lines that is no value goes back before them: it is the end of an earlier cell.
void Deinterleave(std::vector<TextLine>* lines, bool values_last) {
  // Which lines are values, worked out once (a timing test is a dozen pattern matches);
  // the lines are then reordered by index.
  const size_t n = lines->size();
  std::vector<bool> value(n);
  bool people_seen = false;
  // A position and the person after it ("Заместитель директора по УВР Волкова Т.П.",
  // person_at_end), a position alone ("Заместитель директора"), or a list with a person in
  // it ("Волкова Т.П., руководители ШМО"): the responsible cell.
  bool position_open = false;  // the line before is a position that goes on ("Зам. директора по")
  bool people_list_open = false;  // the last value names people and ends with ","
  for (size_t i = 0; i < n; ++i) {
    const std::string& line = (*lines)[i].text;
    const std::string trimmed = Trim(line);
    const double people = PersonShare(line);
    const bool after_open = position_open;
    position_open = false;
    value[i] = IsValueLine(line);
    if (!value[i] && Characters(trimmed) <= 80) {
      const std::string key = MatchKey(line);
      const Start start = StartOf(trimmed);
      // (A position begins with a capital, "специалистов с последующим" being a title's
      // line, unless it goes on a list of people: "Волкова Т.П.," / … / "руководители ШМО".)
      const bool position =
          (start == Start::kCapital || people_list_open) && RE2::FullMatch(key, Rule("position_line", key));
      // The next line of an open position is the position's ("Зам. директора по" / "УВР
      // Кузнецова" / "Л.М.").
      value[i] = people > 0 || RE2::PartialMatch(line, WrittenRule("person_at_end", line)) || position ||
                 (after_open && (*lines)[i].gap_before == 0);
      position_open = position && EndsOpen(line);
      // People named by position in lower case ("учителя МО") before any person by name:
      // the responsible cell, not the title's next line ("Семинар для" / "октябрь" / "учителей").
      // (After a value: right after the title's first line, "специалистов с последующим"
      // is its next line.)
      if (!value[i] && !people_seen && i > 0 && value[i - 1] && Characters(trimmed) <= 40 && start == Start::kLower) {
        value[i] = StartsWithAny(key, kPositionStems);
      }
    }
    people_seen = people_seen || people > 0.5;
    if (value[i]) people_list_open = !trimmed.empty() && trimmed.back() == ',' && people > 0;
  }
  auto text = [&](size_t i) { return Trim((*lines)[i].text); };
  auto ends_sentence = [&](size_t i) {
    std::string t = text(i);
    return !t.empty() && std::string_view(".!?:;").find(t.back()) != std::string_view::npos;
  };
  // A part's heading ("IV. Работа с педагогами") goes on no sentence.
  auto goes_on = [&](size_t i) {
    if (RE2::FullMatch(text(i), PartStart())) return false;
    Start start = StartOf(text(i));
    return start == Start::kLower || (start == Start::kOther && !value[i]);
  };
  auto gap = [&](size_t i) { return (*lines)[i].gap_before; };
  // One pass: value lines wait while the sentence before them goes on; they are written
  // after it, where its first line that does not go on (or a blank line) stands.
  std::vector<size_t> order, waiting;
  order.reserve(n);
  bool continuing = false;  // a line of the sentence has already passed the waiting values
  // A numbered or bulleted list has begun ("4. Организация работы с одарёнными детьми." /
  // "Ноябрь" / "Волкова Т.П.," / "5. Итоги …"): values wait after an item that ended, as
  // the next item may follow them.
  bool list_open = false;
  for (size_t i = 0; i < n; ++i) {
    if (!value[i] && RE2::PartialMatch((*lines)[i].text, Rule("list_marker", (*lines)[i].text))) list_open = true;
    if (!waiting.empty()) {
      const bool goes = gap(i) == 0 &&
                        (value[i] || (continuing ? StartOf(text(i)) != Start::kCapital : goes_on(i)));
      if (goes && value[i] && continuing) {
        // New values after the sentence went on: those waiting stay behind it, and these
        // wait in turn.
      } else if (goes && !value[i]) {
        order.push_back(i);
        continuing = true;
        continue;
      } else if (!goes) {
        order.insert(order.end(), waiting.begin(), waiting.end());
        waiting.clear();
        continuing = false;
      }
    }
    if (value[i] && gap(i) == 0 &&
        (!waiting.empty() || (!order.empty() && !value[order.back()] && (!ends_sentence(order.back()) || list_open)))) {
      waiting.push_back(i);
      continuing = false;
      continue;
    }
    order.push_back(i);
  }
  order.insert(order.end(), waiting.begin(), waiting.end());
  if (values_last && n >= 3 && !value[order.back()]) {
    size_t tail = n;
    while (tail > 1 && !value[order[tail - 1]] && gap(order[tail - 1]) == 0) --tail;
    // A part's heading there ("IV. Работа с педагогами") is the next part's, no earlier cell.
    for (size_t k = tail; k < n; ++k) {
      if (RE2::FullMatch(text(order[k]), PartStart())) tail = n;
    }
    size_t values = tail;
    while (values > 1 && value[order[values - 1]] && gap(order[values - 1]) == 0) --values;
    if (values < tail && tail < n && gap(order[tail]) == 0) {
      std::rotate(order.begin() + static_cast<long>(values), order.begin() + static_cast<long>(tail), order.end());
    }
  }
  std::vector<TextLine> out;
  out.reserve(n);
  for (size_t i : order) out.push_back(std::move((*lines)[i]));
  *lines = std::move(out);
}

// Whether `text` ends a sentence: a full stop, "!", "?" or ";".
bool EndsSentence(const std::string& text) {
  const size_t end = text.find_last_not_of(' ');
  return end != std::string::npos && std::string(".!?;").find(text[end]) != std::string::npos;
}

// Score for starting a new cell at piece i, but for the columns skipped (SkipScore).
double BoundaryBase(const std::vector<Piece>& p, size_t i) {
  double s = 0;
  const Piece& piece = p[i];
  const Start start = StartOf(piece.text);
  const bool abbreviation = RE2::PartialMatch(piece.text, WrittenRule("abbreviation_start", piece.text));
  const bool in_sentence = RE2::PartialMatch(piece.text, WrittenRule("abbreviation_in_sentence", piece.text));
  // "… в муниципальном образовании" / "Кандалакшский район": a place name goes on with the
  // phrase before it, capital or not, unless that phrase ended; so does an adjective in an
  // oblique case ("Муниципальный этап" / "Всероссийского конкурса").
  bool toponym = false;
  if (piece.line_start && start == Start::kCapital) {
    std::string probe = piece.text;
    if (probe.find(' ') == std::string::npos && i + 1 < p.size()) probe += " " + p[i + 1].text;
    const std::string& before = p[i - 1].text;
    const size_t last = before.find_last_not_of(' ');
    const bool ended = EndsSentence(before) || (last != std::string::npos && before[last] == ':');
    const std::string key = MatchKey(probe);
    toponym = !ended && (RE2::PartialMatch(key, Rule("toponym", probe)) ||
                         RE2::PartialMatch(key, Rule("oblique_adjective_start", probe)));
  }
  if (toponym) {
    s -= 0.5;
  } else if (piece.line_start) {
    s += start == Start::kCapital ? 1.5
         : start == Start::kLower  ? -2.5
         : in_sentence             ? -2.5
         : abbreviation            ? -1.5
                                   : -0.5;
  } else if (piece.empty_before > 0) {
    s += start == Start::kLower && !EndsSentence(p[i - 1].text) ? -1.0 : 0.5;  // see JoinScore
  } else {
    // Inside a line, with no gap: a capital may start the next cell; else the line's
    // sentence goes on ("образования (по согласованию) в целях …").
    s += start == Start::kCapital ? -0.5 : EndsSentence(p[i - 1].text) ? 0 : -1.0;
  }
  if (piece.gap_before >= 2) s += 2;
  // Initials alone ("Кузнецова" / "Е.И.") end the name before them.
  if (piece.line_start && IsInitials(piece.text)) s -= 3;
  // A line that holds several cells starts with a whole cell ("экспертиза  В течение года").
  if (piece.line_start && i + 1 < p.size() && !p[i + 1].line_start) s += 2.5;
  const std::string& prev = p[i - 1].text;
  // A word broken by a hyphen goes on in the next piece, unless a capital starts there:
  // then the word resumes after a page break and a new cell begins.
  if (EndsWordHyphen(prev)) s -= start == Start::kCapital ? 0 : 3;
  else if (EndsOpen(prev)) s -= 3;
  else if (!prev.empty() && prev.back() == ',' && start != Start::kCapital) s -= 1;
  // A list's item under a line that opens it ("Изучение нормативных документов:" / "-
  // ФГОС НОО и ООО;" / "- положение …") goes on with that cell.
  if (piece.line_start && OpensList(prev) && RE2::PartialMatch(piece.text, Rule("list_marker", piece.text))) {
    s -= 4;
  }
  return s;
}

// Runs of spaces separate cells; each extra space usually stands for an empty one.
double SkipScore(const Piece& piece, int skipped) {
  if (piece.empty_before > 0) {
    return skipped == piece.empty_before ? 2 : skipped == piece.empty_before - 1 ? 1.5
           : -2.0 * std::abs(skipped - piece.empty_before);
  }
  return -1.5 * skipped;
}

// Score for piece i going on with the cell before it.
double JoinScore(const std::vector<Piece>& p, size_t i) {
  double s = 0;
  const Piece& piece = p[i];
  const Start start = StartOf(piece.text);
  if (piece.line_start && start == Start::kLower) s += 0.5;
  if (piece.line_start && piece.gap_before >= 2 && start == Start::kCapital) s -= 1.5;
  if (piece.empty_before > 0) {
    // Two spaces before a word in lower case, in a sentence that has not ended
    // ("педагогам  дополнительного"), are a slip of typing more often than a cell's end.
    s -= start == Start::kLower && !EndsSentence(p[i - 1].text) ? 0.5 : 4;
  }
  return s;
}

struct Segmentation {
  std::vector<std::pair<size_t, size_t>> cells;  // per DP column: [from, to) pieces
  size_t continuation = 0;                       // pieces from here continue earlier cells
  double score = 0;
  double margin = 0;                             // best minus second best
};

// Pieces of one row → cells of `roles` (in order), plus trailing text after a page break.
// `empty_cost[c]` is what leaving column c empty at the row's end costs: a column the rows
// so far have filled pulls text towards it, one they have left empty does not.
Segmentation Segment(const std::vector<Piece>& p, const std::vector<ColumnRole>& roles,
                     const std::vector<double>& empty_cost) {
  const size_t n = p.size();
  const int m = static_cast<int>(roles.size());
  const double kNone = -std::numeric_limits<double>::infinity();
  // best[i][j]: pieces [0, i) placed, the last cell in column j (i > 0).
  std::vector<std::vector<double>> best(n + 1, std::vector<double>(m, kNone));
  std::vector<std::vector<std::pair<size_t, int>>> from(n + 1, std::vector<std::pair<size_t, int>>(m));
  const size_t kMaxCell = 60;
  const RowFeatures features(p);
  // What each piece says as a cell start or inside a cell, computed once: the loops below
  // ask for every (start, end, column) triple.
  std::vector<double> boundary_base(n, 0), join_prefix(n + 1, 0);
  for (size_t i = 0; i < n; ++i) {
    if (i > 0) boundary_base[i] = BoundaryBase(p, i);
    join_prefix[i + 1] = join_prefix[i] + (i > 0 ? JoinScore(p, i) : 0.0);
  }
  // Joins inside one cell: pieces a+1 .. b-1 continue the cell.
  auto joins = [&](size_t a, size_t b) { return b > a + 1 ? join_prefix[b] - join_prefix[a + 1] : 0.0; };
  // Content scores, computed once per (column, first piece, end).
  std::vector<double> memo(static_cast<size_t>(m) * (n + 1) * (kMaxCell + 1),
                           std::numeric_limits<double>::quiet_NaN());
  auto content = [&](int col, size_t a, size_t b) {
    double& slot = memo[(static_cast<size_t>(col) * (n + 1) + a) * (kMaxCell + 1) + (b - a)];
    if (std::isnan(slot)) slot = features.Score(roles[col], a, b);
    return slot;
  };
  for (size_t k = 1; k <= n && k <= kMaxCell; ++k) {  // the first cell is the title
    best[k][0] = content(0, 0, k) + joins(0, k);
    from[k][0] = {0, -1};
  }
  for (size_t i = 1; i < n; ++i) {
    for (int j = 0; j < m; ++j) {
      if (best[i][j] == kNone) continue;
      for (int next = j + 1; next < m; ++next) {
        double boundary = boundary_base[i] + SkipScore(p[i], next - j - 1);
        for (size_t k = i + 1; k <= n && k - i <= kMaxCell; ++k) {
          double score = content(next, i, k);
          if (score <= -20) break;
          double v = best[i][j] + boundary + score + joins(i, k);
          if (v > best[k][next]) {
            best[k][next] = v;
            from[k][next] = {i, j};
          }
        }
      }
    }
  }
  Segmentation out;
  // The row may end in any column (the rest empty), or be followed by continuation text
  // after a page break (a gap of blank lines) once the last column has been reached.
  double top = kNone, second = kNone;
  size_t end_at = n;
  int end_col = -1;
  auto consider = [&](size_t i, int j, double v) {
    if (v > top) {
      second = top;
      top = v;
      end_at = i;
      end_col = j;
    } else if (v > second) {
      second = v;
    }
  };
  std::vector<double> empty_after(m, 0);  // the cost of leaving the columns after j empty
  for (int j = m - 2; j >= 0; --j) empty_after[j] = empty_after[j + 1] + empty_cost[j + 1];
  for (int j = 0; j < m; ++j) {
    if (best[n][j] != kNone) consider(n, j, best[n][j] - empty_after[j]);
  }
  for (size_t i = 1; i < n; ++i) {
    if (best[i][m - 1] != kNone && p[i].line_start && p[i].gap_before >= 2) {
      consider(i, m - 1, best[i][m - 1] + 0.5);
    }
  }
  if (end_col < 0) {
    out.cells.assign(m, {0, 0});
    out.cells[0] = {0, n};
    out.continuation = n;
    return out;
  }
  out.score = top;
  out.margin = second == kNone ? 10 : top - second;
  out.continuation = end_at;
  out.cells.assign(m, {0, 0});
  size_t i = end_at;
  int j = end_col;
  while (j >= 0 && i > 0) {
    auto [prev_i, prev_j] = from[i][j];
    out.cells[j] = {prev_i, i};
    i = prev_i;
    j = prev_j;
  }
  return out;
}

// Text after a page break goes back, in column order, to the cells it continues.
void DistributeContinuation(const std::vector<Piece>& p, size_t from,
                            const std::vector<ColumnRole>& roles,
                            std::vector<std::vector<std::string>>* cells) {
  const size_t n = p.size();
  if (from >= n) return;
  const int m = static_cast<int>(roles.size());
  auto prior = [&](int j) {
    switch (roles[j]) {
      case ColumnRole::kTitle: return 0.6;  // ties go to the leftmost cell
      case ColumnRole::kResult: return 0.5;
      case ColumnRole::kForm: return 0.2;
      case ColumnRole::kAudience: return 0.0;
      default: return -100.0;  // timings and people do not run over pages
    }
  };
  auto attach = [&](int j, const Piece& first) {
    const std::vector<std::string>& cell = (*cells)[j];
    std::string last = cell.empty() ? "" : cell.back();
    const Start start = StartOf(first.text);
    double s = prior(j);
    if (EndsWordHyphen(last)) s += start == Start::kLower ? 3 : 1;
    else if (!last.empty() && !EndsSentence(last)) {
      s += start == Start::kLower ? 1.5 : start == Start::kOther ? 0.5 : 0;
      // A cell broken off after a comma or a preposition ("сайте МКУ «ИМЦ»,") calls for
      // the rest more than one that may have ended without a full stop.
      if (start != Start::kCapital && (last.back() == ',' || EndsOpen(last))) s += 1.5;
    } else {
      s -= 1;
    }
    if (start == Start::kCapital) s -= 1;
    return s;
  };
  // Joins inside a continuation group cost nothing; each group after the first costs a
  // little, so text goes to as few cells as its starts call for.
  auto group_break = [&](size_t i) {
    const std::string& prev = p[i - 1].text;
    if (EndsWordHyphen(prev) || EndsOpen(prev) || (!prev.empty() && prev.back() == ',')) return -3.0;
    double s = -2.0;
    if (StartOf(p[i].text) == Start::kCapital || p[i].gap_before >= 2) s += 0.5;
    // "официальных аккаунтах" / "в социальных сетях": a line in lower case goes on with
    // the line before it rather than with another cell.
    else if (StartOf(p[i].text) == Start::kLower) s -= 1.0;
    return s;
  };
  // A group ending with a full stop ("… разработка ДООП.") more likely ends a result or a
  // form than the name of an event, which plans write without one.
  auto group_end = [&](int j, size_t k) {
    return roles[j] == ColumnRole::kTitle && EndsSentence(p[k - 1].text) ? -1.5 : 0.0;
  };
  const double kNone = -std::numeric_limits<double>::infinity();
  std::vector<std::vector<double>> best(n + 1, std::vector<double>(m, kNone));
  std::vector<std::vector<std::pair<size_t, int>>> back(n + 1, std::vector<std::pair<size_t, int>>(m));
  for (size_t k = from + 1; k <= n; ++k) {
    for (int j = 0; j < m; ++j) {
      if (prior(j) < -50) continue;
      double v = attach(j, p[from]) + group_end(j, k);
      if (v > best[k][j]) { best[k][j] = v; back[k][j] = {from, -1}; }
    }
  }
  for (size_t i = from + 1; i < n; ++i) {
    for (int j = 0; j < m; ++j) {
      if (best[i][j] == kNone) continue;
      for (int next = j + 1; next < m; ++next) {
        if (prior(next) < -50) continue;
        double boundary = group_break(i);
        for (size_t k = i + 1; k <= n; ++k) {
          double v = best[i][j] + boundary + attach(next, p[i]) + group_end(next, k);
          if (v > best[k][next]) { best[k][next] = v; back[k][next] = {i, j}; }
        }
      }
    }
  }
  int j = -1;
  double top = kNone;
  for (int c = 0; c < m; ++c) {
    if (best[n][c] > top) { top = best[n][c]; j = c; }
  }
  size_t i = n;
  std::vector<std::pair<int, std::pair<size_t, size_t>>> groups;
  while (j >= 0 && i > from) {
    auto [pi, pj] = back[i][j];
    groups.push_back({j, {pi, i}});
    i = pi;
    j = pj;
  }
  for (const auto& [col, range] : groups) {
    for (size_t k = range.first; k < range.second; ++k) (*cells)[col].push_back(p[k].text);
  }
}

// ---- The header repeated after a page break -------------------------------------------

// Plain pdftotext repeats a table's header after each page break as blocks of column
// titles, some before the "№" at `number_line` ("Прим" / "ечани" / "е"), the rest after
// it. Returns the run's first line, always after `row_first`, and the line after the run
// (`*from`, `*to`).
void HeaderEcho(const std::vector<TextLine>& lines, size_t row_first, size_t number_line, size_t* from,
                size_t* to) {
  LineBlock own = BlockAt(lines, number_line);
  *from = number_line;
  *to = number_line + 1;
  if (own.from != number_line || !IsHeaderBlock(lines, own)) return;
  *from = own.from;
  *to = own.to;
  while (*from > row_first + 1) {
    LineBlock before = BlockAt(lines, *from - 1);
    if (before.from <= row_first || !IsHeaderBlock(lines, before)) break;
    *from = before.from;
  }
  while (*to < lines.size()) {
    LineBlock after = BlockAt(lines, *to);
    if (!IsHeaderBlock(lines, after)) break;
    *to = after.to;
  }
}

// ---- Another table's header under the last row ----------------------------------------

// A column title's line: a few words, no sentence punctuation at the end (cell text breaks
// after "," and ";" where titles do not).
bool ColumnTitleLike(const std::string& text) {
  const std::string line = Trim(text);
  if (line.empty() || Characters(line) > 30 || std::count(line.begin(), line.end(), ' ') > 2) return false;
  return !EndsWithPunctuation(line);
}

// Whether another table's header begins at line k: column titles that name at least
// `min_roles` columns, the title among them, in at most `max_lines` lines.
bool HeaderStartsAt(const std::vector<TextLine>& lines, size_t k, int min_roles, int max_lines) {
  if (LineHeadWord(lines[k].text) == ColumnRole::kOther) return false;
  size_t end = k;
  while (end < lines.size() && end - k < static_cast<size_t>(max_lines) && ColumnTitleLike(lines[end].text)) ++end;
  for (size_t to = k + 2; to <= end; ++to) {
    const HeaderParse h = ParseHeader(lines, k, to);
    if (h.distinct >= min_roles && std::find(h.roles.begin(), h.roles.end(), ColumnRole::kTitle) != h.roles.end()) {
      return true;
    }
  }
  return false;
}

// A second table whose header follows the last row ("Заседания МО" / "Дата" / "Повестка" /
// "Выступающий"): title-like lines at the end of the row [row_first, end), the first
// naming a column, that name at least `min_roles` columns, the title among them, in at
// most two lines a column. Returns where the row ends: before that header, and before a
// one-line caption that opens a block over it; `end` when there is no such header.
size_t NextTableHeader(const std::vector<TextLine>& lines, size_t row_first, size_t end, int min_roles,
                       int max_lines) {
  size_t run = end;
  while (run > row_first + 1 && end - (run - 1) <= static_cast<size_t>(max_lines) &&
         ColumnTitleLike(lines[run - 1].text)) {
    --run;
  }
  for (size_t from = run; from + 1 < end; ++from) {
    if (LineHeadWord(lines[from].text) == ColumnRole::kOther) continue;
    const HeaderParse h = ParseHeader(lines, from, end);
    const bool titled = std::find(h.roles.begin(), h.roles.end(), ColumnRole::kTitle) != h.roles.end();
    if (h.distinct < min_roles || !titled || end - from > 2 * h.roles.size()) continue;
    // A title broken mid-word before it ("Ожидаем" / "ый" / "результат") opens its block.
    const LineBlock block = BlockAt(lines, from);
    if (block.from > row_first && block.from >= run) from = block.from;
    if (from > row_first + 1 && from - 1 >= run && StartsBlock(lines[from - 1]) &&
        FirstLetterUpper(Trim(lines[from - 1].text))) {
      return from - 1;  // the caption
    }
    return from;
  }
  return end;
}

// The diagnostic for a rebuilt row its segmentation was unsure of; `number` is the row's
// number as written ("" for a row without one).
Diagnostic UncertainRow(const TableRow& row, const std::string& number) {
  SourceSpan where;
  where.first_line = row.span.first_line;
  where.last_line = row.span.last_line;
  return {"table.row_uncertain", Severity::kWarning,
          "Строка " + (number.empty() ? std::string("без номера") : number) +
              " восстановлена из текста неуверенно: проверьте, в какие столбцы попал её текст",
          where};
}

// A rebuilt table's columns: all of them, and the content columns (every one but the
// number's), in order.
struct TableColumns {
  std::vector<ColumnRole> roles;
  std::vector<int> content_columns;
  std::vector<ColumnRole> content_roles;
  int number_column = 0;  // roles.size() when there is none
  bool sections_first = false;  // a column of sections before the titles, left out of `roles`
};

// The index of `role`'s column among `roles`, or roles.size() when none holds it.
size_t ColumnIndex(const std::vector<ColumnRole>& roles, ColumnRole role) {
  return static_cast<size_t>(std::find(roles.begin(), roles.end(), role) - roles.begin());
}

TableColumns ColumnsOf(const std::vector<ColumnRole>& roles) {
  TableColumns out;
  out.roles = roles;
  for (int c = 0; c < static_cast<int>(roles.size()); ++c) {
    if (roles[c] == ColumnRole::kNumber) continue;
    out.content_columns.push_back(c);
    out.content_roles.push_back(roles[c]);
  }
  out.number_column = static_cast<int>(ColumnIndex(roles, ColumnRole::kNumber));
  return out;
}

// ---- Rows led by a timing column, written a cell per line ------------------------------

// Whether at least `tenths` tenths (`at_least`) or at most that many (else) of the (up
// to 200) lines after `from` have a blank line before them; false when there are none.
bool LinesApartShare(const std::vector<TextLine>& lines, size_t from, size_t tenths, bool at_least) {
  size_t apart = 0, seen = 0;
  for (size_t k = from + 1; k < lines.size() && seen < 200; ++k, ++seen) apart += lines[k].gap_before > 0;
  return seen > 0 && (at_least ? apart * 10 >= seen * tenths : apart * 10 <= seen * tenths);
}

// Whether most of the (up to 200) lines after `from` have a blank line before them.
bool MostLinesApart(const std::vector<TextLine>& lines, size_t from) { return LinesApartShare(lines, from, 7, true); }

// A table without row numbers, written a cell per line as LibreOffice exports text: each
// cell is a line, an empty cell (a month merged down, a blank "Отметка о выполнении") a
// blank line (a reading of cells over several lines is refused when
// `reject_multi_line_cells`); or, `lines_apart`, cell after cell with blank lines that
// mark no empty cell: one after every line (seed 004's PDF text), each cell broken over
// several lines, or one after a cell of several lines (MuPDF's text).
// No numbers mark where rows begin, so the whole table is segmented at once: dynamic
// programming over its lines, the column going round from the first to the last, each
// cell scored by what its column holds (RowFeatures). A heading at the first column that
// is no timing is a section row across the table ("Работа с педагогами"). The header
// repeated after a page break (`header_keys`, match keys of its lines) and the page's
// number before it are left out. Rows are added to `table`; rows whose cells are not what
// their columns hold are reported in `notes`. Returns the line after the last row, or
// `from` when fewer than two rows fit.
size_t UnnumberedRows(const std::vector<TextLine>& lines, size_t from, const std::vector<ColumnRole>& roles,
                      bool lines_apart, bool reject_multi_line_cells, const std::set<std::string>& header_keys,
                      const FlatTableOptions& options,
                      Table* table, std::vector<Diagnostic>* notes) {
  const double uncertain_below = options.uncertain_below;
  const int width = static_cast<int>(roles.size());
  const size_t kMaxCellLines = lines_apart ? 16 : 4;  // lines (paragraphs) one cell may hold
  // A whole row read: tables extend while rows fit. (Lines apart, every line read counts
  // instead, below: rows are not to be made up of cells passed over.)
  const double kRowBonus = lines_apart ? 0 : 4;
  constexpr double kSectionScore = 0.5;
  constexpr double kEmptyCell = -0.3;  // a column left empty (the first, merged, costs nothing)
  constexpr double kExtraLine = -1.0;  // a cell's second paragraph: most cells have one
  constexpr double kEmptyParagraph = -1.0;  // an empty paragraph closing a cell
  constexpr double kNever = -1e9;
  // The table as units: a line (its index in `lines`) or a blank line (-1). It ends at a
  // signature, another table's header, or more blank lines than a row's empty cells; the
  // blank lines before that end (or the end of the text) may close the last row.
  std::vector<long> units;
  int trailing_blanks = lines_apart ? 0 : width;
  // Whether line k begins the header repeated after a page break: two of its lines, or the
  // page's number and one.
  auto header_again = [&](size_t k) {
    const bool number = IsNumberAlone(lines[k].text);
    const size_t first = number ? k + 1 : k;
    return first + 1 < lines.size() && header_keys.count(MatchKey(Trim(lines[first].text))) &&
           (number || header_keys.count(MatchKey(Trim(lines[first + 1].text))));
  };
  for (size_t k = from; k < lines.size(); ++k) {
    const std::string line = Trim(lines[k].text);
    if (lines_apart && !header_keys.empty() && header_again(k)) {
      if (IsNumberAlone(line)) ++k;
      while (k + 1 < lines.size() && header_keys.count(MatchKey(Trim(lines[k + 1].text)))) ++k;
      continue;
    }
    if (IsSignatureLine(line) || IsNumberColumnTitle(line) || lines[k].page_before || lines[k].table_before ||
        (k > from && HeaderStartsAt(lines, k, options.min_header_roles, options.max_header_lines)) ||
        (!lines_apart && k > from && lines[k].gap_before > width) || (lines_apart && lines[k].gap_before > 3)) {
      trailing_blanks = lines_apart ? 0 : std::min(lines[k].gap_before, width);
      break;
    }
    if (k > from && !lines_apart) units.insert(units.end(), static_cast<size_t>(lines[k].gap_before), -1);
    units.push_back(static_cast<long>(k));
  }
  units.insert(units.end(), static_cast<size_t>(trailing_blanks), -1);
  const size_t n = units.size();
  // One piece per line, for RowFeatures; piece_at[u] is unit u's piece (or the next one's).
  std::vector<Piece> pieces;
  std::vector<size_t> piece_at(n + 1);
  for (size_t u = 0; u < n; ++u) {
    piece_at[u] = pieces.size();
    if (units[u] < 0) continue;
    const TextLine& line = lines[static_cast<size_t>(units[u])];
    Piece p;
    p.text = Trim(line.text);
    p.line = line.line;
    p.gap_before = line.gap_before;
    pieces.push_back(std::move(p));
  }
  piece_at[n] = pieces.size();
  if (pieces.size() < 2) return from;
  const RowFeatures features(pieces);
  // Lines apart, a gap wider than most ends a cell (often a row).
  int usual_gap = 0;
  if (lines_apart) {
    std::vector<int> gaps;
    for (const Piece& piece : pieces) gaps.push_back(piece.gap_before);
    std::nth_element(gaps.begin(), gaps.begin() + static_cast<long>(gaps.size() / 2), gaps.end());
    usual_gap = gaps[gaps.size() / 2];
  }
  auto wide_gap = [&](size_t piece) { return lines_apart && pieces[piece].gap_before > usual_gap; };
  const int title_column = static_cast<int>(ColumnIndex(roles, ColumnRole::kTitle));
  const int timing_column = static_cast<int>(ColumnIndex(roles, ColumnRole::kTiming));
  // What each piece is, once: prefix sums over the pieces of "(" minus ")", of the score of
  // going on from the piece before (JoinScore), and of gaps wider than most; and whether
  // the piece begins with a capital, names a person, is initials, could begin a timing.
  std::vector<int> brackets = {0}, wide_gaps = {0};
  std::vector<double> joins = {0};
  std::vector<char> capital, person, initials, timing_start;
  for (size_t i = 0; i < pieces.size(); ++i) {
    const std::string& text = pieces[i].text;
    brackets.push_back(brackets.back() + static_cast<int>(std::count(text.begin(), text.end(), '(')) -
                       static_cast<int>(std::count(text.begin(), text.end(), ')')));
    joins.push_back(joins.back() + (i > 0 ? JoinScore(pieces, i) : 0));
    wide_gaps.push_back(wide_gaps.back() + (wide_gap(i) ? 1 : 0));
    capital.push_back(StartOf(text) == Start::kCapital);
    person.push_back(PersonShare(text) > 0.5);
    initials.push_back(IsInitials(text));
    timing_start.push_back(IsTimingFragment(text) || TimingCoverage(text) > 0 ||
                           ParseTiming(text, std::nullopt).kind != TimingKind::kUnknown);
  }
  // A non-empty cell of column c made of pieces [a, b).
  auto cell_score = [&](int c, size_t a, size_t b) {
    const double extra_lines = static_cast<double>(b - a - 1);
    // A timing cell begins with a line that holds one.
    if (c == timing_column && !timing_start[a]) return kNever;
    double s = features.Score(roles[c], a, b);
    s += kExtraLine * extra_lines + (joins[b] - joins[a + 1]);
    if (c == timing_column && (s <= -8 || TimingCoverage(Joined(pieces, a, b)) < 0.5)) return kNever;
    if (roles[c] == ColumnRole::kNumber && !IsNumberAlone(pieces[a].text)) return kNever;
    if (c == title_column) s += 1;
    // A title never begins with a person's name (the row above's second person), and a
    // cell closes the brackets it opens ("Постоянно (в течение" / "2026г)").
    if (c == title_column && person[a]) s -= 3;
    if (initials[a]) s -= 3;  // a name's initials end the cell before
    // A gap wider than most stands between cells, inside none.
    s -= 2.5 * (wide_gaps[b] - wide_gaps[a + 1]);
    if (brackets[b] - brackets[a] > 0) s -= 2;
    // Cell after cell, a title begins with a capital and, the widest text, wraps over more
    // lines than the narrow cells after it ("Формирование базы" / "данных педагогических"
    // / "кадров" / "мониторинг": the title's three lines, then the form).
    if (lines_apart && c == title_column && !capital[a]) s -= 2;
    if (lines_apart) s += (c == title_column ? 0.3 : -0.3) * extra_lines;
    // Every line read counts as much as the cost of a cell's extra line: where the table
    // ends is then decided by rows, not by leaving a last cell's last lines out.
    if (lines_apart) s += -kExtraLine * extra_lines;
    return s;
  };
  // best[u * width + c]: units [0, u) read, the next cell in column c.
  struct Step {
    double score = kNever;
    size_t from = 0;       // the unit the last cell (or section) began at
    bool section = false;  // that was a section row (a cell passed over begins where it ends)
  };
  std::vector<Step> best((n + 1) * static_cast<size_t>(width));
  auto at = [&](size_t u, int c) -> Step& { return best[u * static_cast<size_t>(width) + static_cast<size_t>(c)]; };
  at(0, 0).score = 0;
  constexpr double kSkippedCell = -2.5;  // lines apart: a cell left empty, with nothing to show it
  for (size_t u = 0; u < n; ++u) {
    // Lines apart, an empty cell has no blank line of its own: a column (not the title's)
    // may be passed over where the next line begins.
    for (int c = 0; lines_apart && c < width; ++c) {
      const int next = (c + 1) % width;
      Step& s = at(u, next);
      const double score = at(u, c).score + kSkippedCell + (next == 0 ? kRowBonus : 0);
      if (c != title_column && next != title_column && at(u, c).score > kNever / 2 && score > s.score) {
        s = {score, u, false};
      }
    }
    for (int c = 0; c < width; ++c) {
      const double here = at(u, c).score;
      if (here <= kNever / 2) continue;
      const int next = (c + 1) % width;
      const double wrap = next == 0 ? kRowBonus : 0;
      auto offer = [&](size_t v, int column, double score, bool section) {
        Step& s = at(v, column);
        if (score > s.score) s = {score, u, section};
      };
      if (units[u] < 0) {
        if (c != title_column) offer(u + 1, next, here + (c == timing_column ? 0 : kEmptyCell) + wrap, false);
        continue;
      }
      const size_t a = piece_at[u];
      if (c == 0 && TimingCoverage(pieces[a].text) < 0.5 && ReadsAsHeading(pieces[a].text) &&
          (title_column != 0 || (u + 1 < n && units[u + 1] >= 0 && ReadsAsHeading(pieces[a + 1].text)))) {
        // Over titles in the first column, a heading stands before a capitalised line.
        offer(u + 1, 0, here + kSectionScore, true);
      }
      for (size_t v = u + 1; v <= n && v - u <= kMaxCellLines && units[v - 1] >= 0; ++v) {
        const double s = cell_score(c, a, piece_at[v]);
        if (s <= kNever / 2) continue;
        offer(v, next, here + s + wrap, false);
        // An empty paragraph closing the cell (merging cells in Word keeps the covered
        // cell's paragraph: "Январь" and a blank line).
        if (v < n && units[v] < 0) offer(v + 1, next, here + s + kEmptyParagraph + wrap, false);
      }
    }
  }
  // The table ends where the reading scores best at a row's end; backtrack from there.
  size_t end = 0;
  for (size_t u = 1; u <= n; ++u) {
    if (at(u, 0).score > kNever / 2 && at(u, 0).score >= at(end, 0).score) end = u;
  }
  std::vector<std::pair<size_t, size_t>> cells;  // [from, to) units, first to last
  std::vector<bool> section_at;
  for (size_t u = end, c = 0; u > 0;) {
    const Step& s = at(u, static_cast<int>(c));
    cells.push_back({s.from, u});
    section_at.push_back(s.section);
    if (!s.section) c = (c + static_cast<size_t>(width) - 1) % static_cast<size_t>(width);
    u = s.from;
  }
  std::reverse(cells.begin(), cells.end());
  std::reverse(section_at.begin(), section_at.end());
  // Section rows after the last row are the text after the table.
  while (!section_at.empty() && section_at.back()) {
    section_at.pop_back();
    cells.pop_back();
  }
  const size_t rows = (cells.size() - static_cast<size_t>(std::count(section_at.begin(), section_at.end(), true))) /
                      static_cast<size_t>(width);
  if (rows < 2) return from;
  // A cell a line: a reading whose cells run over several lines (more than one in four) is
  // of some other text, in which blank lines are no empty cells (MuPDF's).
  if (!lines_apart && reject_multi_line_cells) {
    size_t filled = 0, multi = 0;
    for (size_t k = 0; k < cells.size(); ++k) {
      if (section_at[k] || piece_at[cells[k].first] == piece_at[cells[k].second]) continue;
      ++filled;
      multi += piece_at[cells[k].second] - piece_at[cells[k].first] > 1;
    }
    if (multi * 4 > filled) return from;
  }

  auto first_line = [&](size_t u, size_t v) {  // of units [u, v): 0 when all are blank
    for (size_t k = u; k < v; ++k) {
      if (units[k] >= 0) return lines[static_cast<size_t>(units[k])].line;
    }
    return 0;
  };
  size_t last_unit = 0;
  for (size_t k = 0; k < cells.size();) {
    if (section_at[k]) {
      const std::string text = pieces[piece_at[cells[k].first]].text;
      const int line = first_line(cells[k].first, cells[k].second);
      TableRow row;
      row.span.first_line = row.span.last_line = line;
      row.cells.push_back(MakeCell(0, width, {text}, line, line));
      table->rows.push_back(std::move(row));
      ++k;
      continue;
    }
    TableRow row;
    row.span.first_line = first_line(cells[k].first, cells[k + static_cast<size_t>(width) - 1].second);
    int last = row.span.first_line;
    for (size_t m = cells[k].first; m < cells[k + static_cast<size_t>(width) - 1].second; ++m) {
      if (units[m] >= 0) last = lines[static_cast<size_t>(units[m])].line;
    }
    row.span.last_line = last;
    bool people_ok = true, multi_line = false;
    int passed_over = 0;  // lines apart: cells left empty with nothing to show it
    for (int c = 0; c < width; ++c, ++k) {
      std::vector<std::string> paragraphs;
      for (size_t p = piece_at[cells[k].first]; p < piece_at[cells[k].second]; ++p) {
        paragraphs.push_back(pieces[p].text);
      }
      multi_line = multi_line || paragraphs.size() > 1;
      passed_over += lines_apart && paragraphs.empty();
      if (roles[c] == ColumnRole::kResponsible && !paragraphs.empty()) {
        people_ok = features.Score(roles[c], piece_at[cells[k].first], piece_at[cells[k].second]) > 0;
      }
      row.cells.push_back(MakeCell(c, 1, paragraphs, row.span.first_line, row.span.last_line));
      row.cells.back().span.table_cell = c;
    }
    double confidence = 1.0;
    if (!people_ok) confidence *= 0.7;
    // A cell of several lines is the rule where lines stand apart; a cell passed over is not.
    if (multi_line && !lines_apart) confidence *= 0.8;
    for (int c = 0; c < passed_over; ++c) confidence *= 0.8;
    row.confidence = confidence;
    if (confidence < uncertain_below) notes->push_back(UncertainRow(row, ""));
    table->rows.push_back(std::move(row));
    last_unit = cells[k - 1].second;
  }
  // The line after the last row's last line.
  size_t last_line = from;
  for (size_t u = 0; u < last_unit; ++u) {
    if (units[u] >= 0) last_line = static_cast<size_t>(units[u]) + 1;
  }
  return last_line;
}

// The same tables written cell after cell with every line apart (a blank line after each,
// as seed 004's PDF text): rows stand apart by wider gaps, and a row's cells run on from
// line to line ("Январь Совещание руководителей" / "организаций" / …). Each row's pieces
// are segmented as a numbered row's are (Segment); a lone heading ("1. Организационно-
// методическая работа") is a section row. The table ends at the first block that is
// neither: no timing (or none under a merged one) or no title. Returns the line after the
// last row, or `from` when fewer than two rows fit.
size_t TimingLedBlocks(const std::vector<TextLine>& lines, size_t from, const TableColumns& columns,
                       double uncertain_below, Table* table, std::vector<Diagnostic>* notes) {
  const int width = static_cast<int>(columns.roles.size());
  const std::vector<ColumnRole>& content_roles = columns.content_roles;
  const std::vector<int>& content_columns = columns.content_columns;
  const int number_column = columns.number_column;
  if (!MostLinesApart(lines, from)) return from;  // rows are apart by more: two blank lines
  std::vector<TableRow> rows;
  size_t end = from, real_rows = 0;
  for (size_t k = from; k < lines.size();) {
    size_t next = k + 1;
    while (next < lines.size() && lines[next].gap_before < 2 && !IsSignatureLine(lines[next].text)) ++next;
    if (IsSignatureLine(lines[k].text) || IsNumberColumnTitle(Trim(lines[k].text))) break;
    const std::string first = Trim(lines[k].text);
    std::string n, d, t;
    const bool heading = next == k + 1 && TimingCoverage(first) < 0.5 &&
                         (ReadsAsHeading(first) || (ParseRowStart(first, &n, &d, &t) && ReadsAsHeading(t)));
    if (heading) {
      TableRow row;
      row.span.first_line = row.span.last_line = lines[k].line;
      row.cells.push_back(MakeCell(0, width, {first}, lines[k].line, lines[k].line));
      rows.push_back(std::move(row));
      k = next;
      continue;
    }
    // The row's number, when the table has a column for it ("1. 28.08.2025" / "Анализ …").
    std::string number;
    std::vector<TextLine> row_lines(lines.begin() + static_cast<long>(k), lines.begin() + static_cast<long>(next));
    if (number_column < width && ParseRowStart(first, &n, &d, &t)) {
      number = n + d;
      row_lines.front().text = t;
      if (t.empty()) row_lines.erase(row_lines.begin());
    }
    std::vector<Piece> pieces;
    for (const TextLine& line : row_lines) {
      for (Piece& piece : PiecesOf(line)) pieces.push_back(std::move(piece));
    }
    if (pieces.empty()) break;
    // Under a month merged from above the row begins with its title.
    const size_t skip = TimingCoverage(pieces.front().text) >= 0.5 ? 0 : 1;
    const std::vector<ColumnRole> row_roles(content_roles.begin() + static_cast<long>(skip), content_roles.end());
    const Segmentation seg = Segment(pieces, row_roles, std::vector<double>(row_roles.size(), 0.5));
    std::vector<std::vector<std::string>> row_cells(row_roles.size());
    for (size_t c = 0; c < row_roles.size(); ++c) {
      for (size_t p = seg.cells[c].first; p < seg.cells[c].second; ++p) row_cells[c].push_back(pieces[p].text);
    }
    DistributeContinuation(pieces, seg.continuation, row_roles, &row_cells);
    std::vector<std::vector<std::string>> cells(skip);
    cells.insert(cells.end(), row_cells.begin(), row_cells.end());
    // A row: a timing or none (a month merged from above) first, then a title.
    const std::string timing = JoinLines(cells[0], nullptr);
    if (cells[1].empty() || (!timing.empty() && TimingCoverage(timing) < 0.5)) break;
    TableRow row;
    row.span.first_line = lines[k].line;
    row.span.last_line = lines[next - 1].line;
    for (int c = 0; c < width; ++c) {
      const auto at = std::find(content_columns.begin(), content_columns.end(), c);
      std::vector<std::string> text = {number};
      if (at != content_columns.end()) text = cells[static_cast<size_t>(at - content_columns.begin())];
      row.cells.push_back(MakeCell(c, 1, text, row.span.first_line, row.span.last_line));
      row.cells.back().span.table_cell = c;
    }
    row.confidence = std::round(100 / (1.0 + std::exp(-(seg.margin - 0.5)))) / 100;
    if (row.confidence < uncertain_below) notes->push_back(UncertainRow(row, number));
    rows.push_back(std::move(row));
    ++real_rows;
    end = next;
    k = next;
  }
  if (real_rows < 2) return from;
  // Section rows after the last row belong to the text after the table.
  while (!rows.empty() && rows.back().cells.size() == 1) rows.pop_back();
  for (TableRow& row : rows) table->rows.push_back(std::move(row));
  return end;
}

// ---- Tables led by a timing column, written visual line by visual line ----------------

// The width, in characters, the title column wraps its lines at: the longest pieces of the
// lines of a table written visual line by visual line are its titles' wrapped lines (a line
// may hold several cells: "1. 28.08.2025 Анализ результатов …", "… дополнительных
// Методисты ОДО"), so the width is taken at the 80th percentile of the pieces of 30
// characters or more. 0 when there are too few.
// `pieces[k - from]` are the pieces of line k.
int WrappedWidth(const std::vector<std::vector<Piece>>& pieces) {
  std::vector<int> long_lines;
  for (const std::vector<Piece>& line : pieces) {
    int n = 0;
    for (const Piece& piece : line) n = std::max(n, static_cast<int>(Characters(piece.text)));
    if (n >= 30) long_lines.push_back(n);
  }
  if (long_lines.size() < 4) return 0;
  std::sort(long_lines.begin(), long_lines.end());
  // Lines holding two cells glued by a space ("Организационно Разработка и утверждение
  // плана": a column of sections beside the titles) run longer than any title's line:
  // those more than a quarter longer than the median are left out first.
  const int median = long_lines[long_lines.size() / 2];
  while (long_lines.size() > 3 && 4 * long_lines.back() > 5 * median) long_lines.pop_back();
  return long_lines[long_lines.size() * 4 / 5];
}

size_t FirstWordCharacters(const std::string& text) {
  const std::string t = Trim(text);
  return Characters(std::string_view(t).substr(0, std::min(t.find(' '), t.size())));
}

// Opening minus closing guillemets in `text`.
int OpenQuotes(std::string_view text) {
  int open = 0;
  for (size_t at = text.find("«"); at != std::string_view::npos; at = text.find("«", at + 1)) ++open;
  for (size_t at = text.find("»"); at != std::string_view::npos; at = text.find("»", at + 1)) --open;
  return open;
}

bool EndsWithClosingQuote(std::string_view text) {
  return !text.empty() && (text.back() == '"' || (text.size() >= 2 && text.substr(text.size() - 2) == "»"));
}

// Whether a title may go on with a next visual line: it is not complete (`complete`: a
// sentence ends it, or a closing quote that balances its quotes, "… мастерства «Сердце
// отдаю детям»"), and the next line's first word (`next_first_word` characters) could not
// have stood on its last line (`last_line` characters; the column is `width` wide, give or
// take a wide letter).
bool TitleGoesOn(int last_line, bool complete, int next_first_word, int width) {
  return !complete && static_cast<double>(last_line + 1 + next_first_word) > 0.92 * width;
}

// The same for a title whose lines so far are `title` and a next line `next`.
bool MayContinueTitle(const std::vector<std::string>& title, const std::string& next, int width) {
  const std::string t = title.empty() ? std::string() : Trim(title.back());
  if (t.empty()) return false;
  int open = 0;
  for (const std::string& line : title) open += OpenQuotes(line);
  const bool complete = EndsSentence(t) || (EndsWithClosingQuote(t) && open == 0);
  return TitleGoesOn(static_cast<int>(Characters(t)), complete, static_cast<int>(FirstWordCharacters(next)), width);
}

bool IsMarkLine(const std::string& text) { return ContainsAny(MatchKey(text), kMarkStems); }

// Lines of the table [from, to) that give it away as written visual line by visual line:
// a line in lower case that continues a title (a long line above, which its first word
// would not have fitted) right after a value of another column ("Совещание руководителей
// организаций" / "Руководители ОДО" / "Рябова С.В." / "выполнено" / "дополнительного
// образования …"). LibreOffice's text has a whole cell on each line, so none.
// `pieces[k - from]` are the pieces of line k. `*visual_lines` tells which: true for lines
// after another column's value (visual line by visual line), false for titles wrapped
// right onto their next lines (MuPDF's text, cell after cell).
int InterleavedContinuations(const std::vector<TextLine>& lines, size_t from, size_t to,
                             const std::vector<std::vector<Piece>>& pieces, int width, bool* visual_lines) {
  *visual_lines = false;
  int found = 0, wrapped = 0;
  for (size_t k = from + 1; k < to; ++k) {
    // A title wrapped right onto the next line: a long capitalised line, then one in lower
    // case whose first word could not have fitted on it.
    const std::string line = Trim(lines[k].text);
    // The title's first line may follow other cells on its line ("1. 28.08.2025 Анализ …").
    const std::vector<Piece>& above = pieces[k - 1 - from];
    const std::string before = above.empty() ? std::string() : above.back().text;
    if (StartOf(line) == Start::kLower && !IsMarkLine(line) && !IsValueLine(line) && lines[k].gap_before == 0 &&
        StartOf(before) == Start::kCapital && static_cast<int>(Characters(before)) >= width * 3 / 5 &&
        !IsValueLine(before) && MayContinueTitle({before}, line, width)) {
      ++wrapped;
    }
  }
  if (wrapped >= 3) return wrapped;
  *visual_lines = true;
  for (size_t k = from + 2; k < to; ++k) {
    const std::string line = Trim(lines[k].text);
    if (StartOf(line) != Start::kLower || IsMarkLine(line) || IsValueLine(line) ||
        Characters(line) < 8 || lines[k].gap_before > 0) {
      continue;
    }
    // The line before is another column's: a value, a mark, or a capitalised line the
    // continuation's first word would have fitted on (a result's "Аналитическая" before
    // the title's "дополнительных"), so not the title's own last line.
    const std::string before = Trim(lines[k - 1].text);
    if (!IsValueLine(before) && !IsMarkLine(before) &&
        !(StartOf(before) == Start::kCapital && !MayContinueTitle({before}, line, width))) {
      continue;
    }
    for (size_t j = k - 1; j-- > from && j + 5 > k;) {
      const std::string above = Trim(lines[j].text);
      if (StartOf(above) == Start::kCapital && static_cast<int>(Characters(above)) >= width * 3 / 5 &&
          !IsValueLine(above) && MayContinueTitle({above}, line, width)) {
        ++found;
        break;
      }
    }
  }
  return found;
}

// What the words of one line say for each of `roles` (RowFeatures), 0 for the title, which
// the visual-line reader judges by the title's lines. A timing column after the titles is
// judged by the line's share of timing words, a timing broken over lines in mind ("В
// течение" / "года"); one that leads the table (0) the reader judges by the month.
std::vector<double> LineScores(const std::string& text, const std::vector<ColumnRole>& roles) {
  std::vector<Piece> one(1);
  one[0].text = text;
  const RowFeatures features(one);
  std::vector<double> scores(roles.size(), 0);
  for (size_t c = 0; c < roles.size(); ++c) {
    if (roles[c] == ColumnRole::kTiming && c > 0) {
      const double coverage = TimingCoverage(text);
      scores[c] = IsTimingFragment(text) ? 3
                  : coverage >= 0.5      ? 5
                  : coverage > 0 || TimingCoverage(text + " года") >= 0.5 ? 2  // "В течение" / "года"
                                         : -4;
    } else if (roles[c] != ColumnRole::kTitle && roles[c] != ColumnRole::kTiming) {
      scores[c] = features.Score(roles[c], 0, 1);
    }
  }
  return scores;
}

// A table written visual line by visual line, as units: a line, or one of the cells a
// line holds.
struct VisualUnit {
  std::string text;
  int line = 0;          // in the input
  bool number = false;   // a row's number
  bool section = false;  // the text of a column of sections, glued before a row's title
};

// Whether the rows from `from` on are numbered alone on their lines while the title's cell
// holds a numbered list: the first row's number stands alone and the next line begins
// with a number and its text ("1." / "1. Анализ методической работы …" / … / "2.
// Утверждение плана …" / "2."). Then only a number alone begins a row.
bool RowsNumberedAlone(const std::vector<TextLine>& lines, size_t from, size_t end) {
  for (size_t k = from; k + 1 < end; ++k) {
    std::string n, d, t;
    if (!ParseRowStart(lines[k].text, &n, &d, &t)) continue;
    std::string n2, d2, t2;
    return t.empty() && ParseRowStart(lines[k + 1].text, &n2, &d2, &t2) && !t2.empty() && d2 == ".";
  }
  return false;
}

// The text of a column of sections goes on at a line's start: a compound's next part
// ("Организационно" / "-методическое") or the rest of a word the column broke
// ("Информационно" / "е сопровождение …": the whole word known to the dictionary, the
// piece not). Appends to `section` as many of `line`'s words as fit `width` characters
// and leaves the rest in `line`; returns whether any of it is left.
bool TakeSectionsRest(size_t width, std::string* section, std::string* line) {
  if (StartOf(*line) == Start::kCapital) return true;
  const std::string first_word = line->substr(0, line->find(' '));
  const size_t space = section->rfind(' ');
  const std::string last_word = section->substr(space == std::string::npos ? 0 : space + 1);
  const Hyphenator* dictionary = Hyphenator::Default();
  const bool compound = first_word.size() > 1 && first_word[0] == '-';
  const bool completes = !compound && dictionary != nullptr && !dictionary->IsWord(first_word) &&
                         dictionary->IsWord(last_word + first_word);
  if (!compound && !completes) return true;
  size_t cut = first_word.size();
  if (Characters(*line) <= width) {
    cut = line->size();
  } else {
    for (size_t sp = line->find(' ', cut); sp != std::string::npos && Characters(line->substr(0, sp)) <= width;
         sp = line->find(' ', sp + 1)) {
      cut = sp;
    }
  }
  *section += line->substr(0, cut);
  *line = cut < line->size() ? Trim(line->substr(cut)) : std::string();
  return !line->empty();
}

// The table's lines [from, end) as units: a line, or its pieces where it holds two cells: a line
// longer than the title column holds a title's line and the next column's start
// ("… дополнительных Методисты ОДО"), and a completion mark may follow a person on one
// line ("Методист Соколов Д.А. перенесено"). The header repeated after a page break is
// left out (`header_keys`: match keys of its lines); in a numbered table (`numbered`) each
// row's number is a unit of its own. `wrap` is the title column's width. With a column of
// sections before the titles (`sections_first`), the section's text glued before a group's
// first title is a unit marked `section`, and its later lines join it (TakeSectionsRest).
std::vector<VisualUnit> VisualUnits(const std::vector<TextLine>& lines, size_t from, size_t end, int wrap,
                                    bool numbered, bool sections_first, const std::set<std::string>& header_keys) {
  std::vector<VisualUnit> units;
  // A piece of a line as units: two where pdftotext glued two cells ("СеминарНоябрь").
  auto add_cells = [&units](const std::string& text, int line) {
    std::string left, right;
    if (RE2::FullMatch(text, WrittenRule("glued_cells", text), &left, &right)) {
      units.push_back({left, line});
      units.push_back({right, line});
    } else {
      units.push_back({text, line});
    }
  };
  std::string last_number;  // numbered tables: the last row number read
  const bool alone_only = numbered && RowsNumberedAlone(lines, from, end);
  // With a column of sections before the titles: the unit holding the current row's
  // section text (SIZE_MAX when none), and that column's width, its first line's.
  size_t section_unit = SIZE_MAX;
  size_t section_width = 0;
  constexpr size_t kSectionSlack = 3;  // characters past the first line's: letters differ in width
  size_t number_unit = SIZE_MAX;  // the last row number's unit, until the line after it is read
  // A row's first line holding two cells begins with the section's text ("Организационно
  // Разработка и утверждение плана") where the second opens the title in capitals and
  // neither is a value. Asked once the line after a number is read.
  auto find_section = [&] {
    if (number_unit == SIZE_MAX || units.size() <= number_unit + 1) return;
    const VisualUnit& first = units[number_unit + 1];
    if (sections_first && units.size() >= number_unit + 3) {
      const VisualUnit& second = units[number_unit + 2];
      if (!first.number && !second.number && first.line == second.line && StartOf(second.text) == Start::kCapital &&
          !IsValueLine(first.text) && !IsValueLine(second.text) && TimingCoverage(second.text) == 0) {
        units[number_unit + 1].section = true;
        section_unit = number_unit + 1;
        section_width = Characters(first.text);
      }
    }
    number_unit = SIZE_MAX;
  };
  for (size_t k = from; k < end; ++k) {
    find_section();
    std::string line = Trim(lines[k].text);
    if (line.empty()) continue;
    if (section_unit != SIZE_MAX && !TakeSectionsRest(section_width + kSectionSlack, &units[section_unit].text, &line)) {
      continue;  // the whole line was the section's
    }
    if ((lines[k].page_before || lines[k].gap_before > 0 || (k > from && header_keys.count(MatchKey(Trim(lines[k - 1].text))))) &&
        header_keys.count(MatchKey(line))) {
      continue;
    }
    // The next row's number, alone ("4.") or before the row's first text ("4. Ноябрь –").
    std::string n, d, t;
    if (numbered && ParseRowStart(line, &n, &d, &t) && Expected(last_number, n) && (t.empty() || d == ".") &&
        (t.empty() || !alone_only)) {
      last_number = n;
      units.push_back({n + d, lines[k].line});
      units.back().number = true;
      section_unit = SIZE_MAX;
      number_unit = units.size() - 1;
      if (t.empty()) continue;
      line = t;
    }
    // A line longer than the title column, or a timing before a capitalised text (the
    // month and the title's first line: "Январь Совещание …"), holds several cells.
    if (static_cast<int>(Characters(line)) > wrap ||
        (RE2::PartialMatch(line, WrittenRule("timing_then_capital", line)) && TimingCoverage(line) > 0)) {
      TextLine rest = lines[k];
      rest.text = line;
      const std::vector<Piece> pieces = PiecesOf(rest);
      if (pieces.size() == 1 && static_cast<int>(Characters(line)) > wrap) {
        // One space between the title's line and the next cell ("… открытых уроков и
        // Обсуждение"): the cell begins at the last capitalised word after which the title's
        // part still fits the column.
        size_t cut = std::string::npos;
        for (size_t sp = line.find(' '); sp != std::string::npos; sp = line.find(' ', sp + 1)) {
          if (static_cast<int>(Characters(line.substr(0, sp))) > wrap) break;
          if (StartOf(line.substr(sp + 1)) == Start::kCapital) cut = sp;
        }
        if (cut != std::string::npos) {
          units.push_back({line.substr(0, cut), lines[k].line});
          add_cells(line.substr(cut + 1), lines[k].line);
          continue;
        }
      }
      if (static_cast<int>(Characters(line)) > wrap || (pieces.size() >= 2 && TimingCoverage(pieces[0].text) >= 0.5)) {
        for (const Piece& piece : pieces) add_cells(piece.text, lines[k].line);
        continue;
      }
    }
    if (RE2::FullMatch(line, WrittenRule("glued_cells", line))) {
      add_cells(line, lines[k].line);
      continue;
    }
    // A timing or a person one space after another cell's words ("Консультации Март –",
    // "По графику Иванова Т.С."): two cells.
    std::string head, tail;
    if (Characters(line) <= 60 &&
        ((RE2::FullMatch(line, WrittenRule("cell_then_capitalised_tail", line), &head, &tail) && TimingCoverage(tail) >= 0.5 &&
          TimingCoverage(head) == 0 && StartOf(head) == Start::kCapital) ||
         (RE2::FullMatch(line, WrittenRule("cell_then_person", line), &head, &tail) && PersonShare(head) == 0 && !EndsOpen(head)))) {
      units.push_back({head, lines[k].line});
      units.push_back({tail, lines[k].line});
      continue;
    }
    // A completion mark after a short cell ("Методист Соколов Д.А. перенесено", "Методисты
    // кабинета выполнено"), and a person before another cell's words ("Гаврилов П.С. по
    // графику"): two cells.
    const size_t last_space = line.rfind(' ');
    std::string person, after;
    if (last_space != std::string::npos && Characters(line) <= 50 &&
        RE2::FullMatch(line.substr(last_space + 1), WrittenRule("completion_mark", line)) && !IsMarkLine(line.substr(0, last_space))) {
      units.push_back({line.substr(0, last_space), lines[k].line});
      units.push_back({line.substr(last_space + 1), lines[k].line});
      continue;
    }
    if (RE2::FullMatch(line, WrittenRule("person_then_cell", line), &person, &after) && PersonShare(after) == 0) {
      units.push_back({person, lines[k].line});
      units.push_back({after, lines[k].line});
      continue;
    }
    // A person after other words: the responsible column's line beside another column's
    // ("Молодые специалисты Смирнова О.В.").
    TextLine rest = lines[k];
    rest.text = line;
    if (const std::vector<Piece> pieces = PiecesOf(rest);
        pieces.size() == 2 && PersonShare(pieces[1].text) >= 0.8 && PersonShare(pieces[0].text) == 0) {
      units.push_back({pieces[0].text, lines[k].line});
      units.push_back({pieces[1].text, lines[k].line});
      continue;
    }
    units.push_back({line, lines[k].line});
  }
  find_section();
  return units;
}

// A row of a table written visual line by visual line: units [first, end); a section row
// is one unit.
struct VisualRow {
  size_t first = 0, end = 0;
  bool section = false;
  bool month = false;  // its first unit is the month
  std::string number;  // numbered tables: the row's number (its unit is not in [first, end))
};

// The rows of `units` (roles: the table's content columns). A row begins at a month
// (a capitalised timing, or the start of one broken over lines: "По отдельному" /
// … / "графику"), or at a capitalised line too long for a narrow column that cannot go
// on with the title so far (followed roughly: each later line of the title is one in
// lower case its first word could not have fitted on the line before); in a numbered
// table, at its number. Headings make section rows.
std::vector<VisualRow> VisualRows(const std::vector<VisualUnit>& units, const std::vector<ColumnRole>& roles, int wrap,
                                  bool numbered) {
  auto month_begun = [&](size_t u) {
    const std::string& text = units[u].text;
    if (StartOf(text) != Start::kCapital || Characters(text) > 30 || IsValueLine(text) || IsMarkLine(text)) {
      return false;
    }
    for (size_t v = u + 1; v < units.size() && v <= u + 3; ++v) {
      if (StartOf(units[v].text) == Start::kLower && TimingCoverage(units[v].text + " ") < 0.5 &&
          TimingCoverage(text + " " + units[v].text) >= 0.5) {
        return true;
      }
    }
    return false;
  };
  // A month (or any timing) that may begin a row: short, a timing, or the start of one.
  auto month_at = [&](size_t u) {
    const std::string& text = units[u].text;
    return Characters(text) <= 30 && (TimingCoverage(text) >= 0.5 || month_begun(u));
  };
  std::vector<VisualRow> row_units;
  std::vector<std::string> title_so_far;
  for (size_t u = 0; u < units.size(); ++u) {
    const std::string& line = units[u].text;
    const Start start = StartOf(line);
    if (units[u].number) {
      // A number begins the row; a timing after it is the row's, then the title. A
      // section's text glued before the title becomes a section row before the row.
      size_t first = u + 1;
      if (first < units.size() && units[first].section) {
        row_units.push_back({first, first + 1, true, false});
        ++first;
      }
      if (first >= units.size() || units[first].number) {
        u = first - 1;
        continue;
      }
      const std::string& next = units[first].text;
      const bool month = month_at(first);
      row_units.push_back({first, first + 1, false, month, line});
      title_so_far.clear();
      if (!month) title_so_far.push_back(next);
      u = first;
      continue;
    }
    std::string n, d, t;
    if (!numbered && ParseRowStart(line, &n, &d, &t) && d == "." && n.find('.') == std::string::npos &&
        ReadsAsHeading(t) && TimingCoverage(t) < 0.5) {
      row_units.push_back({u, u + 1, true, false});
      title_so_far.clear();
      continue;
    }
    const bool month = !numbered && start == Start::kCapital && month_at(u);
    const bool long_capital = start == Start::kCapital && static_cast<int>(Characters(line)) >= wrap * 3 / 5 &&
                              PersonShare(line) < 0.5 && !IsMarkLine(line);
    const bool open_row = !row_units.empty() && !row_units.back().section;
    // An unnumbered heading across the table ("Работа с педагогами"): a heading line
    // before a month, at the table's start or where the title cannot go on, that no other
    // column's words claim (as they claim "Педагоги ДО").
    if (!month && start == Start::kCapital && u + 1 < units.size() && ReadsAsHeading(line) && !IsValueLine(line) &&
        TimingCoverage(line) < 0.5 &&
        (!open_row || (!title_so_far.empty() && !MayContinueTitle(title_so_far, line, wrap)))) {
      const std::string& next = units[u + 1].text;
      // (In a numbered table rows begin at their numbers only: a month after a line is the
      // timing of the row it stands in.)
      const bool next_month = units[u + 1].number || (!numbered && StartOf(next) == Start::kCapital && month_at(u + 1));
      const std::vector<double> scores = LineScores(line, roles);
      const double claimed = std::max(0.0, *std::max_element(scores.begin(), scores.end()));
      // A line wider than the widest column is no cell's line.
      const bool too_wide = static_cast<int>(Characters(line)) > wrap + 2;
      if (next_month && (!open_row || claimed < 1 || too_wide)) {  // at the table's start no row claims it
        row_units.push_back({u, u + 1, true, false});
        title_so_far.clear();
        continue;
      }
    }
    if (numbered && !open_row) continue;  // text before the first number: no row of the table
    if (month || !open_row ||
        (!numbered && long_capital && !title_so_far.empty() && !MayContinueTitle(title_so_far, line, wrap))) {
      row_units.push_back({u, u + 1, false, month});
      title_so_far.clear();
      if (!month) title_so_far.push_back(line);
      continue;
    }
    row_units.back().end = u + 1;
    const VisualRow& row = row_units.back();
    const bool month_next_line = row.month && u == row.first + 1 && title_so_far.empty() && start == Start::kLower &&
                                 TimingCoverage(units[row.first].text + " " + line) >= 0.5;
    if (month_next_line) {
      // "Ноябрь –" / "декабрь": the month goes on; the title comes after.
    } else if (title_so_far.empty()) {
      title_so_far.push_back(line);
    } else if (start == Start::kLower && MayContinueTitle(title_so_far, line, wrap)) {
      title_so_far.push_back(line);
    }
  }
  return row_units;
}

// ---- Columns written after the table ---------------------------------------------------

// Whether `text`, a block of lines written after a table, reads as a cell of `role`.
bool FitsColumn(const std::string& text, ColumnRole role) {
  const std::string key = MatchKey(text);
  switch (role) {
    case ColumnRole::kResponsible:
      return PersonShare(text) > 0 || ContainsAny(key, kPositionStems) || MostlyUpper(text, 2);
    case ColumnRole::kForm: return ContainsAny(key, kFormStems);
    case ColumnRole::kAudience: return ContainsAny(key, kAudienceStems);
    case ColumnRole::kNote: return ContainsAny(key, kMarkStems) || TimingCoverage(text) > 0;
    default: return PersonShare(text) == 0;
  }
}

// Plain pdftotext may write some columns after the table's end, under their titles again
// ("Форма проведения", "Ответственный" after the signature, from line `end` on), their
// cells as blocks going round the columns, a block holding the cells of several rows where
// they stand close. Each block goes to the column it reads as (else the next in turn);
// a column's lines, joined where one ends with a comma or a hyphen (or, but for people,
// goes on in lower case), are put back in the rows in order when there are as many as the
// table has rows; each row so filled is reported, and columns that cannot be are named.
void PlaceColumnsAfterTable(const std::vector<TextLine>& lines, size_t end, Table* table,
                            std::vector<Diagnostic>* notes) {
  struct Later {
    std::string title;
    ColumnRole role;
    std::vector<std::string> items;
  };
  std::vector<Later> later;
  int first_later = 0, last_later = 0;
  size_t values_from = end;
  for (size_t k = end; k < lines.size() && k < end + 80; ++k) {
    // The titles stand together before the values: the first other line ends them.
    const std::string line = Trim(lines[k].text);
    // A title's next line in lower case ("Форма" / "проведения") is the title's.
    if (!later.empty() && k == values_from && !FirstLetterUpper(line) &&
        RoleOfHeader(later.back().title + " " + line) == later.back().role) {
      later.back().title += " " + line;
      last_later = lines[k].line;
      values_from = k + 1;
      continue;
    }
    const ColumnRole role = Characters(line) > 30 || !FirstLetterUpper(line) || PersonShare(line) > 0
                                ? ColumnRole::kOther
                                : RoleOfHeader(line);
    if (role == ColumnRole::kOther || role == ColumnRole::kTitle || role == ColumnRole::kTiming ||
        role == ColumnRole::kNumber) {
      if (!later.empty()) break;
      continue;
    }
    later.push_back({line, role, {}});
    if (first_later == 0) first_later = lines[k].line;
    last_later = lines[k].line;
    values_from = k + 1;
  }
  if (later.empty()) return;
  std::vector<size_t> data_rows;  // indices in table->rows of rows with cells (no header, no section)
  for (size_t r = 0; r < table->rows.size(); ++r) {
    if (!table->rows[r].is_header && table->rows[r].cells.size() > 1) data_rows.push_back(r);
  }
  // The values: blocks of lines up to the end, a line of prose, or far more than fit.
  const size_t most = data_rows.size() * later.size() * 4;
  std::vector<std::vector<std::string>> lines_of(later.size());
  size_t turn = 0, taken = 0;
  for (size_t k = values_from; k < lines.size() && taken < most;) {
    size_t next = k + 1;
    while (next < lines.size() && lines[next].gap_before == 0) ++next;
    std::string joined;
    bool prose = false;
    for (size_t m = k; m < next; ++m) {
      joined += (joined.empty() ? "" : " ") + Trim(lines[m].text);
      prose = prose || Characters(Trim(lines[m].text)) > 60 || IsSignatureLine(lines[m].text);
    }
    if (prose) break;
    // The rest of a header repeated after a page break ("Сроки", "Ответственные") holds no
    // values.
    if (next == k + 1 && FirstLetterUpper(joined) && Characters(joined) <= 30 && PersonShare(joined) == 0 &&
        LineHeadWord(joined) != ColumnRole::kOther) {
      k = next;
      continue;
    }
    size_t column = turn;
    if (!FitsColumn(joined, later[turn].role)) {
      for (size_t c = 0; c < later.size(); ++c) {
        if (c != turn && FitsColumn(joined, later[c].role)) column = c;
      }
    }
    for (size_t m = k; m < next; ++m) lines_of[column].push_back(Trim(lines[m].text));
    turn = (column + 1) % later.size();
    taken += next - k;
    k = next;
  }
  for (size_t c = 0; c < later.size(); ++c) {
    for (const std::string& line : lines_of[c]) {
      std::vector<std::string>& items = later[c].items;
      const bool goes_on = !items.empty() && (items.back().back() == ',' || items.back().back() == '-' ||
                                               (later[c].role != ColumnRole::kResponsible &&
                                                StartOf(line) == Start::kLower && !EndsSentence(items.back())));
      if (goes_on) {
        items.back() = JoinLines({items.back(), line}, nullptr);
      } else {
        items.push_back(line);
      }
    }
  }
  std::vector<std::string> placed, unplaced;
  for (Later& column : later) {
    // A title with no values under it is the header repeated after a page break.
    if (column.items.empty()) continue;
    // As many items as rows; people, where the column names them, in most.
    bool fits = !data_rows.empty() && column.items.size() == data_rows.size();
    if (fits && column.role == ColumnRole::kResponsible) {
      size_t people = 0;
      for (const std::string& item : column.items) people += FitsColumn(item, column.role);
      fits = people * 2 >= column.items.size();
    }
    (fits ? placed : unplaced).push_back("«" + column.title + "»");
    if (!fits) continue;
    const int c = table->grid_columns++;
    TableRow& header = table->rows.front();
    header.cells.push_back(MakeCell(c, 1, {column.title}, header.span.first_line, header.span.last_line));
    header.cells.back().span.table_cell = c;
    for (size_t i = 0; i < data_rows.size(); ++i) {
      TableRow& row = table->rows[data_rows[i]];
      row.cells.push_back(MakeCell(c, 1, {column.items[i]}, row.span.first_line, row.span.last_line));
      row.cells.back().span.table_cell = static_cast<int>(row.cells.size()) - 1;
    }
  }
  // Section rows span the table, new columns included.
  for (TableRow& row : table->rows) {
    if (!row.is_header && row.cells.size() == 1) row.cells[0].col_span = table->grid_columns;
  }
  SourceSpan where;
  where.first_line = first_later;
  where.last_line = last_later;
  // "Столбец «…» записан" or "Столбцы «…», «…» записаны".
  auto columns_written = [](const std::vector<std::string>& names) {
    std::string list;
    for (const std::string& name : names) list += (list.empty() ? "" : ", ") + name;
    return (names.size() == 1 ? "Столбец " : "Столбцы ") + list +
           (names.size() == 1 ? " записан" : " записаны") + " после конца таблицы";
  };
  if (!placed.empty()) {
    notes->push_back({"table.columns_after_table", Severity::kInfo,
                      columns_written(placed) + " (так пишет pdftotext без -layout); " +
                          (placed.size() == 1 ? "его" : "их") +
                          " значения расставлены по строкам по порядку — проверьте, что каждое попало в свою строку",
                      where});
  }
  if (!unplaced.empty()) {
    notes->push_back({"table.columns_after_table", Severity::kWarning,
                      columns_written(unplaced) + ": " + (unplaced.size() == 1 ? "его" : "их") +
                          " значения не сопоставлены со строками. Извлеките текст PDF командой pdftotext "
                          "-layout или используйте исходный DOCX",
                      where});
  }
}

// A page written column by column after rows written row by row (plain pdftotext): on
// the table's last page, after the titles, another column's header title repeated at a
// block's start ("Сроки проведения", one of `header_keys`) over a block of that column's
// values for the page's rows ("по запросу" / "по отдельному" / "графику"), no row begun
// after it. `title` is lines.size() when there is none.
struct LastPageColumn {
  size_t title;       // the title's first line
  size_t values = 0;  // the first value's line (after the title's lines)
  size_t end = 0;     // the line after the values' block
};
LastPageColumn LastPageColumnAt(const std::vector<TextLine>& lines, size_t from,
                                const std::set<std::string>& header_keys) {
  for (size_t k = from + 1; k < lines.size(); ++k) {
    const std::string line = Trim(lines[k].text);
    if (!StartsBlock(lines[k]) || header_keys.count(MatchKey(line)) == 0) continue;
    const ColumnRole role = RoleOfHeader(line);
    if (role == ColumnRole::kOther || role == ColumnRole::kTitle || role == ColumnRole::kNumber) continue;
    size_t values = k + 1;
    while (values < lines.size() && !StartsBlock(lines[values]) && header_keys.count(MatchKey(Trim(lines[values].text))) > 0) {
      ++values;
    }
    size_t end = values;
    while (end < lines.size() && !StartsBlock(lines[end]) && Characters(Trim(lines[end].text)) <= 40) ++end;
    if (end == values || (end < lines.size() && !StartsBlock(lines[end]))) continue;
    for (size_t m = end; m < lines.size(); ++m) {
      std::string n, d, t;
      if (ParseRowStart(lines[m].text, &n, &d, &t)) return {lines.size()};
    }
    return {k, values, end};
  }
  return {lines.size()};
}

// The values under such a title go to the table's last rows that lack that column, in
// order: as many rows as follow the last row that has it. The lines are shared out among
// those rows so that the most of them read as the column's values (a timing that parses:
// "по запросу" / "по отдельному" / "графику"). Returns whether they were placed; a note
// says so.
bool PlaceLastPageColumn(const std::vector<TextLine>& lines, const LastPageColumn& at, Table* table,
                         std::vector<Diagnostic>* notes) {
  const std::string title = Trim(lines[at.title].text);
  const ColumnRole role = RoleOfHeader(title);
  int column = -1;
  for (const TableCell& cell : table->rows.front().cells) {
    if (RoleOfHeader(PlainText(cell.blocks)) == role) column = cell.grid_column;
  }
  if (column < 0) return false;
  // The rows after the last one that has the column, each with a cell in it.
  std::vector<TableCell*> empty;
  for (size_t r = table->rows.size(); r-- > 1;) {
    TableRow& row = table->rows[r];
    if (row.cells.size() <= 1) continue;  // a section row
    TableCell* cell = nullptr;
    for (TableCell& c : row.cells) {
      if (c.grid_column == column) cell = &c;
    }
    if (cell == nullptr || !cell->blocks.empty()) break;
    empty.insert(empty.begin(), cell);
  }
  const size_t values = at.values, rows = empty.size(), count = at.end - values;
  if (rows == 0 || count < rows || count > 4 * rows) return false;
  auto joined = [&](size_t a, size_t b) {  // lines [a, b) as one cell's text
    std::vector<std::string> parts;
    for (size_t m = a; m < b; ++m) parts.push_back(Trim(lines[m].text));
    return JoinLines(parts, nullptr);
  };
  auto fits = [&](size_t a, size_t b) {
    const std::string text = joined(a, b);
    if (role == ColumnRole::kTiming) return ParseTiming(text, std::nullopt).kind != TimingKind::kUnknown ? 1 : 0;
    return FitsColumn(text, role) ? 1 : 0;
  };
  // best[i][j]: the most values that read as the column's, lines [values, values + i) in j cells.
  constexpr int kNone = -1;
  std::vector<std::vector<int>> best(count + 1, std::vector<int>(rows + 1, kNone));
  std::vector<std::vector<size_t>> cut(count + 1, std::vector<size_t>(rows + 1, 0));
  best[0][0] = 0;
  for (size_t i = 1; i <= count; ++i) {
    for (size_t j = 1; j <= rows && j <= i; ++j) {
      for (size_t a = j - 1; a < i; ++a) {
        if (best[a][j - 1] == kNone) continue;
        const int v = best[a][j - 1] + fits(values + a, values + i);
        if (v > best[i][j]) {
          best[i][j] = v;
          cut[i][j] = a;
        }
      }
    }
  }
  for (size_t i = count, j = rows; j > 0; --j) {
    const size_t a = cut[i][j];
    TableCell& cell = *empty[j - 1];
    const int table_cell = cell.span.table_cell;
    cell = MakeCell(column, 1, {joined(values + a, values + i)}, cell.span.first_line, cell.span.last_line);
    cell.span.table_cell = table_cell;
    i = a;
  }
  SourceSpan where;
  where.first_line = lines[at.title].line;
  where.last_line = lines[at.end - 1].line;
  notes->push_back({"table.columns_after_table", Severity::kInfo,
                    "Столбец «" + title + "» последней страницы записан после названий мероприятий (так пишет "
                    "pdftotext без -layout); его значения расставлены по последним строкам по порядку — "
                    "проверьте, что каждое попало в свою строку",
                    where});
  return true;
}

// Plain pdftotext writes a table led by a timing column ("Месяц" | "Содержание работы" |
// "Участники" | "Ответственные" | …) visual line by visual line across its cells:
//   Январь / Совещание руководителей организаций / Руководители ОДО / Рябова С.В. /
//   выполнено / дополнительного образования «Итоги 2024 года и / Громова Т.А. / …
// The title column is the widest, so its lines wrap near one width, and a line continues
// the title above only if its first word could not have stood on the title's last line.
// Rows begin at a capitalised timing (the month) and, under a month merged from above, at
// a capitalised line too long for any other column; a numbered heading is a section row.
// Each other line goes to the title it continues, to the month it continues
// ("Октябрь –" / "ноябрь"), or to the column its words fit best. The header repeated after
// a page break (`header_keys`, match keys of its lines) is left out; a signature ends the
// table. With a number column rows begin at their numbers. The same reading serves text
// written cell after cell with titles wrapped (MuPDF's text) and pdftotext -raw's several
// cells on a line (split into units first). Only for text that shows the interleaving or
// the wrapping (InterleavedContinuations). Returns the line after the last row, or `from`
// when this is not such a table or fewer than two rows were read.
size_t TimingLedVisualLines(const std::vector<TextLine>& lines, size_t from, const TableColumns& columns,
                            const std::set<std::string>& header_keys, double uncertain_below, Table* table,
                            std::vector<Diagnostic>* notes) {
  const std::vector<ColumnRole>& roles = columns.content_roles;
  const int width = static_cast<int>(columns.roles.size());
  if (roles.size() < 2) return from;
  // With a number column ("№" | "Сроки" | "Мероприятие" | …) rows begin at their numbers.
  const bool numbered = columns.number_column < width;
  size_t end = from;
  // The table ends at a signature, another table's "№", or an approval block written after
  // it ("УТВЕРЖДАЮ": LibreOffice's PDF puts a block aligned right at the page's end).
  auto approval = [&](size_t k) {
    const std::string key = MatchKey(Trim(lines[k].text));
    return key.size() <= 40 && RE2::PartialMatch(key, Rule("approval_heading", key));
  };
  while (end < lines.size() && !IsSignatureLine(lines[end].text) && !IsNumberColumnTitle(Trim(lines[end].text)) &&
         !approval(end) && !(end > from && lines[end].table_before)) {
    ++end;
  }
  std::vector<std::vector<Piece>> pieces;  // of each line, for the two tests below
  pieces.reserve(end - from);
  for (size_t k = from; k < end; ++k) pieces.push_back(PiecesOf(lines[k]));
  const int wrap = WrappedWidth(pieces);
  bool visual_lines = false;
  if (wrap == 0 || InterleavedContinuations(lines, from, end, pieces, wrap, &visual_lines) < 2) return from;
  const size_t title_column = ColumnIndex(roles, ColumnRole::kTitle);
  const size_t timing_column = ColumnIndex(roles, ColumnRole::kTiming);

  const std::vector<VisualUnit> units = VisualUnits(lines, from, end, wrap, numbered, columns.sections_first, header_keys);
  const std::vector<VisualRow> row_units = VisualRows(units, roles, wrap, numbered);

  // What each unit is, worked out once: the reading below asks it for every state.
  if (roles.size() > 64) return from;
  struct UnitInfo {
    Start start = Start::kOther;
    int chars = 0, first_word = 0;
    bool ends_sentence = false;
    bool ends_with_closing_quote = false;
    int quotes = 0;             // "«" minus "»"
    bool closes_quote = false;  // holds a "»"
    bool value = false, mark = false;
    bool list_item = false;     // begins with a list marker ("- ФГОС НОО и ООО;")
    bool opens_list = false;    // ends with ":" or ";": a list's item may follow
    bool ends_open = false;     // ends with a preposition or conjunction ("Зам. директора по")
    double timing = 0;          // its share of timing words (TimingCoverage)
    std::vector<double> column;  // what its words say for each column (RowFeatures)
  };
  std::vector<UnitInfo> info(units.size());
  const size_t responsible = ColumnIndex(roles, ColumnRole::kResponsible);
  for (size_t u = 0; u < units.size(); ++u) {
    const std::string& text = units[u].text;
    UnitInfo& i = info[u];
    i.start = StartOf(text);
    i.chars = static_cast<int>(Characters(text));
    i.first_word = static_cast<int>(FirstWordCharacters(text));
    i.ends_sentence = EndsSentence(text);
    i.ends_with_closing_quote = EndsWithClosingQuote(text);
    i.quotes = OpenQuotes(text);
    i.closes_quote = text.find("»") != std::string::npos;
    i.value = IsValueLine(text);
    i.mark = IsMarkLine(text);
    i.list_item = RE2::PartialMatch(text, Rule("list_marker", text));
    i.opens_list = OpensList(text);
    // (in lower case: "Педагоги ДО" ends with a body, not with "до")
    i.ends_open = EndsOpen(text) && StartOf(text.substr(text.find_last_of(' ') + 1)) == Start::kLower;
    i.column = LineScores(text, roles);
    i.timing = TimingCoverage(text);
    // Initials alone ("Л.М.") end a person's name the column broke: "УВР Кузнецова" / "Л.М.".
    if (responsible < roles.size() && IsInitials(text)) {
      i.column[responsible] = std::max(i.column[responsible], 3.0);
    }
    // So does a position alone before a person's name ("Методист МОЦ" / "Кузнецова Е.И.").
    if (responsible < roles.size() && u + 1 < units.size() && PersonShare(units[u + 1].text) > 0.5) {
      const std::string key = MatchKey(text);
      if (RE2::FullMatch(key, Rule("position_lead", key))) i.column[responsible] = std::max(i.column[responsible], 3.0);
    }
  }
  // The score of unit u in column c of a row whose title ends with unit `title` and holds
  // `quotes` unclosed quotes, whose month may go on with u (`month_goes_on`), whose last
  // unit went to `last_column`, and whose column c already holds text when `begun`, text
  // that ends open when `open` ("Зам. директора по": the cell goes on).
  // Units that end a timing an earlier unit of their row began ("В течение" / "года"), per row.
  std::vector<char> ends_timing(units.size());
  constexpr double kNo = -100;
  constexpr double kNewVisualLine = 0.7;
  constexpr double kCellBack = 1.5;  // a column back in a visual line after one without it
  auto score_of = [&](size_t u, size_t c, size_t title, int quotes, bool month_goes_on, size_t last_column,
                      bool begun, bool open) {
    const UnitInfo& i = info[u];
    double s = kNo;
    if (c == title_column) {
      // The title goes on only with a line whose first word could not have fitted on its
      // last line (`wrap` wide, give or take a wide letter), unless a sentence or a closing
      // quote that balances its quotes ends it.
      const UnitInfo& t = info[title];
      // An item of a list the title opens ("Изучение нормативных документов:" / "- ФГОС …;"
      // / "- положение …") stands on a line of its own, whatever the width.
      if (i.list_item && t.opens_list) return 4.0;
      const bool complete = t.ends_sentence || (t.ends_with_closing_quote && quotes == 0);
      if (!TitleGoesOn(t.chars, complete, i.first_word, wrap) || i.value || i.mark) return kNo;
      // A title's next line seldom begins with a capital; after a full line it goes on.
      if (i.start == Start::kCapital) {
        s = -0.5;
      } else {
        s = (i.start == Start::kLower ? 2.5 : 1) + (t.chars * 10 >= wrap * 9 ? 1.5 : 0);
      }
      if (i.closes_quote && quotes > 0) s += 1;  // the closing quote the title waits for
    } else if (c == timing_column && timing_column == 0) {
      return month_goes_on ? 4 : kNo;  // the month that begins the row, and its next lines
    } else {
      s = i.column[c];
      // The next line of a cell already begun, or a line too long for a narrow column.
      if (begun && i.start == Start::kLower) s += 1;
      if (open) s = std::max(s, 0.0) + 2;  // whatever its words, the cell goes on
      if (begun && c == timing_column && ends_timing[u]) s = std::max(s, 0.0) + 2;
      if (i.chars > wrap * 3 / 5) s -= 2;
    }
    // A visual line runs from left to right: a column right of the last line's is a
    // little likelier than a new visual line; written visual line by visual line, a row
    // has as few as its tallest cell ("Назначение наставников молодым" / "Приказ" / … /
    // "Директор школы" / "специалистам": the title's second line, not the person's).
    // (A title whose last line is full goes on in any case.)
    if (c > last_column) s += 0.3;
    else if (visual_lines && !(c == title_column && info[title].chars * 10 >= wrap * 9)) s -= kNewVisualLine;
    return s;
  };

  // Each row's units are shared out among the columns at once, the best total over the
  // row: dynamic programming over its units, a state being the last title unit and the
  // last unit's column (a title's next line depends on the line before it, and a line
  // that looks like a title's may belong to another column when the title goes on after
  // it: "Мониторинг …" / "Педагоги" / "февраль" / "программ за первое полугодие").
  size_t real_rows = 0;
  std::vector<TableRow> out;
  for (const VisualRow& r : row_units) {
    const int first_line = units[r.first].line, last_line = units[r.end - 1].line;
    TableRow row;
    row.span.first_line = first_line;
    row.span.last_line = last_line;
    if (r.section) {
      row.cells.push_back(MakeCell(0, width, {units[r.first].text}, first_line, first_line));
      out.push_back(std::move(row));
      continue;
    }
    // The fixed start: the month (with its next lines when they follow it at once: "Ноябрь
    // –" / "декабрь") and the title's first unit, or the title's first unit.
    std::vector<size_t> column_of(r.end - r.first, title_column);
    size_t free_from = r.first + 1;
    const std::string month = r.month ? Trim(units[r.first].text) : std::string();
    // The month's next line ("Октябрь –" / "ноябрь", "По отдельному" / "графику").
    const bool month_open = !month.empty() && (TimingCoverage(month) < 0.5 || month.back() == '-' ||
                                               (month.size() >= 3 && month.compare(month.size() - 3, 3, "–") == 0));
    auto month_goes_on = [&](size_t u) {
      return month_open && info[u].start == Start::kLower && TimingCoverage(month + " " + units[u].text) >= 0.5;
    };
    if (r.month) {
      column_of[0] = timing_column;
      while (free_from < r.end && month_goes_on(free_from)) column_of[free_from++ - r.first] = timing_column;
      free_from = std::min(r.end, free_from + 1);  // past the title's first unit
    }
    // (Only where the reading below goes, and a few units back: a visual line holds few.)
    for (size_t u = r.first; u < std::min(r.end, r.first + 64) && timing_column < roles.size(); ++u) {
      ends_timing[u] = false;
      if (info[u].start != Start::kLower || info[u].timing >= 0.5) continue;
      for (size_t v = std::max(r.first, u > 8 ? u - 8 : 0); v < u && !ends_timing[u]; ++v) {
        ends_timing[u] = info[v].column[timing_column] > 0 && info[v].timing < 0.5 &&
                         TimingCoverage(units[v].text + " " + units[u].text) >= 0.5;
      }
    }
    struct State {
      double score = 0;
      long prev = -1;        // index of the state before, in the previous layer
      size_t title = 0;      // the last title unit
      size_t column = 0;     // this unit's column
      int quotes = 0;        // the title's unclosed quotes
      uint64_t begun = 0;    // columns holding text
      uint64_t open = 0;     // columns whose text ends open
      uint64_t line_columns = 0;   // visual lines: the columns of the current one
      uint64_t above_columns = 0;  // and of the one before (all of them on the first)
    };
    const size_t start_title = free_from - 1;
    int start_quotes = 0;
    uint64_t start_begun = 0;
    for (size_t v = r.first; v < free_from; ++v) {
      if (column_of[v - r.first] == title_column) start_quotes += info[v].quotes;
      start_begun |= uint64_t{1} << column_of[v - r.first];
    }
    std::vector<std::vector<State>> layers;
    uint64_t start_open = 0;
    for (size_t v = r.first; v < free_from; ++v) {
      const uint64_t bit = uint64_t{1} << column_of[v - r.first];
      start_open = info[v].ends_open ? start_open | bit : start_open & ~bit;
    }
    layers.push_back(
        {State{0, -1, start_title, title_column, start_quotes, start_begun, start_open, start_begun, ~uint64_t{0}}});
    constexpr size_t kMaxUnits = 60;  // a longer row's further lines go to its last column
    const size_t free_end = std::min(r.end, free_from + kMaxUnits);
    for (size_t u = free_from; u < free_end; ++u) {
      const bool goes_on = month_goes_on(u);
      std::vector<State> next;
      const std::vector<State>& layer = layers.back();
      for (size_t si = 0; si < layer.size(); ++si) {
        const State& st = layer[si];
        for (size_t c = 0; c < roles.size(); ++c) {
          const double s =
              score_of(u, c, st.title, st.quotes, goes_on, st.column, (st.begun >> c) & 1, (st.open >> c) & 1);
          if (s <= kNo) continue;
          const bool title = c == title_column;
          const uint64_t bit = uint64_t{1} << c;
          // Cells are written from their top: a visual line holds only columns the one
          // above it held, a cell that ended never coming back ("Педагоги" / "февраль" /
          // "программ за первое полугодие" / "дополнительного" / "образования": the title's
          // line, then the person's two).
          const bool same_line = c > st.column;
          const uint64_t line_columns = same_line ? st.line_columns | bit : bit;
          const uint64_t above_columns = same_line ? st.above_columns : st.line_columns;
          const double back = visual_lines && (above_columns & bit) == 0 ? kCellBack : 0;
          const State candidate{st.score + s - back, static_cast<long>(si), title ? u : st.title, c,
                                st.quotes + (title ? info[u].quotes : 0), st.begun | bit,
                                info[u].ends_open ? st.open | bit : st.open & ~bit, line_columns, above_columns};
          auto same = std::find_if(next.begin(), next.end(), [&](const State& o) {
            return o.title == candidate.title && o.column == candidate.column &&
                   (!visual_lines ||
                    (o.line_columns == candidate.line_columns && o.above_columns == candidate.above_columns));
          });
          if (same == next.end()) next.push_back(candidate);
          else if (candidate.score > same->score) *same = candidate;
        }
      }
      if (next.empty()) break;  // no column takes this unit: the rest go to the last column
      // The columns of visual lines multiply the states: the best ones are kept.
      constexpr size_t kMaxStates = 256;
      if (next.size() > kMaxStates) {
        std::nth_element(next.begin(), next.begin() + kMaxStates - 1, next.end(),
                         [](const State& a, const State& b) { return a.score > b.score; });
        next.resize(kMaxStates);
      }
      layers.push_back(std::move(next));
    }
    const size_t read = layers.size() - 1;
    auto best_of = [&](size_t layer, long prev) {
      long best = -1;
      for (size_t si = 0; si < layers[layer].size(); ++si) {
        const State& st = layers[layer][si];
        if ((prev < 0 || st.prev == prev) && (best < 0 || st.score > layers[layer][static_cast<size_t>(best)].score)) {
          best = static_cast<long>(si);
        }
      }
      return best;
    };
    long best = best_of(read, -1);
    // Whether unit v may be a heading: capitalised, naming no one and no date.
    auto may_be_heading = [&](size_t v) {
      const std::string key = MatchKey(units[v].text);
      return info[v].start == Start::kCapital && !info[v].value && ReadsAsHeading(units[v].text) &&
             !RE2::FullMatch(key, Rule("position_line", key));
    };
    // A heading before the next row's number (below) must not decide where the row's other
    // lines go: the row is read without it, then its column is chosen after that reading.
    if (numbered && read >= 2 && free_from + read == r.end && may_be_heading(r.end - 1)) {
      const long after = best_of(read, best_of(read - 1, -1));
      if (after >= 0) best = after;
    }
    for (size_t l = read; l > 0; --l) {
      const State& st = layers[l][static_cast<size_t>(best)];
      column_of[free_from - r.first + l - 1] = st.column;
      best = st.prev;
    }
    // Units past what the reading took (a very long row, or a line no column takes) are
    // kept in the last column, never lost.
    for (size_t v = free_from + read; v < r.end; ++v) column_of[v - r.first] = roles.size() - 1;
    // A heading before the next row's number ("Методическая работа"): the row's last unit,
    // capitalised, that the reading put in a column it had begun (a cell's next line seldom
    // begins so), naming no one and no date, is a section row across the table after it.
    size_t row_end = r.end;
    const VisualRow* next_row = &r + 1 < row_units.data() + row_units.size() ? &r + 1 : nullptr;
    if (numbered && next_row != nullptr && !next_row->number.empty() && r.end - 1 >= free_from &&
        r.end - 1 < free_from + read) {
      const size_t v = r.end - 1;
      bool begun_before = false;
      for (size_t w = r.first; w < v; ++w) begun_before = begun_before || column_of[w - r.first] == column_of[v - r.first];
      if (begun_before && may_be_heading(v)) row_end = v;
    }
    std::vector<std::vector<std::string>> cells(roles.size());
    for (size_t v = r.first; v < row_end; ++v) cells[column_of[v - r.first]].push_back(units[v].text);
    // Unsure: a unit the reading put where another column would have scored nearly as well.
    bool unsure = free_from + read < r.end;
    {
      size_t title = start_title, last = title_column;
      int quotes = start_quotes;
      uint64_t begun = start_begun, open = start_open;
      for (size_t v = free_from; v < free_from + read; ++v) {
        const size_t chosen = column_of[v - r.first];
        const bool goes_on = month_goes_on(v);
        const double own = score_of(v, chosen, title, quotes, goes_on, last, (begun >> chosen) & 1, (open >> chosen) & 1);
        for (size_t c = 0; c < roles.size(); ++c) {
          if (c != chosen && score_of(v, c, title, quotes, goes_on, last, (begun >> c) & 1, (open >> c) & 1) > own - 0.5) {
            unsure = true;
          }
        }
        open = info[v].ends_open ? open | (uint64_t{1} << chosen) : open & ~(uint64_t{1} << chosen);
        if (chosen == title_column) {
          title = v;
          quotes += info[v].quotes;
        }
        begun |= uint64_t{1} << chosen;
        last = chosen;
      }
    }
    for (int c = 0; c < width; ++c) {
      const auto at = std::find(columns.content_columns.begin(), columns.content_columns.end(), c);
      std::vector<std::string> text;
      if (at != columns.content_columns.end()) text = cells[static_cast<size_t>(at - columns.content_columns.begin())];
      if (c == columns.number_column) text = {r.number};
      // A cell's visual lines are one paragraph broken by the layout.
      if (!text.empty()) text = {JoinLines(text, nullptr)};
      row.cells.push_back(MakeCell(c, 1, text, first_line, last_line));
      row.cells.back().span.table_cell = c;
    }
    row.confidence = unsure ? 0.6 : 0.9;
    if (row_end < r.end) row.span.last_line = units[row_end - 1].line;
    if (row.confidence < uncertain_below) notes->push_back(UncertainRow(row, r.number));
    out.push_back(std::move(row));
    ++real_rows;
    if (row_end < r.end) {
      TableRow section;
      section.span.first_line = section.span.last_line = units[row_end].line;
      section.cells.push_back(MakeCell(0, width, {units[row_end].text}, units[row_end].line, units[row_end].line));
      out.push_back(std::move(section));
    }
  }
  // Section rows after the last row belong to the text after the table.
  while (!out.empty() && out.back().cells.size() == 1) out.pop_back();
  if (real_rows < 2 || out.empty()) return from;
  const int last_line = out.back().span.last_line;
  for (TableRow& row : out) table->rows.push_back(std::move(row));
  PlaceColumnsAfterTable(lines, end, table, notes);
  size_t last = from;
  for (size_t k = from; k < end; ++k) {
    if (lines[k].line <= last_line) last = k + 1;
  }
  return last;
}

// The lines a row begins with that hold the cell of a column of sections before the
// titles ("Организационно-" / "методическое обеспечение" / "Разработка и утверждение …"):
// a short capitalised phrase that ends no sentence, wrapped in lower case, then another
// capitalised line that is no value (the title). 0 when the row begins with its title.
size_t LeadingSectionLines(const std::vector<TextLine>& row) {
  if (row.size() < 3) return 0;
  auto opens = [](const std::string& line) {
    return StartOf(line) == Start::kCapital && !IsValueLine(line) && TimingCoverage(line) < 0.5;
  };
  if (!opens(Trim(row[0].text))) return 0;
  size_t end = 1;
  while (end < row.size() && StartOf(Trim(row[end].text)) != Start::kCapital) ++end;
  if (end + 1 >= row.size()) return 0;
  std::string phrase;
  for (size_t k = 0; k < end; ++k) phrase += (k > 0 ? " " : "") + Trim(row[k].text);
  if (Characters(phrase) > 80 || EndsWithPunctuation(phrase) || EndsOpen(phrase) ||
      phrase.find_first_of("0123456789") != std::string::npos) {
    return 0;
  }
  return opens(Trim(row[end].text)) ? end : 0;
}

// Rebuilds the first flattened table that starts at or after body block `from`; returns
// the index of the table block, or -1.
long RebuildOne(Document* doc, const FlatTableOptions& options, size_t from) {
  const std::vector<TextLine> lines = LinesOf(*doc, from);
  // Find the header: a run of short lines that names at least three column roles.
  size_t header_from = lines.size(), header_to = 0;
  HeaderParse header;
  bool titles_only = false;  // written column by column: only "№" and titles can be read
  bool unnumbered = false;   // no numbered row ends the header: its rows have no numbers
  for (size_t i = 0; i < lines.size() && header_from == lines.size(); ++i) {
    const ColumnRole head = LineHeadWord(lines[i].text);
    if (head == ColumnRole::kOther) continue;
    const bool led_by_timing = head == ColumnRole::kTiming;
    // Where the header would end were no row numbered: at the first capitalised line after
    // two that names no column ("Утверждение плана работы").
    size_t unnumbered_to = 0;
    size_t section_line = lines.size();  // a long line right before the first numbered row
    for (size_t j = i + 1; j <= lines.size() && j - i <= static_cast<size_t>(options.max_header_lines); ++j) {
      const std::string& next = j < lines.size() ? lines[j].text : "";
      std::string n, d, t;
      bool boundary = j == lines.size() || RE2::FullMatch(next, PartStart()) || ParseRowStart(next, &n, &d, &t);
      // A header led by a timing ("Месяц", "Сроки") ends at its first row's timing, alone
      // on its line or before the row's title ("Январь Совещание …", as pdftotext -raw
      // writes a row's first cells on one line).
      if (!boundary && led_by_timing && j < lines.size()) {
        bool timing_first = Characters(Trim(next)) <= 40 && TimingCoverage(next) >= 0.5;
        if (!timing_first && TimingCoverage(next) > 0) {
          const std::vector<Piece> pieces = PiecesOf(lines[j]);
          timing_first = pieces.size() >= 2 && Characters(pieces[0].text) <= 40 &&
                         TimingCoverage(pieces[0].text) >= 0.5 && StartOf(pieces[1].text) == Start::kCapital;
        }
        if (timing_first) boundary = ParseHeader(lines, i, j).roles.size() >= 2;
      }
      // (A line that names a column, "Итоги года", still begins the rows when a value
      // follows it: a timing, a person; one that names a column with the line in lower case
      // after it, "Ожидаемый" / "результат", is the header's.)
      auto title_goes_on = [&] {
        return j + 1 < lines.size() && StartOf(Trim(lines[j + 1].text)) == Start::kLower &&
               !IsValueLine(lines[j + 1].text) && RoleOfHeader(Trim(next) + " " + Trim(lines[j + 1].text)) != ColumnRole::kOther;
      };
      if (!boundary && unnumbered_to == 0 && j >= i + 2 && j < lines.size() &&
          StartOf(Trim(next)) == Start::kCapital && !IsNumberColumnTitle(Trim(next)) && !title_goes_on() &&
          (RoleOfHeader(Trim(next)) == ColumnRole::kOther ||
           (LineHeadWord(next) == ColumnRole::kOther && j + 1 < lines.size() && IsValueLine(lines[j + 1].text)))) {
        unnumbered_to = j;
      }
      if (!boundary) {
        // A long line is no column title; but one right before the first numbered row may
        // be the table's first section row ("Заседание № 1. «Планирование работы …»").
        std::string n, d, t;
        if (Characters(Trim(next)) > 60) {
          if (!(j + 1 < lines.size() && ParseRowStart(lines[j + 1].text, &n, &d, &t))) break;
          section_line = j;
        }
        continue;
      }
      if (section_line + 1 == j) j = section_line;
      HeaderParse h = ParseHeader(lines, i, j);
      // Rows without numbers before a line that looks like one ("I полугодие, январь"):
      // what runs on to it reads as columns no wording names; the header ends earlier.
      auto unnamed = [](const HeaderParse& p) { return std::count(p.roles.begin(), p.roles.end(), ColumnRole::kOther); };
      if (unnumbered_to > 0 && (j == lines.size() || (unnamed(h) >= 2 && unnamed(h) > unnamed(ParseHeader(lines, i, unnumbered_to))))) {
        break;  // (so does one that runs on to the end of the text)
      }
      // A last "column" no header wording names, begun by a capitalised line, is the
      // table's first section row ("Методическая работа"), not a column title.
      if (h.roles.size() > 2 && h.roles.back() == ColumnRole::kOther &&
          RoleOfHeader(h.titles.back()) == ColumnRole::kOther && h.first_lines.back() > i) {
        j = h.first_lines.back();
        h = ParseHeader(lines, i, j);
      }
      auto has = [&](ColumnRole r) { return std::find(h.roles.begin(), h.roles.end(), r) != h.roles.end(); };
      // Three roles, or a two-column plan: what is done and when.
      bool enough = h.distinct >= options.min_header_roles ||
                    (h.distinct == 2 && has(ColumnRole::kTiming));
      if (enough && has(ColumnRole::kTitle)) {
        header = h;
        header_from = i;
        header_to = j;
      } else if (h.distinct == 2 && has(ColumnRole::kNumber) && has(ColumnRole::kTitle) &&
                 OtherColumnsFollowApart(lines, j)) {
        header = h;
        header_from = i;
        header_to = j;
        titles_only = true;
      }
      break;
    }
    if (header_from == lines.size() && unnumbered_to > 0) {
      const HeaderParse h = ParseHeader(lines, i, unnumbered_to);
      auto has = [&](ColumnRole r) { return std::find(h.roles.begin(), h.roles.end(), r) != h.roles.end(); };
      if (h.distinct >= options.min_header_roles && has(ColumnRole::kTitle) && !has(ColumnRole::kNumber)) {
        header = h;
        header_from = i;
        header_to = unnumbered_to;
        unnumbered = true;
      }
    }
  }
  if (header_from == lines.size()) return -1;
  PlaceSecondHeaderRow(lines, &header);
  // A column of sections before the titles ("Направление деятельности", merged down over
  // its rows in the document): its text stands at the start of a group's first row. The
  // column is left out of the rebuilt table and each such text becomes a section row.
  bool section_column = false;
  const size_t first_content = !header.roles.empty() && header.roles[0] == ColumnRole::kNumber ? 1 : 0;
  if (first_content + 1 < header.roles.size() && header.roles[first_content] == ColumnRole::kSection &&
      header.roles[first_content + 1] == ColumnRole::kTitle) {
    const long c = static_cast<long>(first_content);
    header.roles.erase(header.roles.begin() + c);
    header.titles.erase(header.titles.begin() + c);
    header.first_lines.erase(header.first_lines.begin() + c);
    section_column = true;
  }
  // A row numbering the columns under the header ("1", "2", … one per column) is part of it.
  if (header.roles.size() >= 2 && CountingRunAt(lines, header_to) >= header.roles.size()) {
    header_to += header.roles.size();
  }

  TableColumns columns = ColumnsOf(header.roles);
  columns.sections_first = section_column;
  const std::vector<ColumnRole>& roles = columns.roles;
  const int width = static_cast<int>(roles.size());
  const std::vector<int>& content_columns = columns.content_columns;
  const std::vector<ColumnRole>& content_roles = columns.content_roles;
  // Titles first; or a timing first and titles next, rows found by their timings.
  const bool timing_led = content_roles.size() >= 2 && content_roles[0] == ColumnRole::kTiming &&
                          content_roles[1] == ColumnRole::kTitle && !titles_only;
  if (!timing_led && (content_roles.empty() || content_roles[0] != ColumnRole::kTitle)) return -1;
  // The last column holds values (a timing, people): text after them belongs earlier.
  const bool values_last = content_roles.back() == ColumnRole::kTiming ||
                           content_roles.back() == ColumnRole::kResponsible;
  const int number_column = columns.number_column;

  Block table_block;
  table_block.kind = BlockKind::kTable;
  Table& table = table_block.table;
  table.grid_columns = width;
  TableRow header_row;
  header_row.is_header = true;
  header_row.span.first_line = lines[header_from].line;
  header_row.span.last_line = lines[header_to - 1].line;
  for (int c = 0; c < width; ++c) {
    header_row.cells.push_back(MakeCell(c, 1, {header.titles[c]}, header_row.span.first_line,
                                        header_row.span.last_line));
  }
  table.rows.push_back(std::move(header_row));

  auto is_part = [&](size_t k) {
    std::string roman, rest;
    return RE2::FullMatch(Trim(lines[k].text), PartStart(), &roman, &rest) && MostlyUpper(rest, 3);
  };
  auto section_row = [&](const std::vector<std::string>& parts, int first, int last) {
    TableRow row;
    row.span.first_line = first;
    row.span.last_line = last;
    row.cells.push_back(MakeCell(0, width, {JoinLines(parts, nullptr)}, first, last));
    table.rows.push_back(std::move(row));
  };

  size_t i = header_to;
  size_t consumed = header_to;
  std::vector<Diagnostic> row_notes;  // kept only if the table is built
  // How often the rows so far filled each column: a row that stops early leaves empty
  // a column the table keeps empty (a template's, a "Примечание" nobody fills) at little
  // cost, and one the table fills at full cost (1.5). Each column starts as filled once.
  constexpr double kEmptyCost = 1.5;
  std::vector<int> filled(content_roles.size(), 1);
  int rows_seen = 1;
  auto empty_cost = [&] {
    std::vector<double> cost(content_roles.size());
    for (size_t c = 0; c < cost.size(); ++c) cost[c] = kEmptyCost * filled[c] / rows_seen;
    return cost;
  };
  if (titles_only) {
    consumed = TitleOnlyRows(lines, header_to, &table, &row_notes);
    i = lines.size();
  }
  std::set<std::string> header_keys;  // match keys of the header's lines
  for (size_t k = header_from; k < header_to; ++k) header_keys.insert(MatchKey(Trim(lines[k].text)));
  const bool cells_apart = MostLinesApart(lines, header_to);  // a blank line after (nearly) every line
  if (timing_led && TimingsFollowApart(lines, header_to)) {
    // Written column by column (plain pdftotext): only the titles can be read.
    consumed = TitleBlocksAfterTimings(lines, header_to, width, content_columns[1], &table, &row_notes);
    if (consumed != header_to) i = lines.size();
  }
  if (timing_led && consumed == header_to) {
    consumed = TimingLedVisualLines(lines, header_to, columns, header_keys, options.uncertain_below, &table,
                                    &row_notes);
    if (consumed == header_to && !cells_apart) {
      consumed = UnnumberedRows(lines, header_to, roles, false, false, {}, options, &table, &row_notes);
    }
    if (consumed == header_to) {
      consumed = TimingLedBlocks(lines, header_to, columns, options.uncertain_below, &table, &row_notes);
    }
    i = lines.size();
  }
  // Numbered, titles first, written visual line by visual line across the cells (plain
  // pdftotext): the reader of timing-led tables, rows beginning at their numbers.
  // (MuPDF's text, with blank lines between cells, is read row by row below.)
  if (!timing_led && !titles_only && number_column < width &&
      LinesApartShare(lines, header_to, 1, false)) {
    const size_t end = TimingLedVisualLines(lines, header_to, columns, header_keys, options.uncertain_below,
                                            &table, &row_notes);
    if (end != header_to) {
      consumed = end;  // the table ends there: what follows is the document's again
      i = lines.size();
    }
  }
  // Titles first, no number column and no row numbered "1" in the first rows' lines: the
  // table is segmented whole.
  auto numbered_soon = [&] {
    for (size_t k = header_to; k < lines.size() && k < header_to + 3 * static_cast<size_t>(width); ++k) {
      std::string n, d, t;
      if (ParseRowStart(lines[k].text, &n, &d, &t) && n == "1") return true;
    }
    return false;
  };
  if (!timing_led && !titles_only && number_column >= width && !numbered_soon()) {
    size_t end = header_to;
    if (!cells_apart) {
      end = UnnumberedRows(lines, header_to, roles, false, true, header_keys, options, &table, &row_notes);
    }
    if (end == header_to) {
      end = UnnumberedRows(lines, header_to, roles, true, false, header_keys, options, &table, &row_notes);
    }
    if (end != header_to) consumed = i = end;
    if (unnumbered && end == header_to) return -1;
  }
  // LibreOffice's text indents the items of a list inside a cell ("    2. Утверждение плана
  // …"): where the rows' numbers stand alone at the margin ("1." / "    1. Анализ …"), a
  // line numbered so is no row's start. (A template's rows may be such items under
  // numbered headings: "2. Информационная деятельность" / "    1. пополнение …".)
  // So in any text where the rows are numbered alone and the title's cell holds a numbered
  // list (RowsNumberedAlone).
  int margin_numbers = 0;
  for (size_t k = header_to; k < lines.size() && k < header_to + 200 && margin_numbers < 2; ++k) {
    margin_numbers += lines[k].text[0] != ' ' && IsNumberAlone(lines[k].text);
  }
  const bool numbered_alone = RowsNumberedAlone(lines, header_to, lines.size());
  auto list_item = [&](size_t k) {
    const std::string& text = lines[k].text;
    if (IsNumberAlone(text)) return false;
    return (numbered_alone || (margin_numbers >= 2 && text.compare(0, 4, "    ") == 0)) &&
           RE2::PartialMatch(text, Rule("list_marker", text));
  };
  std::string last_number;
  // The number of the last numbered heading made a section row ("2. Информационная
  // деятельность"); the next one ("3. …") ends whatever row it interrupts.
  int heading_number = -1;
  auto next_heading = [&](const std::string& line) {
    std::string n, d, t;
    return heading_number >= 0 && ParseRowStart(line, &n, &d, &t) && d == "." &&
           n == std::to_string(heading_number + 1) && ReadsAsHeading(t);
  };
  const LastPageColumn last_page =
      i < lines.size() ? LastPageColumnAt(lines, header_to, header_keys) : LastPageColumn{lines.size()};
  while (i < lines.size()) {
    if (is_part(i)) {
      std::vector<std::string> parts = {Trim(lines[i].text)};
      size_t j = i + 1;
      std::string n, d, t;
      while (j < lines.size() && MostlyUpper(lines[j].text, 3) && !is_part(j) &&
             !ParseRowStart(lines[j].text, &n, &d, &t)) {
        parts.push_back(Trim(lines[j].text));
        ++j;
      }
      section_row(parts, lines[i].line, lines[j - 1].line);
      last_number.clear();
      consumed = i = j;
      continue;
    }
    std::string number, dot, text;
    if (!ParseRowStart(lines[i].text, &number, &dot, &text) || !Expected(last_number, number) || list_item(i)) {
      // Before a part's first row: a heading line ("Методическая работа", "СЕНТЯБРЬ") is a
      // section; anything else (a caption, a page number) is passed over.
      const std::string line = Trim(lines[i].text);
      const bool heading = next_heading(line);
      // Before a part's first row a period groups the rows too ("II полугодие", "Сентябрь").
      const bool period = last_number.empty() && ReadsAsPeriod(line);
      if ((last_number.empty() || heading) && (ReadsAsHeading(line) || period) && !table.rows.empty()) {
        section_row({line}, lines[i].line, lines[i].line);
        std::string n, d, t;
        if (ParseRowStart(line, &n, &d, &t) && d == "." && n.find('.') == std::string::npos) {
          heading_number = std::stoi(n);
          last_number.clear();
        }
      }
      ++i;
      continue;
    }
    // The row runs to the next row number that may follow, or the next part; a signature
    // ("Руководитель МО: ______", or any blank after a wide gap) ends the table.
    size_t j = i + 1;
    std::string next_number;
    std::vector<LineBlock> echoes;  // repeated headers inside the row, left out of it
    for (; j < lines.size(); ++j) {
      std::string n, d, t, roman, rest;
      if (is_part(j) || j == last_page.title) break;
      if (lines[j].gap_before >= 3 && lines[j].text.find("_____") != std::string::npos) break;
      if (IsSignatureLine(lines[j].text) || lines[j].table_before) break;
      // Another table begins: its header ("№", "№ п/п") or a part heading in any case.
      const std::string line = Trim(lines[j].text);
      if (IsNumberColumnTitle(line)) {
        // This table's header again, after a page break: the row goes on after it when
        // the text there continues a sentence; else the row ends before it.
        size_t echo_from = j, echo_to = j;
        HeaderEcho(lines, i, j, &echo_from, &echo_to);  // echo_from > i: line i stays in the row
        // Written cell after cell (seed 004's layout), the header's lines come again as they
        // stood above, words too long for a column title's block among them ("Содержание"),
        // and the page's number may stand before them.
        if (cells_apart) {
          while (echo_to < lines.size() && header_keys.count(MatchKey(Trim(lines[echo_to].text)))) ++echo_to;
          if (echo_from > i + 1 && IsNumberAlone(lines[echo_from - 1].text)) --echo_from;
        }
        if (echo_to < lines.size() && StartsBlock(lines[echo_from]) && StartsBlock(lines[echo_to]) &&
            StartOf(lines[echo_to].text) == Start::kLower) {
          echoes.push_back({echo_from, echo_to});
          j = echo_to - 1;
          continue;
        }
        j = echo_from;
        break;
      }
      if (RE2::FullMatch(line, PartStart(), &roman, &rest)) break;
      if (next_heading(line)) break;
      if (ParseRowStart(lines[j].text, &n, &d, &t) && Expected(number, n) && !list_item(j)) {
        next_number = n;
        break;
      }
    }
    j = NextTableHeader(lines, i, j, options.min_header_roles, options.max_header_lines);
    // "1. Обновление форм, …" followed by row 1.1 is a subsection heading, unless its
    // text holds a timing or people: then it is row 1 with sub-rows.
    bool row_like = false;
    for (size_t k = i; k < j && !row_like; ++k) {
      for (const Piece& piece : PiecesOf(lines[k])) {
        if (TimingCoverage(piece.text) > 0.5 || PersonShare(piece.text) > 0.5) row_like = true;
      }
    }
    if (number.find('.') == std::string::npos && next_number == number + ".1" && !row_like) {
      // "1. Обновление форм, …" followed by row 1.1: a subsection heading.
      std::vector<std::string> parts;
      for (size_t k = i; k < j; ++k) parts.push_back(Trim(lines[k].text));
      section_row(parts, lines[i].line, lines[j - 1].line);
      last_number = number;
      consumed = i = j;
      continue;
    }
    // An unnumbered heading between two rows ("Работа с одарёнными детьми" before row 2):
    // the row's last line, after a gap wider than any inside the row, that reads as a
    // heading. It becomes a section row after this one.
    size_t section_line = j;
    if (!next_number.empty() && j >= i + 3) {
      const size_t k = j - 1;
      int inner_gap = 0;
      for (size_t m = i + 1; m < k; ++m) inner_gap = std::max(inner_gap, lines[m].gap_before);
      const std::string line = Trim(lines[k].text);
      if (lines[k].gap_before >= 2 && lines[k].gap_before > inner_gap && ReadsAsHeading(line) &&
          line.find("  ") == std::string::npos) {
        section_line = k;
      }
      // Text written a cell per line (LibreOffice) has no gap there: a heading after more
      // lines than the row has cells, right after a value of the last column (its person,
      // its timing), stands on a row of its own. (Plain pdftotext puts a title's end there
      // too, after a line left open: "… МО на".)
      const size_t cell_lines = j - i - (text.empty() ? 1 : 0);
      // Or one line a cell before it, the timing's among them ("октябрь" / "Учителя 1-х
      // классов" / "Заседание № 3").
      const bool one_line_cells = cell_lines == content_roles.size() + 1 && k >= 2 && IsValueLine(lines[k - 2].text);
      auto left_open = [&] {
        for (size_t m = i; m < k; ++m) {
          if (EndsOpen(lines[m].text) || EndsWordHyphen(Trim(lines[m].text))) return true;
        }
        return false;
      };
      // (People named by position, "Наставники", where the row names no one yet are its
      // responsible cell: "Собеседование Сентябрь –" / "октябрь" / "Наставники".)
      auto names_the_first_people = [&] {
        if (!ContainsAny(MatchKey(line) + " ", kPositionStems)) return false;
        for (size_t m = i; m < k; ++m) {
          const std::string key = MatchKey(lines[m].text);
          if (PersonShare(lines[m].text) > 0 || RE2::FullMatch(key, Rule("position_line", key))) return false;
        }
        return true;
      };
      if (section_line == j && values_last && cell_lines > content_roles.size() && lines[k].gap_before == 0 &&
          StartOf(line) == Start::kCapital && ReadsAsHeading(line) && !IsValueLine(line) &&
          (IsValueLine(lines[k - 1].text) || one_line_cells) && line.find("  ") == std::string::npos &&
          !left_open() && !names_the_first_people()) {
        section_line = k;
      }
      // MuPDF's text: a blank line after each row (and inside it), none between a heading
      // and the row it heads ("Лебедева О.П." / "" / "Заседание № 2. …" / "4.").
      if (section_line == j && lines[i].gap_before >= 1 && lines[k].gap_before >= 1 && lines[j].gap_before == 0 &&
          StartOf(line) == Start::kCapital && ReadsAsHeading(line) && !IsValueLine(line) &&
          line.find("  ") == std::string::npos && !EndsOpen(lines[k - 1].text) &&
          !EndsWordHyphen(Trim(lines[k - 1].text))) {
        section_line = k;
      }
    }
    std::vector<TextLine> row_lines;
    for (size_t k = i, e = 0; k < section_line; ++k) {  // `echoes` are in line order
      while (e < echoes.size() && echoes[e].to <= k) ++e;
      if (e == echoes.size() || k < echoes[e].from) row_lines.push_back(lines[k]);
    }
    // "1. пополнение …", then "1. рассмотрение …" inside the same row: Word restarts a list
    // in each cell, so the row's number was the first item's label. The labels stay in
    // the text, where each item becomes an event.
    // Wrapped, the later labels stand inside lines too ("деятельности; 1." / "сетях; 1.
    // информирование").
    auto holds_item_label = [&](const std::string& line) {
      std::string n, d, t;
      if (ParseRowStart(line, &n, &d, &t) && n == number && d == dot && !t.empty()) return true;
      if (dot != ".") return false;
      const std::string label = "; " + number + ".";
      for (size_t at = line.find(label); at != std::string::npos; at = line.find(label, at + 1)) {
        const size_t after = at + label.size();
        if (after == line.size() || line[after] == ' ') return true;
      }
      return false;
    };
    bool restarted = false;
    for (size_t k = i + 1; k < section_line && !restarted && !text.empty(); ++k) {
      restarted = holds_item_label(Trim(lines[k].text));
    }
    // Without a number column the number stays before the title ("1.Организация …"), where
    // the extraction finds it as it does in a DOCX cell.
    if (restarted || number_column >= width) {
      row_lines[0].text = Trim(lines[i].text);
    } else {
      row_lines[0].text = text;
    }
    if (text.empty() && row_lines.size() > 1 && number_column < width) row_lines.erase(row_lines.begin());
    if (section_column) {
      const size_t end = LeadingSectionLines(row_lines);
      if (end > 0) {
        // Its lines stay apart, to be joined as a heading is ("Информационно" / "е
        // сопровождение", a word broken without a hyphen in a narrow column).
        std::vector<std::string> parts;
        for (size_t k = 0; k < end; ++k) parts.push_back(Trim(row_lines[k].text));
        TableRow heading;
        heading.span.first_line = row_lines[0].line;
        heading.span.last_line = row_lines[end - 1].line;
        heading.cells.push_back(MakeCell(0, width, parts, heading.span.first_line, heading.span.last_line));
        table.rows.push_back(std::move(heading));
        row_lines.erase(row_lines.begin(), row_lines.begin() + static_cast<long>(end));
      }
    }
    // A row of no more lines than columns has no cell broken over lines to interleave:
    // each line is a cell (LibreOffice's text export).
    if (row_lines.size() > content_roles.size()) {
      Deinterleave(&row_lines, values_last);
    }
    std::vector<Piece> all_pieces;
    for (const TextLine& line : row_lines) {
      for (Piece& piece : PiecesOf(line)) all_pieces.push_back(std::move(piece));
    }
    // Labelled items all stand in the first column: only the last item and what follows
    // it are shared out among the columns.
    std::vector<Piece> items;
    if (restarted) {
      size_t last_item = 0;
      for (size_t k = 1; k < all_pieces.size(); ++k) {
        if (all_pieces[k].line_start && holds_item_label(all_pieces[k].text)) last_item = k;
      }
      // When nothing but the last item's own lines (in lower case, no values) follows it,
      // the other columns are empty: the whole row is items.
      size_t end = last_item + 1;
      while (end < all_pieces.size() && all_pieces[end].line_start &&
             StartOf(all_pieces[end].text) != Start::kCapital && !IsValueLine(all_pieces[end].text)) {
        ++end;
      }
      const size_t shared = end == all_pieces.size() ? end - 1 : last_item;
      items.assign(all_pieces.begin(), all_pieces.begin() + static_cast<long>(shared));
      all_pieces.erase(all_pieces.begin(), all_pieces.begin() + static_cast<long>(shared));
    }
    // Rows without numbers may follow a numbered one ("Использование ресурсов …" after
    // row 2): the row's text splits where a capitalised line after a gap begins text that
    // reads as a whole row, and what stands before it does too (a timing and people).
    auto whole_row = [&](const Segmentation& seg, size_t size) {
      if (seg.continuation < size) return false;
      for (size_t c = 0; c < content_roles.size(); ++c) {
        bool filled = seg.cells[c].second > seg.cells[c].first;
        if ((content_roles[c] == ColumnRole::kTiming || content_roles[c] == ColumnRole::kResponsible) &&
            !filled) {
          return false;
        }
      }
      return true;
    };
    std::vector<std::vector<Piece>> row_pieces;
    std::vector<Segmentation> segs;
    {
      // Where lines rarely have blank lines between them (a cell per line, as LibreOffice
      // writes text), one blank line is a break: the empty cell of an unnumbered row's
      // number. Where most lines do, it takes two.
      int starts = 0, gapped = 0;
      for (const Piece& piece : all_pieces) {
        if (!piece.line_start) continue;
        ++starts;
        gapped += piece.gap_before > 0;
      }
      const int split_gap = gapped * 10 < starts * 3 ? 1 : 2;
      std::vector<Piece> rest = std::move(all_pieces);
      while (!rest.empty() && row_pieces.size() < 50) {
        bool split = false;
        auto may_split = [&](size_t k) {
          return rest[k].line_start && rest[k].gap_before >= split_gap && StartOf(rest[k].text) == Start::kCapital;
        };
        for (size_t k = 2; k + 2 < rest.size() && !split; ++k) {
          if (!may_split(k)) continue;
          std::vector<Piece> head(rest.begin(), rest.begin() + static_cast<long>(k));
          std::vector<Piece> tail(rest.begin() + static_cast<long>(k), rest.end());
          Segmentation a = Segment(head, content_roles, empty_cost());
          if (!whole_row(a, head.size())) continue;
          // The tail is read up to the next place it may split: several rows without
          // numbers may follow one another. Where a blank line stands between a row's
          // cells too (MuPDF's text), the row runs on to a later such place: up to four
          // are tried.
          auto reads_as_row = [&](size_t next) {
            const std::vector<Piece> first_row(rest.begin() + static_cast<long>(k), rest.begin() + static_cast<long>(next));
            Segmentation b = Segment(first_row, content_roles, empty_cost());
            // The tail must read as a row by itself, not only as the rest of this one.
            if (!whole_row(b, first_row.size()) && b.continuation == first_row.size()) return false;
            if (b.cells[0].second == b.cells[0].first) return false;
            for (size_t c = 0; c < content_roles.size(); ++c) {
              if ((content_roles[c] == ColumnRole::kTiming || content_roles[c] == ColumnRole::kResponsible) &&
                  b.cells[c].second == b.cells[c].first) {
                return false;
              }
            }
            return true;
          };
          size_t next = k + 3;
          bool row = false;
          for (int tries = 0; tries < 4 && !row; ++tries) {
            while (next + 2 < rest.size() && !may_split(next)) ++next;
            if (next + 2 >= rest.size()) next = rest.size();
            row = reads_as_row(next);
            if (next == rest.size()) break;
            ++next;
          }
          if (!row) continue;
          row_pieces.push_back(std::move(head));
          segs.push_back(a);
          rest = std::move(tail);
          split = true;
        }
        if (split) continue;
        row_pieces.push_back(rest);
        segs.push_back(Segment(rest, content_roles, empty_cost()));
        break;
      }
    }
    for (size_t r = 0; r < row_pieces.size(); ++r) {
    const std::vector<Piece>& pieces = row_pieces[r];
    const Segmentation& seg = segs[r];
    const std::string row_number = r == 0 && !restarted ? number : "";
    std::vector<std::vector<std::string>> cells(content_roles.size());
    for (size_t c = 0; c < content_roles.size(); ++c) {
      for (size_t k = seg.cells[c].first; k < seg.cells[c].second; ++k) cells[c].push_back(pieces[k].text);
    }
    DistributeContinuation(pieces, seg.continuation, content_roles, &cells);
    if (r == 0) {
      for (size_t k = items.size(); k-- > 0;) cells[0].insert(cells[0].begin(), items[k].text);
    }
    for (size_t c = 0; c < cells.size(); ++c) filled[c] += cells[c].empty() ? 0 : 1;
    ++rows_seen;

    TableRow row;
    row.span.first_line = r == 0 && !items.empty() ? items.front().line : pieces.front().line;
    row.span.last_line = pieces.back().line;
    if (number_column < width) {
      row.cells.push_back(MakeCell(number_column, 1, {row_number.empty() ? "" : row_number + dot},
                                   row.span.first_line, row.span.first_line));
    }
    bool timing_ok = false, people_ok = false;
    for (size_t c = 0; c < content_roles.size(); ++c) {
      std::string joined = JoinLines(cells[c], nullptr);
      if (content_roles[c] == ColumnRole::kTiming && !joined.empty()) {
        timing_ok = ParseTiming(joined, std::nullopt).kind != TimingKind::kUnknown;
      }
      if (content_roles[c] == ColumnRole::kResponsible) people_ok = PersonShare(joined) > 0.5;
      row.cells.push_back(MakeCell(content_columns[c], 1, cells[c], row.span.first_line,
                                   row.span.last_line));
    }
    std::sort(row.cells.begin(), row.cells.end(),
              [](const TableCell& a, const TableCell& b) { return a.grid_column < b.grid_column; });
    for (size_t c = 0; c < row.cells.size(); ++c) row.cells[c].span.table_cell = static_cast<int>(c);
    double confidence = 1.0 / (1.0 + std::exp(-(seg.margin - 0.5)));
    if (!timing_ok) confidence *= 0.7;
    if (!people_ok) confidence *= 0.8;
    row.confidence = std::round(confidence * 100) / 100;
    if (row.confidence < options.uncertain_below) doc->diagnostics.push_back(UncertainRow(row, row_number));
    table.rows.push_back(std::move(row));
    }
    if (section_line < j) {
      section_row({Trim(lines[section_line].text)}, lines[section_line].line, lines[section_line].line);
    }
    last_number = number;
    consumed = i = j;
  }
  if (last_page.title < lines.size() && consumed == last_page.title && PlaceLastPageColumn(lines, last_page, &table, &row_notes)) {
    consumed = last_page.end;
  }
  if (table.rows.size() < 2) return -1;
  for (Diagnostic& d : row_notes) doc->diagnostics.push_back(std::move(d));
  return static_cast<long>(PlaceTable(doc, lines, header_from, consumed, std::move(table_block)));
}

}  // namespace

int RebuildFlattenedTables(Document* doc, const FlatTableOptions& options) {
  FlagColumnWiseTable(doc);
  int rebuilt = 0;
  size_t from = 0;  // a table of titles is passed over: rows before it are rebuilt too
  if (RebuildTitleColumnRuns(doc) >= 0) ++rebuilt;
  while (rebuilt < 100) {
    long at = RebuildOne(doc, options, from);
    if (at < 0) break;
    ++rebuilt;
    from = static_cast<size_t>(at) + 1;
  }
  return rebuilt;
}

}  // namespace planparse
