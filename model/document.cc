#include "model/document.h"

#include <atomic>

namespace planparse {

struct PartName::Rep {
  std::atomic<int> refs{1};  // spans move between threads in a batch run
  std::string name;
  bool counted = true;  // false for the one name kept for the whole process
};

PartName::PartName(std::string_view name) {
  if (name.empty()) return;
  // The main part of nearly every package, which nearly every span names: one Rep for the
  // process, never counted, so copying and dropping its spans takes no locked instruction
  // (counting them was 3% of a large document's time; 1% left after this).
  static Rep* const kMainPart = new Rep{{1}, "word/document.xml", false};
  if (name == kMainPart->name) {
    rep_ = kMainPart;
    return;
  }
  rep_ = new Rep;
  rep_->name = std::string(name);
}

PartName::PartName(const PartName& other) : rep_(other.rep_) {
  if (rep_ != nullptr && rep_->counted) rep_->refs.fetch_add(1, std::memory_order_relaxed);
}

PartName::~PartName() {
  if (rep_ != nullptr && rep_->counted && rep_->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) {
    delete rep_;
  }
}

const std::string& PartName::str() const {
  static const std::string empty;
  return rep_ != nullptr ? rep_->name : empty;
}

std::string SourceSpan::ToString() const {
  std::string out;
  if (first_line > 0) {
    out = last_line > first_line
              ? "lines " + std::to_string(first_line) + "-" + std::to_string(last_line)
              : "line " + std::to_string(first_line);
    return out;
  }
  out = part.empty() ? "document" : part.str();
  if (block >= 0) out += " block " + std::to_string(block);
  if (table_row >= 0) out += " row " + std::to_string(table_row);
  if (table_cell >= 0) out += " cell " + std::to_string(table_cell);
  return out;
}

std::string SourceSpan::Describe() const {
  const SourceSpan& span = *this;
  if (span.first_line > 0) {
    if (span.last_line > span.first_line) {
      return "строки " + std::to_string(span.first_line) + "–" + std::to_string(span.last_line);
    }
    return "строка " + std::to_string(span.first_line);
  }
  std::string out;
  if (span.table_row >= 0) {
    out = "таблица (блок " + std::to_string(span.block + 1) + "), строка " +
          std::to_string(span.table_row + 1);
    if (span.table_cell >= 0) out += ", ячейка " + std::to_string(span.table_cell + 1);
    return out;
  }
  if (span.block >= 0) return "абзац " + std::to_string(span.block + 1);
  return "документ";
}

const char* SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kInfo: return "info";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "warning";
}

const char* BlockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kParagraph: return "paragraph";
    case BlockKind::kTable: return "table";
    case BlockKind::kPageBreak: return "page_break";
    case BlockKind::kSectionBreak: return "section_break";
  }
  return "paragraph";
}

const char* StoryKindName(Story::Kind kind) {
  switch (kind) {
    case Story::Kind::kHeader: return "header";
    case Story::Kind::kFooter: return "footer";
    case Story::Kind::kFootnote: return "footnote";
    case Story::Kind::kEndnote: return "endnote";
    case Story::Kind::kComment: return "comment";
  }
  return "footnote";
}

namespace {
void AppendPlain(const std::vector<Block>& blocks, std::string* out) {
  for (const Block& b : blocks) {
    if (b.kind == BlockKind::kParagraph) {
      if (!b.paragraph.list_label.empty()) *out += b.paragraph.list_label + " ";
      *out += b.paragraph.text;
      *out += '\n';
    } else if (b.kind == BlockKind::kTable) {
      for (const TableRow& row : b.table.rows) {
        bool first = true;
        for (const TableCell& cell : row.cells) {
          if (!first) *out += '\t';
          first = false;
          std::string cell_text;
          AppendPlain(cell.blocks, &cell_text);
          while (!cell_text.empty() && cell_text.back() == '\n') cell_text.pop_back();
          for (char& c : cell_text) if (c == '\n' || c == '\t') c = ' ';
          *out += cell_text;
        }
        *out += '\n';
      }
    }
  }
}
}  // namespace

std::string PlainText(const std::vector<Block>& blocks) {
  std::string out;
  AppendPlain(blocks, &out);
  return out;
}

}  // namespace planparse
