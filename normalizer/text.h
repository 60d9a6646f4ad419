// Output text as a careful human would type it into a database: NFC, every Unicode space
// a plain space, zero-width characters, BOMs and soft hyphens removed, runs of spaces
// collapsed, trimmed. Quotes and dashes are kept as the document has them.
#ifndef PLANPARSE_NORMALIZER_TEXT_H_
#define PLANPARSE_NORMALIZER_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

namespace planparse {

class Hyphenator;

std::string NormalizeText(std::string_view utf8);

// True when NormalizeText(utf8) would return `utf8` unchanged, told by one quick scan of
// its bytes (ASCII, Cyrillic, common punctuation, single spaces inside); false when it
// might change it.
bool IsNormalText(std::string_view utf8);

// Characters (code points) of UTF-8 text: length bounds count these, not bytes (a
// Cyrillic letter takes two bytes).
size_t Characters(std::string_view utf8);

// The end of the run of two-byte characters led by D0 or D1 (U+0400–U+047F, the Cyrillic
// letters of Russian and its neighbours) that starts at byte `i` of UTF-8 `s`; `i` when
// none starts there. `basic_only`: of U+0400–U+045F only, IsBasicText's Cyrillic. Read
// eight bytes at a time: scanners of a plan's text step over most of it with this.
size_t SkipCyrillicPairs(std::string_view s, size_t i, bool basic_only = false);

// Whether UTF-8 text holds a letter of any script (general category L, what RE2's \pL
// matches), read up to the first one.
bool HasLetter(std::string_view utf8);

// Joins lines of one wrapped value with single spaces. A line-end hyphen is removed when
// it splits one word ("органи-" + "заций") and kept when it joins a compound or a range
// ("организационно-" + "методическими", "апрель-" + "май"); `hyphenator` decides, and
// without one every hyphen is kept. A word broken without a hyphen ("Исполнит" + "ель")
// is rejoined when the dictionary knows the whole word but not one of its halves; that
// only for kWrapped lines (a layout broke them), not for kParagraphs (a DOCX cell's
// paragraphs, which Word never breaks inside a word). Also only for kWrapped: a line that
// starts with punctuation (",", ";", ":", ".", ")") is glued to the line before.
// The result is normalised as NormalizeText.
enum class LineBreaks { kWrapped, kParagraphs };
std::string JoinLines(const std::vector<std::string>& lines, const Hyphenator* hyphenator,
                      LineBreaks breaks = LineBreaks::kWrapped);

// Words glued together where a converter lost the spaces between them (pandoc squeezing a
// heading into a column a few letters wide: "Информационнаядеятельность"): a word of 10
// letters or more that the dictionary does not know is split into the fewest words it
// knows (three letters or more, or a short joining word: "и", "в", "по"…), "Информационная
// деятельность"; in a hyphenated word each part on its own ("Научно-методическаядеятельность").
// Where a word runs into a figure or "№", the spaces around numbers come back too
// ("Заседание№1.«План» на2025год" → "Заседание № 1. «План» на 2025 год"; "ШМО №2" and a
// class's "5а" stay). Anything else, and all text without a hyphenator, is returned as it is.
std::string SplitGluedWords(std::string_view text, const Hyphenator* hyphenator);

}  // namespace planparse

#endif  // PLANPARSE_NORMALIZER_TEXT_H_
