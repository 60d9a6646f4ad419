// ReadDocx: a DOCX package (bytes) to the Document model. Streams word/document.xml as it
// inflates (xml::Reader), building one paragraph or one table row at a time.
#ifndef PLANPARSE_PARSERS_DOCX_DOCX_READER_H_
#define PLANPARSE_PARSERS_DOCX_DOCX_READER_H_

#include <string_view>

#include "model/document.h"
#include "model/status.h"
#include "parsers/reader_options.h"

namespace planparse {

// Fills body, stories, properties and diagnostics; the caller fills Document::source.
Result<Document> ReadDocx(std::string_view bytes, const ReaderOptions& options);

}  // namespace planparse

#endif  // PLANPARSE_PARSERS_DOCX_DOCX_READER_H_
