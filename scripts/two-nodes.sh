#!/usr/bin/env bash
# Two nodes, one PostgreSQL: starts a throw-away PostgreSQL (.ci/postgres.sh) and two product JVMs on
# 127.0.0.1:18081 and :18082 with the job executor on both, drives cases through both (registered on one node,
# triaged on the other), with reminder timers due at once and the 督办 (overdue) timers moved to now by the
# administrator, so both executors compete for them; kills one node with kill -9 in the middle, and checks: every
# answered registration is there, every triaged case is mediating, every mediation has exactly one reminder task
# and exactly one 督办 task (each timer fired once), and the consistency check is clean.
# Usage: scripts/two-nodes.sh   (needs Debian's postgresql; builds the jar if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=${CASES:-60}
WORK=$(mktemp -d)
JAR=$(ls target/sandiao-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$JAR" ]; then
  ./mvnw -B -q -ntp -DskipTests package
  JAR=$(ls target/sandiao-*.jar | grep -v original | head -n 1)
fi
bash .ci/postgres.sh start
trap 'kill $(cat "$WORK"/pid-* 2>/dev/null) 2>/dev/null || true; bash .ci/postgres.sh stop' EXIT

start_node() { # $1 = port
  SPRING_PROFILES_ACTIVE=postgres java -Xmx1g -jar "$JAR" --server.port="$1" \
    --spring.datasource.url=jdbc:postgresql://127.0.0.1:25432/sandiao \
    --sandiao.deadlines.reminder-days-before=40 \
    --camunda.bpm.job-execution.wait-time-in-millis=500 --camunda.bpm.job-execution.max-wait=2000 \
    >> "$WORK/node-$1.log" 2>&1 &
  echo $! > "$WORK/pid-$1"
  for _ in $(seq 1 180); do
    if curl -fs "http://127.0.0.1:$1/actuator/health" | grep -q '"UP"'; then return 0; fi
    sleep 1
  done
  echo "two-nodes: node $1 did not start"; tail -50 "$WORK/node-$1.log"; exit 1
}

# moves every 督办 timer still waiting to a minute ago, as an administrator can in Cockpit: due at once
overdue_now() { # $1 = port
  local due
  due=$(date -u -d '1 minute ago' +%Y-%m-%dT%H:%M:%S.000+0000)
  curl -s -u demo:demo "http://127.0.0.1:$1/engine-rest/job?activityId=StartEvent_MediationOverdue" \
    | python3 -c 'import json,sys; print("\n".join(j["id"] for j in json.load(sys.stdin)))' \
    | while read -r job; do
        [ -z "$job" ] || curl -s -o /dev/null -X PUT -u demo:demo -H 'Content-Type: application/json' \
          -d "{\"duedate\":\"$due\"}" "http://127.0.0.1:$1/engine-rest/job/$job/duedate"
      done
}

json_field() { python3 -c 'import json,sys; d=json.load(sys.stdin); print(d.get(sys.argv[1], "") if isinstance(d, dict) else (d[0][sys.argv[1]] if d else ""))' "$1"; }

start_node 18081   # the first node creates the schema and the demo organisation
start_node 18082
echo "two-nodes: both nodes up"

body='{"source":"WALK_IN","type":"NEIGHBOUR","regionCode":"990101002001","description":"双节点测试纠纷","peopleInvolved":2,"parties":[{"role":"APPLICANT","kind":"PERSON","name":"张三","idNumber":"11010519491231002X","phone":"13800138000"},{"role":"RESPONDENT","kind":"PERSON","name":"李四","idNumber":"440304198506151237","phone":"13900139000"}]}'
triage='{"variables":{"accepted":"true","disputeType":"NEIGHBOUR","riskLevel":"GENERAL","channel":"PEOPLE","mediationLevel":"VILLAGE"}}'
: > "$WORK/results"
for i in $(seq 1 "$CASES"); do
  if [ "$i" -le $((CASES / 2)) ]; then a=18081; b=18082; else a=18082; b=18082; fi
  if [ "$i" = $((CASES / 2 + 1)) ]; then
    overdue_now 18081
    sleep 3   # both executors race for the 督办 timers; the kill below may catch one in the middle
    kill -9 "$(cat "$WORK/pid-18081")"; rm "$WORK/pid-18081"
    echo "two-nodes: killed node 18081 with kill -9 after $((i - 1)) cases"
  fi
  caseNo=$(curl -s -m 20 -u intake:intake -H 'Content-Type: application/json' -H "Idempotency-Key: two-$i" \
    -d "$body" "http://127.0.0.1:$a/api/disputes" | json_field caseNo || true)
  [ -n "$caseNo" ] || { echo "$i - -" >> "$WORK/results"; continue; }
  task=$(curl -s -m 20 -u intake:intake "http://127.0.0.1:$b/engine-rest/task?processInstanceBusinessKey=$caseNo" | json_field id)
  status=$(curl -s -m 20 -o /dev/null -w '%{http_code}' -u intake:intake -H 'Content-Type: application/json' \
    -d "$triage" "http://127.0.0.1:$b/api/tasks/$task/complete" || true)
  echo "$i $caseNo $status" >> "$WORK/results"
done

# let the surviving executor fire the remaining reminder and 督办 timers
overdue_now 18082
sleep 10
failures=0
fail() { echo "two-nodes: FAIL $*"; failures=$((failures + 1)); }
B=http://127.0.0.1:18082
triaged=0
crossed=0
while read -r i caseNo status; do
  [ "$caseNo" != - ] || { fail "registration $i got no answer"; continue; }
  got=$(curl -s -u demo:demo "$B/engine-rest/task/count?processInstanceBusinessKey=$caseNo&taskDefinitionKey=Task_RemindSupervisor" \
        | json_field count)
  supervised=$(curl -s -u demo:demo "$B/engine-rest/task/count?processInstanceBusinessKey=$caseNo&taskDefinitionKey=Task_SuperviseOverdue" \
        | json_field count)
  if [ "$status" = 204 ]; then
    triaged=$((triaged + 1))
    [ "$i" -gt $((CASES / 2)) ] || crossed=$((crossed + 1))
    [ "$got" = 1 ] || fail "$caseNo has $got reminder tasks, expected exactly 1"
    [ "$supervised" = 1 ] || fail "$caseNo has $supervised 督办 tasks, expected exactly 1"
  fi
done < "$WORK/results"
incidents=$(curl -s -u demo:demo "$B/engine-rest/incident/count" | json_field count)
[ "$incidents" = 0 ] || fail "$incidents incidents (failed jobs)"
mismatches=$(curl -s -u demo:demo "$B/api/admin/consistency" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["mismatches"]))')
[ "$mismatches" = 0 ] || fail "$mismatches consistency mismatches"
cases=$(curl -s -u demo:demo "$B/api/disputes?size=1" | json_field totalElements)
[ "$cases" = "$CASES" ] || fail "expected $CASES cases, found $cases"

echo "two-nodes: $CASES cases, $triaged triaged ($crossed registered on 18081 and triaged on 18082), each with one reminder and one 督办 task; node 18081 killed half-way"
if [ "$failures" = 0 ]; then
  echo "two-nodes: every check passed"
else
  echo "two-nodes: $failures checks failed (logs in $WORK)"
  exit 1
fi
