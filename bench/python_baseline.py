#!/usr/bin/env python3
"""The same audit as `shixian check`, written plainly in Python (standard library only).

    python3 bench/python_baseline.py --now 2026-12-31T12:00 < tickets.jsonl > out.jsonl

A fair, straightforward implementation: json for parsing, datetime and zoneinfo for
time, the holiday set read from data/calendars/cn.cal, the 95580 rules (RULES.md §4)
written as code, business time counted window by window, working days counted day by
day. No C++ is involved, so its output (identical in shape and, for the generated
tickets, byte for byte) is also an independent check of the library's answers.
"""
import argparse
import json
import os
import sys
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
EVENTS = ["received", "hq_dispatched", "tier2_received", "branch_dispatched", "resolved", "replied", "closed"]
CLASSES = ["ordinary", "urgent"]
HQ_OPEN, HQ_CLOSE = time(8, 30), time(17, 30)
QUIET_FROM, QUIET_TO = time(18, 0), time(8, 0)
DAY = timedelta(days=1)
ARCHIVE_YEARS = 10


class CoverageError(Exception):
    pass


class Calendar:
    """Working days from cn.cal: rest and work facts, weekends by the weekly rule."""

    def __init__(self, path):
        self.rest, self.work, years = set(), set(), []
        with open(path, encoding="utf-8") as f:
            for raw in f:
                fields = raw.split("#", 1)[0].split()
                if not fields:
                    continue
                if fields[0] == "notice":
                    years.append(int(fields[1]))
                elif fields[0] in ("rest", "work"):
                    a, _, b = fields[1].partition("..")
                    d0 = date.fromisoformat(a)
                    d1 = date.fromisoformat(b) if b else d0
                    target = self.rest if fields[0] == "rest" else self.work
                    while d0 <= d1:
                        target.add(d0)
                        d0 += DAY
        self.first, self.last = date(min(years), 1, 1), date(max(years), 12, 31)
        self.coverage = f"{self.first.isoformat()}..{self.last.isoformat()}"

    def is_working(self, d):
        if not (self.first <= d <= self.last):
            raise CoverageError(f"{d.isoformat()} is outside calendar cn ({self.coverage})")
        if d in self.work:
            return True
        if d in self.rest:
            return False
        return d.weekday() < 5

    def add_working_days(self, d, n):
        start, k = d, n
        while k > 0:
            d += DAY
            if d > self.last:
                raise CoverageError(f"working day {n} after {start.isoformat()} falls after "
                                    f"{self.last.isoformat()}, outside calendar cn ({self.coverage}): "
                                    f"no notice for {self.last.year + 1} is loaded")
            if self.is_working(d):
                k -= 1
        return d


def fmt_instant(t, tz):
    return t.astimezone(tz).isoformat()


