#include "parsers/docx/docx_reader.h"

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "parsers/docx/numbering.h"
#include "parsers/docx/package.h"
#include "parsers/docx/read_before.h"
#include "parsers/docx/styles.h"
#include "parsers/docx/symbol_font.h"
#include "parsers/docx/utf8.h"
#include "parsers/docx/xml.h"
#include "parsers/docx/zip_archive.h"

namespace planparse {
namespace {

// Digits and + - = ( ) in a superscript or subscript run, as the Unicode characters a
// reader sees ("m²"); false when the run holds anything else.
bool ToScript(std::string_view text, bool superscript, std::string* out) {
  static const char32_t kSuper[] = U"⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾";
  static const char32_t kSub[] = U"₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎";
  static const std::string_view kPlain = "0123456789+-=()";
  if (text.empty()) return false;
  for (char c : text) {
    size_t i = kPlain.find(c);
    if (i == std::string_view::npos) return false;
    AppendUtf8(superscript ? kSuper[i] : kSub[i], out);
  }
  return true;
}

// mc:AlternateContent: exactly one branch. A Choice whose required namespaces we read
// (shapes, text boxes, Word 2010+ markup) wins; otherwise the Fallback.
xml::Node* ChooseAlternate(xml::Node* alternate) {
  static const char* kUnderstood[] = {"wps", "wpg", "wpc", "wp14", "w14", "w15", "w16se",
                                      "w16cid", "v", "o", "a14", "m"};
  for (xml::Node* c = alternate->children; c != nullptr; c = c->next) {
    if (!xml::Is(c, "Choice")) continue;
    std::string_view requires_ns = xml::Attr(c, "Requires");
    bool all_known = !requires_ns.empty();
    size_t start = 0;
    while (start < requires_ns.size() && all_known) {
      size_t end = requires_ns.find(' ', start);
      if (end == std::string_view::npos) end = requires_ns.size();
      std::string_view prefix = requires_ns.substr(start, end - start);
      if (!prefix.empty() &&
          std::none_of(std::begin(kUnderstood), std::end(kUnderstood),
                       [&](const char* k) { return prefix == k; })) {
        all_known = false;
      }
      start = end + 1;
    }
    if (all_known) return c;
  }
  return xml::Child(alternate, "Fallback");
}

// Gives every block (and what it contains) the top-level index `index`.
void SetBlockIndex(Block* block, int index) {
  block->span.block = index;
  for (TableRow& row : block->table.rows) {
    row.span.block = index;
    for (TableCell& cell : row.cells) {
      cell.span.block = index;
      for (Block& inner : cell.blocks) SetBlockIndex(&inner, index);
    }
  }
}

class Converter;

// Builds one table row by row, turning w:gridSpan and w:vMerge into col/row spans.
class TableBuilder {
 public:
  TableBuilder(Converter* converter, const SourceSpan& span, int max_columns)
      : converter_(converter), span_(span), max_columns_(max_columns) {}
  // One child element of w:tbl: its grid, a row, or rows under a wrapper.
  void AddChild(xml::Node* child);
  Block Finish();

 private:
  void SetGrid(xml::Node* grid);
  void AddRow(xml::Node* tr);
  // Rows wrapped in w:sdt, w:customXml or tracked insertions.
  void AddRowsUnder(xml::Node* wrapper);
  void AddCell(xml::Node* tc, TableRow* row, int* column);
  // The w:tc elements under `parent`, in document order, into row_cells_: cells may sit
  // inside w:sdt / w:customXml wrappers.
  void CollectCells(xml::Node* parent);
  Converter* converter_;
  SourceSpan span_;
  int max_columns_;
  Table table_;
  std::map<int, std::pair<int, int>> open_merges_;  // grid column -> (row, cell) of origin
  std::vector<xml::Node*> row_cells_;  // the row being added's cells, kept for the next row
};

class Converter {
 public:
  Converter(const ReaderOptions& options, StyleSheet* styles, Numbering* numbering, Document* doc)
      : options_(options), styles_(styles), numbering_(numbering), diagnostics_(&doc->diagnostics),
        paragraph_styles_(&doc->styles) {}

  void set_part(const std::string& part) { part_ = part; }
  const std::string& part() const { return part_.str(); }
  const PartName& part_name() const { return part_; }  // for spans, which share it
  const ReaderOptions& options() const { return options_; }

