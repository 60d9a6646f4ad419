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

// The lines of one text in code points (columns are counted in characters), each converted
// once, when an attempt first looks at it, for all the attempts on that text (most lines of
// most texts are never looked at). A form feed is a line of its own, "\f".
class AlignedText {
 public:
  explicit AlignedText(const std::vector<std::string>& utf8_lines);
  const std::vector<std::string>& utf8() const { return *utf8_; }
  size_t size() const { return utf8_->size(); }
  const std::u32string& Line(size_t i) const;  // "" for a form feed

 private:
  const std::vector<std::string>* utf8_;
  mutable std::vector<std::u32string> lines_;  // "" until converted (or when empty)
};

// Reads the table that starts at line `start`, appends it to `out` and returns the index of
// the first line after it; returns `start` when no aligned table starts there, and then
// sets *looked_to to the end of the lines it looked at: a later start before that point
// finds no table either (LayoutLines skips them, so a long text costs linear time). Rows
// whose words fit the columns badly get a `table.row_uncertain` diagnostic with their lines.
size_t TryAlignedColumns(const AlignedText& text, size_t start, std::vector<Block>* out,
                         std::vector<Diagnostic>* diagnostics, size_t* looked_to);

}  // namespace planparse

#endif  // PLANPARSE_PARSERS_TEXT_ALIGNED_COLUMNS_H_
