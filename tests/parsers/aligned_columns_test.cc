// Tables aligned with spaces (pdftotext -layout): one-space gutters, columns that move
// from page to page and row to row, headings across the table, unsure rows.
#include "parsers/text/aligned_columns.h"

#include <gtest/gtest.h>

#include <sstream>

#include "parsers/text/text_reader.h"

namespace planparse {
namespace {

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line[0] == '\f') {
      out.emplace_back("\f");
      line.erase(0, 1);
    }
    out.push_back(line);
  }
  return out;
}

// The text of each cell of a row, its lines joined with " | ".
std::vector<std::string> RowText(const TableRow& row) {
  std::vector<std::string> out;
  for (const TableCell& cell : row.cells) {
    std::string text;
    for (const Block& b : cell.blocks) text += (text.empty() ? "" : " | ") + b.paragraph.text;
    out.push_back(text);
  }
  return out;
}

const Table* OnlyTable(const std::vector<Block>& blocks) {
  const Table* found = nullptr;
  for (const Block& b : blocks) {
    if (b.kind != BlockKind::kTable) continue;
    if (found != nullptr) return nullptr;
    found = &b.table;
  }
  return found;
}

// Two pages of a five-column plan. The second page repeats the header two characters to
// the right; its rows sit another character off; the gutters are one space wide.
const char* kTwoPages =
    "№    Наименование      Сроки    Ответств   Результат\n"
    "п/п  мероприятия       проведе  енный\n"
    "                       ния\n"
    "1.   Совещание         сентябр  Иванова    Протокол\n"
    "     руководителей МО  ь 2025   И.И.       совещания\n"
    "2.   Семинар для       октябрь  Петрова    Методические\n"
    "     молодых           2025     П.П.       рекомендации\n"
    "\f№      Наименование      Сроки    Ответств   Результат\n"
    "п/п    мероприятия       проведе  енный\n"
    "                         ния\n"
    "     педагогов\n"
    "3.     Конкурс           ноябрь   Сидорова   Приказ об\n"
    "       «Педагог года»    2025     С.С.       итогах\n";

TEST(AlignedColumns, CellsFollowEachPagesColumns) {
  std::vector<Diagnostic> diagnostics;
  std::vector<Block> blocks = LayoutLines(Lines(kTwoPages), &diagnostics);
  const Table* table = OnlyTable(blocks);
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->grid_columns, 5);
  ASSERT_EQ(table->rows.size(), 4u);
  EXPECT_TRUE(table->rows[0].is_header);
  EXPECT_EQ(RowText(table->rows[0]),
            (std::vector<std::string>{"№ | п/п", "Наименование | мероприятия",
                                      "Сроки | проведе | ния", "Ответств | енный", "Результат"}));
  EXPECT_EQ(RowText(table->rows[1]),
            (std::vector<std::string>{"1.", "Совещание | руководителей МО", "сентябр | ь 2025",
                                      "Иванова | И.И.", "Протокол | совещания"}));
  // The row goes on after the page break and its repeated header.
  EXPECT_EQ(RowText(table->rows[2]),
            (std::vector<std::string>{"2.", "Семинар для | молодых | педагогов", "октябрь | 2025",
                                      "Петрова | П.П.", "Методические | рекомендации"}));
  EXPECT_EQ(RowText(table->rows[3]),
            (std::vector<std::string>{"3.", "Конкурс | «Педагог года»", "ноябрь | 2025",
                                      "Сидорова | С.С.", "Приказ об | итогах"}));
  EXPECT_EQ(table->rows[3].span.first_line, 12);
  EXPECT_TRUE(diagnostics.empty());
}

