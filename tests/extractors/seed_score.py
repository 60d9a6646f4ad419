#!/usr/bin/env python3
"""Scores planparse on the shared seeds with shared/tools/score.py, as issue 4 asks.

usage: seed_score.py PLANPARSE SOURCE_DIR

- the seed texts 000-003 (samples/*.txt): goals, tasks and events F1 = 1.0, fields >= 0.98
- the DOCX samples built from the seeds' content (all five): the same thresholds
- seed 004, a PDF-like text whose table was flattened cell after cell (issue 5):
  goals and tasks F1 = 1.0, events F1 >= 0.95, fields >= 0.85
Exit 77 (skipped) when ../shared/seeds is absent.
"""
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DOCX_OF_SEED = {
    "000_78cd03c09694fbe0": "plan_mo_2025",
    "001_ae683eefab98f94c": "plan_moc_2026",
    "002_de7656c5e37ecd67": "template_mo",
    "003_849a7a85e7bacb0b": "report_mo_2021",
    "004_9397bc01d3360ab6": "plan_moc_kandalaksha_2023",
}
TEXT_SEEDS = ["000_78cd03c09694fbe0", "001_ae683eefab98f94c", "002_de7656c5e37ecd67",
              "003_849a7a85e7bacb0b"]


def score(scorer, gold_dir, pred_dir):
    out = subprocess.run([sys.executable, str(scorer), str(gold_dir), str(pred_dir), "--verbose"],
                         capture_output=True, text=True, check=True).stdout
    print(out)
    line = [l for l in out.splitlines() if l.startswith("score:")][-1].split()
    return dict(zip(line[1::2], map(float, line[2::2])))


def check(name, s, events=1.0, fields=0.98):
    ok = s["goals"] == 1.0 and s["tasks"] == 1.0 and s["events"] >= events and s["fields"] >= fields
    print(f"{name}: {'ok' if ok else 'BELOW THRESHOLD'} {s}")
    return ok


def main():
    planparse, source = sys.argv[1], Path(sys.argv[2])
    shared = source.parent / "shared"
    if not (shared / "seeds" / "gold").is_dir():
        print("../shared/seeds absent: skipped")
        return 77
    scorer = shared / "tools" / "score.py"
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for kind, seeds in (("text", TEXT_SEEDS), ("docx", list(DOCX_OF_SEED)),
                            ("flattened", ["004_9397bc01d3360ab6"])):
            gold, pred = tmp / kind / "gold", tmp / kind / "pred"
            gold.mkdir(parents=True)
            pred.mkdir(parents=True)
            for seed in seeds:
                shutil.copy(shared / "seeds" / "gold" / f"{seed}.json", gold)
                src = (source / "samples" / f"{DOCX_OF_SEED[seed]}.docx" if kind == "docx"
                       else source / "samples" / f"{seed}.txt")
                result = subprocess.run([planparse, "extract", str(src)], capture_output=True, check=True)
                (pred / f"{seed}.json").write_bytes(result.stdout)
            if kind == "flattened":
                ok &= check(kind, score(scorer, gold, pred), events=0.95, fields=0.85)
            else:
                ok &= check(kind, score(scorer, gold, pred))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
