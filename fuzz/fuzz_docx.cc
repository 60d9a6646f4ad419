// libFuzzer: the DOCX reader on raw bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "parsers/docx/docx_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  planparse::ReaderOptions options;
  options.max_total_inflated_bytes = 64 << 20;
  options.max_entry_bytes = 32 << 20;
  (void)planparse::ReadDocx(std::string_view(reinterpret_cast<const char*>(data), size), options);
  return 0;
}
