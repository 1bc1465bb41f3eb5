#!/usr/bin/env bash
# The campaign's store in /tmp/fc7 (fc7 and fc8): demo meetings, a coming visit (visit.txt), a visit done for the
# letter (visit_done.txt), a copy (base.good.db), its export (ex.json) and the hostile files. Usage: setup-store.sh JAR
set -euo pipefail
JAR=$(readlink -f "$1"); HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p /tmp/fc7 && cd /tmp/fc7
cp "$HERE"/*.py /tmp/fc7/ 2>/dev/null || true
mkdir -p articles && cp "$HERE"/gia-lai-fc7.txt articles/
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
