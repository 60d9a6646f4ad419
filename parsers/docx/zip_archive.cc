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

Result<std::string> ZipArchive::Read(std::string_view name) {
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
  std::string out;
  const uint64_t compressed = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
  if ((st.valid & ZIP_STAT_SIZE) && st.size <= options_.max_entry_bytes) {
    out.reserve(static_cast<size_t>(st.size));
  }
  char buffer[64 * 1024];
  Status status;
  while (true) {
    zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
    if (n < 0) {
      status = Status::Corrupt(part + ": данные ZIP повреждены (" +
                               std::string(zip_file_strerror(file)) + ")");
      break;
    }
    if (n == 0) break;
    out.append(buffer, static_cast<size_t>(n));
    total_inflated_ += static_cast<uint64_t>(n);
    if (out.size() > options_.max_entry_bytes) {
      status = Status::LimitExceeded(part + ": распакованная часть больше " +
                                     std::to_string(options_.max_entry_bytes >> 20) + " МБ");
      break;
    }
    if (total_inflated_ > options_.max_total_inflated_bytes) {
      status = Status::LimitExceeded("распакованный документ больше " +
                                     std::to_string(options_.max_total_inflated_bytes >> 20) +
                                     " МБ");
      break;
    }
    if (out.size() > (1u << 20) &&
        out.size() / (compressed > 0 ? compressed : 1) > options_.max_compression_ratio) {
      status = Status::LimitExceeded(part + ": степень сжатия больше " +
                                     std::to_string(options_.max_compression_ratio) +
                                     ":1 — похоже на ZIP-бомбу");
      break;
    }
  }
  zip_fclose(file);
  if (!status.ok()) return status;
  return out;
}

}  // namespace planparse
