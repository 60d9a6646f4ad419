// SourceSpan: the place in the input a block or value came from.
#ifndef PLANPARSE_MODEL_SOURCE_SPAN_H_
#define PLANPARSE_MODEL_SOURCE_SPAN_H_

#include <string>

namespace planparse {

struct SourceSpan {
  std::string part;      // package part ("word/document.xml"); "" for plain text
  int block = -1;        // index of the top-level block in its part, -1 when unknown
  int table_row = -1;    // row inside the innermost table, -1 outside tables
  int table_cell = -1;   // cell inside that row, -1 outside tables
  int first_line = 0;    // 1-based first line of plain-text input, 0 for packages
  int last_line = 0;     // 1-based last line, inclusive

  // "word/document.xml block 12 row 3 cell 2", "lines 10-14", "line 7".
  std::string ToString() const;
  // The place for a person, in Russian: "строки 10–14", "таблица (блок 3), строка 5".
  std::string Describe() const;
};

}  // namespace planparse

#endif  // PLANPARSE_MODEL_SOURCE_SPAN_H_
