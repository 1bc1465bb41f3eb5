#!/usr/bin/env bash
# fc7 fault campaign (issue 20): outputs aimed at stores, hostile inputs, two processes on one store.
# Usage: tools/fc7/run-campaign.sh JAR [N_EDITS]   (python3 and sqlite3 on the PATH; works in /tmp/fc7)
# Prints one line per run and each part's counts; N_EDITS visit edits per process (default 100).
set -euo pipefail
JAR=$(readlink -f "$1"); N=${2:-100}; HERE=$(cd "$(dirname "$0")" && pwd)
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
python3 out_targets.py "$JAR" | tail -n +1
python3 hostile.py "$JAR"
python3 two_hands.py "$JAR" "$N"
