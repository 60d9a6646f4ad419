// planparse command line: parses flags into Options and calls the libraries. Nothing else.
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <iostream>
#include <string>
#include <vector>

#include "checks/checks.h"
#include "exporters/check_writer.h"
#include "exporters/document_writer.h"
#include "exporters/plan_writer.h"
#include "extractors/plan_extractor.h"
#include "exporters/timing_writer.h"
#include "normalizer/period.h"
#include "normalizer/timing.h"
#include "parsers/reader.h"

namespace {

constexpr const char* kVersion = "0.1.0";

constexpr const char* kHelp = R"HELP(planparse — reads school and methodological work plans (DOCX or plain text)
and turns them into structured data.

Usage:
  planparse extract FILE... [--out-dir DIR]
                                    extract each plan as JSON (stdout, or DIR/NAME.json)
  planparse check FILE... [--format text|json] [--only CODE] [--disable CODE]
                  [--plan PLAN] [--today YYYY-MM-DD]
                                    report what is missing, inconsistent or unfilled
  planparse dump [--text] FILE...   print the document model of each FILE
  planparse timing [--period P] TEXT...
                                    parse timing cells ("Сроки") into dates
  planparse --help                  this text
  planparse --version               the version

extract
  Reads each FILE and prints its plan as JSON: kind (plan, report, template), title,
  period, approval (order number and date), goals, tasks, sections and events (number,
  section, title, timing with dates, responsible, form, audience, result), with the
  place each came from and diagnostics. Field names follow the planparse JSON contract
  (schema/plan.schema.json). With --out-dir DIR, writes DIR/NAME.json for each input
  NAME.ext instead (written to a temporary file and renamed: never half a file).

check
  Reads each FILE (through the same extraction) and reports problems a reviewer needs to
  see: an unfilled template, no title, period, goal, tasks or events; numbering gaps,
  duplicates and disorder; events without timing or responsible, unreadable or impossible
  dates, timings outside the plan's period, repeated events; misspelt fixed phrases
  ("в течении года"), words mixing Cyrillic and Latin letters, doubled words, unclosed
  «quotes», years from earlier plans; a blank approval block or an order dated after the
  plan's start or in the future. One line per problem: "file:place: severity code
  message", grouped per document, then a summary. --format json gives the same as JSON.
  --only CODE / --disable CODE (repeatable) select rules; docs/checks.md lists them all.
  --list-rules prints the rules as a Markdown table (docs/checks.md).
  --plan PLAN checks each FILE as a report against PLAN: planned events the report does
  not mention, reported events that were not planned. Exit status: 0 when no errors were
  found, 1 when some were, 2 for usage errors or unreadable input.

dump
  Prints what the readers found: paragraphs with styles, heading levels and the list
  labels Word shows ("1.", "1.2.", "а)"), tables with merged cells, notes, headers and
  footers, and where each block came from (part and block index, or line range).
  Default output is JSON (schema "planparse.document/1"); --text prints plain text:
  one paragraph per line with its list label, one table row per line with cells
  separated by tabs, then footnotes and endnotes.

  The format is detected from the content, not the extension: DOCX (also .docm,
  .dotx) and plain text in UTF-8, UTF-16, UTF-32, windows-1251, KOI8-R or CP866.
  .doc (Word 97–2003), PDF and RTF are recognised and refused with advice.

timing
  Prints one JSON object per TEXT: raw, start and end (YYYY-MM), kind (date, range,
  list, throughout_period, on_request, by_schedule, unknown), recurrence (none, weekly,
  monthly, quarterly, semiannual, annual), every date mentioned, start_day/end_day when
  a day is named, and valid=false with a problem for impossible dates. --period places
  months written without a year: "2023-2024" is an academic year (September–August),
  "2026" a calendar year. Example:
    planparse timing --period 2023-2024 "сентябрь 2023 г. – июнь 2024 г."

Exit status:
  0  every file was read
  1  some file could not be read (one line on stderr names the file and the reason)
  2  usage error
)HELP";

int Usage(const std::string& message) {
  std::cerr << "planparse: " << message << "\n"
            << "Try 'planparse --help' for more information.\n";
  return 2;
}