TEST(AlignedColumns, HeadingAcrossTheTableIsOneRowEvenOverAPageBreak) {
  const char* text =
      "№    Наименование      Сроки    Ответств   Результат\n"
      "п/п  мероприятия       проведе  енный\n"
      "1.   Совещание         сентябр  Иванова    Протокол\n"
      "II. ОРГАНИЗАЦИЯ РАБОТЫ С ОДАРЁННЫМИ ДЕТЬМИ И ИХ\n"
      "\f№    Наименование      Сроки    Ответств   Результат\n"
      "п/п  мероприятия       проведе  енный\n"
      "РОДИТЕЛЯМИ В ТЕЧЕНИЕ УЧЕБНОГО ГОДА\n"
      "2.   Олимпиада         октябрь  Петрова    Приказ\n";
  std::vector<Block> blocks = LayoutLines(Lines(text));
  const Table* table = OnlyTable(blocks);
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->rows.size(), 4u);
  ASSERT_EQ(table->rows[2].cells.size(), 1u);
  EXPECT_EQ(table->rows[2].cells[0].col_span, 5);
  EXPECT_EQ(RowText(table->rows[2])[0],
            "II. ОРГАНИЗАЦИЯ РАБОТЫ С ОДАРЁННЫМИ ДЕТЬМИ И ИХ РОДИТЕЛЯМИ В ТЕЧЕНИЕ УЧЕБНОГО ГОДА");
  EXPECT_EQ(RowText(table->rows[3])[1], "Олимпиада");
}

TEST(AlignedColumns, ANumberedLineWithTheTitleInItsColumnIsARowNotAHeading) {
  // "1.2. Семинар": the title starts where the title column does, one space after the
  // number; "2. Работа с молодыми педагогами" starts left of it: a heading.
  const char* text =
      "№    Наименование      Сроки    Ответств   Результат\n"
      "1.1. Совещание         сентябр  Иванова    Протокол\n"
      "1.2. Семинар\n"
      "     для молодых       октябрь  Петрова    Рекомендации\n"
      "2. Работа с молодыми педагогами\n"
      "2.1. Наставничество    ноябрь   Сидорова   Отчёт\n";
  const Table* table = nullptr;
  std::vector<Block> blocks = LayoutLines(Lines(text));
  table = OnlyTable(blocks);
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->rows.size(), 5u);
  EXPECT_EQ(RowText(table->rows[2]),
            (std::vector<std::string>{"1.2.", "Семинар | для молодых", "октябрь", "Петрова",
                                      "Рекомендации"}));
  ASSERT_EQ(table->rows[3].cells.size(), 1u);
  EXPECT_EQ(RowText(table->rows[3])[0], "2. Работа с молодыми педагогами");
  EXPECT_EQ(RowText(table->rows[4])[1], "Наставничество");
}

TEST(AlignedColumns, WordsThatFitNoColumnMarkTheRowUnsure) {
  // Row 2's words run across the column starts: pdftotext glued its cells together.
  const char* text =
      "№    Наименование      Сроки    Ответств   Результат\n"
      "1.   Совещание         сентябр  Иванова    Протокол\n"
      "     руководителей МО  ь 2025   И.И.       совещания\n"
      "2.   Семинар для молодыхпедагоговоктябрь 2025Петрова П.П. Рекомендации\n"
      "     по итогам семинарадляучастников конкурсаМетодическиерекомендации\n"
      "3.   Конкурс           ноябрь   Сидорова   Приказ\n";
  std::vector<Diagnostic> diagnostics;
  std::vector<Block> blocks = LayoutLines(Lines(text), &diagnostics);
  const Table* table = OnlyTable(blocks);
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->rows.size(), 4u);
  EXPECT_EQ(table->rows[1].confidence, 1.0);
  EXPECT_LT(table->rows[2].confidence, 1.0);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].code, "table.row_uncertain");
  EXPECT_EQ(diagnostics[0].span.first_line, 4);
  EXPECT_EQ(diagnostics[0].span.last_line, 5);
  EXPECT_NE(diagnostics[0].message.find("Строка 2."), std::string::npos);
}

