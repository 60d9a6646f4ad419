// Every extraction heuristic, one by one: its example must match, its counter-example not.
#include "extractors/rules.h"

#include <gtest/gtest.h>

#include "normalizer/keys.h"

namespace planparse {
namespace {

TEST(LineRules, EachRuleMatchesItsExampleAndNotItsCounterExample) {
  ASSERT_GE(LineRules().size(), 10u);
  for (const ExtractionRule& rule : LineRules()) {
    SCOPED_TRACE(rule.name);
    RE2 re(rule.pattern);
    ASSERT_TRUE(re.ok()) << re.error();
    EXPECT_NE(*rule.comment, '\0');
    EXPECT_TRUE(RE2::PartialMatch(MatchKey(rule.must_match), re)) << rule.must_match;
    EXPECT_FALSE(RE2::PartialMatch(MatchKey(rule.must_not_match), re)) << rule.must_not_match;
  }
}

TEST(ColumnRules, EachRuleMatchesItsExampleAndItsRoleWins) {
  for (const ColumnRule& c : ColumnRules()) {
    SCOPED_TRACE(c.rule.name);
    RE2 re(c.rule.pattern);
    ASSERT_TRUE(re.ok()) << re.error();
    EXPECT_TRUE(RE2::PartialMatch(MatchKey(c.rule.must_match), re)) << c.rule.must_match;
    EXPECT_FALSE(RE2::PartialMatch(MatchKey(c.rule.must_not_match), re)) << c.rule.must_not_match;
    // The example is read as this rule's role: no earlier rule steals it.
    EXPECT_EQ(RoleOfHeader(c.rule.must_match), c.role) << c.rule.must_match;
  }
}

TEST(ColumnRules, RealHeaderWordings) {
  struct { const char* header; ColumnRole role; } cases[] = {
      {"№", ColumnRole::kNumber}, {"№ п/п", ColumnRole::kNumber}, {"п/п", ColumnRole::kNumber},
      {"Наименование мероприятия", ColumnRole::kTitle}, {"Мероприятие", ColumnRole::kTitle},
      {"Содержание работы", ColumnRole::kTitle}, {"Тема", ColumnRole::kTitle},
      {"Повестка", ColumnRole::kTitle}, {"Название мероприятия", ColumnRole::kTitle},
      {"Сроки", ColumnRole::kTiming}, {"Срок исполнения", ColumnRole::kTiming},
      {"Дата", ColumnRole::kTiming}, {"Дата проведения", ColumnRole::kTiming},
      {"Месяц", ColumnRole::kTiming}, {"Сроки проведения мероприятия", ColumnRole::kTiming},
      {"Ответственный", ColumnRole::kResponsible}, {"Ответственные", ColumnRole::kResponsible},
      {"Исполнитель", ColumnRole::kResponsible}, {"Выступающий", ColumnRole::kResponsible},
      {"Ответственный организатор", ColumnRole::kResponsible},
      {"Форма", ColumnRole::kForm}, {"Форма проведения", ColumnRole::kForm},
      {"Форма проведения мероприятия", ColumnRole::kForm},
      {"Место проведения", ColumnRole::kPlace}, {"Место проведения, форма", ColumnRole::kPlace},
      {"Участники", ColumnRole::kAudience}, {"Целевая аудитория", ColumnRole::kAudience},
      {"Категория участников", ColumnRole::kAudience},
      {"Результат", ColumnRole::kResult}, {"Ожидаемый результат", ColumnRole::kResult},
      {"Планируемый результат", ColumnRole::kResult}, {"Содержание, результат", ColumnRole::kResult},
      {"Продукт", ColumnRole::kResult},
      {"Примечание", ColumnRole::kNote}, {"Отметка о выполнении", ColumnRole::kNote},
      {"Организация мероприятия", ColumnRole::kTitle},
      {"", ColumnRole::kOther}, {"Подпись", ColumnRole::kOther},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(ColumnRoleName(RoleOfHeader(c.header)), std::string(ColumnRoleName(c.role))) << c.header;
  }
}

}  // namespace
}  // namespace planparse
