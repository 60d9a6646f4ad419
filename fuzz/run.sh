#!/usr/bin/env bash
# Builds the fuzz targets with clang and runs each for SECONDS (default 60), with seed
# corpora from samples/ (and ../shared/corpora/pandoc-docx when present). Findings are
# written to fuzz/findings/; keep each as a regression input once fixed.
# Usage: fuzz/run.sh [SECONDS [TARGET...]]   (targets: xml docx text timing extract)
# Each run's final statistics are appended to fuzz/logs/TARGET.log.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(xml docx text timing extract)
build=build-fuzz
# The same configuration as `make sanitize`, so one build serves both.
cmake -S . -B $build -DPLANPARSE_SANITIZE=ON -DPLANPARSE_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++-14 >/dev/null
cmake --build $build -j "$(nproc)" --target fuzz_xml fuzz_docx fuzz_text fuzz_timing fuzz_extract
corpus=fuzz/corpus
mkdir -p $corpus/xml $corpus/docx $corpus/text $corpus/timing $corpus/extract fuzz/findings fuzz/logs
cp samples/*.docx $corpus/docx/ 2>/dev/null || true
cp samples/*.docx samples/*.txt $corpus/extract/ 2>/dev/null || true
cp samples/*.txt tests/data/flattened/*.txt $corpus/text/ 2>/dev/null || true
cp tests/data/flattened/*.txt $corpus/extract/ 2>/dev/null || true
# Found before, fixed since; the large hostile inputs only slow the fuzzer down (they are
# run by the fuzz.regressions test instead).
find fuzz/regressions -type f -size -64k -exec cp {} $corpus/extract/ \; 2>/dev/null || true
if [ -d ../shared/corpora/pandoc-docx ]; then cp ../shared/corpora/pandoc-docx/*.docx $corpus/docx/; fi
for f in samples/*.docx; do unzip -p "$f" word/document.xml > "$corpus/xml/$(basename "$f" .docx).xml"; done
printf '%s\n' "сентябрь 2023 г. – июнь 2024 г." "В течении года" "1 раз в полугодие: декабрь 2023 г., июнь 2024 г." \
  "с 15 по 20 сентября" "15.09–20.09.2025" "II полугодие" "До 25 сентября 2023 г." |
  while IFS= read -r line; do printf '%s' "$line" > "$corpus/timing/$(printf '%s' "$line" | md5sum | cut -c1-8)"; done
status=0
for target in "${targets[@]}"; do
  echo "== fuzz_$target for ${seconds}s"
  log=fuzz/logs/$target.log
  echo "# $(date -u +%FT%TZ) ${seconds}s" >> "$log"
  if ! $build/fuzz/fuzz_$target $corpus/$target -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
      -artifact_prefix=fuzz/findings/$target- -print_final_stats=1 > fuzz/logs/$target.last 2>&1; then
    status=1
    grep -E "ERROR|SUMMARY|Test unit written" fuzz/logs/$target.last | tee -a "$log"
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" fuzz/logs/$target.last | tee -a "$log"
done
exit $status
