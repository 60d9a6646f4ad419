// Timing: the "Сроки" cell of a plan's event table turned into dates a database can query.
// A month with no year falls inside the plan's period; phrases meaning "throughout the
// period" take its bounds; "по запросу" gives no dates. Anything unreadable is kind
// "unknown" with the raw text kept: never a crash and never an invented date.
#ifndef PLANPARSE_NORMALIZER_TIMING_H_
#define PLANPARSE_NORMALIZER_TIMING_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "normalizer/period.h"

namespace planparse {

enum class TimingKind { kDate, kRange, kList, kThroughoutPeriod, kOnRequest, kBySchedule, kUnknown };
enum class Recurrence { kNone, kWeekly, kMonthly, kQuarterly, kSemiannual, kAnnual };

struct Timing {
  std::string raw;                 // as printed
  TimingKind kind = TimingKind::kUnknown;
  Recurrence recurrence = Recurrence::kNone;
  std::string start;               // "YYYY-MM", "" when unknown
  std::string end;                 // "YYYY-MM", "" when unknown
  std::string start_day;           // "YYYY-MM-DD" when the first date names a day
  std::string end_day;             // "YYYY-MM-DD" when the last date names a day
  std::vector<std::string> dates;  // every month ("YYYY-MM") or day mentioned, in order
  bool valid = true;               // false when the text names an impossible date
  std::string problem;             // why invalid ("31 июня не существует"), in Russian
};

Timing ParseTiming(std::string_view raw, const std::optional<Period>& period);

const char* TimingKindName(TimingKind kind);      // "date", "range", "list", ...
const char* RecurrenceName(Recurrence recurrence);  // "none", "weekly", ...

}  // namespace planparse

#endif  // PLANPARSE_NORMALIZER_TIMING_H_
