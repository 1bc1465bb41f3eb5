#!/usr/bin/env bash
# The fault campaign of issue 14, repeatable: kill -9 during store creation and during imports, thousands of
# mutated articles, and hostile files, all at a 256 MB heap. Prints a Markdown table (docs/BENCHMARKS.md keeps
# the last one). Needs bash, python3 and sqlite3. Usage: tools/fault-campaign.sh [JAR] [RUNS] [FUZZ_COUNT]
set -uo pipefail
JAR=${1:-target/protocol-brief.jar}
RUNS=${2:-20}
FUZZ=${3:-10000}
JAVA="java -Xmx256m -XX:TieredStopAtLevel=1 -jar $JAR"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
here=$(cd "$(dirname "$0")/.." && pwd)
articles="$here/src/test/resources/articles"

rand_delay() { python3 -c "import random; print(round(random.uniform($1, $2), 2))"; }

# Reference: what a complete new store holds.
$JAVA --db "$work/ref.db" provinces >/dev/null
want_partners=$(sqlite3 "$work/ref.db" "select count(*) from partner")

# A. kill -9 while a store is being created; the next command must find it complete (or finish it).
created_ok=0; created_bad=0; stray=0
for i in $(seq 1 "$RUNS"); do
  db="$work/create-$i.db"
  $JAVA --db "$db" provinces >/dev/null 2>&1 & pid=$!
  sleep "$(rand_delay 0.2 2.5)"; kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  $JAVA --db "$db" meetings --province "Phú Thọ" --json >/dev/null 2>&1
  p=$(sqlite3 "$db" "select count(*) from province" 2>/dev/null); k=$(sqlite3 "$db" "select count(*) from partner" 2>/dev/null)
  m=$(sqlite3 "$db" "select count(*) from meeting" 2>/dev/null); ok=$(sqlite3 "$db" "pragma integrity_check" 2>/dev/null)
  if [ "$p" = 34 ] && [ "$k" = "$want_partners" ] && [ "$m" = 6 ] && [ "$ok" = ok ]; then created_ok=$((created_ok+1)); else created_bad=$((created_bad+1)); fi
  ls "$work" | grep -q "create-$i.db.backup" && stray=$((stray+1))
done

# B. kill -9 during a folder import; every article saved before the kill must still be there, whole.
mkdir -p "$work/folder"; cp "$articles"/00[0-4]*.txt "$work/folder/"
import_ok=0; import_bad=0; lost=0
for i in $(seq 1 "$RUNS"); do
  db="$work/import-$i.db"; cp "$work/ref.db" "$db"
  $JAVA --db "$db" import "$here/src/test/resources/ingest/phrasings/01_embassy_ngai_given_first.txt" --save >/dev/null 2>&1
  before=$(sqlite3 "$db" "select id from meeting order by id" | tr '\n' ' ')
  $JAVA --db "$db" import "$work/folder" --save --merge >/dev/null 2>&1 & pid=$!
  sleep "$(rand_delay 0.3 3.0)"; kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  $JAVA --db "$db" search "ito naoki" >/dev/null 2>&1 || true
  ok=$(sqlite3 "$db" "pragma integrity_check"); fk=$(sqlite3 "$db" "pragma foreign_key_check" | wc -l)
  orphans=$(sqlite3 "$db" "select count(*) from meeting m where not exists (select 1 from meeting_source s where s.meeting_id = m.id) and m.id like 'm-2%'")
  for id in $before; do sqlite3 "$db" "select count(*) from meeting where id='$id'" | grep -q '^1$' || lost=$((lost+1)); done
  if [ "$ok" = ok ] && [ "$fk" = 0 ] && [ "$orphans" = 0 ]; then import_ok=$((import_ok+1)); else import_bad=$((import_bad+1)); fi
done

# C. mutated articles.
fuzz=$($JAVA fuzz-import --count "$FUZZ" --json 2>/dev/null | python3 -c "import json,sys; d=json.load(sys.stdin); print(d['articles'], d['drafted'], d['refused'], d['crashed'], d['hung'], d['slowestMs'])")

