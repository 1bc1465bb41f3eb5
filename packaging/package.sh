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
# The installers' runtime is a JDK 25 (the code stays release 17): its ahead-of-time cache (JEP 483, 514) starts
# the application in half the time. PB_JDK25 or JAVA_HOME names it; /usr/lib/jvm/temurin-25* is found too.
jdk=${PB_JDK25:-}
if [ -z "$jdk" ] && [ -n "${JAVA_HOME:-}" ] && "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "2[5-9]'; then jdk=$JAVA_HOME; fi
if [ -z "$jdk" ]; then for d in /usr/lib/jvm/temurin-25*; do [ -x "$d/bin/jlink" ] && jdk=$d && break; done; fi
if [ -z "$jdk" ]; then
  echo "warning: no JDK 25 found (set PB_JDK25): the runtime is built from ${JAVA_HOME:-the default JDK}, without an ahead-of-time cache" >&2
  bin=${JAVA_HOME:+$JAVA_HOME/bin/}
  aot=false
else
  bin=$jdk/bin/
  aot=true
fi

rm -rf target/jpackage target/runtime target/dist
mkdir -p target/jpackage/input target/dist
cp "$jar" target/jpackage/input/
# The licences travel with the application (lib/app next to the jar).
cp packaging/licenses/*.txt target/jpackage/input/

# The JDK modules the jar uses (jdeps), plus what Vietnamese needs: jdk.localedata for the vi collator and
# number formats, jdk.charsets for Windows-1258 CSV files. Not jdk.jfr: without it Jdbi skips its flight-recorder
# events, a cold start saving. JavaFX stays on the class path inside the jar.
if [ $aot = true ]; then compress="--compress=zip-6"; else compress="--compress=2"; fi
"${bin}jlink" \
  --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.sql,java.xml,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.crypto.ec \
  --include-locales=en,vi,ja \
  --strip-debug --no-header-files --no-man-pages $compress \
  --output target/runtime

# SQLite's native library for this system, unpacked once here instead of at every start (the launchers name
# it); the jar keeps no other system's copies (12 MB).
case $os in
  linux) lib=org/sqlite/native/Linux/x86_64/libsqlitejdbc.so ;;
  windows) lib=org/sqlite/native/Windows/x86_64/sqlitejdbc.dll ;;
  macos) lib=org/sqlite/native/Mac/$(uname -m | sed 's/arm64/aarch64/')/libsqlitejdbc.dylib ;;
esac
rm -rf target/jpackage/unpacked && mkdir -p target/jpackage/unpacked target/jpackage/input/native
(cd target/jpackage/unpacked && "${bin}jar" xf "$OLDPWD/$jar")
cp "target/jpackage/unpacked/$lib" target/jpackage/input/native/
libname=$(basename "$lib")
rm -rf target/jpackage/unpacked/org/sqlite/native
rm target/jpackage/input/protocol-brief.jar
"${bin}jar" --create --file target/jpackage/input/protocol-brief.jar --manifest target/jpackage/unpacked/META-INF/MANIFEST.MF \
  -C target/jpackage/unpacked .
rm -rf target/jpackage/unpacked

# The launchers' options: C1 only and a serial GC (C2's threads and the default heap cost start-up on two
# cores), native access for SQLite and JavaFX on JDK 25, and the ahead-of-time cache of each launcher's own work.
# A missing or stale cache only slows the start: the JVM ignores it.
opts="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dorg.sqlite.lib.path=\$APPDIR/native -Dorg.sqlite.lib.name=$libname"
# Text is UTF-8 whatever the locale (issue 23): files, and the console on JDK 19+ (stdout.encoding). The name
# encoding (sun.jnu.encoding: arguments, file names) follows the locale only; the Linux launchers below choose a
# UTF-8 locale when the user's is not, macOS always uses UTF-8, and Windows passes arguments as UTF-16.
opts="$opts -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8"
if [ $aot = true ]; then opts="$opts --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"; fi
# The window keeps a small heap (its memory is measured); a pack is laid out with fewer collections in a larger one.
window_opts="$opts -Xms32m"
cli_opts="$opts -Xms96m"

if [ $aot = true ]; then
  # Training runs with the runtime just built, on the jar as it is packaged. The command-line cache learns the
  # commands; the window's cache learns the window up to interactive, which needs a display (or xvfb-run).
  # The same options as the launchers, with the app folder where the training finds it.
  read -r -a cli_train <<< "${cli_opts//\$APPDIR/$PWD/target/jpackage/input}"
  read -r -a window_train <<< "${window_opts//\$APPDIR/$PWD/target/jpackage/input}"
  if "target/runtime/bin/java" "${cli_train[@]}" -XX:AOTCacheOutput=target/jpackage/input/protocol-brief-cli.aot \
      -cp target/jpackage/input/protocol-brief.jar vn.protocolbrief.Launcher --aot-training >/dev/null 2>&1; then
    cli_opts="$cli_opts -XX:AOTCache=\$APPDIR/protocol-brief-cli.aot"
  else
    echo "warning: the command-line training run failed; no cache for it" >&2
    rm -f target/jpackage/input/protocol-brief-cli.aot
  fi
  if [ $os != linux ] || [ -n "${DISPLAY:-}" ]; then run=(); elif command -v xvfb-run >/dev/null; then run=(xvfb-run -a); else run=(skip); fi
  trainstore=$(mktemp -d)/window.db
  if [ "${run[0]:-}" != skip ] && "${run[@]}" "target/runtime/bin/java" "${window_train[@]}" \
      -XX:AOTCacheOutput=target/jpackage/input/protocol-brief.aot -cp target/jpackage/input/protocol-brief.jar \
      vn.protocolbrief.Launcher --db "$trainstore" --measure-startup >/dev/null 2>&1; then
    window_opts="$window_opts -XX:AOTCache=\$APPDIR/protocol-brief.aot"
  else
    echo "warning: could not run the window for its training (no display or xvfb-run); no cache for it" >&2
    rm -f target/jpackage/input/protocol-brief.aot
  fi
fi
sed "s|^java-options=.*|java-options=$cli_opts|" packaging/cli-launcher.properties > target/jpackage/cli-launcher.properties

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
  --add-launcher protocol-brief-cli=target/jpackage/cli-launcher.properties
  --java-options "$window_opts"
)

"${bin}jpackage" --type app-image "${common[@]}" --dest target/dist
case $os in
  linux)
    # jpackage's Linux launcher asks rpm and dpkg which package it belongs to at every start (0.15 s of each
    # command and of the window); the installed launchers are scripts that start the same JVM with the same
    # options directly, and the .deb is made from this app image.
    launcher() { # $1: name, $2: options
      {
        echo '#!/bin/sh'
        echo '# Protocol Brief: starts the bundled JVM with the options packaging/package.sh chose (see docs/decisions/0009).'
        echo 'APPDIR="$(dirname "$(readlink -f "$0")")/../lib/app"'
        echo '# Under LANG=C or POSIX the JVM would read arguments and file names as ASCII: choose a UTF-8 locale.'
        echo 'case "$(locale charmap 2>/dev/null)" in UTF-8|utf8) ;; *) export LC_ALL=C.UTF-8 ;; esac'
        echo "exec \"\$APPDIR/../runtime/bin/java\" -Djpackage.app-version=$version ${2//\$APPDIR/\"\$APPDIR\"} -cp \"\$APPDIR/protocol-brief.jar\" vn.protocolbrief.Launcher \"\$@\""
      } > "target/dist/protocol-brief/bin/$1"
      chmod 755 "target/dist/protocol-brief/bin/$1"
    }
    launcher protocol-brief "$window_opts"
    launcher protocol-brief-cli "$cli_opts"
    "${bin}jpackage" --type deb --app-image target/dist/protocol-brief --name protocol-brief --app-version "$version" \
      --vendor "Protocol Brief" \
      --description "Briefing packs on Japanese delegations for Vietnamese provincial protocol officers" \
      --copyright "Copyright (c) 2026 the Protocol Brief authors" --icon "$icon" --dest target/dist \
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
