// Reading any supported input into the Document model. The format is detected from the
// content (ZIP signature and OPC content types; otherwise text), never from the extension.
// Adding a format = one reader and one line in the registry in reader.cc.
#ifndef PLANPARSE_PARSERS_READER_H_
#define PLANPARSE_PARSERS_READER_H_

#include <string>
#include <string_view>

#include "model/document.h"
#include "model/status.h"
#include "parsers/reader_options.h"

namespace planparse {

// Reads the file at `path`. Errors name the file and the reason, in Russian.
Result<Document> ReadDocumentFile(const std::string& path, const ReaderOptions& options);

// The bytes of the file at `path`, with ReadDocumentFile's checks (a regular file, at most
// options.max_file_bytes) and its errors.
Result<std::string> ReadFileBytes(const std::string& path, const ReaderOptions& options);

// Reads bytes already in memory; `name` is used in messages and Document::source.path.
Result<Document> ReadDocumentBytes(std::string_view bytes, const std::string& name,
                                   const ReaderOptions& options);

// "docx", "text", or the name of a recognised but unsupported format ("doc", "pdf", ...).
std::string DetectFormat(std::string_view bytes);

}  // namespace planparse

#endif  // PLANPARSE_PARSERS_READER_H_
