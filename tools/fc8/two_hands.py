#!/usr/bin/env python3
"""fc8 (from fc7's): two processes (two command lines) on one store, SQLite or PostgreSQL. Counts what was lost.
Usage: two_hands.py JAR [N_EDITS]   (N_EDITS visit edits per process, default 100)
FC8_PG=HOST:PORT runs it on a PostgreSQL server (trust logins; see stores.py); FC7_SECTIONS picks parts (1234567)."""
import json, os, re, sys, threading, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import stores
from stores import pb, fresh, q
JAR = stores.JAR = os.path.abspath(sys.argv[1]); N = int(sys.argv[2]) if len(sys.argv) > 2 else 100
SECTIONS = os.environ.get("FC7_SECTIONS", "123456"); VISIT = open("/tmp/fc7/visit.txt").read().strip()
print(f"store: {'PostgreSQL ' + stores.PG if stores.PG else 'SQLite file'}", flush=True)
def both(fa, fb):
    out = {}
    ta = threading.Thread(target=lambda: out.__setitem__("A", fa())); tb = threading.Thread(target=lambda: out.__setitem__("B", fb()))
    ta.start(); tb.start(); ta.join(); tb.join(); return out["A"], out["B"]
def other_error(text):
    return not re.search(r"changed by|was changed|since by|refused|busy", text)

# 1. visit edit of one visit, N times in each of two processes: A sets the purpose, B the venue.
def section1():
    db = fresh("edit.db")
    def edits(who, opt):
        res = []
        for i in range(N):
            rc, t = pb(db, who, "visit", "edit", VISIT, opt, f"{who}-{i}")
            res.append((i, rc, t))
        return res
    ra, rb = both(lambda: edits("A", "--purpose"), lambda: edits("B", "--venue"))
    saved = {"A": [i for i, rc, t in ra if rc == 0], "B": [i for i, rc, t in rb if rc == 0]}
    told = sum(1 for r in ra + rb if r[1] != 0 and not other_error(r[2]))
    errors = [r[2].splitlines()[-1][:160] for r in ra + rb if r[1] != 0 and other_error(r[2])]
    purpose, venue = q(db, "select purpose, venue from visit where id=?", VISIT)[0]
    logged = q(db, "select actor, count(*) from change_log where kind='visit' and ref_id=? and action='edit' group by actor", VISIT)
    # an edit is lost when a later save by the other hand wrote the field back to an older value: replay the change rows
    rows = q(db, "select l.actor, r.before, r.after from change_log l join change_row r on r.change_id=l.id where l.kind='visit' and l.ref_id=? and r.table_name='visit' and l.action='edit' order by l.id", VISIT)
    lost = 0; last = {"purpose": "x", "venue": None}
    for actor, before, after in rows:
        b = json.loads(before) if before else {}; a = json.loads(after) if after else {}
        mine = "purpose" if actor == "A" else "venue"
        for f in ("purpose", "venue"):
            if b.get(f) != last[f]: lost += 1   # the row as this save read it differs from the stored one: a blind write
            elif f != mine and a.get(f) != b.get(f): lost += 1   # this hand wrote the other's field back
            last[f] = a.get(f)
    final_ok = purpose == (f"A-{saved['A'][-1]}" if saved["A"] else "x") and venue == (f"B-{saved['B'][-1]}" if saved["B"] else None)
    print(f"visit edit x{N} in each of 2 processes: saved A {len(saved['A'])}, B {len(saved['B'])}; told 'changed by' {told}; "
          f"other errors {len(errors)}; edits logged {dict(logged)}; overwritten blind {lost}; final holds both last saves: {final_ok}", flush=True)
    for e in sorted(set(errors))[:5]: print("   error:", e)
if '1' in SECTIONS: section1()

# 2. request status (follow-up) of one request, N/2 times in each process; every saved note must be there
def section2():
    db = fresh("status.db"); R = "r-ninh-binh-2"; M = N // 2
    def follow(who):
        res = []
        for i in range(M):
            st = ["open", "in_progress", "done", "declined"][i % 4]
            rc, t = pb(db, who, "follow-up", "--request", R, "--status", st, "--note", f"{who}-{i}")
            res.append((i, rc, t))
        return res
    ra, rb = both(lambda: follow("A"), lambda: follow("B"))
    notes = {n for (n,) in q(db, "select note from request_followup where request_id=?", R)}
    ok = [f"{w}-{i}" for w, res in (("A", ra), ("B", rb)) for i, rc, t in res if rc == 0]
    lostn = [n for n in ok if n not in notes]
    errors = [r[2].splitlines()[-1][:160] for r in ra + rb if r[1] != 0]
    print(f"follow-up of one request x{M} in each of 2 processes: saved {len(ok)}, refused {len(errors)}, notes lost {len(lostn)}", flush=True)
    for e in sorted(set(errors))[:5]: print("   refused/error:", e)
if '2' in SECTIONS: section2()