TEST(AlignedColumns, RunningTextAfterTheTableEndsIt) {
  const char* text =
      "№    Наименование      Сроки    Ответств   Результат\n"
      "1.   Совещание         сентябр  Иванова    Протокол\n"
      "2.   Семинар           октябрь  Петрова    Рекомендации\n"
      "Заместитель директора по УВР Иванова И.И.\n";
  std::vector<Block> blocks = LayoutLines(Lines(text));
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kTable);
  EXPECT_EQ(blocks[1].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[1].span.first_line, 4);
}

TEST(AlignedColumns, TwoColumnsWithTitlesFromTheMargin) {
  // Titles start at the margin, so their wrapped lines have no gap at all; the numbers
  // are glued to them. The last line still belongs to the last title (no sentence ended).
  const char* text =
      "Название мероприятия                  Сроки проведения\n"
      "1.Организация деятельности            в течение года\n"
      "методического объединения\n"
      "2.Участие в вебинарах педагогов       октябрь\n"
      "3.Взаимопосещение занятий (по         по отдельному\n"
      "согласованию)                         графику\n"
      "4.Заседание методического             май\n"
      "объединения педагогов (по\n"
      "согласованию)\n";
  std::vector<Block> blocks = LayoutLines(Lines(text));
  const Table* table = OnlyTable(blocks);
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->grid_columns, 2);
  ASSERT_EQ(table->rows.size(), 5u);
  EXPECT_EQ(RowText(table->rows[1]),
            (std::vector<std::string>{"1.Организация деятельности | методического объединения",
                                      "в течение года"}));
  EXPECT_EQ(RowText(table->rows[3]),
            (std::vector<std::string>{"3.Взаимопосещение занятий (по | согласованию)",
                                      "по отдельному | графику"}));
  EXPECT_EQ(RowText(table->rows[4])[0], "4.Заседание методического | объединения педагогов (по | согласованию)");
}

TEST(AlignedColumns, AnotherTablesCaptionAndHeaderEndTheTable) {
  const char* text =
      "№     Содержание         Сроки      Место      Ответственный\n"
      "2. Информационная деятельность\n"
      "      1. пополнение      в течение  школа      Иванова И.И.\n"
      "         банка опыта     года\n"
      "Заседания МО\n"
      "Дата         Повестка                            Выступающий\n";
  std::vector<Block> blocks = LayoutLines(Lines(text));
  ASSERT_GE(blocks.size(), 2u);
  ASSERT_EQ(blocks[0].kind, BlockKind::kTable);
  const Table& table = blocks[0].table;
  ASSERT_EQ(table.rows.size(), 3u);
  EXPECT_EQ(RowText(table.rows[1])[0], "2. Информационная деятельность");  // a heading
  EXPECT_EQ(RowText(table.rows[2])[1], "1. пополнение | банка опыта");
  EXPECT_EQ(blocks[0].span.last_line, 4);
  EXPECT_EQ(blocks[1].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[1].span.first_line, 5);
}

// Double spaces typed inside sentences, and list items indented, as LibreOffice's text
// export keeps them: the pieces after the gaps line up with nothing, so no table.
TEST(AlignedColumns, ProseWithDoubleSpacesIsNoTable) {
  const char* text =
      "Задачи:\n"
      "    1. Усиление воспитательного потенциала программ посредством  участия в реализации проектов\n"
      "    2. Формирование единого открытого  образовательного пространства.\n"
      "    3. Создание условий, обеспечивающих непрерывное профессиональное  развитие педагогов.\n"
      "Название мероприятия\n";
  std::vector<Block> blocks = LayoutLines(Lines(text));
  EXPECT_EQ(OnlyTable(blocks), nullptr);
  ASSERT_EQ(blocks.size(), 5u);
  EXPECT_EQ(blocks[2].paragraph.text, "    2. Формирование единого открытого  образовательного пространства.");
}

