// Every check: a document that triggers it, and the clean plan that must not.
#include "checks/checks.h"

#include <gtest/gtest.h>

#include "extractors/plan_extractor.h"
#include "parsers/reader.h"

namespace planparse {
namespace {

const std::string kHead =
    "УТВЕРЖДАЮ\nДиректор МБОУ «СОШ № 3»\nО.В. Глиюн\nприказ от 30.08.2025 № 12\n"
    "ПЛАН РАБОТЫ МО на 2025-2026 учебный год\n"
    "Цель: повышение качества образования.\n"
    "Задачи:\n1. провести семинары;\n2. обобщить опыт.\n"
    "№\tМероприятие\tСроки\tОтветственный\n";
const std::string kRows =
    "1.\tСеминар для педагогов\tоктябрь\tИванова И.И.\n"
    "2.\tКонкурс «Учитель года»\tмарт\tПетрова А.А.\n"
    "3.\tИтоговое заседание\tмай\tИванова И.И.\n";

Plan PlanOf(const std::string& text) {
  Result<Document> doc = ReadDocumentBytes(text, "check.txt", ReaderOptions());
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  return ExtractPlan(doc.value(), ExtractOptions());
}

std::vector<Diagnostic> RunChecks(const std::string& text, const std::string& code = "") {
  CheckOptions options;
  options.today = "2026-11-23";
  if (!code.empty()) options.only = {code};
  return CheckPlan(PlanOf(text), options);
}

std::vector<std::string> Codes(const std::vector<Diagnostic>& diags) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diags) out.push_back(d.code + ": " + d.message);
  return out;
}

void ExpectTriggers(const std::string& code, const std::string& text) {
  std::vector<Diagnostic> d = RunChecks(text, code);
  ASSERT_FALSE(d.empty()) << code << " did not fire";
  EXPECT_EQ(d[0].code, code);
  EXPECT_FALSE(d[0].message.empty());
}

TEST(Checks, CleanPlanHasNoFindings) {
  EXPECT_EQ(Codes(RunChecks(kHead + kRows)), std::vector<std::string>{});
}

TEST(Checks, EveryRuleIsDocumentedWithExamples) {
  for (const CheckRule& r : CheckRules()) {
    EXPECT_NE(*r.summary, '\0') << r.code;
    EXPECT_NE(*r.triggers, '\0') << r.code;
    EXPECT_NE(*r.passes, '\0') << r.code;
  }
}

TEST(Checks, Structure) {
  ExpectTriggers("structure.unfilled_template",
                 "ПЛАН РАБОТЫ\nметодического объединения ________\nна ______ учебный год\n"
                 "Цель:\nЗадачи:\n(заполняется руководителем)\n");
  ExpectTriggers("structure.no_title", "Цель: развитие.\nЗадачи:\n1. учить;\n" + kRows);
  ExpectTriggers("structure.no_period", "ПЛАН РАБОТЫ МО\nЦель: развитие.\n" + kRows);
  ExpectTriggers("structure.no_goal", "ПЛАН РАБОТЫ МО на 2026 год\nЗадачи:\n1. учить;\n" + kRows);
  ExpectTriggers("structure.no_tasks", "ПЛАН РАБОТЫ МО на 2026 год\nЦель: развитие.\n" + kRows);
  ExpectTriggers("structure.no_events", "ПЛАН РАБОТЫ МО на 2026 год\nЦель: развитие.\nЗадачи:\n1. учить.\n");
  ExpectTriggers("structure.no_timing_column",
                 kHead.substr(0, kHead.find("№")) + "№\tМероприятие\tОтветственный\n"
                 "1.\tСеминар\tИванова И.И.\n2.\tКонкурс\tПетрова А.А.\n");
}

