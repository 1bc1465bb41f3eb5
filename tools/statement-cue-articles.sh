#!/usr/bin/env bash
# statement-cue-articles.sh JAR DIR [DIR...]
# For every statement cue of assets/ingest/cues.csv (the kinds the statement reader uses), in how many articles of
# each annotated folder (DIR/articles) it occurs, and the total; rarest first. A cue under 3 articles in all is
# flagged "<3": ADR 0004 keeps such a word only when it is closed grammatical vocabulary, never a topic of one
# article. Uses `benchmark-import --vocabulary-coverage` (the same matching as the importer's cues).
set -euo pipefail
jar=$1; shift
kinds='request|commitment|own_offer|thanks|appreciation|appreciated_deed|appreciated_plan|agreement_verb|both_sides|vague_hope|occasion|relationship|about|background|describing|own_bodies|list_verb|action_verb|general_wish|connector|recalled|proposal|jp_subject|vn_subject'
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
names=()
for d in "$@"; do
  name=$(basename "$d")
  names+=("$name")
  mkdir -p "$tmp/$name"
  for f in "$d"/articles/*; do ln -s "$(readlink -f "$f")" "$tmp/$name/$(basename "$f")"; done
  java -jar "$jar" benchmark-import --vocabulary-coverage "$tmp/$name" 2>/dev/null \
    | awk -F'\t' -v k="^($kinds)\$" '$2=="cues.csv" && $3 ~ k {print $3"\t"$4"\t"$1}' > "$tmp/$name.tsv"
done
{
  printf 'total'; for n in "${names[@]}"; do printf '\t%s' "$n"; done; printf '\tkind\tphrase\n'
  awk -F'\t' -v sets="${#names[@]}" '
    { key = $1 "\t" $2; if (!(key in seen)) { seen[key] = 1; order[++count] = key }
      per[key, FILENAME] = $3; total[key] += $3; files[FILENAME] = 1 }
    END { n = 0; for (f in files) list[++n] = f
          for (i = 1; i <= count; i++) { k = order[i]; line = total[k]
            for (j = 1; j <= ARGC - 1; j++) line = line "\t" per[k, ARGV[j]] + 0
            print line "\t" k (total[k] < 3 ? "\t<3" : "") } }' $(for n in "${names[@]}"; do echo "$tmp/$n.tsv"; done) \
    | sort -t$'\t' -k1,1n -s
}
