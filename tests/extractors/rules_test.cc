// Every extraction heuristic, one by one: its example must match, its counter-example not.
#include "extractors/rules.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "normalizer/keys.h"

namespace planparse {
namespace {

// Each rule of `rules` compiles, says what it is for, matches its example and not its
// counter-example, each as `prepare` makes it (the match key, or the text as written).
void ExpectEachRuleMatchesItsExamples(const std::vector<ExtractionRule>& rules,
                                      std::string (*prepare)(std::string_view)) {
  ASSERT_GE(rules.size(), 10u);
  for (const ExtractionRule& rule : rules) {
    SCOPED_TRACE(rule.name);
    RE2 re(rule.pattern);
    ASSERT_TRUE(re.ok()) << re.error();
    EXPECT_NE(*rule.comment, '\0');
    EXPECT_TRUE(RE2::PartialMatch(prepare(rule.must_match), re)) << rule.must_match;
    EXPECT_FALSE(RE2::PartialMatch(prepare(rule.must_not_match), re)) << rule.must_not_match;
  }
}

TEST(LineRules, EachRuleMatchesItsExampleAndNotItsCounterExample) {
  ExpectEachRuleMatchesItsExamples(LineRules(), [](std::string_view text) { return MatchKey(text); });
}

// The rules on text as written: their examples as written, capitals and all, also in the
// form WrittenRule picks for them.
TEST(WrittenTextRules, EachRuleMatchesItsExampleAndNotItsCounterExample) {
  ExpectEachRuleMatchesItsExamples(WrittenTextRules(), [](std::string_view text) { return std::string(text); });
  for (const ExtractionRule& rule : WrittenTextRules()) {
    EXPECT_TRUE(RE2::PartialMatch(rule.must_match, WrittenRule(rule.name, rule.must_match))) << rule.name;
    EXPECT_FALSE(RE2::PartialMatch(rule.must_not_match, WrittenRule(rule.name, rule.must_not_match))) << rule.name;
  }
}

// On basic text (ASCII, basic Cyrillic, common punctuation), the narrow form of each rule with \pL must find
// what the full form finds, with the same groups, in both case modes. Texts are made from
// pieces of what the rules look for: names, initials, orders, legal forms, past tense.
TEST(LineRules, NarrowFormsMatchAsTheFullFormsOnNarrowText) {
  const std::vector<std::string> pieces = {
      "Иванова", "И.", "И.И.", "О. В.", "Глиюн", "Петров-Водкин", "ИП", "мбоу", "МБУ ДО", "гбпоу", "\"",
      "\"Школа № 5\"", "Центр", "приказ", "приказом", "№", "n", "no", "12-о", "от", "16.01.2026", "30",
      "августа", "2024", "г.", "года", "было", "проведено", "проведен", "заседание", "состоялось", "год",
      "учебный", "гг.", "Ёлкин", "ёж", "Ђ", "џ", "Smith", "J.", "R.", "-", ".", ",", ";", ":", " ", "  ",
      "1", "2023", "/", "(", ")", "_", "«", "»", "«Центр роста»", "—", "–", "“", "”", "…", "\u00A0"};
  int narrow_rules = 0, matches = 0;
  std::mt19937 random(11);
  std::vector<ExtractionRule> rules = LineRules();
  rules.insert(rules.end(), WrittenTextRules().begin(), WrittenTextRules().end());
  for (const ExtractionRule& rule : rules) {
    if (std::string(rule.pattern).find("\\pL") == std::string::npos &&
        std::string(rule.pattern).find("\\p{L") == std::string::npos) {
      continue;
    }
    ++narrow_rules;
    SCOPED_TRACE(rule.name);
    for (bool case_sensitive : {true, false}) {
      RE2::Options options;
      options.set_case_sensitive(case_sensitive);
      RE2 full(rule.pattern, options), narrow(NarrowLetters(rule.pattern), options);
      ASSERT_TRUE(narrow.ok()) << narrow.error();
      ASSERT_EQ(full.NumberOfCapturingGroups(), narrow.NumberOfCapturingGroups());
      const int groups = full.NumberOfCapturingGroups() + 1;
      std::vector<std::string> texts = {MatchKey(rule.must_match), MatchKey(rule.must_not_match)};
      for (int n = 0; n < 3000; ++n) {
        std::string text;
        const int length = static_cast<int>(random() % 6) + 1;
        for (int k = 0; k < length; ++k) {
          if (k > 0 && random() % 2 == 0) text += ' ';
          text += pieces[random() % pieces.size()];
        }
        texts.push_back(random() % 2 ? MatchKey(text) : text);
      }
      for (const std::string& text : texts) {
        ASSERT_TRUE(IsBasicText(text)) << text;
        std::vector<re2::StringPiece> a(groups), b(groups);
        const bool found = full.Match(text, 0, text.size(), RE2::UNANCHORED, a.data(), groups);
        ASSERT_EQ(found, narrow.Match(text, 0, text.size(), RE2::UNANCHORED, b.data(), groups)) << text;
        matches += found;
        for (int g = 0; found && g < groups; ++g) ASSERT_EQ(a[g].data(), b[g].data()) << text << " group " << g;
        for (int g = 0; found && g < groups; ++g) ASSERT_EQ(a[g].size(), b[g].size()) << text << " group " << g;
      }
    }
  }
  EXPECT_GE(narrow_rules, 6);
  EXPECT_GE(matches, 1000);  // the texts do reach the rules
}

// Rule(name, text) takes the narrow form only for narrow text.
TEST(LineRules, RuleForTextPicksTheFormByTheText) {
  EXPECT_EQ(&Rule("person_name", "Иванова И.И."), &Rule("person_name", "Петров П.П."));
  EXPECT_NE(&Rule("person_name", "Иванова И.И."), &Rule("person_name"));
  EXPECT_EQ(&Rule("person_name", "Ιωάννου Α.Β."), &Rule("person_name"));  // Greek: the full form
  EXPECT_EQ(&Rule("approval_heading", "УТВЕРЖДАЮ"), &Rule("approval_heading"));  // no \pL: one form
  EXPECT_TRUE(RE2::FullMatch("Ιωάννου Α.Β.", Rule("person_name", "Ιωάννου Α.Β.")));
}

// RuleOfForm(name, basic) is Rule(name, text) for a text whose basicness is known.
TEST(LineRules, RuleOfFormIsRuleForTextOfThatForm) {
  for (const ExtractionRule& r : LineRules()) {
    SCOPED_TRACE(r.name);
    EXPECT_EQ(&RuleOfForm(r.name, true), &Rule(r.name, "Иванова И.И."));
    EXPECT_EQ(&RuleOfForm(r.name, false), &Rule(r.name, "Ιωάννου Α.Β."));
  }
  EXPECT_NE(&RuleOfForm("person_name", true), &RuleOfForm("person_name", false));
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
      {"Продукт", ColumnRole::kResult}, {"Форма отчётности", ColumnRole::kResult},
      {"Отчётная документация", ColumnRole::kResult}, {"Кто привлекается", ColumnRole::kAudience},
      {"Примечание", ColumnRole::kNote}, {"Отметка о выполнении", ColumnRole::kNote},
      {"Организация мероприятия", ColumnRole::kTitle},
      {"Направление работы", ColumnRole::kSection}, {"Раздел плана", ColumnRole::kSection},
      {"Направление деятельности", ColumnRole::kSection}, {"Направления работы МО", ColumnRole::kTitle},
      {"", ColumnRole::kOther}, {"Подпись", ColumnRole::kOther},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(ColumnRoleName(RoleOfHeader(c.header)), std::string(ColumnRoleName(c.role))) << c.header;
  }
}

}  // namespace
}  // namespace planparse
