// Rebuilding tables that text extraction wrote cell after cell.
#include "extractors/flat_tables.h"

#include <gtest/gtest.h>

#include "extractors/plan_extractor.h"
#include "parsers/reader.h"

namespace planparse {
namespace {

Plan Extract(const std::string& text) {
  Result<Document> doc = ReadDocumentBytes(text, "flat.txt", ReaderOptions());
  EXPECT_TRUE(doc.ok());
  return ExtractPlan(doc.value(), ExtractOptions());
}

// The plan of one of the flattened samples kept in tests/data/flattened/.
Plan ExtractFlattened(const std::string& name) {
  Result<Document> doc =
      ReadDocumentFile(std::string(PLANPARSE_SOURCE_DIR) + "/tests/data/flattened/" + name, ReaderOptions());
  EXPECT_TRUE(doc.ok()) << name;
  if (!doc.ok()) return Plan();
  return ExtractPlan(doc.value(), ExtractOptions());
}

std::vector<std::string> TitlesOf(const Plan& plan) {
  std::vector<std::string> titles;
  for (const Event& e : plan.events) titles.push_back(e.title);
  return titles;
}

int CountOf(const Plan& plan, const std::string& code) {
  int count = 0;
  for (const Diagnostic& d : plan.diagnostics) count += d.code == code;
  return count;
}

bool HasDiagnostic(const Plan& plan, const std::string& code) {
  for (const Diagnostic& d : plan.diagnostics) {
    if (d.code == code) return true;
  }
  return false;
}

// Header words one per line; rows numbered; cells broken over lines, one blank line
// after each line; several cells on one line where two spaces mark an empty cell.
const char* kFlat =
    "План работы МОЦ на 2024-2025 учебный год\n\n"
    "№\n\nп/п\n\nНаименование\n\nмероприятия\n\nФорма\n\nСроки\n\nЦелевая аудитория\n\n"
    "Результат\n\nОтветственный\n\n\n\n"
    "I. ОРГАНИЗАЦИОННАЯ РАБОТА\n\n\n\n"
    "1. Семинар для\n\nзаместителей\n\nдиректоров\n\nКруглый стол\n\nоктябрь\n\n2024 г.\n\n"
    "Заместители\n\nдиректоров\n\nПовышение\n\nквалификации\n\nИванова И.И.\n\n\n\n"
    "2. Экспертиза\n\nпрограмм\n\nэкспертиза В течение года  Реестр программ\n\n"
    "Петрова А.А.\n\nСидорова Е.П.\n\n";

TEST(FlatTables, RebuildsRowsCellsAndSections) {
  Result<Document> doc = ReadDocumentBytes(kFlat, "flat.txt", ReaderOptions());
  ASSERT_TRUE(doc.ok());
  Document rebuilt = doc.value();
  EXPECT_EQ(RebuildFlattenedTables(&rebuilt, FlatTableOptions()), 1);
  Plan plan = Extract(kFlat);
  ASSERT_EQ(plan.events.size(), 2u);
  const Event& a = plan.events[0];
  EXPECT_EQ(a.number, "1");
  EXPECT_EQ(a.section, "ОРГАНИЗАЦИОННАЯ РАБОТА");
  EXPECT_EQ(a.title, "Семинар для заместителей директоров");
  EXPECT_EQ(a.form, "Круглый стол");
  EXPECT_EQ(a.timing.start, "2024-10");
  EXPECT_EQ(a.audience, "Заместители директоров");
  EXPECT_EQ(a.result, "Повышение квалификации");
  EXPECT_EQ(a.responsible, std::vector<std::string>{"Иванова И.И."});
  const Event& b = plan.events[1];
  EXPECT_EQ(b.title, "Экспертиза программ");
  EXPECT_EQ(b.form, "экспертиза");
  EXPECT_EQ(b.timing.kind, TimingKind::kThroughoutPeriod);
  EXPECT_EQ(b.audience, "");  // the two spaces marked it empty
  EXPECT_EQ(b.result, "Реестр программ");
  EXPECT_EQ(b.responsible, (std::vector<std::string>{"Петрова А.А.", "Сидорова Е.П."}));
  EXPECT_GT(b.confidence, 0.0);
  EXPECT_LE(b.confidence, 1.0);
}

// A school plan's table: "№" / "п/п" / "Мероприятие" (a capitalised line opens a
// column), "Ожидаемый" / "результат" (one column), an unnumbered section row under the
// header and another between two rows (after a wider gap), a role noun as the responsible,
// and a signature after the table that must not join the last row.
const char* kSchool =
    "III. Заседания методического объединения\n\n"
    "Задачи:\n\nа) изучить документы;\n\nб) организовать взаимопосещение.\n\n"
    "IV. Работа с педагогами\n\n\n\n"
    "№\n\nп/п\n\nМероприятие\n\nСрок\n\nОтветственный\n\nОжидаемый\n\nрезультат\n\n"
    "Методическая работа\n\n\n"
    "1.  Взаимопосещение уроков\n\nв течение года\n\nучителя МО\n\nСправка по итогам\n\nпосещения\n\n\n"
    "1.1.  Открытые уроки в рамках\n\nнедели начальной школы\n\nмарт\n\nСидорова Е.П.\n\n"
    "Конспекты уроков\n\n\n"
    "Работа с одарёнными детьми\n\n\n"
    "2.  Школьный этап олимпиады\n\n«Русский медвежонок»\n\nпо отдельному графику\n\n"
    "Фельдман А.З.\n\nПротокол результатов\n\n\n\n\n\n"
    "Руководитель ШМО\t\t_____________ А.З. Фельдман\n";

// A result is named by what is reached, first: the cell begins at that word, even in lower
// case right under the audience's last line ("… дополнительного образования" / "оценка
// …"), and where one space alone parts the two on a line ("педагоги школ Обобщение …").
TEST(FlatTables, AResultBeginsAtTheWordThatNamesIt) {
  Plan plan = Extract(
      "План работы МОЦ на 2025 год\n\n"
      "№\n\nНаименование\n\nмероприятия\n\nСроки\n\nЦелевая аудитория\n\n"
      "Результат\n\nОтветственный\n\n\n\n"
      "1. Анкетирование\n\nродителей\n\nмарт\n\n2025 г.\n\nорганизации,\n\nведущие\n\nкружки\n\n"
      "технической\n\nнаправленности\n\nоценка спроса на кружки\n\nу обучающихся школ\n\nСоколова Н.В.\n\n\n\n"
      "2. Методический\n\nсеминар\n\nапрель\n\n2025 г.\n\nпедагоги школ Обобщение опыта\n\n"
      "наставничества\n\nСоколова Н.В.\n\n");
  ASSERT_EQ(plan.events.size(), 2u);
  EXPECT_EQ(plan.events[0].audience, "организации, ведущие кружки технической направленности");
  EXPECT_EQ(plan.events[0].result, "оценка спроса на кружки у обучающихся школ");
  EXPECT_EQ(plan.events[1].audience, "педагоги школ");
  EXPECT_EQ(plan.events[1].result, "Обобщение опыта наставничества");
}

// A body's abbreviation alone on a line after the title's ("… открытых занятий" / "ШМО")
// ends the title, not the form: a form says how ("семинар"), not who.
TEST(FlatTables, AnAbbreviationAfterTheTitleIsTheTitlesNotTheForm) {
  Plan plan = Extract(
      "План работы МОЦ на 2025 год\n\n"
      "№\n\nНаименование\n\nмероприятия\n\nФорма\n\nСроки\n\nРезультат\n\nОтветственный\n\n\n\n"
      "1. Анализ открытых\n\nзанятий\n\nШМО\n\nмарт\n\n2025 г.\n\nАналитическая справка\n\nСоколова Н.В.\n\n\n\n"
      "2. Методический\n\nсеминар для\n\nмолодых педагогов\n\nПрактикум\n\nапрель\n\n2025 г.\n\nПовышение\n\nквалификации\n\n"
      "Соколова Н.В.\n\n");
  ASSERT_EQ(plan.events.size(), 2u);
  EXPECT_EQ(plan.events[0].title, "Анализ открытых занятий ШМО");
  EXPECT_EQ(plan.events[0].form, "");
  EXPECT_EQ(plan.events[1].title, "Методический семинар для молодых педагогов");
  EXPECT_EQ(plan.events[1].form, "Практикум");
}

TEST(FlatTables, SectionRowsBetweenRowsAndASignatureAfterTheTable) {
  Plan plan = Extract(kSchool);
  ASSERT_EQ(plan.events.size(), 3u);
  EXPECT_EQ(plan.events[0].number, "1");
  EXPECT_EQ(plan.events[0].section, "Методическая работа");
  EXPECT_EQ(plan.events[0].timing.raw, "в течение года");
  EXPECT_EQ(plan.events[0].responsible, std::vector<std::string>{"учителя МО"});
  EXPECT_EQ(plan.events[0].result, "Справка по итогам посещения");
  EXPECT_EQ(plan.events[1].title, "Открытые уроки в рамках недели начальной школы");
  EXPECT_EQ(plan.events[1].section, "Методическая работа");
  EXPECT_EQ(plan.events[2].section, "Работа с одарёнными детьми");
  EXPECT_EQ(plan.events[2].result, "Протокол результатов");
  EXPECT_EQ(plan.events[2].responsible, std::vector<std::string>{"Фельдман А.З."});
  // "IV. Работа с педагогами" is a part heading, not a third task.
  EXPECT_EQ(plan.tasks.size(), 2u);
}

// Signatures typed with tabs after the table ("Руководитель МО:____<tab>Подпись:____")
// read as a table of their own: the last row ends before it, and the line after it
// ("(заполняется …)") is no note of the row's.
TEST(FlatTables, ATableOfSignaturesEndsTheLastRow) {
  Plan plan = Extract(
      "План работы МО на 2025 год\n\n№\nМероприятие\nСроки\nОтветственный\nПримечание\n"
      "1.\nСеминар для учителей\nОктябрь\nИванова И.И.\n\n2.\nОткрытые уроки\nНоябрь\nПетрова А.А.\n\n\n\n"
      "Руководитель МО:______\tПодпись:______\nКуратор МО:______\tПодпись:______\n"
      "(заполняется для областных МО)\n");
  ASSERT_EQ(plan.events.size(), 2u);
  EXPECT_EQ(plan.events[1].responsible, std::vector<std::string>{"Петрова А.А."});
  EXPECT_EQ(plan.events[1].note, "");
  EXPECT_EQ(plan.events[1].span.last_line, 16);
}

// Plain pdftotext, visual line by visual line, of a table whose last column holds results:
// a title's next line comes after a result's ("Аналитическая" / "дополнительного …"), a
// capitalised line the title's next word would have fitted on, so no line of the title.
const char* kVisualLinesEndingWithResults =
      "План работы МОЦ на 2025 год\n\n№\nМероприятия\nСрок\nОтветственные\nПланируемый\nп/п\nисполнения\n"
      "исполнители\nрезультат\n"
      "1.\nМониторинг реализации программ\nЕжеквартально Методисты\nАналитическая\n"
      "дополнительного образования в школах\nМОЦ\nсправка\nи организациях района\n"
      "2.\nФормирование муниципального банка\nВ течение\nСидоренко В.П., Банк практик на\n"
      "лучших практик дополнительного\nгода\nметодист\nсайте МОЦ\nобразования детей\n"
      "3.\nПроведение информационной кампании\nАвгуст –\nРуководители\nУвеличение охвата\n"
      "по привлечению детей в объединения\nсентябрь\nОО\nдетей на 2%\nдополнительного образования\n2025 г.\n"
      "4.\nРазмещение информации о работе МОЦ\nПостоянно\nКравченко О.Л.\nПубликации, не\n"
      "на официальном сайте и в социальных\nменее 2 в месяц\nсетях\n";

TEST(FlatTables, VisualLinesOfATableEndingWithResults) {
  Plan plan = Extract(kVisualLinesEndingWithResults);
  ASSERT_EQ(plan.events.size(), 4u);
  EXPECT_EQ(plan.events[0].title,
            "Мониторинг реализации программ дополнительного образования в школах и организациях района");
  EXPECT_EQ(plan.events[0].result, "Аналитическая справка");
  EXPECT_EQ(plan.events[0].responsible, std::vector<std::string>{"Методисты МОЦ"});
  EXPECT_EQ(plan.events[1].title.rfind("Формирование муниципального банка лучших практик", 0), 0u);
  EXPECT_EQ(plan.events[1].timing.raw, "В течение года");
  EXPECT_EQ(plan.events[2].title,
            "Проведение информационной кампании по привлечению детей в объединения дополнительного образования");
  EXPECT_EQ(plan.events[2].timing.raw, "Август – сентябрь 2025 г.");
  EXPECT_EQ(plan.events[3].title, "Размещение информации о работе МОЦ на официальном сайте и в социальных сетях");
  EXPECT_EQ(plan.events[3].result, "Публикации, не менее 2 в месяц");
}

// The same table, its second page written column by column ("№" / "п/п" / the numbers,
// the titles, the signature, then the other columns): that page's titles are read, and
// the first page is still rebuilt row by row.
TEST(FlatTables, APageWrittenColumnByColumnAfterOneWrittenRowByRow) {
  Plan plan = Extract(std::string(kVisualLinesEndingWithResults) +
                      "\n\f№\nп/п\n5.\n6.\n\nМероприятия\nОрганизация курсов повышения\nквалификации для педагогов\n"
                      "Муниципальный конкурс\nпрофессионального мастерства\n\nРуководитель МОЦ ________ А.А. Петрова\n\n"
                      "Срок\nисполнения\nПо графику\n\nМарт 2025 г.\n");
  const std::vector<std::string> titles = TitlesOf(plan);
  ASSERT_EQ(titles.size(), 6u);
  EXPECT_EQ(titles[0], "Мониторинг реализации программ дополнительного образования в школах и организациях района");
  EXPECT_EQ(titles[3], "Размещение информации о работе МОЦ на официальном сайте и в социальных сетях");
  EXPECT_EQ(plan.events[3].result, "Публикации, не менее 2 в месяц");  // no "п/п" taken in
  EXPECT_EQ(titles[4], "Организация курсов повышения квалификации для педагогов");
  EXPECT_EQ(titles[5], "Муниципальный конкурс профессионального мастерства");
  EXPECT_EQ(CountOf(plan, "table.row_title_only"), 2);
}

// Plain pdftotext of a table with a column of sections before the titles ("Направление
// деятельности", merged down over each group), visual line by visual line (rows 1 to 5 of
// plan_moc_zarechny_2025's): a group's first row begins with the section's first line
// glued to the title's ("Организационно Разработка и утверждение плана"), and the section
// goes on at the start of later lines, a compound's next part ("-методическое") or the
// rest of a word the column broke ("Информационно" / "е сопровождение деятельности МОЦ на
// официальном"): section rows, the titles whole.
TEST(FlatTables, VisualLinesWithAColumnOfSectionsBeforeTheTitles) {
  Plan plan = Extract(
      "План работы МОЦ на 2025 год\n\n"
      "№\nНаправление\nМероприятия\nСрок\nОтветственные\nПланируемый\nп/п деятельности\n"
      "исполнения\nисполнители\nрезультат\n1.\nОрганизационно Разработка и утверждение плана\n"
      "до 20.01.2025 Руководитель\nУтверждённый\n-методическое\nработы МОЦ на 2025 год\n"
      "МОЦ Петрова\nплан работы\nобеспечение\nА.А.\n2.\nМониторинг реализации\n"
      "Ежекварталь Методисты\nАналитическая\nдополнительных\nно\nМОЦ\nсправка\n"
      "общеобразовательных программ в\nобразовательных организациях\nрайона\n3.\n"
      "Формирование муниципального\nВ течение\nСидоренко В.П., Банк практик на\n"
      "банка лучших практик\nгода\nметодист\nсайте МОЦ\nдополнительного образования\n4.\n"
      "Информационно Размещение информации о\nПостоянно\nКравченко О.Л.\nПубликации, не\n"
      "е сопровождение деятельности МОЦ на официальном\nменее 2 в месяц\n"
      "сайте и в социальных сетях\n5.\nПроведение информационной\nАвгуст –\nРуководители\n"
      "Увеличение охвата\nкампании по привлечению детей в\nсентябрь\nОО\nдетей на 2%\n"
      "объединения дополнительного\n2025 г.\nобразования\n- родительские собрания;\n"
      "- дни открытых дверей\n");
  const std::vector<std::string> titles = TitlesOf(plan);
  ASSERT_EQ(titles.size(), 5u);
  EXPECT_EQ(titles[0], "Разработка и утверждение плана работы МОЦ на 2025 год");
  EXPECT_EQ(titles[1],
            "Мониторинг реализации дополнительных общеобразовательных программ в образовательных организациях района");
  EXPECT_EQ(titles[3], "Размещение информации о деятельности МОЦ на официальном сайте и в социальных сетях");
  EXPECT_EQ(plan.events[0].section, "Организационно-методическое");
  EXPECT_EQ(plan.events[2].section, "Организационно-методическое");
  EXPECT_EQ(plan.events[3].section, "Информационное сопровождение");
  EXPECT_EQ(plan.events[3].result, "Публикации, не менее 2 в месяц");
  EXPECT_EQ(plan.events[4].section, "Информационное сопровождение");
}

// Cell after cell, each cell a list restarted at "1." whose items the wrapped text runs
// together ("опыта; 1." / "рассмотрение …", "МО; 1. создание …"): the first marker, read as
// the row's number, is the first item's, and each item is an event; a cell of one item
// keeps its number.
TEST(FlatTables, ACellsListRestartedAtOneWhoseFirstMarkerLooksLikeTheRowsNumber) {
  Plan plan = Extract(
      "План работы МО на 2025 год\n\n№\n\nп/п\n\nСодержание\n\nдеятельности\n\nСроки\n\nОтветственный\n\n\n\n"
      "2. Информационная деятельность\n\n\n\n1. пополнение банка\n\nпедагогического опыта; 1.\n\n"
      "рассмотрение вопросов на\n\nзаседаниях МО; 1. создание\n\nгруппы МО в сетях\n\nВ течение года\n\n"
      "Руководитель МО\n\n\n\n3. Экспертная деятельность\n\n\n\n1. экспертиза\n\nметодических материалов\n\n"
      "Ежегодно\n\nРуководитель МО\n");
  EXPECT_EQ(TitlesOf(plan), (std::vector<std::string>{"пополнение банка педагогического опыта",
                                                       "рассмотрение вопросов на заседаниях МО",
                                                       "создание группы МО в сетях", "экспертиза методических материалов"}));
  ASSERT_EQ(plan.events.size(), 4u);
  EXPECT_EQ(plan.events[0].number, "");
  EXPECT_EQ(plan.events[2].section, "Информационная деятельность");
  EXPECT_EQ(plan.events[3].number, "1");
}

// The same, a template whose other columns are all empty and whose later labels stand
// inside the wrapped lines ("деятельности; 1." / "рассмотрение …"): every item stays in
// the first column, none is shared out to the empty ones; a dash at a line's start inside
// an item ("(в том числе" / "– электронные)") begins no item.
TEST(FlatTables, ARestartedListInATemplateWhoseOtherColumnsAreEmpty) {
  Plan plan = Extract(
      "План работы МО\n\n№\n\nп/п\n\nСодержание\n\nдеятельности\n\nСроки\n\nпроведения\n\n"
      "Ответственный\n\nОжидаемый\n\nрезультат\n\nПримечание\n\n"
      "2. Информационная деятельность\n\n\n\n1. пополнение\n\nрегионального банка\n\n"
      "педагогического опыта по\n\nданному направлению\n\nдеятельности; 1.\n\nрассмотрение вопросов о\n\n"
      "новых направлениях в\n\nразвитии общего и\n\nдополнительного\n\nобразования детей на\n\n"
      "заседаниях МО\n\n(дистанционное обучение,\n\nформирование\n\nфункциональной\n\n"
      "грамотности, применение\n\nсовременных\n\nпедагогических\n\nтехнологий и т.п.); 1.\n\n"
      "рассмотрение содержания\n\nобразовательных\n\nпрограмм, новых\n\nучебников (ФПУ), учебно-\n\n"
      "методических комплектов\n\nна заседаниях МО; 1.\n\nпубликации (в том числе\n\n– электронные) в\n\n"
      "журналах, сборниках\n\nматериалов; 1.\n\nдеятельность/создание\n\nгруппы МО в социальных\n\n"
      "сетях; 1. информирование\n\nпедагогов о новых\n\nпроцессах в системе\n\nобразования\n\n\n\n"
      "3. Организационно-координирующая деятельность\n\n\n\n1. планирование и\n\nорганизация работы МО\n");
  EXPECT_EQ(TitlesOf(plan),
            (std::vector<std::string>{
                "пополнение регионального банка педагогического опыта по данному направлению деятельности",
                "рассмотрение вопросов о новых направлениях в развитии общего и дополнительного образования детей "
                "на заседаниях МО (дистанционное обучение, формирование функциональной грамотности, применение "
                "современных педагогических технологий и т.п.)",
                "рассмотрение содержания образовательных программ, новых учебников (ФПУ), учебно-методических "
                "комплектов на заседаниях МО",
                "публикации (в том числе – электронные) в журналах, сборниках материалов",
                "деятельность/создание группы МО в социальных сетях",
                "информирование педагогов о новых процессах в системе образования",
                "планирование и организация работы МО"}));
  for (const Event& e : plan.events) EXPECT_EQ(e.result, "") << e.title;
}

// Plain pdftotext of plan_mo_2025's PDF (tests/data/flattened), a two-column plan whose first page is written row
// by row and whose last page column by column: the titles, then the timing column's title
// again over the page's timings ("по запросу" / "по отдельному" / "графику"). The timings
// go to the page's rows in order, split where each reads as a timing; the last title ends
// before them.
TEST(FlatTables, TheLastPagesTimingsWrittenAfterItsTitles) {
  Plan plan = ExtractFlattened("plan_mo_2025.pdftotext.txt");
  ASSERT_EQ(plan.events.size(), 7u);
  EXPECT_EQ(plan.events[4].timing.raw, "июнь");
  EXPECT_EQ(plan.events[5].timing.raw, "по запросу");
  EXPECT_EQ(plan.events[6].title,
            "Взаимо посещения занятий педагогами дополнительного образования (по согласованию) в целях обмена опытом.");
  EXPECT_EQ(plan.events[6].timing.raw, "по отдельному графику");
  EXPECT_EQ(plan.events[6].timing.kind, TimingKind::kBySchedule);
}

// MuPDF's text of plan_odo_2025's PDF (tests/data/flattened): a position alone on the line before a person's name
// ("Методист МОЦ" / "Кузнецова Е.И."), right under another column's last line ("Методисты
// ОДО"), begins the person's cell.
TEST(FlatTables, APositionAloneBeforeANameBeginsTheResponsibleCell) {
  Plan plan = ExtractFlattened("plan_odo_2025.mutool.txt");
  ASSERT_GE(plan.events.size(), 2u);
  EXPECT_EQ(plan.events[1].title, "Формирование муниципального банка дополнительных общеразвивающих программ");
  EXPECT_EQ(plan.events[1].audience, "Методисты ОДО");
  EXPECT_EQ(plan.events[1].responsible, std::vector<std::string>{"Методист МОЦ Кузнецова Е.И."});
}

// The same table with the unnumbered line only one blank line after the row: a
// continuation of the row's result, not a section.
TEST(FlatTables, ALineWithoutAWiderGapStaysInTheRow) {
  std::string text = kSchool;
  const std::string from = "Конспекты уроков\n\n\nРабота с одарёнными детьми";
  text.replace(text.find(from), from.size(), "Конспекты уроков\n\nРабота с одарёнными детьми");
  Plan plan = Extract(text);
  ASSERT_EQ(plan.events.size(), 3u);
  EXPECT_EQ(plan.events[2].section, "Методическая работа");
}

TEST(FlatTables, ProseWithoutAHeaderIsLeftAlone) {
  const char* text = "Отчёт о работе\n\nВ течение года проведено 5 заседаний.\n\nСроки соблюдены.\n";
  Result<Document> doc = ReadDocumentBytes(text, "prose.txt", ReaderOptions());
  ASSERT_TRUE(doc.ok());
  Document copy = doc.value();
  EXPECT_EQ(RebuildFlattenedTables(&copy, FlatTableOptions()), 0);
  EXPECT_EQ(copy.body.size(), doc.value().body.size());
}

TEST(FlatTables, PlainPdftotextRowsWrittenLineByLineAcrossTheCells) {
  // Plain pdftotext writes a row visual line by visual line: the title's first line, the
  // timing and the people beside it, then the title's next lines. The number may stand
  // alone on its line, and a title's last line may come after the people.
  Plan plan = Extract(
      "№\nТема заседания, вопросы\nСроки\nОтветственные\n"
      "1.\nЗаседание № 1. Планирование работы МО на\nавгуст\nФельдман А.З.\n"
      "2024/2025 учебный год\n"
      "2.\nЗаседание № 2. Формирование\nноябрь\nФельдман А.З.\n"
      "функциональной грамотности младших\nСидорова Е.П.\nшкольников\n"
      "3.\nЗаседание № 3. Итоги ВПР и мониторинга\nI полугодие,\nкачества знаний\nянварь\n");
  ASSERT_EQ(plan.events.size(), 3u);
  EXPECT_EQ(plan.events[0].title, "Заседание № 1. Планирование работы МО на 2024/2025 учебный год");
  EXPECT_EQ(plan.events[0].timing.raw, "август");
  EXPECT_EQ(plan.events[0].responsible, std::vector<std::string>{"Фельдман А.З."});
  EXPECT_EQ(plan.events[1].title, "Заседание № 2. Формирование функциональной грамотности младших школьников");
  EXPECT_EQ(plan.events[1].responsible, (std::vector<std::string>{"Фельдман А.З.", "Сидорова Е.П."}));
  EXPECT_EQ(plan.events[2].title, "Заседание № 3. Итоги ВПР и мониторинга качества знаний");
  EXPECT_EQ(plan.events[2].timing.raw, "I полугодие, январь");
  EXPECT_FALSE(HasDiagnostic(plan, "text.table_by_columns"));
}

TEST(FlatTables, CellAfterCellTextIsNotReorderedAcrossBlankLines) {
  // The same value lines with blank lines between: cell after cell, left as written.
  Plan plan = Extract(
      "№\n\nНаименование\n\nСроки\n\nОтветственный\n\nРезультат\n\n"
      "1. Взаимопосещение уроков\n\nв течение\n\nгода\n\nучителя МО\n\nСправка по итогам\n\n"
      "2. Открытые уроки\n\nмарт\n\nСидорова Е.П.\n\nконспекты уроков\n\n");
  ASSERT_EQ(plan.events.size(), 2u);
  EXPECT_EQ(plan.events[0].title, "Взаимопосещение уроков");
  EXPECT_EQ(plan.events[0].timing.raw, "в течение года");
}

TEST(FlatTables, TableWrittenColumnByColumnIsReported) {
  // The row numbers one under the other: pdftotext wrote the table column by column.
  Plan plan = Extract(
      "План работы на 2026 год\n\n№\n1.\n2.\n\n3.\n\nНаименование\nмероприятия\n"
      "Утверждение плана\nработы на 2026 год\n\nСроки\n\nОказание помощи\nшколам\n");
  const Diagnostic* found = nullptr;
  for (const Diagnostic& d : plan.diagnostics) {
    if (d.code == "text.table_by_columns") found = &d;
  }
  ASSERT_NE(found, nullptr);
  EXPECT_EQ(found->span.first_line, 3);
  EXPECT_EQ(found->span.last_line, 5);
  EXPECT_NE(found->message.find("pdftotext -layout"), std::string::npos);
  // A column title after a row has begun, followed by that column's values, says the same.
  plan = Extract("№\nМероприятие\n1.\nВзаимопосещение уроков\n\nСрок\n\nОтветственный\n\nоктябрь\n");
  EXPECT_TRUE(HasDiagnostic(plan, "text.table_by_columns"));
  // Titles followed by no values (the last page's empty columns, another table's empty
  // header, a signature) are no such sign.
  plan = Extract("№\nМероприятие\n1.\nВзаимопосещение уроков\n\nСрок\n\nОтветственный\n\n"
                 "Заседания МО\nДата\nПовестка\n\nРуководитель МО:__________ Подпись:__________\n");
  EXPECT_FALSE(HasDiagnostic(plan, "text.table_by_columns"));
  // A numbered list of tasks followed by a table's header is no such table.
  plan = Extract("Задачи:\n1. Усилить работу.\n2. Создать условия.\nНазвание мероприятия\n"
                 "Сроки проведения\n1.Семинар\nоктябрь\n");
  EXPECT_FALSE(HasDiagnostic(plan, "text.table_by_columns"));
}

// LibreOffice's text export: a cell per line, a blank line for an empty cell, and a header
// of two rows written row after row, the group "Организация мероприятия" first, its columns
// "Форма проведения" and "Сроки проведения" after the merged cells' blank lines. Rows
// without a number column keep the number typed before the title.
TEST(FlatTables, CellPerLineTextWithATwoRowHeader) {
  Plan plan = Extract(
      "№ п/п\nНаименование мероприятия\nОрганизация мероприятия\nЦелевая аудитория\n"
      "Ответственный\n\n\nФорма проведения\nСроки проведения\n\n"
      "1.\nМастерская заместителей директоров\nКруглые столы, совещания\nсентябрь 2023 г.\n"
      "Заместители директоров по УВР\nТютерева А.М.\n"
      "2.\nТворческая лаборатория  молодых педагогов\nМастер-классы\nоктябрь 2023 г.\n"
      "Специалисты ДО\nМихайлова Т.В.\n"
      "\nКонкурс чтецов\nКонкурс\nноябрь 2023 г.\nОбучающиеся\nМОЦ, ОУ\n"
      "3\nИтоговое совещание\nСовещание\nмай 2024 г.\nПедагоги\nТютерева А.М.\n");
  ASSERT_EQ(plan.events.size(), 4u);
  EXPECT_EQ(plan.events[0].form, "Круглые столы, совещания");
  EXPECT_EQ(plan.events[0].timing.raw, "сентябрь 2023 г.");
  EXPECT_EQ(plan.events[0].audience, "Заместители директоров по УВР");
  EXPECT_EQ(plan.events[1].title, "Творческая лаборатория молодых педагогов");
  EXPECT_EQ(plan.events[2].number, "");  // a row without a number, after its empty cell
  EXPECT_EQ(plan.events[2].title, "Конкурс чтецов");
  EXPECT_EQ(plan.events[2].responsible, (std::vector<std::string>{"МОЦ", "ОУ"}));
  EXPECT_EQ(plan.events[3].number, "3");  // "3" without its dot after "2."
  EXPECT_EQ(plan.events[3].title, "Итоговое совещание");

  plan = Extract("Название мероприятия\nСроки проведения\n"
                 "1.Организация деятельности методического объединения.\nв течение года\n"
                 "2.Заседание рабочей группы по достижению показателя в 2025-2026 учебном году\nоктябрь\n");
  ASSERT_EQ(plan.events.size(), 2u);
  EXPECT_EQ(plan.events[0].number, "1");
  EXPECT_EQ(plan.events[1].title, "Заседание рабочей группы по достижению показателя в 2025-2026 учебном году");
  EXPECT_EQ(plan.events[1].timing.raw, "октябрь");
}

// People named by position in lower case ("учителя МО") after the timing are the responsible
// cell, not the title's next line; after a person by name, such a line goes on with the
// title, as plain pdftotext interleaves a row's visual lines.
TEST(FlatTables, LowerCasePositionAfterTheTimingIsTheResponsibleCell) {
  Plan plan = Extract(
      "№ п/п\nМероприятие\nСрок\nОтветственный\nОжидаемый результат\n"
      "1.\nВзаимопосещение уроков\nв течение года\nучителя МО\nСправка по итогам посещения\n"
      "2.\nОткрытые уроки\nмарт\nСидорова Е.П.\nКонспекты уроков\n");
  ASSERT_EQ(plan.events.size(), 2u);
  EXPECT_EQ(plan.events[0].title, "Взаимопосещение уроков");
  EXPECT_EQ(plan.events[0].responsible, std::vector<std::string>{"учителя МО"});
  EXPECT_EQ(plan.events[0].result, "Справка по итогам посещения");
}

// A page number standing alone at a page break ("\f" / "2") belongs to no cell, and is no
// sign of a table written column by column (numbers one under the other).
TEST(FlatTables, PageNumbersAtPageBreaksAreLeftOut) {
  for (const char* number : {"2", "- 2 -", "Стр. 2 из 5"}) {
    Plan plan = Extract(std::string(
        "№ п/п\nМероприятие\nСроки\nОтветственный\n"
        "1.\nЗаседание ГМО по\nпланированию работы\nсентябрь\nИванова А.А.\n"
        "2.\nСеминар для молодых\nпедагогов\nоктябрь\nПетрова Б.Б.\n\n\f\n") + number + "\n\n"
        "3.\nКонкурс методических\nразработок\nноябрь\nСидоров В.В.\n");
    ASSERT_EQ(plan.events.size(), 3u) << number;
    EXPECT_EQ(plan.events[1].responsible, std::vector<std::string>{"Петрова Б.Б."}) << number;
    EXPECT_EQ(plan.events[2].title, "Конкурс методических разработок") << number;
    EXPECT_FALSE(HasDiagnostic(plan, "text.table_by_columns")) << number;
  }
}

// A place name in capitals goes on with the phrase before it ("в муниципальном
// образовании" / "Кировский район", "Школьники" / "Мурманской области"): it starts no cell.
TEST(FlatTables, APlaceNameContinuesTheCellBeforeIt) {
  Plan plan = Extract(
      "№\nМероприятие\nФорма\nСроки\nУчастники\nРезультат\n"
      "1. Конкурс чтецов в\nмуниципальном\nобразовании\nКировский район\nФестиваль\nоктябрь\n"
      "Школьники\nМурманской области\nДипломы\nучастников\n"
      "2. Семинар для\nучителей\nКруглый стол\nноябрь\nУчителя школ\nРекомендации\n");
  ASSERT_EQ(plan.events.size(), 2u);
  const Event& e = plan.events[0];
  EXPECT_EQ(e.title, "Конкурс чтецов в муниципальном образовании Кировский район");
  EXPECT_EQ(e.form, "Фестиваль");
  EXPECT_EQ(e.timing.raw, "октябрь");
  EXPECT_EQ(e.audience, "Школьники Мурманской области");
  EXPECT_EQ(e.result, "Дипломы участников");
}

// After a page break: a result that ends without a full stop, then the responsible
// people. The first person belongs with the others, not with the result; the text after
// the break goes back to the cell broken off after a comma, in one piece.
TEST(FlatTables, PeopleAfterAResultAndTextAfterAPageBreakFindTheirCells) {
  Plan plan = Extract(
      "№\nМероприятие\nФорма\nСроки\nРезультат\nОтветственный\n"
      "1. Информирование\nпедагогов\nРазмещение\nинформации на сайте\nМКУ «ИМЦ»,\n\n\n"
      " В течение года  Обеспечение\nоткрытости\nИванова А.А.\nПетрова Б.Б.\n\n\n"
      "официальных аккаунтах\nв социальных сетях\n"
      "2. Семинар\nКруглый стол\nмай\nРекомендации\nСидорова В.В.\n");
  ASSERT_EQ(plan.events.size(), 2u);
  const Event& e = plan.events[0];
  EXPECT_EQ(e.title, "Информирование педагогов");
  EXPECT_EQ(e.form, "Размещение информации на сайте МКУ «ИМЦ», официальных аккаунтах в социальных сетях");
  EXPECT_EQ(e.timing.raw, "В течение года");
  EXPECT_EQ(e.result, "Обеспечение открытости");
  EXPECT_EQ(e.responsible, (std::vector<std::string>{"Иванова А.А.", "Петрова Б.Б."}));
}

// After a page break the rest of the title (broken with a hyphen) comes first, then the
// rest of the result, which ends with a full stop as results do and event names do not:
// the full stop tells where the title's rest ends.
TEST(FlatTables, AFullStopAfterAPageBreakEndsAResultNotATitle) {
  Plan plan = Extract(
      "№\nМероприятие\nСроки\nРезультат\nОтветственный\n"
      "1. Практикум по цифровым\nобразовательным\nресурсам для\nначинающих\nпедагогов-\n"
      "октябрь\nПовышение\nкомпетентности педагогов\nв использовании\nИванова А.А.\n\n\n"
      "наставников\nцифровых платформ,\nобмен опытом.\n"
      "2. Семинар\nмай\nРекомендации\nСидорова В.В.\n");
  ASSERT_EQ(plan.events.size(), 2u);
  const Event& e = plan.events[0];
  EXPECT_EQ(e.title, "Практикум по цифровым образовательным ресурсам для начинающих педагогов-наставников");
  EXPECT_EQ(e.result, "Повышение компетентности педагогов в использовании цифровых платформ, обмен опытом.");
  EXPECT_EQ(e.responsible, std::vector<std::string>{"Иванова А.А."});
}

// A template's table whose other columns stay empty row after row: a row whose title runs
// on in lower case over a page break keeps it whole, instead of sharing its end out to
// the columns no row has filled.
TEST(FlatTables, ColumnsTheRowsLeaveEmptyDoNotPullARowsText) {
  Plan plan = Extract(
      "№\nСодержание\nСроки\nМесто\nОтветств Ожидаем\nп/п деятельности\n"
      "проведе проведен енный\nый\nния\nия, форма\nрезультат\n"
      "2. Информационная деятельность\n1. пополнение\nрегионального\nбанка опыта;\n"
      "1. рассмотрение\nвопросов на\nзаседаниях МО;\n1. информирование\nпедагогов\n"
      "3. Организационно-координирующая деятельность\n1. планирование и\nорганизация\n"
      "работы МО:\nразработка и\nутверждение\nпланов,\n\nОжидаем\nый\nрезультат\n\n"
      "Прим\nечани\nе\n\n№\nп/п\n\nСодержание\nдеятельности\n\nСроки\nпроведе\nния\n\n"
      "Место\nОтветств\nпроведен енный\nия, форма\n\nциклограмм деяте\n"
      "льности педагогов\n, программ\nиндивидуального\nразвития\n"
      "4. Научно-методическая деятельность\n1. участие в\nсеминарах;\n1. обобщение\n"
      "опыта\n");
  const std::vector<std::string> titles = TitlesOf(plan);
  ASSERT_EQ(titles.size(), 6u);
  EXPECT_EQ(titles[3], "планирование и организация работы МО: разработка и утверждение планов, циклограмм "
                       "деятельности педагогов, программ индивидуального развития");
  EXPECT_EQ(plan.events[3].result, "");
}

// Under the last row: a second table's header with no rows ("Заседания МО" / "Дата" /
// "Повестка" / "Выступающий"), then a signature one blank line below. Neither belongs to
// the row.
TEST(FlatTables, AnotherTablesHeaderAndASignatureEndTheLastRow) {
  const std::string table =
      "№\nМероприятие\nСроки\nОтветственный\nРезультат\n"
      "1. Семинар для\nучителей\nоктябрь\nИванова И.И.\nМетодические\nрекомендации\n"
      "2. Конкурс\nпедагогов\nноябрь\nПетров П.П.\nСписок победителей\n\n";
  for (const std::string& tail : {std::string("Заседания МО\nДата\nПовестка\n\nВыступающий\n\n"
                                              "Руководитель МО:__________ Подпись:__________\n"),
                                  std::string("Руководитель МО:__________ Подпись:__________\n")}) {
    Plan plan = Extract(table + tail);
    ASSERT_EQ(plan.events.size(), 2u) << tail;
    const Event& last = plan.events[1];
    EXPECT_EQ(last.title, "Конкурс педагогов");
    EXPECT_EQ(last.timing.raw, "ноябрь");
    EXPECT_EQ(last.responsible, std::vector<std::string>{"Петров П.П."});
    EXPECT_EQ(last.result, "Список победителей") << tail;
    EXPECT_EQ(last.span.last_line, 16) << tail;
  }
}

// A template's table as plain pdftotext writes it: numbered section headings, each
// cell a list Word restarts at "1.", the other columns empty, and after the page break
// the header again as blocks of column titles (some before the "№", broken mid-word)
// with the cell's text going on after them.
const char* kRestartedItems =
    "№\nСодержание\nСроки\nОтветственный\nп/п деятельности\nпроведения\n"
    "2. Информационная деятельность\n"
    "1. пополнение\nрегионального\nбанка опыта;\n"
    "1. рассмотрение\nсодержания\n\n"
    "Прим\nечани\nе\n\n\f№\nп/п\n\nСодержание\nдеятельности\n\nСроки\nпроведе\nния\n\n"
    "образовательных\nпрограмм на\nзаседаниях МО;\n"
    "3. Экспертная деятельность\n"
    "1. экспертиза\nматериалов;\n"
    "1. рецензирование\nпрограмм\n";

TEST(FlatTables, ListRestartedInEachCellGivesOneEventPerItem) {
  Plan plan = Extract(kRestartedItems);
  const std::vector<std::string> titles = TitlesOf(plan);
  EXPECT_EQ(titles, (std::vector<std::string>{"пополнение регионального банка опыта",
                                              "рассмотрение содержания образовательных программ на заседаниях МО",
                                              "экспертиза материалов", "рецензирование программ"}));
}

TEST(FlatTables, NextNumberedHeadingEndsTheRowAndOpensASection) {
  Plan plan = Extract(kRestartedItems);
  ASSERT_EQ(plan.events.size(), 4u);
  EXPECT_EQ(plan.events[1].section, "Информационная деятельность");
  EXPECT_EQ(plan.events[2].section, "Экспертная деятельность");
}

TEST(FlatTables, HeaderRepeatedAfterAPageBreakIsLeftOutOfTheRow) {
  Plan plan = Extract(kRestartedItems);
  for (const Event& e : plan.events) {
    for (const char* word : {"Прим", "ечани", "п/п", "Сроки", "проведе"}) {
      EXPECT_EQ(e.title.find(word), std::string::npos) << e.title;
      EXPECT_EQ(e.note.find(word), std::string::npos) << e.note;
      EXPECT_EQ(e.timing.raw.find(word), std::string::npos) << e.timing.raw;
    }
  }
  // Where no sentence goes on after the repeated header, the row ends before it and the
  // header's pieces stay out of the row too.
  plan = Extract(
      "№\nСодержание\nСроки\nОтветственный\n"
      "1. Семинар для учителей\nоктябрь\nИванов И.И.\n\nПрим\nечани\nе\n\n\f№\nп/п\n\nСроки\n\n"
      "2. Конкурс чтецов\nмарт\nПетрова А.А.\n");
  ASSERT_EQ(plan.events.size(), 2u);
  EXPECT_EQ(plan.events[0].title, "Семинар для учителей");
  EXPECT_EQ(plan.events[0].timing.raw, "октябрь");
  EXPECT_EQ(plan.events[0].responsible, std::vector<std::string>{"Иванов И.И."});
  EXPECT_EQ(plan.events[1].title, "Конкурс чтецов");
}
TEST(FlatTables, RepeatedHeaderOrAColumnWordInACellIsNoColumnWiseTable) {
  auto flagged = [](const std::string& text) { return HasDiagnostic(Extract(text), "text.table_by_columns"); };
  // Column titles after a row has begun, running on to the "№" of the header that plain
  // pdftotext repeats after a page break.
  EXPECT_FALSE(flagged(
      "№\nСодержание\nСроки\nОтветственный\n1. пополнение\nбанка опыта;\n\nОжидаем\nый\nрезультат\n"
      "\n\f№\nп/п\n\nСодержание\n\nобразовательных программ\n2. Семинар для учителей\n"));
  // A cell's line that begins with a column's word.
  EXPECT_FALSE(flagged("№\nСодержание\nСроки\nОтветственный\n1. участие в\nмероприятиях,\n"
                       "форма проведения\nи название\n2. Семинар для учителей\n"));
  // Column titles as blocks of their own after a row: written column by column.
  EXPECT_TRUE(flagged("№\nМероприятие\n1.\nВзаимопосещение уроков\n\nСрок\n\nОтветственный\n\n"
                      "в течение года\n"));
}

// Plain pdftotext wrote this table column by column: the numbers stay with the titles,
// but the timings, people and results come after as blocks of their own, with their
// column titles, in an order that cannot be matched to the rows.
const char* kColumnWise =
    "IV. Работа с педагогами\n№\nМероприятие\nп/п\nМетодическая работа\n1.\nВзаимопосещение уроков\n\n"
    "Срок\n\nОтветственн\nый\n\nОжидаемый\nрезультат\n\nв течение\nгода\n\nучителя МО\n\n"
    "Справка по\nитогам\n\n\f№\nМероприятие\nп/п\n1.1. Открытые уроки в рамках\n"
    "недели начальной школы\nРабота с одарёнными детьми\n2.\nШкольный этап олимпиады\n"
    "«Русский медвежонок»\n\nРуководитель ШМО\n\nСрок\nмарт\n\n_____________ А.З. Фельдман\n";

TEST(FlatTables, TableWrittenColumnByColumnGivesItsTitlesAndSaysSo) {
  Plan plan = Extract(kColumnWise);
  ASSERT_EQ(plan.events.size(), 3u);
  EXPECT_EQ(plan.events[0].number, "1");
  EXPECT_EQ(plan.events[0].title, "Взаимопосещение уроков");
  EXPECT_EQ(plan.events[0].section, "Методическая работа");
  EXPECT_EQ(plan.events[1].number, "1.1");
  EXPECT_EQ(plan.events[1].title, "Открытые уроки в рамках недели начальной школы");
  EXPECT_EQ(plan.events[2].title, "Школьный этап олимпиады «Русский медвежонок»");
  EXPECT_EQ(plan.events[2].section, "Работа с одарёнными детьми");
  for (const Event& e : plan.events) {
    // Nothing from the other columns is guessed into a row.
    EXPECT_EQ(e.timing.raw, "");
    EXPECT_TRUE(e.responsible.empty());
    EXPECT_EQ(e.result, "");
    EXPECT_LT(e.confidence, 1.0);
  }
  std::vector<int> flagged;
  for (const Diagnostic& d : plan.diagnostics) {
    if (d.code == "table.row_title_only") flagged.push_back(d.span.first_line);
  }
  EXPECT_EQ(flagged, (std::vector<int>{6, 28, 31}));
}

TEST(FlatTables, NumberAndTitleHeaderWithoutOtherColumnsIsNoColumnWiseTable) {
  // "№" and "Мероприятие" with rows and no other column titles: nothing to rebuild as
  // titles only (the text is not a table written column by column).
  EXPECT_FALSE(HasDiagnostic(Extract("№\nМероприятие\n1.\nВзаимопосещение уроков\n\n2.\nОткрытые уроки\n"),
                            "table.row_title_only"));
}

// Plain pdftotext wrote this table column by column with the numbers apart: on each
// page "№" and the numbers, the plan's title, the title column's header and titles, other
// columns' titles and values in blocks of their own (some titles among them), then the
// result column, whose text must not be read as titles.
const char* kTitleColumnRuns =
    "№\n1.\n2.\n\n3.\n\nПлан работы опорного центра\nна 2026 год\n"
    "Наименование\nмероприятия\nУтверждение плана\nработы МОЦ на 2026 год\n\nСроки\n\n"
    "Оказание методической\nпомощи школам\nИспользование ресурсов\n«Точек Роста»\n\n"
    "В течение\nгода\n\nМОЦ, ОУ\n\nИнформационная\nкампания\n«Дополнительное\nобразование каждому\n\n"
    "Ежеквартал\nьно\n\nМОЦ\n\nРезультат\n\nПлан работы,\nлокальные акты\n\nРассылка по\nшколам\n"
    "\f№\n4.\n5.\n\nНаименование\nмероприятия\nребенку»\nМониторинг\nдеятельности МОЦ\n\n"
    "Сроки\n\nДекабрь\n\nМОЦ, УДО Итоговый\nотчет\n\nРезультат\n\nОтчет\n";

TEST(FlatTables, TitlesOfATableWrittenColumnByColumnWithTheNumbersApart) {
  Plan plan = Extract(kTitleColumnRuns);
  const std::vector<std::string> titles = TitlesOf(plan);
  EXPECT_EQ(titles, (std::vector<std::string>{
                        "Утверждение плана работы МОЦ на 2026 год", "Оказание методической помощи школам",
                        "Использование ресурсов «Точек Роста»",
                        "Информационная кампания «Дополнительное образование каждому ребенку»",
                        "Мониторинг деятельности МОЦ"}));
  EXPECT_EQ(plan.title.text, "План работы опорного центра на 2026 год");
  EXPECT_EQ(CountOf(plan, "table.row_title_only"), 5);
  for (const Event& e : plan.events) EXPECT_EQ(e.number, "");  // numbers cannot be matched
}

// The same with no number column: each page begins at the title column's header, the
// first title in its block; the other columns' titles begin blocks of their values. The
// titles wrap at about 28 characters ("помощи образовательным" / "организациям": 35);
// "Увеличение охвата" / "детей" (23) wrapped in the narrower result column, and comes
// among the title blocks before the result column's title on the second page. A title
// goes on under the second page's header.
const char* kTitleColumnRunsUnnumbered =
    "План работы опорного центра на 2026 год\n\n"
    "Наименование мероприятия\nОказание методической\nпомощи образовательным\nорганизациям\n\n"
    "Сроки\nЯнварь 2026г.\n\nИсполнитель\nМОЦ\n\n"
    "Популяризация региональных\nоткрытых конкурсов на\nвыявление лучших практик и\n\n"
    "В течение года\n\nМОЦ, ОУ\n\nРезультат\nПлан работы,\nлокальные акты\n\n"
    "\fНаименование мероприятия\nинвентаризация реализуемых\nпрограмм дополнительного\nобразования\n"
    "Персонифицированный учет\nдетей, обучающихся по\nдополнительным программам\n\n"
    "Сроки\n(июль-август)\n\nИсполнитель\n\nМОЦ, УДО\n\nУвеличение охвата\nдетей\n\nПостоянно\n\n"
    "Результат\nНаполнение\nнавигатора\n";

TEST(FlatTables, TitlesOfATableWrittenColumnByColumnWithoutANumberColumn) {
  Plan plan = Extract(kTitleColumnRunsUnnumbered);
  const std::vector<std::string> titles = TitlesOf(plan);
  EXPECT_EQ(titles, (std::vector<std::string>{
                        "Оказание методической помощи образовательным организациям",
                        "Популяризация региональных открытых конкурсов на выявление лучших практик и "
                        "инвентаризация реализуемых программ дополнительного образования",
                        "Персонифицированный учет детей, обучающихся по дополнительным программам"}));
  EXPECT_TRUE(HasDiagnostic(plan, "text.table_by_columns"));
  EXPECT_EQ(CountOf(plan, "table.row_title_only"), 3);
  // A title column's header with its other columns' titles right under it is a table
  // written row by row, and a first title in lower case continues nothing: neither is read so.
  for (const std::string& head : {std::string("Наименование мероприятия\nСроки\nИсполнитель\n"),
                                  std::string("Наименование мероприятия\nоказание методической\n")}) {
    EXPECT_FALSE(HasDiagnostic(Extract(head + "Оказание помощи\n\nСроки\nЯнварь\n\nИсполнитель\nМОЦ\n"),
                               "table.row_title_only"))
        << head;
  }
}

// Plain pdftotext wrote this month-led table column by column, page by page: the months,
// then the titles (a cell's list restarted at "1.", bullets, some written apart from their
// items), then the people; the header again on the second page, its last column's title
// after the values; a paragraph after the table.
const char* kMonthColumns =
    "План работы МО учителей начальных классов на 2026-2027 учебный год\n\n"
    "Месяц\nСодержание работы\nОтветственный\nСентябрь\n\nОктябрь\nНоябрь\nДекабрь –\nянварь\n\n"
    "1. Заседание МО № 1 «Планирование работы\nна год»\n1. Утверждение тем самообразования\n"
    "\u2022 Проведение школьного этапа олимпиады\n\u2022 Взаимопосещение уроков\n"
    "Заседание МО № 2 «Итоги первой четверти»\n\n"
    "Руководитель МО\nИванова А.А.\nУчителя-предметники\nПетров П.П.\n\nОтметка о\nвыполнении\n"
    "\fМесяц\n\nСодержание работы\n\nОтветственный\n\nФевраль\nМарт\nАпрель\n\n\u2022\n\u2022\n\n"
    "Анализ результатов пробных\nэкзаменов\nНеделя начальной школы\n\nЗам. директора по УВР\n\n"
    "Отметка о\nвыполнении\n\nПлан рассмотрен на заседании педагогического совета.\n";

TEST(FlatTables, TitlesOfAMonthLedTableWrittenColumnByColumn) {
  Plan plan = Extract(kMonthColumns);
  const std::vector<std::string> titles = TitlesOf(plan);
  EXPECT_EQ(titles, (std::vector<std::string>{
                        "Заседание МО № 1 «Планирование работы на год»", "Утверждение тем самообразования",
                        "Проведение школьного этапа олимпиады", "Взаимопосещение уроков",
                        "Заседание МО № 2 «Итоги первой четверти»", "Анализ результатов пробных экзаменов",
                        "Неделя начальной школы"}));
  for (const Event& e : plan.events) {
    EXPECT_EQ(e.number, "");  // "1." numbers a cell's list, not the row
    EXPECT_EQ(e.timing.raw, "");  // four months, seven titles: nothing ties them
    EXPECT_TRUE(e.responsible.empty());
  }
  EXPECT_EQ(CountOf(plan, "table.row_title_only"), 7);
  EXPECT_TRUE(HasDiagnostic(plan, "text.table_by_columns"));
}

TEST(FlatTables, TwoLinesOfOneTimingBeforeATitleAreNoColumnOfMonths) {
  // "Сентябрь –" / "октябрь" is one timing; the title follows it: a row written visual line
  // by visual line, read with its timing.
  Plan plan = Extract(
      "Месяц\nСодержание работы\nОтветственный\nСентябрь –\nоктябрь\nЗаседание МО № 1\nИванова А.А.\n"
      "Ноябрь\nОткрытые уроки\nПетров П.П.\n");
  ASSERT_FALSE(plan.events.empty());
  EXPECT_EQ(plan.events[0].timing.raw, "Сентябрь – октябрь");
  EXPECT_FALSE(HasDiagnostic(plan, "text.table_by_columns"));
}

TEST(FlatTables, HeaderWrittenVisualLineByVisualLine) {
  // Plain pdftotext wrote the header's first words a column per line, then the second
  // words ("п/п деятельности" / "исполнения" / …): "результат" completes "Планируемый".
  Plan plan = Extract(
      "План работы МОЦ на 2025 год\n№\nНаправление\nМероприятия\nСрок\nОтветственные\nПланируемый\n"
      "п/п деятельности\nисполнения\nисполнители\nрезультат\n\n1.\n\nОрганизационно-методическое "
      "обеспечение\n\nРазработка и утверждение плана работы\n\nдо 20.01.2025\n\nПетрова А.А.\n\n"
      "Утверждённый план работы\n\n2.\n\nМониторинг реализации программ\n\nежеквартально\n\n"
      "Иванова И.И.\n\nАналитическая справка\n");
  ASSERT_EQ(plan.events.size(), 2u);
  EXPECT_EQ(plan.events[0].title, "Разработка и утверждение плана работы");
  EXPECT_EQ(plan.events[0].section, "Организационно-методическое обеспечение");
  EXPECT_EQ(plan.events[0].result, "Утверждённый план работы");
  EXPECT_EQ(plan.events[1].result, "Аналитическая справка");
  EXPECT_EQ(plan.events[1].responsible, std::vector<std::string>{"Иванова И.И."});
}

TEST(FlatTables, AnItemsNumberStaysWithItsTextAfterTheMonth) {
  // Cell after cell, a month and the first item of its cell on one line ("Март 1. Открытые
  // уроки"): "1." begins the item, it is no date of the month's.
  Plan plan = Extract(
      "План работы МО на 2026-2027 учебный год\n\nМесяц\n\nСодержание\n\nработы\n\nОтветственный\n\n"
      "Сентябрь\n\n1. Заседание МО\n\n«Планирование работы»\n\n1. Утверждение тем\n\nсамообразования\n\n"
      "Иванова А.А.\n\n\nМарт 1. Открытые уроки\n\nмолодых педагогов 1.\n\nПодготовка к ОГЭ\n\n"
      "Козлов Д.И.\n\n\nАпрель\n\nНеделя науки\n\nПетров П.П.\n");
  ASSERT_EQ(plan.events.size(), 5u);
  EXPECT_EQ(plan.events[2].title, "Открытые уроки молодых педагогов");
  EXPECT_EQ(plan.events[2].timing.raw, "Март");
  EXPECT_EQ(plan.events[3].title, "Подготовка к ОГЭ");
  EXPECT_EQ(plan.events[3].timing.raw, "Март");
}

// Plain pdftotext of a numbered table, visual line by visual line: the header's second
// line ("п/п" / "проведения") after the first, section rows before the rows' numbers, a
// title that opens a list ("… документов:" / "- ФГОС …;"), a person's position ending open
// ("Зам. директора по" / "УВР Кузнецова" / "Л.М."), the approval block after the table.
const char* kVisualSections =
    "План работы с молодыми специалистами на 2025-2026 учебный год\n"
    "№\n"
    "Содержание работы\n"
    "Форма\n"
    "Сроки\n"
    "Ответственный\n"
    "п/п\n"
    "проведения\n"
    "Организационная работа\n"
    "1.\n"
    "Составление индивидуальных планов Собеседование Сентябрь –\n"
    "Наставники\n"
    "профессионального развития молодых\n"
    "октябрь\n"
    "педагогов\n"
    "2.\n"
    "Анкетирование молодых\n"
    "Анкетирование Октябрь\n"
    "Педагог-психолог\n"
    "специалистов «Затруднения в работе»\n"
    "Серова А.И.\n"
    "Методическая работа\n"
    "3.\n"
    "Изучение нормативных документов:\n"
    "Консультация Сентябрь\n"
    "Зам. директора по\n"
    "- ФГОС НОО и ООО;\n"
    "УВР Кузнецова\n"
    "- положение о рабочей программе\n"
    "Л.М.\n"
    "4.\n"
    "Семинар «Современный урок:\n"
    "Семинар\n"
    "Ноябрь\n"
    "Кузнецова Л.М.\n"
    "требования и подходы»\n"
    "5.\n"
    "Проверка ведения электронного\n"
    "Проверка\n"
    "Ежемесячно Кузнецова Л.М.\n"
    "журнала и рабочей документации\n"
    "\n"
    "УТВЕРЖДАЮ\n"
    "Директор МБОУ «СОШ № 3»\n"
    "________ Н.В. Петрова\n";

TEST(FlatTables, VisualLinesWithSectionRowsListsAndOpenCells) {
  Plan plan = Extract(kVisualSections);
  ASSERT_EQ(plan.events.size(), 5u);
  EXPECT_EQ(plan.events[0].section, "Организационная работа");
  EXPECT_EQ(plan.events[0].form, "Собеседование");
  EXPECT_EQ(plan.events[1].form, "Анкетирование");  // not "Анкетирование Методическая работа"
  const Event& listed = plan.events[2];
  EXPECT_EQ(listed.section, "Методическая работа");
  EXPECT_EQ(listed.title, "Изучение нормативных документов: - ФГОС НОО и ООО; - положение о рабочей программе");
  EXPECT_EQ(listed.form, "Консультация");
  EXPECT_EQ(listed.responsible, std::vector<std::string>{"Зам. директора по УВР Кузнецова Л.М."});
  EXPECT_EQ(plan.events[4].section, "Методическая работа");
  EXPECT_EQ(plan.events[4].responsible, std::vector<std::string>{"Кузнецова Л.М."});
  ASSERT_TRUE(plan.approval.has_value());
  EXPECT_EQ(plan.approval->heading, "УТВЕРЖДАЮ");
}

// A methodological council's plan: "Тематика заседаний" names the titles' column, each
// row's number stands alone and its cell lists the meeting's questions, numbered on across
// the rows. LibreOffice's text indents the items; plain pdftotext does not, and writes the
// cells visual line by visual line.
const char* kCouncilLibreOffice =
    "План работы методического совета МБОУ «Гимназия № 2» на 2025-2026 учебный год\n"
    "№\n"
    "Тематика заседаний\n"
    "Сроки\n"
    "Ответственные\n"
    "1.\n"
    "    1. Анализ методической работы за 2024-2025 учебный год.\n"
    "    2. Утверждение плана методической работы на 2025-2026 учебный год.\n"
    "    3. Рассмотрение рабочих программ учебных предметов и курсов внеурочной деятельности.\n"
    "Август\n"
    "Заместитель директора по УВР Волкова Т.П.\n"
    "2.\n"
    "    4. Организация работы с одарёнными детьми.\n"
    "    5. Итоги школьного этапа всероссийской олимпиады школьников.\n"
    "Ноябрь\n"
    "Волкова Т.П., руководители ШМО\n"
    "3.\n"
    "    6. Итоги мониторинга качества образования за первое полугодие.\n"
    "    7. О подготовке к государственной итоговой аттестации.\n"
    "Январь\n"
    "Волкова Т.П.\n";
const char* kCouncilPdftotext =
    "План работы методического совета МБОУ «Гимназия № 2» на 2025-2026 учебный год\n"
    "№\n"
    "Тематика заседаний\n"
    "Сроки\n"
    "Ответственные\n"
    "1.\n"
    "1. Анализ методической работы за 2024-2025\n"
    "Август\n"
    "Заместитель директора\n"
    "учебный год.\n"
    "по УВР Волкова Т.П.\n"
    "2. Утверждение плана методической работы на\n"
    "2025-2026 учебный год.\n"
    "3. Рассмотрение рабочих программ учебных\n"
    "предметов и курсов внеурочной деятельности.\n"
    "2.\n"
    "4. Организация работы с одарёнными детьми.\n"
    "Ноябрь\n"
    "Волкова Т.П.,\n"
    "5. Итоги школьного этапа всероссийской\n"
    "руководители ШМО\n"
    "олимпиады школьников.\n"
    "3.\n"
    "6. Итоги мониторинга качества образования за\n"
    "Январь\n"
    "Волкова Т.П.\n"
    "первое полугодие.\n"
    "7. О подготовке к государственной итоговой\n"
    "аттестации.\n";

void ExpectCouncil(const Plan& plan) {
  const std::vector<std::string> titles = TitlesOf(plan);
  EXPECT_EQ(titles, (std::vector<std::string>{
                        "Анализ методической работы за 2024-2025 учебный год.",
                        "Утверждение плана методической работы на 2025-2026 учебный год.",
                        "Рассмотрение рабочих программ учебных предметов и курсов внеурочной деятельности.",
                        "Организация работы с одарёнными детьми.",
                        "Итоги школьного этапа всероссийской олимпиады школьников.",
                        "Итоги мониторинга качества образования за первое полугодие.",
                        "О подготовке к государственной итоговой аттестации."}));
  ASSERT_EQ(plan.events.size(), 7u);
  EXPECT_EQ(plan.events[0].timing.raw, "Август");
  EXPECT_EQ(plan.events[0].responsible, std::vector<std::string>{"Заместитель директора по УВР Волкова Т.П."});
  EXPECT_EQ(plan.events[4].timing.raw, "Ноябрь");
  EXPECT_EQ(plan.events[4].responsible, (std::vector<std::string>{"Волкова Т.П.", "руководители ШМО"}));
  EXPECT_EQ(plan.events[6].responsible, std::vector<std::string>{"Волкова Т.П."});
}

TEST(FlatTables, CouncilQuestionsListedInCellsLibreOffice) { ExpectCouncil(Extract(kCouncilLibreOffice)); }

TEST(FlatTables, CouncilQuestionsListedInCellsPdftotext) { ExpectCouncil(Extract(kCouncilPdftotext)); }

TEST(FlatTables, ATimingThatBeginsWithANumberStartsNoRow) {
  // "2 раза в год" after row 1 could read as row 2 ("2" and its text).
  Plan plan = Extract(
      "№\n\nНаименование\n\nФорма\n\nСроки\n\nОтветственный\n\n1. Мониторинг качества\n\nобучения МОЦ\n\n"
      "2 раза в год\n\nИванова И.И.\n\n2. Семинар\n\nкруглый стол\n\nмарт\n\nПетрова А.А.\n");
  ASSERT_EQ(plan.events.size(), 2u);
  EXPECT_EQ(plan.events[0].number, "1");
  EXPECT_EQ(plan.events[0].responsible, std::vector<std::string>{"Иванова И.И."});
  EXPECT_EQ(plan.events[1].number, "2");
  EXPECT_EQ(plan.events[1].title.rfind("Семинар", 0), 0u) << plan.events[1].title;
  EXPECT_EQ(plan.events[1].responsible, std::vector<std::string>{"Петрова А.А."});
}

TEST(FlatTables, PeopleAreNoNoteOrPlace) {
  // A trailing "Примечание" column is mostly empty: the second person of a responsible
  // cell must not fill it.
  Plan plan = Extract(
      "№\nМероприятие\nСроки\nОтветственный\nПримечание\n1. Семинар для учителей\nоктябрь\n"
      "Иванов И.И.,\nПетров П.П.\n2. Конкурс чтецов\nмарт\nСидорова Е.П.\nНовикова А.А.\n");
  ASSERT_EQ(plan.events.size(), 2u);
  EXPECT_EQ(plan.events[0].responsible, (std::vector<std::string>{"Иванов И.И.", "Петров П.П."}));
  EXPECT_EQ(plan.events[0].note, "");
  EXPECT_EQ(plan.events[1].responsible, (std::vector<std::string>{"Сидорова Е.П.", "Новикова А.А."}));
  EXPECT_EQ(plan.events[1].note, "");
}

TEST(AlignedColumns, PdftotextLayoutBecomesATable) {
  Plan plan = Extract(
      "План на 2026 год\n"
      "№     Наименование             Сроки        Исполнит   Результат\n"
      "      мероприятия                           ель\n"
      "1.    Утверждение плана        Январь       МОЦ        План работы,\n"
      "      работы МОЦ на 2026 год   2026г.                  локальные акты\n"
      "2.    Оказание методической    В течение    МОЦ, ОУ    Разработка\n"
      "      помощи                   года                    программ\n"
      "      Использование ресурсов   Постоянно    МОЦ, ОУ    Увеличение\n"
      "      «Точек Роста»                                    охвата\n");
  ASSERT_EQ(plan.events.size(), 3u);
  EXPECT_EQ(plan.events[0].title, "Утверждение плана работы МОЦ на 2026 год");
  EXPECT_EQ(plan.events[0].timing.start, "2026-01");
  EXPECT_EQ(plan.events[1].timing.raw, "В течение года");
  EXPECT_EQ(plan.events[1].responsible, (std::vector<std::string>{"МОЦ", "ОУ"}));
  EXPECT_EQ(plan.events[2].number, "");  // an unnumbered row
  EXPECT_EQ(plan.events[2].title, "Использование ресурсов «Точек Роста»");
}

// LibreOffice's text export of a table a cell per line, with the row numbering the columns
// under the header ("1" … "7"), a period as the section row before the first row ("II
// полугодие"), a section row right after a row's last cell, dates in figures, a body
// named beside a person's place ("МБОУ «СОШ № 2»"). The numbering row is no sign of a
// table written column by column.
TEST(FlatTables, CellPerLineWithColumnNumbersAndSectionRows) {
  Plan plan = Extract(
      "План работы РМО на 2024-2025 учебный год\n"
      "№\nТема мероприятия\nФорма проведения\nДата проведения\nМесто проведения\nУчастники\nОтветственные\n"
      "1\n2\n3\n4\n5\n6\n7\n"
      "II полугодие\n"
      "1\nАнализ результатов ГИА-2024\nКруглый стол\n27.09.2024\nМБОУ «СОШ № 2»\nУчителя русского языка\nРябова Л.И.\n"
      "2\nИтоговое сочинение: критерии оценивания\nВебинар\nдо 15 ноября\nДистанционно\nУчителя 11 классов\nРябова Л.И.\n"
      "Работа с одарёнными детьми\n"
      "3\nМуниципальный этап олимпиады\nОлимпиада\nноябрь – декабрь\nОО района\nОбучающиеся 7–11 классов\nЧлены жюри\n");
  ASSERT_EQ(plan.events.size(), 3u);
  EXPECT_FALSE(HasDiagnostic(plan, "text.table_by_columns"));
  const Event& a = plan.events[0];
  EXPECT_EQ(a.number, "1");
  EXPECT_EQ(a.section, "II полугодие");
  EXPECT_EQ(a.form, "Круглый стол");
  EXPECT_EQ(a.timing.raw, "27.09.2024");
  EXPECT_EQ(a.place, "МБОУ «СОШ № 2»");
  EXPECT_EQ(a.audience, "Учителя русского языка");
  const Event& b = plan.events[1];
  EXPECT_EQ(b.audience, "Учителя 11 классов");  // the section row is not its next line
  EXPECT_EQ(b.responsible, std::vector<std::string>{"Рябова Л.И."});
  const Event& c = plan.events[2];
  EXPECT_EQ(c.section, "Работа с одарёнными детьми");
  EXPECT_EQ(c.timing.start, "2024-11");
  EXPECT_EQ(c.place, "ОО района");
}

// pdftotext -layout of a table led by a month column whose cells were merged: the rows
// under a month start where the other cells begin with capitals on one line, and take
// the month above; a person put on the line after a position ("Зам." / "директора" /
// "Лебедев С.А.") is one responsible.
TEST(FlatTables, LayoutTableLedByMonths) {
  Plan plan = Extract(
      "План работы на 2024/2025 учебный год\n\n"
      "Месяц        Мероприятие   Категория     Ответственн    Отметка о\n"
      "                            участников    ый             выполнении\n"
      "Сентябрь     Экспертиза    Педагоги      Методист\n"
      "             программ      ДО            Орлова Т.В.\n"
      "             Консультаци   Педагоги      Зам.\n"
      "             и по          ДО            директора\n"
      "             журналам                    Лебедев С.А.\n"
      "Октябрь      Семинар       Педагоги      Орлова Т.В.\n"
      "             Открытые      Молодые       Наставники\n"
      "             занятия       педагоги\n");
  ASSERT_EQ(plan.events.size(), 4u);
  EXPECT_EQ(plan.events[0].title, "Экспертиза программ");
  EXPECT_EQ(plan.events[0].responsible, std::vector<std::string>{"Методист Орлова Т.В."});
  EXPECT_EQ(plan.events[1].title, "Консультации по журналам");
  EXPECT_EQ(plan.events[1].timing.start, "2024-09");
  EXPECT_EQ(plan.events[1].responsible, std::vector<std::string>{"Зам. директора Лебедев С.А."});
  EXPECT_EQ(plan.events[3].title, "Открытые занятия");
  EXPECT_EQ(plan.events[3].timing.start, "2024-10");
  EXPECT_EQ(plan.events[3].audience, "Молодые педагоги");
}

// Plain pdftotext wrote this table column by column (numbers, then each column's cells:
// pdftotext of LibreOffice's PDF of a python-docx table).
// A number inside a title's broken sentence ("обучающихся 2–" / "4 классов") starts no
// row: no event is made up from it.
TEST(FlatTables, NumberInsideABrokenSentenceStartsNoRow) {
  Plan plan = Extract(
      "План работы ШМО на 2024–2025 учебный год\n"
      "№\nЗаседание № 1\n1\n\n2\n\nЗаседание № 2\n3\n\n4\n\nЗаседание № 3\n5\n\n6\n\n"
      "Тема заседания,\nвопросы\n\nДата\n\nОтветственные\n\nАнализ работы\n"
      "ШМО за 2023–\n2024 учебный\nгод\nУтверждение\nплана работы\nна 2024–2025\n"
      "учебный год\n\nавгуст\n\nРуководитель\nШМО Петрова\nА.С.\n\nавгуст\n\n"
      "Петрова А.С.\n\nРезультаты\nвходной\nдиагностики\nобучающихся 2–\n4 классов\n"
      "Адаптация\nпервокласснико\nв к обучению в\nшколе\n\nоктябрь\n\nЗам. директора\n"
      "по УВР\nСмирнова Е.В.\n\nоктябрь\n\nУчителя 1-х\nклассов\n\nФункциональна\n"
      "я грамотность\nмладших\nшкольников:\nопыт работы\nИтоги работы\n\nянварь\n\n"
      "Иванова О.П.,\nСидоров К.М.\n\nмай\n\nПетрова А.С.\n\nШМО за год.\n"
      "Планирование\nна следующий\nгод\nРуководитель ШМО ________ А.С. Петрова\n");
  for (const Event& e : plan.events) EXPECT_NE(e.title, "классов");
  EXPECT_TRUE(HasDiagnostic(plan, "text.table_by_columns"));
}

// LibreOffice's text of a table led by a month column: a cell per line, an empty cell a
// blank line, a month merged down a blank line under its rows. Rows have no numbers; they
// are found by reading the whole table at once. A merged month cell that kept the covered
// cell's empty paragraph ("Январь" and a blank line), a cell of two paragraphs
// ("Рябова С.В." / "Громова Т.А."), section rows across the table and a filled mark
// column are each read as in the DOCX; the signature after the table is no row.
TEST(FlatTables, CellPerLineTableLedByMonths) {
  Plan plan = Extract(
      "План работы МОЦ на 2025 год\n"
      "Месяц\nСодержание работы\nУчастники\nОтветственные\nОтметка о выполнении\n"
      "Организационно-методическая работа\n"
      "Январь\n\nСовещание руководителей организаций\nРуководители ОДО\nРябова С.В.\nГромова Т.А.\nвыполнено\n"
      "\nФормирование банка программ\nМетодисты ОДО\nМетодист МОЦ Кузнецова Е.И.\n\n"
      "Февраль – март\nМониторинг охвата детей\nОбразовательные организации\nКузнецова Е.И.\n\n"
      "Работа с педагогическими кадрами\n"
      "По отдельному графику\nИндивидуальные консультации\nПедагоги ДО\nМетодисты МОЦ\n\n"
      "\n"
      "Руководитель МОЦ ________ С.В. Рябова\n");
  ASSERT_EQ(plan.events.size(), 4u);
  const Event& a = plan.events[0];
  EXPECT_EQ(a.section, "Организационно-методическая работа");
  EXPECT_EQ(a.title, "Совещание руководителей организаций");
  EXPECT_EQ(a.timing.start, "2025-01");
  EXPECT_EQ(a.audience, "Руководители ОДО");
  EXPECT_EQ(a.responsible, (std::vector<std::string>{"Рябова С.В.", "Громова Т.А."}));
  EXPECT_EQ(a.note, "выполнено");
  const Event& b = plan.events[1];
  EXPECT_EQ(b.title, "Формирование банка программ");
  EXPECT_EQ(b.timing.start, "2025-01");  // the merged month above
  EXPECT_EQ(b.responsible, std::vector<std::string>{"Методист МОЦ Кузнецова Е.И."});
  EXPECT_EQ(b.note, "");
  EXPECT_EQ(plan.events[2].timing.end, "2025-03");
  const Event& d = plan.events[3];
  EXPECT_EQ(d.section, "Работа с педагогическими кадрами");
  EXPECT_EQ(d.title, "Индивидуальные консультации");
  EXPECT_EQ(d.timing.raw, "По отдельному графику");
  EXPECT_EQ(d.responsible, std::vector<std::string>{"Методисты МОЦ"});
}

// The same table as plain pdftotext writes it: visual line by visual line across the
// cells, so a title's next line comes after the other columns' lines beside its first
// ("Совещание руководителей организаций" / "Руководители ОДО" / "Рябова С.В." /
// "выполнено" / "дополнительного образования …"). A title goes on only with a line its
// first word could not have fitted on the line before, and ends at the quote it opened;
// under a merged month a row begins at a capitalised line too long for a narrow column
// (here glued to the next column's "Методисты ОДО"); a month broken over lines
// ("По отдельному" / … / "графику") begins a row; a mark after a person is the mark
// column's; the header repeated after a page break is left out.
TEST(FlatTables, PlainPdftotextTableLedByMonths) {
  Plan plan = Extract(
      "План работы МОЦ на 2025 год\n"
      "Месяц\nСодержание работы\nУчастники\nОтветственные\nОтметка о\nвыполнении\n"
      "1. Организационно-методическая работа\n"
      "Январь\n"
      "Совещание руководителей организаций\n"
      "Руководители ОДО\nРябова С.В.\nвыполнено\n"
      "дополнительного образования «Итоги 2024 года и\n"
      "Громова Т.А.\n"
      "задачи на 2025 год»\n"
      "Формирование муниципального банка дополнительных Методисты ОДО\n"
      "Методист МОЦ\n"
      "общеразвивающих программ\n"
      "Кузнецова Е.И.\n"
      "Февраль – март\n"
      "Мониторинг охвата детей в возрасте от 5 до 18 лет\n"
      "Образовательные\nКузнецова Е.И.\n"
      "дополнительным образованием\n"
      "организации\n"
      "Апрель\n"
      "Методический интенсив для педагогов технической\n"
      "Педагоги ДО\n"
      "Методист Соколов Д.А. перенесено\n"
      "\f"
      "Месяц\n\nСодержание работы\n\n"
      "направленности\n"
      "По отдельному\n"
      "Индивидуальные консультации по разработке и\n"
      "графику\n"
      "корректировке программ\n"
      "Руководитель МОЦ ________ С.В. Рябова\n");
  ASSERT_EQ(plan.events.size(), 5u);
  const Event& a = plan.events[0];
  EXPECT_EQ(a.section, "Организационно-методическая работа");
  EXPECT_EQ(a.title, "Совещание руководителей организаций дополнительного образования «Итоги 2024 года и задачи на 2025 год»");
  EXPECT_EQ(a.timing.start, "2025-01");
  EXPECT_EQ(a.audience, "Руководители ОДО");
  EXPECT_EQ(a.responsible, (std::vector<std::string>{"Рябова С.В.", "Громова Т.А."}));
  EXPECT_EQ(a.note, "выполнено");
  const Event& b = plan.events[1];
  EXPECT_EQ(b.title, "Формирование муниципального банка дополнительных общеразвивающих программ");
  EXPECT_EQ(b.timing.start, "2025-01");  // the merged month above
  EXPECT_EQ(b.audience, "Методисты ОДО");
  EXPECT_EQ(b.responsible, std::vector<std::string>{"Методист МОЦ Кузнецова Е.И."});
  const Event& c = plan.events[2];
  EXPECT_EQ(c.title, "Мониторинг охвата детей в возрасте от 5 до 18 лет дополнительным образованием");
  EXPECT_EQ(c.timing.end, "2025-03");
  EXPECT_EQ(c.audience, "Образовательные организации");
  const Event& d = plan.events[3];
  EXPECT_EQ(d.title, "Методический интенсив для педагогов технической направленности");
  EXPECT_EQ(d.responsible, std::vector<std::string>{"Методист Соколов Д.А."});
  EXPECT_EQ(d.note, "перенесено");
  const Event& e = plan.events[4];
  EXPECT_EQ(e.title, "Индивидуальные консультации по разработке и корректировке программ");
  EXPECT_EQ(e.timing.raw, "По отдельному графику");
  EXPECT_FALSE(HasDiagnostic(plan, "table.columns_after_table"));  // every column is in the rows
}

// A title's line that looks like another column's ("Педагоги") is the other column's when
// the title goes on after it; the month goes on too ("Январь –" / "февраль"). A short
// line that would have fitted on the title's last line is no part of the title.
TEST(FlatTables, PlainPdftotextRowSharedOutOverTheWholeRow) {
  Plan plan = Extract(
      "План работы ДДТ на 2025-2026 учебный год\n"
      "Месяц\nМероприятие\nОтветственный\n"
      "Декабрь\n"
      "Семинар «Воспитательный потенциал занятий в\n"
      "Белов А.С.\n"
      "объединениях технической направленности»\n"
      "Январь –\n"
      "Мониторинг результатов освоения образовательных\n"
      "Педагоги\n"
      "февраль\n"
      "программ за первое полугодие\n"
      "дополнительного\n"
      "образования\n"
      "Март\n"
      "Мастер-класс «Использование цифровых ресурсов на\n"
      "Белов А.С.\n"
      "занятиях с детьми младшего школьного возраста»\n"
      "Методист ________ М.Н. Зайцева\n");
  ASSERT_EQ(plan.events.size(), 3u);
  const Event& b = plan.events[1];
  EXPECT_EQ(b.title, "Мониторинг результатов освоения образовательных программ за первое полугодие");
  EXPECT_EQ(b.timing.raw, "Январь – февраль");
  EXPECT_EQ(b.responsible, std::vector<std::string>{"Педагоги дополнительного образования"});
  EXPECT_EQ(plan.events[2].title, "Мастер-класс «Использование цифровых ресурсов на занятиях с детьми младшего школьного возраста»");
}

// Plain pdftotext may write only the month and title columns line by line, the others
// after the table: titles wrapped onto their next lines show it. Unnumbered headings
// across the table ("Работа с педагогами") stand before a month where no title goes on.
TEST(FlatTables, PlainPdftotextMonthsAndTitlesWithSectionsBetween) {
  Plan plan = Extract(
      "План работы методического кабинета на 2026 год\n"
      "Сроки\nМероприятия\nпроведения\n"
      "Работа с руководителями\n"
      "Январь\n"
      "Консультации по подготовке отчётности\n"
      "образовательных организаций\n"
      "Проверка сайтов школ на соответствие требованиям\n"
      "законодательства\n"
      "Работа с педагогами\n"
      "Февраль\n"
      "Районный семинар учителей истории и обществознания\n"
      "по подготовке к итоговой аттестации\n"
      "Март – апрель\n"
      "Конкурс методических разработок «Урок в современной\n"
      "школе» для молодых педагогов\n"
      "Заведующий методическим кабинетом ________ Т.В. Кириллова\n"
      "\n"
      "Ответственные\n\nКириллова Т.В.\n");
  ASSERT_EQ(plan.events.size(), 4u);
  EXPECT_EQ(plan.events[0].section, "Работа с руководителями");
  EXPECT_EQ(plan.events[0].title, "Консультации по подготовке отчётности образовательных организаций");
  EXPECT_EQ(plan.events[1].title, "Проверка сайтов школ на соответствие требованиям законодательства");
  EXPECT_EQ(plan.events[1].timing.start, "2026-01");
  EXPECT_EQ(plan.events[2].section, "Работа с педагогами");
  EXPECT_EQ(plan.events[2].title, "Районный семинар учителей истории и обществознания по подготовке к итоговой аттестации");
  EXPECT_EQ(plan.events[3].title, "Конкурс методических разработок «Урок в современной школе» для молодых педагогов");
  EXPECT_EQ(plan.events[3].timing.end, "2026-04");
  // The responsible column, written after the signature, is reported where it stands.
  const Diagnostic* after = nullptr;
  for (const Diagnostic& d : plan.diagnostics) {
    if (d.code == "table.columns_after_table") after = &d;
  }
  ASSERT_NE(after, nullptr);
  EXPECT_NE(after->message.find("«Ответственные»"), std::string::npos);
  EXPECT_EQ(after->span.first_line, 20);
}

// Plain pdftotext of a numbered plan with dates before the titles: its rows, up to the
// signature.
const char* const kDatesFirstRows =
    "План работы ШМО учителей математики на 2025-2026 учебный год\n"
    "№\nСроки\nМероприятие\nп/п\n"
    "1.\n28.08.2025\n"
    "Анализ результатов государственной итоговой\n"
    "аттестации выпускников 9 и 11 классов по\n"
    "математике\n"
    "2.\nСентябрь\n"
    "Утверждение рабочих программ и планирования\n"
    "3.\nОктябрь\n"
    "Проведение школьного этапа всероссийской\n"
    "олимпиады школьников по математике\n"
    "4.\nНоябрь –\n"
    "Взаимопосещение уроков с целью обмена опытом\n"
    "декабрь\n"
    "работы по подготовке к ОГЭ\n"
    "5.\n"
    "В течение года Индивидуальные консультации для обучающихся,\n"
    "испытывающих трудности в обучении\n";

// With a number column before the dates ("№" | "Сроки" | "Мероприятие" | …) rows begin
// at their numbers; the timing after a number is the row's, even a date or one glued to
// the title's first line ("В течение года Индивидуальные консультации …"), and the
// title's first line is never a heading.
TEST(FlatTables, PlainPdftotextNumberedRowsWithDatesFirst) {
  Plan plan = Extract(std::string(kDatesFirstRows) + "Руководитель ШМО ________ Н.Г. Белова\n");
  ASSERT_EQ(plan.events.size(), 5u);
  EXPECT_EQ(plan.events[0].number, "1");
  EXPECT_EQ(plan.events[0].timing.raw, "28.08.2025");
  EXPECT_EQ(plan.events[0].title, "Анализ результатов государственной итоговой аттестации выпускников 9 и 11 классов по математике");
  EXPECT_EQ(plan.events[1].title, "Утверждение рабочих программ и планирования");
  EXPECT_EQ(plan.events[3].timing.raw, "Ноябрь – декабрь");
  EXPECT_EQ(plan.events[3].title, "Взаимопосещение уроков с целью обмена опытом работы по подготовке к ОГЭ");
  EXPECT_EQ(plan.events[4].number, "5");
  EXPECT_EQ(plan.events[4].timing.raw, "В течение года");
  EXPECT_EQ(plan.events[4].title, "Индивидуальные консультации для обучающихся, испытывающих трудности в обучении");
}

// MuPDF's text (mutool draw -F txt) writes such a table cell after cell, a month broken
// over lines right before its title ("Ноябрь –" / "декабрь" / "Взаимопосещение …"): the
// month's next line is the month's, and the title begins after it.
TEST(FlatTables, MutoolNumberedRowsWithAMonthBrokenBeforeTheTitle) {
  Plan plan = Extract(
      "План работы ШМО учителей математики на 2025-2026 учебный год\n"
      "№ \nп/п\n\nСроки\nМероприятие\nФорма проведения\nОтветственный\n\n"
      "1.\n28.08.2025\nАнализ результатов государственной итоговой \nаттестации выпускников 9 и 11 классов по \nматематике\n\n"
      "Заседание ШМО\nБелова Н.Г.\n\n"
      "2.\nСентябрь\nУтверждение рабочих программ и календарно-\nтематического планирования\n\n"
      "Заседание ШМО\nБелова Н.Г.\n\n"
      "3.\nОктябрь\nПроведение школьного этапа всероссийской \nолимпиады школьников по математике\n\n"
      "Олимпиада\nТихонов А.В.\n\n"
      "4.\nНоябрь – \nдекабрь\n\nВзаимопосещение уроков с целью обмена опытом \nработы по подготовке к ОГЭ\n\n"
      "Открытые уроки\nЧлены ШМО\n\n"
      "Руководитель ШМО ________ Н.Г. Белова\n");
  ASSERT_EQ(plan.events.size(), 4u);
  EXPECT_EQ(plan.events[3].number, "4");
  EXPECT_EQ(plan.events[3].timing.raw, "Ноябрь – декабрь");
  EXPECT_EQ(plan.events[3].title, "Взаимопосещение уроков с целью обмена опытом работы по подготовке к ОГЭ");
  EXPECT_EQ(plan.events[3].responsible, std::vector<std::string>{"Члены ШМО"});
}

// pdftotext -raw writes cells in reading order, several on a line with one space between:
// the header's titles on one line, a row's month before its title's first line ("Январь
// Совещание …"), a person before a note ("Гаврилов П.С. по графику"), a mark after the
// people ("Методисты кабинета выполнено"); a heading at the table's start is its first
// section even where its words could name people ("Работа с руководителями").
TEST(FlatTables, PdftotextRawSeveralCellsOnALine) {
  Plan plan = Extract(
      "План работы методического кабинета на 2026 год\n"
      "Сроки\nпроведения\nМероприятия Ответственные Примечание\n"
      "Работа с руководителями\n"
      "Январь Совещание заместителей директоров по учебно-\n"
      "воспитательной работе «Итоги первого полугодия»\n"
      "Кириллова Т.В.\n"
      "Проверка сайтов школ на соответствие требованиям\n"
      "законодательства\n"
      "Гаврилов П.С. по графику\n"
      "Работа с педагогами\n"
      "Март – апрель Конкурс методических разработок «Урок в современной\n"
      "школе» для молодых педагогов\n"
      "Методисты кабинета выполнено\n"
      "Май Анализ работы районных методических объединений за\n"
      "учебный год и планирование работы\n"
      "Кириллова Т.В.\n"
      "Заведующий методическим кабинетом ________ Т.В. Кириллова\n");
  ASSERT_EQ(plan.events.size(), 4u);
  EXPECT_EQ(plan.events[0].section, "Работа с руководителями");
  EXPECT_EQ(plan.events[0].title, "Совещание заместителей директоров по учебно-воспитательной работе «Итоги первого полугодия»");
  EXPECT_EQ(plan.events[0].timing.raw, "Январь");
  EXPECT_EQ(plan.events[1].responsible, std::vector<std::string>{"Гаврилов П.С."});
  EXPECT_EQ(plan.events[1].note, "по графику");
  EXPECT_EQ(plan.events[2].section, "Работа с педагогами");
  EXPECT_EQ(plan.events[2].timing.raw, "Март – апрель");
  EXPECT_EQ(plan.events[2].responsible, std::vector<std::string>{"Методисты кабинета"});
  EXPECT_EQ(plan.events[2].note, "выполнено");
  EXPECT_EQ(plan.events[3].title, "Анализ работы районных методических объединений за учебный год и планирование работы");
}

// MuPDF's text of a numbered table: a blank line between a row's cells too, and rows
// without numbers after a numbered one ("Использование ресурсов «Точек Роста»"): such a
// row runs past the blank lines inside it to where it reads as a whole row.
TEST(FlatTables, MutoolUnnumberedRowsWithBlankLinesBetweenTheirCells) {
  Plan plan = Extract(
      "План деятельности МОЦ на 2026 год\n\n"
      "№\nНаименование мероприятия\nСроки\nИсполнитель\nРезультат\n\n"
      "1.\nУтверждение плана работы \nМОЦ на 2026 год\n\nЯнварь 2026г.\nМОЦ\nПлан работы, \n"
      "локальные акты по \nутверждению\n\n"
      "2.\nОказание методической \nпомощи образовательным \nорганизациям при разработке \n"
      "дополнительных \nобщеразвивающих программ\n\nВ течение года\nМОЦ, ОУ\nРазработка программ\n\n"
      "Использование ресурсов \n«Точек Роста»\n\nПостоянно (в \nтечение 2026г)\n\nМОЦ, ОУ\n"
      "Увеличение охвата \nдетей дополнительным\nобразованием, в том \nчисле детей с ОВЗ и \nинвалидностью\n\n"
      "Популяризация региональных \nоткрытых конкурсов на \nвыявление лучших практик\n\n"
      "Постоянно (в \nтечение 2026г)\n\nМОЦ\nРассылка по \nобразовательным \nучреждениям\n\n"
      "3.\nИнформационная кампания \n«Дополнительное образование \nкаждому ребенку Саратовской \nобласти»\n\n"
      "Май 2026г.\nМОЦ\nУвеличение охвата \nдетей дополнительным\nобразованием\n\n");
  ASSERT_EQ(plan.events.size(), 5u);
  EXPECT_EQ(plan.events[1].result, "Разработка программ");
  EXPECT_EQ(plan.events[2].title, "Использование ресурсов «Точек Роста»");
  EXPECT_EQ(plan.events[2].timing.raw, "Постоянно (в течение 2026г)");
  EXPECT_EQ(plan.events[2].responsible, (std::vector<std::string>{"МОЦ", "ОУ"}));
  EXPECT_EQ(plan.events[3].title, "Популяризация региональных открытых конкурсов на выявление лучших практик");
  EXPECT_EQ(plan.events[3].result, "Рассылка по образовательным учреждениям");
  EXPECT_EQ(plan.events[4].number, "3");
}

// LibreOffice's text of such a table (a whole cell on each line, a blank line for a month
// merged from above) shows no interleaving and is read a cell per line: a short title
// under a merged month ("Педсовет") is a row of its own.
TEST(FlatTables, CellPerLineTextIsNotReadAsVisualLines) {
  Plan plan = Extract(
      "План работы ДДТ на 2025-2026 учебный год\n"
      "Месяц\nМероприятие\nОтветственный\n"
      "Сентябрь\n"
      "Педагогический совет «Основные направления работы учреждения в новом учебном году»\n"
      "Орлова Л.П.\n"
      "\n"
      "Утверждение дополнительных общеразвивающих программ и календарных учебных графиков\n"
      "Зайцева М.Н., методист\n"
      "\n"
      "Педсовет\n"
      "Орлова Л.П.\n"
      "Октябрь\n"
      "Консультации для педагогов по оформлению учебной документации и журналов\n"
      "Зайцева М.Н.\n"
      "Ноябрь\n"
      "Открытые занятия педагогов художественной направленности\n"
      "Руководители объединений\n"
      "\n"
      "Методист ________ М.Н. Зайцева\n");
  ASSERT_EQ(plan.events.size(), 5u);
  EXPECT_EQ(plan.events[1].timing.start, "2025-09");
  EXPECT_EQ(plan.events[1].responsible, (std::vector<std::string>{"Зайцева М.Н.", "методист"}));
  EXPECT_EQ(plan.events[2].title, "Педсовет");
  EXPECT_EQ(plan.events[2].timing.start, "2025-09");
  EXPECT_EQ(plan.events[3].title, "Консультации для педагогов по оформлению учебной документации и журналов");
}

// A section named after a month ("Августовское заседание") is no timing: in a table led
// by "Сроки" it is a section row across the table, not the first row's timing.
TEST(FlatTables, ASectionNamedAfterAMonthIsNoTiming) {
  Plan plan = Extract(
      "План работы РМО на 2025/2026 учебный год\n"
      "Сроки\nСодержание работы\nУчастники\nОтветственный\nРезультат\n"
      "Августовское заседание\n"
      "Август\nАнализ работы методического объединения\nУчителя начальных классов\nСмирнова О.В.\nПротокол заседания\n"
      "Сентябрь\nИзучение нормативных документов\nРуководители ШМО\nСмирнова О.В.\nИнформационная справка\n"
      "Мартовские встречи\n"
      "Март\nКруглый стол по преемственности\nУчителя 4-х классов\nПавлова Е.А.\nРекомендации\n");
  ASSERT_EQ(plan.events.size(), 3u);
  EXPECT_EQ(plan.events[0].section, "Августовское заседание");
  EXPECT_EQ(plan.events[0].timing.raw, "Август");
  EXPECT_EQ(plan.events[2].section, "Мартовские встречи");
  EXPECT_EQ(plan.events[2].timing.raw, "Март");
}

// The same with a number column before the months; text that fits no row (a month cell
// that is no timing) ends the table.
TEST(FlatTables, CellPerLineTableLedByANumberAndDates) {
  Plan plan = Extract(
      "План работы РМО учителей математики на 2025–2026 учебный год\n"
      "№ п/п\nСроки\nМероприятие\nФорма проведения\nОтветственный\n"
      "1.\n28.08.2025\nАнализ результатов ГИА\nЗаседание РМО\nБелова Н.Г.\n"
      "2.\nОктябрь\nРешение заданий с параметрами\nМастер-класс\nТихонов А.В.\n"
      "3.\nВ течение года\nВзаимопосещение уроков\nОткрытые уроки\nЧлены РМО\n"
      "Итоги работы будут подведены на августовском совещании педагогов района.\n"
      "Обсуждение планов\nСеминар\nВсе\nПедагоги\nКонец\n");
  ASSERT_EQ(plan.events.size(), 3u);
  EXPECT_EQ(plan.events[0].number, "1");
  EXPECT_EQ(plan.events[0].timing.raw, "28.08.2025");
  EXPECT_EQ(plan.events[0].form, "Заседание РМО");
  EXPECT_EQ(plan.events[1].title, "Решение заданий с параметрами");
  EXPECT_EQ(plan.events[2].responsible, std::vector<std::string>{"Члены РМО"});
}

// Text after a month-led header that is no table (no row fits) is left as it was.
TEST(FlatTables, CellPerLineRowsThatDoNotFitAreNoTable) {
  Plan plan = Extract(
      "План работы на 2025 год\n"
      "Месяц\nМероприятие\nОтветственный\n"
      "Январь\n"
      "В этом году работа строится по плану управления образования, утверждённому ранее.\n"
      "Подробности приведены в приложении.\n");
  EXPECT_TRUE(plan.events.empty());
}

// The same table written cell after cell with a blank line after every line (as seed 004's
// PDF text): rows apart by two blank lines, a month and its title's start on one line, a
// row under a merged month beginning with its title. A position and a person on pieces of
// their own are one responsible; initials alone end the name above; a completion mark is
// the mark column's.
TEST(FlatTables, CellAfterCellTableLedByMonths) {
  Plan plan = Extract(
      "План работы МОЦ на 2025 год\n\n"
      "Месяц\n\nСодержание\n\nработы\n\nУчастники\n\nОтветственные\n\nОтметка\n\nо\n\nвыполнении\n\n"
      "1. Организационно-методическая работа\n\n\n"
      "Январь Совещание руководителей\n\nорганизаций\n\nРуководители ОДО\n\nРябова С.В. Громова Т.А.\n\n"
      "выполнено\n\n\n"
      "Формирование\n\nмуниципального банка\n\nпрограмм\n\nМетодисты ОДО\n\nМетодист МОЦ Кузнецова\n\nЕ.И.\n\n\n"
      "Апрель Методический интенсив\n\nдля педагогов\n\nПедагоги ДО\n\nМетодист Соколов Д.А.\n\nперенесено на май\n\n\n"
      "Руководитель МОЦ ________ С.В. Рябова\n");
  ASSERT_EQ(plan.events.size(), 3u);
  const Event& a = plan.events[0];
  EXPECT_EQ(a.section, "Организационно-методическая работа");
  EXPECT_EQ(a.title, "Совещание руководителей организаций");
  EXPECT_EQ(a.timing.raw, "Январь");
  EXPECT_EQ(a.responsible, (std::vector<std::string>{"Рябова С.В.", "Громова Т.А."}));
  EXPECT_EQ(a.note, "выполнено");
  const Event& b = plan.events[1];
  EXPECT_EQ(b.title, "Формирование муниципального банка программ");
  EXPECT_EQ(b.timing.start, "2025-01");
  EXPECT_EQ(b.responsible, std::vector<std::string>{"Методист МОЦ Кузнецова Е.И."});
  const Event& c = plan.events[2];
  EXPECT_EQ(c.responsible, std::vector<std::string>{"Методист Соколов Д.А."});
  EXPECT_EQ(c.audience, "Педагоги ДО");
  EXPECT_EQ(c.note, "перенесено на май");
}

// Cell after cell, rows numbered, the dates before the titles: the number goes to its
// column, the date to the timing. Two titles wrapped onto one header line ("Месяц
// Мероприятие", "№ п/п Сроки") are two columns; a name broken over two lines ("Белова" /
// "Н.Г.") and a body of people ("Наставники") are responsible.
TEST(FlatTables, CellAfterCellNumberedRowsWithDatesFirst) {
  Plan plan = Extract(
      "План работы РМО на 2025–2026 учебный год\n\n"
      "№ п/п Сроки\n\nМероприятие\n\nФорма проведения\n\nОтветственный\n\n\n"
      "1. 28.08.2025\n\nАнализ результатов ГИА\n\nпо математике\n\nЗаседание РМО\n\nРуководитель РМО Белова\n\nН.Г.\n\n\n"
      "2. Октябрь\n\nРешение заданий с\n\nпараметрами\n\nМастер-класс\n\nНаставники\n\n\n"
      "3. В течение года\n\nВзаимопосещение уроков\n\nОткрытые уроки\n\nЧлены РМО\n\n\n");
  ASSERT_EQ(plan.events.size(), 3u);
  EXPECT_EQ(plan.events[0].number, "1");
  EXPECT_EQ(plan.events[0].timing.raw, "28.08.2025");
  EXPECT_EQ(plan.events[0].title, "Анализ результатов ГИА по математике");
  EXPECT_EQ(plan.events[0].form, "Заседание РМО");
  EXPECT_EQ(plan.events[0].responsible, std::vector<std::string>{"Руководитель РМО Белова Н.Г."});
  EXPECT_EQ(plan.events[1].responsible, std::vector<std::string>{"Наставники"});
  EXPECT_EQ(plan.events[2].timing.raw, "В течение года");

  Plan months = Extract(
      "План работы на 2024/2025 учебный год\n\n"
      "Месяц Мероприятие\n\nКатегория участников\n\nОтветственный\n\n\n"
      "Сентябрь\n\nЭкспертиза программ\n\nПедагоги ДО\n\nОрлова Т.В., Лебедев\n\nС.А.\n\n\n"
      "Консультации по\n\nжурналам\n\nПедагоги ДО\n\nМетодисты\n\n\n");
  ASSERT_EQ(months.events.size(), 2u);
  EXPECT_EQ(months.events[0].responsible, (std::vector<std::string>{"Орлова Т.В.", "Лебедев С.А."}));
  EXPECT_EQ(months.events[1].timing.raw, "Сентябрь");
  EXPECT_EQ(months.events[1].audience, "Педагоги ДО");
  EXPECT_EQ(months.events[1].responsible, std::vector<std::string>{"Методисты"});
}

// LibreOffice's text of a meetings table: a section row ("Заседание № 2") right after a
// row whose last cell is no name or timing ("Учителя 1-х классов") stands on its own: the
// row's cells took one line each before it.
TEST(FlatTables, CellPerLineSectionAfterARowOfOneLineCells) {
  Plan plan = Extract(
      "План работы ШМО на 2024–2025 учебный год\n"
      "№\nТема заседания, вопросы\nДата\nОтветственные\n"
      "Заседание № 1\n"
      "1\nРезультаты входной диагностики\nоктябрь\nЗам. директора по УВР Смирнова Е.В.\n"
      "2\nАдаптация первоклассников\nоктябрь\nУчителя 1-х классов\n"
      "Заседание № 2\n"
      "3\nФункциональная грамотность\nянварь\nИванова О.П.\n");
  ASSERT_EQ(plan.events.size(), 3u);
  EXPECT_EQ(plan.events[1].responsible, std::vector<std::string>{"Учителя 1-х классов"});
  EXPECT_EQ(plan.events[1].timing.raw, "октябрь");
  EXPECT_EQ(plan.events[2].section, "Заседание № 2");
}

// LibreOffice's text: a section row longer than any column title ("Заседание № 1. «…»",
// a "№" inside it) right under the header and before the first numbered row.
TEST(FlatTables, CellPerLineLongSectionRightUnderTheHeader) {
  Plan plan = Extract(
      "План работы ШМО на 2025-2026 учебный год\n"
      "№ п/п\nСодержание работы\nФорма проведения\nСроки\nОтветственные\n"
      "Заседание № 1. «Планирование работы на 2025-2026 учебный год»\n"
      "1.\nАнализ работы ШМО за 2024-2025 учебный год\nКруглый стол\nАвгуст\nСоколова Е.В.\n"
      "2.\nУтверждение рабочих программ\nОбсуждение\nАвгуст\nУчителя начальных классов\n");
  ASSERT_EQ(plan.events.size(), 2u);
  EXPECT_EQ(plan.events[0].number, "1");
  EXPECT_EQ(plan.events[0].section, "Заседание № 1. «Планирование работы на 2025-2026 учебный год»");
  EXPECT_EQ(plan.events[0].title, "Анализ работы ШМО за 2024-2025 учебный год");
  EXPECT_EQ(plan.events[1].form, "Обсуждение");
}

// A column of sections before the titles ("Направление деятельности", merged down in the
// document): its text begins a group's first row, and names the section of the rows down
// to the next one. LibreOffice writes the merged cell's other rows as blank lines; cell
// after cell, they have no line at all.
TEST(FlatTables, ColumnOfSectionsBeforeTheTitles) {
  const std::string header =
      "План работы МОЦ на 2025 год\n"
      "№ п/п\nНаправление деятельности\nМероприятия\nСрок исполнения\nОтветственные исполнители\n";
  Plan lotxt = Extract(header +
                       "1.\nОрганизационно-методическое обеспечение\nРазработка плана работы МОЦ\nдо 20.01.2025\nПетрова А.А.\n"
                       "2.\n\nМониторинг реализации программ\nЕжеквартально\nМетодисты МОЦ\n"
                       "3.\nРабота с кадрами\nКурсы повышения квалификации\nПо графику ИРО\nПетрова А.А.\n");
  ASSERT_EQ(lotxt.events.size(), 3u);
  EXPECT_EQ(lotxt.events[0].section, "Организационно-методическое обеспечение");
  EXPECT_EQ(lotxt.events[0].title, "Разработка плана работы МОЦ");
  EXPECT_EQ(lotxt.events[1].section, "Организационно-методическое обеспечение");
  EXPECT_EQ(lotxt.events[1].title, "Мониторинг реализации программ");
  EXPECT_EQ(lotxt.events[1].timing.raw, "Ежеквартально");
  EXPECT_EQ(lotxt.events[2].section, "Работа с кадрами");
  EXPECT_EQ(lotxt.events[2].responsible, std::vector<std::string>{"Петрова А.А."});
  Plan cells = Extract(header +
                       "1.\n\nОрганизационно-\n\nметодическое\n\nобеспечение\n\nРазработка плана\n\nработы МОЦ\n\n"
                       "до 20.01.2025\n\nПетрова А.А.\n\n"
                       "2.\n\nМониторинг реализации\n\nпрограмм\n\nЕжеквартально\n\nМетодисты МОЦ\n\n");
  ASSERT_EQ(cells.events.size(), 2u);
  EXPECT_EQ(cells.events[0].section, "Организационно-методическое обеспечение");
  EXPECT_EQ(cells.events[0].title, "Разработка плана работы МОЦ");
  EXPECT_EQ(cells.events[1].title, "Мониторинг реализации программ");
}

// A cell's list items run together when its text is wrapped cell after cell ("год» 1.
// Утверждение тем", "• Проведение олимпиады •"): each item is an event, as in the DOCX.
// Symbol-font bullets that PDF converters write as U+F0B7 mark items too.
TEST(FlatTables, ItemsRunTogetherInACellAreEventsEach) {
  Plan plan = Extract(
      "План работы МО на 2025-2026 учебный год\n"
      "Месяц\n\nСодержание\n\nработы\n\nОтветственный\n\nОтметка\n\nо\n\nвыполнении\n\n"
      "Сентябрь\n\n1. Заседание МО № 1\n\n«Планирование работы на\n\nгод» 1. Утверждение тем\n\n"
      "самообразования 1.\n\nСоставление графика\n\nРуководитель МО Иванова\n\nА.А.\n\n\n"
      "Октябрь\n\n• Проведение школьного\n\nэтапа олимпиады •\n\nВзаимопосещение уроков\n\n"
      "Учителя-предметники\n\n\nНоябрь Заседание МО № 2 «Итоги\n\nпервой четверти»\n\nИванова А.А.\n\n\n");
  const std::vector<std::string> titles = TitlesOf(plan);
  EXPECT_EQ(titles, (std::vector<std::string>{"Заседание МО № 1 «Планирование работы на год»",
                                              "Утверждение тем самообразования", "Составление графика",
                                              "Проведение школьного этапа олимпиады", "Взаимопосещение уроков",
                                              "Заседание МО № 2 «Итоги первой четверти»"}));
  Plan symbol = Extract(
      "План работы МО на 2025-2026 учебный год\n"
      "Месяц\tСодержание работы\tОтветственный\n"
      "Октябрь\t\uF0B7 Проведение олимпиады\t\n\t\uF0B7 Взаимопосещение уроков\tУчителя\n");
  ASSERT_EQ(symbol.events.size(), 2u);
  EXPECT_EQ(symbol.events[1].title, "Взаимопосещение уроков");
}

// plan_shmo_nach_2025 as plain pdftotext writes it (tests/data/flattened): from its header
// to the signature (the last page's first header lines and the last row's words among them),
// then the signature and the rest of that header.
const char* const kNachTitlesFirstPdftotext =
      "План работы ШМО на 2025-2026 учебный год\n"
      "№\n"
      "Содержание работы\n"
      "Форма\n"
      "Сроки\n"
      "Ответственные\n"
      "п/п\n"
      "проведения\n"
      "Заседание № 1. «Планирование работы на 2025-2026 учебный год»\n"
      "1.\n"
      "Анализ работы ШМО за 2024-2025\n"
      "Круглый стол\n"
      "Август\n"
      "Соколова Е.В.\n"
      "учебный год\n"
      "2.\n"
      "Утверждение рабочих программ по\n"
      "Обсуждение\n"
      "Август\n"
      "Учителя\n"
      "предметам и внеурочной деятельности\n"
      "начальных классов\n"
      "3.\n"
      "Согласование графика открытых уроков и Обсуждение\n"
      "Август\n"
      "Соколова Е.В.,\n"
      "тем самообразования\n"
      "Лебедева О.П.\n"
      "Заседание № 2. «Функциональная грамотность младших школьников»\n"
      "4.\n"
      "Из опыта работы «Приёмы формирования СеминарНоябрь\n"
      "Лебедева О.П.\n"
      "читательской грамотности на уроках\n"
      "практикум\n"
      "литературного чтения»\n"
      "5.\n"
      "Анализ результатов входных\n"
      "Доклад\n"
      "Ноябрь\n"
      "Руководитель\n"
      "контрольных работ во 2–4 классах\n"
      "ШМО\n"
      "Межсекционная работа\n"
      "6.\n"
      "Взаимопосещение уроков с последующим Открытые\n"
      "В течение\n"
      "Члены ШМО\n"
      "анализом\n"
      "уроки\n"
      "года\n"
      "7.\n"
      "Участие в конкурсах профессионального\n"
      "Конкурс\n"
      "По графику Иванова Т.С.\n"
      "мастерства «Учитель года»,\n"
      "УО\n"
      "Петрова М.А.\n"
      "«Педагогический дебют»\n"
      "8.\n"
      "Подготовка обучающихся к\n"
      "Консультации Март –\n"
      "Учителя 4-х\n"
      "Всероссийским проверочным работам\n"
      "апрель\n"
      "классов\n"
      "9.\n"
      "Подведение итогов работы за год,\n"
      "Заседание\n"
      "Май\n"
      "Соколова Е.В.\n"
      "составление плана на следующий\n"
      "ШМО\n"
      "\n"
      "№\n"
      "п/п\n"
      "\n"
      "Содержание работы\n"
      "учебный год\n"
      "\n";
const char* const kNachAfterTheTable =
      "Руководитель ШМО ________ Е.В. Соколова\n"
      "\n"
      "Форма\n"
      "проведения\n"
      "\n"
      "Сроки\n"
      "\n"
      "Ответственные\n"
      "\n"
      "\n";

// Plain pdftotext of a numbered table with the titles first: each row visual line by
// visual line across its cells, two cells on one line one space apart ("… уроков и
// Обсуждение") or glued ("СеминарНоябрь"), a section row wider than any column before a
// row's number.
TEST(FlatTables, PlainPdftotextNumberedTitlesFirstVisualLines) {
  Plan plan = Extract(kNachTitlesFirstPdftotext);
  ASSERT_EQ(plan.events.size(), 9u);
  EXPECT_EQ(plan.events[0].title, "Анализ работы ШМО за 2024-2025 учебный год");
  EXPECT_EQ(plan.events[0].form, "Круглый стол");
  EXPECT_EQ(plan.events[0].timing.raw, "Август");
  EXPECT_EQ(plan.events[2].title, "Согласование графика открытых уроков и тем самообразования");
  EXPECT_EQ(plan.events[2].form, "Обсуждение");
  EXPECT_EQ(plan.events[2].responsible, (std::vector<std::string>{"Соколова Е.В.", "Лебедева О.П."}));
  EXPECT_EQ(plan.events[3].section, "Заседание № 2. «Функциональная грамотность младших школьников»");
  EXPECT_EQ(plan.events[3].title, "Из опыта работы «Приёмы формирования читательской грамотности на уроках литературного чтения»");
  EXPECT_EQ(plan.events[3].timing.raw, "Ноябрь");
  EXPECT_EQ(plan.events[4].title, "Анализ результатов входных контрольных работ во 2–4 классах");
  EXPECT_EQ(plan.events[4].timing.raw, "Ноябрь");
  EXPECT_EQ(plan.events[4].responsible, std::vector<std::string>{"Руководитель ШМО"});
}

// Cell after cell with a blank line after every line (seed 004's layout): the page's number
// and the header repeated after a page break inside a row, its lines as they stood above
// (some too long for a column title's block), are left out and the row goes on.
TEST(FlatTables, CellAfterCellHeaderRepeatedInsideARow) {
  const std::string header = "№\n\nп/п\n\nСодержание\n\nработы\n\nФорма\n\nпроведения\n\nСроки\n\nОтветственные\n\n";
  Plan plan = Extract(
      "План работы ШМО на 2025-2026 учебный год\n\n" + header +
      "1. Анализ работы ШМО за\n\nпрошлый год\n\nКруглый стол\n\nАвгуст\n\nСоколова Е.В.\n\n\n"
      "2. Из опыта работы «Приёмы\n\nформирования\n\n\n6\n\f" + header +
      "\nчитательской грамотности»\n\nСеминар-практикум\n\nНоябрь\n\nЛебедева О.П.\n\n\n"
      "3. Анализ результатов\n\nДоклад\n\nДекабрь\n\nРуководитель ШМО\n\n");
  ASSERT_EQ(plan.events.size(), 3u);
  EXPECT_EQ(plan.events[1].title, "Из опыта работы «Приёмы формирования читательской грамотности»");
  EXPECT_EQ(plan.events[1].form, "Семинар-практикум");
  EXPECT_EQ(plan.events[1].timing.raw, "Ноябрь");
  EXPECT_EQ(plan.events[1].responsible, std::vector<std::string>{"Лебедева О.П."});
}

// A title's line that begins with a capitalised adjective in an oblique case goes on with
// the title ("Муниципальный этап" / "Всероссийского конкурса"): it begins no cell.
TEST(FlatTables, ObliqueAdjectiveContinuesTheTitle) {
  Plan plan = Extract(
      "План работы на 2023-2024 учебный год\n\n"
      "№ п/п\n\nНаименование мероприятия\n\nФорма\n\nСроки\n\nОтветственный\n\n"
      "1. Муниципальный этап\n\nВсероссийского конкурса\n\nпрофессионального\n\nмастерства\n\n"
      "Муниципальный конкурс\n\nНоябрь-декабрь 2023 г.\n\nТютерева А.М.\n\n"
      "2. Педагогическая\n\nмастерская\n\nКонсультации\n\nЯнварь 2024 г.\n\nБелова С.Н.\n\n");
  ASSERT_EQ(plan.events.size(), 2u);
  EXPECT_EQ(plan.events[0].title, "Муниципальный этап Всероссийского конкурса профессионального мастерства");
  EXPECT_EQ(plan.events[0].form, "Муниципальный конкурс");
}

// What follows such a table is the document's again: another table after the signature
// keeps its events.
TEST(FlatTables, PlainPdftotextTextAfterAVisualLineTableIsKept) {
  Plan plan = Extract(std::string(kNachTitlesFirstPdftotext) +
                      "Руководитель ШМО ________ Е.В. Соколова\n\n"
                      "План работы с одарёнными детьми\n"
                      "№\tМероприятие\tСроки\n1.\tОлимпиада\tоктябрь\n2.\tКонкурс\tмарт\n");
  ASSERT_EQ(plan.events.size(), 11u);
  EXPECT_EQ(plan.events[9].title, "Олимпиада");
  EXPECT_EQ(plan.events[10].title, "Конкурс");
}

// The header repeated after the last page break, its titles split around the signature
// ("Форма" / "проведения", "Сроки", "Ответственные" with no values under them), is no
// column written after the table: nothing to warn of.
TEST(FlatTables, PlainPdftotextHeaderRepeatedAfterTheTableIsNoColumn) {
  Plan plan = Extract(std::string(kNachTitlesFirstPdftotext) + kNachAfterTheTable);
  ASSERT_EQ(plan.events.size(), 9u);
  for (const Diagnostic& d : plan.diagnostics) EXPECT_NE(d.code, "table.columns_after_table") << d.message;
}

// MuPDF's text: a blank line after each row (and inside rows), none between a section row
// and the row it heads, which stands apart from the row above.
TEST(FlatTables, MutoolSectionRowTouchingTheRowItHeads) {
  Plan plan = Extract(
      "План работы ШМО на 2025-2026 учебный год\n"
      "№ \nп/п\n\nСодержание работы\nФорма \nпроведения\n\nСроки\nОтветственные\n\n"
      "1.\nСогласование графика открытых уроков и\nтем самообразования\n\nОбсуждение\nАвгуст\n"
      "Соколова Е.В., \nЛебедева О.П.\n\n"
      "Заседание № 2. «Функциональная грамотность младших школьников»\n"
      "2.\nАнализ результатов входных \nконтрольных работ\n\nДоклад\nНоябрь\nРуководитель \nШМО\n\n");
  ASSERT_EQ(plan.events.size(), 2u);
  EXPECT_EQ(plan.events[0].responsible, (std::vector<std::string>{"Соколова Е.В.", "Лебедева О.П."}));
  EXPECT_EQ(plan.events[1].section, "Заседание № 2. «Функциональная грамотность младших школьников»");
}

// MuPDF's text: a position broken over lines ("Зам. директора по" / "УВР Кузнецова" /
// "Л.М.") is one person's, its middle line no part of the form before it; and the list
// under a title that opens it ("документов:" / "- ФГОС НОО и ООО;") is the title's.
TEST(FlatTables, MutoolPositionEndingOpenGoesOnOverLines) {
  Plan plan = Extract(
      "План работы с молодыми специалистами на 2025-2026 учебный год\n"
      "№ \nп/п\n\nМероприятие\nФорма \nпроведения\n\nСроки\nОтветственные\n\n"
      "1.\nНазначение наставников молодым \nспециалистам\n\nПриказ\nСентябрь\nДиректор школы \n"
      "Петрова Н.В.\n\n"
      "2.\nИзучение нормативных документов:\n- ФГОС НОО и ООО;\n- положение о рабочей программе\n\n"
      "Консультация\nСентябрь\nЗам. директора по \nУВР Кузнецова \nЛ.М.\n\n"
      "3.\nСеминар «Современный урок»\n\nСеминар\nНоябрь\nКузнецова Л.М.\n\n");
  ASSERT_EQ(plan.events.size(), 3u);
  EXPECT_EQ(plan.events[1].title, "Изучение нормативных документов: ФГОС НОО и ООО; положение о рабочей программе");
  EXPECT_EQ(plan.events[1].form, "Консультация");
  EXPECT_EQ(plan.events[1].responsible, (std::vector<std::string>{"Зам. директора по УВР Кузнецова Л.М."}));
}

// pdftotext -raw loses the space in a part's heading after the table ("IV.Работа с
// педагогами"): it is still a heading, not the last row's person.
TEST(FlatTables, RawPartHeadingWithoutItsSpaceEndsTheTable) {
  Plan plan = Extract(
      "План работы МО на 2024-2025 учебный год\n"
      "III.Заседания методического объединения\n"
      "№ п/п Тема заседания Срок Ответственный\n"
      "1. Заседание № 1. Планирование работы на год\n"
      "август Фельдман А.З.\n"
      "2. Заседание № 2. Анализ работы МО за год. Планирование\n"
      "на следующий год\n"
      "май Фельдман А.З.\n"
      "IV.Работа с педагогами\n"
      "№ п/п Мероприятие Срок Ответственный\n"
      "1. Взаимопосещение уроков в течение года Сидорова Е.П.\n");
  ASSERT_GE(plan.events.size(), 2u);
  EXPECT_EQ(plan.events[1].title, "Заседание № 2. Анализ работы МО за год. Планирование на следующий год");
  EXPECT_EQ(plan.events[1].responsible, (std::vector<std::string>{"Фельдман А.З."}));
}

// Plain pdftotext, visual line by visual line: a row has as many visual lines as its
// tallest cell ("специалистам" is the title's second line, beside the person's name, not
// the position's); a timing goes on over lines ("В течение" / "года"); a heading before the
// next row's number ("Работа с родителями") is a section row and does not pull the lines
// before it into its column ("Руководитель" / "ШМО" stays the person's).
const char* kVisualLinesPdftotext =
    "План работы ШМО на 2025-2026 учебный год\n"
    "№\nСодержание работы\nФорма\nСроки\nОтветственные\nп/п\nпроведения\n"
    "Организационная работа\n"
    "1.\n"
    "Назначение кураторов молодым\nПриказ\nСентябрь\nДиректор школы\n"
    "специалистам\nПетрова Н.В.\n"
    "2.\n"
    "Утверждение рабочих программ по\nОбсуждение\nАвгуст\nСоколова Е.В.\n"
    "предметам и внеурочной деятельности\n"
    "3.\n"
    "Согласование графика открытых уроков и\nОбсуждение\nАвгуст\nСоколова Е.В.,\n"
    "тем самообразования педагогов школы\nЛебедева О.П.\n"
    "4.\n"
    "Анализ результатов входных\nДоклад\nНоябрь\nРуководитель\n"
    "контрольных работ во 2–4 классах\nШМО\n"
    "Межсекционная работа\n"
    "5.\n"
    "Взаимопосещение уроков с последующим\nОткрытые\nВ течение\nЧлены ШМО\n"
    "анализом\nуроки\nгода\n"
    "6.\n"
    "Из опыта работы «Приёмы формирования\nСеминар\nДекабрь\nЛебедева О.П.\n"
    "читательской грамотности на уроках\nпрактикум\n"
    "литературного чтения»\n";

TEST(FlatTables, PlainPdftotextRowsAsTallAsTheirTallestCell) {
  Plan plan = Extract(kVisualLinesPdftotext);
  ASSERT_EQ(plan.events.size(), 6u);
  EXPECT_EQ(plan.events[0].title, "Назначение кураторов молодым специалистам");
  EXPECT_EQ(plan.events[0].responsible, std::vector<std::string>{"Директор школы Петрова Н.В."});
  EXPECT_EQ(plan.events[3].title, "Анализ результатов входных контрольных работ во 2–4 классах");
  EXPECT_EQ(plan.events[3].form, "Доклад");
  EXPECT_EQ(plan.events[3].responsible, std::vector<std::string>{"Руководитель ШМО"});
  EXPECT_EQ(plan.events[4].section, "Межсекционная работа");
  EXPECT_EQ(plan.events[4].title, "Взаимопосещение уроков с последующим анализом");
  EXPECT_EQ(plan.events[4].form, "Открытые уроки");
  EXPECT_EQ(plan.events[4].timing.raw, "В течение года");
}

// A plan as pdftotext -raw writes it: a row beside its number, then `second_row` (its lines
// from "2. …" on), then a third row.
std::string RawYoungTeachersPlan(const std::string& second_row) {
  return "План работы с молодыми педагогами на 2025-2026 учебный год\n"
         "№\nп/п\nСодержание работы Форма\nпроведения\nСроки Ответственный\n"
         "Организационная работа\n"
         "1. Закрепление наставников за молодыми\nпедагогами\nПриказ Сентябрь Директор школы\n"
         "Иванова Н.В.\n" +
         second_row +
         "3. Диагностика затруднений молодых\nпедагогов\nАнкетирование Октябрь Педагог-психолог\n"
         "Смирнова А.И.\n";
}

// pdftotext -raw: people named by position ("Наставники") after the row's timing are its
// responsible cell, neither a heading over the next row nor the end of an earlier cell.
TEST(FlatTables, RawPeopleByPositionAfterTheTimingAreResponsible) {
  Plan plan = Extract(RawYoungTeachersPlan(
      "2. Составление планов профессионального\nроста молодых педагогов\nБеседа Сентябрь –\nоктябрь\n"
      "Наставники\n"));
  ASSERT_EQ(plan.events.size(), 3u);
  EXPECT_EQ(plan.events[1].timing.raw, "Сентябрь – октябрь");
  EXPECT_EQ(plan.events[1].responsible, std::vector<std::string>{"Наставники"});
  EXPECT_EQ(plan.events[2].section, "Организационная работа");
}

// pdftotext -raw: a title's next line that begins with a position's word ("специалистов с
// последующим") right after the title's first line is the title's, not a responsible cell
// the title's last line ("анализом") would pass.
TEST(FlatTables, RawTitleLineBeginningWithAPositionWordStaysInOrder) {
  Plan plan = Extract(RawYoungTeachersPlan(
      "2. Посещение уроков молодых\nспециалистов с последующим\nанализом\nПосещение\nуроков\nВ течение\n"
      "года\nНаставники,\nадминистрация\n"));
  ASSERT_EQ(plan.events.size(), 3u);
  EXPECT_EQ(plan.events[1].title, "Посещение уроков молодых специалистов с последующим анализом");
  EXPECT_EQ(plan.events[1].form, "Посещение уроков");
  EXPECT_EQ(plan.events[1].responsible, (std::vector<std::string>{"Наставники", "администрация"}));
}

// A table without row numbers or a number column, written cell after cell with a blank
// line after every line (seed 004's layout): the header ends at the first capitalised line
// that names no column; titles wrap over lines in lower case, narrow cells follow them; a
// heading before a capitalised line is a section row; the page's number and the header
// repeated after a page break are left out; a signature ends the table.
std::string LinesApart(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out += line + " \n\n";
  return out;
}

TEST(FlatTables, UnnumberedTableCellAfterCell) {
  const std::string text = LinesApart({
      "План работы муниципального методического центра на 2025 год",
      "Цель: методическое сопровождение педагогов.",
      "Мероприятие", "Сроки", "Ответственные", "Ожидаемый результат",
      "Работа с руководителями",
      "Совещание руководителей", "образовательных", "организаций", "январь", "Иванова А.А.,",
      "Петров С.С.", "Утверждённый план", "работы на год",
      "Семинар «Управление", "качеством", "образования»", "март 2025 г.", "Петров С.С.", "Повышение",
      "управленческой", "компетентности",
      "3", "Мероприятие", "Сроки", "Ответственные", "Ожидаемый результат",
      "Работа с педагогами",
      "Конкурс «Педагог года»", "февраль-март", "Сидорова Е.В.", "Выявление и", "распространение",
      "лучших практик",
      "Курсы повышения", "квалификации для", "учителей", "Постоянно (в течение", "2025 г.)", "методисты",
      "центра", "Удостоверения о", "повышении", "квалификации",
      "Директор центра ___________ А.А. Иванова"});
  Plan plan = Extract(text);
  ASSERT_EQ(plan.events.size(), 4u);
  const Event& a = plan.events[0];
  EXPECT_EQ(a.number, "");
  EXPECT_EQ(a.section, "Работа с руководителями");
  EXPECT_EQ(a.title, "Совещание руководителей образовательных организаций");
  EXPECT_EQ(a.timing.start, "2025-01");
  EXPECT_EQ(a.responsible, (std::vector<std::string>{"Иванова А.А.", "Петров С.С."}));
  EXPECT_EQ(a.result, "Утверждённый план работы на год");
  EXPECT_EQ(plan.events[1].title, "Семинар «Управление качеством образования»");
  EXPECT_EQ(plan.events[1].result, "Повышение управленческой компетентности");
  const Event& c = plan.events[2];
  EXPECT_EQ(c.section, "Работа с педагогами");
  EXPECT_EQ(c.title, "Конкурс «Педагог года»");
  EXPECT_EQ(c.result, "Выявление и распространение лучших практик");
  const Event& d = plan.events[3];
  EXPECT_EQ(d.title, "Курсы повышения квалификации для учителей");
  EXPECT_EQ(d.timing.raw, "Постоянно (в течение 2025 г.)");  // its bracket closed in the cell
  EXPECT_EQ(d.responsible, std::vector<std::string>{"методисты центра"});
  EXPECT_EQ(d.result, "Удостоверения о повышении квалификации");  // the last line kept
  EXPECT_EQ(a.confidence, 1.0);  // cells of several lines are the rule here
  // A cell passed over (no timing, with nothing to show it empty) makes the row less sure.
  Plan skipped = Extract(LinesApart({"План работы центра на 2025 год", "Мероприятие", "Сроки", "Ответственные",
                                     "Совещание руководителей", "январь", "Иванова А.А.",
                                     "Семинар для методистов", "Петров С.С.",
                                     "Конкурс «Педагог года»", "март", "Сидорова Е.В."}));
  ASSERT_EQ(skipped.events.size(), 3u);
  EXPECT_EQ(skipped.events[1].timing.raw, "");
  EXPECT_EQ(skipped.events[1].responsible, std::vector<std::string>{"Петров С.С."});
  EXPECT_LT(skipped.events[1].confidence, skipped.events[0].confidence);
}

// The same kind of table as LibreOffice writes it, a cell per line: a blank line for an
// empty cell, a second person on a line of their own, another table's header after it.
TEST(FlatTables, UnnumberedTableCellPerLine) {
  Plan plan = Extract(
      "План работы методического кабинета на 2025 год\n"
      "Содержание работы\nФорма проведения\nСроки\nОтветственные\n"
      "Организационная работа\n"
      "Составление плана работы на 2025 год\nсовещание\nянварь\nИванова А.А.\n"
      "Формирование базы данных педагогических кадров\nмониторинг\nфевраль\nПетрова Н.Н.\nСидорова Е.В.\n"
      "Работа с молодыми педагогами\n"
      "Проведение школы молодого педагога\n\nежеквартально\nСидорова Е.В.\n"
      "Заседания\n"
      "Тема\nДата\nВыступающие\n"
      "Итоги года\nмай\nИванова А.А.\n"
      "Планы на новый год\nиюнь\nПетрова Н.Н.\n");
  ASSERT_EQ(plan.events.size(), 5u);
  EXPECT_EQ(plan.events[0].section, "Организационная работа");
  EXPECT_EQ(plan.events[0].title, "Составление плана работы на 2025 год");
  EXPECT_EQ(plan.events[0].form, "совещание");
  EXPECT_EQ(plan.events[1].responsible, (std::vector<std::string>{"Петрова Н.Н.", "Сидорова Е.В."}));
  EXPECT_EQ(plan.events[2].section, "Работа с молодыми педагогами");
  EXPECT_EQ(plan.events[2].title, "Проведение школы молодого педагога");
  EXPECT_EQ(plan.events[2].form, "");
  EXPECT_EQ(plan.events[2].timing.kind, TimingKind::kThroughoutPeriod);
  EXPECT_EQ(plan.events[3].title, "Итоги года");
  EXPECT_EQ(plan.events[4].responsible, std::vector<std::string>{"Петрова Н.Н."});
}

// Text that only looks like such a header is left alone: no table without two rows.
TEST(FlatTables, UnnumberedHeaderWithoutRowsIsNoTable) {
  Plan plan = Extract(LinesApart({"Отчёт о работе за 2025 год", "Мероприятие", "Сроки", "Ответственные",
                                  "Работа велась в течение всего года по плану."}));
  EXPECT_TRUE(plan.events.empty());
}

// The columns plain pdftotext wrote after the signature go back in the rows in order: a
// block of each column in turn, one block holding two rows' cells where they stood close
// ("Олимпиада" / "Открытые уроки"), a person's line ended by a comma going on.
TEST(FlatTables, PlainPdftotextColumnsAfterTheTableArePutBack) {
  const std::string table = std::string(kDatesFirstRows) + "Руководитель ШМО ________ Н.Г. Белова\n\n";
  Plan plan = Extract(table +
                      "Форма проведения\n\nОтветственный\n\n"
                      "Заседание ШМО\n\nБелова Н.Г.\n\nЗаседание ШМО\n\nБелова Н.Г.\n\n"
                      "Олимпиада\nОткрытые уроки\n\nТихонов А.В.,\nучителя математики\nЧлены ШМО\n\n"
                      "Консультации\n\nУчителя математики\n");
  ASSERT_EQ(plan.events.size(), 5u);
  EXPECT_EQ(plan.events[0].form, "Заседание ШМО");
  EXPECT_EQ(plan.events[0].responsible, std::vector<std::string>{"Белова Н.Г."});
  EXPECT_EQ(plan.events[2].form, "Олимпиада");
  EXPECT_EQ(plan.events[2].responsible, (std::vector<std::string>{"Тихонов А.В.", "учителя математики"}));
  EXPECT_EQ(plan.events[3].form, "Открытые уроки");
  EXPECT_EQ(plan.events[3].responsible, std::vector<std::string>{"Члены ШМО"});
  EXPECT_EQ(plan.events[4].form, "Консультации");
  EXPECT_EQ(plan.events[4].form, "Консультации");
  const Diagnostic* placed = nullptr;
  for (const Diagnostic& d : plan.diagnostics) {
    if (d.code == "table.columns_after_table") placed = &d;
  }
  ASSERT_NE(placed, nullptr);
  EXPECT_EQ(placed->severity, Severity::kInfo);
  // Fewer values than rows: nothing is put back, and the reviewer is told.
  Plan short_column = Extract(table + "Ответственный\n\nБелова Н.Г.\n\nТихонов А.В.\n");
  ASSERT_EQ(short_column.events.size(), 5u);
  for (const Event& e : short_column.events) EXPECT_TRUE(e.responsible.empty());
  EXPECT_TRUE(HasDiagnostic(short_column, "table.columns_after_table"));
}

}  // namespace
}  // namespace planparse
