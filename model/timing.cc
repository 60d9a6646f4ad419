#include "model/timing.h"

#include <cstdio>

namespace planparse {

namespace {
std::string YearMonth(int year, int month) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  return buffer;
}
}  // namespace

std::string Timing::StartDay() const {
  if (start_day_of_month <= 0 || start.empty()) return "";
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "-%02d", start_day_of_month);
  return start + buffer;
}

std::string Timing::EndDay() const {
  if (end_day_of_month <= 0 || end.empty()) return "";
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "-%02d", end_day_of_month);
  return end + buffer;
}

std::string Period::Start() const { return YearMonth(start_year, start_month); }
std::string Period::End() const { return YearMonth(end_year, end_month); }

int Period::YearOfMonth(int month) const {
  if (start_year == end_year) return start_year;
  if (academic) return month >= start_month ? start_year : end_year;
  return month >= start_month ? start_year : end_year;
}

bool Period::Contains(int year, int month) const {
  int value = year * 12 + month;
  return value >= start_year * 12 + start_month && value <= end_year * 12 + end_month;
}

const char* TimingKindName(TimingKind kind) {
  switch (kind) {
    case TimingKind::kDate: return "date";
    case TimingKind::kRange: return "range";
    case TimingKind::kList: return "list";
    case TimingKind::kThroughoutPeriod: return "throughout_period";
    case TimingKind::kOnRequest: return "on_request";
    case TimingKind::kBySchedule: return "by_schedule";
    case TimingKind::kUnknown: return "unknown";
  }
  return "unknown";
}

const char* RecurrenceName(Recurrence r) {
  switch (r) {
    case Recurrence::kNone: return "none";
    case Recurrence::kWeekly: return "weekly";
    case Recurrence::kMonthly: return "monthly";
    case Recurrence::kQuarterly: return "quarterly";
    case Recurrence::kSemiannual: return "semiannual";
    case Recurrence::kAnnual: return "annual";
  }
  return "none";
}

}  // namespace planparse
