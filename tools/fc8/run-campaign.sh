#!/usr/bin/env bash
# fc8 fault campaign (issue 20): fc7's parts on today's build, two hands and kills during sync on SQLite and on a
# PostgreSQL server. Usage: tools/fc8/run-campaign.sh JAR [N_EDITS] [KILLS]
# PARTS (default "setup hostile hands sync") picks parts; FC8_PG=HOST:PORT (a server started by hand, trust logins)
# runs the two-hands and sync parts on PostgreSQL too. python3, sqlite3 and psql on the PATH; works in /tmp/fc7.
set -euo pipefail
JAR=$(readlink -f "$1"); N=${2:-10}; KILLS=${3:-20}; HERE=$(cd "$(dirname "$0")" && pwd); FC7="$HERE/../fc7"
PARTS=${PARTS:-setup hostile hands sync}
[[ " $PARTS " == *" setup "* ]] && "$FC7"/setup-store.sh "$JAR"
cd /tmp/fc7
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
