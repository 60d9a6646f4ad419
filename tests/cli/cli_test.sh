#!/usr/bin/env bash
# The command line as a user meets it: exit codes, one-line errors naming the file, --help.
set -u
bin=$1
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

expect() {  # expect NAME WANT_STATUS COMMAND...
  local name=$1 want=$2
  shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [ "$got" -ne "$want" ]; then
    echo "FAIL $name: exit $got, want $want"; cat "$tmp/err"; fail=1
  else
    echo "ok   $name"
  fi
}
contains() {  # contains NAME FILE TEXT
  if ! grep -qF -- "$3" "$2"; then echo "FAIL $1: '$3' not in $(basename "$2")"; cat "$2"; fail=1; fi
}

expect help 0 "$bin" --help
contains help "$tmp/out" "Usage:"
contains help "$tmp/out" "Exit status"
expect version 0 "$bin" --version
contains version "$tmp/out" "planparse "
expect no-args 2 "$bin"
contains no-args "$tmp/err" "--help"
expect unknown-command 2 "$bin" frobnicate
expect dump-no-file 2 "$bin" dump
expect dump-bad-option 2 "$bin" dump --bogus x

expect missing-file 1 "$bin" dump /nonexistent/plan.docx
contains missing-file "$tmp/err" "/nonexistent/plan.docx"
[ "$(wc -l <"$tmp/err")" -eq 1 ] || { echo "FAIL missing-file: error is not one line"; fail=1; }

printf 'PK\003\004garbage' >"$tmp/truncated.docx"
expect truncated-zip 1 "$bin" dump "$tmp/truncated.docx"
contains truncated-zip "$tmp/err" "truncated.docx"

printf 'ПЛАН РАБОТЫ\n№\tМероприятие\tСроки\n1.\tСеминар\tмай\n2.\tКонкурс\tиюнь\n' >"$tmp/plan.txt"
expect dump-json 0 "$bin" dump "$tmp/plan.txt"
contains dump-json "$tmp/out" '"schema": "planparse.document/1"'
contains dump-json "$tmp/out" '"type": "table"'
expect dump-text 0 "$bin" dump --text "$tmp/plan.txt"
contains dump-text "$tmp/out" "1.	Семинар	май"

# One bad file among good ones: the good ones are still printed, status 1.
expect mixed 1 "$bin" dump --text "$tmp/plan.txt" /nonexistent/x.txt "$tmp/plan.txt"
[ "$(grep -c 'Семинар' "$tmp/out")" -eq 2 ] || { echo "FAIL mixed: good files not both printed"; fail=1; }

# The format comes from the content, not the extension.
cp "$tmp/plan.txt" "$tmp/renamed.docx"
expect sniff-by-content 0 "$bin" dump --text "$tmp/renamed.docx"
contains sniff-by-content "$tmp/out" "Семинар"

# extract: stdout, and --out-dir writing NAME.json for each input (no temporary left over).
expect extract 0 "$bin" extract "$tmp/plan.txt"
contains extract "$tmp/out" '"schema_version": "1.0"'
contains extract "$tmp/out" '"title": "Семинар"'
expect extract-out-dir 0 "$bin" extract "$tmp/plan.txt" "$tmp/renamed.docx" --out-dir "$tmp/json"
[ -s "$tmp/json/plan.json" ] && [ -s "$tmp/json/renamed.json" ] || { echo "FAIL extract-out-dir: files missing"; fail=1; }
[ -z "$(ls "$tmp/json" | grep tmp)" ] || { echo "FAIL extract-out-dir: temporary file left"; fail=1; }
# Files are flushed to disk once, at the end of the run: one cut short by a power loss
# before that is not valid JSON, and the next run extracts its document again.
head -c 100 "$tmp/json/plan.json" >"$tmp/cut" && mv "$tmp/cut" "$tmp/json/plan.json"
expect extract-out-dir-repair 0 "$bin" extract "$tmp/plan.txt" "$tmp/renamed.docx" --out-dir "$tmp/json"
contains extract-out-dir-repair "$tmp/json/plan.json" '"title": "Семинар"'
# Cut after its source (path and hash whole, only the end lost): extracted again too.
size=$(wc -c <"$tmp/json/plan.json")
head -c $((size - 10)) "$tmp/json/plan.json" >"$tmp/cut" && mv "$tmp/cut" "$tmp/json/plan.json"
expect extract-out-dir-repair-end 0 "$bin" extract "$tmp/plan.txt" "$tmp/renamed.docx" --out-dir "$tmp/json"
[ "$(tail -c 2 "$tmp/json/plan.json")" = "}" ] || { echo "FAIL extract-out-dir-repair-end: file still cut"; fail=1; }
expect extract-missing 1 "$bin" extract /nonexistent/plan.docx --out-dir "$tmp/json"
contains extract-missing "$tmp/err" "/nonexistent/plan.docx"
expect extract-no-file 2 "$bin" extract

