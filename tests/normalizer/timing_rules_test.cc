// Every heuristic rule, one by one: its example must match, its counter-example must not.
#include "normalizer/timing_rules.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

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

}  // namespace
}  // namespace planparse
