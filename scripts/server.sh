#!/usr/bin/env bash
# Starts the product as a small county server should run it (2 cores, a few GiB), from the jar that
# `./mvnw -DskipTests package` built:
#   - class data sharing: the jar is unpacked once into target/server/ and a trial start records the classes it
#     loads; later starts map them instead of reading and verifying ~28,000 classes from the jar again. On JDK 17
#     to 24 a static AppCDS archive dumped from the trial's class list (target/server/sandiao.jsa); on JDK 25 or
#     later an ahead-of-time cache (target/server/sandiao.aot, JEPs 483 and 514), which also keeps the classes
#     linked. Redone by itself when the jar is newer than it or the JDK is another.
#   - JVM flags for a small server (SMALL_SERVER_FLAGS below; why each is there is said beside it).
# Usage: scripts/server.sh [application arguments, e.g. --server.port=8080]
#        scripts/server.sh --prepare-only    unpack and train, then stop (a build or image step)
# The JDK is $JAVA_HOME's when set, else the `java` on PATH. JAVA_OPTS is added after the flags, so an operator's
# own -Xmx wins; a collector named there replaces ours.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar=$(ls "$root"/target/sandiao-*.jar 2>/dev/null | head -1 || true)
[[ -n "$jar" ]] || { echo "No target/sandiao-*.jar: build it first with ./mvnw -DskipTests package" >&2; exit 1; }
server="$root/target/server"
app="$server/$(basename "$jar")"
classpath_file="$server/classpath"
jdk_bin="${JAVA_HOME:+$JAVA_HOME/bin/}"
java="${jdk_bin}java"
java_version=$("$java" -version 2>&1 | grep -m1 ' version "' || true)
[[ "$java_version" =~ version\ \"([0-9]+) ]] || { echo "Cannot tell the version of $java: $java_version" >&2; exit 1; }
class_list=""  # the trial start's class list, where the archive is dumped from it (below)
if (( BASH_REMATCH[1] >= 25 )); then
  archive="$server/sandiao.aot"
  # without the call adapters: JDK 25 stores some under a name it then fails to find again and warns at every
  # start (JDK-8364929, fixed in JDK 26, not in 25.0.3); they are the JVM's small stubs, made again in a blink
  record_flags=(-XX:AOTCacheOutput="$archive" -XX:+UnlockDiagnosticVMOptions -XX:-AOTAdapterCaching
                -Xlog:aot=off -Xlog:cds=off)
  # should the cache not match this JVM, it starts without it (AOTMode auto) rather than not at all
  use_flags=(-XX:AOTCache="$archive")
else
  archive="$server/sandiao.jsa"
  # A static archive, dumped from the list of classes the trial start loaded, not the dynamic one the JVM can write
  # as the trial exits (-XX:ArchiveClassesAtExit): with the dynamic archive every step of a case took a quarter to
  # a half longer than with the static one, by an amount that changed with each recording; with the static one the
  # steps were about as fast as with no archive at all, and the start as short as with the dynamic one (2026-12-07,
  # README lean path).
  class_list="$server/classes.lst"
  record_flags=(-XX:DumpLoadedClassList="$class_list")
  # -Xshare:auto: should the archive not match this JVM, the server starts without it rather than not at all
  use_flags=(-XX:SharedArchiveFile="$archive" -Xshare:auto)
fi
java_stamp="$server/java"  # which JDK recorded the archive

SMALL_SERVER_FLAGS=(
  # A heap ceiling the machine can afford: by default the heap may grow to a quarter of the RAM, and the JVM then
  # keeps far more resident than the product needs (about 1,070-1,290 MiB after the side-by-side's load, against
  # 730-860 MiB with this ceiling, 2026-12-06).
  -Xmx1g
  # The serial collector: on 2 cores its pauses are a few ms at this heap size, and it keeps no concurrent-marking
  # threads or remembered sets (about 120 MiB less resident when idle than G1 under the same ceiling; the same
  # call latency within the run-to-run noise).
  -XX:+UseSerialGC
  # A fixed young generation: the serial collector otherwise sizes it from the small initial heap and collects a
  # burst of requests' garbage too often.
  -Xmn64m
  # Class metadata may grow this far before it triggers a collection. The default threshold (about 21 MB) lies just
  # under what a start with the class-data archive adds (about 22 MB), so every start ended with a full collection
  # of 0.2 s ("Metadata GC Threshold"); metadata is still committed only as it is used (2026-12-07: five
  # alternated starts each, median 9.95 -> 9.68 s).
  -XX:MetaspaceSize=256m
)
# Transparent huge pages for the heap and the compiled code, where the kernel offers them (Debian's default is
# "madvise": only memory the JVM asks for). Fewer TLB misses: each step of a case 6-16 % faster, the start the same
# (2026-12-07, README lean path); where the kernel has them off ("never") the JVM would only warn, so not asked for.
if [[ -r /sys/kernel/mm/transparent_hugepage/enabled ]] \
   && ! grep -q '\[never\]' /sys/kernel/mm/transparent_hugepage/enabled; then
  SMALL_SERVER_FLAGS+=(-XX:+UseTransparentHugePages)
fi

prepare() {
  rm -rf "$server"
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$server" >/dev/null
  # The class path is given whole, in the manifest's order, and not by `-jar`: Spring Boot gives Tomcat the
  # static resources (META-INF/resources) only of the jars on java.class.path, and with `-jar` that is the
  # application's jar alone, so Tasklist's plugin scripts would be missing and Tasklist blank.
  local manifest; manifest=$(mktemp -d)
  (cd "$manifest" && "${jdk_bin}jar" xf "$app" META-INF/MANIFEST.MF)
  { printf '%s' "$app"
    sed -e ':a' -e 'N' -e '$!ba' -e 's/\r//g' -e 's/\n //g' "$manifest/META-INF/MANIFEST.MF" \
      | sed -n 's/^Class-Path: //p' | tr ' ' '\n' | sed "s|^|:$server/|" | tr -d '\n'
  } > "$classpath_file"
  local main_class; main_class=$(sed -n 's/^Main-Class: //p' "$manifest/META-INF/MANIFEST.MF" | tr -d '\r')
  echo "$main_class" > "$server/main-class"
  rm -rf "$manifest"
  # The trial start runs the demo on a throwaway database, whatever this shell says: a production shell carries
  # the real database's address and secrets in its environment, and its working directory may hold an
  # application.yaml or config/ that Spring Boot would read, so the trial runs with an emptied environment in an
  # empty directory. It runs up to its first answers (a login, engine-rest, the API, Tasklist's page), since
  # classes first loaded then (Jersey, queries, the demo's workbook) count in a cold start too. JDK 25 writes its
  # cache as it exits; on earlier JDKs the archive is dumped from the trial's class list afterwards.
  local trial; trial=$(mktemp -d)
  (cd "$trial" && exec env -i PATH="$PATH" HOME="$trial" JAVA_HOME="${JAVA_HOME:-}" \
    "$java" "${SMALL_SERVER_FLAGS[@]}" "${record_flags[@]}" \
    -cp "$(cat "$classpath_file")" "$main_class" --sandiao.h2-file="$trial/db" --server.port=0) \
    > "$trial/trial.log" 2>&1 &
  local pid=$! port="" answered=""
  for _ in $(seq 1 600); do
    kill -0 "$pid" 2>/dev/null || break
    port=${port:-$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$trial/trial.log" | head -1)}
    if [[ -n "$port" ]] && curl -fs -o /dev/null -u intake:intake "http://127.0.0.1:$port/engine-rest/version"; then
      answered=yes; break
    fi
    sleep 0.5
  done
  if [[ -n "$answered" ]]; then
    for path in /engine-rest/task /api/disputes /api/supervision/cases /camunda/app/tasklist/default/; do
      curl -s -o /dev/null -u intake:intake "http://127.0.0.1:$port$path" || true
    done
  fi
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  if [[ -n "$answered" && -n "$class_list" ]]; then  # a few classes fail verification and are left out: it says so
    "$java" -Xshare:dump -XX:SharedClassListFile="$class_list" -XX:SharedArchiveFile="$archive" -Xmx1g \
      -cp "$(cat "$classpath_file")" > "$trial/dump.log" 2>&1 || answered=""
  fi
  [[ -n "$answered" && -f "$archive" ]] \
    || { echo "The class-data trial start failed; its logs: $trial" >&2; rm -f "$archive"; exit 1; }
  rm -rf "$trial"
  printf '%s\n%s\n' "$java" "$java_version" > "$java_stamp"
}

if [[ ! -f "$archive" || "$jar" -nt "$archive" || ! -f "$classpath_file" ]] \
   || [[ "$(cat "$java_stamp" 2>/dev/null)" != "$(printf '%s\n%s' "$java" "$java_version")" ]]; then
  echo "Unpacking $(basename "$jar") and recording its classes for a faster start (once per build)…" >&2
  prepare
fi
[[ "${1:-}" == "--prepare-only" ]] && exit 0

flags=("${SMALL_SERVER_FLAGS[@]}")
collector='-XX:[+]Use[A-Za-z0-9]+GC'
if [[ "${JAVA_OPTS:-}" =~ $collector ]]; then  # the JVM refuses two collectors: ours and its young size go
  flags=()
  for flag in "${SMALL_SERVER_FLAGS[@]}"; do
    [[ "$flag" == -XX:+UseSerialGC || "$flag" == -Xmn* ]] || flags+=("$flag")
  done
fi
exec "$java" "${flags[@]}" "${use_flags[@]}" ${JAVA_OPTS:-} \
  -cp "$(cat "$classpath_file")" "$(cat "$server/main-class")" "$@"
