// Row and heading numbers as the plain-text readers see them (internal to parsers/text).
#ifndef PLANPARSE_PARSERS_TEXT_NUMBERS_H_
#define PLANPARSE_PARSERS_TEXT_NUMBERS_H_

#include <string_view>

namespace planparse::text {

// "1", "1.", "2.3.": digits and dots, a digit first, at most eight characters.
bool IsArabicNumber(std::string_view text);

// The number a row or a heading starts with: an Arabic one, or one closed by a bracket
// ("3)"), or a Roman one with its dot or bracket ("IV.", "II)"). Spaces around it are
// ignored.
bool IsRowNumber(std::string_view text);

// A list item's number or bullet alone: a row number ("1.", "2)"), or "•", "·", "-", "–",
// "—", "o" (Word's second-level bullet), "▪", "●", "○", "■", "□", "*", or the Symbol and
// Wingdings fonts' bullets converters write as private-use characters (U+F0B7, U+F0A7).
// Spaces around it are ignored.
bool IsListMarker(std::string_view text);

}  // namespace planparse::text

#endif  // PLANPARSE_PARSERS_TEXT_NUMBERS_H_
