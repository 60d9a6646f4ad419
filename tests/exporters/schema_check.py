#!/usr/bin/env python3
"""Every `planparse extract` output validates against schema/plan.schema.json.

usage: schema_check.py PLANPARSE SOURCE_DIR
Runs extract on every sample, the golden plan files, and (when ../shared is present)
every DOCX of the pandoc and POI corpora that planparse reads.
"""
import json
import subprocess
import sys
from pathlib import Path

import jsonschema


def main():
    planparse, source = sys.argv[1], Path(sys.argv[2])
    schema = json.loads((source / "schema" / "plan.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    inputs = sorted((source / "samples").glob("*.docx")) + sorted((source / "samples").glob("*.txt"))
    for corpus in ("pandoc-docx", "poi-docx"):
        folder = source.parent / "shared" / "corpora" / corpus
        if folder.is_dir():
            inputs += sorted(folder.glob("*.docx"))
    checked = failed = 0
    for path in inputs:
        result = subprocess.run([planparse, "extract", str(path)], capture_output=True, timeout=60)
        if result.returncode != 0:
            continue  # rejected inputs print no JSON; the corpus tests check their messages
        doc = json.loads(result.stdout)
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
        checked += 1
        for e in errors[:3]:
            failed += 1
            print(f"{path.name}: {'/'.join(map(str, e.path))}: {e.message}")
    for golden in sorted((source / "tests" / "data" / "golden").glob("*.plan.json")):
        errors = list(validator.iter_errors(json.loads(golden.read_text(encoding="utf-8"))))
        checked += 1
        for e in errors[:3]:
            failed += 1
            print(f"{golden.name}: {'/'.join(map(str, e.path))}: {e.message}")
    print(f"{checked} outputs validated, {failed} errors")
    return 1 if failed or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
