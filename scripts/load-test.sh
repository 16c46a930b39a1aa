#!/usr/bin/env bash
# Starts the product (jar) on a fresh database and runs scripts/load-test.py against it.
# Usage: scripts/load-test.sh [h2|postgres] [seconds] [users] [think-ms]   (defaults: h2 600 50 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-h2}; SECONDS_TO_RUN=${2:-600}; USERS=${3:-50}; THINK_MS=${4:-1000}; PORT=18090
WORK=$(mktemp -d)
JAR=$(ls target/sandiao-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$JAR" ]; then
  ./mvnw -B -q -ntp -DskipTests package
  JAR=$(ls target/sandiao-*.jar | grep -v original | head -n 1)
fi
ARGS=(--server.port=$PORT --server.tomcat.threads.max=100 --logging.level.root=WARN)
if [ "$DB" = postgres ]; then
  bash .ci/postgres.sh start
  trap 'kill $(cat "$WORK/pid") 2>/dev/null || true; bash .ci/postgres.sh stop' EXIT
  export SPRING_PROFILES_ACTIVE=postgres
  ARGS+=(--spring.datasource.url=jdbc:postgresql://127.0.0.1:25432/sandiao)
else
  trap 'kill $(cat "$WORK/pid") 2>/dev/null || true' EXIT
  ARGS+=("--sandiao.h2-file=$WORK/db")
fi
java -Xmx2g -jar "$JAR" "${ARGS[@]}" > "$WORK/app.log" 2>&1 &
echo $! > "$WORK/pid"
for _ in $(seq 1 180); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health" | grep -q '"UP"' && break
  sleep 1
done
echo "load: $DB, $USERS users, $SECONDS_TO_RUN s, think time $THINK_MS ms"
if ! python3 scripts/load-test.py --base "http://127.0.0.1:$PORT" --users "$USERS" --seconds "$SECONDS_TO_RUN" \
    --think-ms "$THINK_MS"; then
  echo "load: the server's warnings and errors (first 40; whole log in $WORK/app.log):"
  grep -a -E '^[0-9T:.-]+Z +(WARN|ERROR)' "$WORK/app.log" | grep -v 'pdfbox' | cut -c1-600 | head -n 40 || true
  exit 1
fi
