#include "normalizer/keys.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <array>
#include <cstring>
#include <string>

#include "normalizer/text.h"

namespace planparse {
namespace {

// ASCII and the Cyrillic letters answer without asking ICU; the rest ask it.
bool IsCyrillic(UChar32 c) {
  if (c < 0x80) return false;
  if (c >= 0x400 && c <= 0x481) return true;
  UErrorCode error = U_ZERO_ERROR;
  return uscript_getScript(c, &error) == USCRIPT_CYRILLIC;
}
bool IsLatin(UChar32 c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  if (c >= 0x400 && c <= 0x481) return false;
  UErrorCode error = U_ZERO_ERROR;
  return uscript_getScript(c, &error) == USCRIPT_LATIN;
}
bool IsWordChar(UChar32 c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  if (c >= 0x400 && c <= 0x481) return true;
  return u_isalpha(c) || u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK;
}

// Code points whose simple case folding (one code point) is also their full folding: for
// text made only of these, MatchKey folds code point by code point.
bool FoldsSimply(UChar32 c) {
  if (c < 0x530) return c != 0xDF && c != 0x130 && c != 0x149 && c != 0x1F0 && c != 0x390 && c != 0x3B0;
  return (c >= 0x2000 && c <= 0x206F) || c == 0x2116 || c == 0x2212;
}

// Simple case folding of a code point FoldsSimply accepts; ASCII and the basic Cyrillic
// letters, most of any plan, without asking ICU.
UChar32 FoldSimply(UChar32 c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + 0x20 : c;
  if (c >= 0x410 && c <= 0x42F) return c + 0x20;  // А..Я
  if (c >= 0x430 && c <= 0x45F) return c;         // а..я, ѐ..џ
  if (c >= 0x400 && c <= 0x40F) return c + 0x50;  // Ѐ..Џ (Ё, Є, І, Ї, Ў, ...)
  return u_foldCase(c, U_FOLD_CASE_DEFAULT);
}

UChar32 UnifyPunctuation(UChar32 c) {
  switch (c) {
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
      return '-';
    case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: case 0x201E: case 0x201F:
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2039: case 0x203A:
    case '\'': case '`': case 0x00B4: case 0x2032: case 0x2033:
      return '"';
    case 0x0451: return 0x0435;  // ё → е
    default: return c;
  }
}

void AppendUtf8(UChar32 c, std::string* out) {
  char buffer[4];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buffer, n, c);
  out->append(buffer, static_cast<size_t>(n));
}

bool IsAsciiLetter(unsigned char b) { return (b | 0x20) >= 'a' && (b | 0x20) <= 'z'; }

// True when s[i] starts a basic Cyrillic letter, U+0400–U+045F (two bytes).
bool BasicCyrillicAt(std::string_view s, size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if ((b != 0xD0 && b != 0xD1) || i + 1 >= s.size()) return false;
  const auto b1 = static_cast<unsigned char>(s[i + 1]);
  return (b1 & 0xC0) == 0x80 && (b == 0xD0 || b1 < 0xA0);
}

// The length of the punctuation or symbol at s[i] that plans use beside their letters, as
// a UTF-8 sequence (non-breaking space, «», dashes, quotes, №, minus), with its code point
// in *c; 0 for anything else. None of them is a letter, and each folds to itself.
size_t PunctuationAt(std::string_view s, size_t i, UChar32* c) {
  const auto byte = [&s](size_t k) { return static_cast<unsigned char>(s[k]); };
  if (byte(i) == 0xC2 && i + 1 < s.size()) {
    const unsigned char b1 = byte(i + 1);
    if (b1 < 0xA0 || b1 > 0xBF || b1 == 0xAA || b1 == 0xB5 || b1 == 0xBA) return 0;  // ª µ º
    *c = b1;
    return 2;
  }
  if (byte(i) == 0xE2 && i + 2 < s.size() && (byte(i + 1) & 0xC0) == 0x80 && (byte(i + 2) & 0xC0) == 0x80) {
    const unsigned char b1 = byte(i + 1), b2 = byte(i + 2);
    *c = 0x2000 | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
    if (b1 == 0x80 || (b1 == 0x81 && b2 <= 0xAF) || *c == 0x2116 || *c == 0x2212) return 3;
  }
  return 0;
}

// The key's UTF-8 bytes of each basic Cyrillic letter U+0400–U+045F, by its code point
// less U+0400: FoldSimply then UnifyPunctuation (ё → е), looked up instead of worked out.
struct FoldedLetter {
  char lead, trail;
};
const std::array<FoldedLetter, 0x60>& FoldedCyrillic() {
  static const std::array<FoldedLetter, 0x60> table = [] {
    std::array<FoldedLetter, 0x60> out{};
    for (UChar32 c = 0x400; c < 0x460; ++c) {
      const UChar32 folded = UnifyPunctuation(FoldSimply(c));  // still in U+0400–U+045F
      out[c - 0x400] = {static_cast<char>(0xC0 | (folded >> 6)),
                        static_cast<char>(0x80 | (folded & 0x3F))};
    }
    return out;
  }();
  return table;
}

// MatchKey of NFC text made of ASCII, U+0400–U+045F and PunctuationAt's characters (most
// of any plan), straight on its UTF-8 bytes; false, with `out` to be discarded, for any
// other text. Written through a pointer into room for the longest key (a Latin look-alike
// takes two bytes for one): appending a code point at a time was most of its cost.
bool AsciiCyrillicKey(std::string_view s, std::string* out) {
  const std::array<FoldedLetter, 0x60>& folded_cyrillic = FoldedCyrillic();
  out->resize(2 * s.size());
  char* to = out->data();
  const auto byte = [&s](size_t i) { return static_cast<unsigned char>(s[i]); };
  const auto put = [&to](UChar32 c) {  // c < U+0800
    if (c < 0x80) {
      *to++ = static_cast<char>(c);
    } else {
      *to++ = static_cast<char>(0xC0 | (c >> 6));
      *to++ = static_cast<char>(0x80 | (c & 0x3F));
    }
  };
  UChar32 c;
  for (size_t i = 0; i < s.size();) {
    if (byte(i) < 0x80 && !IsAsciiLetter(byte(i))) {
      *to++ = static_cast<char>(UnifyPunctuation(byte(i)));
      ++i;
      continue;
    }
    if (size_t n = PunctuationAt(s, i, &c); n > 0) {
      c = UnifyPunctuation(c);
      if (c < 0x800) {
        put(c);
      } else {  // three bytes, no longer than what they replace
        char buffer[4];
        int32_t length = 0;
        U8_APPEND_UNSAFE(buffer, length, c);
        for (int32_t k = 0; k < length; ++k) *to++ = buffer[k];
      }
      i += n;
      continue;
    }
    // A word: ASCII letters and two-byte Cyrillic ones. A word with other characters
    // (accents, combining marks, old Cyrillic) is left to the general path.
    size_t end = i;
    bool has_cyrillic = false;
    while (end < s.size()) {
      const unsigned char b = byte(end);
      if (b < 0x80) {
        if (!IsAsciiLetter(b)) break;
        ++end;
      } else if (BasicCyrillicAt(s, end)) {
        has_cyrillic = true;
        end = SkipCyrillicPairs(s, end, /*basic_only=*/true);
      } else if (PunctuationAt(s, end, &c) > 0) {
        break;
      } else {
        return false;
      }
    }
    for (size_t k = i; k < end;) {
      if (byte(k) < 0x80) {
        const char32_t lower = static_cast<char32_t>(byte(k) | 0x20);
        const char32_t look = has_cyrillic ? CyrillicLookalike(lower) : 0;
        put(look != 0 ? static_cast<UChar32>(look) : static_cast<UChar32>(lower));
        ++k;
        continue;
      }
      const FoldedLetter& letter =
          folded_cyrillic[((byte(k) & 0x1F) << 6 | (byte(k + 1) & 0x3F)) - 0x400];
      *to++ = letter.lead;
      *to++ = letter.trail;
      k += 2;
    }
    i = end;
  }
  out->resize(static_cast<size_t>(to - out->data()));
  return true;
}

}  // namespace

