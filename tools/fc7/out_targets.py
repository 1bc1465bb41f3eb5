#!/usr/bin/env python3
"""fc7: every command that writes a file, aimed at the store, its -wal/-journal, a folder, a read-only file, a
missing folder and another store. Held = exit != 0, one line of output, every file byte-for-byte the same, no new
file left. Usage: out_targets.py JAR [WORKDIR]"""
import hashlib, os, shutil, subprocess, sys
JAR = os.path.abspath(sys.argv[1]); W = sys.argv[2] if len(sys.argv) > 2 else "/tmp/fc7/out"
BASE = "/tmp/fc7/base.good.db"   # a store with demo meetings, a visit done (for letter)
VISIT_DONE = open("/tmp/fc7/visit_done.txt").read().strip()
VISIT = open("/tmp/fc7/visit.txt").read().strip()

def sha(p):
    return hashlib.sha256(open(p, "rb").read()).hexdigest() if os.path.isfile(p) else None

def snapshot():
    out = {}
    for root, dirs, files in os.walk(W):
        for f in files:
            p = os.path.join(root, f); out[p] = sha(p)
        for d in dirs:
            out[os.path.join(root, d) + "/"] = "dir"
    return out

# (command name, store file name, argv after --db STORE)
def commands(store_ext):
    return [
        ("brief pdf", ["brief", "--visit", VISIT, "--out"]),
        ("brief docx", ["brief", "--visit", VISIT, "--format", "docx", "--out"]),
        ("brief --xhtml", ["brief", "--visit", VISIT, "--out", W + "/ok.pdf", "--xhtml"]),
        ("export", ["export", "--out"]),
        ("travel take", ["travel", "take", "--out"]),
        ("letter docx", ["letter", "--visit", VISIT_DONE, "--out"]),
        ("letter pdf", ["letter", "--visit", VISIT_DONE, "--out"]),
        # fc9: builds its synthetic store at --keep (it deleted whatever was there)
        ("benchmark keep", ["benchmark", "--meetings", "20", "--requests", "5", "--queries", "3", "--keep"]),
    ]

def targets(store, ext):
    return [
        ("the store itself", lambda: store),
        ("the store's -wal", lambda: store + "-wal"),
        ("the store's -journal", lambda: store + "-journal"),
        ("a folder", lambda: (os.makedirs(W + "/adir", exist_ok=True), W + "/adir")[1]),
        ("a read-only file", lambda: ro_file(ext)),
        ("a path whose folder does not exist", lambda: W + "/no/such/folder/x" + ext),
        ("another store", lambda: other_store(ext)),
    ]

def ro_file(ext):
    p = W + "/readonly" + ext
    open(p, "w").write("keep me\n"); os.chmod(p, 0o444); return p

def other_store(ext):
    p = W + "/other" + ext
    shutil.copy(BASE, p); return p

def run():
    rows = []
    for name, argv in commands(None):
        ext = {"brief pdf": ".pdf", "brief docx": ".docx", "brief --xhtml": ".xhtml", "export": ".json",
               "travel take": ".db", "letter docx": ".docx", "letter pdf": ".pdf", "benchmark keep": ".db"}[name]
        for tname, make in targets(None, ext):
            shutil.rmtree(W, ignore_errors=True); os.makedirs(W)
            # the store is named like the output, so that "the store itself" passes any extension check
            store = W + "/store" + ext
            shutil.copy(BASE, store)
            tgt = dict(targets(store, ext))[tname]()
            before = snapshot()
            p = subprocess.run(["java", "-Xmx256m", "-jar", JAR, "--db", store] + argv + [tgt],
                               capture_output=True, text=True, timeout=300)
            after = snapshot()
            text = (p.stdout + p.stderr).strip()
            lines = [l for l in text.splitlines() if l.strip()]
            changed = [k for k in set(before) | set(after) if before.get(k) != after.get(k)
                       and not k.endswith("-wal") and not k.endswith("-shm")]
            # a -wal/-shm the command's own open of the store leaves is SQLite's, not a write; the store's content is
            ok = p.returncode != 0 and len(lines) == 1 and not changed and "Exception" not in text
            rows.append((name, tname, ok, p.returncode, text.splitlines()[0][:150] if text else "", changed))
            print(("HELD  " if ok else "FAULT ") + f"{name:14} -> {tname:34} rc={p.returncode} lines={len(lines)}"
                  f" changed={[os.path.basename(c.rstrip('/')) for c in changed]} | {lines[0][:140] if lines else ''}",
                  flush=True)
    held = sum(1 for r in rows if r[2])
    print(f"out-targets: {len(rows)} runs, {held} held, {len(rows) - held} faults")

run()
