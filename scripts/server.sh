#!/usr/bin/env bash
# Starts the product as a small county server should run it (2 cores, a few GiB), from the jar that
# `./mvnw -DskipTests package` built:
#   - class data sharing (AppCDS): the jar is unpacked once into target/server/ and a trial start records the
#     classes it loads in target/server/sandiao.jsa; later starts map them instead of reading and verifying ~25,000
#     classes from the jar again. Redone by itself when the jar is newer than the archive.
#   - JVM flags for a small server (SMALL_SERVER_FLAGS below; why each is there is said beside it).
# Usage: scripts/server.sh [application arguments, e.g. --server.port=8080]
#        scripts/server.sh --prepare-only    unpack and train, then stop (a build or image step)
# JAVA_OPTS is added after the flags, so an operator's own -Xmx or collector wins.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar=$(ls "$root"/target/sandiao-*.jar 2>/dev/null | head -1 || true)
[[ -n "$jar" ]] || { echo "No target/sandiao-*.jar: build it first with ./mvnw -DskipTests package" >&2; exit 1; }
server="$root/target/server"
app="$server/$(basename "$jar")"
archive="$server/sandiao.jsa"
classpath_file="$server/classpath"

SMALL_SERVER_FLAGS=(
  # The serial collector: one core's worth of pauses of a few ms at this heap size, and no concurrent marking
  # threads or remembered sets taking memory and the second core (G1 kept ~300 MiB more resident after a load).
  -XX:+UseSerialGC
  # A fixed young generation: the serial collector otherwise sizes it from the initial heap, far below what a
  # burst of requests allocates, and collects too often.
  -Xmn64m
  # A ceiling the machine can afford; the default (a quarter of the RAM) lets the heap grow past what is needed.
  -Xmx1g
)

prepare() {
  rm -rf "$server"
  java -Djarmode=tools -jar "$jar" extract --destination "$server" >/dev/null
  # The class path is given whole, in the manifest's order, and not by `-jar`: Spring Boot gives Tomcat the
  # static resources (META-INF/resources) only of the jars on java.class.path, and with `-jar` that is the
  # application's jar alone, so Tasklist's plugin scripts would be missing and Tasklist blank.
  local manifest; manifest=$(mktemp -d)
  (cd "$manifest" && jar xf "$app" META-INF/MANIFEST.MF)
  { printf '%s' "$app"
    sed -e ':a' -e 'N' -e '$!ba' -e 's/\r//g' -e 's/\n //g' "$manifest/META-INF/MANIFEST.MF" \
      | sed -n 's/^Class-Path: //p' | tr ' ' '\n' | sed "s|^|:$server/|" | tr -d '\n'
  } > "$classpath_file"
  main_class=$(sed -n 's/^Main-Class: //p' "$manifest/META-INF/MANIFEST.MF" | tr -d '\r')
  echo "$main_class" > "$server/main-class"
  rm -rf "$manifest"
  # The trial start runs the demo on a throwaway database, whatever this shell's environment says (a production
  # shell carries the real database's address and secrets), and stops once the application context is up.
  local trial; trial=$(mktemp -d)
  env -i PATH="$PATH" HOME="${HOME:-$trial}" JAVA_HOME="${JAVA_HOME:-}" \
    java "${SMALL_SERVER_FLAGS[@]}" -XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -Dspring.context.exit=onRefresh -cp "$(cat "$classpath_file")" "$main_class" --sandiao.h2-file="$trial/db" --server.port=0 \
    --logging.level.root=warn > "$trial/trial.log" 2>&1 \
    || { echo "The class-data trial start failed; its log: $trial/trial.log" >&2; exit 1; }
  [[ -f "$archive" ]] || { echo "The class-data trial start wrote no archive; its log: $trial/trial.log" >&2; exit 1; }
  rm -rf "$trial"
}

if [[ ! -f "$archive" || "$jar" -nt "$archive" || ! -f "$classpath_file" ]]; then
  echo "Unpacking $(basename "$jar") and recording its classes for a faster start (once per build)…" >&2
  prepare
fi
[[ "${1:-}" == "--prepare-only" ]] && exit 0

# -Xshare:auto: should the archive not match this JVM, the server starts without it rather than not at all.
exec java "${SMALL_SERVER_FLAGS[@]}" -XX:SharedArchiveFile="$archive" -Xshare:auto ${JAVA_OPTS:-} \
  -cp "$(cat "$classpath_file")" "$(cat "$server/main-class")" "$@"