std::string MatchKeyOfStart(std::string_view utf8, size_t min_bytes) {
  const size_t first = utf8.find_first_not_of(" \t\n");
  if (first == std::string_view::npos || utf8.size() - first <= min_bytes) return MatchKey(utf8);
  const size_t cut = utf8.find(' ', first + min_bytes);
  return MatchKey(cut == std::string_view::npos ? utf8 : utf8.substr(0, cut));
}

bool IsBasicText(std::string_view text) {
  UChar32 c;
  for (size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
    } else if (BasicCyrillicAt(text, i)) {
      i = SkipCyrillicPairs(text, i, /*basic_only=*/true);
    } else if (size_t n = PunctuationAt(text, i, &c); n > 0) {
      i += n;
    } else {
      return false;
    }
  }
  return true;
}

std::string NarrowLetters(const char* pattern) {
  static const char kLetters[] = "A-Za-z\\x{400}-\\x{45F}";
  static const char kCapitals[] = "A-Z\\x{400}-\\x{42F}";  // Ѐ..Џ, А..Я
  static const char kSmall[] = "a-z\\x{430}-\\x{45F}";     // а..я, ѐ..џ
  std::string out;
  bool in_class = false;
  for (const char* p = pattern; *p != '\0'; ++p) {
    if (p[0] == '\\' && p[1] == 'p' && p[2] == 'L') {
      out += in_class ? kLetters : std::string("[") + kLetters + "]";
      p += 2;
      continue;
    }
    if (std::strncmp(p, "\\p{Lu}", 6) == 0 || std::strncmp(p, "\\p{Ll}", 6) == 0) {
      const char* letters = p[4] == 'u' ? kCapitals : kSmall;
      out += in_class ? letters : std::string("[") + letters + "]";
      p += 5;
      continue;
    }
    if (p[0] == '\\' && p[1] != '\0') {  // any other escape, copied whole
      out += p[0];
      out += *++p;
      continue;
    }
    if (!in_class && p[0] == '[') {
      in_class = true;
      out += *p;
      if (p[1] == '^') out += *++p;
      if (p[1] == ']') out += *++p;  // "[]…]" and "[^]…]": a literal ]
      continue;
    }
    if (in_class && p[0] == ']') in_class = false;
    out += *p;
  }
  return out;
}

