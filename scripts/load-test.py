#!/usr/bin/env python3
"""Load: N simulated users each run cases through the whole mediation flow against a running product,
for a given time, and print throughput, p50/p95/max per call and the errors.

    python3 scripts/load-test.py --base http://127.0.0.1:18080 --users 50 --seconds 600 [--think-ms 1000]

Each user loops: register (intake) -> triage (intake) -> preparation, session, outcome (the 东村 mediator),
every step through /api, task ids looked up through /engine-rest. Between two steps a user reads and types for
a random think time of 0.5 to 1.5 times --think-ms (people at a desk do not click without pause); --think-ms 0
measures saturation instead: every user fires its next call the moment the last one returns.
Only loopback addresses are meant.
"""
import argparse, base64, json, random, threading, time, urllib.error, urllib.request
from collections import defaultdict

REGISTRATION = {"source": "WALK_IN", "type": "NEIGHBOUR", "regionCode": "990101001001",
                "description": "压力测试纠纷", "amount": 2000, "peopleInvolved": 2,
                "parties": [{"role": "APPLICANT", "kind": "PERSON", "name": "张三",
                             "idNumber": "11010519491231002X", "phone": "13800138000"},
                            {"role": "RESPONDENT", "kind": "PERSON", "name": "李四",
                             "idNumber": "440304198506151237", "phone": "13900139000"}]}
# The product dates a case by the day in China; the machine running this script may be on UTC.
TODAY = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 8 * 3600))
STEPS = [
    ("intake", {"accepted": "true", "disputeType": "NEIGHBOUR", "riskLevel": "GENERAL",
                "channel": "PEOPLE", "mediationLevel": "VILLAGE"}),
    ("mediator", {"partiesConsent": "true"}),
    ("mediator", {"sessionDate": TODAY, "sessionPlace": "调解室", "participants": "双方", "sessionSummary": "调解",
                  "anotherSession": "false"}),
    ("mediator", {"mediationResult": "SUCCESS", "agreementForm": "ORAL", "agreementContent": "当场履行"}),
]

latencies = defaultdict(list)
errors = defaultdict(int)
lock = threading.Lock()


def call(base, user, method, path, body=None, name=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Authorization", "Basic " + base64.b64encode(f"{user}:{user}".encode()).decode())
    request.add_header("Content-Type", "application/json")
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            payload = response.read()
            ok = True
    except (urllib.error.URLError, TimeoutError) as failure:
        payload, ok = None, False
        with lock:
            errors[f"{name} {getattr(failure, 'code', type(failure).__name__)}"] += 1
    elapsed = (time.perf_counter() - start) * 1000
    with lock:
        latencies[name].append(elapsed)
    if not ok:
        return None
    return json.loads(payload) if payload else {}


def think(think_ms):
    if think_ms:
        time.sleep(random.uniform(0.5, 1.5) * think_ms / 1000)


def user_loop(base, deadline, done, think_ms):
    while time.time() < deadline:
        think(think_ms)
        registered = call(base, "intake", "POST", "/api/disputes", REGISTRATION, "register")
        if not registered:
            continue
        for user, variables in STEPS:
            think(think_ms)
            tasks = call(base, user, "GET", f"/engine-rest/task?processInstanceBusinessKey={registered['caseNo']}",
                         name="find task")
            if not tasks:
                break
            if call(base, user, "POST", f"/api/tasks/{tasks[0]['id']}/complete", {"variables": variables},
                    "complete task") is None:
                break
        else:
            with lock:
                done[0] += 1


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="http://127.0.0.1:18080")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=600)
    parser.add_argument("--think-ms", type=int, default=1000)
    args = parser.parse_args()
    assert args.base.startswith(("http://127.", "http://localhost")), "load only against this machine"
    done = [0]
    deadline = time.time() + args.seconds
    threads = [threading.Thread(target=user_loop, args=(args.base, deadline, done, args.think_ms)) for _ in range(args.users)]
    started = time.time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.time() - started
    calls = sum(len(v) for v in latencies.values())
    print(f"load: {args.users} users, think time {args.think_ms} ms, for {wall:.0f} s: {done[0]} cases through the whole flow, "
          f"{calls} calls, {calls / wall:.1f} calls/s, {sum(errors.values())} errors")
    print(f"{'call':<15}{'count':>8}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}")
    for name, values in sorted(latencies.items()):
        print(f"{name:<15}{len(values):>8}{percentile(values, 50):>10.0f}{percentile(values, 95):>10.0f}"
              f"{max(values):>10.0f}")
    for name, count in sorted(errors.items()):
        print(f"error {name}: {count}")
    p95 = percentile(latencies["complete task"], 95) if latencies["complete task"] else float("inf")
    target_met = not errors and p95 <= 300
    print(f"load: target (0 errors, p95 of a task completion <= 300 ms): {'met' if target_met else 'NOT met'}")
    return 0 if not errors else 1


if __name__ == "__main__":
    raise SystemExit(main())