# D. hostile files: each answered in one line, exit 1, within 10 s, at a 256 MB heap.
python3 - "$work" <<'PY'
import sys, zipfile, json
w = sys.argv[1]
open(f'{w}/script.html', 'w').write('<html><body><p>Chiều 5/3 tiếp đoàn.</p><script>' + 'var a=1;' * 220000)
open(f'{w}/comment.html', 'w').write('<html><body><p>x</p><!--' + 'abc ' * 250000)
open(f'{w}/meta.html', 'w').write('<html><head>' + '<meta name="x">' * 100000 + '</head><body>tiếp</body></html>')
open(f'{w}/angles.html', 'w').write('<html><body>' + '<' * 400000)
with zipfile.ZipFile(f'{w}/bomb.docx', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('word/document.xml', ' ' * (1 << 30))
empty = {"format": 1, "partners": [], "persons": [], "sources": [], "meetings": [], "agreements": [], "aidProjects": [],
         "keyFigures": [], "localityLinks": [], "sensitivities": []}
aid = '{"id":"a1","provinceId":"phu-tho","title":"x","amount":AMOUNT,"currency":"USD","status":"approved"}'
base = json.dumps(empty)
open(f'{w}/exp.json', 'w').write(base.replace('"aidProjects": []', '"aidProjects": [' + aid.replace('AMOUNT', '1e999999999') + ']'))
open(f'{w}/digits.json', 'w').write(base.replace('"aidProjects": []', '"aidProjects": [' + aid.replace('AMOUNT', '1' * 1200) + ']'))
open(f'{w}/deep.json', 'w').write('{"format":1,"partners":' + '[' * 100000 + ']' * 100000 + '}')
open(f'{w}/trailing.json', 'w').write(base + ' garbage')
open(f'{w}/null.json', 'w').write(base.replace('"meetings": []', '"meetings": [null]'))
PY
crafted=0; answered=0; slowest=0
check() { # args: description, command...
  crafted=$((crafted+1)); local start end err code lines
  start=$(date +%s.%N); err=$("${@:2}" 2>&1 >/dev/null); code=$?; end=$(date +%s.%N)
  lines=$(printf '%s' "$err" | grep -c .)
  local t; t=$(python3 -c "print(round($end-$start,2))")
  slowest=$(python3 -c "print(max($slowest,$t))")
  if [ "$code" = 1 ] && [ "$lines" = 1 ] && python3 -c "import sys; sys.exit(0 if $t < 10 else 1)"; then answered=$((answered+1)); else echo "  not answered in one line within 10 s: $1 (exit $code, $lines lines, ${t}s)" >&2; fi
}
db="$work/ref.db"
for f in script.html comment.html meta.html angles.html bomb.docx; do check "$f" $JAVA --db "$db" import "$work/$f"; done
check /dev/zero $JAVA --db "$db" import /dev/zero
check /dev/urandom $JAVA --db "$db" import /dev/urandom
check "3 GB on stdin" bash -c "head -c 3G /dev/zero | $JAVA --db '$db' import -"
for f in exp.json digits.json deep.json trailing.json null.json; do check "$f" $JAVA --db "$db" import-json "$work/$f"; done

echo "| fault | runs | held | failed |"
echo "|---|---:|---:|---:|"
echo "| kill -9 while a new store is created; next command finds it complete (34 provinces, $want_partners partners, 6 demo meetings, integrity ok) | $RUNS | $created_ok | $created_bad (stray backups: $stray) |"
echo "| kill -9 during a folder import; integrity and foreign keys ok, no meeting without its source | $RUNS | $import_ok | $import_bad (commits lost: $lost) |"
read -r n drafted refused crashed hung slow <<<"$fuzz"
echo "| mutated articles (fuzz-import --count $FUZZ, -Xmx256m): $drafted drafted, $refused refused in one line; slowest ${slow} ms | $n | $((n-crashed-hung)) | $crashed crashed, $hung hung |"
echo "| hostile files (unclosed markup, /dev/zero, /dev/urandom, 3 GB pipe, 1 GB .docx, broken JSON) answered in one line within 10 s at -Xmx256m; slowest ${slowest} s | $crafted | $answered | $((crafted-answered)) |"
