// The floor: the least work any DOCX or text extractor must do, with the libraries
// planparse uses. For each DOCX: open it with libzip, inflate word/document.xml, and run
// libxml2's streaming reader over it touching every text node; with --inflate-only, stop
// after inflating (to split ZIP from XML cost). For text (--text): read the file and
// convert it to UTF-8 with ICU (--encoding names the source charset). Prints the files,
// bytes of document.xml (or text) and seconds, as one JSON line.
//
// usage: bench_floor [--inflate-only | --text [--encoding NAME]] FILE...
#include <libxml/xmlreader.h>
#include <unicode/ucnv.h>
#include <zip.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

bool Inflate(const char* path, std::string* xml) {
  int error = 0;
  zip_t* archive = zip_open(path, ZIP_RDONLY, &error);
  if (archive == nullptr) return false;
  zip_stat_t st;
  zip_file_t* file = nullptr;
  bool ok = zip_stat(archive, "word/document.xml", 0, &st) == 0 &&
            (file = zip_fopen(archive, "word/document.xml", 0)) != nullptr;
  if (ok) {
    xml->resize(st.size);
    ok = zip_fread(file, xml->data(), st.size) == static_cast<zip_int64_t>(st.size);
    zip_fclose(file);
  }
  zip_close(archive);
  return ok;
}

// Touches every text node: sums its bytes, so the work cannot be optimised away.
size_t Stream(const std::string& xml) {
  xmlTextReaderPtr reader = xmlReaderForMemory(xml.data(), static_cast<int>(xml.size()), nullptr,
                                               nullptr, XML_PARSE_NONET);
  size_t text = 0;
  while (xmlTextReaderRead(reader) == 1) {
    if (xmlTextReaderNodeType(reader) == XML_READER_TYPE_TEXT) {
      const xmlChar* value = xmlTextReaderConstValue(reader);
      if (value != nullptr) text += std::strlen(reinterpret_cast<const char*>(value));
    }
  }
  xmlFreeTextReader(reader);
  return text;
}

size_t ToUtf8(const std::string& bytes, const char* encoding) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(bytes.size() * 3 + 16, '\0');
  int32_t n = ucnv_convert("UTF-8", encoding, out.data(), static_cast<int32_t>(out.size()),
                           bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  return U_SUCCESS(status) ? static_cast<size_t>(n) : 0;
}

}  // namespace

int main(int argc, char** argv) {
  bool inflate_only = false, text = false;
  const char* encoding = "UTF-8";
  std::vector<const char*> files;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--inflate-only") == 0) inflate_only = true;
    else if (std::strcmp(argv[i], "--text") == 0) text = true;
    else if (std::strcmp(argv[i], "--encoding") == 0 && i + 1 < argc) encoding = argv[++i];
    else files.push_back(argv[i]);
  }
  const auto start = std::chrono::steady_clock::now();
  size_t bytes = 0, touched = 0, failed = 0;
  for (const char* path : files) {
    if (text) {
      std::ifstream in(path, std::ios::binary);
      std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      bytes += content.size();
      touched += ToUtf8(content, encoding);
      continue;
    }
    std::string xml;
    if (!Inflate(path, &xml)) {
      ++failed;
      continue;
    }
    bytes += xml.size();
    if (!inflate_only) touched += Stream(xml);
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("{\"files\": %zu, \"bytes\": %zu, \"touched\": %zu, \"failed\": %zu, \"seconds\": %.6f}\n",
              files.size(), bytes, touched, failed, seconds);
  return failed == 0 ? 0 : 1;
}