char32_t CyrillicLookalike(char32_t latin) {
  switch (latin) {
    case U'a': return U'а'; case U'c': return U'с'; case U'e': return U'е';
    case U'o': return U'о'; case U'p': return U'р'; case U'x': return U'х';
    case U'y': return U'у';
    case U'A': return U'А'; case U'B': return U'В'; case U'C': return U'С';
    case U'E': return U'Е'; case U'H': return U'Н'; case U'K': return U'К';
    case U'M': return U'М'; case U'O': return U'О'; case U'P': return U'Р';
    case U'T': return U'Т'; case U'X': return U'Х'; case U'Y': return U'У';
    default: return 0;
  }
}

namespace {

// MatchKey of normalised text that AsciiCyrillicKey does not read.
std::string GeneralKey(std::string_view normalized) {
  // Fast path: fold and map code point by code point on UTF-32.
  std::u32string folded;
  folded.reserve(normalized.size());
  {
    const auto* s = reinterpret_cast<const uint8_t*>(normalized.data());
    const int32_t length = static_cast<int32_t>(normalized.size());
    for (int32_t i = 0; i < length;) {
      UChar32 c;
      U8_NEXT(s, i, length, c);
      if (c < 0 || !FoldsSimply(c)) {
        folded.clear();
        break;
      }
      folded.push_back(static_cast<char32_t>(FoldSimply(c)));
    }
  }
  if (!folded.empty() || normalized.empty()) {
    std::string result;
    result.reserve(normalized.size());
    for (size_t i = 0; i < folded.size();) {
      UChar32 c = static_cast<UChar32>(folded[i]);
      if (!IsWordChar(c)) {
        AppendUtf8(UnifyPunctuation(c), &result);
        ++i;
        continue;
      }
      size_t end = i;
      bool has_cyrillic = false;
      while (end < folded.size() && IsWordChar(static_cast<UChar32>(folded[end]))) {
        has_cyrillic = has_cyrillic || IsCyrillic(static_cast<UChar32>(folded[end]));
        ++end;
      }
      for (size_t k = i; k < end; ++k) {
        UChar32 w = static_cast<UChar32>(folded[k]);
        char32_t look = has_cyrillic && IsLatin(w) ? CyrillicLookalike(static_cast<char32_t>(w)) : 0;
        AppendUtf8(UnifyPunctuation(look != 0 ? static_cast<UChar32>(look) : w), &result);
      }
      i = end;
    }
    return result;
  }
  // Anything else: ICU's full case folding on UTF-16.
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(normalized);
  text.foldCase(U_FOLD_CASE_DEFAULT);
  icu::UnicodeString out;
  int32_t i = 0;
  while (i < text.length()) {
    UChar32 c = text.char32At(i);
    if (!IsWordChar(c)) {
      out.append(UnifyPunctuation(c));
      i = text.moveIndex32(i, 1);
      continue;
    }
    // A word: Latin look-alikes become Cyrillic when the word has Cyrillic letters.
    int32_t end = i;
    bool has_cyrillic = false;
    while (end < text.length() && IsWordChar(text.char32At(end))) {
      has_cyrillic = has_cyrillic || IsCyrillic(text.char32At(end));
      end = text.moveIndex32(end, 1);
    }
    for (int32_t k = i; k < end; k = text.moveIndex32(k, 1)) {
      UChar32 w = text.char32At(k);
      char32_t look = has_cyrillic && IsLatin(w) ? CyrillicLookalike(static_cast<char32_t>(w)) : 0;
      out.append(UnifyPunctuation(look != 0 ? static_cast<UChar32>(look) : w));
    }
    i = end;
  }
  std::string result;
  out.toUTF8String(result);
  return result;
}

}  // namespace