TEST(Checks, Numbering) {
  ExpectTriggers("numbering.duplicate", kHead +
                 "1.\tСеминар\tоктябрь\tИванова И.И.\n2.\tКонкурс\tмарт\tИванова И.И.\n2.\tЗаседание\tмай\tИванова И.И.\n");
  ExpectTriggers("numbering.gap", kHead +
                 "1.\tСеминар\tоктябрь\tИванова И.И.\n2.\tКонкурс\tмарт\tИванова И.И.\n4.\tЗаседание\tмай\tИванова И.И.\n");
  ExpectTriggers("numbering.out_of_order", kHead +
                 "1.\tСеминар\tоктябрь\tИванова И.И.\n3.\tКонкурс\tмарт\tИванова И.И.\n2.\tЗаседание\tмай\tИванова И.И.\n");
  ExpectTriggers("numbering.mixed", kHead +
                 "1.\tСеминар\tоктябрь\tИванова И.И.\n2\tКонкурс\tмарт\tИванова И.И.\n");
  // The message shows both numbers as printed.
  std::vector<Diagnostic> mixed = RunChecks(
      kHead + "1.1.\tСеминар\tоктябрь\tИванова И.И.\n1.2\tКонкурс\tмарт\tИванова И.И.\n", "numbering.mixed");
  ASSERT_EQ(mixed.size(), 1u);
  EXPECT_EQ(mixed[0].message, "Номера записаны по-разному: «1.1.» с точкой и «1.2» без точки");
  // Sub-numbering (1, 1.1, 2) is one scheme, not a gap or a mix.
  EXPECT_TRUE(RunChecks(kHead + "1.\tСеминар\tоктябрь\tИванова И.И.\n1.1.\tЧасть\tоктябрь\tИванова И.И.\n"
                  "2.\tКонкурс\tмарт\tИванова И.И.\n").empty());
}

TEST(Checks, Events) {
  ExpectTriggers("event.no_timing", kHead + kRows + "4.\tСовещание\t\tИванова И.И.\n");
  ExpectTriggers("event.no_responsible", kHead + kRows + "4.\tСовещание\tапрель\t\n");
  ExpectTriggers("event.timing_unreadable", kHead + kRows + "4.\tСовещание\tпосле конкурса\tИванова И.И.\n");
  ExpectTriggers("event.impossible_date", kHead + kRows + "4.\tСовещание\t31 июня\tИванова И.И.\n");
  ExpectTriggers("event.end_before_start", kHead + kRows + "4.\tСовещание\tмай 2026 – сентябрь 2025\tИванова И.И.\n");
  ExpectTriggers("event.timing_outside_period", kHead + kRows + "4.\tСовещание\tмай 2024 г.\tИванова И.И.\n");
  ExpectTriggers("event.duplicate", kHead + kRows + "4.\tИтоговое заседание\tмай\tИванова И.И.\n");
  // "В течение года" spans the period: not outside it; a plan without a responsible
  // column is not faulted row by row.
  EXPECT_TRUE(RunChecks(kHead + kRows + "4.\tНаставничество\tв течение года\tИванова И.И.\n").empty());
  std::string no_column = kHead.substr(0, kHead.find("№")) + "№\tМероприятие\tСроки\n1.\tСеминар\tоктябрь\n";
  EXPECT_TRUE(RunChecks(no_column, "event.no_responsible").empty());
}

TEST(Checks, Text) {
  ExpectTriggers("text.impossible_year", kHead + kRows + "4.\tОтчёт до 20230 года\tмай\tИванова И.И.\n");
  ExpectTriggers("text.year_outside_period", kHead + kRows + "4.\tАнализ за 6 месяцев 2024г.\tмай\tИванова И.И.\n");
  ExpectTriggers("text.misspelling", kHead + kRows + "4.\tНаставничество\tв течении года\tИванова И.И.\n");
  ExpectTriggers("text.mixed_script", kHead + kRows + "4.\tСовещание МOУ\tмай\tИванова И.И.\n");  // Latin O
  ExpectTriggers("text.doubled_word", kHead + kRows + "4.\tСовещание совещание МО\tмай\tИванова И.И.\n");
  ExpectTriggers("text.unbalanced_quotes", kHead + kRows + "4.\tКонкурс «Учитель года\tмай\tИванова И.И.\n");
  // A nested quote closing with the outer one is fine; a future year ("до 2030 года") too.
  EXPECT_TRUE(RunChecks(kHead + kRows + "4.\tКонкурс «Лучший «Учитель года»\tмай\tИванова И.И.\n"
                  "5.\tКонцепция развития до 2030 года\tмай\tИванова И.И.\n").empty());
}

TEST(Checks, Approval) {
  std::string body = kHead.substr(kHead.find("ПЛАН РАБОТЫ")) + kRows;
  ExpectTriggers("approval.blank", "УТВЕРЖДАЮ\n______________\nприказ № ____ от ________\n" + body);
  ExpectTriggers("approval.order_after_start", "УТВЕРЖДАЮ\nДиректор\nприказ от 15.10.2025 № 7\n" + body);
  ExpectTriggers("approval.order_in_future", "УТВЕРЖДАЮ\nДиректор\nприказ от 01.01.2099 № 7\n" + body);
}

