#include "parsers/text/utf32.h"

#include <unicode/unistr.h>

namespace planparse::text {

std::u32string ToU32(const std::string& utf8) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
  std::u32string out;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) out.push_back(u.char32At(i));
  return out;
}

std::string ToUtf8(const std::u32string& line) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(line.data()),
                                                      static_cast<int32_t>(line.size()));
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::u32string Trim(const std::u32string& line) {
  const size_t a = line.find_first_not_of(U' ');
  if (a == std::u32string::npos) return U"";
  return line.substr(a, line.find_last_not_of(U' ') - a + 1);
}

bool IsBlank(const std::u32string& line) { return line.find_first_not_of(U' ') == std::u32string::npos; }

}  // namespace planparse::text
