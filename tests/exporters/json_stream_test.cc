// JsonStream writes what nlohmann's dump writes for the same values, in both layouts.
#include "exporters/json_stream.h"

#include <gtest/gtest.h>

#include "exporters/json_values.h"
#include "exporters/plan_writer.h"

namespace planparse {
namespace {

TEST(JsonStream, SameBytesAsNlohmannDump) {
  const std::vector<std::string> strings = {
      "", "План «МО» — 2025", "кавычка \" и \\ обратная черта", "\b\f\n\r\t", std::string("\x01\x1f\x7f", 3),
      "нулевой\0байт", "\xD0", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "ok\xE2\x80", "\xF0\x9F\x98\x80"};
  for (bool pretty : {true, false}) {
    Json tree = Json::object();
    std::string streamed;
    JsonStream j(&streamed, pretty, 0);
    j.BeginObject();
    for (size_t i = 0; i < strings.size(); ++i) {
      tree["s" + std::to_string(i)] = strings[i];
      j.Key("s" + std::to_string(i));
      j.String(strings[i]);
    }
    for (size_t i = 0; i < strings.size(); ++i) {  // the same texts as keys
      tree[std::to_string(i) + strings[i]] = static_cast<int>(i);
      j.Key(std::to_string(i) + strings[i]);
      j.Int(static_cast<long long>(i));
    }
    tree["empty_array"] = Json::array();
    j.Key("empty_array");
    j.BeginArray();
    j.EndArray();
    tree["empty_object"] = Json::object();
    j.Key("empty_object");
    j.BeginObject();
    j.EndObject();
    tree["nested"] = {{"a", Json::array({1, 2, -7, 0, 9007199254740993LL, -9223372036854775807LL - 1})},
                      {"b", nullptr}, {"c", false}, {"d", 0.53}, {"e", 1.0}};
    j.Key("nested");
    j.BeginObject();
    j.Key("a");
    j.BeginArray();
    j.Int(1);
    j.Int(2);
    j.Int(-7);
    j.Int(0);
    j.Int(9007199254740993LL);
    j.Int(-9223372036854775807LL - 1);
    j.EndArray();
    j.Key("b");
    j.Null();
    j.Key("c");
    j.Bool(false);
    j.Key("d");
    j.Double(0.53);
    j.Key("e");
    j.Double(1.0);
    j.EndObject();
    j.EndObject();
    EXPECT_EQ(streamed, tree.dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace))
        << (pretty ? "pretty" : "compact");
  }
}

// The plan writer writes spans, timings and diagnostics straight to text; the check and
// document writers build them with SpanJson, TimingJson and DiagnosticJson. Both must give
// the same objects.
TEST(PlanJson, SpansTimingsAndDiagnosticsAsTheOtherWritersWriteThem) {
  Plan plan;
  SourceSpan span;
  span.part = std::string("word/document.xml");
  span.block = 3;
  span.table_row = 2;
  span.table_cell = 1;
  span.first_line = 10;
  span.last_line = 12;
  Event e;
  e.title = "Семинар";
  e.span = span;
  e.timing.raw = "15 марта – апрель 2026";
  e.timing.kind = TimingKind::kRange;
  e.timing.start = "2026-03";
  e.timing.end = "2026-04";
  e.timing.start_day_of_month = 15;
  e.timing.dates = {"2026-03-15", "2026-04"};
  e.timing.valid = false;
  e.timing.problem = "проверка";
  plan.events.push_back(e);
  Section section;
  section.title = "Работа с педагогами";
  section.span = span;
  plan.sections.push_back(section);
  plan.diagnostics.push_back({"table.row_uncertain", Severity::kWarning, "Строка «1» неуверенно", span});
  SourceInfo source;
  source.path = "plan.docx";
  for (bool pretty : {true, false}) {
    const Json written = Json::parse(PlanJson(plan, source, pretty));
    EXPECT_EQ(written["events"][0]["timing"], TimingJson(e.timing)) << pretty;
    EXPECT_EQ(written["events"][0]["source_span"], SpanJson(span)) << pretty;
    EXPECT_EQ(written["sections"][0]["source_span"], SpanJson(span)) << pretty;
    EXPECT_EQ(written["diagnostics"][0], DiagnosticJson(plan.diagnostics[0])) << pretty;
  }
}

}  // namespace
}  // namespace planparse
