"""Bindings benchmarks, each against a peer in the same run (issue 12):
  1. vectorised Calendar.add_working_days vs numpy.busday_offset with the same holidays;
  2. Python audit (of JSON Lines, and of a DataFrame) vs `shixian check` on the same tickets.

  build/bench-gen 200000 7 > /tmp/t.jsonl     (bench/generate_tickets)
  PYTHONPATH=build/bindings/python /usr/bin/python3 bench/bindings_bench.py build/examples/shixian /tmp/t.jsonl
"""
import subprocess
import sys
import time

import numpy as np
import pandas as pd

import shixian


def best(f, runs=3):
    t = []
    for _ in range(runs):
        t0 = time.perf_counter()
        r = f()
        t.append(time.perf_counter() - t0)
    return min(t), r


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
    t_ours, _ = best(lambda: cal.add_working_days(dates, 5))
    t_np, _ = best(lambda: np.busday_offset(dates, 5, roll="backward", busdaycal=bdc))
    print(f"add_working_days  {n:,} dates: shixian {n / t_ours / 1e6:.1f} M/s, "
          f"numpy.busday_offset {n / t_np / 1e6:.1f} M/s, ratio {t_np / t_ours:.2f}x")


def audit(cli, path):
    lines = open(path, encoding="utf-8").read().splitlines()
    now = "2027-01-01T00:00+08:00"
    n = len(lines)
    t_cli, _ = best(lambda: subprocess.run([cli, "check", path, "--now", now, "--jobs", "1"],
                                           stdout=subprocess.DEVNULL, check=False))
    t_py, _ = best(lambda: shixian.audit_jsonl(lines, now, want_lines=False))
    df = pd.read_json(path, lines=True, dtype=False)
    t_df, _ = best(lambda: shixian.audit(df, now=now), runs=1)
    print(f"audit {n:,} tickets: check --jobs 1 {n / t_cli:,.0f}/s; "
          f"audit_jsonl {n / t_py:,.0f}/s ({t_cli / t_py:.0%} of the CLI); "
          f"audit(DataFrame) {n / t_df:,.0f}/s ({t_cli / t_df:.0%} of the CLI)")


if __name__ == "__main__":
    add_days()
    if len(sys.argv) == 3:
        audit(sys.argv[1], sys.argv[2])
