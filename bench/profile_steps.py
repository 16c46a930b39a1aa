#!/usr/bin/env python3
"""Where each call of a case spends its CPU: the engine's own work, the product's, the web layer, the commit.

Starts the product through scripts/server.sh with Java Flight Recorder able to keep whole stacks, runs warm-up
cases, then records while it runs measured cases one call at a time (the side-by-side's case: registration,
triage, preparation, session, outcome). Every CPU sample taken on the request thread inside a call's time window
is given to that call and sorted into one of these parts, by the frames on its stack:
  engine           inside the engine command that is the call itself (the task's completion, the process start):
                   the engine's behaviour, history, authorization checks, MyBatis and H2 statements
  engine for ours  inside the other engine commands our code runs (the task's look-up, grants, queries)
  ours in engine   inside an engine command, below one of our listeners or delegates (what they do, including
                   the engine and database calls they make)
  ours             outside the engine: Hibernate (our rows and its flush), our services, our JDBC
  commit           H2 writing and committing the transaction (the engine's rows and ours together)
  login            the HTTP Basic login (password check, the account's state and groups), which both sides make
  web              Tomcat, Spring MVC and Security, JSON, the rest
Prints per call: the median wall time, the samples, and each part's share of them and of the median (the samples
are CPU; a call runs on one thread and is bound by the CPU, so what it waits for, GC pauses included, falls to the
parts in proportion).
Usage: profile_steps.py [--warmup 80] [--cases 150] [--keep DIR] path/to/scripts/server.sh
       profile_steps.py --again DIR   (sorts a --keep folder's recording again)
       profile_steps.py [...] --ours registration   (also lists that call's samples of our own code by the listener
       or service they run under: where in our code to look first)
       profile_steps.py [...] --bare bench/bare-engine/target/bare-engine.jar   (the bare engine, authorization on,
       its start and three steps through engine-rest, sorted the same way)
Needs the JDK's `jfr` and `jcmd` on PATH (the JDK the server runs on).
"""
import argparse, bisect, collections, datetime, json, os, shutil, statistics, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import side_by_side as bench

CALLS = ["registration", "triage", "preparation", "session", "outcome"]
BARE_CALLS = ["start", "step 1", "step 2", "step 3"]
PARTS = ["engine", "engine for ours", "ours in engine", "ours", "commit", "login", "web"]
COMMIT_FRAMES = ("org.h2.engine.SessionLocal.commit", "org.h2.mvstore.tx.Transaction.commit",
                 "org.h2.mvstore.MVStore.commit", "org.h2.mvstore.MVStore.tryCommit")
ENGINE_REST = "org.glassfish.jersey."
# Only the CPU samples: the "profile" settings also record allocations and locks, each with its whole stack, which
# slowed the product's calls (their stacks are deeper) far more than the bare engine's
SAMPLES_ONLY = """<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0" label="CPU samples only">
  <event name="jdk.ExecutionSample"><setting name="enabled">true</setting><setting name="period">10 ms</setting></event>
</configuration>
"""
# The engine's commands that are the call itself; other commands our code runs around it (the task's look-up, the
# grants, queries) are the engine working for us
THE_CALL = ("org.camunda.bpm.engine.impl.TaskServiceImpl.complete", "org.camunda.bpm.engine.impl.RuntimeServiceImpl.",
            "org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl.", "org.camunda.bpm.engine.impl.FormServiceImpl.",
            "cn.sandiao.workflow.InstanceAccess.inOneCommand")
COMMAND_FRAME = "org.camunda.bpm.engine.impl.interceptor.CommandContextInterceptor.execute"
HISTORY_HANDLERS = ("cn.sandiao.workflow.HistoryWriter", "cn.sandiao.security.SensitiveHistoryFilter")
# A registration runs the start and its grants in one engine command (InstanceAccess.inOneCommand): that command is
# the start's, and the lambdas that only carry the start into it are not our code at work
PASSED_THROUGH = ("cn.sandiao.workflow.InstanceAccess.inOneCommand", "cn.sandiao.workflow.InstanceAccess.lambda$inOneCommand$",
                  "cn.sandiao.dispute.DisputeService.lambda$register$", "cn.sandiao.petition.PetitionService.lambda$register$")
