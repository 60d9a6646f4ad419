// SourceSpan: the place in the input a block or value came from.
#ifndef PLANPARSE_MODEL_SOURCE_SPAN_H_
#define PLANPARSE_MODEL_SOURCE_SPAN_H_

#include <string>
#include <string_view>

namespace planparse {

// The name of a package part ("word/document.xml"), shared by the spans that copy it: a
// large document has hundreds of thousands of spans, and each held its own copy. One
// pointer wide (a shared_ptr is two), so a span is 32 bytes, not 40.
class PartName {
 public:
  PartName() = default;
  PartName(std::string_view name);                                          // NOLINT: implicit,
  PartName(const std::string& name) : PartName(std::string_view(name)) {}  // NOLINT  like the
  PartName(const char* name) : PartName(std::string_view(name)) {}         // NOLINT  string
  PartName(const PartName& other);
  PartName(PartName&& other) noexcept : rep_(other.rep_) { other.rep_ = nullptr; }
  PartName& operator=(PartName other) noexcept {
    std::swap(rep_, other.rep_);
    return *this;
  }
  ~PartName();

  bool empty() const { return rep_ == nullptr; }
  const std::string& str() const;
  operator const std::string&() const { return str(); }  // NOLINT
  friend bool operator==(const PartName& a, std::string_view b) { return a.str() == b; }

 private:
  struct Rep;   // the name and how many PartNames share it
  Rep* rep_ = nullptr;  // nullptr for ""
};

struct SourceSpan {
  PartName part;         // package part ("word/document.xml"); "" for plain text
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
