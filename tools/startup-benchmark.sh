#!/usr/bin/env bash
# Cold start of every command kind and of the window, side by side with LibreOffice (issue 13). Prints a Markdown
# table; docs/BENCHMARKS.md keeps the last one. Needs hyperfine, soffice (LibreOffice), python3, xvfb-run (or a
# DISPLAY) for the window; the installed application is an app folder (/opt/protocol-brief, or a .deb unpacked with
# dpkg -x). Usage:
#   tools/startup-benchmark.sh APP_DIR [JAR] [BEFORE_JAR] [BIG_STORE]
#     APP_DIR     the installed application (its bin/ and lib/)
#     JAR         target/protocol-brief.jar, run with `java -jar` (default)
#     BEFORE_JAR  a jar of an earlier build to compare with (optional)
#     BIG_STORE   a 50,000-meeting store for the window's memory (optional; `benchmark --keep FILE` makes one)
set -uo pipefail
app=${1:?usage: tools/startup-benchmark.sh APP_DIR [JAR] [BEFORE_JAR] [BIG_STORE]}
jar=${2:-target/protocol-brief.jar}
before=${3:-}
big=${4:-}
runs=${RUNS:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LANG=C.UTF-8
cli="$app/bin/protocol-brief-cli"
window="$app/bin/protocol-brief"
java17=${JAVA17:-java}
c1="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
store="$work/demo.db"
"$cli" --db "$store" provinces >/dev/null
pack=(--province "Phú Thọ" --partner "Embassy of Japan")

# The same pack as XHTML, for LibreOffice.
"$cli" --db "$store" brief "${pack[@]}" --out "$work/pack.pdf" --xhtml "$work/pack.xhtml" >/dev/null
pages=$(pdfinfo "$work/pack.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
soffice --headless --convert-to pdf --outdir "$work/lo" "$work/pack.xhtml" >/dev/null 2>&1

median() { # hyperfine JSON → median seconds of command N
  python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][int(sys.argv[2])]; print('%.2f' % r['median'])" "$1" "$2"
}
q() { printf '%q ' "$@"; }

hyperfine -N -w 1 -r "$runs" --export-json "$work/brief.json" \
  "$(q "$cli" --db "$store" brief "${pack[@]}" --out "$work/a.pdf")" \
  "$(q soffice --headless --convert-to pdf --outdir "$work/lo" "$work/pack.xhtml")" \
  "$(q "$java17" $c1 -jar "$jar" --db "$store" brief "${pack[@]}" --out "$work/b.pdf")" >/dev/null 2>&1
b_app=$(median "$work/brief.json" 0); b_lo=$(median "$work/brief.json" 1); b_jar=$(median "$work/brief.json" 2)

hyperfine -N -w 1 -r "$runs" --export-json "$work/short.json" \
  "$(q "$cli" --db "$store" provinces)" \
  "$(q "$cli" --db "$store" resolve "tỉnh Bình Định cũ")" \
  "$(q "$java17" $c1 -jar "$jar" --db "$store" provinces)" \
  "$(q "$java17" -jar "$jar" --db "$store" provinces)" >/dev/null 2>&1
p_app=$(median "$work/short.json" 0); r_app=$(median "$work/short.json" 1)
p_jarc1=$(median "$work/short.json" 2); p_jar=$(median "$work/short.json" 3)

if [ -n "$before" ]; then
  hyperfine -N -w 1 -r "$runs" --export-json "$work/before.json" \
    "$(q "$java17" $c1 -jar "$before" --db "$work/before.db" provinces)" \
    "$(q "$java17" $c1 -jar "$before" --db "$work/before.db" brief "${pack[@]}" --out "$work/c.pdf")" >/dev/null 2>&1
  p_before=$(median "$work/before.json" 0); b_before=$(median "$work/before.json" 1)
fi

# The window: interactive (shown, the pair's history in its table), median of RUNS, and resident memory.
if [ -n "${DISPLAY:-}" ]; then x=(); else x=(xvfb-run -a -s "-screen 0 1366x768x24"); fi
interactive() { # command… → "median_ms rss_mb"
  for i in $(seq "$runs"); do "${x[@]}" "$@" --measure-startup 2>/dev/null | tail -n 1; done | python3 -c "
import json,sys,statistics
rows=[json.loads(l) for l in sys.stdin if l.startswith('{')]
print('%d %d' % (statistics.median(r['interactiveMs'] for r in rows), max(r['rssMb'] for r in rows)))"
}
read -r w_app w_app_rss < <(interactive "$window" --db "$store")
read -r w_jar w_jar_rss < <(interactive "$java17" $c1 -Xms32m -jar "$jar" --db "$store")
if [ -n "$big" ]; then
  read -r w_big w_big_rss < <(interactive "$window" --db "$big")
fi

warm=$("$java17" -jar "$jar" benchmark-pack 2>/dev/null)
demo_warm=$(echo "$warm" | sed -n 's/^demo:.*total *\([0-9]*\) ms.*/\1/p')
heavy_warm=$(echo "$warm" | sed -n 's/^heavy:.*total *\([0-9]*\) ms.*/\1/p')

ratio=$(python3 -c "print('%.2f' % ($b_app / $b_lo))")
echo "| what | installed launcher (JDK 25, AOT cache) | \`java -jar\`, JDK 17, C1 | goal |"
echo "|---|---:|---:|---|"
echo "| \`brief\`, demo pack ($pages pages), whole command | **$b_app s** | $b_jar s | ≤ LibreOffice |"
echo "| LibreOffice \`soffice --headless --convert-to pdf\`, the same pack's XHTML | $b_lo s | | |"
echo "| ratio brief / LibreOffice | **$ratio** | | ≤ 1.0 |"
echo "| \`provinces\` | **$p_app s** | $p_jarc1 s (plain \`java -jar\`: $p_jar s) | ≤ 0.4 s |"
echo "| \`resolve \"tỉnh Bình Định cũ\"\` | **$r_app s** | | ≤ 0.4 s |"
echo "| window, interactive (demo store) | **$w_app ms**, $w_app_rss MB | $w_jar ms, $w_jar_rss MB | ≤ 1,000 ms |"
[ -n "$big" ] && echo "| window, interactive (50,000 meetings) | **$w_big ms**, $w_big_rss MB | | ≤ 1,000 ms, ≤ 250 MB |"
echo "| warm in one process: demo pack / heavy pack | $demo_warm ms / $heavy_warm ms | | ≤ 200 ms / ≤ 1,500 ms |"
[ -n "$before" ] && echo "| before (\`java -jar\` of BEFORE_JAR, JDK 17, C1): \`provinces\` / \`brief\` | $p_before s / $b_before s | | |"
echo
echo "Medians of $runs runs each (hyperfine, one warm-up run); the window's median of $runs \`--measure-startup\` runs."
