#!/usr/bin/env bash
# fc10 (issue 20, "Done when"): ten officers as ten operating-system processes (each its own JVM and store
# connections) writing and reading one store for a minute: on one SQLite file, then on a PostgreSQL 15 server started
# here by hand (initdb, pg_ctl; port 55439, trust on 127.0.0.1; stopped at the end). Each round counts and compares:
# the shared count against the saves that succeeded (less those undone), each officer's figures as it left them, and
# every undo's change against the officer's own latest. Usage: tools/fc10/ten-processes.sh JAR [ROUNDS] [SECONDS]
# STORES="sqlite postgresql" picks the stores. Works in /tmp/fc10pg (the server's data, removed at the end).
set -euo pipefail
JAR=$(readlink -f "$1"); ROUNDS=${2:-2}; SECONDS_=${3:-60}; STORES=${STORES:-sqlite postgresql}
PGBIN=/usr/lib/postgresql/15/bin; W=/tmp/fc10pg; PORT=55439
uname -srm; nproc; grep -m1 'model name' /proc/cpuinfo || true; java -version 2>&1 | head -1
if [[ " $STORES " == *" sqlite "* ]]; then
  for r in $(seq "$ROUNDS"); do
    echo "== SQLite file, round $r ($(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg))"
    java -jar "$JAR" benchmark-concurrency --clients 10 --seconds "$SECONDS_" --processes || echo "(exit $?)"
  done
fi
if [[ " $STORES " == *" postgresql "* ]]; then
  rm -rf "$W"; mkdir -p "$W"; chown postgres "$W"
  as_pg() { su postgres -s /bin/bash -c "$*"; }
  as_pg "$PGBIN/initdb -D $W/data -U postgres --auth=trust -E UTF8 --locale=C" > "$W/initdb.log"
  as_pg "$PGBIN/pg_ctl -D $W/data -l $W/pg.log -o '-p $PORT -k $W -c listen_addresses=127.0.0.1' -w start" > /dev/null
  trap 'as_pg "$PGBIN/pg_ctl -D $W/data -m fast stop" > /dev/null; rm -rf "$W"' EXIT
  "$PGBIN/postgres" --version
  for r in $(seq "$ROUNDS"); do
    db="fc10_round$r"
    psql -h 127.0.0.1 -p $PORT -U postgres -d postgres -qc "CREATE DATABASE $db TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
    # The demo meetings the soak's shared visit names (an office store is never given them): from a new file's export.
    rm -f "$W/demo.db" "$W/demo.json"; java -jar "$JAR" --db "$W/demo.db" export --out "$W/demo.json" > /dev/null
    java -jar "$JAR" --db "postgresql://postgres@127.0.0.1:$PORT/$db" import-json "$W/demo.json" > /dev/null
    echo "== PostgreSQL, round $r ($(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg))"
    java -jar "$JAR" --db "postgresql://postgres@127.0.0.1:$PORT/$db" benchmark-concurrency --clients 10 \
        --seconds "$SECONDS_" --processes || echo "(exit $?)"
  done
fi
