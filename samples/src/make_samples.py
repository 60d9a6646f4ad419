#!/usr/bin/env python3
"""Builds samples/*.docx from the reviewable sources in samples/src/*.json.

usage: make_samples.py OUT_DIR            write OUT_DIR/NAME.docx for every source
       make_samples.py --check OUT_DIR    exit 1 when a .docx differs from its source

A source is {"title", "creator", "blocks": [...]}; a block is one of
  {"p": TEXT, "style": "Title"|"Heading1"|"Heading2"|"Заголовок1", "align": "center"|"right",
   "list": KIND, "level": 0, "list_id": ID, "restart": true, "bold": true}
  {"table": {"widths": [twips...], "rows": [{"header": bool, "cells": [CELL...]}]}}
  {"page_break": true}
A CELL is TEXT (paragraphs split at "\\n") or {"text", "span", "vmerge": "restart"|"continue",
"list": KIND, "list_id", "bold"}. List KINDs are Word numbering definitions written to
numbering.xml: decimal ("1.", "1.1."), dash ("-"), dash-long ("−"), russian ("а)"),
bullet ("•"), roman ("I."), decimal-each (every paragraph its own list: all "1.").
In TEXT, "\\t" becomes a tab. Output is deterministic: fixed timestamps and entry order.
"""
import json
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
STAMP = (2024, 1, 1, 0, 0, 0)

# kind -> (abstractNumId, [(numFmt, lvlText) per level])
LIST_KINDS = {
    "decimal": (0, [("decimal", "%1."), ("decimal", "%1.%2."), ("decimal", "%1.%2.%3.")]),
    "decimal-each": (0, None),
    "dash": (1, [("bullet", "-")]),
    "dash-long": (2, [("bullet", "\u2212")]),
    "russian": (3, [("russianLower", "%1)")]),
    "bullet": (4, [("bullet", "\uf0b7")]),
    "roman": (5, [("upperRoman", "%1.")]),
}


