// Package: the OPC layer of a DOCX: content types, relationships, and where the main
// document and its related parts (styles, numbering, notes, headers) live.
#ifndef PLANPARSE_PARSERS_DOCX_PACKAGE_H_
#define PLANPARSE_PARSERS_DOCX_PACKAGE_H_

#include <string>
#include <string_view>
#include <vector>

#include "model/status.h"
#include "parsers/docx/zip_archive.h"
#include "parsers/reader_options.h"

namespace planparse {

struct Relationship {
  std::string id;
  std::string type;     // full relationship type URI
  std::string target;   // resolved part name inside the package ("word/styles.xml")
};

struct PackageParts {
  std::string main;                        // main document part, found through _rels/.rels
  std::string core_properties;             // docProps/core.xml or "" when absent
  std::vector<Relationship> main_rels;     // the main part's internal relationships
};

// Finds the main document through the package relationships (falling back to
// [Content_Types].xml overrides), and reads the main part's relationships.
Result<PackageParts> LocatePackageParts(ZipArchive* zip, const ReaderOptions& options);

// Resolves `target` relative to the folder of `source_part`; "" when it escapes the package.
std::string ResolvePartName(std::string_view source_part, std::string_view target);

// True when a relationship type URI ends with "/" + `suffix` ("styles", "numbering" ...).
bool RelTypeIs(const std::string& type, std::string_view suffix);

}  // namespace planparse

#endif  // PLANPARSE_PARSERS_DOCX_PACKAGE_H_
