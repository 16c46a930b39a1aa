#!/usr/bin/env bash
# The README's "First start in production", followed by a script: a fresh PostgreSQL, the prod profile with
# fresh secrets, no demo data. The administrator loads the county's workbook (dry run, apply, the same file again),
# opens a clerk's and a mediator's accounts; each changes its first password; the clerk registers and accepts the
# first case, which reaches the mediator. Also: prod refuses to start without the administrator's password.
# Every check prints "ok - …" or "FAIL - …"; the exit status is the number of failures (0: all passed).
# Usage: scripts/first-start.sh   (needs Debian's postgresql; builds the jar if missing)
set -uo pipefail
cd "$(dirname "$0")/.."
PORT=18090
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d)
ls target/sandiao-*.jar >/dev/null 2>&1 || ./mvnw -B -q -ntp -DskipTests package
# started as the README says, by scripts/server.sh (its class-data archive is trained here, before the clock)
bash scripts/server.sh --prepare-only || exit 1
bash .ci/postgres.sh start >/dev/null
trap 'kill $(cat "$WORK/pid" 2>/dev/null) 2>/dev/null; bash .ci/postgres.sh stop; rm -rf "$WORK"' EXIT

failures=0
ok() { echo "ok - $*"; }
fail() { echo "FAIL - $*"; failures=$((failures + 1)); }
check() { # $1 = what, $2 = expected, $3 = actual
  if [ "$2" = "$3" ]; then ok "$1"; else fail "$1 (expected $2, got $3)"; fi
}
field() { python3 -c 'import json,sys
d=json.load(sys.stdin)
for k in sys.argv[1].split("."):
    d = d[int(k)] if isinstance(d, list) else d.get(k)
print("" if d is None else d)' "$1"; }

# 1. the secrets: none has a default outside the demo (a password the engine's password policy accepts)
ADMIN=admin
ADMIN_PASSWORD="Ad#1$(openssl rand -hex 8)"
export SPRING_PROFILES_ACTIVE=prod,postgres
export SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:25432/sandiao
export SPRING_DATASOURCE_USERNAME=sandiao SPRING_DATASOURCE_PASSWORD=sandiao
export CAMUNDA_BPM_ADMINUSER_ID=$ADMIN
export SANDIAO_PERSONALDATA_KEY=$(openssl rand -base64 32)
export SANDIAO_PERSONALDATA_FINGERPRINTKEY=$(openssl rand -base64 32)
export SANDIAO_DOCUMENTS_NUMBERPREFIX=样

# prod without the administrator's password: refused at start, saying which setting is missing
if CAMUNDA_BPM_ADMINUSER_PASSWORD="" timeout 180 scripts/server.sh --server.port=$PORT > "$WORK/refused.log" 2>&1; then
  fail "prod starts without the administrator's password"
elif grep -q "CAMUNDA_BPM_ADMINUSER_PASSWORD" "$WORK/refused.log"; then
  ok "prod refuses to start without the administrator's password and names CAMUNDA_BPM_ADMINUSER_PASSWORD"
else
  fail "prod refused to start without the password, but the log does not say why"; tail -20 "$WORK/refused.log"
fi

# 2. start on the empty database
CAMUNDA_BPM_ADMINUSER_PASSWORD=$ADMIN_PASSWORD scripts/server.sh --server.port=$PORT > "$WORK/app.log" 2>&1 &
echo $! > "$WORK/pid"
for _ in $(seq 1 180); do
  curl -fs "$BASE/actuator/health" | grep -q '"UP"' && break
  sleep 1
done
curl -fs "$BASE/actuator/health" | grep -q '"UP"' || { echo "FAIL - the product did not start"; tail -40 "$WORK/app.log"; exit 1; }
ok "prod started on an empty PostgreSQL database"
check "the API asks for a login" 401 "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/disputes")"
check "no demo user exists (intake/intake)" 401 "$(curl -s -o /dev/null -w '%{http_code}' -u intake:intake "$BASE/api/disputes")"
check "no region exists" "[]" "$(curl -s -u "$ADMIN:$ADMIN_PASSWORD" "$BASE/api/regions")"

# 3. the template, then the county's filled workbook (here: the made-up 和美县's, in the same format)
check "the administrator downloads the template" 200 "$(curl -s -o "$WORK/template.xlsx" -w '%{http_code}' \
  -u "$ADMIN:$ADMIN_PASSWORD" "$BASE/api/organization/template.xlsx")"
WORKBOOK=src/main/resources/organization/demo-organization.xlsx
upload() { # $1 = apply
  curl -s -o "$WORK/report.json" -w '%{http_code}' -u "$ADMIN:$ADMIN_PASSWORD" -F "file=@$WORKBOOK" \
    "$BASE/api/organization/import?apply=$1"
}
check "dry run accepted" 200 "$(upload false)"
added=$(field summary.added < "$WORK/report.json")
check "dry run refuses no row" 0 "$(field summary.refused < "$WORK/report.json")"
[ "$added" -gt 30 ] && ok "dry run lists $added records to add" || fail "dry run lists $added records to add"
check "a dry run stores nothing" "[]" "$(curl -s -u "$ADMIN:$ADMIN_PASSWORD" "$BASE/api/regions")"
check "apply accepted" 200 "$(upload true)"
check "apply added what the dry run listed" "$added" "$(field summary.added < "$WORK/report.json")"
check "the same file again: accepted" 200 "$(upload true)"
check "the same file again adds nothing" 0 "$(field summary.added < "$WORK/report.json")"
check "the same file again changes nothing" 0 "$(field summary.changed < "$WORK/report.json")"

