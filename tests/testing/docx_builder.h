// Builds small DOCX packages in memory for tests: each test states the XML it means.
#ifndef PLANPARSE_TESTS_TESTING_DOCX_BUILDER_H_
#define PLANPARSE_TESTS_TESTING_DOCX_BUILDER_H_

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace planparse::testing {

// A ZIP archive holding `entries` (name, bytes), deflated.
std::string MakeZip(const std::vector<std::pair<std::string, std::string>>& entries);

struct DocxParts {
  std::string body;          // the inside of <w:body>
  std::string styles;        // the inside of <w:styles>, "" for no styles part
  std::string numbering;     // the inside of <w:numbering>, "" for no numbering part
  std::string more_styles;   // a second styles part (styles2.xml), as a broken package lists
  std::string footnotes;     // the inside of <w:footnotes>, "" for none
  std::string header;        // the inside of <w:hdr>, "" for none
  std::string core;          // the inside of <cp:coreProperties>, "" for none
  std::string main_part = "word/document.xml";
  std::map<std::string, std::string> extra;  // more entries, verbatim
};

// A complete package: content types, relationships and the parts above.
std::string MakeDocx(const DocxParts& parts);
std::string MakeDocx(const std::string& body);

// Wraps text in a paragraph: P("x") == "<w:p><w:r><w:t>x</w:t></w:r></w:p>".
std::string P(const std::string& text, const std::string& ppr = "");

}  // namespace planparse::testing

#endif  // PLANPARSE_TESTS_TESTING_DOCX_BUILDER_H_
