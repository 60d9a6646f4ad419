#!/usr/bin/env bash
# The main job on samples/: read every sample and write its document model to out/.
set -euo pipefail
build=${1:-build}
out=out/demo
mkdir -p "$out"
count=0
for f in samples/*.docx samples/*.txt; do
  [ -e "$f" ] || continue
  name=$(basename "${f%.*}")
  "$build/planparse" dump "$f" > "$out/$name.document.json"
  count=$((count + 1))
done
echo "planparse: read $count sample documents; document models are in $out/"
echo "Example: $build/planparse dump --text samples/$(ls samples | grep -m1 docx)"
