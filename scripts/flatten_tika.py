#!/usr/bin/env python3
"""Writes a DOCX's text the way Apache Tika's text output does (like seeds 000 and 002).

usage: flatten_tika.py PLANPARSE DOCX > OUT.txt

Paragraphs become lines; in a table each cell starts on a line led by a tab, later
paragraphs of the cell follow without one, and a blank line ends each row. A cell that a
merged cell above covers is still a cell in the DOCX (a w:tc with w:vMerge), so Tika
writes it empty: a line with the tab alone.
"""
import json
import subprocess
import sys


def paragraphs(cell):
    out = []
    for b in cell["blocks"]:
        if b["type"] == "paragraph":
            label = b.get("list_label", "")
            out.append((label + " " if label else "") + b["text"])
    return out or [""]


def main():
    planparse, docx = sys.argv[1], sys.argv[2]
    doc = json.loads(subprocess.run([planparse, "dump", docx], capture_output=True, check=True).stdout)
    lines = []
    for block in doc["blocks"]:
        if block["type"] == "paragraph":
            label = block.get("list_label", "")
            lines.append((label + " " if label else "") + block["text"])
        elif block["type"] == "table":
            lines.append("")
            covered = {}  # column -> rows still covered by a cell merged down from above
            for row in block["rows"]:
                cells = {cell.get("column", 0): cell for cell in row["cells"]}
                column = 0
                width = max([c + cells[c].get("col_span", 1) for c in cells] + list(covered) + [0])
                while column < width:
                    if column in cells:
                        cell = cells[column]
                        ps = paragraphs(cell)
                        lines.append("\t" + ps[0])
                        lines += ps[1:]
                        if cell.get("row_span", 1) > 1:
                            covered[column] = cell["row_span"] - 1
                        column += cell.get("col_span", 1)
                    elif covered.get(column, 0) > 0:
                        lines.append("\t")
                        covered[column] -= 1
                        column += 1
                    else:
                        column += 1
                lines.append("")
    sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
