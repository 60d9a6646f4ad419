#include "normalizer/text.h"

#include <re2/re2.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <bit>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "normalizer/hyphenation.h"
#include "normalizer/letter_pattern.h"

namespace planparse {
namespace {

bool IsRemoved(UChar32 c) {
  return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 ||
         c == 0xFEFF || c == 0x180E;
}

// Spaces: ASCII white space, the space separators (Zs) and the line and paragraph
// separators. The Zs list is Unicode's (15.0), spelled out: this runs for every character.
bool IsSpace(UChar32 c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
  return c == 0xA0 || c == 0x85 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

// What the bytes alone tell about text, in one pass. Every character ASCII, Latin-1,
// Cyrillic (U+0400–U+04FF), general punctuation other than U+2000/U+2001, or №: all of
// them NFC_Quick_Check=Yes with no combining class, so the text is NFC as it stands
// (kNfc; plans nearly always are). kNormal when, moreover, NormalizeText would return it
// unchanged: no control character, no special space or invisible, single spaces between
// words and none at either end. Most text is, and later stages normalise it again.
enum class Shape { kNormal, kNfc, kUnknown };

Shape ShapeOf(std::string_view s) {
  Shape shape = !s.empty() && (s.front() == ' ' || s.back() == ' ') ? Shape::kNfc : Shape::kNormal;
  bool space = false;
  for (size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if (b == ' ' ? space : (b < 0x20 || b == 0x7F)) shape = Shape::kNfc;
      space = b == ' ';
      ++i;
      continue;
    }
    space = false;
    if (i + 1 >= s.size() || (static_cast<unsigned char>(s[i + 1]) & 0xC0) != 0x80) return Shape::kUnknown;
    if (b == 0xD0 || b == 0xD1) {  // basic Cyrillic, most of any plan
      i = SkipCyrillicPairs(s, i);
      continue;
    }
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    if (b == 0xC2 || b == 0xC3 || (b >= 0xD2 && b <= 0xD3)) {
      // NBSP, NEL, soft hyphen and C1 controls are NFC, but NormalizeText changes them.
      if (b == 0xC2 && (b1 <= 0xA0 || b1 == 0xAD)) shape = Shape::kNfc;
      i += 2;
    } else if (b == 0xE2) {
      if (i + 2 >= s.size() || (static_cast<unsigned char>(s[i + 2]) & 0xC0) != 0x80) return Shape::kUnknown;
      const auto b2 = static_cast<unsigned char>(s[i + 2]);
      const bool numero = b1 == 0x84 && b2 == 0x96;
      const bool punctuation = (b1 == 0x80 && b2 >= 0x82) || b1 == 0x81;
      if (!punctuation && !numero) return Shape::kUnknown;
      // Of that punctuation, U+2010–U+2027 and U+2030–U+205E (dashes, quotes, bullets,
      // primes) stay; the spaces and invisibles among the rest do not.
      const bool kept = (b1 == 0x80 && ((b2 >= 0x90 && b2 <= 0xA7) || b2 >= 0xB0)) ||
                        (b1 == 0x81 && b2 <= 0x9E);
      if (!kept && !numero) shape = Shape::kNfc;
      i += 3;
    } else {
      return Shape::kUnknown;
    }
  }
  return shape;
}

// The letters of a word at the end (or start) of `s`, for hyphenation decisions.
std::string TrailingLetters(std::string_view s) {
  // Only the end is read: JoinLines asks this of the whole text joined so far, line after
  // line, and converting all of it each time made long cells quadratic.
  size_t from = s.size() > 256 ? s.size() - 256 : 0;
  while (from > 0 && from < s.size() && (static_cast<unsigned char>(s[from]) & 0xC0) == 0x80) ++from;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data() + from,
                                                                       static_cast<int32_t>(s.size() - from)));
  int32_t end = u.length();
  int32_t start = end;
  while (start > 0 && u_isalpha(u.char32At(start - 1))) start = u.moveIndex32(start, -1);
  std::string out;
  u.tempSubStringBetween(start, end).toUTF8String(out);
  return out;
}

std::string LeadingLetters(std::string_view s) {
  size_t to = std::min<size_t>(s.size(), 256);
  while (to < s.size() && (static_cast<unsigned char>(s[to]) & 0xC0) == 0x80) ++to;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(to)));
  int32_t end = 0;
  while (end < u.length() && u_isalpha(u.char32At(end))) end = u.moveIndex32(end, 1);
  std::string out;
  u.tempSubStringBetween(0, end).toUTF8String(out);
  return out;
}

