#!/usr/bin/env bash
# Builds, on the machine it runs on, the self-contained app image (jlink runtime + the application) and
# that system's installer: .deb on Linux, .msi on Windows, .dmg on macOS. Run after `mvn package`
# (the Maven profile `installer` does both: mvn -Pinstaller -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/.."

jar=target/protocol-brief.jar
[ -f "$jar" ] || { echo "error: $jar is missing: run mvn package first" >&2; exit 1; }
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)</version>.*:\1:p' pom.xml | head -n 1)
case "$(uname -s)" in
  Linux*) os=linux ;;
  Darwin*) os=macos ;;
  MINGW*|MSYS*|CYGWIN*) os=windows ;;
  *) echo "error: unsupported system $(uname -s)" >&2; exit 1 ;;
esac
bin=${JAVA_HOME:+$JAVA_HOME/bin/}

rm -rf target/jpackage target/runtime target/dist
mkdir -p target/jpackage/input target/dist
cp "$jar" target/jpackage/input/
# The licences travel with the application (lib/app next to the jar).
cp packaging/licenses/*.txt target/jpackage/input/

# The classes the window loads on its way to interactive, for the class-data archive the Linux package
# builds at install time (packaging/linux/postinst). Listing them means running the window once, so it
# needs a display (or xvfb-run); without one the package is built without the list and starts slower.
tmpdb=$(mktemp -d)/classes.db
if [ $os != linux ] || [ -n "${DISPLAY:-}" ]; then run=(); elif command -v xvfb-run >/dev/null; then run=(xvfb-run -a); else run=(skip); fi
if [ "${run[0]:-}" != skip ]; then
  "${run[@]}" "${bin}java" -XX:DumpLoadedClassList=target/jpackage/input/app-classes.lst -XX:TieredStopAtLevel=1 \
    -jar "$jar" --db "$tmpdb" --measure-startup >/dev/null 2>&1 \
    || { echo "warning: could not run the window to list its classes; no class-data archive" >&2; rm -f target/jpackage/input/app-classes.lst; }
else
  echo "warning: no display and no xvfb-run; no class-data archive" >&2
fi

# The JDK modules the jar uses (jdeps), plus what Vietnamese needs: jdk.localedata for the vi collator and
# number formats, jdk.charsets for Windows-1258 CSV files. JavaFX stays on the class path inside the jar.
"${bin}jlink" \
  --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.sql,java.xml,jdk.jfr,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.crypto.ec \
  --include-locales=en,vi,ja \
  --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output target/runtime

icon=packaging/$os/protocol-brief.$([ $os = linux ] && echo png || ([ $os = windows ] && echo ico || echo icns))
common=(
  --name protocol-brief
  --app-version "$version"
  --vendor "Protocol Brief"
  --description "Briefing packs on Japanese delegations for Vietnamese provincial protocol officers"
  --copyright "Copyright (c) 2026 the Protocol Brief authors"
  --input target/jpackage/input
  --main-jar protocol-brief.jar
  --main-class vn.protocolbrief.Launcher
  --runtime-image target/runtime
  --icon "$icon"
  --add-launcher protocol-brief-cli=packaging/cli-launcher.properties
  # C1 only, a small serial heap, and the class-data archive when postinst made one (docs/BENCHMARKS.md:
  # launch to interactive and memory). A missing archive is ignored.
  --java-options '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms32m -XX:SharedArchiveFile=$APPDIR/protocol-brief.jsa'
)

"${bin}jpackage" --type app-image "${common[@]}" --dest target/dist
case $os in
  linux)
    "${bin}jpackage" --type deb "${common[@]}" --dest target/dist \
      --license-file packaging/licenses/LICENSE.txt \
      --resource-dir packaging/linux \
      --file-associations packaging/linux/pbjson.properties \
      --linux-package-name protocol-brief \
      --linux-package-deps "libgtk-3-0, libxtst6" \
      --linux-menu-group Office --linux-app-category office --linux-shortcut \
      --linux-deb-maintainer "protocol-brief@localhost"
    ;;
  windows)
    "${bin}jpackage" --type msi "${common[@]}" --dest target/dist \
      --license-file packaging/licenses/LICENSE.txt \
      --file-associations packaging/windows/pbjson.properties \
      --win-menu --win-menu-group "Protocol Brief" --win-shortcut --win-dir-chooser \
      --win-upgrade-uuid 6f0b4f0e-5d1a-4a63-9a3c-2a7c4f1b9e21
    ;;
  macos)
    "${bin}jpackage" --type dmg "${common[@]}" --dest target/dist \
      --license-file packaging/licenses/LICENSE.txt \
      --file-associations packaging/macos/pbjson.properties \
      --mac-package-identifier vn.protocolbrief
    ;;
esac
ls -la target/dist
