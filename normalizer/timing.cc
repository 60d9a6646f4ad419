#include "normalizer/timing.h"

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "normalizer/keys.h"
#include "normalizer/period.h"
#include "normalizer/timing_rules.h"

namespace planparse {
namespace {

// ---- Tokens of the match key ----------------------------------------------------------

struct Token {
  enum Type { kWord, kNumber, kPunct } type;
  std::string text;
  bool space_before = false;
};

std::vector<Token> Tokenize(const std::string& key) {
  std::vector<Token> tokens;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(key);
  bool space = false;
  int32_t i = 0;
  while (i < u.length() && tokens.size() < 512) {
    UChar32 c = u.char32At(i);
    if (u_isspace(c)) {
      space = true;
      i = u.moveIndex32(i, 1);
      continue;
    }
    Token t;
    t.space_before = space;
    space = false;
    int32_t start = i;
    // Numbers are ASCII digits only: other scripts' digits (߈, ٣) are not dates here.
    auto ascii_digit = [](UChar32 ch) { return ch >= '0' && ch <= '9'; };
    if (ascii_digit(c)) {
      t.type = Token::kNumber;
      while (i < u.length() && ascii_digit(u.char32At(i))) i = u.moveIndex32(i, 1);
    } else if (u_isalpha(c)) {
      t.type = Token::kWord;
      while (i < u.length() && u_isalpha(u.char32At(i))) i = u.moveIndex32(i, 1);
    } else {
      t.type = Token::kPunct;
      i = u.moveIndex32(i, 1);
    }
    u.tempSubStringBetween(start, i).toUTF8String(t.text);
    // The ending of an ordinal number goes: "2-я четверть", "1-е полугодие", "3-го ноября"
    // read as "2 четверть", "1 полугодие", "3 ноября".
    static const char* const kOrdinalEndings[] = {"я", "й", "е", "ая", "ий", "ое", "ой", "го", "ого"};
    const size_t n = tokens.size();
    if (t.type == Token::kWord && !t.space_before && n >= 2 && tokens[n - 1].text == "-" &&
        !tokens[n - 1].space_before && tokens[n - 2].type == Token::kNumber && tokens[n - 2].text.size() <= 2 &&
        std::find(std::begin(kOrdinalEndings), std::end(kOrdinalEndings), t.text) != std::end(kOrdinalEndings)) {
      tokens.pop_back();
      continue;
    }
    tokens.push_back(std::move(t));
  }
  return tokens;
}

// ---- Word classes from the rule tables -------------------------------------------------

struct CompiledWordRules {
  std::vector<std::pair<std::unique_ptr<RE2>, int>> rules;
  int Match(const std::string& word) const {
    for (const auto& [re, value] : rules) {
      if (RE2::FullMatch(word, *re)) return value;
    }
    return 0;
  }
};

// The rules of `table` compiled for `word`: in their narrow form (NarrowLetters) when the
// word is basic text, where that form matches as the full one and compiles far faster.
const CompiledWordRules& CompileFor(const std::vector<TimingWordRule>& table, const std::string& word) {
  // One compiled set per table and form; tables live for the whole program.
  const bool narrow = IsBasicText(word);
  static std::mutex mutex;
  static std::vector<std::pair<std::pair<const void*, bool>, std::unique_ptr<CompiledWordRules>>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  for (auto& [key, compiled] : cache) {
    if (key.first == &table && key.second == narrow) return *compiled;
  }
  auto compiled = std::make_unique<CompiledWordRules>();
  for (const TimingWordRule& r : table) {
    compiled->rules.emplace_back(std::make_unique<RE2>(narrow ? NarrowLetters(r.pattern) : r.pattern), r.value);
  }
  cache.emplace_back(std::make_pair(&table, narrow), std::move(compiled));
  return *cache.back().second;
}

// The value `table` gives `word`. Timing cells use a few hundred words, asked of again and
// again (each asking of a table's every rule in turn): each table's answers are remembered
// per thread in `answers`, up to a bounded number.
using WordValues = std::unordered_map<std::string, int>;
int ValueOfWord(const std::vector<TimingWordRule>& table, const std::string& word, WordValues* answers) {
  constexpr size_t kMaxRemembered = 4096;
  auto it = answers->find(word);
  if (it != answers->end()) return it->second;
  if (answers->size() >= kMaxRemembered) answers->clear();
  const int value = CompileFor(table, word).Match(word);
  answers->emplace(word, value);
  return value;
}

int MonthOfWord(const std::string& w) {
  thread_local WordValues answers;
  return ValueOfWord(MonthWordRules(), w, &answers);
}
int SeasonOfWord(const std::string& w) {
  thread_local WordValues answers;
  return ValueOfWord(SeasonWordRules(), w, &answers);
}
int OrdinalOfWord(const std::string& w) {
  thread_local WordValues answers;
  return ValueOfWord(OrdinalWordRules(), w, &answers);
}

bool StartsWith(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }
bool IsYearWord(const std::string& w) {
  return w == "г" || w == "гг" || w == "год" || w == "года" || w == "году" || w == "годы";
}
bool IsRangeWord(const std::string& w) { return w == "по" || w == "до"; }

// The number of a quarter, half or term: "2", "II" or "второе".
int RomanOrDigit(const Token& t) {
  if (t.type == Token::kNumber) return t.text.size() == 1 ? t.text[0] - '0' : 0;
  if (t.text == "i") return 1;
  if (t.text == "ii") return 2;
  if (t.text == "iii") return 3;
  if (t.text == "iv") return 4;
  return t.type == Token::kWord ? OrdinalOfWord(t.text) : 0;
}

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && year > 0) {
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[month - 1];
}

const char* kMonthGenitive[] = {"января", "февраля", "марта", "апреля", "мая", "июня",
                                "июля", "августа", "сентября", "октября", "ноября", "декабря"};

// ---- Points in time the text names -----------------------------------------------------

struct Point {
  int year = 0;          // 0 until bound or resolved
  int month = 0;
  int day = 0;           // 0 when not given
  int end_month = 0;     // > 0 for spans (quarter, half-year, season)
  int end_year = 0;
  bool dotted = false;   // written as 15.09 / 15.09.2025
};

struct Parse {
  std::vector<Point> points;
  std::vector<int> standalone_years;
  int academic_year = 0;  // "2026-2027 уч.г." inside the text
  bool range_separator = false;
  std::string problem;
};

std::string YearMonth(int y, int m) {
  char b[32];  // room for any int, as the compiler cannot know the ranges
  std::snprintf(b, sizeof b, "%04d-%02d", y, m);
  return b;
}
std::string YearMonthDay(int y, int m, int d) {
  char b[40];  // room for any int, as the compiler cannot know the ranges
  std::snprintf(b, sizeof b, "%04d-%02d-%02d", y, m, d);
  return b;
}

// Spans of school and calendar subdivisions: {start month, end month}.
void QuarterSpan(int q, int* a, int* b) { *a = 3 * q - 2; *b = 3 * q; }
void HalfSpan(int h, bool academic, int* a, int* b) {
  if (academic) { *a = h == 1 ? 9 : 1; *b = h == 1 ? 12 : 5; }
  else { *a = h == 1 ? 1 : 7; *b = h == 1 ? 6 : 12; }
}
void TermSpan(int t, int* a, int* b) {
  static const int kStart[] = {9, 11, 1, 4}, kEnd[] = {10, 12, 3, 5};
  *a = kStart[t - 1];
  *b = kEnd[t - 1];
}
// Trimesters of schools that use them: September–November, December–February, March–May.
void TrimesterSpan(int t, int* a, int* b) {
  static const int kStart[] = {9, 12, 3}, kEnd[] = {11, 2, 5};
  *a = kStart[t - 1];
  *b = kEnd[t - 1];
}
void SeasonSpan(int season, bool holidays, int* a, int* b) {
  // 1 winter, 2 spring, 3 summer, 4 autumn; holidays are narrower than seasons.
  static const int kStart[] = {12, 3, 6, 9}, kEnd[] = {2, 5, 8, 11};
  static const int kHolidayStart[] = {12, 3, 6, 10}, kHolidayEnd[] = {1, 3, 8, 11};
  *a = holidays ? kHolidayStart[season - 1] : kStart[season - 1];
  *b = holidays ? kHolidayEnd[season - 1] : kEnd[season - 1];
}

Parse ReadPoints(const std::vector<Token>& t, bool academic_period) {
  Parse p;
  std::vector<int> pending_days;
  size_t first_unbound = 0;   // points before this index already have years
  bool adjacent = false;      // the last significant token was a point
  bool pending_range = false; // a "-", "по" or "до" right after a point or a day
  int paren_depth = 0;
  auto add_point = [&](const Point& pt) {
    if (pending_range) p.range_separator = true;
    pending_range = false;
    p.points.push_back(pt);
  };
  // "15-20 сентября" keeps its days; "1 — август" does not make 1 a day of August.
  auto range_mark = [&](size_t i) {
    bool number_follows = i + 1 < t.size() && t[i + 1].type == Token::kNumber;
    if (!number_follows) pending_days.clear();
    pending_range = adjacent || !pending_days.empty();
  };
  for (size_t i = 0; i < t.size(); ++i) {
    const Token& tok = t[i];
    if (tok.type == Token::kPunct) {
      if (tok.text == ":" || tok.text == "(" || tok.text == ")") pending_days.clear();
      if (tok.text == "(") ++paren_depth, adjacent = false;
      else if (tok.text == ")") paren_depth = std::max(0, paren_depth - 1), adjacent = false;
      else if (tok.text == "-" || tok.text == "/") range_mark(i);
      else if (tok.text == "," && i + 1 < t.size() && t[i + 1].type == Token::kNumber &&
               t[i + 1].text.size() == 4) {
        // "Октябрь, 2025 г.": the year still belongs to the month
      } else if (tok.text != ".") {
        adjacent = false;
        pending_range = false;
      }
      continue;
    }
    if (tok.type == Token::kNumber) {
      // The digits of the number glued after a dot glued to token k ("15.09": 2 at the
      // "15"), or 0.
      auto digits_after_dot = [&](size_t k) -> size_t {
        const bool glued = k + 2 < t.size() && t[k + 1].text == "." && !t[k + 1].space_before &&
                           t[k + 2].type == Token::kNumber && !t[k + 2].space_before;
        return glued ? t[k + 2].text.size() : 0;
      };
      // mm.yyyy written without spaces ("09.2025"): a month, not a day and a year
      if (tok.text.size() <= 2 && digits_after_dot(i) == 4) {
        Point pt;
        pt.month = std::stoi(tok.text);
        pt.year = std::stoi(t[i + 2].text);
        if (pt.month >= 1 && pt.month <= 12 && PlausibleYear(pt.year)) {
          i += 2;
          add_point(pt);
          adjacent = true;
          continue;
        }
      }
      // dd.mm or dd.mm.yyyy written without spaces
      if (tok.text.size() <= 2 && digits_after_dot(i) > 0 && digits_after_dot(i) <= 2) {
        Point pt;
        pt.dotted = true;
        pt.day = std::stoi(tok.text);
        pt.month = std::stoi(t[i + 2].text);
        i += 2;
        if (digits_after_dot(i) == 4 || digits_after_dot(i) == 2) {
          pt.year = std::stoi(t[i + 2].text);
          if (pt.year < 100) pt.year += 2000;
          i += 2;
        }
        // "в 14.00", "10.30": a time of day, no date (hours, then two digits of minutes).
        const bool time_of_day = pt.year == 0 && t[i].text.size() == 2 && pt.day <= 23 &&
                                 (pt.month == 0 || pt.month > 12) && pt.month <= 59;
        if (time_of_day) {
          adjacent = false;
          continue;
        }
        if (pt.month < 1 || pt.month > 12 || pt.day < 1 || pt.day > DaysInMonth(pt.year, pt.month)) {
          if (p.problem.empty()) {
            p.problem = "дата " + std::to_string(pt.day) + "." + std::to_string(pt.month) +
                        " не существует";
          }
          adjacent = false;
          continue;
        }
        if (pt.year > 0) {
          // "15.09–20.09.2025": the year closes the dates written before it.
          for (size_t k = first_unbound; k < p.points.size(); ++k) {
            if (p.points[k].year == 0 && p.points[k].dotted) p.points[k].year = pt.year;
          }
          first_unbound = p.points.size() + 1;
        }
        add_point(pt);
        adjacent = true;
        continue;
      }
      const int digits = static_cast<int>(tok.text.size());
      if (digits == 4) {
        int year = std::stoi(tok.text);
        // "2026-2027 уч.г.", "2023/2024 учебный год"
        if (i + 2 < t.size() && (t[i + 1].text == "-" || t[i + 1].text == "/") &&
            t[i + 2].type == Token::kNumber && t[i + 2].text.size() == 4 &&
            std::stoi(t[i + 2].text) == year + 1) {
          bool school = i + 3 < t.size() && (StartsWith(t[i + 3].text, "уч"));
          if (school || paren_depth > 0) {
            p.academic_year = year;
            i += 2;
            adjacent = false;
            continue;
          }
        }
        if (!PlausibleYear(year)) {
          if (p.problem.empty()) p.problem = "год " + tok.text + " невозможен";
          adjacent = false;
          continue;
        }
        if (adjacent && first_unbound < p.points.size()) {
          for (size_t k = first_unbound; k < p.points.size(); ++k) {
            Point& pt = p.points[k];
            if (pt.year == 0) {
              pt.year = year;
              if (pt.end_month > 0) pt.end_year = pt.end_month < pt.month ? year + 1 : year;
            }
          }
          first_unbound = p.points.size();
          continue;  // still adjacent: "сентябрь 2023 г. – июнь 2024 г."
        }
        p.standalone_years.push_back(year);
        adjacent = false;
        continue;
      }
      if (digits >= 5) {
        bool year_like = i + 1 < t.size() && t[i + 1].type == Token::kWord && IsYearWord(t[i + 1].text);
        if (year_like && p.problem.empty()) p.problem = "год " + tok.text + " невозможен";
        adjacent = false;
        continue;
      }
      // 1-2 digits: a quarter/half/term number, or a day waiting for its month.
      if (i + 1 < t.size() && t[i + 1].type == Token::kWord) {
        const std::string& next = t[i + 1].text;
        int n = RomanOrDigit(tok);
        if (n >= 1 && (StartsWith(next, "квартал") || StartsWith(next, "полугод") ||
                       StartsWith(next, "четверт") || StartsWith(next, "триместр"))) {
          continue;  // the word handles it, looking back at this number
        }
      }
      if (digits <= 2) pending_days.push_back(std::stoi(tok.text));
      adjacent = false;
      continue;
    }
    // Words.
    const std::string& w = tok.text;
    if (IsYearWord(w)) continue;  // "2023 г.", "года" keep adjacency
    int month = MonthOfWord(w);
    if (month > 0) {
      std::vector<int> days = pending_days.empty() ? std::vector<int>{0} : pending_days;
      pending_days.clear();
      for (int day : days) {
        Point pt;
        pt.month = month;
        pt.day = day;
        if (day > 0 && (day > DaysInMonth(0, month))) {
          if (p.problem.empty()) {
            p.problem = std::to_string(day) + " " + kMonthGenitive[month - 1] + " не существует";
          }
          continue;
        }
        add_point(pt);
      }
      adjacent = true;
      continue;
    }
    int span_start = 0, span_end = 0;
    int n = i > 0 ? RomanOrDigit(t[i - 1]) : 0;
    if (n >= 1 && n <= 4 && StartsWith(w, "квартал")) QuarterSpan(n, &span_start, &span_end);
    else if (n >= 1 && n <= 2 && StartsWith(w, "полугод")) HalfSpan(n, academic_period, &span_start, &span_end);
    else if (n >= 1 && n <= 4 && StartsWith(w, "четверт")) TermSpan(n, &span_start, &span_end);
    else if (n >= 1 && n <= 3 && StartsWith(w, "триместр")) TrimesterSpan(n, &span_start, &span_end);
    else if (int season = SeasonOfWord(w)) {
      bool holidays = i + 1 < t.size() && StartsWith(t[i + 1].text, "каникул");
      SeasonSpan(season, holidays, &span_start, &span_end);
    }
    if (span_start > 0) {
      Point pt;
      pt.month = span_start;
      pt.end_month = span_end;
      add_point(pt);
      adjacent = true;
      continue;
    }
    if (IsRangeWord(w)) {
      range_mark(i);  // "с 15 по 20 сентября", "с сентября по май", "до 25 сентября"
      continue;
    }
    if (w == "с" || w == "от" || w == "и" || w == "каникулы" || StartsWith(w, "каникул")) continue;
    pending_days.clear();  // "1 раз в полугодие": the number was not a day
    adjacent = false;
    pending_range = false;
  }
  return p;
}

// ---- Phrase rules ----------------------------------------------------------------------

struct CompiledPhrase {
  std::unique_ptr<RE2> re;
  const TimingPhraseRule* rule;
};

// The phrase rules compiled for `key`: in their narrow form when it is basic text. (One
// RE2::Set of them scanned a cell once instead of once a rule, but compiling it cost a
// one-document run more than it saved; timing cells are short and remembered.)
const std::vector<CompiledPhrase>& PhrasesFor(const std::string& key) {
  auto compile = [](bool narrow) {
    std::vector<CompiledPhrase> out;
    for (const TimingPhraseRule& r : TimingPhraseRules()) {
      out.push_back({std::make_unique<RE2>(narrow ? NarrowLetters(r.pattern) : r.pattern), &r});
    }
    return out;
  };
  if (IsBasicText(key)) {
    static const std::vector<CompiledPhrase> narrow = compile(true);
    return narrow;
  }
  static const std::vector<CompiledPhrase> full = compile(false);
  return full;
}

}  // namespace

