#!/usr/bin/env python3
"""Measures the statistics API of a running product and prints one line per measurement (for benchmark.sh).

    python3 scripts/benchmark.py report  --base URL --month YYYY-MM [--label 1,000,000] [--requests 200]
    python3 scripts/benchmark.py history --base URL --month YYYY-MM [--region CODE]
    python3 scripts/benchmark.py load    --base URL --seconds 300

report:  the county's monthly JSON warm (p50/p95 of --requests calls after --warm calls), the 120-month trend,
         and the from-scratch SQL recount (admin endpoint) of the same month, whose figures must be equal.
history: a region's headline figures, by type and by region, from the engine's history (admin endpoint), timed
         against the report, whose figures must be equal.
load:    4 clients run cases through registration, triage and mediation while 8 clients pull the monthly report;
         report p95, errors; afterwards the live figures must equal a recount exactly.
Only loopback addresses are meant.
"""
import argparse, base64, json, statistics, sys, threading, time, urllib.error, urllib.request

ADMIN, STATS = "demo", "stats"
TODAY = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 8 * 3600))   # the product dates by China's day
THIS_MONTH = TODAY[:7]
REGISTRATION = {"source": "WALK_IN", "type": "NEIGHBOUR", "regionCode": "990101001001",
                "description": "基准测试纠纷", "amount": 2000, "peopleInvolved": 2,
                "parties": [{"role": "APPLICANT", "kind": "PERSON", "name": "张三",
                             "idNumber": "11010519491231002X", "phone": "13800138000"},
                            {"role": "RESPONDENT", "kind": "PERSON", "name": "李四",
                             "idNumber": "440304198506151237", "phone": "13900139000"}]}
STEPS = [
    ("intake", {"accepted": "true", "disputeType": "NEIGHBOUR", "riskLevel": "GENERAL",
                "channel": "PEOPLE", "mediationLevel": "VILLAGE"}),
    ("mediator", {"partiesConsent": "true"}),
    ("mediator", {"sessionDate": TODAY, "sessionPlace": "调解室", "participants": "双方", "sessionSummary": "调解",
                  "anotherSession": "false"}),
    ("mediator", {"mediationResult": "SUCCESS", "agreementForm": "ORAL", "agreementContent": "当场履行"}),
]
PASSWORDS = {"demo": "demo"}


def call(base, user, method, path, body=None, timeout=600):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, method=method)
    password = PASSWORDS.get(user, user)
    request.add_header("Authorization", "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode())
    request.add_header("Content-Type", "application/json")
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=timeout) as response:
        payload = response.read()
    return (time.perf_counter() - start) * 1000, (json.loads(payload) if payload else None)


def describe(failure):
    """What went wrong, with the product's own answer when there was one."""
    if isinstance(failure, urllib.error.HTTPError):
        try:
            body = failure.read().decode("utf-8", "replace")[:300]
        except Exception:  # noqa: BLE001 - the body is only for the reader
            body = ""
        return f"HTTP {failure.code} {failure.url}: {body}"
    return repr(failure)


def timed(base, user, path, count, warm=0):
    for _ in range(warm):
        call(base, user, "GET", path)
    times, body = [], None
    for _ in range(count):
        elapsed, body = call(base, user, "GET", path)
        times.append(elapsed)
    return times, body


