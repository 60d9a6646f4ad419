// libFuzzer: the plain-text reader (encodings, layouts that show tables).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "parsers/text/text_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  (void)planparse::ReadText(std::string_view(reinterpret_cast<const char*>(data), size),
                            planparse::ReaderOptions());
  return 0;
}