# check: findings as lines and a summary; exit 1 on errors, 0 without; 2 for bad input.
printf 'ПЛАН РАБОТЫ\nметодического объединения ________\nна ______ учебный год\nЦель:\nЗадачи:\n' >"$tmp/template.txt"
expect check-errors 1 "$bin" check "$tmp/template.txt"
contains check-errors "$tmp/out" "structure.unfilled_template"
contains check-errors "$tmp/out" "Итого:"
expect check-clean 0 "$bin" check "$tmp/plan.txt" --disable structure.no_goal --disable structure.no_tasks
expect check-json 1 "$bin" check --format json "$tmp/template.txt"
contains check-json "$tmp/out" '"code": "structure.unfilled_template"'
expect check-unknown-code 2 "$bin" check --only no.such "$tmp/plan.txt"
expect check-unreadable 2 "$bin" check /nonexistent/plan.docx
contains check-unreadable "$tmp/out" "/nonexistent/plan.docx"

# Standard input in, JSON lines out.
"$bin" extract - --to jsonl:- <"$tmp/plan.txt" >"$tmp/out" 2>"$tmp/err"
contains stdin-jsonl "$tmp/out" '"path":"-"'
contains stdin-jsonl "$tmp/out" 'Семинар'

# timing: the documented example, and a bad --period.
expect timing 0 "$bin" timing --period 2023-2024 "сентябрь 2023 г. – июнь 2024 г."
contains timing "$tmp/out" '"start":"2023-09","end":"2024-06","kind":"range"'
expect timing-bad-period 2 "$bin" timing --period 20x "май"
contains timing-bad-period "$tmp/err" "--period"
expect timing-no-text 2 "$bin" timing

# Limits: --limit NAME=VALUE reaches the readers; bad names and values are usage errors.
expect limit-depth 1 "$bin" extract samples/plan_mo_2025.docx --limit xml-depth=3
contains limit-depth "$tmp/err" "вложенность XML глубже 3"
expect limit-nodes 1 "$bin" dump samples/plan_mo_2025.docx --limit xml-nodes=100
contains limit-nodes "$tmp/err" "слишком много узлов XML"
head -c 2000000 /dev/zero | tr '\0' 'а' >"$tmp/two_mb.txt"
expect limit-file 1 "$bin" extract "$tmp/two_mb.txt" --limit file-mb=1
contains limit-file "$tmp/err" "two_mb.txt"
expect limit-raised 0 "$bin" extract samples/plan_mo_2025.docx --limit file-mb=1024
expect limit-unknown 2 "$bin" extract samples/plan_mo_2025.docx --limit bogus=1
contains limit-unknown "$tmp/err" "unknown limit"
expect limit-zero 2 "$bin" extract samples/plan_mo_2025.docx --limit ratio=0
expect timeout-bad 2 "$bin" extract samples --to jsonl:- --timeout soon
expect memory-bad 2 "$bin" extract samples --to jsonl:- --memory-limit -1

if [ $fail -ne 0 ]; then echo "cli tests: FAILED"; exit 1; fi
echo "cli tests: all passed"
