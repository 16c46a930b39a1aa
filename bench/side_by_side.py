#!/usr/bin/env python3
"""The product beside the bare Camunda engine, in one run on one machine (the lean path's measure).

Each round starts every side in turn on a fresh H2 file and measures: cold start (launch -> an authenticated
engine-rest call answers 200), RSS idle and after the load, and at concurrency 1 the p50/p95 of a case's
start/registration and of a task completion. Sides:
  bare       bench/bare-engine, authorization checks off, admin user (the engine alone)
  bare-auth  the same jar with authorization checks on and a non-admin user ("clerk"), so that what Camunda's
             authorizations cost is told apart from what the product adds
  product    POST /api/disputes as intake + triage, preparation, session and outcome via /api/tasks
After the load, on the bare engine (its admin, filter "All tasks") and the product (intake, filter 我的待办), one
case waits in the user's list, and Tasklist is timed in headless Chromium (bench/tasklist_timing.py): the login
page and the first task list, on a first visit and again.
Prints each round and the medians of the ratios; --json writes the figures.
Usage: side_by_side.py --bare JAR --product JAR [--product-launcher scripts/server.sh] [--rounds 3] [--cases 300]
                       [--warmup 50] [--json FILE]
"""
import argparse, base64, http.client, json, os, shutil, socket, statistics, subprocess, tempfile, time

import tasklist_timing


def free_port():
    s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close(); return port


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0


class Client:
    def __init__(self, port, user):
        self.port = port
        self.auth = "Basic " + base64.b64encode(f"{user}:{user}".encode()).decode()
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def call(self, method, path, body=None):
        headers = {"Accept": "application/json", "Authorization": self.auth}
        data = None
        if body is not None:
            data = json.dumps(body).encode(); headers["Content-Type"] = "application/json"
        try:
            self.conn.request(method, path, body=data, headers=headers)
            answer = self.conn.getresponse(); return answer.status, answer.read()
        except (http.client.HTTPException, OSError):
            self.conn.close(); self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            return 0, b""


# H2_OPTIONS: e.g. ";WRITE_DELAY=0" gives the bare sides the product's durable commits (each commit written to the
# file before the answer), so that what durability costs on H2 is told apart from the rest
H2_OPTIONS = os.environ.get("BARE_H2_OPTIONS", "")
SIDES = {
    "bare": {"user": "demo", "args": lambda tmp: [f"--spring.datasource.url=jdbc:h2:file:{tmp}/db/bench;DB_CLOSE_ON_EXIT=FALSE{H2_OPTIONS}"]},
    "bare-auth": {"user": "clerk", "args": lambda tmp: [f"--spring.datasource.url=jdbc:h2:file:{tmp}/db/bench;DB_CLOSE_ON_EXIT=FALSE{H2_OPTIONS}",
                                                         "--camunda.bpm.authorization.enabled=true"]},
    "product": {"user": "intake", "args": lambda tmp: [f"--sandiao.h2-file={tmp}/db/sandiao"] + PRODUCT_ARGS},
}
PRODUCT_ARGS = os.environ.get("PRODUCT_ARGS", "").split()


def java():
    """The JDK both sides run on: $JAVA_HOME's when set (as scripts/server.sh chooses it), else the PATH's."""
    return os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"


def start(side, jar, tmp, java_opts, launcher=None):
    """Starts a side; a launcher (the product's scripts/server.sh, which execs java with its own flags) replaces
    `java -jar`, and the JVM options then go to it as JAVA_OPTS."""
    port = free_port()
    log = open(os.path.join(tmp, "app.log"), "w")
    began = time.perf_counter()
    command = [launcher] if launcher else [java()] + java_opts + ["-jar", jar]
    process = subprocess.Popen(command + [f"--server.port={port}"] + SIDES[side]["args"](tmp),
                               cwd=tmp, stdout=log, stderr=subprocess.STDOUT,
                               env=dict(os.environ, JAVA_OPTS=" ".join(java_opts)) if launcher else None)
    probe = Client(port, SIDES[side]["user"])
    while probe.call("GET", "/engine-rest/version")[0] != 200:
        if process.poll() is not None or time.perf_counter() - began > 300:
            raise SystemExit(f"{side} did not start; see {log.name}")
        time.sleep(0.05)
    return process, port, time.perf_counter() - began


