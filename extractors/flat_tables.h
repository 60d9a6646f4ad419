// RebuildFlattenedTables: finds event tables that text extraction (PDF, converters) wrote
// cell after cell, each cell broken over short lines, and turns them back into Table blocks,
// so plan extraction reads them like any table. Rows are split by their numbering; each
// row's lines are segmented into cells by dynamic programming over what each column holds
// (timings, people, short form phrases) and how the text is laid out (capitals starting
// lines, blank-line gaps, runs of spaces marking empty cells); text that continues a row
// after a page break goes back to the cells it continues.
#ifndef PLANPARSE_EXTRACTORS_FLAT_TABLES_H_
#define PLANPARSE_EXTRACTORS_FLAT_TABLES_H_

#include "model/document.h"

namespace planparse {

struct FlatTableOptions {
  int min_header_roles = 3;         // column titles recognised before a header is believed
  int max_header_lines = 30;        // lines one header may take
  double uncertain_below = 0.6;     // rows less sure than this get a diagnostic
};

// Rewrites `doc` in place; returns the number of tables rebuilt.
int RebuildFlattenedTables(Document* doc, const FlatTableOptions& options);

}  // namespace planparse

#endif  // PLANPARSE_EXTRACTORS_FLAT_TABLES_H_