TEST(Checks, OnlyAndDisableSelectRules) {
  std::string text = kHead + kRows + "4.\tСовещание\t31 июня\t\n";
  CheckOptions only;
  only.today = "2026-11-23";
  only.only = {"event.no_responsible"};
  for (const Diagnostic& d : CheckPlan(PlanOf(text), only)) EXPECT_EQ(d.code, "event.no_responsible");
  CheckOptions disabled;
  disabled.today = "2026-11-23";
  disabled.disabled = {"event.impossible_date"};
  for (const Diagnostic& d : CheckPlan(PlanOf(text), disabled)) EXPECT_NE(d.code, "event.impossible_date");
}

TEST(Checks, ReportAgainstPlan) {
  Plan plan = PlanOf(kHead + kRows);
  std::string report_text =
      "Отчёт о работе МО за 2025-2026 учебный год\n"
      "В октябре проведён семинар для педагогов. В мае состоялось итоговое заседание.\n"
      "Также организован фестиваль робототехники.\n"
      "№\tМероприятие\tСроки\tОтветственный\n"
      "1.\tСеминар для педагогов\tоктябрь\tИванова И.И.\n"
      "2.\tФестиваль робототехники\tапрель\tПетрова А.А.\n";
  Result<Document> report_doc = ReadDocumentBytes(report_text, "report.txt", ReaderOptions());
  ASSERT_TRUE(report_doc.ok());
  Plan report = ExtractPlan(report_doc.value(), ExtractOptions());
  CheckOptions options;
  std::vector<Diagnostic> d = CheckReportAgainstPlan(plan, report, report_doc.value(), options);
  std::vector<std::string> codes;
  for (const Diagnostic& x : d) codes.push_back(x.code + " " + x.message);
  ASSERT_EQ(d.size(), 2u) << ::testing::PrintToString(codes);
  EXPECT_EQ(d[0].code, "report.unmentioned_event");  // the «Учитель года» contest
  EXPECT_NE(d[0].message.find("Учитель года"), std::string::npos);
  EXPECT_EQ(d[1].code, "report.unplanned_event");    // the robotics festival
  EXPECT_NE(d[1].message.find("робототехники"), std::string::npos);
}

}  // namespace
}  // namespace planparse

namespace planparse {
namespace {

std::vector<std::string> CodesOfSample(const std::string& name) {
  Result<Document> doc =
      ReadDocumentFile(std::string(PLANPARSE_SOURCE_DIR) + "/samples/" + name, ReaderOptions());
  EXPECT_TRUE(doc.ok()) << name;
  CheckOptions options;
  options.today = "2026-11-23";
  std::vector<std::string> codes;
  for (const Diagnostic& d : CheckPlan(ExtractPlan(doc.value(), ExtractOptions()), options)) {
    codes.push_back(d.code);
  }
  return codes;
}

bool Has(const std::vector<std::string>& codes, const std::string& code) {
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

TEST(ChecksOnSeeds, ReportWhatAReviewerMustSee) {
  EXPECT_TRUE(Has(CodesOfSample("002_de7656c5e37ecd67.txt"), "structure.unfilled_template"));
  EXPECT_TRUE(Has(CodesOfSample("001_ae683eefab98f94c.txt"), "text.year_outside_period"));  // 2024 in a 2026 plan
  std::vector<std::string> kandalaksha = CodesOfSample("004_9397bc01d3360ab6.txt");
  EXPECT_TRUE(Has(kandalaksha, "text.impossible_year"));  // "20230 года"
  EXPECT_TRUE(Has(kandalaksha, "text.misspelling"));      // "В течении года"
  // The same content as DOCX gives the same findings.
  std::vector<std::string> docx = CodesOfSample("plan_moc_kandalaksha_2023.docx");
  EXPECT_TRUE(Has(docx, "text.impossible_year"));
  EXPECT_TRUE(Has(docx, "text.misspelling"));
  // A plan without such defects has no errors.
  for (const char* clean : {"plan_mo_2025.docx", "plan_school_mo_2024.docx", "000_78cd03c09694fbe0.txt"}) {
    Result<Document> doc =
        ReadDocumentFile(std::string(PLANPARSE_SOURCE_DIR) + "/samples/" + clean, ReaderOptions());
    ASSERT_TRUE(doc.ok());
    CheckOptions options;
    options.today = "2026-11-23";
    for (const Diagnostic& d : CheckPlan(ExtractPlan(doc.value(), ExtractOptions()), options)) {
      EXPECT_NE(d.severity, Severity::kError) << clean << ": " << d.code << " " << d.message;
    }
  }
}

}  // namespace
}  // namespace planparse
