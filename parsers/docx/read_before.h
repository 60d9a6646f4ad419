// What a thread read before from a package's small parts (styles, numbering,
// relationships): plans made from one template carry the same bytes, and a copy of what
// was read from them is much cheaper than reading them again.
#ifndef PLANPARSE_PARSERS_DOCX_READ_BEFORE_H_
#define PLANPARSE_PARSERS_DOCX_READ_BEFORE_H_

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parsers/reader_options.h"

namespace planparse {

// The last `kept` values read from parts of at most `max_bytes`, each with the bytes it was
// read from and a `context` naming everything else the reading depended on (the limits it
// ran under, the part it resolves against). A value is found only for the same bytes in
// the same context, so no document is read with another's parts.
template <typename Value>
class ReadBefore {
 public:
  ReadBefore(size_t kept, size_t max_bytes) : kept_(kept), max_bytes_(max_bytes) {}

  // The value read from `bytes` in `context` (now the most recent), or nullptr.
  const Value* Find(std::string_view bytes, std::string_view context) {
    for (size_t i = 0; i < entries_.size(); ++i) {
      if (entries_[i].bytes == bytes && entries_[i].context == context) {
        std::rotate(entries_.begin(), entries_.begin() + static_cast<long>(i),
                    entries_.begin() + static_cast<long>(i) + 1);
        return &entries_.front().value;
      }
    }
    return nullptr;
  }

  // Keeps `value`, read from `bytes` in `context`, in place of the oldest; a part larger
  // than max_bytes is not kept.
  void Keep(std::string bytes, std::string context, Value value) {
    if (bytes.size() > max_bytes_) return;
    if (entries_.size() == kept_) entries_.pop_back();
    entries_.insert(entries_.begin(), {std::move(bytes), std::move(context), std::move(value)});
  }

 private:
  struct Entry {
    std::string bytes;
    std::string context;
    Value value;
  };
  size_t kept_;
  size_t max_bytes_;
  std::vector<Entry> entries_;  // the most recent first
};

// The context of a part read under `options`: the limits the reading depends on.
inline std::string LimitsContext(const ReaderOptions& options) {
  return std::to_string(options.max_xml_depth) + "/" + std::to_string(options.max_xml_nodes) + "/" +
         std::to_string(options.max_style_chain);
}

}  // namespace planparse

#endif  // PLANPARSE_PARSERS_DOCX_READ_BEFORE_H_