TEST(AlignedColumns, ALowerCaseWordRunningIntoAnEmptyColumnStaysInItsCell) {
  // Row 3's "новых" runs one space past the timing column's start, which is otherwise
  // empty in that row: the word belongs to the text before it. Row 2's "Сидорова", one
  // space after the timing, is capitalised: a cell of its own.
  const char* text =
      "№  Содержание  Сроки  Ответств\n"
      "1. совещание о январь Петров\n"
      "   работе      2025   П.П.\n"
      "2. семинар        май Сидорова\n"
      "3. рассмотрение новых\n"
      "   программ\n";
  std::vector<Block> blocks = LayoutLines(Lines(text));
  const Table* table = OnlyTable(blocks);
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->rows.size(), 4u);
  EXPECT_EQ(RowText(table->rows[1]),
            (std::vector<std::string>{"1.", "совещание о | работе", "январь | 2025", "Петров | П.П."}));
  EXPECT_EQ(RowText(table->rows[2]), (std::vector<std::string>{"2.", "семинар", "май", "Сидорова"}));
  EXPECT_EQ(RowText(table->rows[3]), (std::vector<std::string>{"3.", "рассмотрение новых | программ", "", ""}));
}

TEST(AlignedColumns, ACapitalisedWordAtTheNextColumnsStartBeginsItsCell) {
  // pdftotext squeezed "В" of "В течение года" one space after "Муницип" (of
  // "Муниципальный конкурс"), a character left of the timing column.
  const char* text =
      "№    Наименование   Форма    Сроки    Ответств\n"
      "1.   Конкурс        Муницип В         Иванова\n"
      "     педагогов      альный   течение  И.И.\n"
      "                    конкурс  года\n"
      "2.   Семинар        Семинар  май      Петрова\n";
  std::vector<Block> blocks = LayoutLines(Lines(text));
  const Table* table = OnlyTable(blocks);
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->rows.size(), 3u);
  EXPECT_EQ(RowText(table->rows[1]),
            (std::vector<std::string>{"1.", "Конкурс | педагогов", "Муницип | альный | конкурс",
                                      "В | течение | года", "Иванова | И.И."}));
}

TEST(AlignedColumns, AWordAFewCharactersLeftOfItsColumnBeginsItsCell) {
  // pdftotext put "Ноябрь-" one space after "Сетевой", four characters left of where the
  // row's other timing lines and the header begin.
  const char* text =
      "№    Мероприятие        Форма       Сроки         Ответственный\n"
      "1.   Конкурс чтецов     Сетевой Ноябрь-           Иванова И.И.\n"
      "     «Живое слово»      конкурс     декабрь\n"
      "                                    2025 г.\n"
      "2.   Семинар для        Семинар     январь        Петрова А.А.\n"
      "     наставников                    2026 г.\n";
  std::vector<Block> blocks = LayoutLines(Lines(text));
  const Table* table = OnlyTable(blocks);
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->rows.size(), 3u);
  EXPECT_EQ(RowText(table->rows[1]),
            (std::vector<std::string>{"1.", "Конкурс чтецов | «Живое слово»", "Сетевой | конкурс",
                                      "Ноябрь- | декабрь | 2025 г.", "Иванова И.И."}));
}

// List items in a cell hang their numbers left of the column's text ("1. Заседание" with
// "на год»" under "Заседание"): a number and the word one space after it share a cell.
TEST(AlignedColumns, AHangingItemNumberStaysWithItsItem) {
  const char* text =
      "Месяц       Содержание работы                              Ответственный\n"
      "Сентябрь     1. Заседание МО № 1 «Планирование работы    Руководитель МО\n"
      "                на год»                                  Иванова А.А.\n"
      "             1. Утверждение тем самообразования\n"
      "Октябрь     Заседание МО № 2                              Иванова А.А.\n";
  std::vector<Block> blocks = LayoutLines(Lines(text));
  const Table* table = OnlyTable(blocks);
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->rows.size(), 3u);
  EXPECT_EQ(RowText(table->rows[1]),
            (std::vector<std::string>{"Сентябрь",
                                      "1. Заседание МО № 1 «Планирование работы | на год» | 1. Утверждение тем самообразования",
                                      "Руководитель МО | Иванова А.А."}));
}

