// ReaderOptions: the safety limits and switches every reader honours.
// Defaults are safe for untrusted input; each is written beside its field.
#ifndef PLANPARSE_PARSERS_READER_OPTIONS_H_
#define PLANPARSE_PARSERS_READER_OPTIONS_H_

#include <cstdint>

namespace planparse {

struct ReaderOptions {
  uint64_t max_file_bytes = 256ull << 20;           // input file size: 256 MiB
  uint64_t max_entry_bytes = 256ull << 20;          // one inflated ZIP entry: 256 MiB
  uint64_t max_total_inflated_bytes = 512ull << 20; // all ZIP entries read together: 512 MiB
  uint32_t max_compression_ratio = 250;             // inflated/compressed of one entry (>1 MiB)
  uint32_t max_zip_entries = 20000;                 // entries in the central directory
  int max_xml_depth = 200;                          // element nesting (libxml2's own cap is 256)
  uint64_t max_xml_nodes = 50'000'000;              // nodes visited in one part
  uint64_t max_paragraph_bytes = 8ull << 20;        // text of one paragraph; longer is cut
  int max_grid_columns = 512;                       // table width; wider spans are clamped
  int max_style_chain = 32;                         // basedOn / numStyleLink hops followed
};

}  // namespace planparse

#endif  // PLANPARSE_PARSERS_READER_OPTIONS_H_
