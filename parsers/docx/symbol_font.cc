#include "parsers/docx/symbol_font.h"

namespace planparse {

char32_t SymbolFontToUnicode(unsigned code) {
  code &= 0xFF;
  // 0x20..0x7F; 0 marks an unmapped slot.
  static const char32_t kLow[96] = {
      U' ', U'!', U'∀', U'#', U'∃', U'%', U'&', U'∋', U'(', U')', U'∗', U'+', U',', U'−', U'.', U'/',
      U'0', U'1', U'2', U'3', U'4', U'5', U'6', U'7', U'8', U'9', U':', U';', U'<', U'=', U'>', U'?',
      U'≅', U'Α', U'Β', U'Χ', U'Δ', U'Ε', U'Φ', U'Γ', U'Η', U'Ι', U'ϑ', U'Κ', U'Λ', U'Μ', U'Ν', U'Ο',
      U'Π', U'Θ', U'Ρ', U'Σ', U'Τ', U'Υ', U'ς', U'Ω', U'Ξ', U'Ψ', U'Ζ', U'[', U'∴', U']', U'⊥', U'_',
      U'‾', U'α', U'β', U'χ', U'δ', U'ε', U'φ', U'γ', U'η', U'ι', U'ϕ', U'κ', U'λ', U'μ', U'ν', U'ο',
      U'π', U'θ', U'ρ', U'σ', U'τ', U'υ', U'ϖ', U'ω', U'ξ', U'ψ', U'ζ', U'{', U'|', U'}', U'∼', 0};
  // 0xA0..0xFF.
  static const char32_t kHigh[96] = {
      U'€', U'ϒ', U'′', U'≤', U'⁄', U'∞', U'ƒ', U'♣', U'♦', U'♥', U'♠', U'↔', U'←', U'↑', U'→', U'↓',
      U'°', U'±', U'″', U'≥', U'×', U'∝', U'∂', U'•', U'÷', U'≠', U'≡', U'≈', U'…', U'⏐', U'⎯', U'↵',
      U'ℵ', U'ℑ', U'ℜ', U'℘', U'⊗', U'⊕', U'∅', U'∩', U'∪', U'⊃', U'⊇', U'⊄', U'⊂', U'⊆', U'∈', U'∉',
      U'∠', U'∇', U'®', U'©', U'™', U'∏', U'√', U'⋅', U'¬', U'∧', U'∨', U'⇔', U'⇐', U'⇑', U'⇒', U'⇓',
      U'◊', U'〈', U'®', U'©', U'™', U'∑', U'⎛', U'⎜', U'⎝', U'⎡', U'⎢', U'⎣', U'⎧', U'⎨', U'⎩', U'⎪',
      0,    U'〉', U'∫', U'⌠', U'⎮', U'⌡', U'⎞', U'⎟', U'⎠', U'⎤', U'⎥', U'⎦', U'⎫', U'⎬', U'⎭', 0};
  if (code >= 0x20 && code < 0x80) return kLow[code - 0x20];
  if (code >= 0xA0) return kHigh[code - 0xA0];
  return 0;
}

}  // namespace planparse
