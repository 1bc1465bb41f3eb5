"""fc8: one fresh store for a part of the campaign, on SQLite (a copy of /tmp/fc7/base.good.db) or on a PostgreSQL
server (FC8_PG=HOST:PORT, trust logins: a new database, `office init`, the records of /tmp/fc7/ex.json imported by
the owner, editor logins A, B, W, S), with the command, the query and the officer's --db for either."""
import os, shutil, sqlite3, subprocess, itertools
JAR = None
PG = os.environ.get("FC8_PG")            # e.g. 127.0.0.1:55439; unset: SQLite
W = os.environ.get("FC8_DIR", "/tmp/fc7/hands8")
_n = itertools.count()
def pb(db, who, *argv, timeout=300):
    target = db.replace("postgresql://postgres@", f"postgresql://{who}@") if db.startswith("postgresql:") else db
    p = subprocess.run(["java", "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", JAR, "--db", target, "--as", who] + list(argv),
                       capture_output=True, text=True, timeout=timeout)
    return p.returncode, (p.stdout + p.stderr).strip()
def psql(dbname, sql):
    host, port = PG.split(":")
    p = subprocess.run(["psql", "-h", host, "-p", port, "-U", "postgres", "-d", dbname, "-At", "-F", "\t", "-c", sql],
                       capture_output=True, text=True)
    if p.returncode != 0: raise RuntimeError(p.stderr.strip())
    return p.stdout
def fresh(name):
    if not PG:
        os.makedirs(W, exist_ok=True); p = os.path.join(W, name)
        for s in ("", "-wal", "-shm"):
            if os.path.exists(p + s): os.remove(p + s)
        shutil.copy("/tmp/fc7/base.good.db", p); return p
    dbname = f"fc8_{name.split('.')[0]}_{os.getpid()}_{next(_n)}"
    psql("postgres", f'CREATE DATABASE "{dbname}" TEMPLATE template0 ENCODING \'UTF8\' LC_COLLATE \'C\' LC_CTYPE \'C\'')
    url = f"postgresql://postgres@{PG}/{dbname}"
    for argv in (["office", "init"], ["import-json", "/tmp/fc7/ex.json"]) + tuple(["office", "user", "add", u, "--role", "editor"] for u in "ABWS"):
        rc, t = pb(url, "postgres", *argv)
        if rc != 0: raise RuntimeError(f"{argv}: {t}")
    return url
def lit(v):
    return "NULL" if v is None else "'" + str(v).replace("'", "''") + "'"
def q(db, sql, *a):
    if not db.startswith("postgresql:"):
        c = sqlite3.connect(db); c.execute("pragma busy_timeout=20000")
        try: return c.execute(sql, a).fetchall()
        finally: c.close()
    parts = sql.split("?"); s = parts[0]
    for v, rest in zip(a, parts[1:]): s += lit(v) + rest
    out = psql(db.rsplit("/", 1)[1], s)
    return [tuple(None if f == "" else (int(f) if f.lstrip("-").isdigit() else f) for f in line.split("\t"))
            for line in out.splitlines()]
