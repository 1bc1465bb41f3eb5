#!/usr/bin/env bash
# The fault campaign of issues 14 and 23, repeatable: kill -9 during store creation, imports and exports, thousands
# of mutated articles, hostile files, outputs aimed at the store, exports taken during writes, undo after a
# colleague's change, planted links and libraries, and the C locale, all at a 256 MB heap. Prints a Markdown table (docs/BENCHMARKS.md keeps
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
# kill -9 only a process still running (not one already finished, a zombie): returns 1 when there was none to kill.
kill_running() { local st; st=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null); if [ -n "$st" ] && [ "$st" != Z ]; then kill -9 "$1" 2>/dev/null; return $?; fi; return 1; }

# Reference: what a complete new store holds.
$JAVA --db "$work/ref.db" provinces >/dev/null
want_partners=$(sqlite3 "$work/ref.db" "select count(*) from partner")

# A. kill -9 while a store is being created; the next command must find it complete (or finish it).
created_ok=0; created_bad=0; stray=0; created_kills=0
for i in $(seq 1 "$RUNS"); do
  db="$work/create-$i.db"
  $JAVA --db "$db" provinces >/dev/null 2>&1 & pid=$!
  sleep "$(rand_delay 0.2 2.5)"; kill_running "$pid" && created_kills=$((created_kills+1)); wait "$pid" 2>/dev/null
  $JAVA --db "$db" meetings --province "Phú Thọ" --json >/dev/null 2>&1
  p=$(sqlite3 "$db" "select count(*) from province" 2>/dev/null); k=$(sqlite3 "$db" "select count(*) from partner" 2>/dev/null)
  m=$(sqlite3 "$db" "select count(*) from meeting" 2>/dev/null); ok=$(sqlite3 "$db" "pragma integrity_check" 2>/dev/null)
  if [ "$p" = 34 ] && [ "$k" = "$want_partners" ] && [ "$m" = 6 ] && [ "$ok" = ok ]; then created_ok=$((created_ok+1)); else created_bad=$((created_bad+1)); fi
  ls "$work" | grep -q "create-$i.db.backup" && stray=$((stray+1))
done

# B. kill -9 during a folder import; every article saved before the kill must still be there, whole.
mkdir -p "$work/folder"; cp "$articles"/00[0-4]*.txt "$work/folder/"
import_ok=0; import_bad=0; lost=0; import_kills=0
for i in $(seq 1 "$RUNS"); do
  db="$work/import-$i.db"; cp "$work/ref.db" "$db"
  $JAVA --db "$db" import "$here/src/test/resources/ingest/phrasings/01_embassy_ngai_given_first.txt" --save >/dev/null 2>&1
  before=$(sqlite3 "$db" "select id from meeting order by id" | tr '\n' ' ')
  $JAVA --db "$db" import "$work/folder" --save --merge >/dev/null 2>&1 & pid=$!
  sleep "$(rand_delay 0.3 3.0)"; kill_running "$pid" && import_kills=$((import_kills+1)); wait "$pid" 2>/dev/null
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

# E. (issue 23) --out the store itself, its -wal name, a symlink and a hard link to it: refused in one line, store intact.
out_runs=0; out_held=0
sdb="$work/out.db"; cp "$work/ref.db" "$sdb"; ln -s out.db "$work/out-link.json"; ln "$sdb" "$work/out-hard.json"
sum_before=$(sha256sum "$sdb" | cut -d' ' -f1)
for target in "$sdb" "$sdb-wal" "$work/out-link.json" "$work/out-hard.json"; do
  for cmd in export brief; do
    out_runs=$((out_runs+1))
    if [ $cmd = export ]; then err=$($JAVA --db "$sdb" export --out "$target" 2>&1 >/dev/null); code=$?
    else err=$($JAVA --db "$sdb" brief --province "Gia Lai" --partner Ashikaga --out "$target" 2>&1 >/dev/null); code=$?; fi
    if [ "$code" != 0 ] && [ "$(printf '%s' "$err" | grep -c .)" = 1 ] && [ "$(sha256sum "$sdb" | cut -d' ' -f1)" = "$sum_before" ] \
       && [ "$(sqlite3 "$sdb" 'pragma integrity_check')" = ok ]; then out_held=$((out_held+1)); else echo "  --out not refused: $cmd --out $target ($err)" >&2; fi
  done
done