int RunDump(const std::vector<std::string>& args) {
  bool as_text = false;
  std::vector<std::string> files;
  for (const std::string& a : args) {
    if (a == "--text") as_text = true;
    else if (a == "--json") as_text = false;
    else if (a.size() > 1 && a[0] == '-' ) return Usage("unknown option for dump: " + a);
    else files.push_back(a);
  }
  if (files.empty()) return Usage("dump needs at least one FILE");
  planparse::ReaderOptions options;
  int status = 0;
  for (const std::string& file : files) {
    planparse::Result<planparse::Document> doc = planparse::ReadDocumentFile(file, options);
    if (!doc.ok()) {
      std::cerr << "planparse: " << doc.status().message() << "\n";
      status = 1;
      continue;
    }
    if (as_text) planparse::WriteDocumentText(doc.value(), std::cout);
    else planparse::WriteDocumentJson(doc.value(), std::cout);
  }
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "planparse: ошибка записи в стандартный вывод\n";
    return 1;
  }
  return status;
}

// Writes `text` to `path` through a temporary file and a rename.
bool WriteAtomically(const std::filesystem::path& path, const std::string& text, std::string* error) {
  std::filesystem::path tmp = path;
  tmp += ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << text;
    out.flush();
    if (!out) {
      *error = "не удалось записать " + tmp.string();
      std::remove(tmp.c_str());
      return false;
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    *error = "не удалось переименовать " + tmp.string() + ": " + ec.message();
    return false;
  }
  return true;
}

int RunExtract(const std::vector<std::string>& args) {
  std::vector<std::string> files;
  std::string out_dir;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--out-dir") {
      if (i + 1 >= args.size()) return Usage("--out-dir needs a directory");
      out_dir = args[++i];
    } else if (args[i].size() > 1 && args[i][0] == '-') {
      return Usage("unknown option for extract: " + args[i]);
    } else {
      files.push_back(args[i]);
    }
  }
  if (files.empty()) return Usage("extract needs at least one FILE");
  if (!out_dir.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(out_dir, ec);
    if (ec || !std::filesystem::is_directory(out_dir)) {
      std::cerr << "planparse: " << out_dir << ": не удаётся создать каталог\n";
      return 2;
    }
  }
  planparse::ReaderOptions reader_options;
  planparse::ExtractOptions extract_options;
  int status = 0;
  for (const std::string& file : files) {
    planparse::Result<planparse::Document> doc = planparse::ReadDocumentFile(file, reader_options);
    if (!doc.ok()) {
      std::cerr << "planparse: " << doc.status().message() << "\n";
      status = 1;
      continue;
    }
    planparse::Plan plan = planparse::ExtractPlan(doc.value(), extract_options);
    std::ostringstream json;
    planparse::WritePlanJson(plan, doc.value().source, true, json);
    if (out_dir.empty()) {
      std::cout << json.str();
      continue;
    }
    std::filesystem::path target =
        std::filesystem::path(out_dir) / (std::filesystem::path(file).stem().string() + ".json");
    std::string error;
    if (!WriteAtomically(target, json.str(), &error)) {
      std::cerr << "planparse: " << error << "\n";
      return 1;
    }
  }
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "planparse: ошибка записи в стандартный вывод\n";
    return 1;
  }
  return status;
}

// docs/checks.md: every rule with an example that triggers it and one that must not.
void PrintRulesMarkdown() {
  std::cout << "# Checks\n\n"
               "`planparse check` runs these rules (generated by `planparse check --list-rules`;\n"
               "a test keeps this file in step with the code). Select them with `--only CODE`\n"
               "and `--disable CODE`. Severity: error (the document should not be accepted),\n"
               "warning (look at it), info (worth knowing).\n\n"
               "| code | severity | finds | triggers | does not trigger |\n"
               "|---|---|---|---|---|\n";
  for (const planparse::CheckRule& r : planparse::CheckRules()) {
    std::cout << "| `" << r.code << "` | " << planparse::SeverityName(r.severity) << " | "
              << r.summary << " | " << r.triggers << " | " << r.passes << " |\n";
  }
}