// The digits of the year a date broken over two lines would have ("27.09.20" + "24…": 4).
size_t DateYearDigits(const std::string& out, const std::string& line) {
  const size_t tail = out.size() - out.rfind('.') - 1;
  size_t head = 0;
  while (head < line.size() && isdigit(static_cast<unsigned char>(line[head]))) ++head;
  return tail + head;
}

// Whether the first character of `word` is a capital letter.
bool StartsWithUpper(std::string_view word) {
  if (word.empty()) return false;
  UChar32 c = 0;
  int32_t i = 0;
  U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), c);
  return u_isupper(c);
}

// Whether the last character of `word` is a small letter ("анизац", not "УВР").
bool EndsWithLower(std::string_view word) {
  if (word.empty()) return false;
  UChar32 c = 0;
  int32_t i = static_cast<int32_t>(word.size());
  U8_PREV(word.data(), 0, i, c);
  return u_islower(c);
}

bool EndsWithHyphen(const std::string& s) {
  if (s.size() < 2) return false;
  if (s.back() == '-') return true;
  return s.size() >= 3 && s.compare(s.size() - 3, 3, "\u2010") == 0;  // Unicode hyphen
}

}  // namespace

size_t SkipCyrillicPairs(std::string_view s, size_t i, bool basic_only) {
  const auto pair_at = [&](size_t k) {
    if (k + 1 >= s.size()) return false;
    const auto lead = static_cast<unsigned char>(s[k]), trail = static_cast<unsigned char>(s[k + 1]);
    return (lead & 0xFE) == 0xD0 && (trail & 0xC0) == 0x80 &&
           (!basic_only || lead == 0xD0 || trail < 0xA0);
  };
  if constexpr (std::endian::native == std::endian::little) {
    // Four pairs in one word: each lead byte D0 or D1, each second byte 10xxxxxx; for
    // basic_only, below A0 after D1 (bit 0 of a lead, shifted onto bit 5 of its second
    // byte, must meet a 0).
    constexpr uint64_t kMask = 0xC0FEC0FEC0FEC0FEull, kPairs = 0x80D080D080D080D0ull;
    constexpr uint64_t kPastD1 = 0x2000200020002000ull;
    while (i + 8 <= s.size()) {
      uint64_t word;
      std::memcpy(&word, s.data() + i, 8);
      if ((word & kMask) != kPairs || (basic_only && ((word << 13) & word & kPastD1) != 0)) break;
      i += 8;
    }
  }
  while (pair_at(i)) i += 2;
  return i;
}

bool IsNormalText(std::string_view utf8) { return ShapeOf(utf8) == Shape::kNormal; }

std::string NormalizeText(std::string_view utf8) {
  const Shape shape = ShapeOf(utf8);
  if (shape == Shape::kNormal) return std::string(utf8);
  UErrorCode error = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(error);
  const icu::StringPiece piece(utf8.data(), static_cast<int32_t>(utf8.size()));
  if (U_SUCCESS(error) && utf8.size() < INT32_MAX &&
      (shape == Shape::kNfc || (nfc->isNormalizedUTF8(piece, error) && U_SUCCESS(error)))) {
    // Already NFC (nearly always): spaces and invisibles handled on the UTF-8 bytes.
    std::string out;
    out.reserve(utf8.size());
    bool pending_space = false, removed = false;
    const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
    const int32_t length = static_cast<int32_t>(utf8.size());
    for (int32_t i = 0; i < length;) {
      const int32_t start = i;
      UChar32 c;
      U8_NEXT(s, i, length, c);
      if (c >= 0 && IsRemoved(c)) {
        removed = true;
        continue;
      }
      if (c >= 0 && (IsSpace(c) || c < 0x20 || c == 0x7F)) {
        pending_space = !out.empty();
        continue;
      }
      if (pending_space) out.push_back(' ');
      pending_space = false;
      if (c < 0) out += "\xEF\xBF\xBD";  // U+FFFD for an ill-formed sequence
      else out.append(utf8.data() + start, static_cast<size_t>(i - start));
    }
    // An invisible gone from between a letter and its accent ("e", soft hyphen, U+0301)
    // leaves the two to be composed: the text is normalised once more.
    error = U_ZERO_ERROR;
    if (removed && !nfc->isNormalizedUTF8(icu::StringPiece(out.data(), static_cast<int32_t>(out.size())), error)) {
      return NormalizeText(out);
    }
    return out;
  }
  error = U_ZERO_ERROR;
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(),
                                                                           static_cast<int32_t>(utf8.size())));
  if (U_SUCCESS(error) && nfc->quickCheck(text, error) != UNORM_YES) {
    icu::UnicodeString normalized = nfc->normalize(text, error);
    if (U_SUCCESS(error)) text = normalized;
  }
  icu::UnicodeString out;
  bool pending_space = false, removed = false;
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    UChar32 c = text.char32At(i);
    if (IsRemoved(c)) {
      removed = true;
      continue;
    }
    if (IsSpace(c) || (c < 0x20) || c == 0x7F) {
      pending_space = !out.isEmpty();
      continue;
    }
    if (pending_space) out.append(static_cast<UChar>(' '));
    pending_space = false;
    out.append(c);
  }
  if (removed) {  // as above: what the invisibles stood between composes now
    error = U_ZERO_ERROR;
    icu::UnicodeString composed = nfc->normalize(out, error);
    if (U_SUCCESS(error)) out = composed;
  }
  std::string result;
  out.toUTF8String(result);
  return result;
}

