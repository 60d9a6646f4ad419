#!/usr/bin/env bash
# Inputs the fuzzers found (fuzz/regressions/), kept once fixed: planparse reads or rejects
# each with exit 0 or 1, never a signal, within the hostile-input bound of 20 s.
set -u
bin=$1
dir=$2
fail=0
for f in "$dir"/fuzz/regressions/*; do
  start=$(date +%s%N)
  timeout 60 "$bin" extract "$f" >/dev/null 2>&1
  rc=$?
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  if [ $rc -gt 1 ] || [ $ms -gt $(( ${PLANPARSE_BOUND_SECONDS:-20} * 1000 )) ]; then
    echo "FAIL $(basename "$f"): exit $rc after $ms ms"; fail=1
  else
    echo "ok   $(basename "$f"): exit $rc, $ms ms"
  fi
done
exit $fail
