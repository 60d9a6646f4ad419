#include "exporters/plan_writer.h"

#include "exporters/json_stream.h"
#include "exporters/json_values.h"

namespace planparse {
namespace {

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

// The same fields, in the same order, as DiagnosticJson (json_values.cc), which the check
// and document writers use; a test holds the two together, as it does WriteSpan and
// WriteTiming with SpanJson and TimingJson.
void WriteDiagnostic(const Diagnostic& d, JsonStream* j) {
  j->BeginObject();
  j->Key("code");
  j->String(d.code);
  j->Key("severity");
  j->String(SeverityName(d.severity));
  j->Key("message");
  j->String(d.message);
  j->Key("where");
  j->String(d.span.ToString());
  j->Key("place");
  j->String(d.span.Describe());
  j->Key("source_span");
  WriteSpan(d.span, j);
  j->EndObject();
}

void WriteStrings(const std::vector<std::string>& items, JsonStream* j) {
  j->BeginArray();
  for (const std::string& s : items) j->String(s);
  j->EndArray();
}

void WriteTexts(const std::vector<TextItem>& items, JsonStream* j) {
  j->BeginArray();
  for (const TextItem& i : items) j->String(i.text);
  j->EndArray();
}

void WriteSpans(const std::vector<TextItem>& items, JsonStream* j) {
  j->BeginArray();
  for (const TextItem& i : items) WriteSpan(i.span, j);
  j->EndArray();
}

// The whole plan, written straight to text as the events are (the same bytes nlohmann's
// dump gave: the schema's field order, two-space indents when `pretty`).
void RenderPlan(const Plan& plan, const SourceInfo& source, bool pretty, PlanSink* out) {
  JsonStream j(out->text, pretty, 0);
  j.BeginObject();
  j.Key("schema_version");
  j.String(kPlanSchemaVersion);
  j.Key("source");
  j.BeginObject();
  j.Key("path");
  j.String(source.path);
  j.Key("format");
  j.String(source.format);
  j.Key("encoding");
  j.String(source.encoding);
  j.Key("sha256");
  j.String(source.sha256);
  j.Key("size_bytes");
  j.Int(static_cast<long long>(source.size_bytes));
  j.EndObject();
  j.Key("kind");
  j.String(PlanKindName(plan.kind));
  j.Key("title");
  j.StringOrNull(plan.title.text);
  j.Key("period");
  if (plan.period) {
    j.BeginObject();
    j.Key("start");
    j.String(plan.period->Start());
    j.Key("end");
    j.String(plan.period->End());
    j.Key("academic");
    j.Bool(plan.period->academic);
    j.Key("source");
    j.String(plan.period_source);
    j.EndObject();
  } else {
    j.Null();
  }
  j.Key("approval");
  if (plan.approval) {
    const Approval& a = *plan.approval;
    j.BeginObject();
    j.Key("order_number");
    j.StringOrNull(a.order_number);
    j.Key("order_date");
    j.StringOrNull(a.order_date);
    j.Key("heading");
    j.String(a.heading);
    j.Key("position");
    j.StringOrNull(a.position);
    j.Key("person");
    j.StringOrNull(a.person);
    j.Key("blank");
    j.Bool(a.blank);
    j.Key("raw");
    j.String(a.raw);
    j.Key("source_span");
    WriteSpan(a.span, &j);
    j.EndObject();
  } else {
    j.Null();
  }
  j.Key("organisations");
  WriteStrings(plan.organisations, &j);
  j.Key("goals");
  WriteTexts(plan.goals, &j);
  j.Key("tasks");
  WriteTexts(plan.tasks, &j);
  j.Key("sections");
  j.BeginArray();
  for (const Section& s : plan.sections) {
    j.BeginObject();
    j.Key("number");
    j.StringOrNull(s.number);
    j.Key("title");
    j.String(s.title);
    j.Key("level");
    j.Int(s.level);
    j.Key("source_span");
    WriteSpan(s.span, &j);
    j.EndObject();
  }
  j.EndArray();
  out->Added();
  j.Key("events");
  j.BeginArray();
  const size_t events_from = out->text->size();
  for (size_t i = 0; i < plan.events.size(); ++i) {
    WriteEvent(plan.events[i], &j);
    out->Added();
    // Rendered whole into one string, a large plan would otherwise be copied at every
    // doubling of it: the first events tell how large it will be.
    if (i == 63 && out->stream == nullptr) {
      const size_t per_event = (out->text->size() - events_from) / 64 + 1;
      out->text->reserve(out->text->size() + per_event * (plan.events.size() - 64) * 9 / 8 + 4096);
    }
  }
  j.EndArray();
  j.Key("people");
  j.BeginArray();
  for (const Person& p : plan.people) {
    j.BeginObject();
    j.Key("name");
    j.String(p.name);
    j.Key("role");
    j.String(p.role);
    j.Key("organisation");
    j.StringOrNull(p.organisation);
    j.EndObject();
  }
  j.EndArray();
  j.Key("provenance");
  j.BeginObject();
  j.Key("title");
  if (plan.title.text.empty()) j.Null();
  else WriteSpan(plan.title.span, &j);
  j.Key("goals");
  WriteSpans(plan.goals, &j);
  j.Key("tasks");
  WriteSpans(plan.tasks, &j);
  j.EndObject();
  j.Key("diagnostics");
  j.BeginArray();
  for (const Diagnostic& d : plan.diagnostics) WriteDiagnostic(d, &j);
  j.EndArray();
  j.EndObject();
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