TEST(AlignedColumns, ALineIndentedToAnItemsTextGoesOnWithTheItem) {
  // The item's second line begins with a capital (a quoted name) beside the responsible
  // column's second line: no new row under the month, as the indent says.
  const char* text =
      "Месяц       Содержание работы                             Ответственный         Отметка о\n"
      "                                                                                выполнении\n"
      "Сентябрь      1. Заседание методического объединения      Руководитель МО\n"
      "                  «Анализ результатов работы и            Смирнова Е.В.\n"
      "                  планирование на новый учебный год»\n"
      "              1. Утверждение рабочих программ по\n"
      "                  предметам естественно-научного цикла\n"
      "Октябрь       Проведение школьного этапа олимпиады        Учителя-предметники\n"
      "              Открытые уроки молодых педагогов            Козлов Д.И.\n";
  std::vector<Block> blocks = LayoutLines(Lines(text));
  const Table* table = OnlyTable(blocks);
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->rows.size(), 4u);
  EXPECT_EQ(RowText(table->rows[1]),
            (std::vector<std::string>{"Сентябрь",
                                      "1. Заседание методического объединения | «Анализ результатов работы и | "
                                      "планирование на новый учебный год» | 1. Утверждение рабочих программ по | "
                                      "предметам естественно-научного цикла",
                                      "Руководитель МО | Смирнова Е.В.", ""}));
  // Without a marker above, a capitalised line beside another person begins a row.
  EXPECT_EQ(RowText(table->rows[3])[1], "Открытые уроки молодых педагогов");
}

TEST(AlignedColumns, OneSqueezedLineDoesNotHideARowsColumnEdge) {
  // The row's names begin five characters left of the header's column, and one timing
  // ("сентябрь-октябрь") runs across that edge; the edge still holds for the row.
  const char* text =
      "№    Наименование   Сроки       Ответственный\n"
      "1.   Совещание      сентябрь-октябрь\n"
      "     руководителей  2025   Иванова\n"
      "     школ                  И.И.,\n"
      "     района                Петрова\n"
      "                           П.П.\n"
      "2.   Семинар        май         Сидорова\n";
  std::vector<Block> blocks = LayoutLines(Lines(text));
  const Table* table = OnlyTable(blocks);
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->rows.size(), 3u);
  EXPECT_EQ(RowText(table->rows[1]),
            (std::vector<std::string>{"1.", "Совещание | руководителей | школ | района",
                                      "сентябрь-октябрь | 2025", "Иванова | И.И., | Петрова | П.П."}));
}