def fmt_duration(td):
    s = int(td.total_seconds() // 1)
    out = ""
    if s < 0:
        out, s = "-", -s
    if s == 0:
        return "0s"
    if s % 3600 == 0 and s <= 72 * 3600:
        return f"{out}{s // 3600}h"
    if s < 3 * 3600 and s % 60 == 0:
        return f"{out}{s // 60}m"
    d, h, m, r = s // 86400, s // 3600 % 24, s // 60 % 60, s % 60
    for v, u in ((d, "d"), (h, "h"), (m, "m"), (r, "s")):
        if v:
            out += f"{v}{u}"
    return out


def fmt_wd(td):
    import math
    hundredths = max(0, math.ceil(td.total_seconds() / 86400 * 100 - 1e-9))
    whole, frac = divmod(hundredths, 100)
    if frac == 0:
        return f"{whole}wd"
    return f"{whole}.{frac:02d}".rstrip("0") + "wd"


class Auditor:
    def __init__(self, cal, tz, now, at_risk):
        self.cal, self.tz, self.now, self.at_risk = cal, tz, now, at_risk

    # --- clocks -------------------------------------------------------------------
    def local_midnight(self, d):
        return datetime.combine(d, time(0), self.tz)

    def business_deadline(self, start, target):
        day = start.astimezone(self.tz).date()
        remaining = target
        while True:
            w_open = datetime.combine(day, HQ_OPEN, self.tz)
            w_close = datetime.combine(day, HQ_CLOSE, self.tz)
            frm = max(start, w_open)
            if frm < w_close:
                avail = w_close - frm
                if remaining <= avail:
                    return frm + remaining
                remaining -= avail
            day += DAY

    def business_between(self, a, b):
        if b <= a:
            return timedelta(0)
        total = timedelta(0)
        day = a.astimezone(self.tz).date()
        last = b.astimezone(self.tz).date()
        while day <= last:
            lo = max(a, datetime.combine(day, HQ_OPEN, self.tz))
            hi = min(b, datetime.combine(day, HQ_CLOSE, self.tz))
            if lo < hi:
                total += hi - lo
            day += DAY
        return total

    def wd_deadline(self, start, n):
        d = start.astimezone(self.tz).date()
        return self.local_midnight(self.cal.add_working_days(d, n) + DAY)

    def wd_used(self, start, t):
        sd = start.astimezone(self.tz).date()
        lt = t.astimezone(self.tz)
        td = lt.date()
        if td <= sd:
            return timedelta(0)
        full = 0
        d = sd + DAY
        while d < td:
            full += self.cal.is_working(d)
            d += DAY
        partial = timedelta(0)
        if self.cal.is_working(td):
            partial = lt - self.local_midnight(td)
        return full * DAY + partial

    # --- the 95580 stages -----------------------------------------------------------
    def targets(self, stage, cls, unionpay):
        """[(clock, amount)] of the targets that apply."""
        urgent = cls == "urgent"
        if stage == "hq_dispatch":
            return [("business_time", timedelta(minutes=30 if urgent else 120))]
        if stage == "branch_dispatch":
            return [("elapsed", timedelta(hours=4 if urgent else 24))]
        if stage == "reply":
            return [("elapsed", timedelta(hours=2 if urgent else 24))]
        out = [("elapsed", timedelta(hours=48))] if urgent else [("working_days", 5)]
        if unionpay:
            out.append(("working_days", 4))
        return out

    def deadline_of(self, clock, amount, start):
        if clock == "elapsed":
            return start + amount
        if clock == "business_time":
            return self.business_deadline(start, amount)
        return self.wd_deadline(start, amount)

    def used(self, clock, amount, start, t):
        if t <= start:
            return timedelta(0)
        if clock == "elapsed":
            return t - start
        if clock == "business_time":
            return self.business_between(start, t)
        return self.wd_used(start, t)

    def stage(self, name, start_ev, end_ev, ev, cls, unionpay):
        i = EVENTS.index(start_ev)
        if start_ev not in ev:
            later = any(e in ev for e in EVENTS[i + 1:])
            return {"status": "not_applicable" if later else "not_started"}
        start = ev[start_ev]
        best, failure, failed_bound = None, None, None
        for clock, amount in self.targets(name, cls, unionpay):
            try:
                d = self.deadline_of(clock, amount, start)
                if best is None or d < best[0]:
                    best = (d, clock, amount)
            except CoverageError as e:
                # The earliest this target could end: its N-th working day is at least
                # N days on and, counted from inside coverage, after the last covered
                # day (that is why it failed); the deadline is that day's 24:00.
                day = start.astimezone(self.tz).date()
                earliest = day + amount * DAY
                if self.cal.first - DAY <= day <= self.cal.last:
                    earliest = max(earliest, self.cal.last + DAY)
                bound = self.local_midnight(earliest + DAY)
                if failure is None or bound < failed_bound:
                    failure, failed_bound = str(e), bound
        if failure is not None and (best is None or best[0] > failed_bound):
            return {"status": "error", "error": failure}
        deadline, clock, amount = best
        full = amount * DAY if clock == "working_days" else amount
        out = {"deadline": fmt_instant(deadline, self.tz)}
        quiet = False
        if end_ev in ev:
            done = ev[end_ev]
            out["done"] = fmt_instant(done, self.tz)
            if name == "reply":
                tod = done.astimezone(self.tz).time()
                quiet = tod >= QUIET_FROM or tod < QUIET_TO
            if done <= deadline:
                out["status"] = "met"
                if quiet:
                    out["quiet_hours"] = True
                return out
            until = done
        elif self.now > deadline:
            until = self.now
        else:
            used = self.used(clock, amount, start, self.now)
            share = used / full
            out["status"] = "at_risk" if share >= self.at_risk else "pending"
            hundredths = int(used / full * 100)
            out["used"] = hundredths // 100 if hundredths % 100 == 0 else hundredths / 100
            if name == "reply":
                out["contact_by"] = self.contact_by(start, deadline)
            return out
        out["status"] = "breached"
        late_clock = max(timedelta(0), self.used(clock, amount, start, until) - full)
        out["late"] = {"wall": fmt_duration(until - deadline),
                       "clock": fmt_wd(late_clock) if clock == "working_days" else fmt_duration(late_clock)}
        if quiet:
            out["quiet_hours"] = True
        return out

    def contact_by(self, start, deadline):
        local = deadline.astimezone(self.tz)
        tod = local.time()
        if not (tod >= QUIET_FROM or tod < QUIET_TO):
            return fmt_instant(deadline, self.tz)
        day = local.date() - DAY if tod < QUIET_TO else local.date()
        began = datetime.combine(day, QUIET_FROM, self.tz)
        return fmt_instant(began, self.tz) if began > start else None

    def audit(self, rec):
        ev = {}
        for name in EVENTS:
            v = rec.get(name)
            if v is None:
                continue
            t = datetime.fromisoformat(v.replace("Z", "+00:00"))
            if t.tzinfo is None:
                t = t.replace(tzinfo=self.tz)
            ev[name] = t
        prev = None
        for name in EVENTS:
            if name in ev:
                if prev is not None and ev[name] < ev[prev]:
                    raise ValueError(f"event '{name}' is before '{prev}'")
                prev = name
        ev = {k: v for k, v in ev.items() if v <= self.now}
        cls, unionpay = rec["class"], bool(rec.get("unionpay"))
        if cls not in CLASSES:
            raise ValueError(f"unknown class '{cls}'")
        out = {"id": rec["id"], "stages": {
            "hq_dispatch": self.stage("hq_dispatch", "received", "hq_dispatched", ev, cls, unionpay),
            "branch_dispatch": self.stage("branch_dispatch", "tier2_received", "branch_dispatched", ev, cls, unionpay),
            "total": self.stage("total", "received", "closed", ev, cls, unionpay),
            "reply": self.stage("reply", "resolved", "replied", ev, cls, unionpay),
        }}
        if "closed" in ev:
            out["archive"] = self.archive(ev["closed"])
        return out

    def archive(self, closed):
        """Kept ARCHIVE_YEARS after the local closing date (Civil Code art. 202)."""
        d = closed.astimezone(self.tz).date()
        try:
            until = d.replace(year=d.year + ARCHIVE_YEARS)
        except ValueError:  # 29 February: the last day of that month
            until = d.replace(year=d.year + ARCHIVE_YEARS, day=28)
        out = {"retained_until": until.isoformat()}
        if self.now.astimezone(self.tz).date() > until:
            out["past_retention"] = True
        return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--now", required=True)
    ap.add_argument("--at-risk", type=float, default=0.75)
    ap.add_argument("--calendar", default=os.path.join(HERE, "..", "data", "calendars", "cn.cal"))
    ap.add_argument("--zone", default="Asia/Shanghai")
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    tz = ZoneInfo(a.zone)
    now = datetime.fromisoformat(a.now)
    if now.tzinfo is None:
        now = now.replace(tzinfo=tz)
    auditor = Auditor(Calendar(a.calendar), tz, now, a.at_risk)
    ok = bad = 0
    out = sys.stdout
    streams = [open(f, encoding="utf-8", errors="strict", newline="") for f in a.files] or [sys.stdin]
    for stream in streams:
        for number, line in enumerate(stream, 1):
            line = line.rstrip("\r\n").lstrip("\ufeff")
            if not line.strip():
                continue
            rec = None
            try:
                rec = json.loads(line)
                out.write(json.dumps(auditor.audit(rec), ensure_ascii=False) + "\n")
                ok += 1
            except (ValueError, KeyError, TypeError) as e:
                rid = rec.get("id") if isinstance(rec, dict) else None
                out.write(json.dumps({"line": number, "id": rid, "error": str(e)}, ensure_ascii=False) + "\n")
                bad += 1
    print(f"checked {ok + bad} tickets: {ok} ok, {bad} bad lines", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
