// Period and Timing: dates as a plan states them. Plain data; the parsers that fill them
// live in normalizer/ (period.h, timing.h).
#ifndef PLANPARSE_MODEL_TIMING_H_
#define PLANPARSE_MODEL_TIMING_H_

#include <string>
#include <vector>

namespace planparse {

// The span a plan covers: an academic year (September–August) or calendar months.
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

enum class TimingKind { kDate, kRange, kList, kThroughoutPeriod, kOnRequest, kBySchedule, kUnknown };
enum class Recurrence { kNone, kWeekly, kMonthly, kQuarterly, kSemiannual, kAnnual };

// A timing cell ("Сроки") read into dates. Every event holds one, so the days of the first
// and last dates are kept as numbers beside start and end, not as two more strings.
struct Timing {
  std::string raw;                 // as printed
  TimingKind kind = TimingKind::kUnknown;
  Recurrence recurrence = Recurrence::kNone;
  std::string start;               // "YYYY-MM", "" when unknown
  std::string end;                 // "YYYY-MM", "" when unknown
  int start_day_of_month = 0;      // 1..31 when the first date names a day ("15 марта"), else 0
  int end_day_of_month = 0;        // 1..31 when the last date names a day, else 0
  std::vector<std::string> dates;  // every month ("YYYY-MM") or day mentioned, in order
  bool valid = true;               // false when the text names an impossible date
  std::string problem;             // why invalid ("31 июня не существует"), in Russian

  std::string StartDay() const;    // "YYYY-MM-DD" when the first date names a day, else ""
  std::string EndDay() const;      // "YYYY-MM-DD" when the last date names a day, else ""
};

const char* TimingKindName(TimingKind kind);        // "date", "range", "list", ...
const char* RecurrenceName(Recurrence recurrence);  // "none", "weekly", ...

}  // namespace planparse

#endif  // PLANPARSE_MODEL_TIMING_H_