size_t Characters(std::string_view utf8) {
  // Every byte but the continuation bytes (10xxxxxx) starts a character; those are
  // counted eight at a time.
  size_t continuations = 0, i = 0;
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  for (; i + 8 <= utf8.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, utf8.data() + i, 8);
    continuations += static_cast<size_t>(std::popcount(word & kHigh & ~(word << 1)));
  }
  for (; i < utf8.size(); ++i) {
    continuations += (static_cast<unsigned char>(utf8[i]) & 0xC0) == 0x80;
  }
  return utf8.size() - continuations;
}

bool HasLetter(std::string_view utf8) {
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const int32_t length = static_cast<int32_t>(std::min<size_t>(utf8.size(), INT32_MAX));
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c >= 0 && u_isalpha(c)) return true;
  }
  return false;
}

std::string JoinLines(const std::vector<std::string>& lines, const Hyphenator* hyphenator,
                      LineBreaks breaks) {
  std::string out;
  size_t space_at = std::string::npos;  // where the last line break became a space
  for (const std::string& raw : lines) {
    std::string line = NormalizeText(raw);
    if (line.empty()) continue;
    if (out.empty()) {
      out = line;
      continue;
    }
    if (EndsWithHyphen(out)) {
      const size_t hyphen = out.back() == '-' ? 1 : 3;
      const unsigned char before = static_cast<unsigned char>(out[out.size() - hyphen - 1]);
      std::string left = TrailingLetters(std::string_view(out).substr(0, out.size() - hyphen));
      std::string right = LeadingLetters(line);
      // A hyphen glued to a word or number ("органи-", "сертификатов18-") joins lines;
      // one after a space ("2023 -") is a dash between words.
      bool glued = before != ' ' && (before >= 0x80 || isalnum(before));
      if (glued && (!right.empty() || isdigit(static_cast<unsigned char>(line[0])))) {
        if (hyphenator != nullptr && !left.empty() && !right.empty() &&
            hyphenator->SplitsWord(left, right)) {
          out.resize(out.size() - hyphen);  // "органи-" + "заций"
        }
        out += line;  // a compound or a range keeps its hyphen and gets no space
        continue;
      }
    }
    // A range whose dash ends the line, glued to its first number ("2023–" / "2024 учебный
    // год", "2–" / "4 классов"), and a date a narrow column broke ("27.09.20" / "24"): the
    // numbers go on without a space.
    if (breaks == LineBreaks::kWrapped && isdigit(static_cast<unsigned char>(line[0]))) {
      static const RE2 kRangeOpen(R"re(\d[–—]$)re");
      static const RE2 kDateOpen(R"re((?:^|[^\d.])\d{1,2}\.\d{1,2}\.(?:\d{1,3})?$)re");
      if (RE2::PartialMatch(out, kRangeOpen) || (RE2::PartialMatch(out, kDateOpen) && DateYearDigits(out, line) == 4)) {
        out += line;
        continue;
      }
    }
    // A compound broken before its hyphen ("Организационно" / "-методическое", as MuPDF
    // writes a narrow column): the hyphen glued to a lower-case word goes on without a
    // space. ("- методическое", with a space, is a list item.)
    if (breaks == LineBreaks::kWrapped && line.size() > 1 && line[0] == '-' &&
        !LeadingLetters(line.substr(1)).empty() && !StartsWithUpper(std::string_view(line).substr(1)) &&
        EndsWithLower(out)) {
      out += line;
      continue;
    }
    // An opening quote or bracket that a narrow column left at a line's end ("«" /
    // "Современное занятие…») stands before the word it opens.
    if (breaks == LineBreaks::kWrapped && (out.back() == '(' || out.ends_with("«") || out.ends_with("„"))) {
      out += line;
      continue;
    }
    // Punctuation that a narrow column pushed to the next line ("Методисты" + ", педагоги")
    // belongs to the word before it.
    if (breaks == LineBreaks::kWrapped && std::string_view(",;:.)").find(line[0]) != std::string_view::npos) {
      out += line;
      continue;
    }
    // A word broken across lines without a hyphen (narrow table columns: "Исполнит" +
    // "ель"): rejoined when the dictionary knows the whole word but not one of its halves,
    // or, on a column's narrow line, when it knows neither half and the second goes on in
    // lower case (pandoc breaks a long word anywhere: "Орг" / "анизац" / "ионно-"). A last
    // line of a letter or two is no preposition: nothing follows it ("выполнен" / "о").
    constexpr size_t kNarrowLine = 16;
    if (hyphenator != nullptr && breaks == LineBreaks::kWrapped) {
      std::string left = TrailingLetters(out);
      std::string right = LeadingLetters(line);
      if (!left.empty() && !right.empty()) {
        const bool left_word = hyphenator->IsWord(left), right_word = hyphenator->IsWord(right);
        const bool lower = !StartsWithUpper(right);
        const bool last_short = &raw == &lines.back() && right == line && Characters(right) <= 2 && lower;
        // A letter alone that is no preposition or conjunction ("Функциональна" / "я").
        const bool loose_letter = Characters(right) == 1 && lower && std::string_view("всковуиа").find(right) == std::string_view::npos;
        // (A capital alone, "Б" / "елова", starts a word the dictionary may not know.)
        const bool capital_alone = Characters(left) == 1 && !EndsWithLower(left);
        if (((!left_word || !right_word || last_short || loose_letter) && hyphenator->IsWord(left + right)) ||
            ((!left_word || capital_alone) && !right_word && lower && (EndsWithLower(left) || capital_alone) &&
             Characters(line) <= kNarrowLine)) {
          out += line;
          // The word glued may complete the one before the last space ("в" / "ыпол" /
          // "нено"): that space goes too.
          if (space_at != std::string::npos) {
            const std::string before = TrailingLetters(std::string_view(out).substr(0, space_at));
            const std::string after = LeadingLetters(std::string_view(out).substr(space_at + 1));
            if (!before.empty() && !after.empty() && !hyphenator->IsWord(after) &&
                hyphenator->IsWord(before + after)) {
              out.erase(space_at, 1);
            }
            space_at = std::string::npos;
          }
          continue;
        }
        // Three pieces of one word, the first a word by itself: "Орг" / "анизац" / "ионно-".
        if (!left_word && space_at != std::string::npos && space_at + 1 + left.size() == out.size()) {
          const std::string before = TrailingLetters(std::string_view(out).substr(0, space_at));
          if (!before.empty() && hyphenator->IsWord(before + left + right)) {
            out.erase(space_at, 1);
            out += line;
            space_at = std::string::npos;
            continue;
          }
        }
      }
    }
    space_at = out.size();
    out += ' ';
    out += line;
  }
  return out;
}