// A table led by a month column: a numbered section heading runs across that column
// alone ("2. Работа с педагогическими кадрами"), and a row whose month starts its first
// line may end it with a mark in lower case ("перенесено").
TEST(AlignedColumns, NumberedHeadingOverTheMonthColumnAndAMarkInLowerCase) {
  std::vector<Block> blocks = LayoutLines(Lines(
      "Месяц         Содержание работы                    Участники          Ответственные   Отметка\n"
      "1. Организационно-методическая работа\n"
      "Январь        Совещание руководителей              Руководители ОДО   Рябова С.В.     Выполнено\n"
      "              Формирование банка программ          Методисты ОДО      Кузнецова Е.И.\n"
      "2. Работа с педагогическими кадрами\n"
      "Март          Муниципальный конкурс                Педагоги           Рябова С.В.\n"
      "              профессионального мастерства         дополнительного\n"
      "Апрель        Методический интенсив для педагогов  Педагоги ДО        Соколов Д.А.    перенесено\n"));
  const Table* table = OnlyTable(blocks);
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->rows.size(), 7u);
  ASSERT_EQ(table->rows[1].cells.size(), 1u);
  EXPECT_EQ(RowText(table->rows[1]), std::vector<std::string>{"1. Организационно-методическая работа"});
  ASSERT_EQ(table->rows[4].cells.size(), 1u);
  EXPECT_EQ(RowText(table->rows[4]), std::vector<std::string>{"2. Работа с педагогическими кадрами"});
  EXPECT_EQ(RowText(table->rows[5]), (std::vector<std::string>{"Март", "Муниципальный конкурс | профессионального мастерства",
                                                               "Педагоги | дополнительного", "Рябова С.В.", ""}));
  EXPECT_EQ(RowText(table->rows[6]), (std::vector<std::string>{"Апрель", "Методический интенсив для педагогов",
                                                               "Педагоги ДО", "Соколов Д.А.", "перенесено"}));
}

// A page without the header (Word repeats it only when asked): its columns are the
// previous page's moved to where its words begin, here four characters to the left.
TEST(AlignedColumns, APageWithoutItsHeaderMovesTheColumnsToItsWords) {
  std::vector<Block> blocks = LayoutLines(Lines(
      "№ п/п      Сроки        Мероприятие    Форма        Ответственный\n"
      "1.         Октябрь      Решение        Мастер-      Тихонов А.В.\n"
      "                        заданий        класс\n"
      "2.         Ноябрь       Олимпиада      Олимпиада    Учителя\n"
      "\f5.     В течение    Взаимопосе     Открытые     Члены РМО\n"
      "       года         щение          уроки\n"
      "6.     Май          Итоги          Заседание    Белова Н.Г.\n"
      "                    работы         РМО\n"));
  const Table* table = OnlyTable(blocks);
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->rows.size(), 5u);
  EXPECT_EQ(RowText(table->rows[3]),
            (std::vector<std::string>{"5.", "В течение | года", "Взаимопосе | щение", "Открытые | уроки", "Члены РМО"}));
  EXPECT_EQ(RowText(table->rows[4]),
            (std::vector<std::string>{"6.", "Май", "Итоги | работы", "Заседание | РМО", "Белова Н.Г."}));
}

// Three columns led by a month written once: under it a row starts where the title and
// the person both begin with capitals after a line that ended both; a person whose title
// runs wide stands one space after it and keeps the surname with the initials; a list of
// people ending in a comma, or a title ending in "и", goes on.
TEST(AlignedColumns, ThreeColumnsUnderAMonthWrittenOnce) {
  std::vector<Block> blocks = LayoutLines(Lines(
      "Месяц          Мероприятие                                              Ответственный\n"
      "Сентябрь       Педагогический совет «Основные направления работы        Орлова Л.П.\n"
      "               учреждения в новом учебном году»\n"
      "               Утверждение дополнительных общеразвивающих программ Зайцева М.Н., методист\n"
      "               и календарных учебных графиков\n"
      "Октябрь        Консультации для педагогов по оформлению и               Зайцева М.Н.,\n"
      "               Ведению электронного журнала                             Белов А.С.\n"
      "Ноябрь         Открытые занятия педагогов художественной                Руководители\n"
      "               направленности в рамках методической недели              объединений\n"));
  const Table* table = OnlyTable(blocks);
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->rows.size(), 5u);
  EXPECT_EQ(RowText(table->rows[1]), (std::vector<std::string>{
                                         "Сентябрь", "Педагогический совет «Основные направления работы | учреждения в новом учебном году»",
                                         "Орлова Л.П."}));
  EXPECT_EQ(RowText(table->rows[2]), (std::vector<std::string>{
                                         "", "Утверждение дополнительных общеразвивающих программ | и календарных учебных графиков",
                                         "Зайцева М.Н., методист"}));
  EXPECT_EQ(RowText(table->rows[3]), (std::vector<std::string>{
                                         "Октябрь", "Консультации для педагогов по оформлению и | Ведению электронного журнала",
                                         "Зайцева М.Н., | Белов А.С."}));
}

