#include "exporters/document_writer.h"

#include "exporters/json_values.h"

namespace planparse {
namespace {

Json BlocksJson(const std::vector<Block>& blocks, const std::vector<ParagraphStyle>& styles);

Json BlockJson(const Block& b, const std::vector<ParagraphStyle>& styles) {
  Json j;
  j["type"] = BlockKindName(b.kind);
  if (b.kind == BlockKind::kParagraph) {
    const Paragraph& p = b.paragraph;
    j["text"] = p.text;
    if (p.style >= 0 && p.style < static_cast<int>(styles.size())) {
      const ParagraphStyle& style = styles[static_cast<size_t>(p.style)];
      if (!style.id.empty()) j["style"] = style.id;
      if (!style.name.empty()) j["style_name"] = style.name;
    }
    if (p.heading_level > 0) j["heading_level"] = p.heading_level;
    if (p.list_level >= 0) j["list_level"] = p.list_level;
    if (!p.list_label.empty()) j["list_label"] = p.list_label;
  } else if (b.kind == BlockKind::kTable) {
    j["grid_columns"] = b.table.grid_columns;
    Json rows = Json::array();
    for (const TableRow& row : b.table.rows) {
      Json r;
      if (row.is_header) r["header"] = true;
      Json cells = Json::array();
      for (const TableCell& cell : row.cells) {
        Json c;
        c["column"] = cell.grid_column;
        if (cell.col_span != 1) c["col_span"] = cell.col_span;
        if (cell.row_span != 1) c["row_span"] = cell.row_span;
        c["blocks"] = BlocksJson(cell.blocks, styles);
        c["span"] = SpanJson(cell.span);
        cells.push_back(std::move(c));
      }
      r["cells"] = std::move(cells);
      r["span"] = SpanJson(row.span);
      rows.push_back(std::move(r));
    }
    j["rows"] = std::move(rows);
  }
  j["span"] = SpanJson(b.span);
  return j;
}

Json BlocksJson(const std::vector<Block>& blocks, const std::vector<ParagraphStyle>& styles) {
  Json out = Json::array();
  for (const Block& b : blocks) out.push_back(BlockJson(b, styles));
  return out;
}

void WriteBlocksText(const std::vector<Block>& blocks, std::ostream& out) {
  for (const Block& b : blocks) {
    if (b.kind == BlockKind::kTable) {
      out << PlainText({b});
    } else if (b.kind == BlockKind::kParagraph) {
      if (!b.paragraph.list_label.empty()) out << b.paragraph.list_label << ' ';
      out << b.paragraph.text << '\n';
    }
  }
}

}  // namespace

void WriteDocumentJson(const Document& doc, std::ostream& out) {
  Json j;
  j["schema"] = "planparse.document/1";
  j["source"] = {{"path", doc.source.path},
                 {"format", doc.source.format},
                 {"encoding", doc.source.encoding},
                 {"sha256", doc.source.sha256},
                 {"size_bytes", doc.source.size_bytes}};
  const CoreProperties& p = doc.properties;
  Json props = Json::object();
  auto put = [&](const char* key, const std::string& value) {
    if (!value.empty()) props[key] = value;
  };
  put("title", p.title);
  put("subject", p.subject);
  put("creator", p.creator);
  put("description", p.description);
  put("last_modified_by", p.last_modified_by);
  put("created", p.created);
  put("modified", p.modified);
  j["properties"] = std::move(props);
  j["blocks"] = BlocksJson(doc.body, doc.styles);
  Json stories = Json::array();
  for (const Story& s : doc.stories) {
    stories.push_back({{"kind", StoryKindName(s.kind)}, {"id", s.id}, {"blocks", BlocksJson(s.blocks, doc.styles)}});
  }
  j["stories"] = std::move(stories);
  Json diags = Json::array();
  for (const Diagnostic& d : doc.diagnostics) diags.push_back(DiagnosticJson(d));
  j["diagnostics"] = std::move(diags);
  out << j.dump(1, ' ', false, Json::error_handler_t::replace) << '\n';
}

void WriteDocumentText(const Document& doc, std::ostream& out) {
  WriteBlocksText(doc.body, out);
  for (const Story& s : doc.stories) {
    if (s.kind == Story::Kind::kFootnote || s.kind == Story::Kind::kEndnote) {
      WriteBlocksText(s.blocks, out);
    }
  }
}

}  // namespace planparse