namespace {
Timing ParseTimingUncached(std::string_view raw, const std::optional<Period>& period);
}  // namespace

// Timing cells repeat ("в течение года", "сентябрь"): parses are remembered per thread,
// keyed by the text and the period, up to a bounded number.
Timing ParseTiming(std::string_view raw, const std::optional<Period>& period) {
  constexpr size_t kMaxRemembered = 4096;
  thread_local std::unordered_map<std::string, Timing> remembered;
  if (raw.size() > 256) return ParseTimingUncached(raw, period);
  std::string key(raw);
  key.push_back('\0');
  if (period) {
    for (int v : {period->start_year, period->start_month, period->end_year, period->end_month,
                  static_cast<int>(period->academic)}) {
      key += std::to_string(v) + ",";
    }
  }
  auto it = remembered.find(key);
  if (it != remembered.end()) return it->second;
  if (remembered.size() >= kMaxRemembered) remembered.clear();
  Timing parsed = ParseTimingUncached(raw, period);
  remembered.emplace(std::move(key), parsed);
  return parsed;
}

namespace {
Timing ParseTimingUncached(std::string_view raw, const std::optional<Period>& period) {
  Timing out;
  out.raw = std::string(raw);
  if (raw.size() > 4096) {
    out.problem = "текст срока слишком длинный";
    return out;
  }
  const std::string key = MatchKey(raw);
  TimingKind phrase_kind = TimingKind::kUnknown;
  for (const CompiledPhrase& p : PhrasesFor(key)) {
    if (!RE2::PartialMatch(key, *p.re)) continue;
    if (p.rule->recurrence != Recurrence::kNone && out.recurrence == Recurrence::kNone) {
      out.recurrence = p.rule->recurrence;
    }
    if (p.rule->kind != TimingKind::kUnknown && phrase_kind == TimingKind::kUnknown) {
      phrase_kind = p.rule->kind;
    }
  }

  std::optional<Period> context = period;
  Parse parse = ReadPoints(Tokenize(key), context && context->academic);
  if (!context && parse.academic_year > 0) {
    context = Period{parse.academic_year, 9, parse.academic_year + 1, 8, true};
  }
  if (!parse.problem.empty()) {
    out.valid = false;
    out.problem = parse.problem;
  }

  // Resolve points without a year inside the period; without one they stay unknown.
  bool unresolved = false;
  std::vector<bool> year_from_period(parse.points.size(), false);
  for (size_t i = 0; i < parse.points.size(); ++i) {
    Point& pt = parse.points[i];
    if (pt.year == 0) {
      if (!context) {
        unresolved = true;
        continue;
      }
      year_from_period[i] = true;
      pt.year = context->YearOfMonth(pt.month);
      if (pt.end_month > 0) {
        pt.end_year = context->YearOfMonth(pt.end_month);
        if (pt.end_year * 12 + pt.end_month < pt.year * 12 + pt.month) pt.end_year = pt.year + 1;
      }
    }
    if (pt.day > 0 && pt.day > DaysInMonth(pt.year, pt.month)) {  // 29 февраля 2023
      out.valid = false;
      if (out.problem.empty()) {
        out.problem = std::to_string(pt.day) + " " + kMonthGenitive[pt.month - 1] + " " +
                      std::to_string(pt.year) + " года не существует";
      }
    }
  }

  // A range that would run backwards ("Август-сентябрь" in a plan for 2025-2026: August
  // is the period's last month) begins a year earlier, before the period.
  if (!unresolved && parse.range_separator && parse.points.size() == 2 && year_from_period[0]) {
    Point& first = parse.points[0];
    const Point& second = parse.points[1];
    if (first.year * 12 + first.month > second.year * 12 + second.month) {
      first.year -= 1;
      if (first.end_month > 0) first.end_year -= 1;
    }
  }
  if (!parse.points.empty()) {
    if (!unresolved) {
      for (const Point& pt : parse.points) {
        out.dates.push_back(pt.day > 0 ? YearMonthDay(pt.year, pt.month, pt.day)
                                       : YearMonth(pt.year, pt.month));
        if (pt.end_month > 0) out.dates.push_back(YearMonth(pt.end_year, pt.end_month));
      }
      const Point& first = parse.points.front();
      const Point& last = parse.points.back();
      out.start = YearMonth(first.year, first.month);
      out.end = last.end_month > 0 ? YearMonth(last.end_year, last.end_month)
                                   : YearMonth(last.year, last.month);
      if (first.day > 0) out.start_day_of_month = first.day;
      if (last.day > 0 && last.end_month == 0) out.end_day_of_month = last.day;
    }
    // Named months win over phrases: in "Январь-март 2024 г. (по запросу)" they are the dates.
    if (parse.points.size() == 1) {
      out.kind = parse.points[0].end_month > 0 ? TimingKind::kRange : TimingKind::kDate;
    } else {
      out.kind = parse.range_separator ? TimingKind::kRange : TimingKind::kList;
    }
    return out;
  }

  // No month named: a phrase, a bare year, or nothing readable.
  if (phrase_kind == TimingKind::kThroughoutPeriod) {
    out.kind = TimingKind::kThroughoutPeriod;
    if (context) {
      out.start = context->Start();
      out.end = context->End();
    } else if (!parse.standalone_years.empty()) {
      out.start = YearMonth(parse.standalone_years.front(), 1);
      out.end = YearMonth(parse.standalone_years.back(), 12);
    }
    return out;
  }
  if (!parse.standalone_years.empty() && parse.problem.empty()) {
    // "2026г (согласно графику курсов)": the whole year. (After "30 февраля 2024" the year
    // belonged to the impossible date and gives nothing.)
    out.kind = phrase_kind == TimingKind::kUnknown ? TimingKind::kRange : phrase_kind;
    out.start = YearMonth(parse.standalone_years.front(), 1);
    out.end = YearMonth(parse.standalone_years.back(), 12);
    out.dates = {out.start, out.end};
    return out;
  }
  if (parse.academic_year > 0 && phrase_kind == TimingKind::kUnknown) {
    out.kind = TimingKind::kRange;
    out.start = YearMonth(parse.academic_year, 9);
    out.end = YearMonth(parse.academic_year + 1, 8);
    return out;
  }
  out.kind = phrase_kind;
  if (out.kind == TimingKind::kUnknown && out.problem.empty() && out.valid) {
    out.problem = "срок не распознан";
  }
  return out;
}

}  // namespace

}  // namespace planparse
