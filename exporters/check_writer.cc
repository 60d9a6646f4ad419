#include "exporters/check_writer.h"

#include "exporters/json_values.h"

namespace planparse {
namespace {

// "1 ошибка", "3 ошибки", "5 ошибок".
std::string Plural(int n, const char* one, const char* few, const char* many) {
  int mod100 = n % 100, mod10 = n % 10;
  const char* word = (mod100 >= 11 && mod100 <= 14) ? many : mod10 == 1 ? one : (mod10 >= 2 && mod10 <= 4) ? few : many;
  return std::to_string(n) + " " + word;
}

std::string Summary(const CheckCounts& c) {
  return Plural(c.errors, "ошибка", "ошибки", "ошибок") + ", " +
         Plural(c.warnings, "предупреждение", "предупреждения", "предупреждений") + ", " +
         Plural(c.infos, "замечание", "замечания", "замечаний");
}

void Add(const std::vector<Diagnostic>& diags, CheckCounts* c) {
  for (const Diagnostic& d : diags) {
    if (d.severity == Severity::kError) ++c->errors;
    else if (d.severity == Severity::kWarning) ++c->warnings;
    else ++c->infos;
  }
}

}  // namespace

CheckCounts Count(const std::vector<CheckedDocument>& docs) {
  CheckCounts c;
  for (const CheckedDocument& d : docs) {
    if (!d.error.empty()) ++c.unreadable;
    Add(d.diagnostics, &c);
  }
  return c;
}

void WriteCheckText(const std::vector<CheckedDocument>& docs, std::ostream& out) {
  for (const CheckedDocument& d : docs) {
    if (!d.error.empty()) {
      out << d.path << ": error read.failed " << d.error << "\n\n";
      continue;
    }
    for (const Diagnostic& diag : d.diagnostics) {
      out << d.path << ":" << diag.span.Describe() << ": " << SeverityName(diag.severity) << " "
          << diag.code << " " << diag.message << "\n";
    }
    CheckCounts c;
    Add(d.diagnostics, &c);
    out << d.path << ": " << (d.diagnostics.empty() ? "замечаний нет" : Summary(c)) << "\n\n";
  }
  CheckCounts total = Count(docs);
  out << "Итого: " << Plural(static_cast<int>(docs.size()), "документ", "документа", "документов")
      << "; " << Summary(total);
  if (total.unreadable > 0) out << "; не прочитано: " << total.unreadable;
  out << "\n";
}

void WriteCheckJson(const std::vector<CheckedDocument>& docs, std::ostream& out) {
  Json all = Json::array();
  for (const CheckedDocument& d : docs) {
    Json doc;
    doc["path"] = d.path;
    doc["kind"] = StringOrNull(d.kind);
    doc["error"] = StringOrNull(d.error);
    Json diags = Json::array();
    for (const Diagnostic& diag : d.diagnostics) diags.push_back(DiagnosticJson(diag));
    doc["diagnostics"] = std::move(diags);
    all.push_back(std::move(doc));
  }
  CheckCounts c = Count(docs);
  Json j = {{"documents", std::move(all)},
            {"summary", {{"errors", c.errors}, {"warnings", c.warnings}, {"infos", c.infos},
                         {"unreadable", c.unreadable}}}};
  out << j.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
}

}  // namespace planparse
