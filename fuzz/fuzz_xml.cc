// libFuzzer: the safe XML layer on its own (ZIP CRCs stop mutations reaching it otherwise).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "parsers/docx/xml.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  planparse::xml::Reader reader(bytes, "fuzz.xml", 200, 1'000'000);
  int expanded = 0;
  while (reader.Read()) {
    if (reader.IsStartElement() && reader.Depth() == 1 && expanded < 64) {
      xmlNode* node = reader.Expand();
      if (node != nullptr) {
        ++expanded;
        (void)planparse::xml::Text(node);
        (void)planparse::xml::Attr(node, "val");
      }
      reader.Next();
    }
  }
  return 0;
}
