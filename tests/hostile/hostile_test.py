#!/usr/bin/env python3
"""planparse against hostile inputs: never a signal, one clear line, seconds, bounded memory.

usage: hostile_test.py PLANPARSE SOURCE_DIR [--sanitized]
(--sanitized: an ASan/UBSan build, whose time and memory bounds are scaled up)
Generates the inputs with make_hostile.py into a temporary folder, runs
`planparse extract` on each, then one batch run over all of them with good files beside.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MAX_SECONDS = 20
MAX_RSS_MB = 512


def run_measured(cmd):
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _, err = proc.communicate(timeout=MAX_SECONDS * 3)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
        return None, err.decode("utf-8", "replace"), MAX_SECONDS * 3, 0
    elapsed = time.monotonic() - start
    # Peak memory of the child that just ended.
    rss_kb = 0
    try:
        import resource
        rss_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    except Exception:
        pass
    return proc.returncode, err.decode("utf-8", "replace"), elapsed, rss_kb


def main():
    planparse, source = sys.argv[1], Path(sys.argv[2])
    global MAX_SECONDS, MAX_RSS_MB
    if "--sanitized" in sys.argv:
        MAX_SECONDS, MAX_RSS_MB = MAX_SECONDS * 10, MAX_RSS_MB * 4
    tmp = Path(tempfile.mkdtemp())
    failures = 0
    try:
        hostile = tmp / "hostile"
        subprocess.run([sys.executable, str(source / "tests" / "hostile" / "make_hostile.py"), str(hostile)], check=True)
        for path in sorted(hostile.iterdir()):
            # Each input in its own measuring process, so peak memory is per input.
            code = subprocess.run(
                [sys.executable, "-c",
                 "import resource,subprocess,sys,time;"
                 "t=time.monotonic();"
                 f"p=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.PIPE,timeout={MAX_SECONDS * 3});"
                 "e=time.monotonic()-t;"
                 "r=resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss;"
                 "sys.stderr.write(p.stderr.decode('utf-8','replace'));"
                 "print(p.returncode, round(e,2), r//1024)",
                 planparse, "extract", str(path)],
                capture_output=True, text=True, timeout=MAX_SECONDS * 4)
            rc, seconds, rss_mb = code.stdout.split()
            rc, seconds, rss_mb = int(rc), float(seconds), int(rss_mb)
            err = code.stderr.strip()
            lines = [l for l in err.splitlines() if l.strip()]
            problems = []
            if rc < 0 or rc > 1:
                problems.append(f"exit {rc}")
            if rc == 1 and (len(lines) != 1 or path.name not in lines[0]):
                problems.append(f"want one line naming the file, got {lines[:3]}")
            if seconds > MAX_SECONDS:
                problems.append(f"{seconds} s")
            if rss_mb > MAX_RSS_MB:
                problems.append(f"{rss_mb} MB")
            status = "ok  " if not problems else "FAIL"
            failures += bool(problems)
            reason = lines[0][len(str(path)) + len("planparse: ") + 2:][:90] if rc == 1 and lines else "read"
            print(f"{status} {path.name:32s} exit {rc} {seconds:6.2f} s {rss_mb:4d} MB  {reason}"
                  + (f"  <- {'; '.join(problems)}" if problems else ""))
        # A batch over everything, with good files beside: they are processed normally.
        for good in ("plan_mo_2025.docx", "001_ae683eefab98f94c.txt"):
            shutil.copy(source / "samples" / good, hostile / good)
        out = tmp / "batch.jsonl"
        r = subprocess.run([planparse, "extract", str(hostile), "--to", f"jsonl:{out}", "--jobs", "2"],
                           capture_output=True, text=True, timeout=600)
        stored = out.read_text(encoding="utf-8") if out.exists() else ""
        ok = r.returncode == 1 and '"path":"' + str(hostile / "plan_mo_2025.docx") + '"' in stored
        print(("ok  " if ok else "FAIL") + f" batch over hostile inputs: exit {r.returncode}, good files stored")
        failures += not ok
    finally:
        for root, dirs, files in os.walk(tmp):
            for name in files + dirs:
                full = os.path.join(root, name)
                if not os.path.islink(full):
                    try:
                        os.chmod(full, 0o755)
                    except OSError:
                        pass
        shutil.rmtree(tmp, ignore_errors=True)
    print("hostile inputs: all passed" if failures == 0 else f"hostile inputs: {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
