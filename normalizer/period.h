// Period: the span a plan covers, an academic year (September–August) or calendar months,
// read from titles and headers ("на 2025 – 2026 учебный год", "на 2026 год").
#ifndef PLANPARSE_NORMALIZER_PERIOD_H_
#define PLANPARSE_NORMALIZER_PERIOD_H_

#include <optional>
#include <string>
#include <string_view>

namespace planparse {

struct Period {
  int start_year = 0;
  int start_month = 0;   // 1..12
  int end_year = 0;
  int end_month = 0;     // 1..12, inclusive
  bool academic = false; // an academic year: months from September belong to start_year

  std::string Start() const;  // "2023-09"
  std::string End() const;    // "2024-08"
  // The year a month with no year written falls in, inside this period.
  int YearOfMonth(int month) const;
  bool Contains(int year, int month) const;
};

// The first period named in `text` (a title, a header line), or nullopt.
std::optional<Period> ParsePeriod(std::string_view text);

// A period written for the command line: "2023-2024" or "2023/2024" (academic year),
// "2026" (calendar year). nullopt when malformed.
std::optional<Period> PeriodFromSpec(std::string_view spec);

}  // namespace planparse

#endif  // PLANPARSE_NORMALIZER_PERIOD_H_
