#include "parsers/text/encoding.h"

#include <unicode/ucnv.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cmath>
#include <memory>

namespace planparse {

bool IsValidUtf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  int32_t length = static_cast<int32_t>(std::min<size_t>(bytes.size(), INT32_MAX));
  int32_t i = 0;
  while (i < length) {
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return false;
  }
  return bytes.size() <= static_cast<size_t>(INT32_MAX);
}

namespace {

bool StartsWith(std::string_view bytes, std::string_view prefix) {
  return bytes.size() >= prefix.size() && bytes.substr(0, prefix.size()) == prefix;
}

// UTF-16 without BOM: Russian or Latin text has one byte of each pair in {0x00, 0x04}.
const char* Utf16WithoutBom(std::string_view bytes) {
  size_t pairs = std::min<size_t>(bytes.size() / 2, 8192);
  if (pairs < 2) return nullptr;
  size_t high_even = 0, high_odd = 0;
  for (size_t i = 0; i < pairs; ++i) {
    unsigned char even = static_cast<unsigned char>(bytes[2 * i]);
    unsigned char odd = static_cast<unsigned char>(bytes[2 * i + 1]);
    if (odd == 0x00 || odd == 0x04) ++high_odd;
    if (even == 0x00 || even == 0x04) ++high_even;
  }
  if (high_odd * 10 >= pairs * 9 && high_even * 10 < pairs * 5) return "UTF-16LE";
  if (high_even * 10 >= pairs * 9 && high_odd * 10 < pairs * 5) return "UTF-16BE";
  return nullptr;
}

// Letter frequencies of Russian prose, per mille (а..я, then ё).
double LetterLogFrequency(UChar32 lower) {
  static const double kFreq[] = {80.1, 15.9, 45.4, 17.0, 29.8, 84.5, 9.4, 16.5, 73.5, 12.1,
                                 34.9, 44.0, 32.1, 67.0, 109.7, 28.1, 47.3, 54.7, 62.6, 26.2,
                                 2.6,  9.7,  4.8,  14.4, 7.3,  3.6,  0.4,  19.0, 17.4, 3.2,
                                 6.4,  20.1};
  if (lower >= 0x430 && lower <= 0x44F) return std::log(kFreq[lower - 0x430]);
  if (lower == 0x451) return std::log(0.4);
  return std::log(0.1);
}

bool IsCyrillicLetter(UChar32 c) { return (c >= 0x410 && c <= 0x44F) || c == 0x401 || c == 0x451; }

std::string ConvertWith(std::string_view bytes, const char* encoding) {
  icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), encoding);
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace

double RussianTextScore(std::string_view utf8) {
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t length = static_cast<int32_t>(std::min<size_t>(utf8.size(), INT32_MAX));
  double score = 0;
  int letters = 0;
  UChar32 previous = ' ';
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      score -= 10;
      continue;
    }
    if (IsCyrillicLetter(c)) {
      UChar32 lower = u_tolower(c);
      score += LetterLogFrequency(lower);
      // A capital right after a lower-case letter is rare in real text, common in KOI8-R
      // read as windows-1251.
      if (c != lower && IsCyrillicLetter(previous) && u_tolower(previous) == previous) score -= 6;
      ++letters;
    } else if (c >= 0x80 && c != 0xA0 && c != 0xAB && c != 0xBB && c != 0x2013 &&
               c != 0x2014 && c != 0x2116 && c != 0x201C && c != 0x201D && c != 0x201E &&
               c != 0x2022 && c != 0xB7) {
      score -= 8;  // box drawing, accented Latin, odd symbols
    }
    previous = c;
  }
  return letters == 0 ? score : score / letters;
}

std::string DetectEncoding(std::string_view bytes) {
  if (StartsWith(bytes, "\xEF\xBB\xBF")) return "UTF-8";
  if (StartsWith(bytes, std::string_view("\xFF\xFE\x00\x00", 4))) return "UTF-32LE";
  if (StartsWith(bytes, std::string_view("\x00\x00\xFE\xFF", 4))) return "UTF-32BE";
  if (StartsWith(bytes, "\xFF\xFE")) return "UTF-16LE";
  if (StartsWith(bytes, "\xFE\xFF")) return "UTF-16BE";
  if (const char* utf16 = Utf16WithoutBom(bytes)) return utf16;
  if (IsValidUtf8(bytes)) return "UTF-8";
  // Score a sample: enough letters to decide, cheap on large files.
  std::string_view sample = bytes.substr(0, 64 * 1024);
  const char* best = "windows-1251";
  double best_score = -1e300;
  for (const char* candidate : {"windows-1251", "KOI8-R", "IBM866"}) {
    double score = RussianTextScore(ConvertWith(sample, candidate));
    if (score > best_score) {
      best_score = score;
      best = candidate;
    }
  }
  return best;
}

Result<DecodedText> DecodeToUtf8(std::string_view bytes) {
  DecodedText out;
  out.encoding = DetectEncoding(bytes);
  size_t bom = 0;
  if (out.encoding == "UTF-8" && StartsWith(bytes, "\xEF\xBB\xBF")) bom = 3;
  else if ((out.encoding == "UTF-32LE" || out.encoding == "UTF-32BE") && bytes.size() >= 4 &&
           (StartsWith(bytes, std::string_view("\xFF\xFE\x00\x00", 4)) ||
            StartsWith(bytes, std::string_view("\x00\x00\xFE\xFF", 4)))) bom = 4;
  else if ((out.encoding == "UTF-16LE" && StartsWith(bytes, "\xFF\xFE")) ||
           (out.encoding == "UTF-16BE" && StartsWith(bytes, "\xFE\xFF"))) bom = 2;
  out.had_bom = bom > 0;
  if (out.encoding == "UTF-8") {
    out.utf8_offset = bom;  // the caller reads the input itself: no copy of large files
    return out;
  }
  bytes.remove_prefix(bom);
  out.converted = true;
  if (bytes.size() > static_cast<size_t>(INT32_MAX)) {
    return Status::LimitExceeded("текст больше 2 ГБ");
  }
  UErrorCode error = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(out.encoding.c_str(), &error);
  if (U_FAILURE(error)) return Status::Unsupported("кодировка " + out.encoding + " недоступна");
  ucnv_close(converter);
  out.utf8 = ConvertWith(bytes, out.encoding.c_str());
  return out;
}

}  // namespace planparse
