// Match keys: the form every heuristic compares text in, so "ЦЕЛЬ:", "Цель :" and "Цeль"
// (with a Latin e) all match. Also the detection of words that mix scripts.
#ifndef PLANPARSE_NORMALIZER_KEYS_H_
#define PLANPARSE_NORMALIZER_KEYS_H_

#include <string>
#include <string_view>
#include <vector>

namespace planparse {

// ICU full case folding, ё→е, every dash and minus → "-", every quote → '"', Latin
// letters that look Cyrillic mapped to Cyrillic inside words that have Cyrillic letters,
// spaces normalised and collapsed (NormalizeText), trimmed.
std::string MatchKey(std::string_view utf8);

// The Cyrillic look-alike of a Latin letter ('e' → 'е', 'H' → 'Н'), or 0 when none.
// Derived from Unicode's confusables data (tests check each pair with ICU's spoof checker).
char32_t CyrillicLookalike(char32_t latin);

struct MixedScriptWord {
  std::string word;     // the word as written
  size_t offset = 0;    // byte offset of the word in the text
};

// Words that contain both Cyrillic and Latin letters ("Цeль", "МOУ"): they break search.
std::vector<MixedScriptWord> FindMixedScriptWords(std::string_view utf8);

}  // namespace planparse

#endif  // PLANPARSE_NORMALIZER_KEYS_H_
