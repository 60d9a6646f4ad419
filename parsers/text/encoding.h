// Encoding detection and conversion of plain text to UTF-8 with ICU.
// Order: BOM; valid UTF-8; UTF-16 without BOM; then the Russian single-byte code pages
// (windows-1251, KOI8-R, IBM866) scored by how Russian the decoded letters look, because
// ICU's own detector confuses these three on short texts.
#ifndef PLANPARSE_PARSERS_TEXT_ENCODING_H_
#define PLANPARSE_PARSERS_TEXT_ENCODING_H_

#include <string>
#include <string_view>

#include "model/status.h"

namespace planparse {

struct DecodedText {
  std::string utf8;       // the text as UTF-8, line ends untouched; empty when the input
                          // already was UTF-8 (then `utf8_offset` says where it starts)
  size_t utf8_offset = 0; // bytes of BOM to skip in the input when `utf8` is empty
  bool converted = false; // true when `utf8` holds a converted copy
  std::string encoding;   // ICU converter name: "UTF-8", "UTF-16LE", "windows-1251", ...
  bool had_bom = false;
};

// The encoding `bytes` are most likely in.
std::string DetectEncoding(std::string_view bytes);

// Detects and converts; input already in UTF-8 is not copied (see DecodedText).
// Fails only when ICU cannot open the converter.
Result<DecodedText> DecodeToUtf8(std::string_view bytes);

// How Russian a UTF-8 text looks: the mean log-frequency of its Cyrillic letters with
// penalties for capitals inside words and for characters a Russian text rarely has.
double RussianTextScore(std::string_view utf8);

// True when `bytes` are well-formed UTF-8 (overlongs, surrogates and >U+10FFFF rejected).
bool IsValidUtf8(std::string_view bytes);

}  // namespace planparse

#endif  // PLANPARSE_PARSERS_TEXT_ENCODING_H_
