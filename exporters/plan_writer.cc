#include "exporters/plan_writer.h"

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

Json EventJson(const Event& e) {
  Json j;
  j["number"] = StringOrNull(e.number);
  j["section"] = StringOrNull(e.section);
  j["title"] = e.title;
  if (e.timing.raw.empty()) {
    j["timing"] = {{"raw", nullptr}, {"start", nullptr}, {"end", nullptr}, {"kind", "none"},
                   {"recurrence", "none"}, {"dates", Json::array()}, {"valid", true}};
  } else {
    j["timing"] = TimingJson(e.timing);
  }
  j["responsible"] = e.responsible;
  j["form"] = StringOrNull(e.form);
  j["audience"] = StringOrNull(e.audience);
  j["result"] = StringOrNull(e.result);
  j["place"] = StringOrNull(e.place);
  j["note"] = StringOrNull(e.note);
  j["source_span"] = SpanJson(e.span);
  j["confidence"] = e.confidence;
  return j;
}

}  // namespace

void WritePlanJson(const Plan& plan, const SourceInfo& source, bool pretty, std::ostream& out) {
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
  out.write(text.data(), static_cast<std::streamsize>(at));
  if (plan.events.empty()) {
    out << "[]";
  } else {
    // Pretty: the array's items sit two levels deep (4 spaces), its bracket one level.
    const std::string item_indent = pretty ? "    " : "";
    out << (pretty ? "[\n" : "[");
    for (size_t i = 0; i < plan.events.size(); ++i) {
      std::string item = EventJson(plan.events[i]).dump(indent, ' ', false, Json::error_handler_t::replace);
      out << item_indent;
      if (pretty) {
        size_t start = 0;
        for (size_t nl = item.find('\n'); nl != std::string::npos; nl = item.find('\n', start)) {
          out.write(item.data() + start, static_cast<std::streamsize>(nl + 1 - start));
          out << item_indent;
          start = nl + 1;
        }
        out.write(item.data() + start, static_cast<std::streamsize>(item.size() - start));
      } else {
        out << item;
      }
      if (i + 1 < plan.events.size()) out << ',';
      if (pretty) out << '\n';
    }
    out << (pretty ? "  ]" : "]");
  }
  out.write(text.data() + at + quoted.size(), static_cast<std::streamsize>(text.size() - at - quoted.size()));
  out << '\n';
}

}  // namespace planparse
