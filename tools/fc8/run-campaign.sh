#!/usr/bin/env bash
# fc8 fault campaign (issue 20): fc7's parts on today's build, two hands and kills during sync on SQLite and on a
# PostgreSQL server. Usage: tools/fc8/run-campaign.sh JAR [N_EDITS] [KILLS]
# PARTS (default "setup hostile hands sync") picks parts; FC8_PG=HOST:PORT (a server started by hand, trust logins)
# runs the two-hands and sync parts on PostgreSQL too. python3, sqlite3 and psql on the PATH; works in /tmp/fc7.
set -euo pipefail
JAR=$(readlink -f "$1"); N=${2:-10}; KILLS=${3:-20}; HERE=$(cd "$(dirname "$0")" && pwd); FC7="$HERE/../fc7"
PARTS=${PARTS:-setup hostile hands sync}
mkdir -p /tmp/fc7 && cd /tmp/fc7
cp "$FC7"/*.py /tmp/fc7/
mkdir -p articles && cp "$FC7"/gia-lai-fc7.txt articles/
if [[ " $PARTS " == *" setup "* ]]; then
  rm -f base.db base.db-wal base.db-shm
  pb() { java -Xmx256m -jar "$JAR" --db base.db "$@"; }
  pb provinces >/dev/null
  pb --json visit add --province "Gia Lai" --partner Ashikaga --date 2027-01-10 --leader "HAYAKAWA Naohide" \
     --host "Nguyễn Văn A=Chủ tịch UBND tỉnh" --purpose x | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])' > visit.txt
  pb --json visit add --province "Gia Lai" --partner Ashikaga --date 2026-11-10 --leader "HAYAKAWA Naohide" \
     --host "Nguyễn Văn A=Chủ tịch UBND tỉnh" --purpose y | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])' > visit_done.txt
  pb visit done "$(cat visit_done.txt)" --outcome "Hai bên thống nhất hợp tác." >/dev/null
  cp base.db base.good.db
  java -jar "$JAR" --db base.db export --out ex.json >/dev/null
  python3 make_hostile.py >/dev/null
fi
[[ " $PARTS " == *" out "* ]] && python3 out_targets.py "$JAR"
[[ " $PARTS " == *" hostile "* ]] && python3 hostile.py "$JAR"
if [[ " $PARTS " == *" hands "* ]]; then
  FC8_PG= python3 "$HERE"/two_hands.py "$JAR" "$N"
  [[ -n "${FC8_PG:-}" ]] && python3 "$HERE"/two_hands.py "$JAR" "$N"
fi
if [[ " $PARTS " == *" sync "* ]]; then
  FC8_PG= python3 "$HERE"/sync_kill.py "$JAR" "$KILLS"
  [[ -n "${FC8_PG:-}" ]] && python3 "$HERE"/sync_kill.py "$JAR" "$KILLS"
fi
true
