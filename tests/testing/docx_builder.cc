#include "tests/testing/docx_builder.h"

#include <zip.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

namespace planparse::testing {

std::string MakeZip(const std::vector<std::pair<std::string, std::string>>& entries) {
  char path[] = "/tmp/planparse-test-XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) throw std::runtime_error("mkstemp failed");
  close(fd);
  int error = 0;
  zip_t* archive = zip_open(path, ZIP_TRUNCATE, &error);
  if (archive == nullptr) throw std::runtime_error("zip_open failed");
  for (const auto& [name, bytes] : entries) {
    zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
    if (source == nullptr || zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
      throw std::runtime_error("zip_file_add failed: " + name);
    }
  }
  if (zip_close(archive) != 0) throw std::runtime_error("zip_close failed");
  std::ifstream in(path, std::ios::binary);
  std::stringstream out;
  out << in.rdbuf();
  std::remove(path);
  return out.str();
}

namespace {
const char* kNamespaces =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
    "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
    "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
    "xmlns:v=\"urn:schemas-microsoft-com:vml\" "
    "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
    "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"";
const char* kRelType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
}  // namespace

std::string MakeDocx(const DocxParts& parts) {
  std::vector<std::pair<std::string, std::string>> entries;
  std::string xml_decl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  entries.emplace_back(
      "[Content_Types].xml",
      xml_decl +
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          "<Override PartName=\"/" + parts.main_part +
          "\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
          "</Types>");
  std::string root_rels = xml_decl +
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"" + std::string(kRelType) + "officeDocument\" Target=\"" +
      parts.main_part + "\"/>";
  if (!parts.core.empty()) {
    root_rels += "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>";
    entries.emplace_back("docProps/core.xml",
                         xml_decl + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">" +
                             parts.core + "</cp:coreProperties>");
  }
  root_rels += "</Relationships>";
  entries.emplace_back("_rels/.rels", root_rels);

  std::string folder = parts.main_part.substr(0, parts.main_part.rfind('/') + 1);
  std::string file = parts.main_part.substr(parts.main_part.rfind('/') + 1);
  std::string rels = xml_decl +
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rIdX\" Type=\"" + std::string(kRelType) +
      "hyperlink\" Target=\"http://example.invalid/\" TargetMode=\"External\"/>";
  auto add_part = [&](const std::string& type, const std::string& name, const std::string& root,
                      const std::string& inside) {
    if (inside.empty()) return;
    rels += "<Relationship Id=\"rId" + name + "\" Type=\"" + kRelType + type + "\" Target=\"" +
            name + "\"/>";
    entries.emplace_back(folder + name, xml_decl + "<w:" + root + " " + kNamespaces + ">" +
                                            inside + "</w:" + root + ">");
  };
  add_part("styles", "styles.xml", "styles", parts.styles);
  add_part("styles", "styles2.xml", "styles", parts.more_styles);
  add_part("numbering", "numbering.xml", "numbering", parts.numbering);
  add_part("footnotes", "footnotes.xml", "footnotes", parts.footnotes);
  add_part("header", "header1.xml", "hdr", parts.header);
  rels += "</Relationships>";
  entries.emplace_back(folder + "_rels/" + file + ".rels", rels);
  entries.emplace_back(parts.main_part, xml_decl + "<w:document " + kNamespaces + "><w:body>" +
                                            parts.body + "</w:body></w:document>");
  for (const auto& [name, bytes] : parts.extra) entries.emplace_back(name, bytes);
  return MakeZip(entries);
}

std::string MakeDocx(const std::string& body) {
  DocxParts parts;
  parts.body = body;
  return MakeDocx(parts);
}

std::string P(const std::string& text, const std::string& ppr) {
  return "<w:p>" + (ppr.empty() ? "" : "<w:pPr>" + ppr + "</w:pPr>") +
         "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

}  // namespace planparse::testing
