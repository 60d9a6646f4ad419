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

}  // namespace planparse

#endif  // PLANPARSE_NORMALIZER_TEXT_H_
