// The Symbol font's code points (as in w:sym w:font="Symbol") mapped to Unicode, after
// Adobe's Symbol encoding: Greek letters, mathematical operators, arrows.
#ifndef PLANPARSE_PARSERS_DOCX_SYMBOL_FONT_H_
#define PLANPARSE_PARSERS_DOCX_SYMBOL_FONT_H_

namespace planparse {

// `code` is the font's byte (0x20..0xFF; 0xF020..0xF0FF accepted too). 0 when unmapped.
char32_t SymbolFontToUnicode(unsigned code);

}  // namespace planparse

#endif  // PLANPARSE_PARSERS_DOCX_SYMBOL_FONT_H_
