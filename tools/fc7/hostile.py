#!/usr/bin/env python3
"""fc7: hostile inputs (make_hostile.py first). Held = answered within the limit, no stack trace, and either
refused in one line with the store byte-for-byte unchanged, or accepted with the store's integrity intact
(and, for a charset lie, no mojibake stored). Usage: hostile.py JAR"""
import hashlib, os, shutil, sqlite3, subprocess, sys, time
JAR = os.path.abspath(sys.argv[1]); H = "/tmp/fc7/hostile"; W = "/tmp/fc7/hw"
def sha(p): return hashlib.sha256(open(p, "rb").read()).hexdigest() if os.path.exists(p) else None
def fresh(name="s.db"):
    shutil.rmtree(W, ignore_errors=True); os.makedirs(W); p = os.path.join(W, name); shutil.copy("/tmp/fc7/base.good.db", p); return p
def integrity(db):
    c = sqlite3.connect(db)
    try:
        return c.execute("pragma integrity_check").fetchone()[0] == "ok" and not c.execute("pragma foreign_key_check").fetchall()
    finally: c.close()
def mojibake(db):
    c = sqlite3.connect(db)
    try:
        return c.execute("select count(*) from source where full_text like '%Ã%' or full_text like '%Ä‘%' or full_text like '%�%'").fetchone()[0]
    finally: c.close()
rows = []
def case(label, argv, db, expect, limit=120, store_file=None, check_same=None):
    """expect: 'refuse' (one line, rc!=0, store unchanged), 'either' (refuse as above, or rc 0 + integrity), 'ok'"""
    watch = store_file or db
    before = sha(watch); t = time.time(); cpu0 = os.times()
    try:
        p = subprocess.run(["java", "-Xmx256m", "-jar", JAR, "--db", db] + argv, capture_output=True, text=True,
                           timeout=limit, errors="replace")
        rc, text = p.returncode, (p.stdout + p.stderr).strip()
    except subprocess.TimeoutExpired:
        rc, text = "timeout", ""
    dt = time.time() - t; cpu1 = os.times(); cpu = (cpu1.children_user + cpu1.children_system) - (cpu0.children_user + cpu0.children_system)
    lines = [l for l in text.splitlines() if l.strip()]
    trace = any(s in text for s in ("Exception", "\tat ", "Error:")) and "error:" not in text[:6]
    refused = rc not in (0, "timeout") and len(lines) == 1 and not trace
    same = sha(watch) == before
    if expect == "refuse": ok = refused and same
    elif expect == "ok": ok = rc == 0 and not trace
    else: ok = (refused and same) or (rc == 0 and not trace and (not os.path.exists(watch) or sha(watch) is None or integrity(watch)))
    if check_same: ok = ok and check_same()
    rows.append(ok)
    print(("HELD  " if ok else "FAULT ") + f"{label:46} rc={rc} lines={len(lines)} {dt:5.1f}s cpu={cpu:5.1f}s store-same={same} | "
          + (lines[0][:150] if lines else "") + ("" if len(lines) < 2 else f" (+{len(lines)-1} lines: {lines[-1][:80]})"), flush=True)
    return text

for f in ["binary.txt", "binary.bin", "empty.txt", "big-50mb.txt", "bomb.docx", "many-entries.docx", "not-a-zip.docx",
          "truncated-zip.docx", "broken-encoding.html", "nested-10000.html", "nested-10000-unclosed.html"]:
    db = fresh(); case(f"import --save {f}", ["import", "--save", os.path.join(H, f)], db, "either", limit=180)
for f in ["charset-lie.html", "charset-lie-utf16.html"]:
    db = fresh(); case(f"import --save {f}", ["import", "--save", os.path.join(H, f)], db, "either",
                       check_same=lambda db=db: mojibake(db) == 0)
for f in ["truncated.json", "wrong-types.json", "wrong-types2.json", "wrong-types3.json", "format-99.json", "empty.txt", "binary.txt"]:
    db = fresh(); case(f"import-json {f}", ["import-json", os.path.join(H, f)], db, "refuse")
db = fresh()
def title_kept(db=db):
    c = sqlite3.connect(db); t = c.execute("select title from meeting where id='m-2023-11-quang-ninh-hokkaido'").fetchone()[0]; c.close()
    return t != "Tiêu đề khác hẳn"
text = case("import-json existing-id.json (a stored meeting)", ["import-json", os.path.join(H, "existing-id.json")], db, "either")
print("      title after:", sqlite3.connect(db).execute("select title from meeting where id='m-2023-11-quang-ninh-hokkaido'").fetchone()[0])
db = fresh(); case("import-json ten-mb-string.json", ["import-json", os.path.join(H, "ten-mb-string.json")], db, "either", limit=180)
for f in ["not-sqlite.db", "zeros.db", "other-program.db", "other-with-meeting.db"]:
    shutil.rmtree(W, ignore_errors=True); os.makedirs(W); db = os.path.join(W, f); shutil.copy(os.path.join(H, f), db)
    case(f"--db {f} meetings", ["meetings", "--province", "Gia Lai"], db, "refuse")
    case(f"--db {f} import --save", ["import", "--save", os.path.join(H, "charset-lie.html")], db, "refuse")
db = fresh("newer.db"); c = sqlite3.connect(db)
c.execute("insert into flyway_schema_history values ((select max(installed_rank)+1 from flyway_schema_history), '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'x', '2030-01-01', 1, 1)")
c.commit(); c.close()
case("--db newer-version store meetings", ["meetings", "--province", "Gia Lai"], db, "refuse")
case("--db newer-version store import --save", ["import", "--save", os.path.join(H, "charset-lie.html")], db, "refuse")
d = "/tmp/fc7/hw/thư mục có dấu cách/Đà Nẵng"; shutil.rmtree("/tmp/fc7/hw", ignore_errors=True); os.makedirs(d)
db = os.path.join(d, "kho dữ liệu Sở Ngoại vụ.db"); shutil.copy("/tmp/fc7/base.good.db", db)
case("--db 'thư mục có dấu cách/…/kho dữ liệu Sở Ngoại vụ.db' meetings", ["meetings", "--province", "Gia Lai"], db, "ok")
case("… import --save", ["import", "--save", os.path.join(H, "charset-lie.html")], db, "ok")
case("… search", ["search", "Ashikaga"], db, "ok")
case("… export", ["export", "--out", os.path.join(d, "bản xuất.json")], db, "ok")
case("… travel take", ["travel", "take", "--out", os.path.join(d, "bản mang theo Gia Lai.db")], db, "ok")
case("… travel sync of that copy", ["travel", "sync"], os.path.join(d, "bản mang theo Gia Lai.db"), "ok")
print(f"hostile: {len(rows)} runs, {sum(rows)} held, {len(rows) - sum(rows)} faults")
