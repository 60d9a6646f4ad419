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

TEST(FlatTables, ProseWithoutAHeaderIsLeftAlone) {
  const char* text = "Отчёт о работе\n\nВ течение года проведено 5 заседаний.\n\nСроки соблюдены.\n";
  Result<Document> doc = ReadDocumentBytes(text, "prose.txt", ReaderOptions());
  ASSERT_TRUE(doc.ok());
  Document copy = doc.value();
  EXPECT_EQ(RebuildFlattenedTables(&copy, FlatTableOptions()), 0);
  EXPECT_EQ(copy.body.size(), doc.value().body.size());
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

}  // namespace
}  // namespace planparse
