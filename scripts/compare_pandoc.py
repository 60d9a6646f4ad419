#!/usr/bin/env python3
"""Text fidelity of `planparse dump --text` against `pandoc -f docx -t plain`.

usage: compare_pandoc.py PLANPARSE DOCX_DIR [--min-mean F] [--min-file F] [--explained FILE]

For every DOCX in DOCX_DIR both converters' outputs are split into word tokens (runs of
letters and digits that contain a letter, lower-cased; bare numbers are left out because
pandoc renumbers lists its own way, drops heading numbers and writes note marks as [1],
while planparse renders labels as Word does) and compared as multisets: token F1 per file, then the
mean. Exits 1 when the mean is below --min-mean or a file not listed in --explained
(one "name  reason" per line) is below --min-file; 77 (skip) when pandoc is missing.
"""
import argparse
import collections
import re
import shutil
import subprocess
import sys
from pathlib import Path

TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


def tokens(text):
    return collections.Counter(t.lower() for t in TOKEN.findall(text)
                               if any(ch.isalpha() for ch in t))


def f1(a, b):
    if not a and not b:
        return 1.0
    common = sum((a & b).values())
    if common == 0:
        return 0.0
    p, r = common / sum(b.values()), common / sum(a.values())
    return 2 * p * r / (p + r)


def run(cmd):
    res = subprocess.run(cmd, capture_output=True, timeout=120)
    return res.returncode, res.stdout.decode("utf-8", "replace")


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("planparse")
    parser.add_argument("docx_dir", type=Path)
    parser.add_argument("--min-mean", type=float, default=0.0)
    parser.add_argument("--min-file", type=float, default=0.0)
    parser.add_argument("--explained", type=Path)
    args = parser.parse_args(argv)
    planparse, folder = args.planparse, args.docx_dir
    min_mean, min_file = args.min_mean, args.min_file
    explained = {}
    if args.explained:
        for line in args.explained.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                name, _, reason = line.partition(" ")
                explained[name] = reason.strip()
    if not shutil.which("pandoc"):
        print("pandoc not installed: skipped")
        return 77
    if not folder.is_dir():
        print(f"{folder}: not found: skipped")
        return 77
    scores = []
    failures = []
    for docx in sorted(folder.glob("*.docx")):
        # --standalone: the title block (Title, Author, Date styles) is text too.
        rc_p, ref = run(["pandoc", "-s", "-f", "docx", "-t", "plain", "--wrap=none", str(docx)])
        if rc_p != 0 or not tokens(ref):
            # pandoc cannot read it, or shows none of its text (text only in shapes):
            # nothing to compare against.
            print(f"  -    {docx.name}  (no reference text from pandoc)")
            continue
        rc, ours = run([planparse, "dump", "--text", str(docx)])
        score = f1(tokens(ref), tokens(ours)) if rc == 0 else 0.0
        scores.append(score)
        note = explained.get(docx.name, "")
        print(f"{score:.3f}  {docx.name}" + (f"  ({note})" if note else ""))
        if score < min_file and docx.name not in explained:
            failures.append(docx.name)
    mean = sum(scores) / len(scores) if scores else 0.0
    print(f"files {len(scores)}  mean token F1 {mean:.4f}  below {min_file}: "
          f"{sum(1 for s in scores if s < min_file)} ({len(failures)} unexplained)")
    if mean < min_mean or failures:
        print("FAILED: " + ", ".join(failures) if failures else "FAILED: mean too low")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
