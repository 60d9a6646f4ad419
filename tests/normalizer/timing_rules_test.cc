// Every heuristic rule, one by one: its example must match, its counter-example must not.
#include "normalizer/timing_rules.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <random>
#include <string>
#include <vector>

#include "normalizer/keys.h"

namespace planparse {
namespace {

TEST(TimingPhraseRules, EachRuleMatchesItsExampleAndNotItsCounterExample) {
  ASSERT_FALSE(TimingPhraseRules().empty());
  for (const TimingPhraseRule& rule : TimingPhraseRules()) {
    SCOPED_TRACE(rule.name);
    RE2 re(rule.pattern);
    ASSERT_TRUE(re.ok()) << re.error();
    EXPECT_NE(*rule.comment, '\0');
    EXPECT_TRUE(RE2::PartialMatch(MatchKey(rule.must_match), re)) << rule.must_match;
    EXPECT_FALSE(RE2::PartialMatch(MatchKey(rule.must_not_match), re)) << rule.must_not_match;
  }
}

void CheckWordRules(const std::vector<TimingWordRule>& rules) {
  ASSERT_FALSE(rules.empty());
  for (const TimingWordRule& rule : rules) {
    SCOPED_TRACE(rule.name);
    RE2 re(rule.pattern);
    ASSERT_TRUE(re.ok()) << re.error();
    EXPECT_GT(rule.value, 0);
    EXPECT_TRUE(RE2::FullMatch(MatchKey(rule.must_match), re)) << rule.must_match;
    EXPECT_FALSE(RE2::FullMatch(MatchKey(rule.must_not_match), re)) << rule.must_not_match;
  }
}

TEST(MonthWordRules, EachRuleMatchesItsExampleAndNotItsCounterExample) {
  CheckWordRules(MonthWordRules());
  EXPECT_EQ(MonthWordRules().size(), 12u);
}

TEST(SeasonWordRules, EachRuleMatchesItsExampleAndNotItsCounterExample) {
  CheckWordRules(SeasonWordRules());
}

TEST(OrdinalWordRules, EachRuleMatchesItsExampleAndNotItsCounterExample) {
  CheckWordRules(OrdinalWordRules());
  EXPECT_EQ(OrdinalWordRules().size(), 4u);
}

// The timing rules with \pL are used in their narrow form on basic text (most cells): on
// such text each must match exactly as its full form does.
TEST(TimingRules, NarrowFormsMatchAsTheFullFormsOnBasicText) {
  const std::vector<std::string> pieces = {
      "каждый", "каждую", "каждого", "неделю", "квартал", "полугодие", "год", "раз", "в", "два", "раза",
      "2", "ежегодно", "еженедельно", "зима", "зимние", "зимой", "весной", "весенних", "летом", "летние",
      "осенью", "осенних", "каникулы", "сентябрь", "2024", "г.", "-", " ", "«", "»", "—", "ёлка", "џ", "x"};
  std::mt19937 random(5);
  std::vector<std::string> texts;
  for (int n = 0; n < 3000; ++n) {
    std::string text;
    const int length = static_cast<int>(random() % 5) + 1;
    for (int k = 0; k < length; ++k) {
      if (k > 0 && random() % 3 != 0) text += ' ';
      text += pieces[random() % pieces.size()];
    }
    texts.push_back(MatchKey(text));
    texts.push_back(pieces[random() % pieces.size()]);  // single words, for the word rules
  }
  std::vector<const char*> patterns;
  for (const TimingPhraseRule& r : TimingPhraseRules()) patterns.push_back(r.pattern);
  for (const TimingWordRule& r : MonthWordRules()) patterns.push_back(r.pattern);
  for (const TimingWordRule& r : SeasonWordRules()) patterns.push_back(r.pattern);
  int narrowed = 0, matches = 0;
  for (const char* pattern : patterns) {
    if (std::string(pattern).find("\\pL") == std::string::npos) continue;
    ++narrowed;
    SCOPED_TRACE(pattern);
    RE2 full(pattern), narrow(NarrowLetters(pattern));
    ASSERT_TRUE(narrow.ok()) << narrow.error();
    for (const std::string& text : texts) {
      ASSERT_TRUE(IsBasicText(text)) << text;
      ASSERT_EQ(RE2::PartialMatch(text, full), RE2::PartialMatch(text, narrow)) << text;
      ASSERT_EQ(RE2::FullMatch(text, full), RE2::FullMatch(text, narrow)) << text;
      matches += RE2::PartialMatch(text, full);
    }
  }
  EXPECT_GE(narrowed, 8);
  EXPECT_GE(matches, 1000);
}

// Of the phrase rules that match a cell, the first in table order decides its recurrence,
// whatever the order of the phrases in the cell: each pair of examples in one cell, in
// either order, in basic text and (with a Greek letter) in text that needs the full forms.
TEST(TimingPhraseRules, ParseTimingTakesTheFirstMatchingRuleInTableOrder) {
  const std::vector<TimingPhraseRule>& rules = TimingPhraseRules();
  int decided_by_a_later_rule = 0;
  for (const std::string& tail : {std::string(), std::string(" Ω")}) {  // basic and full forms
    for (const TimingPhraseRule& a : rules) {
      for (const TimingPhraseRule& b : rules) {
        const std::string text = std::string(a.must_match) + ", " + b.must_match + tail;
        const std::string key = MatchKey(text);
        Recurrence expected = Recurrence::kNone;
        for (const TimingPhraseRule& r : rules) {
          if (r.recurrence != Recurrence::kNone && RE2::PartialMatch(key, RE2(r.pattern))) {
            expected = r.recurrence;
            break;
          }
        }
        if (expected != a.recurrence && expected != Recurrence::kNone) ++decided_by_a_later_rule;
        EXPECT_EQ(ParseTiming(text, std::nullopt).recurrence, expected) << text;
      }
    }
  }
  EXPECT_GT(decided_by_a_later_rule, 0);  // the order is put to the test
}

}  // namespace
}  // namespace planparse
