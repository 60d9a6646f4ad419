#include "normalizer/letter_pattern.h"

#include <utility>

#include "normalizer/keys.h"

namespace planparse {

LetterPattern::LetterPattern(std::string pattern, bool case_sensitive)
    : pattern_(std::move(pattern)),
      case_sensitive_(case_sensitive),
      has_letters_(pattern_.find("\\pL") != std::string::npos || pattern_.find("\\p{L") != std::string::npos) {}

const RE2& LetterPattern::For(std::string_view text) const {
  return ForBasic(has_letters_ && IsBasicText(text));
}

const RE2& LetterPattern::Form(bool narrow) const {
  std::call_once(once_[narrow], [&] {
    RE2::Options options;
    options.set_case_sensitive(case_sensitive_);
    forms_[narrow] = std::make_unique<RE2>(narrow ? NarrowLetters(pattern_.c_str()) : pattern_, options);
  });
  return *forms_[narrow];
}

}  // namespace planparse