# 4. staff accounts: a county clerk, and the account of a mediator of the roster
open_account() { # $1 = path, $2 = JSON body
  curl -s -o "$WORK/account.json" -w '%{http_code}' -u "$ADMIN:$ADMIN_PASSWORD" -H 'Content-Type: application/json' \
    -d "$2" "$BASE$1"
}
check "the clerk's account is opened" 201 "$(open_account /api/organization/accounts \
  '{"userId":"qianxl","name":"钱小乐","role":"intake","officeCode":"990101"}')"
CLERK_FIRST=$(field initialPassword < "$WORK/account.json")
check "the mediator's account is opened from the roster" 201 "$(open_account /api/organization/mediators/mediator/account '')"
MEDIATOR_FIRST=$(field initialPassword < "$WORK/account.json")

# 5. first passwords: nothing but the change until changed
curl -s -o "$WORK/refused.json" -u "qianxl:$CLERK_FIRST" "$BASE/api/disputes"
check "with the first password the clerk must change it first" PASSWORD_CHANGE_REQUIRED "$(field code < "$WORK/refused.json")"
change() { # $1 = user, $2 = first password, $3 = new password
  curl -s -o /dev/null -w '%{http_code}' -u "$1:$2" -H 'Content-Type: application/json' \
    -d "{\"currentPassword\":\"$2\",\"newPassword\":\"$3\"}" "$BASE/api/account/password"
}
CLERK_PASSWORD="Hemei#2026$(openssl rand -hex 3)"
MEDIATOR_PASSWORD="Dongcun#2026$(openssl rand -hex 3)"
check "the clerk changes the first password" 204 "$(change qianxl "$CLERK_FIRST" "$CLERK_PASSWORD")"
check "the mediator changes the first password" 204 "$(change mediator "$MEDIATOR_FIRST" "$MEDIATOR_PASSWORD")"

# 6. the first case: registered by the clerk, accepted, and in the village mediator's tasks
body='{"source":"WALK_IN","type":"NEIGHBOUR","regionCode":"990101001001","description":"两户因宅基地边界的围墙发生争执","peopleInvolved":2,"parties":[{"role":"APPLICANT","kind":"PERSON","name":"张三","idNumber":"11010519491231002X","phone":"13800138000"},{"role":"RESPONDENT","kind":"PERSON","name":"李四","idNumber":"440304198506151237","phone":"13900139000"}]}'
check "the clerk registers the first case" 201 "$(curl -s -o "$WORK/case.json" -w '%{http_code}' -u "qianxl:$CLERK_PASSWORD" \
  -H 'Content-Type: application/json' -d "$body" "$BASE/api/disputes")"
CASE_NO=$(field caseNo < "$WORK/case.json")
CASE_ID=$(field id < "$WORK/case.json")
echo "$CASE_NO" | grep -q . && ok "it has the case number $CASE_NO" || fail "no case number"
check "the clerk reads the case" 200 "$(curl -s -o /dev/null -w '%{http_code}' -u "qianxl:$CLERK_PASSWORD" "$BASE/api/disputes/$CASE_ID")"
TASK=$(curl -s -u "qianxl:$CLERK_PASSWORD" "$BASE/api/tasks" | python3 -c 'import json,sys
print(next((t["id"] for t in json.load(sys.stdin) if t.get("caseNo") == sys.argv[1]), ""))' "$CASE_NO")
[ -n "$TASK" ] && ok "the triage is in the clerk's tasks" || fail "the triage is not in the clerk's tasks"
check "the clerk claims the triage" 204 "$(curl -s -o /dev/null -w '%{http_code}' -X POST -u "qianxl:$CLERK_PASSWORD" "$BASE/api/tasks/$TASK/claim")"
triage='{"variables":{"accepted":"true","disputeType":"NEIGHBOUR","riskLevel":"GENERAL","channel":"PEOPLE","mediationLevel":"VILLAGE"}}'
check "the clerk accepts it for the village committee" 204 "$(curl -s -o /dev/null -w '%{http_code}' -u "qianxl:$CLERK_PASSWORD" \
  -H 'Content-Type: application/json' -d "$triage" "$BASE/api/tasks/$TASK/complete")"
curl -s -u "mediator:$MEDIATOR_PASSWORD" "$BASE/api/tasks" > "$WORK/mediator-tasks.json"
if python3 -c 'import json,sys
tasks=json.load(open(sys.argv[1]))
sys.exit(0 if any(t.get("caseNo") == sys.argv[2] for t in tasks) else 1)' "$WORK/mediator-tasks.json" "$CASE_NO"; then
  ok "the case is in the 东村 mediator's tasks"
else
  fail "the case is not in the 东村 mediator's tasks: $(head -c 300 "$WORK/mediator-tasks.json")"
fi

# last: a wrong password pauses the account's logins for a few seconds (ENGINE-27001)
check "the first password no longer works" 401 "$(curl -s -o /dev/null -w '%{http_code}' -u "qianxl:$CLERK_FIRST" "$BASE/api/disputes")"

if [ "$failures" = 0 ]; then
  echo "first-start: every step of the README's first start passed"
else
  echo "first-start: $failures checks failed"; tail -40 "$WORK/app.log"
fi
exit "$failures"
