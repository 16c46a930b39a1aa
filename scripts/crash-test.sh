#!/usr/bin/env bash
# Crash safety: start the product on a fresh H2 file database, drive 200 registrations (with Idempotency-Keys)
# and triage completions from 4 clients, kill the JVM with kill -9 in the middle, start it again and check:
# every request answered 2xx is there in the right state, nothing is duplicated (the unanswered requests are
# retried with their keys, as a client would), and GET /api/admin/consistency reports no mismatch.
# Usage: scripts/crash-test.sh   (builds the jar if missing; port $PORT, default 18080)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18080}
TOTAL=200
KILL_AFTER=100
WORK=$(mktemp -d)
# the product's JVM never outlives the script, whichever check fails
trap 'kill "$(cat "$WORK/pid" 2>/dev/null)" 2>/dev/null || true' EXIT
JAR=$(ls target/sandiao-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$JAR" ]; then
  ./mvnw -B -q -ntp -DskipTests package
  JAR=$(ls target/sandiao-*.jar | grep -v original | head -n 1)
fi
BASE="http://127.0.0.1:$PORT"

start_app() {
  java -Xmx1g -jar "$JAR" --server.port="$PORT" \
    --sandiao.h2-file="$WORK/db" >> "$WORK/app.log" 2>&1 &
  echo $! > "$WORK/pid"
  for _ in $(seq 1 180); do
    if curl -fs "$BASE/actuator/health" | grep -q '"UP"'; then return 0; fi
    sleep 1
  done
  echo "crash-test: the product did not start"; tail -50 "$WORK/app.log"; exit 1
}

register() { # $1 = request number; prints "status body"
  local body
  body=$(python3 - "$1" <<'PY'
import json, sys
i = int(sys.argv[1])
print(json.dumps({"source": "WALK_IN", "type": "NEIGHBOUR", "regionCode": "990101001001",
  "description": f"崩溃测试纠纷 {i}", "amount": 1000, "peopleInvolved": 2,
  "parties": [{"role": "APPLICANT", "kind": "PERSON", "name": "张三", "idNumber": "11010519491231002X", "phone": "13800138000"},
              {"role": "RESPONDENT", "kind": "PERSON", "name": "李四", "idNumber": "440304198506151237", "phone": "13900139000"}]}))
PY
)
  curl -s -m 20 -o "$WORK/reg-$1.json" -w '%{http_code}' -u intake:intake -H 'Content-Type: application/json' \
    -H "Idempotency-Key: crash-$1" -d "$body" "$BASE/api/disputes" || true
}

triage() { # $1 = case number; prints the completion's status
  local task
  task=$(curl -s -m 20 -u intake:intake "$BASE/engine-rest/task?processInstanceBusinessKey=$1" \
    | python3 -c 'import json,sys; t=json.load(sys.stdin); print(t[0]["id"] if t else "")' 2>/dev/null || true)
  [ -n "$task" ] || { echo 000; return; }
  curl -s -m 20 -o /dev/null -w '%{http_code}' -u intake:intake -H 'Content-Type: application/json' \
    -d '{"variables":{"accepted":"true","disputeType":"NEIGHBOUR","riskLevel":"GENERAL","channel":"PEOPLE","mediationLevel":"VILLAGE"}}' \
    "$BASE/api/tasks/$task/complete" || true
}

client() { # $1 = first request, step 4
  for i in $(seq "$1" 4 "$TOTAL"); do
    status=$(register "$i")
    caseNo=""
    if [ "$status" = 201 ] || [ "$status" = 200 ]; then
      caseNo=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["caseNo"])' "$WORK/reg-$i.json")
    fi
    triaged=-
    if [ -n "$caseNo" ] && [ $((i % 2)) = 0 ]; then triaged=$(triage "$caseNo"); fi
    echo "$i $status ${caseNo:--} $triaged" >> "$WORK/results"
  done
}

echo "crash-test: starting the product (work dir $WORK)"
start_app
: > "$WORK/results"
for c in 1 2 3 4; do client "$c" & done
while [ "$(wc -l < "$WORK/results")" -lt "$KILL_AFTER" ]; do sleep 0.2; done
kill -9 "$(cat "$WORK/pid")"
echo "crash-test: killed the JVM with kill -9 after $(wc -l < "$WORK/results") requests"
wait
start_app
echo "crash-test: restarted"

failures=0
fail() { echo "crash-test: FAIL $*"; failures=$((failures + 1)); }
answered=0
while read -r i status caseNo triaged; do
  if [ "$caseNo" != - ]; then
    answered=$((answered + 1))
    id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["id"])' "$WORK/reg-$i.json")
    got=$(curl -s -u intake:intake "$BASE/api/disputes/$id" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d.get("caseNo","-"), d.get("status","-"))')
    read -r gotNo gotStatus <<< "$got"
    [ "$gotNo" = "$caseNo" ] || fail "request $i answered $status with $caseNo, but the case is missing"
    if [ "$triaged" = 204 ] && [ "$gotStatus" != MEDIATING ]; then fail "$caseNo triage answered 204 but status is $gotStatus"; fi
  else
    # never answered: the client retries with the same key, the case must be made exactly once
    status=$(register "$i")
    [ "$status" = 201 ] || [ "$status" = 200 ] || fail "retry of request $i answered $status"
  fi
done < "$WORK/results"

total=$(curl -s -u demo:demo "$BASE/api/disputes?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["totalElements"])')
[ "$total" = "$TOTAL" ] || fail "expected $TOTAL cases (one per key), found $total"
mismatches=$(curl -s -u demo:demo "$BASE/api/admin/consistency" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(len(r["mismatches"])); [print(" ", m, file=sys.stderr) for m in r["mismatches"]]')
[ "$mismatches" = 0 ] || fail "$mismatches consistency mismatches"

kill "$(cat "$WORK/pid")" 2>/dev/null || true
echo "crash-test: $answered of $TOTAL registrations answered before/around the crash, all $TOTAL present after retries"
if [ "$failures" = 0 ]; then
  echo "crash-test: 3 passed, 0 failed"
  rm -rf "$WORK"
else
  echo "crash-test: 0 passed, $failures failed (log: $WORK/app.log)"
  exit 1
fi
