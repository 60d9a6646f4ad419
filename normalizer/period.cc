#include "normalizer/period.h"

#include <re2/re2.h>


#include "normalizer/keys.h"
#include "normalizer/letter_pattern.h"

namespace planparse {
namespace {

Period Academic(int year) { return Period{year, 9, year + 1, 8, true}; }
Period Calendar(int first, int last) { return Period{first, 1, last, 12, false}; }

}  // namespace

bool PlausibleYear(int year) { return year >= 1990 && year <= 2100; }

std::optional<Period> ParsePeriod(std::string_view text) {
  // Every pattern below names a year of four digits: text without one is no period (and
  // most text is not, so this saves the match key and five regular expressions).
  int digits = 0;
  bool year = false;
  for (char c : text) {
    digits = (c >= '0' && c <= '9') ? digits + 1 : 0;
    if (digits == 4) {
      year = true;
      break;
    }
  }
  if (!year) return std::nullopt;
  const std::string key = MatchKey(text);
  // Patterns run on the match key: lower case, dashes "-", quotes '"'. Each has an example
  // in tests/normalizer/period_test.cc.
  // "2025 - 2026 учебный год", "2023-2024 уч. год", "2024/2025 учебного года", "2023-24 уч.г."
  static const RE2 kAcademic(R"((\d{4})\s*[-/]\s*(\d{2}|\d{4})\s*(?:г\.?\s*|гг\.?\s*)?(уч|учебн))");
  // "на 2023-2024 годы", "2023 - 2024 гг." : two calendar years
  static const RE2 kYearSpan(R"((\d{4})\s*[-/]\s*(\d{4})\s*(?:гг|годы|годов))");
  // A bare "2023-2024" after "на": school plans mean the academic year.
  // A bare "2023-2024" after "на", or ending a title ("План работы МО 2025-2026"): school
  // plans mean the academic year.
  static const RE2 kBareRange(
      R"((?:(?:^|\s)(?:на|за)\s+(\d{4})\s*[-/]\s*(\d{2}|\d{4})(?:\s|$|[^\d])|\s\(?(\d{4})\s*[-/]\s*(\d{2}|\d{4})\)?\s*\.?$))");
  // "на I полугодие 2024 года", "на 2 полугодие 2024 г."
  static const LetterPattern kHalf(R"((?:^|\s)(i|ii|1|2)\s*-?\s*(?:е\s+)?полугоди\pL*\s+(\d{4}))");
  // "на 2026 год", "на 2026г.", "в 2026 году", "2026 год"
  static const RE2 kYear(R"((?:^|[^\d.])(\d{4})\s*(?:г\.|г$|г\s|год|году|года)(?:[^\d]|$))");

  std::string a, b, c, d, half;
  if (RE2::PartialMatch(key, kAcademic, &a, &b)) {
    int first = std::stoi(a);
    int second = b.size() == 2 ? (first / 100) * 100 + std::stoi(b) : std::stoi(b);
    if (PlausibleYear(first) && second == first + 1) return Academic(first);
  }
  if (RE2::PartialMatch(key, kYearSpan, &a, &b)) {
    int first = std::stoi(a), second = std::stoi(b);
    if (PlausibleYear(first) && second >= first && second - first <= 5) return Calendar(first, second);
  }
  if (RE2::PartialMatch(key, kBareRange, &a, &b, &c, &d)) {
    if (a.empty()) {
      a = c;
      b = d;
    }
    int first = std::stoi(a);
    int second = b.size() == 2 ? (first / 100) * 100 + std::stoi(b) : std::stoi(b);
    if (PlausibleYear(first) && second == first + 1) return Academic(first);
  }
  if (RE2::PartialMatch(key, kHalf.For(key), &half, &a)) {
    int year = std::stoi(a);
    if (PlausibleYear(year)) {
      bool first_half = half == "i" || half == "1";
      return Period{year, first_half ? 1 : 7, year, first_half ? 6 : 12, false};
    }
  }
  if (RE2::PartialMatch(key, kYear, &a)) {
    int year = std::stoi(a);
    if (PlausibleYear(year)) return Calendar(year, year);
  }
  return std::nullopt;
}

std::optional<Period> PeriodFromSpec(std::string_view spec) {
  static const RE2 kRange(R"((\d{4})\s*[-/]\s*(\d{4}))");
  static const RE2 kSingle(R"((\d{4}))");
  std::string s(spec), a, b;
  if (RE2::FullMatch(s, kRange, &a, &b)) {
    int first = std::stoi(a), second = std::stoi(b);
    if (!PlausibleYear(first)) return std::nullopt;
    if (second == first + 1) return Academic(first);
    if (second > first) return Calendar(first, second);
    return std::nullopt;
  }
  if (RE2::FullMatch(s, kSingle, &a) && PlausibleYear(std::stoi(a))) {
    return Calendar(std::stoi(a), std::stoi(a));
  }
  return std::nullopt;
}

}  // namespace planparse
