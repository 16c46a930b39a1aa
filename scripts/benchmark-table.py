#!/usr/bin/env python3
"""Prints benchmark.sh's table from its RESULT lines: benchmark-table.py RESULTS-FILE SCALE."""
import re, sys, platform, os
rows = [dict(kv.split("=", 1) for kv in line.split()[2:]) | {"kind": line.split()[1]}
        for line in open(sys.argv[1]) if line.startswith("RESULT")]
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
mem = int(next(l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal"))) // 1024 // 1024
print(f"Statistics benchmark ({sys.argv[2]}), {os.cpu_count()} cores {cpu}, {mem} GiB, {platform.platform()}")
print()
print(f"{'db':<9}{'stored disputes':>16}{'month':>9}{'its cases':>10}{'report p50':>11}{'p95':>9}{'trend p50':>10}"
      f"{'year p50':>9}{'recount p50':>12}{'speed-up':>9}{'equal':>6}")
probes = {}
for r in rows:
    if r["kind"] == "report":
        _, size, which = r["label"].split(":")
        if which == "probe":
            probes.setdefault(r["db"], []).append(float(r["p50"]))
        print(f"{r['db']:<9}{int(size):>16,}{r['month']:>9}{int(r['month_registered']):>10,}{r['p50']:>8} ms"
              f"{r['p95']:>6} ms{r['trend_p50']:>7} ms{r.get('year_p50', '—'):>6} ms{r['recount_p50']:>9} ms"
              f"{r['speedup']:>8}×{r['equal']:>6}")
print()
for db, p50s in probes.items():
    print(f"flatness ({db}): the same month's report p50 from the smallest to the largest archive: "
          f"{p50s[0]:.1f} → {p50s[-1]:.1f} ms ({p50s[-1] / p50s[0]:.2f}×)")
for r in rows:
    if r["kind"] == "history":
        print(f"history baseline ({r['db']}, {r['region']}): {int(r['cases']):,} cases through the processes this month; "
              f"headline figures by type and by region: report {r['p50']} ms, HistoryService {r['history_p50']} ms, "
              f"speed-up {r['speedup']}×, equal figures: {r['equal']}")
    if r["kind"] == "load":
        print(f"load ({r['db']}): {r['seconds']} s, 4 clients working cases ({r['cases_done']} done, {r['cases_failed']} failed), "
              f"8 clients reading reports ({r['reports']}): report p50 {r['report_p50']} ms, p95 {r['report_p95']} ms, "
              f"errors {r['errors']}, live = recount: {r['live_equals_recount']}")
    if r["kind"].startswith("generate"):
        print(f"{r['kind']} ({r['db']}): {int(r['cases']):,} cases in {r['seconds']} s")

# the targets of the statistics issue, checked on the largest archive
print()
for db in sorted({r["db"] for r in rows}):
    reports = [r for r in rows if r["kind"] == "report" and r["db"] == db]
    checks = []
    if reports:  # the history part may have run alone
        largest = max(int(r["label"].split(":")[1]) for r in reports)
        at_largest = [r for r in reports if int(r["label"].split(":")[1]) == largest]
        dense = next((r for r in at_largest if r["label"].endswith("dense")), at_largest[-1])
        checks = [
            (f"county monthly report at {largest:,}: p50 ≤ 50 ms", float(dense["p50"]) <= 50),
            ("… p95 ≤ 200 ms", float(dense["p95"]) <= 200),
            ("120-month trend p50 ≤ 200 ms", float(dense["trend_p50"]) <= 200),
            (f"year report at {largest:,}: p50 ≤ 50 ms", float(dense.get("year_p50", "inf")) <= 50),
            ("same month flat from the smallest to the largest archive (≤ 2×)",
             len(probes.get(db, [])) > 1 and probes[db][-1] / probes[db][0] <= 2),
            ("≥ 50× faster than the SQL recount", float(dense["speedup"]) >= 50),
            ("figures equal to the recount", all(r["equal"] == "yes" for r in reports)),
        ]
    for r in rows:
        if r["db"] == db and r["kind"] == "history":
            if r["region"] == "county":
                checks.append((f"≥ 50× faster than HistoryService on {int(r['cases']):,} cases",
                               float(r["speedup"]) >= 50))
            checks.append((f"figures equal to HistoryService's ({r['region']})", r["equal"] == "yes"))
        if r["db"] == db and r["kind"] == "load":
            checks.append(("under load: report p95 ≤ 300 ms, no error, no failed case, live = recount",
                           float(r["report_p95"]) <= 300 and r["errors"] == "0" and r["cases_failed"] == "0"
                           and r["live_equals_recount"] == "yes"))
    # the targets are set for the full scale; at small scale a miss is only shown
    missed = "NOT met" if sys.argv[2] == "full" else "not met (small scale: the targets are for full)"
    for text, met in checks:
        print(f"target ({db}): {text}: {'met' if met else missed}")

# a wrong figure or a lost case fails the run; a slow one is reported above
wrong = [r for r in rows if r.get("equal") == "NO" or r.get("live_equals_recount", "yes") != "yes"
         or r.get("cases_failed", "0") != "0" or r.get("errors", "0") != "0"]
sys.exit(1 if wrong else 0)
