#!/usr/bin/env bash
# fc7 fault campaign (issue 20): outputs aimed at stores, hostile inputs, two processes on one store.
# Usage: tools/fc7/run-campaign.sh JAR [N_EDITS]   (python3 and sqlite3 on the PATH; works in /tmp/fc7)
# Prints one line per run and each part's counts; N_EDITS visit edits per process (default 100). The two-hands part
# is fc8's (tools/fc8/two_hands.py: the same parts and one more, on SQLite unless FC8_PG is set).
set -euo pipefail
JAR=$(readlink -f "$1"); N=${2:-100}; HERE=$(cd "$(dirname "$0")" && pwd)
"$HERE"/setup-store.sh "$JAR"
cd /tmp/fc7
python3 out_targets.py "$JAR" | tail -n +1
python3 hostile.py "$JAR"
FC8_PG= python3 "$HERE"/../fc8/two_hands.py "$JAR" "$N"