# 3. undo: each process changes (its own follow-up on a request of the same meeting), then undoes; own change only?
def section3():
    db = fresh("undo.db"); rounds = max(5, N // 5)
    def change_undo(who, req):
        res = []
        for i in range(rounds):
            rc1, t1 = pb(db, who, "follow-up", "--request", req, "--status", "in_progress", "--note", f"{who}-undo-{i}")
            rc2, t2 = pb(db, who, "undo")
            res.append((i, rc1, rc2, t2))
        return res
    ra, rb = both(lambda: change_undo("A", "r-ninh-binh-2"), lambda: change_undo("B", "r-ninh-binh-3"))
    wrong = q(db, "select count(*) from change_log u join change_log c on c.undone_by=u.id where u.action='undo' and u.actor<>c.actor")[0][0]
    undos = sum(1 for r in ra + rb if r[2] == 0)
    notes = {n for (n,) in q(db, "select note from request_followup")}
    left = [f"{w}-undo-{i}" for w, res in (("A", ra), ("B", rb)) for i, rc1, rc2, t in res if rc1 == 0 and rc2 == 0 and f"{w}-undo-{i}" in notes]
    refused = [r[3].splitlines()[-1][:140] for r in ra + rb if r[2] != 0]
    print(f"change then undo x{rounds} in each of 2 processes: {undos} undos, {len(refused)} refused, undid another's change {wrong}, "
          f"own change still there after its undo {len(left)}", flush=True)
    for e in sorted(set(refused))[:4]: print("   refused:", e)
if '3' in SECTIONS: section3()

# 4. import --save of the same article at once, in two processes; one meeting each round?
def section4():
    art = "/tmp/fc7/articles/gia-lai-fc7.txt"; after = before = 0; dup = 0; rounds4 = max(5, N // 10); errs = []
    for k in range(rounds4):
        db = fresh("import.db"); before = q(db, "select count(*) from meeting")[0][0]
        (r1, t1), (r2, t2) = both(lambda: pb(db, "A", "import", "--save", art), lambda: pb(db, "B", "import", "--save", art))
        after = q(db, "select count(*) from meeting")[0][0]
        if after - before > 1: dup += 1
        for rc, t in ((r1, t1), (r2, t2)):
            if rc != 0: errs.append(t.splitlines()[-1][:160])
    print(f"import --save of one article in 2 processes at once x{rounds4}: rounds with a duplicate meeting {dup}; "
          f"refusals/errors {len(errs)}; new meetings in the last round {after - before}", flush=True)
    for e in sorted(set(errs))[:4]: print("   refused/error:", e)
if '4' in SECTIONS: section4()

# 5. search while the other process writes (visit edits and imports)
def section5():
    db = fresh("search.db"); stop = []; fails = []
    def writer():
        i = 0
        while not stop:
            pb(db, "W", "visit", "edit", VISIT, "--purpose", f"W-{i}"); i += 1
    def searcher():
        for i in range(max(10, N // 4)):
            rc, t = pb(db, "S", "search", "Ashikaga")
            if rc != 0 or "Exception" in t: fails.append(t.splitlines()[-1][:160] if t else f"rc {rc}")
        stop.append(1)
    both(writer, searcher)
    print(f"search during writes x{max(10, N // 4)}: failed {len(fails)}", flush=True)
    for e in sorted(set(fails))[:4]: print("   failed:", e)
if '5' in SECTIONS: section5()


# 6. import-json of an export edited by hand while a colleague edits: the colleague's change is never overwritten blind,
#    the edit is refused naming them, an edit of a record nobody touched goes in, and its officer's undo takes it back
def section6():
    db = fresh("importjson.db"); rounds = max(3, N // 10); refused_ok = blind = imported = undone_ok = kept = 0; errs = []
    ex = os.path.join(stores.W, f"a-{os.getpid()}.json"); os.makedirs(stores.W, exist_ok=True)
    def export():
        if os.path.exists(ex): os.remove(ex)
        rc, t = pb(db, "A", "export", "--out", ex)
        if rc != 0: errs.append("export: " + t.splitlines()[-1][:140])
        return json.load(open(ex, encoding="utf-8"))
    def hand_edit(data, purpose):
        for v in data["visits"]:
            if v["id"] == VISIT: v["purpose"] = purpose
        json.dump(data, open(ex, "w", encoding="utf-8"), ensure_ascii=False)
    for k in range(rounds):
        data = export()
        rc, t = pb(db, "B", "visit", "edit", VISIT, "--venue", f"B-venue-{k}")
        hand_edit(data, f"A-hand-{k}")
        rc, t = pb(db, "A", "import-json", ex)
        venue, purpose = q(db, "select venue, purpose from visit where id=?", VISIT)[0]
        if venue != f"B-venue-{k}": blind += 1
        if rc != 0 and "changed by B" in t and purpose != f"A-hand-{k}": refused_ok += 1
        elif rc != 0: errs.append("stale import: " + t.splitlines()[-1][:160])
        # again from a fresh export: goes in, then B records a follow-up, then A's undo takes back A's import alone
        hand_edit(export(), f"A-hand2-{k}")
        rc, t = pb(db, "A", "import-json", ex)
        if rc == 0 and q(db, "select purpose from visit where id=?", VISIT)[0][0] == f"A-hand2-{k}": imported += 1
        else: errs.append("fresh import: " + t.splitlines()[-1][:160])
        pb(db, "B", "follow-up", "--request", "r-ninh-binh-2", "--status", "in_progress", "--note", f"B-fc8-{k}")
        rc, t = pb(db, "A", "undo")
        purpose, venue = q(db, "select purpose, venue from visit where id=?", VISIT)[0]
        if rc == 0 and purpose != f"A-hand2-{k}" and venue == f"B-venue-{k}": undone_ok += 1
        else: errs.append("undo: " + t.splitlines()[-1][:160])
        if q(db, "select count(*) from request_followup where note=?", f"B-fc8-{k}")[0][0] == 1: kept += 1
    print(f"import-json of an export edited by hand after a colleague's visit edit x{rounds}: refused naming the colleague "
          f"{refused_ok}, colleague's change overwritten {blind}; from a fresh export imported {imported}, undone by its "
          f"officer {undone_ok}, colleague's follow-up kept {kept}; other errors {len(errs)}", flush=True)
    for e in sorted(set(errs))[:4]: print("   error:", e)
if '6' in SECTIONS: section6()
