// Document: the one generic model every reader produces and every later stage reads.
// Like pandoc's AST it knows nothing of plans; unlike it, every block remembers where it
// came from (SourceSpan), so any extracted value can be traced back to its place.
#ifndef PLANPARSE_MODEL_DOCUMENT_H_
#define PLANPARSE_MODEL_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "model/diagnostic.h"
#include "model/source_span.h"

namespace planparse {

struct Block;

// A paragraph style the document uses, listed once in Document::styles: a large table has
// tens of thousands of paragraphs and a handful of styles.
struct ParagraphStyle {
  std::string id;            // DOCX w:pStyle, "" for paragraphs that name none
  std::string name;          // display name of the style in effect ("heading 2", "Заголовок 2";
                             // the default style's for id "")
};

// A paragraph of text. In plain-text input, one line. Kept small (72 bytes): a large
// table holds tens of thousands.
struct Paragraph {
  std::string text;           // UTF-8; "\t" for tabs, "\n" for line breaks inside the paragraph
  int style = -1;             // index into Document::styles, -1 when none (plain text)
  int16_t heading_level = 0;  // 1..9 for headings, 0 otherwise
  int16_t list_level = -1;    // 0..8 when auto-numbered or bulleted, -1 otherwise
  std::string list_label;     // the label Word renders: "1.", "1.2.", "а)", "•"; "" when none
};

// One cell of a table; cells absorbed by a vertical merge are not listed separately.
struct TableCell {
  int grid_column = 0;       // first grid column the cell covers (0-based)
  int col_span = 1;          // number of grid columns covered (w:gridSpan)
  int row_span = 1;          // number of rows covered (w:vMerge restart + continues)
  std::vector<Block> blocks; // paragraphs and nested tables, in order
  SourceSpan span;
};

struct TableRow {
  bool is_header = false;    // w:tblHeader (repeated on each page) or a detected header line
  std::vector<TableCell> cells;
  SourceSpan span;
  double confidence = 1.0;   // 1 for rows the source marked up; lower for rows rebuilt from text
};

struct Table {
  int grid_columns = 0;      // width of the grid (w:tblGrid, or widest row)
  std::vector<TableRow> rows;
  bool words_spaced = false; // the cells' words are spaced as their author wrote them (text a
                             // converter wrote cell by cell with tabs); false where text laid
                             // out on a page (PDF) may have run them together
};

enum class BlockKind { kParagraph, kTable, kPageBreak, kSectionBreak };

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  Paragraph paragraph;       // when kind == kParagraph
  Table table;               // when kind == kTable
  SourceSpan span;
};

// Text kept apart from the body flow: headers, footers, notes, comments.
struct Story {
  enum class Kind { kHeader, kFooter, kFootnote, kEndnote, kComment };
  Kind kind = Kind::kFootnote;
  std::string id;            // note or comment id, or the part name for headers/footers
  std::vector<Block> blocks;
};

// Where the bytes came from and what they were.
struct SourceInfo {
  std::string path;          // as given by the caller
  std::string format;        // "docx" or "text"
  std::string encoding;      // "UTF-8", "windows-1251", ... (text input; "UTF-8" for DOCX XML)
  std::string sha256;        // lowercase hex of the input bytes
  uint64_t size_bytes = 0;
};

// Dublin Core properties from docProps/core.xml, when present.
struct CoreProperties {
  std::string title;
  std::string subject;
  std::string creator;
  std::string description;
  std::string last_modified_by;
  std::string created;       // W3CDTF as stored ("2023-08-30T10:00:00Z")
  std::string modified;
};

struct Document {
  SourceInfo source;
  CoreProperties properties;
  std::vector<Block> body;
  std::vector<Story> stories;
  std::vector<ParagraphStyle> styles;   // what Paragraph::style refers to
  std::vector<Diagnostic> diagnostics;  // problems met while reading (skipped parts, clamps)
};

const char* BlockKindName(BlockKind kind);
const char* StoryKindName(Story::Kind kind);

// Plain text of a block list: paragraphs joined by "\n", table cells by "\t", rows by "\n".
std::string PlainText(const std::vector<Block>& blocks);

}  // namespace planparse

#endif  // PLANPARSE_MODEL_DOCUMENT_H_
