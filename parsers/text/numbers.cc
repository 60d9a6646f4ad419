#include "parsers/text/numbers.h"

#include <algorithm>

namespace planparse::text {

bool IsArabicNumber(std::string_view text) {
  if (text.empty() || text.size() > 8 || text[0] < '0' || text[0] > '9') return false;
  return std::all_of(text.begin(), text.end(), [](char c) { return c == '.' || (c >= '0' && c <= '9'); });
}

bool IsRowNumber(std::string_view text) {
  const size_t a = text.find_first_not_of(' ');
  if (a == std::string_view::npos) return false;
  text = text.substr(a, text.find_last_not_of(' ') - a + 1);
  if (IsArabicNumber(text)) return true;
  if (text.size() < 2 || (text.back() != '.' && text.back() != ')')) return false;
  const std::string_view body = text.substr(0, text.size() - 1);
  if (IsArabicNumber(body)) return true;  // "3)"
  return body.size() <= 5 && body.find_first_not_of("IVXLC") == std::string_view::npos;  // "IV."
}

bool IsListMarker(std::string_view text) {
  const size_t a = text.find_first_not_of(' ');
  if (a == std::string_view::npos) return false;
  text = text.substr(a, text.find_last_not_of(' ') - a + 1);
  if (IsRowNumber(text)) return true;
  static const char* const kBullets[] = {"•", "·", "-", "–", "—", "o", "▪", "●", "○", "■", "□", "*",
                                         "\uF0B7", "\uF0A7"};
  return std::any_of(std::begin(kBullets), std::end(kBullets), [&](const char* b) { return text == b; });
}

}  // namespace planparse::text
