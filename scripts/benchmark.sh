#!/usr/bin/env bash
# The statistics benchmark: generates data at growing sizes and times the county's monthly report against a
# from-scratch SQL recount, the engine's history, and under load; prints a table (also in target/benchmark.txt).
# Usage: scripts/benchmark.sh [small|full] [h2|postgres|both] [all|scale|history]      (defaults: full both all)
#   full:  1,000,000 disputes + 200,000 petitions (timed at 10,000 / 100,000 / 1,000,000), history baseline on
#          6,000 cases driven through the processes (10–15 minutes), 5 minutes of load
#   small: 2,000 / 20,000 / 60,000, history baseline on 500 cases, 1 minute of load (what CI runs)
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=${1:-full}; DATABASES=${2:-both}; PARTS=${3:-all}; PORT=${BENCHMARK_PORT:-18095}; BASE="http://127.0.0.1:$PORT"
if [ "$SCALE" = small ]; then
  SIZES=(2000 20000 60000); HISTORY_CASES=500; LOAD_SECONDS=60
else
  SIZES=(10000 100000 1000000); HISTORY_CASES=6000; LOAD_SECONDS=300
fi
[ "$DATABASES" = both ] && DATABASES="h2 postgres"
WORK=$(mktemp -d); OUT=target/benchmark.txt; mkdir -p target; : > "$WORK/results"
JAR=$(ls target/sandiao-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$JAR" ]; then
  ./mvnw -B -q -ntp -DskipTests package
  JAR=$(ls target/sandiao-*.jar | grep -v original | head -n 1)
fi
# months counted back from this one (China time)
month_ago() { python3 -c "import time; t=time.gmtime(time.time()+8*3600); i=t.tm_year*12+t.tm_mon-1-$1; print(f'{i//12:04d}-{i%12+1:02d}')"; }
THIS_MONTH=$(month_ago 0)
# The probe month (last month) gets the first step's cases, spread over the last year, and nothing later: its size
# stays the same while the archive grows over the ten years before it. The dense month lies in that archive.
PROBE_MONTH=$(month_ago 1); ARCHIVE_UNTIL=$(month_ago 13); DENSE_MONTH=$(month_ago 14)
APP_PID=""
stop_app() { if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; fi; }
trap 'stop_app; bash .ci/postgres.sh stop >/dev/null 2>&1 || true' EXIT

db_args() {  # $1 = h2|postgres, $2 = a name for the database, $3 = a profile to add (optional)
  local profiles=${3:-}
  if [ "$1" = postgres ]; then
    profiles="postgres${3:+,$3}"
    echo "--spring.datasource.url=jdbc:postgresql://127.0.0.1:25432/sandiao"
  else
    echo "--sandiao.h2-file=$WORK/$2"
  fi
  if [ -n "$profiles" ]; then echo "--spring.profiles.active=$profiles"; fi
}
generate() {  # runs the generator to its end: $1 db, $2 name, then generator options
  local db=$1 name=$2; shift 2
  # the generator exists only with the simulation profile; the measured application runs without it
  java -Xmx4g -jar "$JAR" $(db_args "$db" "$name" simulation) --server.port=$PORT --logging.level.root=WARN \
    --logging.level.cn.sandiao=INFO --generate.exit=true "$@" 2>&1 | tee -a "$WORK/generate.log" \
    | grep --line-buffered -E "模拟数据" || true
}
start_app() {  # $1 db, $2 name
  java -Xmx4g -jar "$JAR" $(db_args "$1" "$2") --server.port=$PORT --logging.level.root=WARN >> "$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 300); do
    curl -fs "$BASE/actuator/health" | grep -q '"UP"' && return 0
    sleep 1
  done
  echo "the product did not start:"; tail -50 "$WORK/app.log"; exit 1
}
measure() {  # $1 db, then benchmark.py's arguments
  local db=$1; shift
  python3 scripts/benchmark.py "$@" --base "$BASE" | sed -u "s/^RESULT \([a-z-]*\)/RESULT \1 db=$db/" | tee -a "$WORK/results"
}

for DB in $DATABASES; do
  echo "=== $DB ==="
  [ "$DB" = postgres ] && bash .ci/postgres.sh start
  previous=0
  [ "$PARTS" = history ] && SIZES_NOW=() || SIZES_NOW=("${SIZES[@]}")
  for size in "${SIZES_NOW[@]}"; do
    added=$((size - previous))
    started=$(date +%s)
    if [ $previous -eq 0 ]; then
      generate "$DB" scale --generate.cases=$added --generate.petitions=$((added / 5)) --generate.years=1 \
        --generate.until="$PROBE_MONTH"
    else
      generate "$DB" scale --generate.cases=$added --generate.petitions=$((added / 5)) --generate.years=10 \
        --generate.until="$ARCHIVE_UNTIL" --generate.append=true --generate.live=0
    fi
    echo "RESULT generate db=$DB cases=$size seconds=$(( $(date +%s) - started ))" | tee -a "$WORK/results"
    start_app "$DB" scale
    measure "$DB" report --month "$PROBE_MONTH" --label "$DB:$size:probe" || true
    if [ "$size" = "${SIZES[-1]}" ]; then
      measure "$DB" report --month "$DENSE_MONTH" --label "$DB:$size:dense" || true
      measure "$DB" load --seconds "$LOAD_SECONDS" \
        || { echo "the product's warnings during the load:"; grep -E " (WARN|ERROR) " "$WORK/app.log" | tail -20 | cut -c1-400; }
    fi
    stop_app
    previous=$size
  done
  [ "$PARTS" = scale ] && { [ "$DB" = postgres ] && bash .ci/postgres.sh stop; continue; }
  # the second baseline needs a database whose cases went through the processes
  if [ "$DB" = postgres ]; then bash .ci/postgres.sh start; fi
  started=$(date +%s)
  generate "$DB" history --generate.mode=processes --generate.cases=$HISTORY_CASES
  echo "RESULT generate-processes db=$DB cases=$HISTORY_CASES seconds=$(( $(date +%s) - started ))" | tee -a "$WORK/results"
  start_app "$DB" history
  measure "$DB" history --month "$THIS_MONTH" || true
  measure "$DB" history --month "$THIS_MONTH" --region 990101001 || true
  stop_app
  [ "$DB" = postgres ] && bash .ci/postgres.sh stop
done

status=0
python3 scripts/benchmark-table.py "$WORK/results" "$SCALE" > "$OUT" || status=$?
cat "$OUT"
exit $status