def timed(timings, key, send):
    """Sends a call; its time in ms goes to timings[key], and with a "windows" list in timings also its wall-clock
    (start, end), in the order of the calls (bench/profile_steps.py gives a profile's samples to the calls by them)."""
    began, wall = time.perf_counter(), time.time()
    answer = send()
    timings[key].append((time.perf_counter() - began) * 1000)
    timings.get("windows", []).append((wall, time.time()))
    return answer


def bare_case(side):
    """A case on the bare engine: start and three steps."""
    user = SIDES[side]["user"]

    def case(port, i, timings):
        client = Client(port, user)
        value = lambda v, t="String": {"value": v, "type": t}
        status, raw = timed(timings, "register", lambda: client.call(
            "POST", "/engine-rest/process-definition/key/bench_case/start", {
                "businessKey": f"B-{i}", "variables": {"caseNo": value(f"B-{i}"), "applicant": value("张三"),
                                                       "respondent": value("李四"),
                                                       "claimAmount": value(12000 + i, "Long"),
                                                       "requestedMediator": value(user)}}))
        if status != 200:
            print(side, "start", status, raw[:200]); return False
        instance = json.loads(raw)["id"]
        for variables in ({"category": value("NEIGHBOUR"), "triageNote": value("适合调解")},
                          {"sessionDate": value("2025-01-15"), "sessionNotes": value("双方到场")},
                          {"mediationResult": value("SUCCESS"), "agreement": value("赔偿 1000 元")}):
            status, raw = client.call("GET", f"/engine-rest/task?processInstanceId={instance}")
            tasks = json.loads(raw) if status == 200 else []
            if not tasks:
                print(side, "no task", status, raw[:200]); return False
            status, raw = timed(timings, "complete", lambda: client.call(
                "POST", f"/engine-rest/task/{tasks[0]['id']}/complete", {"variables": variables}))
            if status not in (200, 204):
                print(side, "complete", status, raw[:200]); return False
        return True
    return case


def id_number(seq):
    body = f"11010119{80 + seq % 20:02d}0307{seq % 900 + 100:03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(a) * b for a, b in zip(body, weights)) % 11]


def dispute(i):
    return {"source": "WALK_IN", "type": "NEIGHBOUR", "regionCode": "990101001001", "description": "相邻纠纷",
            "amount": 2000, "peopleInvolved": 2, "abnormalDeath": False,
            "parties": [{"role": "APPLICANT", "kind": "PERSON", "name": "张三", "idNumber": id_number(2 * i), "phone": "13800138000"},
                        {"role": "RESPONDENT", "kind": "PERSON", "name": "李四", "idNumber": id_number(2 * i + 1), "phone": "13900139000"}]}


def product_case(port, i, timings):
    """Registration and four steps."""
    intake, mediator = Client(port, "intake"), Client(port, "mediator")
    status, raw = timed(timings, "register", lambda: intake.call("POST", "/api/disputes", dispute(i)))
    if status != 201:
        print("product register", status, raw[:200]); return False
    case_no = json.loads(raw)["caseNo"]
    today = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 8 * 3600))  # China's day, after registering
    steps = [(intake, {"accepted": "true", "disputeType": "NEIGHBOUR", "riskLevel": "GENERAL", "channel": "PEOPLE",
                       "mediationLevel": "VILLAGE"}),
             (mediator, {"partiesConsent": "true"}),
             (mediator, {"sessionDate": today, "sessionPlace": "调解室", "participants": "双方", "sessionSummary": "调解",
                         "anotherSession": "false"}),
             (mediator, {"mediationResult": "SUCCESS", "agreementForm": "ORAL", "agreementContent": "当场履行"})]
    for client, variables in steps:
        status, raw = client.call("GET", f"/engine-rest/task?processInstanceBusinessKey={case_no}")
        tasks = json.loads(raw) if status == 200 else []
        if not tasks:
            print("product no task", status, raw[:200]); return False
        status, raw = timed(timings, "complete", lambda: client.call(
            "POST", f"/api/tasks/{tasks[0]['id']}/complete", {"variables": variables}))
        if status not in (200, 204):
            print("product complete", status, raw[:200]); return False
    return True