LOGIN_FRAMES = ("org.springframework.security.authentication.ProviderManager.authenticate",  # the product's /api
                "org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter.setAuthenticatedUser",
                "org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider.")  # engine-rest's


def part_of(frames, side="product"):
    """frames: outermost first, as 'package.Class.method'. On the product None for a sample of engine-rest: the
    measured calls go to /api, and the task look-up before each step (engine-rest) may still be unwinding when the
    step begins."""
    if side == "product" and any(f.startswith(ENGINE_REST) for f in frames):
        return None
    if any(f.startswith(LOGIN_FRAMES) for f in frames):
        return "login"
    if any(f.startswith(COMMIT_FRAMES) for f in frames):
        return "commit"
    part = "web"
    for depth, frame in enumerate(frames):
        if frame == COMMAND_FRAME and part in ("web", "ours"):
            part = "engine" if any(f.startswith(THE_CALL) for f in frames[:depth]) else "engine for ours"
        elif is_ours(frames, depth) and part in ("web", "engine"):
            part = "ours" if part == "web" else "ours in engine"
        elif frame.startswith("org.hibernate.") and part == "web":
            part = "ours"
    return part


def is_ours(frames, depth):
    """Our code doing work: not a filter of ours that only passes the request on, not the history handler that wraps
    the engine's own."""
    frame = frames[depth]
    if not frame.startswith("cn.sandiao.") or frame.startswith(HISTORY_HANDLERS + PASSED_THROUGH) \
            or "$$Lambda" in frame:  # a lambda's generated class only calls the lambda's body
        return False
    passes_on = frame.endswith((".doFilterInternal", ".doFilter")) and any("FilterChain" in f for f in frames[depth:])
    return not passes_on


def our_caller(frames, part):
    """Inside the engine, the listener or delegate of ours the engine called (and what it called of ours next);
    outside it, our outermost working frame below the controller."""
    if part == "ours in engine":
        ours = [f for f in frames[frames.index(COMMAND_FRAME):] if f.startswith("cn.sandiao.")
                and not f.startswith(HISTORY_HANDLERS + PASSED_THROUGH) and "$$Lambda" not in f]
    else:
        ours = [f for depth, f in enumerate(frames) if is_ours(frames, depth)]
    ours = [f for i, f in enumerate(ours) if "$$" not in f  # Spring's proxies of the same method
            and (i == 0 or f != ours[i - 1])]  # and an overload calling its namesake
    if part == "ours":
        ours = ours[1:] or ours  # below the controller, unless the controller itself is working
    return " > ".join(ours[:2]) or "?"


def run(side, launch, warmup, cases, keep):
    """side "product" (launch: its scripts/server.sh) or "bare-auth" (launch: the bare engine's jar)."""
    tmp = keep or tempfile.mkdtemp(prefix="profile-steps-")
    os.makedirs(tmp, exist_ok=True)
    recording = os.path.join(tmp, "calls.jfr")
    deep_stacks = ["-XX:FlightRecorderOptions:stackdepth=1024"]
    if side == "product":
        process, port, _ = bench.start(side, None, tmp, deep_stacks, launch)
        case = bench.product_case
    else:
        process, port, _ = bench.start(side, launch, tmp, deep_stacks)
        case = bench.bare_case(side)
    windows = []
    try:
        time.sleep(3)
        for i in range(warmup):
            if not case(port, i, {"register": [], "complete": []}):
                raise SystemExit(f"warm-up case {i} failed; see {tmp}/app.log")
        settings = os.path.join(tmp, "samples-only.jfc")
        with open(settings, "w") as out:
            out.write(SAMPLES_ONLY)
        subprocess.run(["jcmd", str(process.pid), "JFR.start", "name=calls", f"settings={settings}"], check=True,
                       stdout=subprocess.DEVNULL)
        for i in range(warmup, warmup + cases):
            timings = {"register": [], "complete": [], "windows": []}
            if not case(port, i, timings):
                raise SystemExit(f"case {i} failed; see {tmp}/app.log")
            windows += [(began, ended, call) for call, (began, ended) in enumerate(timings["windows"])]
        subprocess.run(["jcmd", str(process.pid), "JFR.stop", "name=calls", f"filename={recording}"], check=True,
                       stdout=subprocess.DEVNULL)
        with open(os.path.join(tmp, "windows.json"), "w") as out:
            json.dump({"side": side, "warmup": warmup, "windows": windows}, out)
    finally:
        process.terminate()
        process.wait()
    return tmp, recording, windows


