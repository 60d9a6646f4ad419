#include "normalizer/letter_pattern.h"

#include <cstring>

#include "normalizer/keys.h"

namespace planparse {

LetterPattern::LetterPattern(const char* pattern, bool case_sensitive)
    : pattern_(pattern),
      case_sensitive_(case_sensitive),
      has_letters_(std::strstr(pattern, "\\pL") != nullptr || std::strstr(pattern, "\\p{L") != nullptr) {}

const RE2& LetterPattern::For(std::string_view text) const {
  return Form(has_letters_ && IsBasicText(text));
}

const RE2& LetterPattern::Form(bool narrow) const {
  std::call_once(once_[narrow], [&] {
    RE2::Options options;
    options.set_case_sensitive(case_sensitive_);
    forms_[narrow] = std::make_unique<RE2>(narrow ? NarrowLetters(pattern_) : std::string(pattern_), options);
  });
  return *forms_[narrow];
}

}  // namespace planparse
