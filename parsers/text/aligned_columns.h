// Tables whose columns are aligned with spaces, as `pdftotext -layout` writes them: each
// visual line holds pieces of several cells, gutters between columns may be a single
// space, words are broken inside a cell without a hyphen, and every page may place the
// columns a few characters differently (the header is usually repeated on each page).
#ifndef PLANPARSE_PARSERS_TEXT_ALIGNED_COLUMNS_H_
#define PLANPARSE_PARSERS_TEXT_ALIGNED_COLUMNS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "model/diagnostic.h"
#include "model/document.h"

namespace planparse {

// Reads the table that starts at lines[start] (a form feed is a line of its own, "\f"),
// appends it to `out` and returns the index of the first line after it; returns `start`
// when no aligned table starts there. Rows whose words fit the columns badly get a
// `table.row_uncertain` diagnostic with their line range.
size_t TryAlignedColumns(const std::vector<std::string>& lines, size_t start,
                         std::vector<Block>* out, std::vector<Diagnostic>* diagnostics);

}  // namespace planparse

#endif  // PLANPARSE_PARSERS_TEXT_ALIGNED_COLUMNS_H_
