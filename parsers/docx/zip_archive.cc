#include "parsers/docx/zip_archive.h"

#include <zip.h>

namespace planparse {

std::string PartKey(std::string_view name) {
  while (!name.empty() && name.front() == '/') name.remove_prefix(1);
  std::string key(name);
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return key;
}

Result<std::unique_ptr<ZipArchive>> ZipArchive::Open(std::string_view bytes,
                                                     const ReaderOptions& options) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    std::string why = zip_error_strerror(&error);
    zip_error_fini(&error);
    return Status::Corrupt("не удалось открыть архив ZIP (" + why + ")");
  }
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (archive == nullptr) {
    std::string why = zip_error_strerror(&error);
    zip_source_free(source);
    zip_error_fini(&error);
    return Status::Corrupt("файл не является целым архивом ZIP: возможно, он обрезан или "
                           "повреждён (" + why + ")");
  }
  zip_error_fini(&error);
  std::unique_ptr<ZipArchive> out(new ZipArchive());
  out->archive_ = archive;
  out->options_ = options;
  zip_int64_t count = zip_get_num_entries(archive, 0);
  if (count < 0 || static_cast<uint64_t>(count) > options.max_zip_entries) {
    return Status::LimitExceeded("в архиве ZIP слишком много записей (" + std::to_string(count) +
                                 ", допустимо " + std::to_string(options.max_zip_entries) + ")");
  }
  for (zip_int64_t i = 0; i < count; ++i) {
    const char* name = zip_get_name(archive, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW);
    if (name == nullptr) continue;
    std::string key = PartKey(name);
    if (!out->index_.emplace(key, static_cast<uint64_t>(i)).second) {
      return Status::Corrupt(std::string("в архиве ZIP две записи с одним именем: ") + name);
    }
    out->names_.emplace_back(name);
  }
  return out;
}

ZipArchive::~ZipArchive() {
  if (archive_ != nullptr) zip_discard(archive_);
}

bool ZipArchive::Has(std::string_view name) const { return index_.count(PartKey(name)) > 0; }

Result<std::unique_ptr<ZipArchive::Entry>> ZipArchive::OpenEntry(std::string_view name) {
  auto it = index_.find(PartKey(name));
  std::string part(name);
  if (it == index_.end()) return Status::NotFound("в пакете нет части " + part);
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(archive_, it->second, 0, &st) != 0) {
    return Status::Corrupt(part + ": не удалось прочитать заголовок записи ZIP");
  }
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
    return Status::Unsupported(part + ": запись ZIP зашифрована; снимите пароль и сохраните "
                                      "документ заново");
  }
  if ((st.valid & ZIP_STAT_COMP_METHOD) && st.comp_method != ZIP_CM_STORE &&
      st.comp_method != ZIP_CM_DEFLATE) {
    return Status::Unsupported(part + ": неподдерживаемый метод сжатия ZIP (" +
                               std::to_string(st.comp_method) + ")");
  }
  zip_file_t* file = zip_fopen_index(archive_, it->second, 0);
  if (file == nullptr) {
    return Status::Corrupt(part + ": запись ZIP не открывается (" +
                           std::string(zip_strerror(archive_)) + ")");
  }
  std::unique_ptr<Entry> entry(new Entry());
  entry->archive_ = this;
  entry->file_ = file;
  entry->part_ = std::move(part);
  entry->compressed_ = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
  if ((st.valid & ZIP_STAT_SIZE) && st.size <= options_.max_entry_bytes) entry->size_hint_ = st.size;
  return entry;
}

ZipArchive::Entry::~Entry() {
  if (file_ != nullptr) zip_fclose(file_);
}

int64_t ZipArchive::Entry::Read(char* buffer, size_t size) {
  if (!status_.ok()) return -1;
  zip_int64_t n = zip_fread(file_, buffer, size);
  if (n < 0) {
    status_ = Status::Corrupt(part_ + ": данные ZIP повреждены (" +
                              std::string(zip_file_strerror(file_)) + ")");
    return -1;
  }
  const ReaderOptions& options = archive_->options_;
  inflated_ += static_cast<uint64_t>(n);
  archive_->total_inflated_ += static_cast<uint64_t>(n);
  if (inflated_ > options.max_entry_bytes) {
    status_ = Status::LimitExceeded(part_ + ": распакованная часть больше " +
                                    std::to_string(options.max_entry_bytes >> 20) + " МБ");
  } else if (archive_->total_inflated_ > options.max_total_inflated_bytes) {
    status_ = Status::LimitExceeded("распакованный документ больше " +
                                    std::to_string(options.max_total_inflated_bytes >> 20) + " МБ");
  } else if (inflated_ > (1u << 20) &&
             inflated_ / (compressed_ > 0 ? compressed_ : 1) > options.max_compression_ratio) {
    status_ = Status::LimitExceeded(part_ + ": степень сжатия больше " +
                                    std::to_string(options.max_compression_ratio) +
                                    ":1 — похоже на ZIP-бомбу");
  }
  return status_.ok() ? n : -1;
}

Result<std::string> ZipArchive::Read(std::string_view name) {
  Result<std::unique_ptr<Entry>> entry = OpenEntry(name);
  if (!entry.ok()) return entry.status();
  std::string out;
  out.reserve(static_cast<size_t>(entry.value()->size_hint()));
  char buffer[64 * 1024];
  while (true) {
    int64_t n = entry.value()->Read(buffer, sizeof buffer);
    if (n < 0) return entry.value()->status();
    if (n == 0) break;
    out.append(buffer, static_cast<size_t>(n));
  }
  return out;
}

}  // namespace planparse
