#!/usr/bin/env python3
"""Tables rebuilt from flattened text give the events of the DOCX they came from.

usage: flattened_test.py PLANPARSE SOURCE_DIR
For each tests/data/flattened/NAME.STYLE.txt listed in expectations.txt, extracts it and
samples/NAME.docx, matches event titles (folded text, similarity >= 0.85, one to one, as
shared/tools/score.py does) and requires the listed minimum events F1.
"""
import difflib
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path


def fold(s):
    s = unicodedata.normalize("NFKC", s or "").lower().replace("ё", "е")
    s = re.sub(r"[«»“”„\"'`]", '"', s)
    s = re.sub(r"[‐‑‒–—―−]", "-", s)
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"^(?:[-·•−*]|\d+(?:\.\d+)*\.?\)?|[ivxlc]+\.)\s*", "", s)
    return re.sub(r"[\s.;,:]+$", "", s)


def f1(gold, pred):
    pairs = sorted(((difflib.SequenceMatcher(None, fold(g), fold(p), autojunk=False).ratio(), i, j)
                    for i, g in enumerate(gold) for j, p in enumerate(pred)), reverse=True)
    used_g, used_p, tp = set(), set(), 0
    for r, i, j in pairs:
        if r < 0.85 or i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        tp += 1
    if not gold and not pred:
        return 1.0
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def titles(planparse, path):
    out = subprocess.run([planparse, "extract", str(path)], capture_output=True, check=True).stdout
    return [e["title"] for e in json.loads(out)["events"]]


def main():
    planparse, source = sys.argv[1], Path(sys.argv[2])
    folder = source / "tests" / "data" / "flattened"
    failed = 0
    for line in (folder / "expectations.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, minimum, note = line.split(" ", 2)
        docx = source / "samples" / (name.split(".")[0] + ".docx")
        score = f1(titles(planparse, docx), titles(planparse, folder / name))
        ok = score >= float(minimum)
        failed += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {name}: events F1 {score:.3f} (minimum {minimum}; {note})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