def one_waiting(side, port, i):
    """A case whose first task waits in the user's default Tasklist filter: the admin's 'All tasks' on the bare
    engine, 我的待办 (claimed by intake) in the product."""
    if side == "product":
        intake = Client(port, "intake")
        status, raw = intake.call("POST", "/api/disputes", dispute(i))
        if status != 201:
            return False
        status, raw = intake.call("GET", f"/engine-rest/task?processInstanceBusinessKey={json.loads(raw)['caseNo']}")
        return status == 200 and intake.call("POST", f"/api/tasks/{json.loads(raw)[0]['id']}/claim")[0] in (200, 204)
    status, _ = Client(port, SIDES[side]["user"]).call("POST", "/engine-rest/process-definition/key/bench_case/start", {
        "businessKey": f"B-{i}", "variables": {"caseNo": {"value": f"B-{i}", "type": "String"}}})
    return status == 200


def p95(values):
    ordered = sorted(values)
    return ordered[max(0, int(0.95 * len(ordered)) - 1)]


def one(side, jar, cases, warmup, java_opts, launcher=None):
    tmp = tempfile.mkdtemp(prefix=f"side-{side}-")
    process, port, cold = start(side, jar, tmp, java_opts, launcher)
    try:
        time.sleep(6)
        idle = rss_mib(process.pid)
        case = product_case if side == "product" else bare_case(side)
        for i in range(warmup):
            if not case(port, i, {"register": [], "complete": []}):
                raise SystemExit(f"{side}: a warm-up case failed; see {tmp}/app.log")
        timings = {"register": [], "complete": []}
        began = time.perf_counter()
        ok = sum(case(port, warmup + i, timings) for i in range(cases))
        wall = time.perf_counter() - began
        figures = {"cold_s": cold, "idle_mib": idle, "loaded_mib": rss_mib(process.pid), "ok": ok,
                   "case_ms": wall * 1000 / cases, "register_p50": statistics.median(timings["register"]),
                   "complete_p50": statistics.median(timings["complete"]), "complete_p95": p95(timings["complete"])}
        if side in TASKLIST_SIDES and tasklist_timing.available():
            if not one_waiting(side, port, warmup + cases):
                raise SystemExit(f"{side}: the case to wait in Tasklist could not be opened; see {tmp}/app.log")
            try:
                figures.update(tasklist_timing.measure(f"http://127.0.0.1:{port}", SIDES[side]["user"]))
            except TimeoutError as reason:  # once, said aloud: a browser stuck once is not the product's figure
                print(f"{side}: Tasklist timing again after: {reason}", flush=True)
                figures.update(tasklist_timing.measure(f"http://127.0.0.1:{port}", SIDES[side]["user"]))
        return figures
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(tmp, ignore_errors=True)


# Tasklist is timed where its user sees a task without further set-up (bare-auth's clerk has no Tasklist grant)
TASKLIST_SIDES = ("bare", "product")
TASKLIST_FIGURES = [("login_first_s", "Tasklist login page, first visit", "s"),
                    ("tasks_first_s", "Tasklist first task list, first visit", "s"),
                    ("login_again_s", "Tasklist login page, again", "s"),
                    ("tasks_again_s", "Tasklist first task list, again", "s")]
