// ReadText: plain text (any common Russian encoding) to the Document model. Lines become
// paragraphs, except layouts that already show a table: tab-separated rows with a
// consistent column count, and the cell-per-tab-indented-line layout of Apache Tika
// (rows separated by blank lines), and columns aligned with spaces (pdftotext -layout,
// parsers/text/aligned_columns.h), which become Table blocks with their line ranges.
#ifndef PLANPARSE_PARSERS_TEXT_TEXT_READER_H_
#define PLANPARSE_PARSERS_TEXT_TEXT_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"
#include "model/status.h"
#include "parsers/reader_options.h"

namespace planparse {

// Fills body and diagnostics, and source.encoding; the caller fills the rest of source.
Result<Document> ReadText(std::string_view bytes, const ReaderOptions& options);

// The layout stage on its own, for text already in UTF-8 and split into lines
// (line i of `lines` is line i + 1 of the input; a form feed is a line "\f" of its own).
// Problems met (rows rebuilt unsurely) are appended to `diagnostics` when given.
std::vector<Block> LayoutLines(const std::vector<std::string>& lines,
                               std::vector<Diagnostic>* diagnostics = nullptr);

}  // namespace planparse

#endif  // PLANPARSE_PARSERS_TEXT_TEXT_READER_H_
