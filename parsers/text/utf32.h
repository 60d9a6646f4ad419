// Helpers the plain-text readers share for lines held as UTF-32, where a column is a
// character's index (internal to parsers/text).
#ifndef PLANPARSE_PARSERS_TEXT_UTF32_H_
#define PLANPARSE_PARSERS_TEXT_UTF32_H_

#include <string>

namespace planparse::text {

std::u32string ToU32(const std::string& utf8);   // invalid bytes become U+FFFD
std::string ToUtf8(const std::u32string& line);
std::u32string Trim(const std::u32string& line);  // spaces off both ends
bool IsBlank(const std::u32string& line);         // nothing but spaces

}  // namespace planparse::text

#endif  // PLANPARSE_PARSERS_TEXT_UTF32_H_
