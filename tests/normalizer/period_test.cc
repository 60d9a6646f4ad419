#include "normalizer/period.h"

#include <gtest/gtest.h>

namespace planparse {
namespace {

struct Case {
  const char* text;
  const char* start;  // "" when no period is expected
  const char* end;
};

class PeriodTest : public ::testing::TestWithParam<Case> {};

TEST_P(PeriodTest, Parses) {
  std::optional<Period> p = ParsePeriod(GetParam().text);
  if (*GetParam().start == '\0') {
    EXPECT_FALSE(p.has_value()) << p->Start();
    return;
  }
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->Start(), GetParam().start);
  EXPECT_EQ(p->End(), GetParam().end);
}

const Case kCases[] = {
    {"План работы методического объединения на 2025 – 2026 учебный год", "2025-09", "2026-08"},
    {"ПЛАН РАБОТЫ на 2023 - 2024 учебный год", "2023-09", "2024-08"},
    {"на 2023-2024 уч. год", "2023-09", "2024-08"},
    {"на 2023-2024 уч.год", "2023-09", "2024-08"},
    {"2024/2025 учебный год", "2024-09", "2025-08"},
    {"на 2024/2025 учебного года", "2024-09", "2025-08"},
    {"в 2020-2021 учебном году", "2020-09", "2021-08"},
    {"на 2023-24 уч.г.", "2023-09", "2024-08"},
    {"НА 2022–2023 УЧЕБНЫЙ ГОД", "2022-09", "2023-08"},
    {"на 2023—2024 учебный год", "2023-09", "2024-08"},
    {"на 2023 -2024 учебный год", "2023-09", "2024-08"},
    {"план на 2025-2026", "2025-09", "2026-08"},
    {"План работы МО 2025-2026", "2025-09", "2026-08"},
    {"План работы ШМО (2025/2026)", "2025-09", "2026-08"},
    {"на 2026 год", "2026-01", "2026-12"},
    {"на 2026г.", "2026-01", "2026-12"},
    {"на 2026 г.", "2026-01", "2026-12"},
    {"План деятельности МОЦ на 2026 год", "2026-01", "2026-12"},
    {"в 2026 году", "2026-01", "2026-12"},
    {"за 2025 год", "2025-01", "2025-12"},
    {"на 2023-2024 годы", "2023-01", "2024-12"},
    {"на 2024 - 2026 гг.", "2024-01", "2026-12"},
    {"на I полугодие 2024 года", "2024-01", "2024-06"},
    {"на II полугодие 2024 г.", "2024-07", "2024-12"},
    {"на 1 полугодие 2025 года", "2025-01", "2025-06"},
    {"на ___________ учебный год", "", ""},
    {"План работы МО", "", ""},
    {"", "", ""},
    {"Приказ № 1 от 16.01.2026г.", "", ""},
    {"на 2023-2025 учебный год", "", ""},  // not one academic year
    {"на 1023 год", "", ""},
    {"в 20230 году", "", ""},
    {"телефон 2023-2024-55", "", ""},
    {"Программа развития 2025-2030", "", ""},  // ends a title, but no one year's plan
    {"на 2023 – 2024 учебный год (с изменениями от 2025 г.)", "2023-09", "2024-08"},
};
INSTANTIATE_TEST_SUITE_P(Titles, PeriodTest, ::testing::ValuesIn(kCases));

TEST(Period, SpecsAndMonthPlacement) {
  std::optional<Period> academic = PeriodFromSpec("2023-2024");
  ASSERT_TRUE(academic);
  EXPECT_TRUE(academic->academic);
  EXPECT_EQ(academic->YearOfMonth(9), 2023);
  EXPECT_EQ(academic->YearOfMonth(8), 2024);
  EXPECT_TRUE(academic->Contains(2024, 8));
  EXPECT_FALSE(academic->Contains(2024, 9));
  std::optional<Period> calendar = PeriodFromSpec("2026");
  ASSERT_TRUE(calendar);
  EXPECT_EQ(calendar->Start(), "2026-01");
  EXPECT_EQ(calendar->YearOfMonth(12), 2026);
  EXPECT_FALSE(PeriodFromSpec("2024-2023"));
  EXPECT_FALSE(PeriodFromSpec("abc"));
  EXPECT_EQ(PeriodFromSpec("2023/2024")->End(), "2024-08");
}

}  // namespace
}  // namespace planparse
