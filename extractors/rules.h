// The heuristics of plan extraction, as data: named RE2 rules, each with a comment, an
// example that must match and one that must not (tests/extractors/rules_test.cc checks
// every one). Patterns run on MatchKey text: case-folded, ё→е, dashes "-", quotes '"'.
#ifndef PLANPARSE_EXTRACTORS_RULES_H_
#define PLANPARSE_EXTRACTORS_RULES_H_

#include <re2/re2.h>

#include <string>
#include <string_view>
#include <vector>

namespace planparse {

struct ExtractionRule {
  const char* name;
  const char* pattern;
  const char* comment;
  const char* must_match;      // raw document text
  const char* must_not_match;
};

// Line-level rules, looked up by name with Rule().
const std::vector<ExtractionRule>& LineRules();
// The compiled rule of that name; aborts on an unknown name (a programming error).
const RE2& Rule(const char* name);
// The same rule compiled case-insensitively, for text that was not case-folded.
const RE2& RuleIgnoringCase(const char* name);
// The rule to match `text` with. For text of ASCII letters, basic Cyrillic and common
// punctuation (IsBasicText), as most plans are, a rule written with \pL comes in a narrow
// form whose \pL is ASCII and basic Cyrillic letters only: on such text it matches exactly
// as the full form does, and it compiles ten to thirty times faster (each \pL is a
// program of a thousand instructions), which was most of a run on one small document.
const RE2& Rule(const char* name, std::string_view text);
const RE2& RuleIgnoringCase(const char* name, std::string_view text);
// The same for text already known to be basic or not, as a line's key is (Line::basic_key):
// Rule(name, text) is RuleOfForm(name, IsBasicText(text)).
const RE2& RuleOfForm(const char* name, bool basic_text);

// Rules matched on the text as written, where capitals tell what a piece of a flattened
// table is (a person's surname and initials, an abbreviation, two cells run together);
// their examples are text as written too. Looked up with WrittenRule(), in the form
// `text` needs (narrow for basic text, as Rule() does).
const std::vector<ExtractionRule>& WrittenTextRules();
const RE2& WrittenRule(const char* name, std::string_view text);

enum class ColumnRole { kOther, kNumber, kTitle, kTiming, kResponsible, kForm, kPlace,
                        kAudience, kResult, kNote, kSection };
const char* ColumnRoleName(ColumnRole role);

struct ColumnRule {
  ColumnRole role;
  ExtractionRule rule;
};

// Header wordings → column roles; the first rule that matches a header cell wins, so
// "Форма проведения мероприятия" is a form column, not a title column.
const std::vector<ColumnRule>& ColumnRules();
ColumnRole RoleOfHeader(const std::string& header_text);

}  // namespace planparse

#endif  // PLANPARSE_EXTRACTORS_RULES_H_