namespace {

// `word` (letters only, UTF-16) as the fewest known words: itself when the dictionary
// knows it, else by dynamic programming over its letters, each part a known word of four
// letters or more or one of the short words that join them ("и", "в", "по", "для", …), or
// "год" ("учебныйгод"). Empty when no such reading exists (or the word is too long to try).
// (Three-letter words that are also prefixes would split compounds the dictionary lacks:
// "Меж" / "секционная".)
std::vector<icu::UnicodeString> KnownWords(const icu::UnicodeString& word, const Hyphenator& dictionary) {
  static const char* const kShort[] = {"и", "в", "с", "к", "о", "у", "а", "по", "на", "за", "из", "от",
                                       "до", "об", "во", "со", "не", "для", "при", "без", "под",
                                       "над", "про", "год"};
  std::string utf8;
  word.toUTF8String(utf8);
  if (dictionary.IsWord(utf8)) return {word};
  constexpr int32_t kMaxLetters = 160;  // n² dictionary lookups
  std::vector<int32_t> at;              // UTF-16 index of each letter, and the end
  for (int32_t i = 0; i < word.length(); i = word.moveIndex32(i, 1)) at.push_back(i);
  const int32_t n = static_cast<int32_t>(at.size());
  if (n > kMaxLetters) return {};
  at.push_back(word.length());
  auto known = [&](int32_t from, int32_t to) {  // letters [from, to)
    icu::UnicodeString piece = word.tempSubString(at[from], at[to] - at[from]);
    if (to - from <= 3) piece.toLower();  // a short joining word, in any case
    std::string part;
    piece.toUTF8String(part);
    if (to - from <= 3) return std::any_of(std::begin(kShort), std::end(kShort), [&](const char* w) { return part == w; });
    return dictionary.IsWord(part);
  };
  constexpr int kNone = 1 << 20;
  std::vector<int> words(n + 1, kNone);  // fewest words covering letters [0, i)
  std::vector<int32_t> from(n + 1, -1);
  words[0] = 0;
  for (int32_t end = 1; end <= n; ++end) {
    for (int32_t start = 0; start < end; ++start) {  // the longest last word first wins ties
      if (words[start] == kNone || words[start] + 1 >= words[end] || !known(start, end)) continue;
      words[end] = words[start] + 1;
      from[end] = start;
    }
  }
  if (words[n] == kNone || words[n] < 2) return {};
  std::vector<icu::UnicodeString> parts;
  for (int32_t end = n; end > 0; end = from[end]) parts.insert(parts.begin(), word.tempSubString(at[from[end]], at[end] - at[from[end]]));
  return parts;
}

}  // namespace