# F. (issue 23) exports taken while an import writes: each must import-json into a fresh store.
exp_runs=0; exp_ok=0; exp_bad=0
for i in $(seq 1 "$RUNS"); do
  db="$work/expw-$i.db"; cp "$work/ref.db" "$db"
  $JAVA --db "$db" import "$work/folder" --save --merge >/dev/null 2>&1 & pid=$!
  sleep "$(rand_delay 0.5 3.0)"
  if $JAVA --db "$db" export --out "$work/expw-$i.json" >/dev/null 2>&1; then
    exp_runs=$((exp_runs+1))
    if $JAVA --db "$work/expw-fresh-$i.db" import-json "$work/expw-$i.json" >/dev/null 2>&1; then exp_ok=$((exp_ok+1)); else exp_bad=$((exp_bad+1)); fi
  fi
  wait "$pid" 2>/dev/null
done

# G. (issue 23) a kill -9 during an export leaves no temporary file once the next export has run there.
tmp_kills=0; tmp_left=0
for i in $(seq 1 "$RUNS"); do
  mkdir -p "$work/exports-$i"
  $JAVA --db "$work/ref.db" export --out "$work/exports-$i/e.json" >/dev/null 2>&1 & pid=$!
  sleep "$(rand_delay 0.3 2.0)"; kill_running "$pid" && tmp_kills=$((tmp_kills+1)); wait "$pid" 2>/dev/null
  $JAVA --db "$work/ref.db" export --out "$work/exports-$i/again.json" >/dev/null 2>&1
  ls -A "$work/exports-$i" | grep -q 'tmp$' && tmp_left=$((tmp_left+1))
done

# H. (issue 23) undo after a colleague's change: a follow-up, then an import-json that adds 2 requests to the same
# meeting, then undo; the colleague's requests must stay.
udb="$work/undo.db"; cp "$work/ref.db" "$udb"
meeting=m-2025-11-25-phu-tho-embassy
req=$(sqlite3 "$udb" "select id from request where meeting_id='$meeting' limit 1")
$JAVA --db "$udb" follow-up --request "$req" --status in_progress --note "campaign" >/dev/null 2>&1
$JAVA --db "$udb" export --out "$work/undo.json" >/dev/null 2>&1
python3 - "$work/undo.json" "$meeting" <<'PY'
import json, sys, copy
d = json.load(open(sys.argv[1]))
for m in d['meetings']:
    if m['id'] == sys.argv[2]:
        for k in (1, 2):
            r = copy.deepcopy(m['requests'][0]); r['id'] = r['id'] + '-colleague-%d' % k; m['requests'].append(r)
json.dump(d, open(sys.argv[1], 'w'), ensure_ascii=False)
PY
$JAVA --db "$udb" import-json "$work/undo.json" >/dev/null 2>&1
after_merge=$(sqlite3 "$udb" "select count(*) from request where meeting_id='$meeting'")
$JAVA --db "$udb" undo >/dev/null 2>&1
after_undo=$(sqlite3 "$udb" "select count(*) from request where meeting_id='$meeting'")
undo_lost=$((after_merge-after_undo))

# I. (issue 23) planted files: the log at a link, a same-size library in the cache, --out a link in a sticky shared folder.
planted=0; planted_held=0
cache="$work/cache"; mkdir -p "$cache/protocol-brief"; ln -s "$work/log-victim" "$cache/protocol-brief/protocol-brief.log"
planted=$((planted+1)); XDG_CACHE_HOME="$cache" $JAVA --db "$work/ref.db" provinces >/dev/null 2>&1
[ ! -e "$work/log-victim" ] && planted_held=$((planted_held+1))
libdir=$(ls -d "$cache"/protocol-brief/native/sqlite-* 2>/dev/null | head -n 1)
if [ -n "$libdir" ]; then
  lib=$(ls "$libdir" | grep -v part | head -n 1); size=$(stat -c %s "$libdir/$lib"); good=$(sha256sum "$libdir/$lib" | cut -d' ' -f1)
  head -c "$size" /dev/zero > "$libdir/$lib"
  planted=$((planted+1)); XDG_CACHE_HOME="$cache" $JAVA --db "$work/ref.db" provinces >/dev/null 2>&1
  [ "$(sha256sum "$libdir/$lib" | cut -d' ' -f1)" = "$good" ] && planted_held=$((planted_held+1))
