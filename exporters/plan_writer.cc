#include "exporters/plan_writer.h"

#include "exporters/json_stream.h"
#include "exporters/json_values.h"

namespace planparse {
namespace {

Json Strings(const std::vector<TextItem>& items) {
  Json out = Json::array();
  for (const TextItem& i : items) out.push_back(i.text);
  return out;
}

Json Spans(const std::vector<TextItem>& items) {
  Json out = Json::array();
  for (const TextItem& i : items) out.push_back(SpanJson(i.span));
  return out;
}

void WriteSpan(const SourceSpan& span, JsonStream* j) {
  j->BeginObject();
  if (!span.part.empty()) {
    j->Key("part");
    j->String(span.part.str());
  }
  if (span.block >= 0) {
    j->Key("block");
    j->Int(span.block);
  }
  if (span.table_row >= 0) {
    j->Key("row");
    j->Int(span.table_row);
  }
  if (span.table_cell >= 0) {
    j->Key("cell");
    j->Int(span.table_cell);
  }
  if (span.first_line > 0) {
    j->Key("lines");
    j->BeginArray();
    j->Int(span.first_line);
    j->Int(span.last_line);
    j->EndArray();
  }
  j->EndObject();
}

// The same fields, in the same order, as TimingJson (json_values.cc).
void WriteTiming(const Timing& t, JsonStream* j) {
  j->BeginObject();
  j->Key("raw");
  j->StringOrNull(t.raw);
  j->Key("start");
  j->StringOrNull(t.raw.empty() ? std::string_view() : std::string_view(t.start));
  j->Key("end");
  j->StringOrNull(t.raw.empty() ? std::string_view() : std::string_view(t.end));
  j->Key("kind");
  j->String(t.raw.empty() ? "none" : TimingKindName(t.kind));
  j->Key("recurrence");
  j->String(t.raw.empty() ? "none" : RecurrenceName(t.recurrence));
  j->Key("dates");
  j->BeginArray();
  if (!t.raw.empty()) {
    for (const std::string& d : t.dates) j->String(d);
  }
  j->EndArray();
  if (!t.raw.empty() && t.start_day_of_month > 0) {
    j->Key("start_day");
    j->String(t.StartDay());
  }
  if (!t.raw.empty() && t.end_day_of_month > 0) {
    j->Key("end_day");
    j->String(t.EndDay());
  }
  j->Key("valid");
  j->Bool(t.raw.empty() ? true : t.valid);
  if (!t.raw.empty() && !t.problem.empty()) {
    j->Key("problem");
    j->String(t.problem);
  }
  j->EndObject();
}

// One event, written straight to text: events are the bulk of a large plan, and building
// a tree for each cost a quarter of a large extraction.
void WriteEvent(const Event& e, JsonStream* j) {
  j->BeginObject();
  j->Key("number");
  j->StringOrNull(e.number);
  j->Key("section");
  j->StringOrNull(e.section);
  j->Key("title");
  j->String(e.title);
  j->Key("timing");
  WriteTiming(e.timing, j);
  j->Key("responsible");
  j->BeginArray();
  for (const std::string& r : e.responsible) j->String(r);
  j->EndArray();
  j->Key("form");
  j->StringOrNull(e.form);
  j->Key("audience");
  j->StringOrNull(e.audience);
  j->Key("result");
  j->StringOrNull(e.result);
  j->Key("place");
  j->StringOrNull(e.place);
  j->Key("note");
  j->StringOrNull(e.note);
  j->Key("source_span");
  WriteSpan(e.span, j);
  j->Key("confidence");
  j->Double(e.confidence);
  j->EndObject();
}

// Where the rendered plan goes: appended to `text`, and passed on to `stream` (when set)
// whenever 64 KB have gathered, so neither form holds a second copy of a large plan.
struct PlanSink {
  std::string* text;
  std::ostream* stream = nullptr;
  void Flush() {
    if (stream == nullptr) return;
    stream->write(text->data(), static_cast<std::streamsize>(text->size()));
    text->clear();
  }
  // After anything is added to `text`, directly or through Append.
  void Added() {
    if (stream != nullptr && text->size() >= (1u << 16)) Flush();
  }
  void Append(std::string_view piece) {
    text->append(piece);
    Added();
  }
};

void RenderPlan(const Plan& plan, const SourceInfo& source, bool pretty, PlanSink* out) {
  Json j;
  j["schema_version"] = kPlanSchemaVersion;
  j["source"] = {{"path", source.path},
                 {"format", source.format},
                 {"encoding", source.encoding},
                 {"sha256", source.sha256},
                 {"size_bytes", source.size_bytes}};
  j["kind"] = PlanKindName(plan.kind);
  j["title"] = StringOrNull(plan.title.text);
  if (plan.period) {
    j["period"] = {{"start", plan.period->Start()},
                   {"end", plan.period->End()},
                   {"academic", plan.period->academic},
                   {"source", plan.period_source}};
  } else {
    j["period"] = nullptr;
  }
  if (plan.approval) {
    const Approval& a = *plan.approval;
    j["approval"] = {{"order_number", StringOrNull(a.order_number)},
                     {"order_date", StringOrNull(a.order_date)},
                     {"heading", a.heading},
                     {"position", StringOrNull(a.position)},
                     {"person", StringOrNull(a.person)},
                     {"blank", a.blank},
                     {"raw", a.raw},
                     {"source_span", SpanJson(a.span)}};
  } else {
    j["approval"] = nullptr;
  }
  j["organisations"] = plan.organisations;
  j["goals"] = Strings(plan.goals);
  j["tasks"] = Strings(plan.tasks);
  Json sections = Json::array();
  for (const Section& s : plan.sections) {
    sections.push_back({{"number", StringOrNull(s.number)},
                        {"title", s.title},
                        {"level", s.level},
                        {"source_span", SpanJson(s.span)}});
  }
  j["sections"] = std::move(sections);
  // Events are the bulk of a large plan: each is rendered on its own and spliced in where
  // this placeholder lands, so no tree of the whole plan is held (same bytes as one dump).
  const std::string placeholder = "\x01events\x01";
  j["events"] = placeholder;
  Json people = Json::array();
  for (const Person& p : plan.people) {
    people.push_back({{"name", p.name}, {"role", p.role}, {"organisation", StringOrNull(p.organisation)}});
  }
  j["people"] = std::move(people);
  j["provenance"] = {{"title", plan.title.text.empty() ? Json(nullptr) : SpanJson(plan.title.span)},
                     {"goals", Spans(plan.goals)},
                     {"tasks", Spans(plan.tasks)}};
  Json diags = Json::array();
  for (const Diagnostic& d : plan.diagnostics) diags.push_back(DiagnosticJson(d));
  j["diagnostics"] = std::move(diags);
  const int indent = pretty ? 2 : -1;
  const std::string text = j.dump(indent, ' ', false, Json::error_handler_t::replace);
  const std::string quoted = Json(placeholder).dump();
  const size_t at = text.find(quoted);
  out->Append(std::string_view(text).substr(0, at));
  if (plan.events.empty()) {
    out->Append("[]");
  } else {
    // Pretty: the array's items sit two levels deep (4 spaces), its bracket one level.
    out->Append(pretty ? "[\n" : "[");
    const size_t events_from = out->text->size();
    for (size_t i = 0; i < plan.events.size(); ++i) {
      if (pretty) out->text->append("    ");
      JsonStream j(out->text, pretty, 2);
      WriteEvent(plan.events[i], &j);
      if (i + 1 < plan.events.size()) out->text->push_back(',');
      if (pretty) out->text->push_back('\n');
      out->Added();
      // Rendered whole into one string, a large plan would otherwise be copied at every
      // doubling of it: the first events tell how large it will be.
      if (i == 63 && out->stream == nullptr) {
        const size_t per_event = (out->text->size() - events_from) / 64 + 1;
        out->text->reserve(out->text->size() + per_event * (plan.events.size() - 64) * 9 / 8 +
                           text.size() - at);
      }
    }
    out->Append(pretty ? "  ]" : "]");
  }
  out->Append(std::string_view(text).substr(at + quoted.size()));
  out->Append("\n");
}

}  // namespace

void WritePlanJson(const Plan& plan, const SourceInfo& source, bool pretty, std::ostream& out) {
  std::string buffer;
  PlanSink sink{&buffer, &out};
  RenderPlan(plan, source, pretty, &sink);
  sink.Flush();
}

std::string PlanJson(const Plan& plan, const SourceInfo& source, bool pretty) {
  std::string text;
  PlanSink sink{&text};
  RenderPlan(plan, source, pretty, &sink);
  return text;
}

}  // namespace planparse
