// Writers for the Document model itself (`planparse dump`): JSON for tools, plain text for
// people and for comparing text fidelity with other converters.
#ifndef PLANPARSE_EXPORTERS_DOCUMENT_WRITER_H_
#define PLANPARSE_EXPORTERS_DOCUMENT_WRITER_H_

#include <ostream>

#include "model/document.h"

namespace planparse {

// The whole model as one JSON object ("schema": "planparse.document/1"), pretty-printed.
void WriteDocumentJson(const Document& doc, std::ostream& out);

// Body paragraphs one per line with their list labels, one table row per line with cells
// separated by tabs; then footnotes and endnotes. Headers, footers and comments are left
// out, as pandoc leaves them out of its plain output.
void WriteDocumentText(const Document& doc, std::ostream& out);

}  // namespace planparse

#endif  // PLANPARSE_EXPORTERS_DOCUMENT_WRITER_H_
