// LetterPattern: an RE2 pattern that names letters (\pL, \p{Lu}, \p{Ll}), compiled on its
// first use in the form a text needs. For basic text (IsBasicText: ASCII, basic Cyrillic,
// the punctuation plans use) the narrow form (NarrowLetters) matches exactly as the full
// one and compiles ten to thirty times faster; nearly all text is basic, so a run rarely
// compiles the full form at all. With every such pattern compiled in full, compiling took
// most of a one-document run.
#ifndef PLANPARSE_NORMALIZER_LETTER_PATTERN_H_
#define PLANPARSE_NORMALIZER_LETTER_PATTERN_H_

#include <re2/re2.h>

#include <memory>
#include <mutex>
#include <string>
#include <string_view>

namespace planparse {

class LetterPattern {
 public:
  explicit LetterPattern(std::string pattern, bool case_sensitive = true);
  LetterPattern(const LetterPattern&) = delete;
  LetterPattern& operator=(const LetterPattern&) = delete;

  // The compiled form to match `text` (or any part of it) with. Thread-safe.
  const RE2& For(std::string_view text) const;
  // The same for text already known to be basic or not (IsBasicText).
  const RE2& ForBasic(bool basic_text) const { return Form(has_letters_ && basic_text); }
  // The full form, for text not known in advance.
  const RE2& Full() const { return Form(false); }

 private:
  const RE2& Form(bool narrow) const;

  const std::string pattern_;
  bool case_sensitive_;
  bool has_letters_;  // names a letter class, so a narrow form differs
  mutable std::once_flag once_[2];
  mutable std::unique_ptr<RE2> forms_[2];  // [full, narrow]
};

}  // namespace planparse

#endif  // PLANPARSE_NORMALIZER_LETTER_PATTERN_H_