std::string SplitGluedWords(std::string_view text, const Hyphenator* hyphenator) {
  if (hyphenator == nullptr) return std::string(text);
  constexpr int kMinGlued = 10;  // letters: shorter unknown words are left alone
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString out;
  bool changed = false;
  for (int32_t i = 0; i < u.length();) {
    if (!u_isalpha(u.char32At(i))) {
      out.append(u.char32At(i));
      i = u.moveIndex32(i, 1);
      continue;
    }
    int32_t end = i;
    while (end < u.length() && u_isalpha(u.char32At(end))) end = u.moveIndex32(end, 1);
    const icu::UnicodeString word = u.tempSubString(i, end - i);
    std::vector<icu::UnicodeString> parts;
    if (word.countChar32() >= kMinGlued) parts = KnownWords(word, *hyphenator);
    if (parts.size() >= 2) {
      for (size_t k = 0; k < parts.size(); ++k) {
        if (k > 0) out.append(static_cast<UChar>(' '));
        out.append(parts[k]);
      }
      changed = true;
    } else {
      out.append(word);
    }
    i = end;
  }
  std::string result;
  if (changed) {
    out.toUTF8String(result);
    // The spaces lost after punctuation inside the same squeezed run ("форм,методики").
    static const LetterPattern kGluedAfterPunctuation(R"re((\pL)([,;:.])(\pL\pL))re");
    RE2::GlobalReplace(&result, kGluedAfterPunctuation.For(result), "\\1\\2 \\3");
  } else {
    result = std::string(text);
  }
  // And around numbers, where a word runs into one ("Заседание№1.«Планирование",
  // "на2025-2026учебный год"): "№ 1. «…", "на 2025-2026 учебный". Without such a word the
  // text keeps its own spacing ("ШМО №2"), and a class's letter stays ("5а").
  static const LetterPattern kLetterFigure(R"re((\pL)(№|\d))re");
  if (RE2::PartialMatch(result, kLetterFigure.For(result))) {
    static const LetterPattern kNumberSign(R"re((№)(\d))re"), kFigureWord(R"re((\d)(\pL\pL))re"),
        kNumberQuote(R"re((\d[.)])(«))re");
    for (const LetterPattern* re : {&kLetterFigure, &kNumberSign, &kFigureWord, &kNumberQuote}) {
      RE2::GlobalReplace(&result, re->For(result), "\\1 \\2");
    }
  }
  return result;
}

}  // namespace planparse
