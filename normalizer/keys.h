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
// The same, telling in *basic whether the key is basic text (IsBasicText(key)), found as
// the key is made rather than by reading it again.
std::string MatchKey(std::string_view utf8, bool* basic);

// MatchKey of the words that begin `utf8`: at least `min_bytes` bytes after any leading
// space, cut before the next space. It is how MatchKey(utf8) begins, for patterns anchored
// at the start (a list's marker) that need not fold the whole of a long paragraph.
std::string MatchKeyOfStart(std::string_view utf8, size_t min_bytes);

// True when `text` is made only of ASCII, basic Cyrillic (U+0400–U+045F) and the
// punctuation and symbols plans use beside them (U+00A0–U+00BF but ª µ º, U+2000–U+206F,
// №, minus sign), none of which is a letter. Most plans are; fast paths rely on it.
bool IsBasicText(std::string_view text);

// The narrow form of an RE2 pattern: \pL (any letter) replaced by ASCII and basic Cyrillic
// letters, \p{Lu} and \p{Ll} by their capitals and small letters. On basic text it matches
// exactly as the pattern does, and it compiles ten to thirty times faster (each \pL is a
// program of about a thousand instructions).
std::string NarrowLetters(const char* pattern);

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
