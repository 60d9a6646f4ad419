#!/usr/bin/env python3
"""Batch extraction end to end: outputs, failures, determinism, resume after kill -9.

usage: batch_test.py PLANPARSE SOURCE_DIR
"""
import csv
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

failures = 0


def check(name, ok, detail=""):
    global failures
    print(("ok   " if ok else "FAIL ") + name + (f": {detail}" if detail and not ok else ""))
    failures += not ok


def run(planparse, *args):
    return subprocess.run([planparse, *args], capture_output=True, text=True)


def main():
    planparse, source = sys.argv[1], Path(sys.argv[2])
    tmp = Path(tempfile.mkdtemp())
    try:
        docs = tmp / "docs"
        shutil.copytree(source / "samples", docs, ignore=shutil.ignore_patterns("src"))
        (docs / "broken.docx").write_bytes(b"PK\x03\x04garbage")
        (docs / "empty.txt").write_bytes(b"")
        (docs / "binary.txt").write_bytes(bytes(range(32)) * 100)
        (docs / "formula.txt").write_text(
            "План работы на 2026 год\n№\tМероприятие\tСроки\tОтветственный\n"
            "1.\t=HYPERLINK(\"x\")\tмарт\t+Иванова И.И.\n2.\tСеминар, «практикум»\tапрель\tМОЦ\n",
            encoding="utf-8")
        total = len([p for p in docs.iterdir() if p.is_file()])

        # SQLite: failures recorded, the run goes on, exit 1.
        db = tmp / "plans.db"
        r = run(planparse, "extract", str(docs), "--to", f"sqlite:{db}", "--jobs", "2")
        check("sqlite run exits 1 with failures", r.returncode == 1, r.stderr)
        check("failures named on stderr", "broken.docx" in r.stderr and "empty.txt" in r.stderr, r.stderr)
        con = sqlite3.connect(db)
        con.execute("PRAGMA foreign_keys = ON")
        n_docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        n_fail = con.execute("SELECT count(*) FROM failures").fetchone()[0]
        check("every file stored or failed", n_docs + n_fail == total, f"{n_docs}+{n_fail} != {total}")
        check("user_version", con.execute("PRAGMA user_version").fetchone()[0] == 1)
        check("foreign keys hold", con.execute("PRAGMA foreign_key_check").fetchall() == [])
        rows = con.execute("SELECT count(*) FROM events e JOIN documents d ON d.id = e.document_id "
                           "WHERE e.timing_start >= '2026-01' AND e.timing_end <= '2026-12'").fetchone()[0]
        check("events by period query", rows > 0)
        by_person = con.execute("SELECT count(*) FROM event_responsible WHERE name = 'Тютерева А.М.'").fetchone()[0]
        check("events by responsible query", by_person > 0)
        con.close()

        # Re-running skips unchanged documents; a changed one replaces its rows.
        r = run(planparse, "extract", str(docs), "--to", f"sqlite:{db}")
        check("re-run skips unchanged", f"пропущено (не изменились) {n_docs}" in r.stderr, r.stderr)
        # Unchanged documents are known by their hash before extraction, and not extracted
        # again: with workers too small to extract anything, each is still skipped.
        r = run(planparse, "extract", str(docs), "--to", f"sqlite:{db}", "--memory-limit", "1")
        check("re-run extracts no unchanged document", f"пропущено (не изменились) {n_docs}" in r.stderr, r.stderr)
        plan = docs / "formula.txt"
        plan.write_text(plan.read_text(encoding="utf-8") + "3.\tКонкурс\tмай\tМОЦ\n", encoding="utf-8")
        run(planparse, "extract", str(docs), "--to", f"sqlite:{db}")
        con = sqlite3.connect(db)
        check("no duplicate documents", con.execute("SELECT count(*) FROM documents").fetchone()[0] == n_docs)
        n = con.execute("SELECT count(*) FROM events e JOIN documents d ON d.id = e.document_id "
                        "WHERE d.path LIKE '%formula.txt'").fetchone()[0]
        check("changed file replaced its rows", n == 3, str(n))
        con.close()

        # JSONL: deterministic whatever --jobs; complete lines.
        outs = []
        for jobs in ("1", "2", "4"):
            out = tmp / f"all{jobs}.jsonl"
            run(planparse, "extract", str(docs), "--to", f"jsonl:{out}", "--jobs", jobs)
            outs.append(out.read_bytes())
        check("jsonl identical for --jobs 1, 2, 4", outs[0] == outs[1] == outs[2])
        lines = outs[0].decode("utf-8").splitlines()
        check("jsonl one line per file", len(lines) == total, f"{len(lines)} != {total}")
        check("jsonl lines parse", all(json.loads(l) for l in lines))
        run(planparse, "extract", str(docs), "--to", f"jsonl:{tmp / 'all1.jsonl'}")
        check("jsonl re-run adds nothing, failures included",
              (tmp / "all1.jsonl").read_bytes() == outs[0])

        # CSV: read back with Python's csv module; formulas guarded; Excel variant.
        csv_dir = tmp / "csv"
        run(planparse, "extract", str(docs), "--to", f"csv:{csv_dir}")
        with open(csv_dir / "documents.csv", newline="", encoding="utf-8") as f:
            documents = list(csv.DictReader(f))
        with open(csv_dir / "events.csv", newline="", encoding="utf-8") as f:
            events = list(csv.DictReader(f))
        ids = {d["document_id"] for d in documents}
        check("csv documents", len(documents) == n_docs, str(len(documents)))
        check("csv events link to documents", all(e["document_id"] in ids for e in events))
        titles = [e["title"] for e in events]
        check("csv formula guarded", "'=HYPERLINK(\"x\")" in titles, str([t for t in titles if "HYPER" in t]))
        check("csv quotes and commas survive", "Семинар, «практикум»" in titles)
        before = {p.name: p.read_bytes() for p in csv_dir.iterdir()}
        run(planparse, "extract", str(docs), "--to", f"csv:{csv_dir}")
        after = {p.name: p.read_bytes() for p in csv_dir.iterdir()}
        check("csv re-run adds nothing, failures included", before == after,
              str([n for n in after if before.get(n) != after[n]]))
        excel = tmp / "excel"
        run(planparse, "extract", str(docs), "--to", f"csv:{excel}", "--csv-excel")
        raw = (excel / "events.csv").read_bytes()
        check("excel csv has BOM and ;", raw.startswith(b"\xef\xbb\xbf") and b";" in raw.split(b"\n")[0])

        # Kill -9 mid-run, run again: the same database as an uninterrupted run.
        many = tmp / "many"
        many.mkdir()
        for k in range(30):
            for p in (source / "samples").iterdir():
                if p.is_file() and not p.name.startswith("004_"):  # the slow PDF-like seed
                    shutil.copy(p, many / f"{k:02d}_{p.name}")
        whole, resumed = tmp / "whole.db", tmp / "resumed.db"
        run(planparse, "extract", str(many), "--to", f"sqlite:{whole}", "--jobs", "2")
        proc = subprocess.Popen([planparse, "extract", str(many), "--to", f"sqlite:{resumed}", "--jobs", "2"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1.0)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        partial = sqlite3.connect(resumed).execute("SELECT count(*) FROM documents").fetchone()[0]
        run(planparse, "extract", str(many), "--to", f"sqlite:{resumed}", "--jobs", "2")
        query = ("SELECT d.path, d.sha256, count(e.id) FROM documents d LEFT JOIN events e "
                 "ON e.document_id = d.id GROUP BY d.id ORDER BY d.path")
        a = sqlite3.connect(whole).execute(query).fetchall()
        b = sqlite3.connect(resumed).execute(query).fetchall()
        check(f"kill -9 after {partial} documents, then resume: same database", a == b and len(a) > 0,
              f"{len(a)} vs {len(b)}")

        # JSONL after kill -9: whole lines, each document once.
        jl = tmp / "resumed.jsonl"
        proc = subprocess.Popen([planparse, "extract", str(many), "--to", f"jsonl:{jl}", "--jobs", "2"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.8)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        run(planparse, "extract", str(many), "--to", f"jsonl:{jl}", "--jobs", "2")
        paths = [json.loads(l)["source"]["path"] for l in jl.read_text(encoding="utf-8").splitlines()]
        check("jsonl resume: each document once", len(paths) == len(set(paths)) == len(list(many.iterdir())),
              f"{len(paths)} lines, {len(set(paths))} distinct")
        r = run(planparse, "extract", str(many), "--to", f"jsonl:{jl}", "--jobs", "2", "--memory-limit", "1")
        check("jsonl re-run extracts no unchanged document",
              f"пропущено (не изменились) {len(paths)}" in r.stderr, r.stderr)
        before = jl.read_bytes()
        r = run(planparse, "extract", str(many), "--to", f"jsonl:{jl}", "--jobs", "2", "--in-process")
        check("in-process re-run skips unchanged",
              f"пропущено (не изменились) {len(paths)}" in r.stderr and jl.read_bytes() == before, r.stderr)

        # SIGTERM: a clean stop, exit 130, then the rest on the next run.
        term = tmp / "term.db"
        proc = subprocess.Popen([planparse, "extract", str(many), "--to", f"sqlite:{term}", "--jobs", "2"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        time.sleep(0.8)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate()
        check("SIGTERM stops cleanly with 130", proc.returncode in (130, 0), f"{proc.returncode} {err}")
        run(planparse, "extract", str(many), "--to", f"sqlite:{term}", "--jobs", "2")
        c = sqlite3.connect(term).execute(query).fetchall()
        check("after SIGTERM, resume completes", c == a)

        # A disk that is full: the run stops with a clear message, not a truncated file.
        r = run(planparse, "extract", str(docs), "--to", "jsonl:/dev/full")
        check("disk full: exit 2 with a message", r.returncode == 2 and "/dev/full" in r.stderr, r.stderr)

        # Walking: recursion, globs, links to directories not followed, unreadable ones reported.
        tree = tmp / "tree"
        (tree / "a" / "b").mkdir(parents=True)
        shutil.copy(source / "samples" / "plan_mo_2025.docx", tree / "a" / "b" / "deep.docx")
        shutil.copy(source / "samples" / "plan_moc_2026.docx", tree / "top.docx")
        (tree / "note.md").write_text("not a plan", encoding="utf-8")
        os.symlink(tree, tree / "a" / "loop")
        os.symlink(tree / "missing.docx", tree / "dangling.docx")
        walk = tmp / "walk.jsonl"
        r = run(planparse, "extract", str(tree), "-r", "--include", "*.docx", "--to", f"jsonl:{walk}")
        got = sorted(json.loads(l).get("source", json.loads(l).get("failure", {})).get("path", "")
                     for l in walk.read_text(encoding="utf-8").splitlines())
        check("recursive walk with globs, no loop", got == sorted([str(tree / "a" / "b" / "deep.docx"),
              str(tree / "dangling.docx"), str(tree / "top.docx")]), str(got))
        check("dangling link reported", "dangling.docx" in r.stderr, r.stderr)
        if os.geteuid() != 0:
            locked_dir = tree / "closed"
            locked_dir.mkdir()
            locked_dir.chmod(0)
            r = run(planparse, "extract", str(tree), "-r", "--to", f"jsonl:{tmp / 'walk2.jsonl'}")
            check("unreadable directory reported", "closed" in r.stderr, r.stderr)
            locked_dir.chmod(0o755)

        # The pandoc corpus, when present: every file read or recorded.
        corpus = source.parent / "shared" / "corpora" / "pandoc-docx"
        if corpus.is_dir():
            out = tmp / "pandoc.jsonl"
            run(planparse, "extract", str(corpus), "--include", "*.docx", "--to", f"jsonl:{out}")
            n = len(out.read_text(encoding="utf-8").splitlines())
            check("pandoc corpus batch", n == len(list(corpus.glob("*.docx"))), str(n))

        # Isolation: worker processes. The same output in threads and in processes; a
        # worker killed by a signal, a document over --timeout and one over
        # --memory-limit each cost that document only.
        out_threads = tmp / "threads.jsonl"
        run(planparse, "extract", str(docs), "--to", f"jsonl:{out_threads}", "--jobs", "2", "--in-process")
        check("threads and worker processes write the same JSONL", out_threads.read_bytes() == outs[0])
        iso = tmp / "iso"
        iso.mkdir()
        shutil.copy(source / "samples" / "plan_mo_2025.docx", iso / "a_first.docx")
        shutil.copy(source / "samples" / "plan_moc_2026.docx", iso / "z_last.docx")
        slow = iso / "m_slow.txt"
        words = "план работы методического объединения семинар конкурс сентябрь педагоги".split()
        with open(slow, "w", encoding="utf-8") as f:
            for i in range(400000):  # several seconds of work: over --timeout 1 however fast the machine
                f.write(" ".join(words[(i * 7 + k) % len(words)] for k in range(8)) + "\n\n")

        def stored(db):
            con = sqlite3.connect(db)
            paths = sorted(Path(p).name for (p,) in con.execute("SELECT path FROM documents"))
            reasons = {Path(p).name: r for (p, r) in con.execute("SELECT path, reason FROM failures")}
            con.close()
            return paths, reasons

        db = tmp / "timeout.db"
        started = time.time()
        r = run(planparse, "extract", str(iso), "--to", f"sqlite:{db}", "--jobs", "1", "--timeout", "1")
        elapsed = time.time() - started
        paths, reasons = stored(db)
        check("--timeout: the slow document fails, the others are stored",
              r.returncode == 1 and paths == ["a_first.docx", "z_last.docx"] and
              "не уложился в 1 с" in reasons.get("m_slow.txt", ""), f"{r.stderr} {paths} {reasons}")
        check("--timeout: the run is not held up", elapsed < 20, f"{elapsed:.1f} s")

        db = tmp / "memory.db"
        r = run(planparse, "extract", str(iso), "--to", f"sqlite:{db}", "--jobs", "1", "--memory-limit", "150")
        paths, reasons = stored(db)
        sanitized = "--sanitized" in sys.argv  # AddressSanitizer builds run without RLIMIT_AS
        check("--memory-limit: the large document fails, the others are stored",
              sanitized or (r.returncode == 1 and paths == ["a_first.docx", "z_last.docx"] and
                            "не хватило памяти" in reasons.get("m_slow.txt", "")),
              f"{r.stderr} {paths} {reasons}")

        db = tmp / "crash.db"
        proc = subprocess.Popen([planparse, "extract", str(iso), "--to", f"sqlite:{db}", "--jobs", "1",
                                 "--timeout", "0"], stderr=subprocess.PIPE, text=True)
        # Find the worker (the child of planparse) while it holds the slow document, and
        # crash it as an unknown bug would.
        killed = False
        deadline = time.time() + 30
        while not killed and time.time() < deadline and proc.poll() is None:
            time.sleep(0.3)
            children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
            pids = children.read_text().split() if children.exists() else []
            for pid in pids:
                try:
                    cpu = sum(int(x) for x in Path(f"/proc/{pid}/stat").read_text().split(")")[1].split()[11:13])
                except (OSError, ValueError, IndexError):
                    continue
                if cpu > 50:  # half a second of work: the slow document
                    os.kill(int(pid), signal.SIGSEGV)
                    killed = True
        _, err = proc.communicate(timeout=120)
        paths, reasons = stored(db)
        check("a worker crash costs one document", killed and proc.returncode == 1 and
              paths == ["a_first.docx", "z_last.docx"] and "аварийно" in reasons.get("m_slow.txt", "") and
              # AddressSanitizer catches SIGSEGV itself and exits with a status instead
              ("сигнал 11" in reasons.get("m_slow.txt", "") or sanitized),
              f"{killed} {proc.returncode} {err} {paths} {reasons}")
        check("a worker crash is named on stderr", "m_slow.txt" in err and "аварийно" in err, err)

        # Usage and output errors.
        r = run(planparse, "extract", str(docs), "--to", "xml:out")
        check("unknown output format exits 2", r.returncode == 2, r.stderr)
        locked = tmp / "locked.db"
        run(planparse, "extract", str(source / "samples" / "plan_mo_2025.docx"), "--to", f"sqlite:{locked}")
        holder = sqlite3.connect(locked, timeout=0)
        holder.execute("BEGIN EXCLUSIVE")
        r = subprocess.run([planparse, "extract", str(docs / "plan_moc_2026.docx"), "--to", f"sqlite:{locked}"],
                           capture_output=True, text=True, timeout=60)
        holder.rollback()
        check("locked database: clear error, no crash", r.returncode == 2 and "locked.db" in r.stderr, r.stderr)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{'batch tests: all passed' if failures == 0 else f'batch tests: {failures} failed'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
