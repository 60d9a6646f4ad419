#!/usr/bin/env python3
"""Generates hostile inputs for planparse (nothing is checked in: the script is the record).

usage: make_hostile.py OUT_DIR
Writes one file (or directory, or link) per kind; the name says what it is.
"""
import os
import random
import struct
import sys
import zipfile
import zlib
from pathlib import Path

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
RELS = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>')
DOC_RELS_STYLES = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                   '<Relationship Id="n" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
                   '</Relationships>')


def docx(path, body=None, document=None, extra=(), stored=False):
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(path, "w", method) as z:
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS_STYLES)
        if document is None:
            document = f'<?xml version="1.0"?><w:document {W}><w:body>{body}</w:body></w:document>'
        z.writestr("word/document.xml", document)
        for name, data in extra:
            z.writestr(name, data)


def raw_zip_entry(name, data, flags=0, method=8):
    """A ZIP with one local header + central directory, written by hand (for odd flags)."""
    comp = zlib.compress(data)[2:-4] if method == 8 else data
    crc = zlib.crc32(data)
    n = name.encode()
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, 0, 0, crc, len(comp), len(data), len(n), 0) + n + comp
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, method, 0, 0, crc, len(comp), len(data),
                          len(n), 0, 0, 0, 0, 0, 0) + n
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central), len(local), 0)
    return local + central + end


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(1234)
    p = lambda name: out / name

    # ZIP-level
    with zipfile.ZipFile(p("zip_bomb.docx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", b"<" + b"a" * (600 << 20))  # 600 MB inflating from ~600 KB
    docx(p("truncated_zip.docx"), body="<w:p><w:r><w:t>текст</w:t></w:r></w:p>" * 1000)
    data = p("truncated_zip.docx").read_bytes()
    p("truncated_zip.docx").write_bytes(data[: len(data) // 2])
    p("encrypted_entry.docx").write_bytes(raw_zip_entry("word/document.xml", b"<x/>", flags=1))
    p("absolute_and_dotdot_names.docx").write_bytes(raw_zip_entry("../../etc/passwd", b"root:x:0:0"))
    with zipfile.ZipFile(p("duplicate_entries.docx"), "w") as z:
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", "<a/>")
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            z.writestr("word/document.xml", "<b/>")
    with zipfile.ZipFile(p("many_entries.docx"), "w", zipfile.ZIP_STORED) as z:
        for i in range(100_000):
            z.writestr(f"e/{i}", b"")
    p("random_bytes.docx").write_bytes(bytes(rnd.getrandbits(8) for _ in range(100_000)))
    p("text_renamed.docx").write_text("Это просто текст, а не документ Word.\n", encoding="utf-8")
    with zipfile.ZipFile(p("missing_main_part.docx"), "w") as z:
        z.writestr("_rels/.rels", RELS)
        z.writestr("other.xml", "<x/>")
    p("unsupported_method.docx").write_bytes(raw_zip_entry("word/document.xml", b"<x/>", method=12))

    # XML-level
    docx(p("xxe_file.docx"), document='<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
         f'<w:document {W}><w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>')
    docx(p("xxe_network.docx"), document='<?xml version="1.0"?><!DOCTYPE d SYSTEM "http://127.0.0.1:9/evil.dtd">'
         f'<w:document {W}><w:body/></w:document>')
    lol = '<!DOCTYPE d [<!ENTITY a "lol">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)) + "]>"
    docx(p("billion_laughs.docx"), document=f'<?xml version="1.0"?>{lol}<w:document {W}><w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>')
    # Stored, not deflated: these must reach the XML limits, not the ZIP ratio guard.
    docx(p("deep_nesting.docx"), body="<w:sdt><w:sdtContent>" * 100_000 + "</w:sdtContent></w:sdt>" * 100_000, stored=True)
    docx(p("huge_paragraph.docx"), body="<w:p><w:r><w:t>" + "я" * (32 << 20) + "</w:t></w:r></w:p>", stored=True)
    docx(p("million_paragraphs.docx"), body="<w:p/>" * 1_000_000, stored=True)
    with zipfile.ZipFile(p("invalid_utf8_xml.docx"), "w") as z:
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", b'<?xml version="1.0" encoding="UTF-8"?><w:document ' + W.encode() +
                   b'><w:body><w:p><w:r><w:t>\xff\xfe\xc0\xaf</w:t></w:r></w:p></w:body></w:document>')
    styles = (f'<w:styles {W}><w:style w:type="paragraph" w:styleId="a"><w:name w:val="a"/><w:basedOn w:val="b"/>'
              '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="b"><w:name w:val="b"/><w:basedOn w:val="a"/></w:style></w:styles>')
    numbering = (f'<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:numStyleLink w:val="L"/></w:abstractNum>'
                 '<w:abstractNum w:abstractNumId="1"><w:styleLink w:val="L"/><w:numStyleLink w:val="L"/></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    docx(p("style_and_numbering_cycles.docx"), body='<w:p><w:pPr><w:pStyle w:val="a"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>',
         extra=[("word/styles.xml", styles), ("word/numbering.xml", numbering)])
    docx(p("absurd_table_values.docx"),
         body='<w:tbl><w:tr><w:trPr><w:gridBefore w:val="2147483647"/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val="99999999"/>'
              '<w:vMerge/></w:tcPr><w:p><w:pPr><w:numPr><w:ilvl w:val="-5"/><w:numId w:val="99999"/></w:numPr></w:pPr></w:p></w:tc></w:tr>'
              '<w:tr><w:tc><w:tcPr><w:vMerge w:val="continue"/><w:gridSpan w:val="-3"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>')

    # Files and file system
    p("zero_bytes.docx").write_bytes(b"")
    (out / "directory.docx").mkdir(exist_ok=True)
    p("unreadable.docx").write_bytes(b"PK\x03\x04")
    os.chmod(p("unreadable.docx"), 0)
    for a, b in (("loop_a.docx", "loop_b.docx"), ("loop_b.docx", "loop_a.docx")):
        if not os.path.lexists(p(a)):
            os.symlink(out / b, p(a))

    # Text-level
    text = "План работы МО на 2025-2026 учебный год\nЦель: развитие.\n" * 50
    p("utf16_without_bom.txt").write_bytes(text.encode("utf-16-le"))
    p("odd_length_utf16.txt").write_bytes(b"\xff\xfe" + text.encode("utf-16-le") + b"\x41")
    p("nul_bytes.txt").write_bytes(("План\x00работы\x00" * 1000).encode("utf-8"))
    with open(p("single_line_200mb.txt"), "wb") as f:
        chunk = ("слово " * 10000).encode("utf-8")
        for _ in range((200 << 20) // len(chunk)):
            f.write(chunk)
    p("binary_as_text.txt").write_bytes(bytes(rnd.getrandbits(8) for _ in range(200_000)))
    p("lone_surrogates.txt").write_bytes(b"\xed\xa0\x80\xed\xbf\xbf" * 1000)
    p("control_chars.txt").write_bytes(bytes(range(1, 32)) * 5000)
    # A month table written visual line by visual line whose rows never end: 500 rows of
    # 40 lines, and one row of 20,000 (the reading of a row is bounded, not quadratic).
    words = "организация проведение методических семинаров для педагогов образования".split()
    lines = ["План работы на 2025 год", "Месяц", "Содержание работы", "Участники", "Ответственные"]
    for r in range(500):
        lines += ["Январь", "Совещание руководителей организаций по вопросам"]
        lines += ["Рябова С.В." if k % 3 == 0 else " ".join(rnd.choice(words) for _ in range(6)) for k in range(38)]
    p("visual_lines_long_rows.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    lines = ["План работы на 2025 год", "Месяц", "Содержание работы", "Участники", "Ответственные", "Январь",
             "Совещание руководителей организаций дополнительного", "Руководители ОДО", "Рябова С.В.",
             "дополнительного образования «Итоги 2024 года и"]
    lines += ["Рябова С.В." if k % 2 else " ".join(rnd.choice(words) for _ in range(6)) for k in range(20000)]
    p("visual_lines_one_row.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    # A table without row numbers, cell after cell with a blank line after every line:
    # 12,000 rows, and 60,000 capitalised lines that never make a row (the whole table is
    # read at once, in time linear in its lines).
    head = ["План работы на 2025 год", "Мероприятие", "Сроки", "Ответственные", "Результат"]
    cells = [" ".join(rnd.choice(words) for _ in range(4)).capitalize(), "январь", "Рябова С.В.",
             " ".join(rnd.choice(words) for _ in range(3))]
    lines = head + [cells[k % 4] for k in range(48000)]
    p("unnumbered_rows_apart.txt").write_text(" \n\n".join(lines) + "\n", encoding="utf-8")
    lines = head + [" ".join(rnd.choice(words) for _ in range(5)).capitalize() for _ in range(60000)]
    p("unnumbered_no_rows_apart.txt").write_text(" \n\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
