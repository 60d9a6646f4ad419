// The phrase rules of the timing and period parsers, as data: each RE2 pattern (matched
// against a MatchKey: case-folded, ё→е, dashes "-") with a comment, an example that must
// match and one that must not. tests/normalizer/timing_rules_test.cc checks every one.
#ifndef PLANPARSE_NORMALIZER_TIMING_RULES_H_
#define PLANPARSE_NORMALIZER_TIMING_RULES_H_

#include <vector>

#include "normalizer/timing.h"

namespace planparse {

struct TimingPhraseRule {
  const char* name;
  const char* pattern;       // RE2, partial match on the match key
  TimingKind kind;           // kUnknown: the rule sets only the recurrence
  Recurrence recurrence;     // kNone: the rule sets only the kind
  const char* comment;
  const char* must_match;    // raw text, as in a document
  const char* must_not_match;
};

const std::vector<TimingPhraseRule>& TimingPhraseRules();

// Word-level rules: one token (a run of letters) in full.
struct TimingWordRule {
  const char* name;
  const char* pattern;       // RE2, full match on one case-folded word
  int value;                 // month 1..12, season 1..4 (зима..осень), or 0
  const char* comment;
  const char* must_match;
  const char* must_not_match;
};

const std::vector<TimingWordRule>& MonthWordRules();   // value: month number
const std::vector<TimingWordRule>& SeasonWordRules();  // value: 1 winter .. 4 autumn
const std::vector<TimingWordRule>& OrdinalWordRules();  // value: 1 первая .. 4 четвёртая

}  // namespace planparse

#endif  // PLANPARSE_NORMALIZER_TIMING_RULES_H_
