// libFuzzer: the safe XML layer on its own (ZIP CRCs stop mutations reaching it otherwise).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "parsers/docx/xml.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using planparse::xml::Keep;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // The root's children built whole, except "tbl", whose children are: as the body is read.
  planparse::xml::Reader reader(bytes, "fuzz.xml", 200, 1'000'000,
                                [](std::string_view name, int depth, std::string_view parent) {
                                  if (depth == 0 || (depth == 1 && name == "tbl")) return Keep::kOpen;
                                  if (depth == 1 || parent == "tbl") return Keep::kTree;
                                  return Keep::kDrop;
                                });
  planparse::xml::Event event;
  while (reader.Next(&event)) {
    if (event.kind != planparse::xml::Event::kTree) continue;
    (void)planparse::xml::Text(event.tree);
    (void)planparse::xml::Attr(event.tree, "val");
  }
  return 0;
}
