#!/usr/bin/env bash
# The main job on samples/: extract every sample plan into a SQLite database and JSON files.
set -euo pipefail
build=${1:-build}
out=out/demo
rm -rf "$out"
mkdir -p "$out"
"$build/planparse" extract samples --include '*.docx' --include '*.txt' --to "sqlite:$out/plans.db"
"$build/planparse" extract samples --include '*.docx' --include '*.txt' --to "json:$out/json"
echo
echo "SQLite database: $out/plans.db (tables: docs/sqlite.md)"
echo "JSON, one file per document: $out/json/"
echo
echo "Example query — events planned for spring 2026:"
python3 - "$out/plans.db" <<'PY'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
query = ("SELECT e.number, e.title, e.timing_raw FROM events e "
         "WHERE e.timing_start <= '2026-05' AND e.timing_end >= '2026-03' ORDER BY e.timing_start LIMIT 8")
print("  " + query)
for number, title, timing in con.execute(query):
    print(f"  {number or '-':>4}  {title[:70]:70}  {timing}")
PY
echo
echo "Check the samples for problems: $build/planparse check samples/*.docx samples/*.txt"