fi
mkdir -p "$work/sticky"; chmod 1777 "$work/sticky"; echo theirs > "$work/other-users-file"
ln -s "$work/other-users-file" "$work/sticky/brief.json"
planted=$((planted+1)); $JAVA --db "$work/ref.db" export --out "$work/sticky/brief.json" >/dev/null 2>&1
[ "$(cat "$work/other-users-file")" = theirs ] && planted_held=$((planted_held+1))

# J. (issue 23) LANG=C: Vietnamese arguments, a province, a file name with diacritics.
c_runs=3; c_held=0
LC_ALL=C LANG=C $JAVA --db "$work/ref.db" search "trống đồng" 2>/dev/null | grep -q "Trống đồng" && c_held=$((c_held+1))
LC_ALL=C LANG=C $JAVA --db "$work/ref.db" meetings --province "Phú Thọ" 2>/dev/null | grep -q "Phú Thọ" && c_held=$((c_held+1))
mkdir -p "$work/bài viết"; cp "$here/src/test/resources/ingest/phrasings/01_embassy_ngai_given_first.txt" "$work/bài viết/tiếp đoàn.txt"
LC_ALL=C LANG=C $JAVA --db "$work/ref.db" import "$work/bài viết/tiếp đoàn.txt" >/dev/null 2>&1 && c_held=$((c_held+1))

# K. (issue 23) 5 MB of short lines, each continuing the sentence before: imported or refused within 60 s.
python3 -c "import sys; sys.stdout.write('Chiều 5/3, Chủ tịch UBND tỉnh Phú Thọ tiếp ông Tanaka Taro,\n' + 'a\n' * 2600000)" > "$work/lines.txt"
start=$(date +%s.%N); $JAVA --db "$work/ref.db" import "$work/lines.txt" >/dev/null 2>&1; lines_code=$?; end=$(date +%s.%N)
lines_s=$(python3 -c "print(round($end-$start,1))")
lines_held=$(python3 -c "print(1 if $lines_s < 60 and $lines_code in (0, 1) else 0)")

echo "| fault | runs | held | failed |"
echo "|---|---:|---:|---:|"
echo "| kill -9 while a new store is created ($created_kills of the kills hit a running process); next command finds it complete (34 provinces, $want_partners partners, 6 demo meetings, integrity ok) | $RUNS | $created_ok | $created_bad (stray backups: $stray) |"
echo "| kill -9 during a folder import ($import_kills of the kills hit a running process); integrity and foreign keys ok, no meeting without its source | $RUNS | $import_ok | $import_bad (commits lost: $lost) |"
read -r n drafted refused crashed hung slow <<<"$fuzz"
echo "| mutated articles (fuzz-import --count $FUZZ, -Xmx256m): $drafted drafted, $refused refused in one line; slowest ${slow} ms | $n | $((n-crashed-hung)) | $crashed crashed, $hung hung |"
echo "| hostile files (unclosed markup, /dev/zero, /dev/urandom, 3 GB pipe, 1 GB .docx, broken JSON) answered in one line within 10 s at -Xmx256m; slowest ${slowest} s | $crafted | $answered | $((crafted-answered)) |"
echo "| --out the store, its -wal name, a symlink and a hard link to it (export and brief): refused in one line, store byte-for-byte the same | $out_runs | $out_held | $((out_runs-out_held)) |"
echo "| export taken while an import writes, then import-json into a fresh store | $exp_runs | $exp_ok | $exp_bad |"
echo "| kill -9 during an export ($tmp_kills of the kills hit a running process); no temporary file left once the next export there has run | $RUNS | $((RUNS-tmp_left)) | $tmp_left |"
echo "| undo after a colleague's import-json added 2 requests to the same meeting: requests lost | 1 | $([ "$undo_lost" = 0 ] && echo 1 || echo 0) | $undo_lost lost ($after_merge → $after_undo) |"
echo "| planted files: the log at a link, a same-size library in the cache, --out a link in a sticky shared folder | $planted | $planted_held | $((planted-planted_held)) |"
echo "| LANG=C: search \"trống đồng\", --province \"Phú Thọ\", import of \"bài viết/tiếp đoàn.txt\" | $c_runs | $c_held | $((c_runs-c_held)) |"
echo "| 5 MB of one-letter wrapped lines (2.6 million) imported or refused within 60 s: took ${lines_s} s (exit $lines_code) | 1 | $lines_held | $((1-lines_held)) |"