  // Converts the block-level children of `parent` (body, cell, note, text box).
  void ConvertChildren(xml::Node* parent, const SourceSpan& span, std::vector<Block>* out) {
    for (xml::Node* c = parent->children; c != nullptr; c = c->next) ConvertBlockNode(c, span, out);
  }

  void ConvertBlockNode(xml::Node* node, const SourceSpan& span, std::vector<Block>* out) {
    std::string_view name = xml::Name(node);
    if (name.empty()) return;
    if (name == "p") {
      std::string_view drop_cap = xml::Attr(xml::Child(xml::Child(node, "pPr"), "framePr"), "dropCap");
      if (drop_cap == "drop" || drop_cap == "margin") {
        // A drop cap is a framed paragraph holding the first letter(s) of the next one.
        std::vector<Block> letter;
        ConvertParagraph(node, span, &letter);
        if (!letter.empty()) pending_drop_cap_ += letter.front().paragraph.text;
        return;
      }
      ConvertParagraph(node, span, out);
    } else if (name == "tbl") {
      TableBuilder builder(this, span, options_.max_grid_columns);
      for (xml::Node* c = node->children; c != nullptr; c = c->next) builder.AddChild(c);
      out->push_back(builder.Finish());
    } else if (name == "AlternateContent") {
      if (xml::Node* branch = ChooseAlternate(node)) ConvertChildren(branch, span, out);
    } else if (name == "sdt") {
      if (xml::Node* content = xml::Child(node, "sdtContent")) ConvertChildren(content, span, out);
    } else if (name == "customXml" || name == "ins" || name == "moveTo" || name == "smartTag" ||
               name == "sdtContent" || name == "txbxContent") {
      ConvertChildren(node, span, out);
    }
    // w:del, w:moveFrom, w:sectPr, bookmarks and properties carry no body text.
  }

  void ConvertParagraph(xml::Node* p, const SourceSpan& span, std::vector<Block>* out);

  // The index in Document::styles of w:pStyle `id` ("" when none), whose style in effect
  // is `effective`; added on first use.
  int StyleIndex(const std::string& id, const std::string& effective) {
    auto [it, added] = style_index_.try_emplace(id, static_cast<int>(paragraph_styles_->size()));
    if (added) paragraph_styles_->push_back({id, styles_->Name(effective)});
    return it->second;
  }

  void Warn(const std::string& code, const std::string& message, const SourceSpan& span) {
    if (diagnostics_->size() >= 1000) return;  // enough to show the pattern
    diagnostics_->push_back({code, Severity::kWarning, message, span});
  }

 private:
  struct InlineState {
    std::string text;
    std::vector<Block> floating;  // text boxes met inside the paragraph, in order
    bool page_break = false;
    bool truncated = false;
  };

  void Append(InlineState* st, std::string_view s) {
    if (st->text.size() + s.size() > options_.max_paragraph_bytes) {
      st->truncated = true;
      return;
    }
    st->text.append(s);
  }
  // Append(st, xml::Text(t)) for element `t` (w:t), whose text nearly always is one node:
  // appended where it lies, not made a string first (a large table has one for every run).
  void AppendText(InlineState* st, const xml::Node* t) {
    const xml::Node* only = t->children;
    if (only != nullptr && only->next == nullptr && !only->is_element) Append(st, only->text);
    else Append(st, xml::Text(t));
  }
  bool InFieldInstruction() const {
    return std::any_of(fields_.begin(), fields_.end(), [](bool instr) { return instr; });
  }

  void WalkInline(xml::Node* node, const SourceSpan& span, InlineState* st);
  void CollectTextBoxes(xml::Node* node, const SourceSpan& span, InlineState* st);

