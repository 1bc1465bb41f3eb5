#!/usr/bin/env python3
"""fc8: kill -9 during `travel sync`, KILLS times, on an office store (SQLite file, or PostgreSQL with FC8_PG=HOST:PORT).
Each run: on the road the copy imports 20 new meetings, meanwhile the office imports 5 (import-json of meetings cloned
from /tmp/fc7/ex.json); `travel sync` is killed at a random moment; then each side must hold all or none of the other's
new meetings (never a half-applied sync), and the next sync must complete it (both hold all 25).
Usage: sync_kill.py JAR [KILLS]"""
import json, os, random, subprocess, sys, threading, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import stores
from stores import pb, fresh, q
JAR = stores.JAR = os.path.abspath(sys.argv[1]); KILLS = int(sys.argv[2]) if len(sys.argv) > 2 else 20
rnd = random.Random(20)
EX = json.load(open("/tmp/fc7/ex.json", encoding="utf-8"))
TEMPLATE = next(m for m in EX["meetings"] if m["requests"])
def meetings_file(prefix, n):
    ms = []
    for k in range(n):
        m = json.loads(json.dumps(TEMPLATE)); mid = f"{prefix}-{k}"; m["id"] = mid
        for i, r in enumerate(m["requests"]): r["id"] = f"{mid}-r{i}"
        for i, g in enumerate(m.get("gifts") or []): g["id"] = f"{mid}-g{i}"
        ms.append(m)
    path = os.path.join(stores.W, f"{prefix}-{os.getpid()}.json"); os.makedirs(stores.W, exist_ok=True)
    json.dump({"format": 1, "meetings": ms}, open(path, "w", encoding="utf-8"), ensure_ascii=False)
    return path
def count(db, prefix):
    return q(db, "select count(*) from meeting where id like ?", prefix + "-%")[0][0]
tag = "pg" if stores.PG else "sqlite"
office = fresh("sync-office.db")
copy = os.path.join(stores.W, f"sync-copy-{tag}-{os.getpid()}.db")
for s in ("", "-wal", "-shm"):
    if os.path.exists(copy + s): os.remove(copy + s)
rc, t = pb(office, "A", "travel", "take", "--out", copy)
if rc: sys.exit("travel take: " + t)
t0 = time.time(); rc, t = pb(copy, "A", "travel", "sync"); full = time.time() - t0
if rc: sys.exit("first sync: " + t)
hits = half = incomplete = errors = 0; notes = []
for run in range(KILLS):
    road, off = f"road{run}", f"office{run}"
    res = {}
    ta = threading.Thread(target=lambda: res.__setitem__("road", pb(copy, "A", "import-json", meetings_file(road, 20))))
    tb = threading.Thread(target=lambda: res.__setitem__("office", pb(office, "B", "import-json", meetings_file(off, 5))))
    ta.start(); tb.start(); ta.join(); tb.join()
    if res["road"][0] or res["office"][0]:
        errors += 1; notes.append("setup: " + (res["road"][1] or res["office"][1]).splitlines()[-1][:140]); continue
    target = copy
    p = subprocess.Popen(["java", "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", JAR, "--db", target, "--as", "A",
                          "travel", "sync"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(rnd.uniform(0.5, full * 1.1))
    if p.poll() is None:
        hits += 1; p.kill()
    p.wait()
    at_office, at_copy = count(office, road), count(copy, off)
    if at_office not in (0, 20) or at_copy not in (0, 5):
        half += 1; notes.append(f"run {run}: after the kill the office holds {at_office}/20 of the road's, the copy {at_copy}/5 of the office's")
    killed = (at_office, at_copy)
    rc, t = pb(copy, "A", "travel", "sync")
    at_office, at_copy = count(office, road), count(copy, off)
    if rc or at_office != 20 or at_copy != 5:
        incomplete += 1; notes.append(f"run {run}: next sync rc {rc}, office {at_office}/20, copy {at_copy}/5: {t.splitlines()[-1][:120] if t else ''}")
    print(f"  run {run}: after the kill the office held {killed[0]}/20 of the road's, the copy {killed[1]}/5 of the office's;"
          f" after the next sync {at_office}/20 and {at_copy}/5 (rc {rc})", flush=True)
print(f"kill -9 during travel sync ({'PostgreSQL office' if stores.PG else 'SQLite office'}) x{KILLS} ({hits} kills hit a "
      f"running sync; a full sync took {full:.0f} s): half-applied {half}, not completed by the next sync {incomplete}, "
      f"other errors {errors}", flush=True)
for n in notes[:6]: print("   ", n)