std::string MatchKey(std::string_view utf8, bool* basic) {
  // Text already normalised (nearly all: lines are normalised before their keys) is read
  // as it stands, without a copy.
  const bool normal = IsNormalText(utf8);
  const std::string copy = normal ? std::string() : NormalizeText(utf8);
  const std::string_view normalized = normal ? utf8 : std::string_view(copy);
  std::string key;
  if (AsciiCyrillicKey(normalized, &key)) {
    // Made of ASCII, folded basic Cyrillic and PunctuationAt's characters: basic text.
    if (basic != nullptr) *basic = true;
    return key;
  }
  key = GeneralKey(normalized);
  if (basic != nullptr) *basic = IsBasicText(key);
  return key;
}

std::string MatchKey(std::string_view utf8) { return MatchKey(utf8, nullptr); }

std::vector<MixedScriptWord> FindMixedScriptWords(std::string_view utf8) {
  std::vector<MixedScriptWord> out;
  icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  int32_t i = 0;
  size_t byte = 0;  // UTF-8 offset of position i
  auto utf8_len = [](UChar32 c) -> size_t { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; };
  while (i < text.length()) {
    UChar32 c = text.char32At(i);
    if (!IsWordChar(c)) {
      byte += utf8_len(c);
      i = text.moveIndex32(i, 1);
      continue;
    }
    size_t start_byte = byte;
    int32_t start = i;
    bool cyrillic = false, latin = false;
    while (i < text.length() && IsWordChar(text.char32At(i))) {
      UChar32 w = text.char32At(i);
      cyrillic = cyrillic || IsCyrillic(w);
      latin = latin || IsLatin(w);
      byte += utf8_len(w);
      i = text.moveIndex32(i, 1);
    }
    if (cyrillic && latin) {
      MixedScriptWord word;
      text.tempSubStringBetween(start, i).toUTF8String(word.word);
      word.offset = start_byte;
      out.push_back(std::move(word));
    }
  }
  return out;
}

}  // namespace planparse
