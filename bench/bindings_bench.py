"""Bindings benchmarks, each against a peer in the same run (issue 12):
  1. vectorised Calendar.add_working_days vs numpy.busday_offset with the same holidays;
  2. Python audit (of JSON Lines, and of a DataFrame) vs `shixian check --jobs 1` on the
     same tickets.

  build/bench/generate_tickets 200000 7 > /tmp/t.jsonl
  PYTHONPATH=build/bindings/python /usr/bin/python3 bench/bindings_bench.py build/examples/shixian /tmp/t.jsonl

Each figure is the best of several runs, the contenders interleaved, as CPU time (what
the work costs; the build machine is shared, so wall time also counts waiting for a
core) and as wall time. One thread each: check runs with --jobs 1 and the Python calls
are single-threaded.
"""
import resource
import subprocess
import sys
import time

import numpy as np
import pandas as pd

import shixian


def timed(f):
    """(cpu seconds, wall seconds, result) of f(), children's CPU included."""
    def cpu():
        return time.process_time() + resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime + \
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_stime
    c0, w0 = cpu(), time.perf_counter()
    r = f()
    return cpu() - c0, time.perf_counter() - w0, r


def race(contenders, runs):
    """Best (cpu, wall) of each contender over `runs` interleaved rounds."""
    best = {name: [float("inf"), float("inf")] for name in contenders}
    for _ in range(runs):
        for name, f in contenders.items():
            c, w, _ = timed(f)
            best[name][0] = min(best[name][0], c)
            best[name][1] = min(best[name][1], w)
    return best


def add_days():
    cal = shixian.Calendar()
    first, last = cal.covered
    days = np.arange(first, last - np.timedelta64(60, "D"))
    # numpy's calendar: Mon-Fri plus the holidays that fall on weekdays. It cannot say
    # that a Saturday is a make-up working day, so the two differ near those days: this
    # compares speed, not answers (the answers are tested against the C++ in pytest).
    is_rest = np.array([not cal.is_working(d) for d in days])
    weekday = (days.view("int64") + 3) % 7 < 5
    holidays = days[is_rest & weekday]
    bdc = np.busdaycalendar(weekmask="1111100", holidays=holidays)
    rng = np.random.default_rng(1)
    n = 10_000_000
    dates = rng.choice(days, n)
    b = race({"shixian": lambda: cal.add_working_days(dates, 5),
              "numpy": lambda: np.busday_offset(dates, 5, roll="backward", busdaycal=bdc)}, 3)
    s, p = b["shixian"], b["numpy"]
    print(f"add_working_days, {n:,} dates: shixian {n / s[0] / 1e6:.1f} M/s CPU ({n / s[1] / 1e6:.1f} wall), "
          f"numpy.busday_offset {n / p[0] / 1e6:.1f} M/s CPU ({n / p[1] / 1e6:.1f} wall): "
          f"{p[0] / s[0]:.1f}x CPU, {p[1] / s[1]:.1f}x wall")


def audit(cli, path):
    lines = open(path, encoding="utf-8").read().splitlines()
    now = "2027-01-01T00:00+08:00"
    n = len(lines)
    df = pd.read_json(path, lines=True, dtype=False)  # text timestamps, as in the file
    # The same tickets with tz-aware datetime64 columns (each text read as check reads
    # it: local time in Asia/Shanghai unless it has an offset) and a categorical class.
    parse = shixian.Engine()._e._parse_instant
    typed = df.copy()
    for c in typed.columns:
        if c not in ("id", "class", "unionpay"):
            ns = [parse(v) if isinstance(v, str) else np.iinfo(np.int64).min for v in typed[c]]
            typed[c] = pd.to_datetime(np.array(ns, dtype=np.int64).view("datetime64[ns]"), utc=True)
    typed["class"] = typed["class"].astype("category")
    assert (shixian.audit(typed, now=now).drop(columns="error").equals(
        shixian.audit(df, now=now).drop(columns="error"))), "typed and text frames should audit alike"
    b = race({
        "cli": lambda: subprocess.run([cli, "check", path, "--now", now, "--jobs", "1"], stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL, check=False),
        "jsonl": lambda: shixian.audit_jsonl(lines, now, want_lines=False),
        "df": lambda: shixian.audit(df, now=now),
        "typed": lambda: shixian.audit(typed, now=now),
    }, 5)
    c = b["cli"]
    print(f"audit, {n:,} tickets: shixian check --jobs 1 {n / c[0]:,.0f}/s CPU ({n / c[1]:,.0f}/s wall)")
    for name, what in (("jsonl", "audit_jsonl(lines)"), ("df", "audit(DataFrame of text)"),
                       ("typed", "audit(DataFrame, datetime64 + categorical)")):
        x = b[name]
        print(f"  {what}: {n / x[0]:,.0f}/s CPU = {c[0] / x[0]:.0%} of check's rate "
              f"({n / x[1]:,.0f}/s wall = {c[1] / x[1]:.0%})")


if __name__ == "__main__":
    add_days()
    if len(sys.argv) == 3:
        audit(sys.argv[1], sys.argv[2])
