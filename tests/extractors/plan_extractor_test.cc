// Extraction on documents written for the test: other column orders and wordings, 3- to
// 8-column tables, tables without headers, meeting schedules, plans by month, DOCX.
#include "extractors/plan_extractor.h"

#include <gtest/gtest.h>

#include "parsers/reader.h"
#include "tests/testing/docx_builder.h"

namespace planparse {
namespace {

Plan FromText(const std::string& text) {
  Result<Document> doc = ReadDocumentBytes(text, "test.txt", ReaderOptions());
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  return ExtractPlan(doc.value(), ExtractOptions());
}

Plan FromDocx(const testing::DocxParts& parts) {
  Result<Document> doc = ReadDocumentBytes(testing::MakeDocx(parts), "test.docx", ReaderOptions());
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  return ExtractPlan(doc.value(), ExtractOptions());
}

// A DOCX table cell holding `text`, with cell properties `pr` ("<w:vMerge/>", …).
std::string Cell(const std::string& text, const std::string& pr = "") {
  return "<w:tc>" + (pr.empty() ? "" : "<w:tcPr>" + pr + "</w:tcPr>") + testing::P(text) + "</w:tc>";
}
const char* const kMergeStart = "<w:vMerge w:val=\"restart\"/>";  // a cell merged down from here
const char* const kMerged = "<w:vMerge/>";                        // a cell the one above covers

std::vector<std::string> Titles(const Plan& plan) {
  std::vector<std::string> out;
  for (const Event& e : plan.events) out.push_back(e.title);
  return out;
}

TEST(Extract, OtherColumnOrderAndWordings) {
  Plan plan = FromText(
      "План работы ШМО учителей математики на 2024-2025 учебный год\n"
      "Срок исполнения\tСодержание работы\tИсполнители\t№\tПланируемый результат\n"
      "сентябрь\tУтверждение плана работы\tИванова И.И.\t1.\tПлан\n"
      "в течение года\tВзаимопосещение уроков\tучителя МО, Петров П.П.\t2.\tСправки\n");
  EXPECT_EQ(plan.kind, PlanKind::kPlan);
  ASSERT_TRUE(plan.period);
  EXPECT_EQ(plan.period->Start(), "2024-09");
  ASSERT_EQ(plan.events.size(), 2u);
  const Event& e = plan.events[1];
  EXPECT_EQ(e.number, "2");
  EXPECT_EQ(e.title, "Взаимопосещение уроков");
  EXPECT_EQ(e.timing.start, "2024-09");
  EXPECT_EQ(e.timing.end, "2025-08");
  EXPECT_EQ(e.responsible, (std::vector<std::string>{"учителя МО", "Петров П.П."}));
  EXPECT_EQ(e.result, "Справки");
  EXPECT_EQ(plan.events[0].timing.start, "2024-09");
}

TEST(Extract, ThreeColumnsWithoutNumberColumn) {
  Plan plan = FromText(
      "ПЛАН МЕРОПРИЯТИЙ на 2026 год\n"
      "Мероприятие\tДата\tОтветственный\n"
      "Конкурс чтецов\t15.03.2026\tСидорова Е.П\n"
      "Методический совет\tежеквартально\tзам. директора по УВР\n");
  ASSERT_EQ(plan.events.size(), 2u);
  EXPECT_EQ(plan.events[0].number, "");
  EXPECT_EQ(plan.events[0].timing.start, "2026-03");
  EXPECT_EQ(plan.events[0].timing.StartDay(), "2026-03-15");
  EXPECT_EQ(plan.events[0].responsible, std::vector<std::string>{"Сидорова Е.П."});
  EXPECT_EQ(plan.events[1].timing.kind, TimingKind::kThroughoutPeriod);
  EXPECT_EQ(plan.events[1].timing.recurrence, Recurrence::kQuarterly);
}

// A title cell without a letter (a number, a dash, a sum) names no event.
TEST(Extract, TitlesWithoutLettersAreNoEvents) {
  Plan plan = FromText(
      "ПЛАН МЕРОПРИЯТИЙ на 2026 год\n"
      "№\tМероприятие\tДата\tОтветственный\n"
      "1.\tКонкурс чтецов\t15.03.2026\tСидорова Е.П\n"
      "2.\t1.2.\tмарт\t\n"
      "3.\t–\t\t\n"
      "4.\t€ 84,000 64,000\t2007\t\n"
      "5.\tМетодический совет\tежеквартально\tзам. директора по УВР\n");
  EXPECT_EQ(Titles(plan), (std::vector<std::string>{"Конкурс чтецов", "Методический совет"}));
}

TEST(Extract, EightColumns) {
  Plan plan = FromText(
      "План работы РМО на 2023-2024 уч. год\n"
      "№ п/п\tТема\tФорма работы\tУчастники\tМесто проведения\tСроки\tОтветственный\tОтметка о выполнении\n"
      "1\tАнализ ВПР\tсеминар\tучителя\tМБОУ СОШ № 1\tоктябрь\tМетодист\tвыполнено\n");
  ASSERT_EQ(plan.events.size(), 1u);
  const Event& e = plan.events[0];
  EXPECT_EQ(e.title, "Анализ ВПР");
  EXPECT_EQ(e.form, "семинар");
  EXPECT_EQ(e.audience, "учителя");
  EXPECT_EQ(e.place, "МБОУ СОШ № 1");
  EXPECT_EQ(e.timing.start, "2023-10");
  EXPECT_EQ(e.responsible, std::vector<std::string>{"Методист"});
  EXPECT_EQ(e.note, "выполнено");
}

TEST(Extract, PlanByMonthUsesMonthRowsAsSections) {
  Plan plan = FromText(
      "План работы методического объединения на 2024/2025 учебный год\n"
      "№\tМероприятие\tОтветственный\n"
      "СЕНТЯБРЬ\t\t\n"
      "1.\tЗаседание МО № 1\tРуководитель МО\n"
      "ОКТЯБРЬ\t\t\n"
      "2.\tОткрытые уроки\tУчителя\n");
  ASSERT_EQ(plan.events.size(), 2u);
  EXPECT_EQ(plan.events[0].section, "СЕНТЯБРЬ");
  EXPECT_EQ(plan.events[1].section, "ОКТЯБРЬ");
  EXPECT_EQ(plan.sections.size(), 2u);
}

TEST(Extract, PlanLaidOutByMonthGivesAnEventPerCell) {
  // "План-сетка": the months are the columns, the lines of work the rows.
  Plan plan = FromText(
      "План-сетка методической работы на 2025-2026 учебный год\n\n"
      "Направление\tСентябрь\tОктябрь\tНоябрь – декабрь\n"
      "Работа с педагогами\tСеминар «Новые ФГОС»\tКонсультации\tОткрытые уроки\n"
      "Работа с родителями\tРодительское собрание\t\tДень открытых дверей\n");
  ASSERT_EQ(plan.events.size(), 5u);
  EXPECT_EQ(plan.events[0].section, "Работа с педагогами");
  EXPECT_EQ(plan.events[0].title, "Семинар «Новые ФГОС»");
  EXPECT_EQ(plan.events[0].timing.start, "2025-09");
  EXPECT_EQ(plan.events[2].timing.raw, "Ноябрь – декабрь");
  EXPECT_EQ(plan.events[2].timing.end, "2025-12");
  EXPECT_EQ(plan.events[3].section, "Работа с родителями");
  EXPECT_EQ(plan.events[4].title, "День открытых дверей");
  // Years in the header are no months: a table of figures by year is read as it was.
  Plan years = FromText("Отчёт\n\nПоказатель\t2023\t2024\t2025\nОхват\t10\t20\t30\n");
  EXPECT_TRUE(years.events.empty());
  // Figures and marks under months are no events either.
  Plan figures = FromText("Отчёт\n\nПоказатель\tСентябрь\tОктябрь\tНоябрь\nОхват\t10\t+\t85%\n");
  EXPECT_TRUE(figures.events.empty());
}

TEST(Extract, MeetingScheduleRowsAreEvents) {
  Plan plan = FromText(
      "План работы МО на 2025-2026 учебный год\n"
      "Заседания МО\n"
      "\tДата\n\tПовестка\n\tВыступающий\n"
      "\n"
      "\tавгуст\n\tЗаседание № 1. Планирование работы\n\tФельдман А.З.\n"
      "\n"
      "\tноябрь\n\tЗаседание № 2. Функциональная грамотность\n\tСидорова Е.П.\n");
  ASSERT_EQ(plan.events.size(), 2u);
  EXPECT_EQ(plan.events[0].title, "Заседание № 1. Планирование работы");
  EXPECT_EQ(plan.events[0].timing.start, "2026-08");  // August falls inside the period
  EXPECT_EQ(plan.events[1].responsible, std::vector<std::string>{"Сидорова Е.П."});
}

TEST(Extract, TableWithoutHeaderGetsRolesFromContent) {
  Plan plan = FromText(
      "План работы на 2026 год\n"
      "1.\tСеминар для педагогов дополнительного образования\tмарт\tИванова И.И.\n"
      "2.\tКонкурс методических разработок педагогов\tапрель-май\tПетрова А.А.\n");
  ASSERT_EQ(plan.events.size(), 2u);
  EXPECT_EQ(plan.events[1].number, "2");
  EXPECT_EQ(plan.events[1].timing.end, "2026-05");
  EXPECT_EQ(plan.events[1].responsible, std::vector<std::string>{"Петрова А.А."});
  ASSERT_FALSE(plan.diagnostics.empty());
  EXPECT_EQ(plan.diagnostics[0].code, "extract.table_without_header");
}

TEST(Extract, SignatureTablesAreNotEvents) {
  Plan plan = FromText(
      "План работы на 2026 год\n"
      "Руководитель МО\tПодпись\tФ.И.О.\n"
      "______\t______\t______\n");
  EXPECT_TRUE(plan.events.empty());
}

// Tab-separated text keeps no column spans: "Организация мероприятия" stood over "Форма"
// and "Сроки". The spanning cell is found from what the columns hold, wherever it is.
TEST(Extract, FlattenedHeaderCellOverTwoColumns) {
  Plan plan = FromText(
      "План работы на 2024-2025 учебный год\n"
      "№\tМероприятие\tОрганизация мероприятия\tАудитория\tОтветственный\n"
      "Форма проведения\tСроки проведения\n"
      "1.\tСеминар для молодых педагогов\tсеминар\tоктябрь 2024 г.\tпедагоги\tИванова И.И.\n"
      "2.\tКонкурс методических разработок\tконкурс\tмарт 2025 г.\tметодисты\tПетров П.П.\n");
  ASSERT_EQ(plan.events.size(), 2u);
  EXPECT_EQ(plan.events[0].title, "Семинар для молодых педагогов");
  EXPECT_EQ(plan.events[0].form, "семинар");
  EXPECT_EQ(plan.events[0].timing.raw, "октябрь 2024 г.");
  EXPECT_EQ(plan.events[0].audience, "педагоги");
  ASSERT_EQ(plan.events[1].responsible.size(), 1u);
  EXPECT_EQ(plan.events[1].responsible[0], "Петров П.П.");

  // The same header with the spanning cell first among the roles after the title.
  Plan later = FromText(
      "План работы на 2024-2025 учебный год\n"
      "№\tМероприятие\tАудитория\tОтветственный\tОрганизация\n"
      "Форма проведения\tСроки проведения\n"
      "1.\tСеминар для молодых педагогов\tпедагоги\tИванова И.И.\tсеминар\tоктябрь 2024 г.\n"
      "2.\tКонкурс методических разработок\tметодисты\tПетров П.П.\tконкурс\tмарт 2025 г.\n");
  ASSERT_EQ(later.events.size(), 2u);
  EXPECT_EQ(later.events[1].form, "конкурс");
  EXPECT_EQ(later.events[1].timing.raw, "март 2025 г.");
  EXPECT_EQ(later.events[1].audience, "методисты");

  // Tika writes the cells that the merged "№" and "Мероприятие" cover, and those under
  // the columns after the group, as empty cells around the sub-titles.
  Plan covered = FromText(
      "План работы на 2024-2025 учебный год\n"
      "№\tМероприятие\tОрганизация мероприятия\tАудитория\tОтветственный\n"
      "\t\tФорма проведения\tСроки проведения\t\t\n"
      "1.\tСеминар для молодых педагогов\tсеминар\tоктябрь 2024 г.\tпедагоги\tИванова И.И.\n"
      "2.\tКонкурс методических разработок\tконкурс\tмарт 2025 г.\tметодисты\tПетров П.П.\n");
  ASSERT_EQ(covered.events.size(), 2u);
  EXPECT_EQ(covered.events[0].form, "семинар");
  EXPECT_EQ(covered.events[0].timing.raw, "октябрь 2024 г.");
  EXPECT_EQ(covered.events[0].audience, "педагоги");
  EXPECT_EQ(covered.events[1].responsible, std::vector<std::string>{"Петров П.П."});
}

// Word's "save as text" writes a merged section row as a line without tabs: it stays in
// the table as a section (here a 70-character heading, longer than 120 bytes).
TEST(Extract, SectionLineInsideTabSeparatedTable) {
  Plan plan = FromText(
      "План работы на 2024-2025 учебный год\n"
      "№\tМероприятие\tСроки\tОтветственный\n"
      "Раздел 1. Разработка круглого стола по функциональной грамотности школьников\n"
      "1.\tСеминар для молодых педагогов\tоктябрь 2024 г.\tИванова И.И.\n"
      "Раздел 2. Работа с одарёнными детьми\n"
      "2.\tКонкурс методических разработок\tмарт 2025 г.\tПетров П.П.\n");
  ASSERT_EQ(plan.events.size(), 2u);
  EXPECT_EQ(plan.events[0].section, "Раздел 1. Разработка круглого стола по функциональной грамотности школьников");
  EXPECT_EQ(plan.events[1].section, "Раздел 2. Работа с одарёнными детьми");
  EXPECT_EQ(plan.events[1].number, "2");
  EXPECT_EQ(plan.events[1].responsible, std::vector<std::string>{"Петров П.П."});
}

TEST(Extract, PartHeadingsOverTablesNameTheirSections) {
  // "Раздел 1. …" over each part's table, in Tika's layout (a cell per tab-led line).
  Plan plan = FromText(
      "План методической работы на 2024-2025 учебный год\n\n"
      "Раздел 1. Работа с педагогическими кадрами\n\n"
      "\t№\n\tМероприятие\n\tСрок\n\tОтветственный\n\n"
      "\t1.1\n\tСеминар «Современное занятие»\n\tноябрь 2024\n\tКузнецова О.Н.\n\n"
      "Раздел 2. Работа с молодыми специалистами\n\n"
      "\t№\n\tМероприятие\n\tСрок\n\tОтветственный\n\n"
      "\t2.1\n\tШкола молодого педагога\n\tежемесячно\n\tНаставники\n");
  ASSERT_EQ(plan.events.size(), 2u);
  EXPECT_EQ(plan.events[0].section, "Раздел 1. Работа с педагогическими кадрами");
  EXPECT_EQ(plan.events[1].section, "Раздел 2. Работа с молодыми специалистами");
  // A sentence that begins with the word is no heading.
  Plan sentence = FromText(
      "План работы на 2026 год\n\nРазделы 1 и 2 плана утверждены на совете.\n\n"
      "№\tМероприятие\tСроки\n1.\tСеминар\tмарт\n");
  ASSERT_EQ(sentence.events.size(), 1u);
  EXPECT_EQ(sentence.events[0].section, "");
}

// A school association's plan of meetings: each meeting's heading, then its particulars,
// then the table of its agenda. The heading names the rows' section; the text after the
// last table ends it.
TEST(Extract, MeetingHeadingsOverTablesNameTheirSections) {
  Plan plan = FromText(
      "План работы ШМО учителей начальных классов на 2025-2026 учебный год\n\n"
      "Заседание № 1\n"
      "Тема: «Планирование работы на новый учебный год»\n"
      "Дата проведения: август\n\n"
      "\t№\n\tСодержание работы\n\tОтветственные\n\n"
      "\t1.\n\tАнализ работы ШМО за прошлый год\n\tРуководитель ШМО\n\n"
      "Второе заседание\n\n"
      "\t№\n\tСодержание работы\n\tОтветственные\n\n"
      "\t1.\n\tИтоги первой четверти\n\tИванова А.А.\n\n"
      "Работа с одарёнными детьми ведётся весь год.\n\n"
      "\t№\n\tСодержание работы\n\tОтветственные\n\n"
      "\t1.\n\tШкольный этап олимпиады\n\tПетрова Б.Б.\n");
  ASSERT_EQ(plan.events.size(), 3u);
  EXPECT_EQ(plan.events[0].section, "Заседание № 1");
  EXPECT_EQ(plan.events[1].section, "Второе заседание");
  EXPECT_EQ(plan.events[2].section, "");
  // The heading in a row above the table's header (the flattened table begins with it).
  Plan above = FromText(
      "План работы МО на 2024-2025 учебный год\n\n"
      "\tЗаседание № 1 (август)\n\tТема: «Планирование работы»\n\n"
      "\t№\n\tСодержание\n\tОтветственный\n\n"
      "\t1.\n\tАнализ работы МО\n\tРуководитель МО\n\n"
      "\tЗаседание № 2 (ноябрь)\n\n"
      "\t1.\n\tПрофилактика правонарушений\n\tСоциальный педагог\n");
  ASSERT_EQ(above.events.size(), 2u);
  EXPECT_EQ(above.events[0].section, "Заседание № 1 (август)");
  EXPECT_EQ(above.events[1].section, "Заседание № 2 (ноябрь)");
}

// Short plain lines over two tables or more ("Работа с педагогами") head them, as a
// document's styles would say; over a single table such a line may be a caption.
TEST(Extract, PlainHeadingsOverSeveralTablesNameTheirSections) {
  const std::string second =
      "Работа с одарёнными детьми\n"
      "№\tМероприятие\tСроки\n1.\tОлимпиада\tоктябрь\n";
  Plan plan = FromText(
      "План работы ШМО на 2024-2025 учебный год\n"
      "Заседания методического объединения\n"
      "№\tМероприятие\tСроки\n1.\tЗаседание № 1\tавгуст\n" + second);
  ASSERT_EQ(plan.events.size(), 2u);
  EXPECT_EQ(plan.events[0].section, "Заседания методического объединения");
  EXPECT_EQ(plan.events[1].section, "Работа с одарёнными детьми");
  Plan one = FromText("План работы ШМО на 2024-2025 учебный год\n" + second);
  ASSERT_EQ(one.events.size(), 1u);
  EXPECT_EQ(one.events[0].section, "");
}

// Tasks as Word's "save as text" writes a numbered list: "1.<tab>…".
TEST(Extract, TasksNumberedWithTabsAreTasks) {
  Plan plan = FromText(
      "План работы ШМО на 2025/2026 учебный год\n\n"
      "Задачи ШМО на 2025/2026 учебный год:\n"
      "1.\tПродолжить изучение нормативных документов.\n"
      "2.\tОрганизовать взаимопосещение уроков.\n\n"
      "№\tМероприятие\tСроки\tОтветственный\n"
      "1.\tЗаседание МО\tавгуст\tИванова А.А.\n");
  EXPECT_EQ(plan.tasks.size(), 2u);
  ASSERT_EQ(plan.events.size(), 1u);
  EXPECT_EQ(plan.events[0].title, "Заседание МО");
}

// Tasks listed on the label's line, numbered or apart by ";", and a task label on the
// goal's line: one item each.
TEST(Extract, TasksListedOnOneLine) {
  Plan numbered = FromText(
      "План работы МО учителей физики на 2025 год\n"
      "Цель – повышение качества преподавания физики. Задачи: 1) обновить рабочие программы; "
      "2) провести неделю физики; 3) организовать участие в олимпиадах.\n");
  ASSERT_EQ(numbered.goals.size(), 1u);
  EXPECT_EQ(numbered.goals[0].text, "повышение качества преподавания физики.");
  ASSERT_EQ(numbered.tasks.size(), 3u);
  EXPECT_EQ(numbered.tasks[0].text, "обновить рабочие программы");
  EXPECT_EQ(numbered.tasks[2].text, "организовать участие в олимпиадах.");
  Plan parts = FromText(
      "План работы МО на 2025 год\nЦель: повышение качества.\n"
      "Задачи: обновить рабочие программы; провести неделю физики.\n");
  ASSERT_EQ(parts.tasks.size(), 2u);
  EXPECT_EQ(parts.tasks[1].text, "провести неделю физики.");
  // A task whose words merely include a number or a ";" between single words stays whole.
  Plan whole = FromText(
      "План работы МО на 2025 год\nЦель: повышение качества.\n"
      "Задачи: подготовить 10 классов к 2 этапам олимпиады.\n");
  ASSERT_EQ(whole.tasks.size(), 1u);
}

// Labels longer than the rules spell out, up to their colon; a label closed by a dash keeps
// the goal's own colon.
TEST(Extract, LongLabelsRunToTheirColon) {
  Plan plan = FromText(
      "План работы МО на 2025-2026 учебный год\n"
      "Цель работы методического объединения учителей начальных классов в 2025-2026 учебном "
      "году: повышение качества.\n"
      "Задачи методического объединения учителей начальных классов на 2025-2026 учебный год:\n"
      "- изучить документы;\n- провести неделю.\n");
  ASSERT_EQ(plan.goals.size(), 1u);
  EXPECT_EQ(plan.goals[0].text, "повышение качества.");
  ASSERT_EQ(plan.tasks.size(), 2u);
  EXPECT_EQ(plan.tasks[0].text, "изучить документы");
  Plan dash = FromText("План работы МО на 2025 год\nЦель работы – повышение качества: кадров и программ.\n");
  ASSERT_EQ(dash.goals.size(), 1u);
  EXPECT_EQ(dash.goals[0].text, "повышение качества: кадров и программ.");
  Plan colon = FromText("План работы МО на 2025 год\nЦель: создание условий: кадровых и методических.\n");
  ASSERT_EQ(colon.goals.size(), 1u);
  EXPECT_EQ(colon.goals[0].text, "создание условий: кадровых и методических.");
}

TEST(Extract, ApprovalSpellings) {
  Plan a = FromText("УТВЕРЖДАЮ\nДиректор МБОУ «СОШ № 3»\n_________ О.В. Глиюн\n"
                    "приказ от 30.08.2023 № 123-о\n\nПЛАН РАБОТЫ на 2023-2024 учебный год\n");
  ASSERT_TRUE(a.approval);
  EXPECT_EQ(a.approval->order_number, "123-о");
  EXPECT_EQ(a.approval->order_date, "2023-08-30");
  EXPECT_EQ(a.approval->person, "О.В. Глиюн");
  EXPECT_EQ(a.approval->position, "Директор МБОУ «СОШ № 3»");
  EXPECT_EQ(a.title.text, "ПЛАН РАБОТЫ на 2023-2024 учебный год");
  Plan b = FromText("Утверждено приказом\nПриказ № 45/1 от «28» августа 2024 г.\nПлан работы на 2024/2025 учебный год\n");
  ASSERT_TRUE(b.approval);
  EXPECT_EQ(b.approval->order_number, "45/1");
  EXPECT_EQ(b.approval->order_date, "2024-08-28");
  // A number of several parts, as registries write it.
  Plan parts = FromText("Утвержден приказом\nуправления образования\nот 15.01.2026 г. № 01-05/12\n\nПлан работы на 2026 год\n");
  ASSERT_TRUE(parts.approval);
  EXPECT_EQ(parts.approval->order_number, "01-05/12");
  EXPECT_EQ(parts.approval->order_date, "2026-01-15");
  // The person signing on the position's line: the position without the space to sign.
  Plan d = FromText("УТВЕРЖДАЮ\nДиректор школы ______ Н.В. Ковалёва\nПриказ № 215 от 30.08.2024 г.\n\n"
                    "ПЛАН РАБОТЫ на 2024-2025 учебный год\n");
  ASSERT_TRUE(d.approval);
  EXPECT_EQ(d.approval->position, "Директор школы");
  EXPECT_EQ(d.approval->person, "Н.В. Ковалёва");
  Plan e = FromText("УТВЕРЖДАЮ\nДиректор МБОУ «СОШ № 7» Ковалёва Н.В.\nПлан работы на 2024 год\n");
  ASSERT_TRUE(e.approval);
  EXPECT_EQ(e.approval->position, "Директор МБОУ «СОШ № 7»");
  EXPECT_EQ(e.approval->person, "Ковалёва Н.В.");
  // Words between "приказом" and the order; a school's number among them is not the order's.
  Plan f = FromText("УТВЕРЖДЕНО\nприказом директора МБОУ СОШ № 7\nот 02.09.2024 № 87-од\n\n"
                    "План работы на 2024/2025 учебный год\n");
  ASSERT_TRUE(f.approval);
  EXPECT_EQ(f.approval->order_number, "87-од");
  EXPECT_EQ(f.approval->order_date, "2024-09-02");
  EXPECT_EQ(f.approval->position, "");  // "приказом директора" is not who approved
  Plan g = FromText("УТВЕРЖДАЮ\nПриказ директора № 87 от 02.09.2024\nПлан работы на 2024 год\n");
  ASSERT_TRUE(g.approval);
  EXPECT_EQ(g.approval->order_number, "87");
  EXPECT_EQ(g.approval->order_date, "2024-09-02");
  Plan c = FromText("УТВЕРЖДАЮ\n______________\nприказ № ____ от ________\nПлан работы на 2026 год\n");
  ASSERT_TRUE(c.approval);
  EXPECT_TRUE(c.approval->blank);
  Plan none = FromText("План работы на 2026 год\nУтверждение плана работы МОЦ\n");
  EXPECT_FALSE(none.approval);
}

TEST(Extract, OrganisationsNamed) {
  Plan plan = FromText("УТВЕРЖДАЮ\nДиректор МБОУ «СОШ № 3»\nПЛАН РАБОТЫ на 2024 год\n"
                       "Совещание в МБУ ДО «Центр развития творчества» и МБОУ «СОШ № 3».\n");
  EXPECT_EQ(plan.organisations,
            (std::vector<std::string>{"МБОУ «СОШ № 3»", "МБУ ДО «Центр развития творчества»"}));
  // A name of 100 characters in its quotes is one; a quote left open to a later one is none.
  const std::string hundred(100, 'x');
  EXPECT_EQ(FromText("План работы на 2024 год\nМБОУ «" + hundred + "»\n").organisations,
            (std::vector<std::string>{"МБОУ «" + hundred + "»"}));
  EXPECT_EQ(FromText("План работы на 2024 год\nМБОУ \"" + hundred + "x\"\n").organisations,
            std::vector<std::string>{});
}

TEST(Extract, GoalsOnNextLineAndSeveralGoals) {
  Plan one = FromText("План работы на 2026 год\nЦель:\nразвитие системы наставничества.\nЗадачи:\n1) изучить опыт;\n2) провести семинар.\n");
  EXPECT_EQ(one.goals.size(), 1u);
  EXPECT_EQ(one.goals[0].text, "развитие системы наставничества.");
  EXPECT_EQ(one.tasks.size(), 2u);
  EXPECT_EQ(one.tasks[0].text, "изучить опыт");
  Plan many = FromText("План работы на 2026 год\nЦели:\n1. Повышение качества.\n2. Развитие кадров.\n");
  EXPECT_EQ(many.goals.size(), 2u);
  Plan quoted = FromText("Отчёт о работе\nГлавной целью проекта является развитие.\nЗадачами наставничества являются:\n- поддержка\n");
  EXPECT_TRUE(quoted.goals.empty());
  EXPECT_TRUE(quoted.tasks.empty());
  EXPECT_EQ(quoted.kind, PlanKind::kReport);
  // "Основная цель –" labels the goal; "Целью … является" is a sentence, not "Цель" + "ю …".
  Plan main_goal = FromText("План работы на 2026 год\nОсновная цель – повышение качества образования.\n");
  ASSERT_EQ(main_goal.goals.size(), 1u);
  EXPECT_EQ(main_goal.goals[0].text, "повышение качества образования.");
  Plan sentence = FromText("Отчёт о работе\nЦелью работы МО было повышение качества.\n");
  EXPECT_TRUE(sentence.goals.empty());
  // Goals and tasks under a heading "Цели и задачи"; tasks one a line without markers.
  Plan headed = FromText(
      "План работы на 2026 год\nЦели и задачи\nЦель работы МО на 2026 год: повышение качества.\n"
      "Задачи:\nизучить нормативные документы;\nорганизовать взаимопосещение уроков;\n"
      "обобщить опыт.\nЗаседания методического объединения\n");
  ASSERT_EQ(headed.goals.size(), 1u);
  EXPECT_EQ(headed.goals[0].text, "повышение качества.");
  ASSERT_EQ(headed.tasks.size(), 3u);
  EXPECT_EQ(headed.tasks[1].text, "организовать взаимопосещение уроков");
  EXPECT_EQ(headed.tasks[2].text, "обобщить опыт.");
  // Bullets of other shapes are markers too.
  for (const char* bullet : {"●", "○", "►", "❑", "■"}) {
    Plan bullets = FromText(std::string("План работы на 2026 год\nЦель: развитие.\nЗадачи:\n") + bullet +
                            " изучить документы\n" + bullet + " провести семинары\n");
    ASSERT_EQ(bullets.tasks.size(), 2u) << bullet;
    EXPECT_EQ(bullets.tasks[1].text, "провести семинары") << bullet;
  }
  // "Основные задачи:" and a lead-in ending "… следующие задачи:" label the tasks.
  for (const char* label : {"Основные задачи:", "Для достижения цели поставлены следующие задачи:"}) {
    Plan tasks = FromText(std::string("План работы на 2026 год\nЦель: развитие.\n") + label +
                          "\n1. Изучить документы.\n2. Провести семинары.\n");
    EXPECT_EQ(tasks.tasks.size(), 2u) << label;
  }
}

TEST(Extract, WrappedTaskItemsAreJoinedWithHyphensRepaired) {
  Plan plan = FromText("План работы на 2026 год\nЗадачи:\n− развитие организационно-\nметодической поддержки педа-\nгогов;\n− обобщение опыта.\n");
  ASSERT_EQ(plan.tasks.size(), 2u);
  EXPECT_EQ(plan.tasks[0].text, "развитие организационно-методической поддержки педагогов");
}

// A month column before the events groups them: an empty month cell keeps the month above
// (Word's text export of a merged cell), up to a section row. After the titles an empty
// timing cell stays empty.
TEST(Extract, TimingColumnBeforeTitlesGroupsRows) {
  Plan plan = FromText(
      "План работы на 2024/2025 учебный год\n"
      "Месяц\tМероприятие\tОтветственный\n"
      "Сентябрь\tЭкспертиза программ\tОрлова Т.В.\n"
      "\tКонсультации по журналам\tЛебедев С.А.\n"
      "Раздел 2. Работа с родителями\n"
      "\tРодительское собрание\tОрлова Т.В.\n"
      "Октябрь\tСеминар для педагогов\tОрлова Т.В.\n");
  ASSERT_EQ(plan.events.size(), 4u);
  EXPECT_EQ(plan.events[0].timing.start, "2024-09");
  EXPECT_EQ(plan.events[1].timing.raw, "Сентябрь");
  EXPECT_EQ(plan.events[1].timing.start, "2024-09");
  EXPECT_EQ(plan.events[2].timing.raw, "");  // a section row ends the month's group
  EXPECT_EQ(plan.events[3].timing.start, "2024-10");
  Plan after = FromText(
      "План работы на 2024/2025 учебный год\n"
      "Мероприятие\tСроки\tОтветственный\n"
      "Экспертиза программ\tсентябрь\tОрлова Т.В.\n"
      "Консультации по журналам\t\tЛебедев С.А.\n");
  ASSERT_EQ(after.events.size(), 2u);
  EXPECT_EQ(after.events[1].timing.raw, "");
}

// Any few words between "Цели"/"Задачи" and a colon qualify the label ("Цели методической
// работы:"); the goal follows on the same line, the tasks as dash items.
TEST(Extract, FreelyQualifiedLabelsEndingWithAColon) {
  Plan plan = FromText(
      "План методической работы на 2024/2025 учебный год\n"
      "Цели методической работы: обеспечение роста компетентности педагогов.\n\n"
      "Задачи методической работы:\n— оказание помощи педагогам;\n— обобщение опыта работы.\n");
  std::vector<std::string> goals, tasks;
  for (const TextItem& g : plan.goals) goals.push_back(g.text);
  for (const TextItem& t : plan.tasks) tasks.push_back(t.text);
  EXPECT_EQ(goals, (std::vector<std::string>{"обеспечение роста компетентности педагогов."}));
  EXPECT_EQ(tasks, (std::vector<std::string>{"оказание помощи педагогам", "обобщение опыта работы."}));
}

// "Цели работы ММО:" names its body after "работы"; the goals are the dash items. The
// table's section rows ("Заседание № 1") come led by tabs, as Word's "save as text" writes
// merged cells.
TEST(Extract, QualifiedGoalLabelAndTabLedSectionRows) {
  Plan plan = FromText(
      "План работы ММО учителей математики на 2025 год\n"
      "Цели работы ММО:\n- развитие компетенций учителей;\n- повышение качества образования.\n"
      "Задачи методического объединения:\n1) обеспечить сопровождение ГИА;\n2) распространять опыт.\n"
      "№ п/п\tСодержание работы\tСроки\tОтветственные\n"
      "\tЗаседание № 1\n"
      "1.\tАнализ работы МО\tфевраль\tКозлова Н.П.\n"
      "2.\tУтверждение плана\tфевраль\tОрлов С.В.\n"
      "\tЗаседание № 2\n"
      "3.\tИтоги контрольных работ\tоктябрь\tУчителя МО\n");
  std::vector<std::string> goals, tasks;
  for (const TextItem& g : plan.goals) goals.push_back(g.text);
  for (const TextItem& t : plan.tasks) tasks.push_back(t.text);
  EXPECT_EQ(goals, (std::vector<std::string>{"развитие компетенций учителей", "повышение качества образования."}));
  EXPECT_EQ(tasks, (std::vector<std::string>{"обеспечить сопровождение ГИА", "распространять опыт."}));
  ASSERT_EQ(plan.events.size(), 3u);
  EXPECT_EQ(plan.events[0].section, "Заседание № 1");
  EXPECT_EQ(plan.events[1].responsible, std::vector<std::string>{"Орлов С.В."});
  EXPECT_EQ(plan.events[2].section, "Заседание № 2");
  EXPECT_EQ(plan.events[2].timing.start, "2025-10");
}

// A title cell that leads into its items ("Подготовка к олимпиадам:" / "- школьный этап;")
// is one event, its items part of the title; items alone in a cell are one event each.
TEST(Extract, ItemsUnderALeadLineAreOneEvent) {
  Plan plan = FromText(
      "План работы на 2024-2025 учебный год\n"
      "№\tМероприятие\tСроки\tОтветственный\n"
      "1.\tПодготовка к олимпиадам:\n- школьный этап;\n- муниципальный этап\tоктябрь-ноябрь\tПетрова Б.Б.\n"
      "2.\t- анализ работы;\n- утверждение плана\tмай\tИванова А.А.\n"
      "3.\tЗаседание № 1\n1. Анализ работы.\n2. Утверждение плана.\tавгуст\tИванова А.А.\n");
  std::vector<std::string> titles;
  for (const Event& e : plan.events) titles.push_back(e.title);
  // A lead line needs no colon: the items are its agenda.
  EXPECT_EQ(titles, (std::vector<std::string>{"Подготовка к олимпиадам: школьный этап; муниципальный этап",
                                              "анализ работы", "утверждение плана",
                                              "Заседание № 1 Анализ работы. Утверждение плана."}));
  EXPECT_EQ(plan.events[3].number, "3");
  // Nor a number of its own: in a meeting table led by dates the row is one meeting.
  Plan meetings = FromText(
      "План работы на 2024-2025 учебный год\nДата\tПовестка\tВыступающий\n"
      "август\tЗаседание № 1\n1. Анализ работы.\n2. Утверждение плана.\tИванова А.А.\n"
      "ноябрь\tЗаседание № 2\n1. Итоги четверти.\n2. Разное.\tПетрова Б.Б.\n");
  ASSERT_EQ(meetings.events.size(), 2u);
  EXPECT_EQ(meetings.events[1].title, "Заседание № 2 Итоги четверти. Разное.");
  EXPECT_EQ(meetings.events[1].timing.start, "2024-11");
  EXPECT_EQ(plan.events[0].number, "1");
  EXPECT_EQ(plan.events[0].responsible, std::vector<std::string>{"Петрова Б.Б."});
}

// "Рассмотрено | Утверждаю" side by side in plain text: a tab-separated layout table whose
// dates are a protocol's and an order's. Its right column, read down, is the approval; the
// title after it is still found.
TEST(Extract, ApprovalBesideAProtocolInPlainText) {
  Plan plan = FromText(
      "Рассмотрено\t\tУтверждаю\n"
      "на заседании МО\t\tДиректор школы\n"
      "Протокол № 1 от 28.08.2023\t\t_________ О.Н. Смирнова\n"
      "\t\tПриказ № 112 от 31.08.2023\n\n"
      "План работы\nметодического объединения классных руководителей\nна 2023/2024 учебный год\n");
  ASSERT_TRUE(plan.approval);
  EXPECT_EQ(plan.approval->position, "Директор школы");
  EXPECT_EQ(plan.approval->person, "О.Н. Смирнова");
  EXPECT_EQ(plan.approval->order_number, "112");
  EXPECT_EQ(plan.approval->order_date, "2023-08-31");
  EXPECT_EQ(plan.title.text, "План работы методического объединения классных руководителей на 2023/2024 учебный год");
  ASSERT_TRUE(plan.period);
  EXPECT_EQ(plan.period->Start(), "2023-09");
}

// "СОГЛАСОВАНО" only agrees to a plan: the "УТВЕРЖДАЮ" block after it is the approval,
// and each block ends where the next heading begins.
TEST(Extract, ApprovalAfterAnAgreementBlock) {
  Plan plan = FromText(
      "СОГЛАСОВАНО\nНачальник отдела образования\n________ Т.А. Громова\n"
      "УТВЕРЖДАЮ\nДиректор МБУ «ИМЦ»\n________ С.В. Рябова\nприказ от 29.12.2024 № 112\n"
      "ПЛАН РАБОТЫ МОЦ на 2025 год\n");
  ASSERT_TRUE(plan.approval);
  EXPECT_EQ(plan.approval->heading, "УТВЕРЖДАЮ");
  EXPECT_EQ(plan.approval->position, "Директор МБУ «ИМЦ»");
  EXPECT_EQ(plan.approval->person, "С.В. Рябова");
  EXPECT_EQ(plan.approval->order_number, "112");
  Plan reversed = FromText(
      "УТВЕРЖДАЮ\nДиректор МБУ «ИМЦ»\n________ С.В. Рябова\n"
      "СОГЛАСОВАНО\nНачальник отдела образования\n________ Т.А. Громова\n"
      "ПЛАН РАБОТЫ МОЦ на 2025 год\n");
  ASSERT_TRUE(reversed.approval);
  EXPECT_EQ(reversed.approval->heading, "УТВЕРЖДАЮ");
  EXPECT_EQ(reversed.approval->raw, "УТВЕРЖДАЮ / Директор МБУ «ИМЦ» / ________ С.В. Рябова");
}

TEST(Extract, ReportTitlesInTheirWordings) {
  for (const char* title : {"Информация о работе РМО учителей биологии за 2024-2025 учебный год",
                            "Анализ деятельности МОЦ за 2025 год", "Самоанализ работы ШМО за 2025 год"}) {
    Plan plan = FromText(std::string(title) + "\n\nЦель: повышение качества.\nПроведено 5 заседаний.\n");
    EXPECT_EQ(plan.kind, PlanKind::kReport) << title;
    EXPECT_EQ(plan.title.text, title);
  }
}

TEST(Extract, TemplateIsRecognised) {
  Plan plan = FromText("ПЛАН РАБОТЫ\nметодического объединения ____________\nна ________ учебный год\n"
                       "Цель:\nЗадачи:\n(заполняется руководителем МО)\n");
  EXPECT_EQ(plan.kind, PlanKind::kTemplate);
  EXPECT_FALSE(plan.period);
}

TEST(Extract, DocxMergedHeaderAutoNumbersAndNestedSections) {
  testing::DocxParts parts;
  parts.numbering =
      "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
      "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
      "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
  std::string numbered = "<w:tc><w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/>"
                         "</w:numPr></w:pPr></w:p></w:tc>";
  parts.body =
      testing::P("ПЛАН РАБОТЫ МОЦ на 2026 год") +
      "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
      "<w:tr>" + Cell("№", kMergeStart) + Cell("Мероприятие", kMergeStart) +
      Cell("Организация", "<w:gridSpan w:val=\"2\"/>") + "</w:tr>"
      "<w:tr>" + Cell("", kMerged) + Cell("", kMerged) + Cell("Сроки") + Cell("Ответственный") + "</w:tr>"
      "<w:tr>" + Cell("I. ОРГАНИЗАЦИОННАЯ РАБОТА", "<w:gridSpan w:val=\"4\"/>") + "</w:tr>"
      "<w:tr>" + numbered + Cell("Совещание") + Cell("январь") + Cell("МОЦ, ОУ") + "</w:tr>"
      "<w:tr>" + numbered + Cell("Семинар") + Cell("Февраль 2026 г.") + Cell("МОЦ") + "</w:tr>"
      "</w:tbl>";
  Plan plan = FromDocx(parts);
  ASSERT_EQ(plan.events.size(), 2u);
  EXPECT_EQ(plan.events[0].number, "1");
  EXPECT_EQ(plan.events[1].number, "2");
  EXPECT_EQ(plan.events[0].section, "ОРГАНИЗАЦИОННАЯ РАБОТА");
  EXPECT_EQ(plan.events[0].timing.start, "2026-01");
  EXPECT_EQ(plan.events[0].responsible, (std::vector<std::string>{"МОЦ", "ОУ"}));
  EXPECT_EQ(plan.events[1].span.table_row, 4);
}

// An approval block typed as one paragraph with line breaks (Shift+Enter in Word): each
// of its lines is read as a line of the block, so the position and person are found.
TEST(Extract, ApprovalParagraphWithLineBreaks) {
  testing::DocxParts parts;
  parts.body =
      "<w:p><w:r><w:t>СОГЛАСОВАНО</w:t><w:br/><w:t>Председатель методического совета</w:t><w:br/>"
      "<w:t>________ Л.И. Рябова</w:t><w:br/><w:t>Приказ № 5 от 29.08.2024</w:t></w:r></w:p>" +
      testing::P("ПЛАН работы РМО на 2024-2025 учебный год");
  Plan plan = FromDocx(parts);
  ASSERT_TRUE(plan.approval);
  EXPECT_EQ(plan.approval->heading, "СОГЛАСОВАНО");
  EXPECT_EQ(plan.approval->position, "Председатель методического совета");
  EXPECT_EQ(plan.approval->person, "Л.И. Рябова");
  EXPECT_EQ(plan.approval->order_number, "5");
  EXPECT_EQ(plan.title.text, "ПЛАН работы РМО на 2024-2025 учебный год");
}

TEST(Extract, SchoolSampleDocx) {
  Result<Document> doc = ReadDocumentFile(std::string(PLANPARSE_SOURCE_DIR) +
                                              "/samples/plan_school_mo_2024.docx", ReaderOptions());
  ASSERT_TRUE(doc.ok());
  Plan plan = ExtractPlan(doc.value(), ExtractOptions());
  EXPECT_EQ(plan.tasks.size(), 3u);  // the next heading is not a fourth task
  EXPECT_EQ(plan.tasks[0].text,
            "изучить нормативные документы и методические рекомендации по реализации обновлённых ФГОС НОО");
  ASSERT_EQ(plan.goals.size(), 1u);
  ASSERT_TRUE(plan.approval);
  EXPECT_EQ(plan.approval->order_number, "123-о");
  ASSERT_EQ(plan.events.size(), 7u);
  EXPECT_EQ(plan.events[0].section, "Заседания методического объединения");
  EXPECT_EQ(plan.events[2].responsible,  // a vertically merged responsible cell
            (std::vector<std::string>{"Фельдман А.З.", "Сидорова Е.П."}));
  EXPECT_EQ(plan.events[2].timing.kind, TimingKind::kList);
  EXPECT_EQ(plan.events[5].number, "1.1");
  EXPECT_EQ(plan.events[5].section, "Методическая работа");
  EXPECT_EQ(plan.events[6].number, "2");
}

// ExtractPlan(Document&&) frees each table row once read, keeping cells merged down for
// the rows below; it must read what ExtractPlan(const Document&) reads. The samples have
// vertically merged cells (Kandalaksha, the school plan) and plain text.
TEST(Extract, OwnedDocumentGivesTheSamePlan) {
  auto flat = [](const Plan& plan) {
    std::vector<std::string> out;
    for (const Section& s : plan.sections) out.push_back("section " + s.number + " " + s.title);
    for (const Event& e : plan.events) {
      std::string row = e.number + "|" + e.section + "|" + e.title + "|" + e.timing.raw + "|" + e.form + "|" +
                        e.audience + "|" + e.result + "|" + e.place + "|" + e.note + "|" + e.span.ToString();
      for (const std::string& r : e.responsible) row += "|" + r;
      out.push_back(row);
    }
    for (const Diagnostic& d : plan.diagnostics) out.push_back(d.code + " " + d.span.ToString());
    return out;
  };
  int merged_tables = 0;
  size_t events = 0;
  for (const char* name : {"plan_mo_2025.docx", "plan_moc_2026.docx", "plan_moc_kandalaksha_2023.docx",
                           "plan_school_mo_2024.docx", "report_mo_2021.docx", "template_mo.docx",
                           "000_78cd03c09694fbe0.txt", "004_9397bc01d3360ab6.txt"}) {
    Result<Document> doc = ReadDocumentFile(std::string(PLANPARSE_SOURCE_DIR) + "/samples/" + name, ReaderOptions());
    ASSERT_TRUE(doc.ok()) << name;
    for (const Block& b : doc.value().body) {
      for (const TableRow& row : b.table.rows) {
        for (const TableCell& cell : row.cells) merged_tables += cell.row_span > 1 ? 1 : 0;
      }
    }
    const Plan borrowed = ExtractPlan(doc.value(), ExtractOptions());
    Document copy = doc.value();
    const Plan owned = ExtractPlan(std::move(copy), ExtractOptions());
    events += borrowed.events.size();
    EXPECT_EQ(flat(owned), flat(borrowed)) << name;
  }
  EXPECT_GT(events, 100u);
  EXPECT_GT(merged_tables, 0);  // the test covers cells merged down
}

// "Направление работы" beside "Содержание": the direction, merged down over its rows, is
// each row's section and the content its title. Alone, such a column is the title.
TEST(Extract, ColumnOfSectionsNamesEachRowsSection) {
  testing::DocxParts parts;
  parts.body =
      testing::P("ПЛАН РАБОТЫ МО на 2024-2025 учебный год") +
      "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
      "<w:tr>" + Cell("Направление работы") + Cell("Содержание") + Cell("Сроки") + Cell("Ответственные") + "</w:tr>"
      "<w:tr>" + Cell("Методическая работа", kMergeStart) + Cell("Посещение уроков") + Cell("в течение года") +
      Cell("Иванова А.А.") + "</w:tr>"
      "<w:tr>" + Cell("", kMerged) + Cell("Открытые уроки") + Cell("март") + Cell("Петрова Б.Б.") + "</w:tr>"
      "<w:tr>" + Cell("Работа с кадрами") + Cell("Аттестация педагогов") + Cell("по графику") +
      Cell("Иванова А.А.") + "</w:tr>"
      "</w:tbl>";
  Plan plan = FromDocx(parts);
  ASSERT_EQ(plan.events.size(), 3u);
  EXPECT_EQ(plan.events[0].title, "Посещение уроков");
  EXPECT_EQ(plan.events[0].section, "Методическая работа");
  EXPECT_EQ(plan.events[1].title, "Открытые уроки");
  EXPECT_EQ(plan.events[1].section, "Методическая работа");
  EXPECT_EQ(plan.events[2].section, "Работа с кадрами");
  EXPECT_EQ(plan.events[2].timing.kind, TimingKind::kBySchedule);

  plan = FromText("План работы на 2025 год\nНаправление деятельности\tСроки\tОтветственные\n"
                  "Методическая работа\tмарт\tИванова А.А.\nРабота с кадрами\tапрель\tПетрова Б.Б.\n");
  ASSERT_EQ(plan.events.size(), 2u);
  EXPECT_EQ(plan.events[0].title, "Методическая работа");
}

// Cells merged down over overlapping runs of rows: the owned reading frees a row's cells
// only after the last row its merged cell covers, and reads what the borrowed one reads.
TEST(Extract, OverlappingMergesReadTheSameWhenTheDocumentIsOwned) {
  testing::DocxParts parts;
  parts.body =
      testing::P("ПЛАН РАБОТЫ МОЦ на 2026 год") +
      "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
      "<w:tr>" + Cell("№") + Cell("Мероприятие") + Cell("Сроки") + Cell("Ответственный") + "</w:tr>"
      "<w:tr>" + Cell("1") + Cell("Совещание") + Cell("январь") + Cell("Иванова А.А.", kMergeStart) + "</w:tr>"
      "<w:tr>" + Cell("2") + Cell("Семинар") + Cell("февраль", kMergeStart) + Cell("", kMerged) + "</w:tr>"
      "<w:tr>" + Cell("3") + Cell("Конкурс") + Cell("", kMerged) + Cell("", kMerged) + "</w:tr>"
      "<w:tr>" + Cell("4") + Cell("Форум") + Cell("", kMerged) + Cell("Петров Б.Б.") + "</w:tr>"
      "<w:tr>" + Cell("5") + Cell("Отчёт") + Cell("май") + Cell("Петров Б.Б.") + "</w:tr>"
      "</w:tbl>";
  Result<Document> doc = ReadDocumentBytes(testing::MakeDocx(parts), "merges.docx", ReaderOptions());
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  const Plan borrowed = ExtractPlan(doc.value(), ExtractOptions());
  const Plan owned = ExtractPlan(doc.take(), ExtractOptions());
  ASSERT_EQ(owned.events.size(), 5u);
  ASSERT_EQ(borrowed.events.size(), 5u);
  const std::vector<std::string> timings = {"январь", "февраль", "февраль", "февраль", "май"};
  const std::vector<std::string> people = {"Иванова А.А.", "Иванова А.А.", "Иванова А.А.", "Петров Б.Б.",
                                           "Петров Б.Б."};
  for (size_t i = 0; i < 5; ++i) {
    for (const Plan* plan : {&borrowed, &owned}) {
      const Event& e = plan->events[i];
      EXPECT_EQ(e.timing.raw, timings[i]) << i;
      EXPECT_EQ(e.responsible, std::vector<std::string>{people[i]}) << i;
    }
  }
}

TEST(Extract, ApprovalAndTitleInLayoutTables) {
  // Word plans often set "СОГЛАСОВАНО | УТВЕРЖДАЮ" side by side in a borderless table.
  testing::DocxParts parts;
  auto cell = [](const std::string& paragraphs) { return "<w:tc>" + paragraphs + "</w:tc>"; };
  parts.body =
      "<w:tbl><w:tr>" +
      cell(testing::P("СОГЛАСОВАНО") + testing::P("на заседании МС, протокол № 1")) +
      cell(testing::P("УТВЕРЖДАЮ") + testing::P("Директор МБОУ «СОШ № 5»") +
           testing::P("_________ И.И. Петров") + testing::P("Приказ № 45 от 29.08.2024")) +
      "</w:tr></w:tbl>" +
      testing::P("ПЛАН РАБОТЫ") + testing::P("методического объединения на 2024-2025 учебный год") +
      testing::P("Цель: рост мастерства педагогов.") +
      "<w:tbl><w:tr>" + cell(testing::P("№")) + cell(testing::P("Мероприятие")) + cell(testing::P("Сроки")) +
      "</w:tr><w:tr>" + cell(testing::P("1.")) + cell(testing::P("Семинар")) + cell(testing::P("октябрь")) +
      "</w:tr></w:tbl>";
  Plan plan = FromDocx(parts);
  ASSERT_TRUE(plan.approval);
  EXPECT_EQ(plan.approval->order_number, "45");
  EXPECT_EQ(plan.approval->order_date, "2024-08-29");
  EXPECT_EQ(plan.approval->person, "И.И. Петров");
  EXPECT_EQ(plan.title.text, "ПЛАН РАБОТЫ методического объединения на 2024-2025 учебный год");
  ASSERT_EQ(plan.goals.size(), 1u);
  ASSERT_EQ(plan.events.size(), 1u);
  EXPECT_EQ(plan.events[0].timing.start, "2024-10");
}

TEST(Extract, LayoutTableWithNarrowColumnsAndShiftedPages) {
  // pdftotext -layout of a plan with narrow columns: one-space gutters, surnames broken
  // without a hyphen, a comma pushed to the next line, the header repeated a page later
  // two characters to the right.
  Plan plan = FromText(
      "№    Наименование      Сроки    Целевая     Ответств\n"
      "п/п  мероприятия       проведе  аудитория   енный\n"
      "                       ния\n"
      "1.   Совещание         сентябр  Методисты   Тютерев\n"
      "     руководителей МО  ь 2025   , педагоги  а А.М.\n"
      "2.   Семинар для       октябрь  Педагоги    Белова\n"
      "     молодых           2025 г.  ДО          С.Н.\n"
      "\f№      Наименование      Сроки    Целевая     Ответств\n"
      "п/п    мероприятия       проведе  аудитория   енный\n"
      "                         ния\n"
      "       педагогов\n"
      "3.     Конкурс           ноябрь   Учителя     Михайло\n"
      "       «Педагог года»    2025 г.  школ        ва Т.В.\n");
  ASSERT_EQ(plan.events.size(), 3u);
  EXPECT_EQ(plan.events[0].title, "Совещание руководителей МО");
  EXPECT_EQ(plan.events[0].audience, "Методисты, педагоги");
  EXPECT_EQ(plan.events[0].responsible, std::vector<std::string>{"Тютерева А.М."});
  EXPECT_EQ(plan.events[1].title, "Семинар для молодых педагогов");
  EXPECT_EQ(plan.events[1].timing.raw, "октябрь 2025 г.");
  EXPECT_EQ(plan.events[1].responsible, std::vector<std::string>{"Белова С.Н."});
  EXPECT_EQ(plan.events[2].number, "3");
  EXPECT_EQ(plan.events[2].responsible, std::vector<std::string>{"Михайлова Т.В."});
}

TEST(Extract, WrappedResponsibleCellsAreSplitByItemNotByLine) {
  // In text a responsible cell's lines are wrapped lines: "Отдел" / "образован" / "ия" is
  // one body; a capitalised line or a comma starts the next.
  Plan plan = FromText(
      "№    Наименование         Сроки     Исполнитель\n"
      "1.   Совещание            январь    МОЦ,\n"
      "     руководителей                  Отдел\n"
      "                                    образован\n"
      "                                    ия\n"
      "2.   Семинар              май       МОЦ\n"
      "                                    Школы района\n");
  ASSERT_EQ(plan.events.size(), 2u);
  EXPECT_EQ(plan.events[0].responsible, (std::vector<std::string>{"МОЦ", "Отдел образования"}));
  EXPECT_EQ(plan.events[1].responsible, (std::vector<std::string>{"МОЦ", "Школы района"}));
}

TEST(Extract, ResponsiblePeopleJoinedByAndAndNamesInBrackets) {
  Plan plan = FromText(
      "План на 2025 год\n\n№\tМероприятие\tСроки\tОтветственный\n"
      "1.\tСеминар\tмарт\tИванова А.А., Петрова Б.Б. и Сидоров В.В.\n"
      "2.\tКонкурс\tмай\tметодисты МКУ «ИМЦ» (Петрова Б.Б., Сидоров В.В.), ОУ\n"
      "3.\tКонференция\tапрель\tУчителя и классные руководители\n");
  ASSERT_EQ(plan.events.size(), 3u);
  EXPECT_EQ(plan.events[0].responsible, (std::vector<std::string>{"Иванова А.А.", "Петрова Б.Б.", "Сидоров В.В."}));
  EXPECT_EQ(plan.events[1].responsible,
            (std::vector<std::string>{"методисты МКУ «ИМЦ» (Петрова Б.Б., Сидоров В.В.)", "ОУ"}));
  EXPECT_EQ(plan.events[2].responsible, std::vector<std::string>{"Учителя и классные руководители"});
}

TEST(Extract, LongHeaderCellsAreMeasuredInCharacters) {
  // Both header cells are over 60 letters: over 120 bytes in UTF-8, within 120 characters.
  Plan plan = FromText(
      "План работы на 2025 год\n"
      "Наименование мероприятия (семинары, конференции, конкурсы, заседания МО)\t"
      "Ответственный за проведение мероприятия и подготовку отчёта о его итогах\tПримечание\n"
      "Семинар для молодых педагогов\tИванова И.И.\t\n"
      "Конкурс «Педагог года»\tПетрова П.П.\t\n");
  EXPECT_EQ(Titles(plan), (std::vector<std::string>{"Семинар для молодых педагогов", "Конкурс «Педагог года»"}));
  ASSERT_EQ(plan.events.size(), 2u);
  EXPECT_EQ(plan.events[1].responsible, std::vector<std::string>{"Петрова П.П."});
}

TEST(Extract, RepeatedHeaderAfterPageBreakIsSkipped) {
  Plan plan = FromText(
      "План на 2026 год\n"
      "№\tМероприятие\tСроки\n"
      "1.\tСовещание\tмарт\n"
      "№\tМероприятие\tСроки\n"
      "2.\tСеминар\tапрель\n");
  EXPECT_EQ(Titles(plan), (std::vector<std::string>{"Совещание", "Семинар"}));
}

// Words run together in a section row of tab-separated text are the author's: Word wrote
// the cell as it was typed, so the row reads as the DOCX does, and the dictionary is not
// asked to split them (it is for text laid out on a page, where a narrow column lost the
// spaces: "Информационнаядеятельность").
TEST(Extract, TabSeparatedSectionRowKeepsItsWordsAsWritten) {
  Plan plan = FromText(
      "План работы на 2024-2025 учебный год\n"
      "№\tМероприятие\tСроки\tОтветственный\n"
      "Раздел 1. Работа снаставниками\n"
      "1.\tСеминар для молодых педагогов\tоктябрь 2024 г.\tИванова И.И.\n"
      "2.\tКонкурс методических разработок\tмарт 2025 г.\tПетров П.П.\n");
  ASSERT_EQ(plan.events.size(), 2u);
  EXPECT_EQ(plan.events[0].section, "Раздел 1. Работа снаставниками");
  EXPECT_EQ(plan.events[1].section, "Раздел 1. Работа снаставниками");
}

// pandoc -t plain of narrow columns breaks words without a hyphen: a merged section row
// written into the first column ("Орган" / "изационно-м" / "етодическая" / "работа") is
// one section; "«" left at a line's end opens the next line's word; an abbreviation alone
// on a line ("Методисты" / "МОЦ") goes on with the responsible above it.
TEST(Extract, NarrowGridTableOfPandocPlain) {
  Plan plan = FromText(
      "План работы МОЦ на 2025 год\n\n"
      "+-------------+-------------+-------------+-------------+\n"
      "| Месяц       | Содержание  | Участники   | Ответственн |\n"
      "|             | работы      |             | ые          |\n"
      "+=============+=============+=============+=============+\n"
      "| Орган       |             |             |             |\n"
      "| изационно-м |             |             |             |\n"
      "| етодическая |             |             |             |\n"
      "| работа      |             |             |             |\n"
      "+-------------+-------------+-------------+-------------+\n"
      "| Март        | Семинар     | Молодые     | Методисты   |\n"
      "|             | «           | педагоги    | МОЦ         |\n"
      "|             | Современное |             |             |\n"
      "|             | занятие»    |             |             |\n"
      "+-------------+-------------+-------------+-------------+\n");
  ASSERT_EQ(plan.events.size(), 1u);
  EXPECT_EQ(plan.events[0].section, "Организационно-методическая работа");
  EXPECT_EQ(plan.events[0].title, "Семинар «Современное занятие»");
  EXPECT_EQ(plan.events[0].responsible, std::vector<std::string>{"Методисты МОЦ"});
}

// A header title broken without hyphens ("Нап" / "равление" / "деят" / "ельности") names
// its column once the dictionary joins it: a column of sections, not the titles.
TEST(Extract, NarrowGridTableHeaderBrokenInsideWords) {
  Plan plan = FromText(
      "План работы МОЦ на 2025 год\n\n"
      "+---+----------+--------------+--------+\n"
      "| № | Нап      | Мероприятия  | Сроки  |\n"
      "|   | равление |              |        |\n"
      "|   | деят     |              |        |\n"
      "|   | ельности |              |        |\n"
      "+===+==========+==============+========+\n"
      "| 1 | Работа с | Курсы        | Март   |\n"
      "|   | кадрами  | повышения    |        |\n"
      "+---+----------+--------------+--------+\n"
      "| 2 |          | Конкурс      | Апрель |\n"
      "+---+----------+--------------+--------+\n");
  ASSERT_EQ(plan.events.size(), 2u);
  EXPECT_EQ(plan.events[0].section, "Работа с кадрами");
  EXPECT_EQ(plan.events[0].title, "Курсы повышения");
  EXPECT_EQ(plan.events[1].section, "Работа с кадрами");
  EXPECT_EQ(plan.events[1].title, "Конкурс");
}

}  // namespace
}  // namespace planparse
