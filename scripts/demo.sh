#!/usr/bin/env bash
# The main job on samples/: extract every sample plan to JSON in out/demo/.
set -euo pipefail
build=${1:-build}
out=out/demo
mkdir -p "$out"
files=(samples/*.docx samples/*.txt)
"$build/planparse" extract "${files[@]}" --out-dir "$out"
echo "planparse: extracted ${#files[@]} sample documents to $out/ (one NAME.json each)"
python3 - "$out" <<'PY'
import json, sys, pathlib
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.json")):
    d = json.loads(path.read_text(encoding="utf-8"))
    period = f"{d['period']['start']}..{d['period']['end']}" if d["period"] else "-"
    print(f"  {path.name:40s} {d['kind']:9s} period {period:17s} goals {len(d['goals'])} "
          f"tasks {len(d['tasks'])} events {len(d['events'])}")
PY
echo "Try: $build/planparse extract samples/plan_school_mo_2024.docx"