def samples(recording):
    printed = subprocess.run(["jfr", "print", "--json", "--stack-depth", "1024", "--events", "jdk.ExecutionSample",
                              recording], check=True, capture_output=True, text=True).stdout
    for event in json.loads(printed)["recording"]["events"]:
        values = event["values"]
        thread = (values.get("sampledThread") or {}).get("javaName") or ""
        if "http-nio" not in thread:
            continue
        stack = values.get("stackTrace") or {}
        frames = [f"{frame['method']['type']['name'].replace('/', '.')}.{frame['method']['name']}"
                  for frame in stack.get("frames", [])]
        when = datetime.datetime.fromisoformat(values["startTime"].replace("Z", "+00:00")).timestamp()
        yield when, list(reversed(frames))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--warmup", type=int, default=80)
    parser.add_argument("--cases", type=int, default=150)
    parser.add_argument("--keep", help="a folder for the recording and the server's log (kept)")
    parser.add_argument("--bare", metavar="JAR", help="profile the bare engine's jar (authorization on, clerk) instead")
    parser.add_argument("--again", metavar="DIR", help="sort a kept folder's recording again, without running")
    parser.add_argument("--ours", metavar="CALL", help="also list that call's samples of our own code (the parts "
                        "'ours in engine' and 'ours') by the listener or service they run under, e.g. registration")
    parser.add_argument("server_sh", nargs="?", help="the product's scripts/server.sh")
    options = parser.parse_args()
    side, launch = ("bare-auth", options.bare) if options.bare else ("product", options.server_sh)
    if options.again:
        tmp, recording = options.again, os.path.join(options.again, "calls.jfr")
        with open(os.path.join(tmp, "windows.json")) as kept:
            kept = json.load(kept)
        side, options.warmup, windows, options.keep = kept["side"], kept["warmup"], kept["windows"], tmp
    else:
        tmp, recording, windows = run(side, os.path.abspath(launch), options.warmup, options.cases, options.keep)
    calls = CALLS if side == "product" else BARE_CALLS
    windows.sort()  # (began, ended, the call's place in the case)
    starts = [w[0] for w in windows]
    counts = {call: collections.Counter() for call in calls}
    ours_by_caller = collections.Counter()
    for when, frames in samples(recording):
        at = bisect.bisect_right(starts, when) - 1
        part = part_of(frames, side)
        if part and at >= 0 and windows[at][0] <= when <= windows[at][1]:
            counts[calls[windows[at][2]]][part] += 1
            if calls[windows[at][2]] == options.ours and part in ("ours in engine", "ours"):
                ours_by_caller[f"{part}: {our_caller(frames, part)}"] += 1
    took = {call: [w[1] - w[0] for w in windows if calls[w[2]] == call] for call in calls}
    print(f"{side}: {len(windows) // len(calls)} cases after {options.warmup} warm-up; recording in {recording}")
    print("| call | p50 wall | samples | " + " | ".join(PARTS) + " |")
    print("|---|---|---|" + "---|" * len(PARTS))
    for call in calls:
        median = statistics.median(took[call]) * 1000
        total = sum(counts[call].values()) or 1
        cells = [f"{100 * counts[call][p] / total:.0f} % ({median * counts[call][p] / total:.1f} ms)" for p in PARTS]
        print(f"| {call} | {median:.1f} ms | {total} | " + " | ".join(cells) + " |")
    if options.ours:
        total = sum(counts[options.ours].values()) or 1
        print(f"\n{options.ours}: our own code's samples by what they run under (share of all the call's samples)")
        for caller, n in ours_by_caller.most_common(15):
            print(f"{n:5d}  {100 * n / total:4.1f} %  {caller}")
    if not options.keep:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