  const ReaderOptions& options_;
  StyleSheet* styles_;
  Numbering* numbering_;
  std::vector<Diagnostic>* diagnostics_;
  // The document's paragraph styles, and where each w:pStyle value stands in them.
  std::vector<ParagraphStyle>* paragraph_styles_;
  std::unordered_map<std::string, int> style_index_;
  PartName part_;
  std::vector<bool> fields_;  // open complex fields; true while in their instruction
  std::string pending_drop_cap_;  // letters of a drop-cap frame, for the next paragraph
};

void Converter::CollectTextBoxes(xml::Node* node, const SourceSpan& span, InlineState* st) {
  for (xml::Node* c = node->children; c != nullptr; c = c->next) {
    if (xml::Is(c, "txbxContent")) {
      ConvertChildren(c, span, &st->floating);
    } else if (xml::Is(c, "AlternateContent")) {
      if (xml::Node* branch = ChooseAlternate(c)) CollectTextBoxes(branch, span, st);
    } else if (c->is_element) {
      CollectTextBoxes(c, span, st);
    }
  }
}

void Converter::WalkInline(xml::Node* node, const SourceSpan& span, InlineState* st) {
  for (xml::Node* c = node->children; c != nullptr; c = c->next) {
    std::string_view name = xml::Name(c);
    if (name.empty()) continue;
    if (name == "t") {
      if (!InFieldInstruction()) AppendText(st, c);
    } else if (name == "tab" || name == "ptab") {
      if (!InFieldInstruction()) Append(st, "\t");
    } else if (name == "br") {
      std::string_view type = xml::Attr(c, "type");
      if (type == "page") st->page_break = true;
      else if (type != "column" && !InFieldInstruction()) Append(st, "\n");
    } else if (name == "cr") {
      if (!InFieldInstruction()) Append(st, "\n");
    } else if (name == "noBreakHyphen") {
      if (!InFieldInstruction()) Append(st, "-");
    } else if (name == "sym") {
      unsigned code = 0;
      std::string_view hex = xml::Attr(c, "char");
      for (char h : hex.substr(0, 6)) {
        code <<= 4;
        if (h >= '0' && h <= '9') code |= static_cast<unsigned>(h - '0');
        else if (h >= 'a' && h <= 'f') code |= static_cast<unsigned>(h - 'a' + 10);
        else if (h >= 'A' && h <= 'F') code |= static_cast<unsigned>(h - 'A' + 10);
      }
      char32_t shown = 0;
      if (xml::Attr(c, "font") == "Symbol") shown = SymbolFontToUnicode(code);
      else if (code >= 0xF020 && code <= 0xF0FF) shown = code - 0xF000;  // other symbol fonts
      else if (code >= 0x20 && code < 0xD800) shown = code;
      if (shown != 0 && !InFieldInstruction()) {
        std::string s;
        AppendUtf8(shown, &s);
        Append(st, s);
      }
    } else if (name == "fldChar") {
      std::string_view type = xml::Attr(c, "fldCharType");
      if (type == "begin") {
        if (fields_.size() < 64) fields_.push_back(true);
      } else if (type == "separate") {
        if (!fields_.empty()) fields_.back() = false;
      } else if (type == "end") {
        if (!fields_.empty()) fields_.pop_back();
      }
    } else if (name == "r") {
      std::string_view align = xml::ChildVal(xml::Child(c, "rPr"), "vertAlign");
      size_t before = st->text.size();
      WalkInline(c, span, st);
      if (align == "superscript" || align == "subscript") {
        std::string shifted;
        if (ToScript(std::string_view(st->text).substr(before), align == "superscript", &shifted)) {
          st->text.replace(before, std::string::npos, shifted);
        }
      }
    } else if (name == "AlternateContent") {
      if (xml::Node* branch = ChooseAlternate(c)) WalkInline(branch, span, st);
    } else if (name == "drawing" || name == "pict" || name == "object") {
      CollectTextBoxes(c, span, st);
    } else if (name == "del" || name == "moveFrom" || name == "delText" ||
               name == "instrText" || name == "delInstrText" || name == "rPr" ||
               name == "pPr" || name == "sdtPr" || name == "sdtEndPr" ||
               name == "softHyphen" || name == "footnoteReference" ||
               name == "endnoteReference" || name == "commentReference" ||
               name == "annotationRef" || name == "rt" || name == "fldData") {
      // Deleted text, field codes, properties, soft hyphens and note marks: not text.
    } else {
      // Runs, hyperlinks, fldSimple results, insertions, sdt, smart tags, ruby base, math.
      WalkInline(c, span, st);
    }
  }
}

void Converter::ConvertParagraph(xml::Node* p, const SourceSpan& span, std::vector<Block>* out) {
  Block block;
  block.kind = BlockKind::kParagraph;
  block.span = span;
  Paragraph& para = block.paragraph;
  xml::Node* ppr = xml::Child(p, "pPr");
  const std::string style_id(xml::ChildVal(ppr, "pStyle"));
  const std::string& style = style_id.empty() ? styles_->default_paragraph_style() : style_id;
  para.style = StyleIndex(style_id, style);
  int outline = xml::IntAttr(xml::Child(ppr, "outlineLvl"), "val", -1);
  para.heading_level = (outline >= 0 && outline <= 8) ? outline + 1
                       : outline == 9              ? 0
                                                   : styles_->HeadingLevel(style);

  int num_id = -1;
  int level = -1;
  if (xml::Node* numpr = xml::Child(ppr, "numPr")) {
    num_id = xml::IntAttr(xml::Child(numpr, "numId"), "val", -1);
    level = xml::IntAttr(xml::Child(numpr, "ilvl"), "val", -1);
  }
  if (num_id < 0) {
    StyleNumbering from_style = styles_->Numbering(style);
    num_id = from_style.num_id;
    if (level < 0) level = from_style.level;
  }
  if (num_id > 0 && numbering_->Has(num_id)) {
    if (level < 0) level = numbering_->LevelForStyle(num_id, style);
    level = std::clamp(level, 0, Numbering::kLevels - 1);
    para.list_level = level;
    para.list_label = numbering_->NextLabel(num_id, level);
  }

  InlineState st;
  st.text = std::move(pending_drop_cap_);
  pending_drop_cap_.clear();
  WalkInline(p, span, &st);  // w:pPr is skipped by the dispatcher
  para.text = std::move(st.text);
  if (st.truncated) {
    Warn("docx.paragraph_truncated",
         "Абзац длиннее " + std::to_string(options_.max_paragraph_bytes >> 20) +
             " МБ обрезан",
         span);
  }
  out->push_back(std::move(block));
  for (Block& b : st.floating) out->push_back(std::move(b));
  if (st.page_break) {
    Block brk;
    brk.kind = BlockKind::kPageBreak;
    brk.span = span;
    out->push_back(std::move(brk));
  }
  if (xml::Child(ppr, "sectPr") != nullptr) {
    Block brk;
    brk.kind = BlockKind::kSectionBreak;
    brk.span = span;
    out->push_back(std::move(brk));
  }
}

void TableBuilder::AddChild(xml::Node* child) {
  if (xml::Is(child, "tblGrid")) SetGrid(child);
  else if (xml::Is(child, "tr")) AddRow(child);
  else if (!xml::Is(child, "tblPr")) AddRowsUnder(child);
}

void TableBuilder::SetGrid(xml::Node* grid) {
  int columns = 0;
  for (xml::Node* c = grid->children; c != nullptr; c = c->next) {
    if (xml::Is(c, "gridCol")) ++columns;
  }
  table_.grid_columns = std::min(columns, max_columns_);
}

void TableBuilder::AddRowsUnder(xml::Node* wrapper) {
  if (xml::Is(wrapper, "del") || xml::Is(wrapper, "moveFrom")) return;
  if (xml::Is(wrapper, "AlternateContent")) wrapper = ChooseAlternate(wrapper);
  if (wrapper == nullptr) return;
  for (xml::Node* c = wrapper->children; c != nullptr; c = c->next) {
    if (xml::Is(c, "tr")) AddRow(c);
    else if (c->is_element && !xml::Is(c, "tbl")) AddRowsUnder(c);
  }
}

void TableBuilder::AddRow(xml::Node* tr) {
  xml::Node* trpr = xml::Child(tr, "trPr");
  if (xml::Child(trpr, "del") != nullptr) return;  // a deleted row (tracked change)
  TableRow row;
  row.span = span_;
  row.span.table_row = static_cast<int>(table_.rows.size());
  row.is_header = xml::Child(trpr, "tblHeader") != nullptr && xml::OnOff(xml::Child(trpr, "tblHeader"));
  int column = std::clamp(xml::IntAttr(xml::Child(trpr, "gridBefore"), "val", 0), 0, max_columns_);
  row_cells_.clear();
  CollectCells(tr);
  table_.rows.push_back(std::move(row));
  TableRow& added = table_.rows.back();
  added.cells.reserve(row_cells_.size());  // no spare room in each of a large table's rows
  // By index: a cell's nested table has a builder of its own, so row_cells_ stays as it is.
  for (size_t i = 0; i < row_cells_.size(); ++i) AddCell(row_cells_[i], &added, &column);
  column += std::clamp(xml::IntAttr(xml::Child(trpr, "gridAfter"), "val", 0), 0, max_columns_);
  table_.grid_columns = std::max(table_.grid_columns, std::min(column, max_columns_));
}

void TableBuilder::CollectCells(xml::Node* parent) {
  for (xml::Node* c = parent->children; c != nullptr; c = c->next) {
    if (xml::Is(c, "tc")) {
      row_cells_.push_back(c);
    } else if (xml::Is(c, "sdt") || xml::Is(c, "customXml") || xml::Is(c, "sdtContent") ||
               xml::Is(c, "ins") || xml::Is(c, "smartTag")) {
      CollectCells(c);
    } else if (xml::Is(c, "AlternateContent")) {
      if (xml::Node* b = ChooseAlternate(c)) CollectCells(b);
    }
  }
}

void TableBuilder::AddCell(xml::Node* tc, TableRow* row, int* column) {
  xml::Node* tcpr = xml::Child(tc, "tcPr");
  int span = xml::IntAttr(xml::Child(tcpr, "gridSpan"), "val", 1);
  if (span < 1 || span > max_columns_ || *column + span > max_columns_) {
    int clamped = std::clamp(span, 1, std::max(1, max_columns_ - *column));
    converter_->Warn("docx.grid_span_clamped",
                     "Ячейка объединяет " + std::to_string(span) +
                         " столбцов; использовано " + std::to_string(clamped),
                     row->span);
    span = clamped;
  }
  const int row_index = static_cast<int>(table_.rows.size()) - 1;
  xml::Node* vmerge = xml::Child(tcpr, "vMerge");
  std::string_view vmerge_val = xml::Attr(vmerge, "val");
  SourceSpan cell_span = row->span;
  cell_span.table_cell = static_cast<int>(row->cells.size());
  std::vector<Block> blocks;
  converter_->ConvertChildren(tc, cell_span, &blocks);

  if (vmerge != nullptr && vmerge_val != "restart") {
    auto it = open_merges_.find(*column);
    if (it != open_merges_.end() && it->second.first < row_index) {
      TableCell& origin = table_.rows[it->second.first].cells[it->second.second];
      if (origin.row_span == row_index - it->second.first) {
        ++origin.row_span;
        // Text typed into a continuation cell still belongs to the merged cell.
        bool has_text = std::any_of(blocks.begin(), blocks.end(), [](const Block& b) {
          return b.kind != BlockKind::kParagraph || !b.paragraph.text.empty();
        });
        if (has_text) {
          for (Block& b : blocks) origin.blocks.push_back(std::move(b));
        }
        *column += span;
        return;
      }
    }
    // A continuation with nothing to continue: keep it as an ordinary cell.
  }
  TableCell cell;
  cell.grid_column = *column;
  cell.col_span = span;
  cell.blocks = std::move(blocks);
  cell.span = cell_span;
  for (int c = *column; c < *column + span; ++c) open_merges_.erase(c);
  if (vmerge != nullptr) {
    open_merges_[*column] = {row_index, static_cast<int>(row->cells.size())};
  }
  row->cells.push_back(std::move(cell));
  *column += span;
}

Block TableBuilder::Finish() {
  Block block;
  block.kind = BlockKind::kTable;
  block.span = span_;
  block.table = std::move(table_);
  return block;
}

void ReadCoreProperties(xml::Node* root, CoreProperties* props) {
  for (xml::Node* c = root->children; c != nullptr; c = c->next) {
    std::string_view name = xml::Name(c);
    if (name == "title") props->title = xml::Text(c);
    else if (name == "subject") props->subject = xml::Text(c);
    else if (name == "creator") props->creator = xml::Text(c);
    else if (name == "description") props->description = xml::Text(c);
    else if (name == "lastModifiedBy") props->last_modified_by = xml::Text(c);
    else if (name == "created") props->created = xml::Text(c);
    else if (name == "modified") props->modified = xml::Text(c);
  }
}

// What the main part's reader keeps: the first w:body, wherever it is (nothing before it),
// each of its children built whole, except w:tbl, whose rows are built one at a time.
xml::KeepFn BodyPlan() {
  return [body_depth = -1, body_ended = false](std::string_view name, int depth,
                                                std::string_view /*parent*/) mutable {
    if (body_depth < 0) {
      if (name != "body") return xml::Keep::kPass;
      body_depth = depth;
      return xml::Keep::kOpen;
    }
    if (depth <= body_depth) body_ended = true;
    if (body_ended) return xml::Keep::kDrop;  // the rest must be well-formed, nothing more
    if (depth == body_depth + 1 && name == "tbl") return xml::Keep::kOpen;
    return xml::Keep::kTree;
  };
}

// Streams the main part's w:body into `body`.
Status ConvertBodyXml(xml::Reader* reader, Converter* converter, std::vector<Block>* body) {
  bool found = false;
  std::optional<TableBuilder> table;  // the w:tbl open in the body, row by row
  std::vector<Block> converted;
  xml::Event event;
  // The span of the next top-level block.
  auto next_span = [&] {
    SourceSpan span;
    span.part = converter->part_name();
    span.block = static_cast<int>(body->size());
    return span;
  };
  while (reader->Next(&event)) {
    if (!found) {
      found = true;  // the first event opens w:body
      continue;
    }
    if (event.kind == xml::Event::kOpen) {
      table.emplace(converter, next_span(), converter->options().max_grid_columns);
    } else if (event.kind == xml::Event::kClose) {
      if (table) body->push_back(table->Finish());
      table.reset();
    } else if (table) {
      table->AddChild(event.tree);
    } else {
      converted.clear();
      converter->ConvertBlockNode(event.tree, next_span(), &converted);
      for (Block& b : converted) {
        SetBlockIndex(&b, static_cast<int>(body->size()));
        body->push_back(std::move(b));
      }
    }
  }
  if (!reader->status().ok()) return reader->status();
  if (!found) return Status::Corrupt(converter->part() + ": в документе нет тела (w:body)");
  if (!reader->FinishedCleanly()) {
    return Status::Corrupt(converter->part() + ": XML оборван до конца документа");
  }
  return Status::Ok();
}

// The body of the main part, read as it inflates: the part's XML is never held whole.
Status ConvertBody(ZipArchive::Entry* entry, Converter* converter, std::vector<Block>* body) {
  const ReaderOptions& options = converter->options();
  xml::Reader reader(
      [entry](char* buffer, int size) {
        return static_cast<int>(entry->Read(buffer, static_cast<size_t>(size)));
      },
      converter->part(), options.max_xml_depth, options.max_xml_nodes, BodyPlan());
  const Status status = ConvertBodyXml(&reader, converter, body);
  // A ZIP error or limit stops the XML where it was: the ZIP's reason is the real one.
  return entry->status().ok() ? status : entry->status();
}

void WarnUnreadable(Converter* converter, const std::string& part, const Status& status) {
  SourceSpan span;
  span.part = part;
  converter->Warn("docx.part_unreadable",
                  "Часть " + part + " не прочитана, её содержимое пропущено: " + status.message(), span);
}

// Reads an optional part into `fn`; failures become diagnostics, never errors.
void ReadOptionalPart(ZipArchive* zip, const std::string& part, const ReaderOptions& options,
                      Converter* converter, const std::function<void(xml::Node*)>& fn) {
  Result<std::string> bytes = zip->Read(part);
  Status st = bytes.ok() ? xml::WithRoot(bytes.value(), part, options.max_xml_depth,
                                         options.max_xml_nodes, fn)
                         : bytes.status();
  if (!st.ok()) WarnUnreadable(converter, part, st);
}

// Reads a styles or numbering part (StyleSheet, Numbering) into `*out` like
// ReadOptionalPart, or copies what the thread read before from the same bytes under the
// same limits. `*loaded` says whether `*out` holds a part already: a second one (a package
// that lists two) adds to the first, so it is loaded onto it and not kept.
// Each thread keeps the last 8 of each kind, under 512 KB each (reading them was a sixth
// of a small plan's time).
template <typename Definitions>
void ReadDefinitions(ZipArchive* zip, const std::string& part, const ReaderOptions& options,
                     Converter* converter, bool* loaded, Definitions* out) {
  thread_local ReadBefore<Definitions> before(8, 512 * 1024);
  if (*loaded) {
    ReadOptionalPart(zip, part, options, converter, [&](xml::Node* root) { out->Load(root); });
    return;
  }
  *loaded = true;
  Result<std::string> bytes = zip->Read(part);
  if (!bytes.ok()) {
    WarnUnreadable(converter, part, bytes.status());
    return;
  }
  std::string context = LimitsContext(options);
  if (const Definitions* read = before.Find(bytes.value(), context)) {
    *out = *read;  // as Load left it, before any document used it
    return;
  }
  Status st = xml::WithRoot(bytes.value(), part, options.max_xml_depth, options.max_xml_nodes,
                            [&](xml::Node* root) { out->Load(root); });
  if (!st.ok()) {
    WarnUnreadable(converter, part, st);
    return;
  }
  before.Keep(std::move(bytes.value()), std::move(context), *out);
}

}  // namespace

Result<Document> ReadDocx(std::string_view bytes, const ReaderOptions& options) {
  Result<std::unique_ptr<ZipArchive>> opened = ZipArchive::Open(bytes, options);
  if (!opened.ok()) return opened.status();
  ZipArchive* zip = opened.value().get();
  Result<PackageParts> located = LocatePackageParts(zip, options);
  if (!located.ok()) return located.status();
  const PackageParts& parts = located.value();

  Document doc;
  StyleSheet styles(options.max_style_chain);
  Numbering numbering(options.max_style_chain);
  Converter converter(options, &styles, &numbering, &doc);

  bool styles_loaded = false, numbering_loaded = false;
  for (const Relationship& rel : parts.main_rels) {
    if (RelTypeIs(rel.type, "styles") && zip->Has(rel.target)) {
      ReadDefinitions(zip, rel.target, options, &converter, &styles_loaded, &styles);
    } else if (RelTypeIs(rel.type, "numbering") && zip->Has(rel.target)) {
      ReadDefinitions(zip, rel.target, options, &converter, &numbering_loaded, &numbering);
    }
  }
  if (!parts.core_properties.empty()) {
    ReadOptionalPart(zip, parts.core_properties, options, &converter,
                     [&](xml::Node* root) { ReadCoreProperties(root, &doc.properties); });
  }

  Result<std::unique_ptr<ZipArchive::Entry>> main_part = zip->OpenEntry(parts.main);
  if (!main_part.ok()) return main_part.status();
  converter.set_part(parts.main);
  Status body_status = ConvertBody(main_part.value().get(), &converter, &doc.body);
  if (!body_status.ok()) return body_status;
  main_part.value().reset();

  // Notes, comments, headers and footers: kept apart from the body flow.
  for (const Relationship& rel : parts.main_rels) {
    Story::Kind kind;
    const char* item = nullptr;  // the element holding one note, or nullptr for whole parts
    if (RelTypeIs(rel.type, "footnotes")) { kind = Story::Kind::kFootnote; item = "footnote"; }
    else if (RelTypeIs(rel.type, "endnotes")) { kind = Story::Kind::kEndnote; item = "endnote"; }
    else if (RelTypeIs(rel.type, "comments")) { kind = Story::Kind::kComment; item = "comment"; }
    else if (RelTypeIs(rel.type, "header")) kind = Story::Kind::kHeader;
    else if (RelTypeIs(rel.type, "footer")) kind = Story::Kind::kFooter;
    else continue;
    if (!zip->Has(rel.target)) continue;
    converter.set_part(rel.target);
    ReadOptionalPart(zip, rel.target, options, &converter, [&](xml::Node* root) {
      SourceSpan span;
      span.part = rel.target;
      if (item == nullptr) {
        Story story{kind, rel.target, {}};
        converter.ConvertChildren(root, span, &story.blocks);
        doc.stories.push_back(std::move(story));
        return;
      }
      for (xml::Node* n = root->children; n != nullptr; n = n->next) {
        if (!xml::Is(n, item)) continue;
        std::string_view type = xml::Attr(n, "type");
        if (type == "separator" || type == "continuationSeparator" ||
            type == "continuationNotice") {
          continue;
        }
        Story story{kind, std::string(xml::Attr(n, "id")), {}};
        converter.ConvertChildren(n, span, &story.blocks);
        doc.stories.push_back(std::move(story));
      }
    });
  }
  return doc;
}

}  // namespace planparse
