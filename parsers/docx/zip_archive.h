// ZipArchive: a bounded, in-memory view of a ZIP package (libzip). Nothing is extracted to
// disk. Entries are looked up case-insensitively (OPC part names are). Sizes are counted
// while inflating, since headers can lie.
#ifndef PLANPARSE_PARSERS_DOCX_ZIP_ARCHIVE_H_
#define PLANPARSE_PARSERS_DOCX_ZIP_ARCHIVE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/status.h"
#include "parsers/reader_options.h"

struct zip;
struct zip_file;
struct zip_source;

namespace planparse {

class ZipArchive {
 public:
  // Opens `bytes` (which must outlive the archive). Rejects duplicate entry names.
  static Result<std::unique_ptr<ZipArchive>> Open(std::string_view bytes,
                                                  const ReaderOptions& options);
  ~ZipArchive();

  // An entry inflated piece by piece, with the checks of Read applied as it goes.
  class Entry {
   public:
    ~Entry();
    Entry(const Entry&) = delete;
    Entry& operator=(const Entry&) = delete;
    // Up to `size` inflated bytes into `buffer`; 0 at the end; -1 on an error (status()).
    int64_t Read(char* buffer, size_t size);
    // Why reading stopped early (corrupt data, a limit passed); OK otherwise.
    const Status& status() const { return status_; }
    uint64_t size_hint() const { return size_hint_; }  // the header's size, when believable

   private:
    friend class ZipArchive;
    Entry() = default;
    ZipArchive* archive_ = nullptr;
    zip_file* file_ = nullptr;
    std::string part_;
    uint64_t compressed_ = 0;
    uint64_t inflated_ = 0;
    uint64_t size_hint_ = 0;
    Status status_;
  };

  bool Has(std::string_view name) const;
  // The inflated bytes of an entry; errors for missing, encrypted, oversize or bomb entries.
  Result<std::string> Read(std::string_view name);
  // The same entry as a stream, for parts too large to hold twice (the main document).
  Result<std::unique_ptr<Entry>> OpenEntry(std::string_view name);
  const std::vector<std::string>& names() const { return names_; }

 private:
  ZipArchive() = default;
  zip* archive_ = nullptr;
  ReaderOptions options_;
  std::vector<std::string> names_;
  std::unordered_map<std::string, uint64_t> index_;  // lower-cased name -> entry index
  uint64_t total_inflated_ = 0;
};

// Lower-cases ASCII letters and drops a leading "/": the key OPC part names compare by.
std::string PartKey(std::string_view name);

}  // namespace planparse

#endif  // PLANPARSE_PARSERS_DOCX_ZIP_ARCHIVE_H_