def pct(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(-(-p * len(ordered) // 100)) - 1))]


def figures(report):
    """A report without the moment it was made."""
    return {k: v for k, v in report.items() if k != "generatedAt"}


def previous_months(month, n):
    year, mon = map(int, month.split("-"))
    index = year * 12 + mon - 1 - (n - 1)
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def report(args):
    path = f"/api/statistics/monthly?month={args.month}"
    times, live = timed(args.base, STATS, path, args.requests, warm=args.warm)
    trend_path = f"/api/statistics/trend?from={previous_months(args.month, 120)}&to={args.month}"
    trend_times, trend = timed(args.base, STATS, trend_path, max(10, args.requests // 4), warm=args.warm // 4)
    year = args.month[:4]
    year_times, _ = timed(args.base, STATS, f"/api/statistics/period?from={year}-01&to={year}-12",
                          max(10, args.requests // 4), warm=args.warm // 4)
    recount_times, recounted = timed(args.base, ADMIN, f"/api/admin/statistics/recount?month={args.month}", args.recounts)
    equal = figures(live) == figures(recounted)
    registered = live["disputes"]["registered"]
    print(f"RESULT report label={args.label} month={args.month} month_registered={registered} "
          f"p50={pct(times, 50):.1f} p95={pct(times, 95):.1f} trend_p50={pct(trend_times, 50):.1f} "
          f"year_p50={pct(year_times, 50):.1f} recount_p50={statistics.median(recount_times):.0f} speedup={statistics.median(recount_times) / pct(times, 50):.0f} "
          f"equal={'yes' if equal else 'NO'} months={len(trend)}")
    if not equal:
        print("live:     " + json.dumps(figures(live), ensure_ascii=False)[:2000], file=sys.stderr)
        print("recount:  " + json.dumps(figures(recounted), ensure_ascii=False)[:2000], file=sys.stderr)
    return 0 if equal else 1


# the figures HistoryService can give too: the headline counts and rates, and some counts by type and by region
HEADLINE = ("registered", "declined", "mediated", "succeeded", "withdrawn", "closed", "mediationRate", "successRate")
BREAKDOWNS, BREAKDOWN_COUNTS = ("byType", "byRegion"), ("registered", "mediated", "succeeded")


def headline(report):
    d = report["disputes"]
    ours = {k: d[k] for k in HEADLINE}
    for part in BREAKDOWNS:
        ours[part] = {row["code"]: {k: row.get(k) or 0 for k in BREAKDOWN_COUNTS}
                      for row in d[part] if any(row.get(k) for k in BREAKDOWN_COUNTS)}
    return ours


def from_history(baseline):
    theirs = {k: baseline[k] for k in HEADLINE}
    for part in BREAKDOWNS:
        theirs[part] = {code: counts for code, counts in baseline[part].items() if any(counts.values())}
    return theirs


def history(args):
    path = f"month={args.month}" + (f"&region={args.region}" if args.region else "")
    times, live = timed(args.base, STATS, f"/api/statistics/monthly?{path}", args.requests, warm=args.warm)
    history_times, baseline = timed(args.base, ADMIN, f"/api/admin/statistics/history-baseline?{path}",
                                    args.recounts, warm=3)
    ours, theirs = headline(live), from_history(baseline)
    equal = ours == theirs
    print(f"RESULT history month={args.month} region={args.region or 'county'} cases={live['disputes']['registered']} "
          f"p50={pct(times, 50):.1f} history_p50={statistics.median(history_times):.0f} "
          f"speedup={statistics.median(history_times) / pct(times, 50):.0f} equal={'yes' if equal else 'NO'}")
    if not equal:
        print("report:  " + json.dumps(ours, ensure_ascii=False)[:2000], file=sys.stderr)
        print("history: " + json.dumps(theirs, ensure_ascii=False)[:2000], file=sys.stderr)
    return 0 if equal else 1


def load(args):
    deadline = time.time() + args.seconds
    lock = threading.Lock()
    report_times, errors, done, failed = [], [], [0], [0]

    def flow():
        while time.time() < deadline:
            try:
                _, registered = call(args.base, "intake", "POST", "/api/disputes", REGISTRATION, timeout=60)
                for user, variables in STEPS:
                    _, tasks = call(args.base, user, "GET",
                                    f"/engine-rest/task?processInstanceBusinessKey={registered['caseNo']}", timeout=60)
                    call(args.base, user, "POST", f"/api/tasks/{tasks[0]['id']}/complete", {"variables": variables},
                         timeout=60)
                with lock:
                    done[0] += 1
            except Exception as failure:  # noqa: BLE001 - every failure is counted and shown
                with lock:
                    failed[0] += 1
                    errors.append(f"case: {describe(failure)}")

    def reports():
        while time.time() < deadline:
            try:
                elapsed, _ = call(args.base, STATS, "GET", f"/api/statistics/monthly?month={THIS_MONTH}", timeout=60)
                with lock:
                    report_times.append(elapsed)
            except Exception as failure:  # noqa: BLE001
                with lock:
                    errors.append(f"report: {describe(failure)}")

    threads = [threading.Thread(target=flow) for _ in range(4)] + [threading.Thread(target=reports) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    mismatches = []
    for region in ("990101", "990101001", "990101002"):
        _, live = call(args.base, STATS, "GET", f"/api/statistics/monthly?month={THIS_MONTH}&region={region}")
        _, recounted = call(args.base, ADMIN, "GET", f"/api/admin/statistics/recount?month={THIS_MONTH}&region={region}")
        if figures(live) != figures(recounted):
            mismatches.append(region)
    print(f"RESULT load seconds={args.seconds} cases_done={done[0]} cases_failed={failed[0]} "
          f"reports={len(report_times)} report_p50={pct(report_times, 50):.1f} report_p95={pct(report_times, 95):.1f} "
          f"errors={len(errors)} live_equals_recount={'yes' if not mismatches else 'NO ' + ','.join(mismatches)}")
    for error in errors[:10]:
        print("error: " + error)
    return 0 if not errors and not mismatches and failed[0] == 0 else 1


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["report", "history", "load"])
    parser.add_argument("--base", default="http://127.0.0.1:18095")
    parser.add_argument("--month", default=THIS_MONTH)
    parser.add_argument("--label", default="")
    parser.add_argument("--region", default="")
    parser.add_argument("--warm", type=int, default=500, help="calls before timing: the server's JIT warms up")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--recounts", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=300)
    args = parser.parse_args()
    assert args.base.startswith(("http://127.", "http://localhost")), "only against this machine"
    return {"report": report, "history": history, "load": load}[args.mode](args)


if __name__ == "__main__":
    raise SystemExit(main())
