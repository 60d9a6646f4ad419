#!/usr/bin/env python3
"""Writes a DOCX's text the way PDF text extraction flattens tables (like seed 004).

usage: flatten_cells.py PLANPARSE DOCX WIDTH > OUT.txt

Paragraphs become lines; a table is written row after row and, inside a row, cell after
cell, each cell's text wrapped to WIDTH characters, every line followed by a blank line
(PDF-like line spacing). Header words go one per line. Used to make test inputs for the
table-rebuilding stage from the DOCX samples (tests/data/flattened/).
"""
import json
import subprocess
import sys
import textwrap


def cell_text(cell):
    out = []
    for b in cell["blocks"]:
        if b["type"] == "paragraph":
            label = b.get("list_label", "")
            out.append((label + " " if label else "") + b["text"])
    return " ".join(t for t in out if t.strip())


def main():
    planparse, docx, width = sys.argv[1], sys.argv[2], int(sys.argv[3])
    doc = json.loads(subprocess.run([planparse, "dump", docx], capture_output=True, check=True).stdout)
    lines = []
    for block in doc["blocks"]:
        if block["type"] == "paragraph":
            text = ((block.get("list_label", "") + " ") if block.get("list_label") else "") + block["text"]
            lines += [text, ""]
        elif block["type"] == "table":
            lines += ["", ""]
            headers = []
            for row in block["rows"]:
                cells = [cell_text(c) for c in row["cells"]]
                if row.get("header"):
                    headers.append(row)
                    continue
                if headers:
                    # A PDF reads a two-row header column by column: per grid column the
                    # deepest header cell's words.
                    width_cols = block["grid_columns"]
                    per_column = [""] * width_cols
                    for h in headers:
                        for c in h["cells"]:
                            text = cell_text(c)
                            if text and c.get("col_span", 1) == 1:
                                per_column[c["column"]] = text
                    for text in per_column:
                        for word in text.split():
                            lines += [word, ""]
                    headers = []
                if len(row["cells"]) == 1:
                    lines += [cells[0], "", ""]
                    continue
                number = cells[0] if len(cells[0]) <= 6 else ""
                row_lines = []
                for text in (cells[1:] if number else cells):
                    if text:
                        row_lines += textwrap.wrap(text, width) or [""]
                if number and row_lines:
                    row_lines[0] = number + " " + row_lines[0]
                for line in row_lines:
                    lines += [line, ""]
                lines += [""]  # a little more space between rows, as in PDFs
            lines += ["", ""]
    sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
