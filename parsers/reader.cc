#include "parsers/reader.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>

#include "parsers/docx/docx_reader.h"
#include "parsers/sha256.h"
#include "parsers/text/text_reader.h"

namespace planparse {
namespace {

bool StartsWith(std::string_view bytes, std::string_view prefix) {
  return bytes.size() >= prefix.size() && bytes.substr(0, prefix.size()) == prefix;
}

using ReadFn = Result<Document> (*)(std::string_view, const ReaderOptions&);

struct ReaderEntry {
  const char* format;
  ReadFn read;
};

// The registry: one line per supported format.
const ReaderEntry kReaders[] = {
    {"docx", ReadDocx},
    {"text", ReadText},
};

// Formats recognised by signature that planparse does not read, with advice for the user.
struct Unsupported {
  const char* format;
  std::string_view signature;
  const char* advice;
};
const Unsupported kUnsupported[] = {
    {"doc", std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8),
     "это документ Word 97–2003 (.doc) или зашифрованный паролем DOCX; откройте его в Word "
     "или LibreOffice и сохраните как .docx без пароля"},
    {"pdf", "%PDF-", "это PDF; извлеките текст (например, pdftotext) и передайте файл .txt"},
    {"rtf", "{\\rtf", "это RTF; сохраните документ как .docx"},
};

}  // namespace

std::string DetectFormat(std::string_view bytes) {
  if (StartsWith(bytes, "PK\x03\x04") || StartsWith(bytes, "PK\x05\x06") ||
      StartsWith(bytes, "PK\x07\x08")) {
    return "docx";
  }
  for (const Unsupported& u : kUnsupported) {
    if (StartsWith(bytes, u.signature)) return u.format;
  }
  return "text";
}

Result<Document> ReadDocumentBytes(std::string_view bytes, const std::string& name,
                                   const ReaderOptions& options) {
  const std::string context = name + ": ";
  if (bytes.size() > options.max_file_bytes) {
    return Status::LimitExceeded(context + "файл больше допустимых " +
                                 std::to_string(options.max_file_bytes >> 20) + " МБ");
  }
  if (bytes.empty()) return Status::Corrupt(context + "файл пуст (0 байт)");
  std::string format = DetectFormat(bytes);
  for (const Unsupported& u : kUnsupported) {
    if (format == u.format) return Status::Unsupported(context + u.advice);
  }
  for (const ReaderEntry& entry : kReaders) {
    if (format != entry.format) continue;
    Result<Document> doc = entry.read(bytes, options);
    if (!doc.ok()) return doc.status().WithContext(context);
    Document& d = doc.value();
    d.source.path = name;
    d.source.format = entry.format;
    if (d.source.encoding.empty()) d.source.encoding = "UTF-8";
    d.source.sha256 = Sha256Hex(bytes);
    d.source.size_bytes = bytes.size();
    return doc;
  }
  return Status::Unsupported(context + "неизвестный формат");
}

Result<std::string> ReadFileBytes(const std::string& path, const ReaderOptions& options) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    if (errno == ENOENT) return Status::NotFound(path + ": файл не найден");
    return Status::IoError(path + ": не удаётся открыть (" + std::strerror(errno) + ")");
  }
  if (S_ISDIR(st.st_mode)) return Status::InvalidArgument(path + ": это каталог, а не файл");
  if (!S_ISREG(st.st_mode)) return Status::InvalidArgument(path + ": это не обычный файл");
  if (static_cast<uint64_t>(st.st_size) > options.max_file_bytes) {
    return Status::LimitExceeded(path + ": файл больше допустимых " +
                                 std::to_string(options.max_file_bytes >> 20) + " МБ");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": не удаётся прочитать (" + std::strerror(errno) + ")");
  std::string bytes(static_cast<size_t>(st.st_size), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (in.gcount() != static_cast<std::streamsize>(bytes.size())) {
    return Status::IoError(path + ": файл прочитан не полностью");
  }
  return bytes;
}

Result<Document> ReadDocumentFile(const std::string& path, const ReaderOptions& options) {
  Result<std::string> bytes = ReadFileBytes(path, options);
  if (!bytes.ok()) return bytes.status();
  return ReadDocumentBytes(bytes.value(), path, options);
}

}  // namespace planparse
