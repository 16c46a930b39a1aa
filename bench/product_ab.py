#!/usr/bin/env python3
"""Two builds (or two settings) of the product, alternated on one machine: the p50 of each step of a case.

A change to the product is judged against the build before it, not against the bare engine: the machine drifts
over a run by more than many changes are worth, so the two sides take turns (A, B, A, B …), each on a fresh H2
file through its own scripts/server.sh, and each prints the registration's and every step's p50 per block of
cases (triage, preparation, session, outcome, and all four together, as the side-by-side counts them).
Usage: product_ab.py [--rounds 2] [--warmup 60] [--blocks 2] [--cases 100] A=/path/to/scripts/server.sh[@ARGS]
                     B=/other/scripts/server.sh[@ARGS]
ARGS after "@" are the product's own arguments for that side, space-separated (e.g.
"@--camunda.bpm.history-level=audit" to try a setting on the same build).
--java-opts=-Xshare:off gives both sides these JVM options (write it with "=": a value that begins with "-" is
otherwise taken for an option of this script): two builds each start with the class-data archive its own
scripts/server.sh recorded, and the archive alone can make one build's calls 5-45 % slower than another's
(README, "The class-data archive costs the calls"), so compare two builds without it.
"""
import argparse, os, shutil, statistics, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import side_by_side as bench

STEPS = ["triage", "preparation", "session", "outcome"]


def run_side(label, launcher, args, warmup, blocks, cases, java_opts):
    bench.PRODUCT_ARGS[:] = args
    tmp = tempfile.mkdtemp()
    process, port, cold = bench.start("product", None, tmp, java_opts, launcher)
    try:
        time.sleep(3)
        number = 0
        for block in range(-1, blocks):
            size = warmup if block < 0 else cases
            register, steps = [], [[] for _ in STEPS]
            for _ in range(size):
                timings = {"register": [], "complete": []}
                if not bench.product_case(port, number, timings):
                    raise SystemExit(f"{label}: case {number} failed; see {tmp}/app.log")
                number += 1
                register += timings["register"]
                for step, took in enumerate(timings["complete"]):
                    steps[step].append(took)
            if block >= 0:
                each = "  ".join(f"{name} {statistics.median(t):5.1f}" for name, t in zip(STEPS, steps))
                print(f"{label} cases {number - size}-{number - 1}: registration {statistics.median(register):5.1f}"
                      f"  {each}  all steps {statistics.median(sum(steps, [])):5.1f} ms", flush=True)
    finally:
        process.terminate()
        process.wait()
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--warmup", type=int, default=60)
    parser.add_argument("--blocks", type=int, default=2)
    parser.add_argument("--cases", type=int, default=100)
    parser.add_argument("--java-opts", default="", help="JVM options for both sides, space-separated")
    parser.add_argument("sides", nargs=2, metavar="LABEL=SERVER_SH[@ARGS]")
    options = parser.parse_args()
    sides = []
    for side in options.sides:
        label, rest = side.split("=", 1)
        launcher, _, args = rest.partition("@")
        sides.append((label, launcher, args.split()))
    for round_number in range(options.rounds):
        for label, launcher, args in sides:
            run_side(f"round {round_number + 1} {label}", launcher, args, options.warmup, options.blocks,
                     options.cases, options.java_opts.split())


if __name__ == "__main__":
    main()