// Four columns under a month written once, the last a note in lower case; headings that
// run across the first column only, before a row that begins in it, are section rows.
TEST(AlignedColumns, FourColumnsUnderAMonthAndHeadingsOverTheFirstColumn) {
  std::vector<Block> blocks = LayoutLines(Lines(
      "Сроки            Мероприятия                                           Ответственные        Примечание\n"
      "проведения\n"
      "Работа с руководителями\n"
      "Январь           Совещание заместителей директоров по учебно-          Кириллова Т.В.\n"
      "                 воспитательной работе «Итоги первого полугодия»\n"
      "                 Консультации по подготовке отчётности                 Методисты кабинета\n"
      "                 образовательных организаций\n"
      "                 Проверка сайтов школ на соответствие требованиям      Гаврилов П.С.        по графику\n"
      "                 законодательства\n"
      "Работа с педагогами\n"
      "Февраль          Районный семинар учителей истории и обществознания    Кириллова Т.В.,\n"
      "                 по подготовке к итоговой аттестации                   Гаврилов П.С.\n"));
  const Table* table = OnlyTable(blocks);
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->rows.size(), 8u);  // the header's two lines are two rows
  EXPECT_EQ(RowText(table->rows[2]), std::vector<std::string>{"Работа с руководителями"});
  EXPECT_EQ(RowText(table->rows[4]), (std::vector<std::string>{
                                         "", "Консультации по подготовке отчётности | образовательных организаций",
                                         "Методисты кабинета", ""}));
  EXPECT_EQ(RowText(table->rows[5]), (std::vector<std::string>{
                                         "", "Проверка сайтов школ на соответствие требованиям | законодательства",
                                         "Гаврилов П.С.", "по графику"}));
  EXPECT_EQ(RowText(table->rows[6]), std::vector<std::string>{"Работа с педагогами"});
  EXPECT_EQ(RowText(table->rows[7])[2], "Кириллова Т.В., | Гаврилов П.С.");
}

// The number column's title ending on a line of its own ("№" over "п/п") is the header's,
// not a heading of the rows.
TEST(AlignedColumns, NumberTitleEndingOnItsOwnLineIsTheHeaders) {
  std::vector<Block> blocks = LayoutLines(Lines(
      "№      Сроки          Мероприятие                                      Форма проведения   Ответственный\n"
      "п/п\n"
      "1.     28.08.2025     Анализ результатов государственной итоговой      Заседание ШМО      Белова Н.Г.\n"
      "                      аттестации выпускников\n"
      "2.     Сентябрь       Утверждение рабочих программ                     Заседание ШМО      Белова Н.Г.\n"));
  const Table* table = OnlyTable(blocks);
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->rows.size(), 3u);
  EXPECT_TRUE(table->rows[0].is_header);
  EXPECT_EQ(RowText(table->rows[0])[2], "Мероприятие");
  EXPECT_EQ(RowText(table->rows[1])[0], "1.");
  EXPECT_EQ(RowText(table->rows[2])[0], "2.");
}

TEST(AlignedColumns, PathologicalLinesEndQuickly) {
  // A line far wider than any page is not a table line; nothing to rebuild.
  std::string wide = "№    Наименование      Сроки" + std::string(5000, ' ') + "Ответственный\n";
  std::vector<Block> out;
  std::vector<std::string> lines = Lines(wide + wide + wide);
  size_t looked_to = 0;
  EXPECT_EQ(TryAlignedColumns(AlignedText(lines), 0, &out, nullptr, &looked_to), 0u);
  EXPECT_TRUE(out.empty());
}

}  // namespace
}  // namespace planparse
