#include "exporters/json_stream.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>

#include "exporters/json_values.h"
#include "normalizer/text.h"

namespace planparse {
namespace {

// The length of the well-formed UTF-8 sequence (no overlong, surrogate or value past
// U+10FFFF) that starts with the byte s[i] >= 0x80, or 0 when it is ill-formed.
size_t SequenceLength(std::string_view s, size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  size_t n;
  unsigned int cp;
  if (b >= 0xC2 && b <= 0xDF) {
    n = 1;
    cp = b & 0x1F;
  } else if (b >= 0xE0 && b <= 0xEF) {
    n = 2;
    cp = b & 0x0F;
  } else if (b >= 0xF0 && b <= 0xF4) {
    n = 3;
    cp = b & 0x07;
  } else {
    return 0;
  }
  if (i + n >= s.size()) return 0;
  for (size_t k = 1; k <= n; ++k) {
    const auto c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (c & 0x3F);
  }
  if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF)) {
    return 0;
  }
  return n + 1;
}

// Bytes a key may hold to be written without escapes: printable ASCII but '"' and '\\'.
constexpr std::array<bool, 256> kPlainKeyByte = [] {
  std::array<bool, 256> plain{};
  for (int c = 0x20; c < 0x7F; ++c) plain[c] = c != '"' && c != '\\';
  return plain;
}();

}  // namespace

JsonStream::JsonStream(std::string* out, bool pretty, int level)
    : out_(out), pretty_(pretty), base_level_(level) {}

void JsonStream::Indent(int level) {
  out_->push_back('\n');
  out_->append(static_cast<size_t>(2 * level), ' ');
}

void JsonStream::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (counts_.empty()) return;
  const bool comma = counts_.back()++ > 0;
  if (!pretty_) {
    if (comma) out_->push_back(',');
    return;
  }
  // The comma, the newline and the indent in one append: a large plan has hundreds of
  // thousands of values.
  const size_t at = out_->size();
  out_->append(
      (comma ? 1 : 0) + 1 + 2 * static_cast<size_t>(base_level_ + static_cast<int>(counts_.size())),
      ' ');
  char* p = out_->data() + at;
  if (comma) *p++ = ',';
  *p = '\n';
}

void JsonStream::Open(char bracket) {
  BeforeValue();
  out_->push_back(bracket);
  counts_.push_back(0);
}

void JsonStream::Close(char bracket) {
  const int count = counts_.back();
  counts_.pop_back();
  if (pretty_ && count > 0) Indent(base_level_ + static_cast<int>(counts_.size()));
  out_->push_back(bracket);
}

void JsonStream::BeginObject() { Open('{'); }
void JsonStream::EndObject() { Close('}'); }
void JsonStream::BeginArray() { Open('['); }
void JsonStream::EndArray() { Close(']'); }

void JsonStream::Key(std::string_view key) {
  BeforeValue();
  after_key_ = true;
  // Keys are nearly always plain ASCII names ("title", "source_span"), copied as they are;
  // a large plan writes hundreds of thousands of them.
  const bool plain = std::all_of(
      key.begin(), key.end(), [](char c) { return kPlainKeyByte[static_cast<unsigned char>(c)]; });
  if (!plain) {
    Quoted(key);
    out_->append(pretty_ ? ": " : ":");
    return;
  }
  out_->push_back('"');
  out_->append(key);
  out_->append(pretty_ ? "\": " : "\":", pretty_ ? 3 : 2);
}

void JsonStream::String(std::string_view s) {
  BeforeValue();
  Quoted(s);
}

void JsonStream::Quoted(std::string_view s) {
  // One pass: bytes that need no escape are copied in runs, and each multi-byte sequence
  // is checked as it goes by. Text that turns out ill-formed is redone the way nlohmann
  // replaces bad bytes; that is rare.
  const size_t begin = out_->size();
  out_->push_back('"');
  size_t run = 0;
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    // Cyrillic (U+0400–U+047F), most of a plan's text, is always well-formed.
    if (const size_t end = SkipCyrillicPairs(s, i); end > i) {
      i = end;
      continue;
    }
    if (c >= 0x80) {
      const size_t n = SequenceLength(s, i);
      if (n == 0) {
        out_->resize(begin);
        out_->append(Json(std::string(s)).dump(-1, ' ', false, Json::error_handler_t::replace));
        return;
      }
      i += n;
      continue;
    }
    out_->append(s.data() + run, i - run);
    run = ++i;
    switch (c) {
      case '"': out_->append("\\\""); break;
      case '\\': out_->append("\\\\"); break;
      case '\b': out_->append("\\b"); break;
      case '\f': out_->append("\\f"); break;
      case '\n': out_->append("\\n"); break;
      case '\r': out_->append("\\r"); break;
      case '\t': out_->append("\\t"); break;
      default: {
        char escaped[8];
        std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned int>(c));
        out_->append(escaped);
      }
    }
  }
  out_->append(s.data() + run, s.size() - run);
  out_->push_back('"');
}

void JsonStream::StringOrNull(std::string_view s) {
  if (s.empty()) Null();
  else String(s);
}

void JsonStream::Null() {
  BeforeValue();
  out_->append("null");
}

void JsonStream::Bool(bool value) {
  BeforeValue();
  out_->append(value ? "true" : "false");
}

void JsonStream::Int(long long value) {
  BeforeValue();
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out_->append(buffer, result.ptr);
}

void JsonStream::Double(double value) {
  BeforeValue();
  // nlohmann's shortest round-trip form ("1.0", "0.53"); 1.0, the confidence of nearly
  // every event, without building a value to print it.
  if (value == 1.0) out_->append("1.0");
  else out_->append(Json(value).dump());
}

}  // namespace planparse
