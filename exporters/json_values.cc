#include "exporters/json_values.h"

namespace planparse {

Json StringOrNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json SpanJson(const SourceSpan& span) {
  Json j = Json::object();
  if (!span.part.empty()) j["part"] = span.part;
  if (span.block >= 0) j["block"] = span.block;
  if (span.table_row >= 0) j["row"] = span.table_row;
  if (span.table_cell >= 0) j["cell"] = span.table_cell;
  if (span.first_line > 0) j["lines"] = Json::array({span.first_line, span.last_line});
  return j;
}

Json DiagnosticJson(const Diagnostic& d) {
  return {{"code", d.code},
          {"severity", SeverityName(d.severity)},
          {"message", d.message},
          {"where", d.span.ToString()},
          {"place", d.span.Describe()},
          {"source_span", SpanJson(d.span)}};
}

Json TimingJson(const Timing& t) {
  Json j;
  j["raw"] = StringOrNull(t.raw);
  j["start"] = StringOrNull(t.start);
  j["end"] = StringOrNull(t.end);
  j["kind"] = TimingKindName(t.kind);
  j["recurrence"] = RecurrenceName(t.recurrence);
  j["dates"] = t.dates;
  if (t.start_day_of_month > 0) j["start_day"] = t.StartDay();
  if (t.end_day_of_month > 0) j["end_day"] = t.EndDay();
  j["valid"] = t.valid;
  if (!t.problem.empty()) j["problem"] = t.problem;
  return j;
}

}  // namespace planparse
