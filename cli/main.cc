// planparse command line: parses flags into Options and calls the libraries. Nothing else.
#include <algorithm>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <malloc.h>
#include <unistd.h>
#include <cstring>
#include <optional>
#include <set>
#include <sstream>
#include <iostream>
#include <string>
#include <vector>

#include "batch/batch.h"
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
  planparse extract FILE...         extract each plan as JSON on stdout ("-": stdin)
  planparse extract PATH... --to json:DIR|jsonl:FILE|csv:DIR|sqlite:FILE
                  [-r] [--jobs N] [--include GLOB] [--exclude GLOB] [--csv-excel]
                  [--timeout SECONDS] [--memory-limit MB] [--in-process]
                                    extract many documents into one output
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
  (schema/plan.schema.json).

  With --to, PATHs may be files and directories (-r walks them recursively; links to
  directories are not followed; --include/--exclude take file-name globs such as
  "*.docx", repeatable). Documents are extracted by --jobs workers (default: the
  machine's cores) and written in path order, whatever the number of workers:
    json:DIR      DIR/NAME.json for each input NAME.ext (each written whole, then renamed;
                  all flushed to disk when the run ends)
    jsonl:FILE    one document per line (FILE "-" is standard output)
    csv:DIR       documents, events, goals, tasks, diagnostics and failures tables
                  (--csv-excel: UTF-8 with BOM and ";" for Russian Excel)
    sqlite:FILE   a SQLite database; docs/sqlite.md describes its tables and queries
  Documents are parsed in worker processes: a document whose parsing crashes, takes
  longer than --timeout SECONDS (default 60, wall-clock and CPU) or more memory than
  --memory-limit MB (default 2048, address space of a worker) is recorded as failed with
  the reason, its worker replaced, and the run goes on. 0 turns a limit off;
  --in-process uses threads instead (faster start, no protection).
  --out-dir DIR is --to json:DIR. A file that cannot be read is reported, recorded in
  the output and skipped; documents already stored unchanged are skipped, so a run
  interrupted (Ctrl-C, kill) finishes when the same command runs again. A progress line
  is shown when stderr is a terminal; a summary closes the run. Exit status: 0 when every
  file was read, 1 when some failed, 2 for usage errors or an output that cannot be
  written, 130 when interrupted.

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

Limits (extract, check, dump)
  Input is untrusted: sizes, ZIP ratios and XML shapes are bounded, DTDs and external
  entities refused. --limit NAME=VALUE (repeatable) changes a bound; docs/limits.md
  explains each. Names and defaults: file-mb=256, entry-mb=256, total-mb=512, ratio=250,
  entries=20000, xml-depth=200, xml-nodes=50000000, paragraph-mb=8, grid-columns=512,
  style-chain=32. Example: planparse extract big.docx --limit file-mb=1024

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

// --limit NAME=VALUE: the reader limits (parsers/reader_options.h) by name, with the
// unit a person would type.
struct LimitFlag {
  const char* name;
  const char* unit;   // "MB" values are megabytes; others are counts
  uint64_t planparse::ReaderOptions::*u64 = nullptr;
  uint32_t planparse::ReaderOptions::*u32 = nullptr;
  int planparse::ReaderOptions::*i32 = nullptr;
};

const std::vector<LimitFlag>& LimitFlags() {
  using R = planparse::ReaderOptions;
  static const std::vector<LimitFlag> kFlags = {
      {"file-mb", "MB", &R::max_file_bytes},
      {"entry-mb", "MB", &R::max_entry_bytes},
      {"total-mb", "MB", &R::max_total_inflated_bytes},
      {"ratio", "", nullptr, &R::max_compression_ratio},
      {"entries", "", nullptr, &R::max_zip_entries},
      {"xml-depth", "", nullptr, nullptr, &R::max_xml_depth},
      {"xml-nodes", "", &R::max_xml_nodes},
      {"paragraph-mb", "MB", &R::max_paragraph_bytes},
      {"grid-columns", "", nullptr, nullptr, &R::max_grid_columns},
      {"style-chain", "", nullptr, nullptr, &R::max_style_chain},
  };
  return kFlags;
}

// Takes every "--limit NAME=VALUE" out of `args` into `options`; "" or the problem.
std::string TakeLimits(std::vector<std::string>* args, planparse::ReaderOptions* options) {
  std::vector<std::string> rest;
  for (size_t i = 0; i < args->size(); ++i) {
    if ((*args)[i] != "--limit") {
      rest.push_back((*args)[i]);
      continue;
    }
    if (i + 1 >= args->size()) return "--limit needs NAME=VALUE";
    const std::string& spec = (*args)[++i];
    size_t eq = spec.find('=');
    std::string name = spec.substr(0, eq), value = eq == std::string::npos ? "" : spec.substr(eq + 1);
    const LimitFlag* flag = nullptr;
    for (const LimitFlag& f : LimitFlags()) {
      if (name == f.name) flag = &f;
    }
    if (flag == nullptr) return "unknown limit: " + name + " (see planparse --help, docs/limits.md)";
    if (value.empty() || value.size() > 12 || value.find_first_not_of("0123456789") != std::string::npos ||
        std::stoull(value) == 0) {
      return "--limit " + name + " takes a positive whole number";
    }
    uint64_t v = std::stoull(value);
    if (std::string(flag->unit) == "MB") v <<= 20;
    if (flag->u64) options->*flag->u64 = v;
    if (flag->u32) options->*flag->u32 = static_cast<uint32_t>(std::min<uint64_t>(v, UINT32_MAX));
    if (flag->i32) options->*flag->i32 = static_cast<int>(std::min<uint64_t>(v, INT32_MAX));
  }
  *args = std::move(rest);
  return "";
}

int RunDump(const std::vector<std::string>& args, const planparse::ReaderOptions& reader) {
  bool as_text = false;
  std::vector<std::string> files;
  for (const std::string& a : args) {
    if (a == "--text") as_text = true;
    else if (a == "--json") as_text = false;
    else if (a.size() > 1 && a[0] == '-' ) return Usage("unknown option for dump: " + a);
    else files.push_back(a);
  }
  if (files.empty()) return Usage("dump needs at least one FILE");
  const planparse::ReaderOptions& options = reader;
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

void OnStopSignal(int) { planparse::RequestBatchStop(); }

int RunExtract(const std::vector<std::string>& args, const planparse::ReaderOptions& reader) {
  planparse::BatchOptions batch;
  batch.reader = reader;
  std::vector<std::string> files;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    bool takes_value = a == "--out-dir" || a == "--to" || a == "--jobs" || a == "--include" ||
                       a == "--exclude" || a == "--timeout" || a == "--memory-limit";
    if (takes_value && i + 1 >= args.size()) return Usage(a + " needs a value");
    if (a == "--out-dir") batch.to = "json:" + args[++i];
    else if (a == "--to") batch.to = args[++i];
    else if (a == "--include") batch.include.push_back(args[++i]);
    else if (a == "--exclude") batch.exclude.push_back(args[++i]);
    else if (a == "--jobs") {
      const std::string& v = args[++i];
      if (v.empty() || v.find_first_not_of("0123456789") != std::string::npos || v.size() > 4) {
        return Usage("--jobs takes a number of workers");
      }
      batch.jobs = std::stoi(v);
    } else if (a == "--timeout" || a == "--memory-limit") {
      const std::string& v = args[++i];
      if (v.empty() || v.find_first_not_of("0123456789") != std::string::npos || v.size() > 6) {
        return Usage(a + " takes a whole number (" + (a == "--timeout" ? "seconds" : "megabytes") +
                     "; 0 = no limit)");
      }
      if (a == "--timeout") batch.timeout_seconds = std::stoi(v);
      else batch.worker_memory_bytes = static_cast<uint64_t>(std::stoull(v)) << 20;
    } else if (a == "--in-process") {
      batch.isolate = false;
    } else if (a == "-r" || a == "--recursive") batch.recursive = true;
    else if (a == "--csv-excel") batch.writer.csv_excel = true;
    else if (a.size() > 1 && a[0] == '-') return Usage("unknown option for extract: " + a);
    else files.push_back(a);
  }
  if (files.empty()) return Usage("extract needs at least one FILE");
  if (batch.to.empty()) {
    // One or a few files to standard output, as pretty JSON.
    const planparse::ReaderOptions& reader_options = reader;
    planparse::ExtractOptions extract_options;
    int status = 0;
    for (const std::string& file : files) {
      if (file == "-") {
        // Standard input: the batch path reads it (one document, JSONL to stdout).
        batch.inputs = {"-"};
        batch.to = "jsonl:-";
        planparse::Result<planparse::BatchSummary> r = planparse::RunBatch(batch, std::cerr);
        if (!r.ok() || r.value().failed > 0) status = 1;
        continue;
      }
      planparse::Result<planparse::Document> doc = planparse::ReadDocumentFile(file, reader_options);
      if (!doc.ok()) {
        std::cerr << "planparse: " << doc.status().message() << "\n";
        status = 1;
        continue;
      }
      const planparse::SourceInfo source = doc.value().source;
      // ExtractPlan takes the document and frees it before the plan is written.
      const planparse::Plan plan = planparse::ExtractPlan(doc.take(), extract_options);
      planparse::WritePlanJson(plan, source, true, std::cout);
    }
    std::cout.flush();
    if (!std::cout) {
      std::cerr << "planparse: ошибка записи в стандартный вывод\n";
      return 1;
    }
    return status;
  }
  batch.inputs = files;
  batch.progress = isatty(STDERR_FILENO) == 1;
  std::signal(SIGINT, OnStopSignal);
  std::signal(SIGTERM, OnStopSignal);
  planparse::Result<planparse::BatchSummary> result = planparse::RunBatch(batch, std::cerr);
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  if (!result.ok()) {
    std::cerr << "planparse: " << result.status().message() << "\n";
    return 2;
  }
  const planparse::BatchSummary& summary = result.value();
  std::cerr << planparse::DescribeSummary(summary) << "\n";
  if (summary.interrupted) return 130;
  return summary.failed > 0 ? 1 : 0;
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

int RunCheck(const std::vector<std::string>& args, const planparse::ReaderOptions& reader) {
  if (args.size() == 1 && args[0] == "--list-rules") {
    PrintRulesMarkdown();
    return 0;
  }
  planparse::CheckOptions options;
  std::vector<std::string> files;
  std::string format = "text", plan_path;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--format" || a == "--only" || a == "--disable" || a == "--plan" || a == "--today") {
      if (i + 1 >= args.size()) return Usage(a + " needs a value");
      const std::string* v = &args[++i];
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
  const planparse::ReaderOptions& reader_options = reader;
  planparse::ExtractOptions extract_options;
  std::optional<planparse::Plan> plan;
  if (!plan_path.empty()) {
    planparse::Result<planparse::Document> doc = planparse::ReadDocumentFile(plan_path, reader_options);
    if (!doc.ok()) {
      std::cerr << "planparse: " << doc.status().message() << "\n";
      return 2;
    }
    plan = planparse::ExtractPlan(doc.take(), extract_options);
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
  // A document's big buffers (the inflated XML, the rendered JSON) would each get fresh
  // pages from mmap and give them back, paying page faults again for every document; kept
  // in the heap they are reused. The heap is not trimmed below 64 MB for the same reason.
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  // Freed small blocks go back to the free lists at once (no fastbins), where neighbours
  // merge: a document's freed table rows then hold its events, instead of the heap growing.
  mallopt(M_MXFAST, 0);
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
  planparse::ReaderOptions reader;
  if (command == "extract" || command == "check" || command == "dump") {
    std::string problem = TakeLimits(&rest, &reader);
    if (!problem.empty()) return Usage(problem);
  }
  if (command == "extract") return RunExtract(rest, reader);
  if (command == "check") return RunCheck(rest, reader);
  if (command == "dump") return RunDump(rest, reader);
  if (command == "timing") return RunTiming(rest);
  return Usage("unknown command: " + command);
}