FIGURES = [("cold_s", "cold start", "s"), ("idle_mib", "RSS idle", "MiB"), ("loaded_mib", "RSS after load", "MiB"),
           ("register_p50", "registration p50", "ms"), ("complete_p50", "task completion p50", "ms"),
           ("complete_p95", "task completion p95", "ms")]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bare", required=True); parser.add_argument("--product", required=True)
    parser.add_argument("--rounds", type=int, default=3); parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--warmup", type=int, default=50); parser.add_argument("--json")
    parser.add_argument("--java-opts", default="", help="JVM options for the product (with java -jar)")
    parser.add_argument("--product-launcher", help="a script that starts the product instead of java -jar "
                                                   "(scripts/server.sh: its class-data archive and flags)")
    options = parser.parse_args()
    version = subprocess.run([java(), "-version"], capture_output=True, text=True).stderr
    print("JDK of both sides: " + next((line for line in version.splitlines() if " version " in line), version.strip()),
          flush=True)
    rounds = []
    for number in range(1, options.rounds + 1):
        figures = {}
        for side in SIDES:
            jar = os.path.abspath(options.product if side == "product" else options.bare)
            figures[side] = one(side, jar, options.cases, options.warmup,
                                options.java_opts.split() if side == "product" else [],
                                os.path.abspath(options.product_launcher)
                                if side == "product" and options.product_launcher else None)
            x = figures[side]
            tasklist = (f" tasklist login {x['login_first_s']:.2f}/{x['login_again_s']:.2f}s list "
                        f"{x['tasks_first_s']:.2f}/{x['tasks_again_s']:.2f}s" if "login_first_s" in x else "")
            print(f"round {number} {side:9s} cold {x['cold_s']:.1f}s idle {x['idle_mib']:.0f}MiB loaded {x['loaded_mib']:.0f}MiB "
                  f"register p50 {x['register_p50']:.1f}ms complete p50 {x['complete_p50']:.1f} p95 {x['complete_p95']:.1f}ms "
                  f"ok {x['ok']}/{options.cases}{tasklist}", flush=True)
        rounds.append(figures)
    print("\n| figure | bare | bare, authorization on | product | product / bare | product / bare with authorization |")
    print("|---|---|---|---|---|---|")
    medians = {}
    for key, label, unit in FIGURES:
        med = {side: statistics.median(r[side][key] for r in rounds) for side in SIDES}
        to_bare = statistics.median(r["product"][key] / r["bare"][key] for r in rounds)
        to_auth = statistics.median(r["product"][key] / r["bare-auth"][key] for r in rounds)
        medians[key] = {**med, "product/bare": to_bare, "product/bare-auth": to_auth}
        print(f"| {label} | {med['bare']:.1f} {unit} | {med['bare-auth']:.1f} {unit} | {med['product']:.1f} {unit} "
              f"| {to_bare:.2f}× | {to_auth:.2f}× |")
    if all("login_first_s" in r["product"] for r in rounds):
        print("\n| Tasklist in headless Chromium | bare | product | product / bare |")
        print("|---|---|---|---|")
        for key, label, unit in TASKLIST_FIGURES:
            med = {side: statistics.median(r[side][key] for r in rounds) for side in TASKLIST_SIDES}
            ratio = statistics.median(r["product"][key] / r["bare"][key] for r in rounds)
            medians[key] = {**med, "product/bare": ratio}
            print(f"| {label} | {med['bare']:.2f} {unit} | {med['product']:.2f} {unit} | {ratio:.2f}× |")
    failed = sum(options.cases - r[side]["ok"] for r in rounds for side in SIDES)
    if options.json:
        with open(options.json, "w") as out:
            json.dump({"rounds": rounds, "medians": medians, "cases": options.cases, "warmup": options.warmup}, out, indent=1)
    if failed:
        raise SystemExit(f"{failed} cases failed")


if __name__ == "__main__":
    main()
