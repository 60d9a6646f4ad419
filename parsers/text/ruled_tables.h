// Tables drawn with rules in plain text, as `pandoc -t plain` writes them: grid tables
// ("+----+------+" between rows, "|" between cells, "+====+" under the header) and
// multiline or simple tables (a rule of dash groups under the header gives each column's
// extent; a full dash rule above and below a multiline table, whose rows stand apart by
// blank lines). The rules give the columns exactly, so no guessing is needed.
#ifndef PLANPARSE_PARSERS_TEXT_RULED_TABLES_H_
#define PLANPARSE_PARSERS_TEXT_RULED_TABLES_H_

#include <cstddef>
#include <vector>

#include "model/document.h"
#include "parsers/text/aligned_columns.h"

namespace planparse {

// Reads the ruled table that starts at line `start`, appends it to `out` and returns the
// index of the first line after it; returns `start` when no such table starts there.
size_t TryRuledTable(const AlignedText& text, size_t start, std::vector<Block>* out);

}  // namespace planparse

#endif  // PLANPARSE_PARSERS_TEXT_RULED_TABLES_H_