class Numbering:
    def __init__(self):
        self.nums = []       # (numId, abstractId, restart)
        self.current = {}    # list id -> numId

    def num_for(self, kind, list_id, restart):
        abstract = LIST_KINDS[kind][0]
        key = list_id or kind
        if kind == "decimal-each" or restart or key not in self.current:
            num_id = len(self.nums) + 1
            fresh = kind == "decimal-each" or restart or any(a == abstract for _, a, _ in self.nums)
            self.nums.append((num_id, abstract, fresh))
            self.current[key] = num_id
        return self.current[key]

    def xml(self):
        out = [DECL, f"<w:numbering {W}>"]
        for kind, (abstract, levels) in LIST_KINDS.items():
            if levels is None:
                continue
            out.append(f'<w:abstractNum w:abstractNumId="{abstract}">'
                       '<w:multiLevelType w:val="hybridMultilevel"/>')
            for i, (fmt, text) in enumerate(levels):
                font = ('<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr>'
                        if text == "\uf0b7" else "")
                out.append(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                           f'<w:lvlText w:val="{escape(text)}"/><w:lvlJc w:val="left"/>'
                           f'<w:pPr><w:ind w:left="{360 * (i + 1)}" w:hanging="360"/></w:pPr>{font}</w:lvl>')
            out.append("</w:abstractNum>")
        for num_id, abstract, restart in self.nums:
            override = ('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
                        if restart else "")
            out.append(f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>{override}</w:num>')
        out.append("</w:numbering>")
        return "".join(out)


STYLES = DECL + f"""<w:styles {W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="24"/><w:lang w:val="ru-RU"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Заголовок1"><w:name w:val="Заголовок 1"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr></w:style>
</w:styles>"""


def runs(text, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    out = []
    for i, line in enumerate(text.split("\n")):
        if i:
            out.append(f"<w:r>{rpr}<w:br/></w:r>")
        for j, piece in enumerate(line.split("\t")):
            if j:
                out.append(f"<w:r>{rpr}<w:tab/></w:r>")
            if piece:
                out.append(f'<w:r>{rpr}<w:t xml:space="preserve">{escape(piece)}</w:t></w:r>')
    return "".join(out)


def paragraph(block, numbering):
    ppr = []
    if block.get("style"):
        ppr.append(f'<w:pStyle w:val="{block["style"]}"/>')
    if block.get("list"):
        num = numbering.num_for(block["list"], block.get("list_id"), block.get("restart"))
        ppr.append(f'<w:numPr><w:ilvl w:val="{block.get("level", 0)}"/><w:numId w:val="{num}"/></w:numPr>')
    if block.get("align"):
        ppr.append(f'<w:jc w:val="{block["align"]}"/>')
    ppr_xml = f"<w:pPr>{''.join(ppr)}</w:pPr>" if ppr else ""
    return f"<w:p>{ppr_xml}{runs(block['p'], block.get('bold', False))}</w:p>"


def table(spec, numbering):
    widths = spec["widths"]
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>']
    out += [f'<w:gridCol w:w="{w}"/>' for w in widths]
    out.append("</w:tblGrid>")
    for row in spec["rows"]:
        out.append("<w:tr>")
        if row.get("header"):
            out.append("<w:trPr><w:tblHeader/></w:trPr>")
        column = 0
        for cell in row["cells"]:
            if isinstance(cell, str):
                cell = {"text": cell}
            span = cell.get("span", 1)
            width = sum(widths[column:column + span])
            tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
            if span > 1:
                tcpr += f'<w:gridSpan w:val="{span}"/>'
            if cell.get("vmerge") == "restart":
                tcpr += '<w:vMerge w:val="restart"/>'
            elif cell.get("vmerge") == "continue":
                tcpr += "<w:vMerge/>"
            paras = []
            for text in cell["text"].split("\n"):
                block = {"p": text, "bold": cell.get("bold", False)}
                if cell.get("list") and (text or len(cell["text"].split("\n")) == 1):
                    block.update(list=cell["list"], list_id=cell.get("list_id"),
                                 level=cell.get("level", 0))
                paras.append(paragraph(block, numbering))
            out.append(f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{''.join(paras)}</w:tc>")
            column += span
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def build(source):
    numbering = Numbering()
    body = []
    for block in source["blocks"]:
        if "table" in block:
            body.append(table(block["table"], numbering))
            body.append("<w:p/>")
        elif block.get("page_break"):
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        else:
            body.append(paragraph(block, numbering))
    body.append('<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
                '<w:pgMar w:top="850" w:right="850" w:bottom="850" w:left="850"/></w:sectPr>')
    document = DECL + f"<w:document {W}><w:body>{''.join(body)}</w:body></w:document>"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    core = (DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{escape(source.get("title", ""))}</dc:title>'
            f'<dc:creator>{escape(source.get("creator", ""))}</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:created>'
            '</cp:coreProperties>')
    return [
        ("[Content_Types].xml", DECL +
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
         '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         '</Types>'),
        ("_rels/.rels", DECL +
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         f'<Relationship Id="rId1" Type="{rel}officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '</Relationships>'),
        ("docProps/core.xml", core),
        ("word/_rels/document.xml.rels", DECL +
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         f'<Relationship Id="rId1" Type="{rel}styles" Target="styles.xml"/>'
         f'<Relationship Id="rId2" Type="{rel}numbering" Target="numbering.xml"/>'
         '</Relationships>'),
        ("word/document.xml", document),
        ("word/styles.xml", STYLES),
        ("word/numbering.xml", numbering.xml()),
    ]


def write(path, entries):
    tmp = path.with_suffix(".docx.tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in entries:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    tmp.replace(path)


def main(argv):
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    out_dir = Path(args[0])
    src_dir = Path(__file__).resolve().parent
    stale = []
    for src in sorted(src_dir.glob("*.json")):
        entries = build(json.loads(src.read_text(encoding="utf-8")))
        target = out_dir / (src.stem + ".docx")
        if not check:
            write(target, entries)
            continue
        try:
            with zipfile.ZipFile(target) as z:
                actual = [(i.filename, z.read(i).decode("utf-8")) for i in z.infolist()]
        except (OSError, zipfile.BadZipFile) as e:
            actual = str(e)
        if actual != entries:
            stale.append(target.name)
    if stale:
        print("out of date with samples/src (run `make samples`): " + ", ".join(stale))
        return 1
    print("samples: all up to date" if check else f"samples written to {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
