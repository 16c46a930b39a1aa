#!/usr/bin/env bash
# The statistics benchmark: generates data at growing sizes and times the county's monthly report against a
# from-scratch SQL recount, the engine's history, and under load; prints a table (also in target/benchmark.txt).
# Usage: scripts/benchmark.sh [small|full] [h2|postgres|both]      (defaults: full both)
#   full:  1,000,000 disputes + 200,000 petitions (timed at 10,000 / 100,000 / 1,000,000), history baseline on
#          20,000 cases driven through the processes, 5 minutes of load
#   small: 2,000 / 20,000 / 60,000, history baseline on 500 cases, 1 minute of load (what CI runs)
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=${1:-full}; DATABASES=${2:-both}; PORT=18095; BASE="http://127.0.0.1:$PORT"
if [ "$SCALE" = small ]; then
  SIZES=(2000 20000 60000); HISTORY_CASES=500; LOAD_SECONDS=60
else
  SIZES=(10000 100000 1000000); HISTORY_CASES=20000; LOAD_SECONDS=300
fi
[ "$DATABASES" = both ] && DATABASES="h2 postgres"
WORK=$(mktemp -d); OUT=target/benchmark.txt; mkdir -p target; : > "$WORK/results"
JAR=$(ls target/sandiao-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$JAR" ]; then
  ./mvnw -B -q -ntp -DskipTests package
  JAR=$(ls target/sandiao-*.jar | grep -v original | head -n 1)
fi
# the full month before this one (China time): the generator's data ends there
LAST_MONTH=$(python3 -c "import time; t=time.gmtime(time.time()+8*3600); y,m=t.tm_year,t.tm_mon-1; y,m=(y-1,12) if m==0 else (y,m); print(f'{y:04d}-{m:02d}')")
THIS_MONTH=$(python3 -c "import time; print(time.strftime('%Y-%m', time.gmtime(time.time()+8*3600)))")
APP_PID=""
stop_app() { if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; fi; }
trap 'stop_app; bash .ci/postgres.sh stop >/dev/null 2>&1 || true' EXIT

db_args() {  # $1 = h2|postgres, $2 = a name for the database
  if [ "$1" = postgres ]; then
    echo "--spring.profiles.active=postgres --spring.datasource.url=jdbc:postgresql://127.0.0.1:25432/sandiao"
  else
    echo "--spring.datasource.url=jdbc:h2:file:$WORK/$2;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"
  fi
}
generate() {  # runs the generator to its end: $1 db, $2 name, then generator options
  local db=$1 name=$2; shift 2
  java -Xmx4g -jar "$JAR" $(db_args "$db" "$name") --server.port=$PORT --logging.level.root=WARN \
    --logging.level.cn.sandiao=INFO --generate.exit=true "$@" 2>&1 | tee -a "$WORK/generate.log" \
    | grep --line-buffered -E "生成|generat|Generat" || true
}
start_app() {  # $1 db, $2 name
  java -Xmx4g -jar "$JAR" $(db_args "$1" "$2") --server.port=$PORT --logging.level.root=WARN > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 300); do
    curl -fs "$BASE/actuator/health" | grep -q '"UP"' && return 0
    sleep 1
  done
  echo "the product did not start:"; tail -50 "$WORK/app.log"; exit 1
}
measure() { python3 scripts/benchmark.py "$@" --base "$BASE" | tee -a "$WORK/results"; }

for DB in $DATABASES; do
  echo "=== $DB ==="
  [ "$DB" = postgres ] && bash .ci/postgres.sh start
  previous=0
  for size in "${SIZES[@]}"; do
    added=$((size - previous))
    started=$(date +%s)
    generate "$DB" scale --generate.cases=$added --generate.petitions=$((added / 5)) \
      $([ $previous -gt 0 ] && echo --generate.append=true)
    echo "RESULT generate db=$DB cases=$size seconds=$(( $(date +%s) - started ))" | tee -a "$WORK/results"
    start_app "$DB" scale
    measure report --month "$LAST_MONTH" --label "$DB:$size" | sed "s/^RESULT report/RESULT report db=$DB/" || true
    if [ "$size" = "${SIZES[-1]}" ]; then
      measure load --seconds "$LOAD_SECONDS" | sed "s/^RESULT load/RESULT load db=$DB/" || true
    fi
    stop_app
    previous=$size
  done
  # the second baseline needs a database whose cases went through the processes
  if [ "$DB" = postgres ]; then bash .ci/postgres.sh start; fi
  started=$(date +%s)
  generate "$DB" history --generate.mode=processes --generate.cases=$HISTORY_CASES
  echo "RESULT generate-processes db=$DB cases=$HISTORY_CASES seconds=$(( $(date +%s) - started ))" | tee -a "$WORK/results"
  start_app "$DB" history
  measure history --month "$THIS_MONTH" | sed "s/^RESULT history/RESULT history db=$DB/" || true
  stop_app
  [ "$DB" = postgres ] && bash .ci/postgres.sh stop
done

python3 - "$WORK/results" "$SCALE" > "$OUT" <<'PY'
import re, sys, platform, os
rows = [dict(kv.split("=", 1) for kv in line.split()[2:]) | {"kind": line.split()[1]}
        for line in open(sys.argv[1]) if line.startswith("RESULT")]
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
mem = int(next(l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal"))) // 1024 // 1024
print(f"Statistics benchmark ({sys.argv[2]}), {os.cpu_count()} cores {cpu}, {mem} GiB, {platform.platform()}")
print()
print(f"{'db':<9}{'stored disputes':>16}{'month cases':>12}{'report p50':>11}{'p95':>8}{'trend p50':>10}"
      f"{'recount':>10}{'speed-up':>9}{'equal':>6}")
for r in rows:
    if r["kind"] == "report":
        size = r["label"].split(":")[1]
        print(f"{r['db']:<9}{int(size):>16,}{int(r['month_registered']):>12,}{r['p50']:>9} ms{r['p95']:>5} ms"
              f"{r['trend_p50']:>7} ms{r['recount_p50']:>7} ms{r['speedup']:>8}×{r['equal']:>6}")
print()
for r in rows:
    if r["kind"] == "history":
        print(f"history baseline ({r['db']}): {int(r['cases']):,} cases through the processes this month; report "
              f"{r['p50']} ms, HistoryService {r['history_p50']} ms, speed-up {r['speedup']}×, equal figures: {r['equal']}")
    if r["kind"] == "load":
        print(f"load ({r['db']}): {r['seconds']} s, 4 clients working cases ({r['cases_done']} done, {r['cases_failed']} failed), "
              f"8 clients reading reports ({r['reports']}): report p50 {r['report_p50']} ms, p95 {r['report_p95']} ms, "
              f"errors {r['errors']}, live = recount: {r['live_equals_recount']}")
    if r["kind"].startswith("generate"):
        print(f"{r['kind']} ({r['db']}): {int(r['cases']):,} cases in {r['seconds']} s")
PY
cat "$OUT"
