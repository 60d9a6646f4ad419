#include "parsers/docx/package.h"

#include "parsers/docx/read_before.h"

#include "parsers/docx/xml.h"

namespace planparse {

std::string ResolvePartName(std::string_view source_part, std::string_view target) {
  std::vector<std::string> segments;
  if (!target.empty() && target.front() == '/') {
    target.remove_prefix(1);
  } else {
    size_t slash = source_part.rfind('/');
    std::string_view folder =
        slash == std::string_view::npos ? std::string_view() : source_part.substr(0, slash);
    size_t start = 0;
    while (start < folder.size()) {
      size_t end = folder.find('/', start);
      if (end == std::string_view::npos) end = folder.size();
      if (end > start) segments.emplace_back(folder.substr(start, end - start));
      start = end + 1;
    }
  }
  size_t start = 0;
  while (start <= target.size()) {
    size_t end = target.find('/', start);
    if (end == std::string_view::npos) end = target.size();
    std::string_view seg = target.substr(start, end - start);
    if (seg == "..") {
      if (segments.empty()) return "";  // escapes the package root
      segments.pop_back();
    } else if (!seg.empty() && seg != ".") {
      segments.emplace_back(seg);
    }
    start = end + 1;
  }
  std::string out;
  for (const std::string& s : segments) {
    if (!out.empty()) out += '/';
    out += s;
  }
  return out;
}

bool RelTypeIs(const std::string& type, std::string_view suffix) {
  return type.size() > suffix.size() && type[type.size() - suffix.size() - 1] == '/' &&
         type.compare(type.size() - suffix.size(), suffix.size(), suffix) == 0;
}

namespace {

std::string RelsPartFor(const std::string& part) {
  size_t slash = part.rfind('/');
  if (slash == std::string::npos) return "_rels/" + part + ".rels";
  return part.substr(0, slash) + "/_rels/" + part.substr(slash + 1) + ".rels";
}

// Reads the internal relationships of `source_part`; a missing rels part is no error.
Result<std::vector<Relationship>> ReadRels(ZipArchive* zip, const std::string& source_part,
                                           const ReaderOptions& options) {
  std::vector<Relationship> rels;
  std::string rels_part = source_part.empty() ? "_rels/.rels" : RelsPartFor(source_part);
  if (!zip->Has(rels_part)) return rels;
  Result<std::string> bytes = zip->Read(rels_part);
  if (!bytes.ok()) return bytes.status();
  // Each thread keeps the last 8 read (up to 64 KB each); targets resolve against the
  // source part, so it is part of the context.
  thread_local ReadBefore<std::vector<Relationship>> before(8, 64 * 1024);
  std::string context = LimitsContext(options) + "/" + source_part;
  if (const std::vector<Relationship>* read = before.Find(bytes.value(), context)) return *read;
  Status st = xml::WithRoot(bytes.value(), rels_part, options.max_xml_depth,
                            options.max_xml_nodes, [&](xml::Node* root) {
    for (xml::Node* r = root->children; r != nullptr; r = r->next) {
      if (!xml::Is(r, "Relationship")) continue;
      if (xml::Attr(r, "TargetMode") == "External") continue;  // never followed
      std::string target = ResolvePartName(source_part, xml::Attr(r, "Target"));
      if (target.empty()) continue;  // points outside the package
      rels.push_back({std::string(xml::Attr(r, "Id")), std::string(xml::Attr(r, "Type")),
                      target});
    }
  });
  if (!st.ok()) return st;
  before.Keep(std::move(bytes.value()), std::move(context), rels);
  return rels;
}

bool IsMainContentType(std::string_view type) {
  return type.find("wordprocessingml.document.main") != std::string_view::npos ||
         type.find("wordprocessingml.template.main") != std::string_view::npos ||
         type.find("ms-word.document.macroEnabled.main") != std::string_view::npos ||
         type.find("ms-word.template.macroEnabledTemplate.main") != std::string_view::npos;
}

}  // namespace

Result<PackageParts> LocatePackageParts(ZipArchive* zip, const ReaderOptions& options) {
  PackageParts parts;
  Result<std::vector<Relationship>> root_rels = ReadRels(zip, "", options);
  if (!root_rels.ok()) return root_rels.status();
  for (const Relationship& r : root_rels.value()) {
    if (parts.main.empty() && RelTypeIs(r.type, "officeDocument") && zip->Has(r.target)) {
      parts.main = r.target;
    }
    if (RelTypeIs(r.type, "core-properties") && zip->Has(r.target)) parts.core_properties = r.target;
  }
  if (parts.main.empty() && zip->Has("[Content_Types].xml")) {
    Result<std::string> ct = zip->Read("[Content_Types].xml");
    if (!ct.ok()) return ct.status();
    Status st = xml::WithRoot(ct.value(), "[Content_Types].xml", options.max_xml_depth,
                              options.max_xml_nodes, [&](xml::Node* root) {
      for (xml::Node* o = root->children; o != nullptr; o = o->next) {
        if (!xml::Is(o, "Override") || !IsMainContentType(xml::Attr(o, "ContentType"))) continue;
        std::string name = ResolvePartName("", xml::Attr(o, "PartName"));
        if (parts.main.empty() && zip->Has(name)) parts.main = name;
      }
    });
    if (!st.ok()) return st;
  }
  if (parts.main.empty()) {
    if (!zip->Has("[Content_Types].xml") && !zip->Has("_rels/.rels")) {
      return Status::Corrupt("архив ZIP не является документом Word (нет [Content_Types].xml "
                             "и _rels/.rels)");
    }
    return Status::Corrupt("в пакете нет основной части документа Word (main document part)");
  }
  if (parts.core_properties.empty() && zip->Has("docProps/core.xml")) {
    parts.core_properties = "docProps/core.xml";
  }
  Result<std::vector<Relationship>> main_rels = ReadRels(zip, parts.main, options);
  if (!main_rels.ok()) return main_rels.status();
  parts.main_rels = main_rels.take();
  return parts;
}

}  // namespace planparse