int RunCheck(const std::vector<std::string>& args) {
  if (args.size() == 1 && args[0] == "--list-rules") {
    PrintRulesMarkdown();
    return 0;
  }
  planparse::CheckOptions options;
  std::vector<std::string> files;
  std::string format = "text", plan_path;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](const char* what) -> const std::string* {
      if (i + 1 >= args.size()) return nullptr;
      (void)what;
      return &args[++i];
    };
    if (a == "--format" || a == "--only" || a == "--disable" || a == "--plan" || a == "--today") {
      const std::string* v = value(a.c_str());
      if (v == nullptr) return Usage(a + " needs a value");
      if (a == "--format") format = *v;
      else if (a == "--only") options.only.insert(*v);
      else if (a == "--disable") options.disabled.insert(*v);
      else if (a == "--plan") plan_path = *v;
      else options.today = *v;
    } else if (a.size() > 1 && a[0] == '-') {
      return Usage("unknown option for check: " + a);
    } else {
      files.push_back(a);
    }
  }
  if (format != "text" && format != "json") return Usage("--format is text or json");
  if (files.empty()) return Usage("check needs at least one FILE");
  for (const std::set<std::string>* codes : {&options.only, &options.disabled}) {
    for (const std::string& code : *codes) {
      bool known = false;
      for (const planparse::CheckRule& r : planparse::CheckRules()) known = known || code == r.code;
      if (!known) return Usage("unknown check code: " + code + " (see docs/checks.md)");
    }
  }
  planparse::ReaderOptions reader_options;
  planparse::ExtractOptions extract_options;
  std::optional<planparse::Plan> plan;
  if (!plan_path.empty()) {
    planparse::Result<planparse::Document> doc = planparse::ReadDocumentFile(plan_path, reader_options);
    if (!doc.ok()) {
      std::cerr << "planparse: " << doc.status().message() << "\n";
      return 2;
    }
    plan = planparse::ExtractPlan(doc.value(), extract_options);
  }
  std::vector<planparse::CheckedDocument> checked;
  bool unreadable = false;
  for (const std::string& file : files) {
    planparse::CheckedDocument out;
    out.path = file;
    planparse::Result<planparse::Document> doc = planparse::ReadDocumentFile(file, reader_options);
    if (!doc.ok()) {
      out.error = doc.status().message();
      unreadable = true;
      checked.push_back(std::move(out));
      continue;
    }
    planparse::Plan extracted = planparse::ExtractPlan(doc.value(), extract_options);
    out.kind = planparse::PlanKindName(extracted.kind);
    for (const planparse::Diagnostic& d : extracted.diagnostics) {
      if (d.severity != planparse::Severity::kInfo) out.diagnostics.push_back(d);
    }
    for (planparse::Diagnostic& d : planparse::CheckPlan(extracted, options)) {
      out.diagnostics.push_back(std::move(d));
    }
    if (plan) {
      for (planparse::Diagnostic& d :
           planparse::CheckReportAgainstPlan(*plan, extracted, doc.value(), options)) {
        out.diagnostics.push_back(std::move(d));
      }
    }
    checked.push_back(std::move(out));
  }
  if (format == "json") planparse::WriteCheckJson(checked, std::cout);
  else planparse::WriteCheckText(checked, std::cout);
  if (unreadable) return 2;
  return planparse::Count(checked).errors > 0 ? 1 : 0;
}

int RunTiming(const std::vector<std::string>& args) {
  std::optional<planparse::Period> period;
  std::vector<std::string> texts;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--period") {
      if (i + 1 >= args.size()) return Usage("--period needs a value such as 2023-2024");
      period = planparse::PeriodFromSpec(args[++i]);
      if (!period) return Usage("bad --period '" + args[i] + "': use 2023-2024 or 2026");
    } else {
      texts.push_back(args[i]);
    }
  }
  if (texts.empty()) return Usage("timing needs at least one TEXT");
  for (const std::string& text : texts) {
    planparse::WriteTimingJson(planparse::ParseTiming(text, period), std::cout);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return Usage("no command given");
  const std::string command = args[0];
  std::vector<std::string> rest(args.begin() + 1, args.end());
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << kHelp;
    return 0;
  }
  if (command == "--version") {
    std::cout << "planparse " << kVersion << "\n";
    return 0;
  }
  for (const std::string& a : rest) {
    if (a == "--help" || a == "-h") {
      std::cout << kHelp;
      return 0;
    }
  }
  if (command == "extract") return RunExtract(rest);
  if (command == "check") return RunCheck(rest);
  if (command == "dump") return RunDump(rest);
  if (command == "timing") return RunTiming(rest);
  return Usage("unknown command: " + command);
}
