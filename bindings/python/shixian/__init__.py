"""shixian for Python: deadlines on China's business calendar, audits of ticket
tables and complaint classification, over numpy arrays and pandas frames.

    import numpy as np, shixian
    cal = shixian.Calendar()                      # built-in China calendar
    cal.add_working_days(np.array(["2026-09-30"], "datetime64[D]"), 1)
    # -> array(['2026-10-08'], dtype='datetime64[D]')
    eng = shixian.Engine()                        # 95580 rules, Asia/Shanghai
    eng.deadline("ordinary", {"received": "2026-09-30T23:10"}, stage="total")["deadline"]
    # -> '2026-10-14T00:00:00+08:00'

Vectorised calls loop in C++ (the GIL released); a row that cannot be computed gets
NaT and an error text in its own row (or raises, with errors="raise"), never a silent
value. Errors of a scalar call raise shixian.InputError (a ValueError) naming the value;
a deadline that needs days past the calendar's last notice raises its subclass
shixian.CoverageError (load the next year's calendar, or pass provisional=True).
"""
import io
import json
import os
import warnings

import numpy as np

from . import _core
from ._core import CoverageError, InputError, classify_text

__version__ = _core.__version__

__all__ = ["Calendar", "CoverageError", "Engine", "InputError", "UnreadFieldWarning", "Summary", "audit", "classify", "classify_text",
           "audit_summary"]


class UnreadFieldWarning(UserWarning):
    """A column or field the audit does not read whose name is near one it does
    ("replyed" for "replied"): read as absent, the event would count as not happened."""


def _likely_misspelt(name, meant):
    """Whether `name` is near enough to `meant` to be a slip of the keyboard (recieved,
    replyed, resloved, Received) rather than a system's own column that happens to look
    alike (account and amount, uid and id): the library's rule (shixian::likely_misspelt),
    the one `shixian check` names a line's misspelt field by."""
    return _core._likely_misspelt(name, meant)


def _unread_fields(ignored, stacklevel):
    """The fields an audit did not read ({"fields": [{"field", "count", "did_you_mean"}],
    "others"}); warns once for each that is a likely misspelling of a field it reads, as
    `shixian check` notes it. Other columns (a system's own: branch, notes, account) are
    allowed, as the contract allows them, and only listed."""
    for f in ignored["fields"]:
        if f["did_you_mean"] and _likely_misspelt(f["field"], f["did_you_mean"]):
            warnings.warn(f"field '{f['field']}' ({f['count']} rows) is not read by the audit and was ignored; "
                          f"did you mean '{f['did_you_mean']}'?", UnreadFieldWarning, stacklevel=stacklevel + 1)
    return ignored


def _unread_columns(df, rules):
    """Every column of df the audit does not read, with how many rows give it a value (a
    missing cell writes no key), compared by name against all the fields the rule set's
    audit reads: exact for a frame of any width."""
    known = _core._ticket_fields(rules)
    fields = []
    for name in df.columns:
        n = str(name)
        if n in known:
            continue
        fields.append({"field": n, "count": int(df[name].notna().sum()), "did_you_mean": _core._closest_field(n, known)})
    return {"fields": fields, "others": 0}


def _missing(value):
    """None, NaN or NaT (numpy's or pandas')."""
    if value is None or (isinstance(value, float) and value != value) or type(value).__name__ == "NaTType":
        return True
    return isinstance(value, np.datetime64) and np.isnat(value)


def _days(dates):
    a = np.asarray(dates)
    if a.dtype.kind == "O":  # a missing cell is NaT, which the library names
        a = np.array([np.datetime64("NaT") if _missing(x) else x for x in a.reshape(-1)],
                     dtype="datetime64[D]").reshape(a.shape)
    if a.dtype.kind in "UO":
        a = a.astype("datetime64[D]")
    if a.dtype.kind != "M":
        raise TypeError(f"dates must be datetime64, got {a.dtype}")
    return a.astype("datetime64[D]").view(np.int64)


def _per_row(call, dates, errors):
    """A calendar question asked of every row in C++ (is_working, between): one answer per
    row, a scalar for scalars; a bad row raises naming it, or is reported (coerce)."""
    if errors not in ("raise", "coerce"):
        raise ValueError(f"errors must be 'raise' or 'coerce', not {errors!r}")
    scalar = all(np.ndim(d) == 0 for d in dates)
    if scalar:
        for d in dates:
            if _missing(d):  # named as given: None, nan, NaT
                raise InputError(f"a date is missing ({d!r}): give a date")
    days = [_days(np.atleast_1d(d)).reshape(-1) for d in dates]
    out, bad, coverage_rows = call(*days)
    if errors == "coerce":
        return (out[0].item() if scalar else out), bad
    if bad:
        row = min(bad)
        # The kind the scalar call raises: a date past the calendar is CoverageError.
        kind = CoverageError if row in coverage_rows else InputError
        if scalar:
            raise kind(bad[row])
        shown = ", ".join(_shown(d[row if len(d) > 1 else 0]) for d in days)
        raise kind(f"row {row} ({shown}): {bad[row]}")
    return out[0].item() if scalar else out


def _shown(day):
    return "NaT" if day == np.iinfo(np.int64).min else str(np.datetime64(int(day), "D"))


class Calendar:
    """A business calendar: the built-in China one, with calendar files merged in."""

    def __init__(self, files=()):
        if isinstance(files, (str, os.PathLike)):  # one file, not its characters
            files = [files]
        self._c = _core.Calendar([os.fspath(f) for f in files])

    def __reduce__(self):  # pickles as its files (to be readable where it is unpickled)
        return (Calendar, (tuple(self._c.files),))

    @property
    def version(self):
        return self._c.version

    @property
    def covered(self):
        """(first, last) covered dates as numpy.datetime64."""
        return np.datetime64(self._c.first, "D"), np.datetime64(self._c.last, "D")

    def is_working(self, dates, errors="raise"):
        """Whether each date is a working day (a make-up Saturday is; a holiday is not).

        A scalar date gives a bool; an array or Series gives a bool array, a row per date.
        errors="raise" raises InputError (CoverageError outside the calendar) naming the
        first bad row; errors="coerce" returns (answers, {row: message}) with False there."""
        return _per_row(self._c._is_working_array, (dates,), errors)

    def between(self, a, b, errors="raise"):
        """Working days in (a, b] (negative when a > b), a row per pair; one side may be a
        single date. Scalars give an int; errors as is_working (0 in a coerced row)."""
        return _per_row(self._c._between_array, (a, b), errors)

    def add_working_days(self, dates, n, errors="raise"):
        """The n-th working day after each date (datetime64[D] in and out).

        A scalar date gives a scalar. For arrays, errors="raise" raises InputError naming
        the first bad row; errors="coerce" returns (dates, {row: message}) with NaT there."""
        scalar = np.ndim(dates) == 0
        d = _days(np.atleast_1d(dates))
        out, bad, coverage_rows = self._c._add_array(d, np.atleast_1d(np.asarray(n, dtype=np.int64)))
        out = out.view("datetime64[D]")
        for row in bad:  # NaT where the row failed, not 1970-01-01
            out[row] = np.datetime64("NaT")
        if errors == "coerce":
            return out, bad
        if bad:
            row = min(bad)
            # As is_working and between: a day past the calendar is CoverageError (load the
            # next notice), and a scalar call names no row (a new user's trial).
            kind = CoverageError if row in coverage_rows else InputError
            if scalar:
                raise kind(bad[row])
            raise kind(f"row {row} ({np.datetime64(int(d[row]), 'D')}): {bad[row]}")
        return out[0] if scalar else out


def _parse(engine, text, what):
    """The engine's reading of a time's text, an error named as C and Java name it
    ("event 'resolved': …"), whatever form the time came in."""
    try:
        return engine._e._parse_instant(text)
    except InputError as e:
        raise InputError(f"{what}: {e}") from None


def _ns(value, engine, what="a time"):
    """An instant in ns since 1970 UTC, by one rule for every form: text as check reads
    it; a tz-aware datetime or Timestamp as the instant it names; a naive datetime,
    Timestamp or numpy datetime64 as local time in the engine's zone, as text and audit()
    columns are read (they were taken as UTC: 8 hours off in Beijing). A missing value
    (None, NaT, NaN) or a number is an error naming it, never a time in 1677."""
    import datetime

    if isinstance(value, str):
        return _parse(engine, value, what)
    if value is None or (isinstance(value, float) and value != value):
        raise InputError(f"{what} is missing ({value!r}): give a time, or leave the event out")
    if isinstance(value, (bool, int, float, np.integer, np.floating)):
        raise InputError(f"{what} must be text, a datetime or a datetime64, not the number {value!r} "
                         "(a count of nanoseconds is not read as a time)")
    if isinstance(value, np.datetime64):
        if np.isnat(value):
            raise InputError(f"{what} is missing (NaT): give a time, or leave the event out")
        # Text of its own precision, so a year past datetime64[ns]'s range is refused by
        # the parser rather than wrapped (1500 read as 2084).
        return _parse(engine, str(value).replace(" ", "T"), what)
    if isinstance(value, datetime.datetime):  # pandas Timestamp included
        try:
            import pandas as pd

            if value is pd.NaT:
                raise InputError(f"{what} is missing (NaT): give a time, or leave the event out")
        except ImportError:
            pass
        if value.tzinfo is not None and value.utcoffset() is not None:
            return _parse(engine, value.isoformat(), what)
        return _parse(engine, value.replace(tzinfo=None).isoformat(), what)
    if isinstance(value, datetime.date):
        return _parse(engine, value.isoformat(), what)
    raise InputError(f"{what} must be text, a datetime or a datetime64, not {type(value).__name__}")


def _calendar(calendar):
    """None (the built-in calendar), a Calendar, or what Calendar() takes: a calendar
    file's path or a list of them (Engine(calendar="2027.cal") had failed inside with
    "'str' object has no attribute '_c'")."""
    if calendar is None or isinstance(calendar, Calendar):
        return calendar
    if isinstance(calendar, (str, os.PathLike, list, tuple)):
        return Calendar(calendar)
    raise TypeError(f"calendar must be a shixian.Calendar, a calendar file's path or a list of paths, "
                    f"not {type(calendar).__name__}")


class Engine:
    """Deadlines under a rule set (a built-in name or a TOML path; default 95580).

    choose: how a local time a daylight-saving change makes ambiguous (it happens twice)
    or skips is read: "reject" (an InputError naming both readings), "earliest" or
    "latest", as the CLI's --choose."""

    def __init__(self, rules="", calendar=None, zone="", provisional=False, choose="reject"):
        calendar = _calendar(calendar)
        self.rules = rules
        self.calendar = calendar
        self.provisional = provisional
        self.choose = choose
        self._e = _core.Engine(rules, calendar._c if calendar else None, zone, provisional, choose)
        self.zone = self._e.zone
        self.stages = self._e.stages
        # The data versions its answers are computed with (RULES.md §2), as check's summary
        # names them: "95580 #f4359e73", "cn 2007..2026 #9258c05a".
        self.rule_set_version = self._e.rule_set_version
        self.calendar_version = self._e.calendar_version

    def deadline(self, ticket_class, events, stage, flags=(), explain=False):
        """One stage of one ticket. Events: name -> RFC 3339 / local text, a datetime or
        Timestamp, or a datetime64 (naive ones are local time in the engine's zone, as
        text is; tz-aware ones the instant they name). Instants come back as RFC 3339 text
        in the engine's zone: start, deadline and, for a stage that calls the customer,
        contact_by (the latest time outside quiet hours; None when there is none).
        Raises CoverageError when the deadline needs days past the calendar."""
        ev = [(k, _ns(v, self, f"event '{k}'")) for k, v in events.items()]
        if isinstance(flags, str):  # one flag, not its letters ("unionpay" was 'u', 'n', …)
            flags = [flags]
        r = self._e._stage(ticket_class, list(flags), ev, stage, explain)
        for k in ("start", "deadline", "contact_by"):
            if r[k] is not None:
                r[k] = self._e._format_instant(r[k])
        return r

    def deadlines(self, classes, events, flags=None):
        """Every stage for arrays of tickets: classes (strings), events name -> an array
        of times (tz-aware: those instants; naive datetime64: local time in the engine's
        zone, as audit() reads naive columns; NaT when it has not happened), flags name ->
        bool array. Returns a pandas DataFrame: one datetime64[ns, UTC] column per stage,
        a <stage>_state column, and `error` (None, or why the row has no deadlines)."""
        import pandas as pd

        ev = {}
        for k, v in events.items():
            s = pd.Series(v) if not isinstance(v, pd.Series) else v
            if not pd.api.types.is_datetime64_any_dtype(s):
                raise InputError(f"events['{k}'] must hold times (datetime64), not {s.dtype}")
            if s.dt.tz is None:  # naive: local wall time in the engine's zone
                # choose, as the library reads it: the earlier or later of two readings
                # (pandas: the first is the one in daylight time); a skipped time is the
                # moment of the change either way (docs/RULES.md §1).
                # A skipped one is left NaT here and read by the library below: pandas'
                # shift_forward is an hour late in some zones (Europe/London, pandas < 2.2).
                ambiguous, nonexistent = {"earliest": (np.ones(len(s), dtype=bool), "NaT"),
                                          "latest": (np.zeros(len(s), dtype=bool), "NaT")
                                          }.get(self.choose, ("raise", "raise"))
                naive = s
                try:
                    s = s.dt.tz_localize(self.zone, ambiguous=ambiguous, nonexistent=nonexistent)
                except Exception as err:  # a local time the clocks skipped or showed twice
                    # Named as the scalar call names it, with its row and choose= (pandas'
                    # own message pointed at an `ambiguous` argument this call does not have).
                    probe = naive.dt.tz_localize(self.zone, ambiguous="NaT", nonexistent="NaT")
                    bad = np.flatnonzero(probe.isna().to_numpy() & naive.notna().to_numpy())
                    if len(bad):
                        _parse(self, naive.iloc[bad[0]].isoformat(), f"events['{k}'] row {naive.index[bad[0]]}")
                    raise InputError(f"events['{k}']: {err}; give tz-aware times for those") from None
                skipped = np.flatnonzero(s.isna().to_numpy() & naive.notna().to_numpy())
            else:
                skipped = ()
            ns = s.dt.tz_convert("UTC").dt.tz_localize(None).to_numpy(dtype="datetime64[ns]").view(np.int64).copy()
            for i in skipped:
                ns[i] = _parse(self, naive.iloc[i].isoformat(), f"events['{k}'] row {i}")
            ev[k] = ns
        fl = {k: np.asarray(v, dtype=bool) for k, v in (flags or {}).items()}
        r = self._e._deadlines_array([str(c) for c in classes], ev, fl)
        cols = {}
        for s in self.stages:
            cols[s] = pd.to_datetime(r[s].view("datetime64[ns]")).tz_localize("UTC")
            cols[s + "_state"] = r[s + "_state"]
        cols["error"] = r["error"]
        return pd.DataFrame(cols)


def _lines(df, zone_events=True):
    """A DataFrame of tickets (columns as in CONTRACT.md: id, class, flags, events) as
    JSON Lines. Datetime columns become RFC 3339 text (tz-aware) or local time text
    (naive: local in the rule set's zone), NaT becomes null (not happened)."""
    import pandas as pd

    out = df.copy()
    for c in out.columns:
        s = out[c]
        if pd.api.types.is_datetime64_any_dtype(s):
            fmt = "%Y-%m-%dT%H:%M:%S%z" if getattr(s.dt, "tz", None) is not None else "%Y-%m-%dT%H:%M:%S"
            text = s.dt.strftime(fmt)
            if getattr(s.dt, "tz", None) is not None:
                text = text.str.replace(r"([+-]\d\d)(\d\d)$", r"\1:\2", regex=True)
            out[c] = text.where(s.notna(), None)
    buf = out.to_json(orient="records", lines=True, force_ascii=False, date_format="iso")
    return [line for line in buf.split("\n") if line]


def _now_ns(now):
    if now is None:
        raise InputError("now is required: an audit is as of an instant (e.g. now='2027-01-01T00:00+08:00')")
    return now


def _cell_json(v):
    """JSON text of an object cell that is not a str, bool, int, float or None (dicts
    and lists such as `record` and `reopened`, timestamps, numpy scalars); None when
    it means a missing value."""
    import datetime

    import pandas as pd

    if isinstance(v, np.generic):
        v = v.item()
    if isinstance(v, (pd.Timestamp, datetime.datetime)):
        return json.dumps(v.isoformat())
    if isinstance(v, float) and v != v:
        return None
    return json.dumps(v, ensure_ascii=False, default=str)


def _frame_columns(df):
    """(name, kind, numpy array, category JSON texts) per column, for _core._audit_frame."""
    import pandas as pd

    cols = []
    for name in df.columns:
        s = df[name]
        dt = s.dtype
        cats = []
        if isinstance(dt, pd.CategoricalDtype):
            kind, data = "category", s.cat.codes.to_numpy(dtype=np.int64)
            cats = [json.dumps(c, ensure_ascii=False) if isinstance(c, str) else (_cell_json(c) or "null")
                    for c in s.cat.categories]
        elif pd.api.types.is_datetime64_any_dtype(dt):
            if getattr(dt, "tz", None) is not None:  # instants: written in UTC
                kind, s = "time_utc", s.dt.tz_convert("UTC").dt.tz_localize(None)
            else:  # naive: local time in the rule set's zone, as check reads it
                kind = "time_local"
            data = s.to_numpy(dtype="datetime64[ns]").view(np.int64)
        elif not isinstance(dt, np.dtype):  # nullable Int64, boolean, string...: cell by cell
            kind, data = "object", s.to_numpy(dtype=object)
        elif dt == np.bool_:
            kind, data = "bool", s.to_numpy(dtype=np.bool_)
        elif dt.kind in "iu" and (dt.kind == "i" or s.max() <= np.iinfo(np.int64).max):
            kind, data = "int", s.to_numpy(dtype=np.int64)
        elif dt.kind == "f":
            kind, data = "float", s.to_numpy(dtype=np.float64)
        else:  # object, string, nullable boolean/integer: read cell by cell in C++
            kind, data = "object", s.to_numpy(dtype=object)
        cols.append((str(name), kind, np.ascontiguousarray(data), cats))
    return cols


def audit(df, now, rules="", calendar=None, zone="", provisional=False, lines=False, choose="reject"):
    """Audits a DataFrame of tickets as `shixian check --now NOW` audits its rows
    written as JSON Lines (columns as in CONTRACT.md: id, class, flags, events, and
    optionally record/reopened as dicts/lists).

    A row is the JSON object check would read: one key per column, a missing cell
    (None, NaN, NaT, pd.NA) leaves its key out. Timestamps may be text (as in the JSON),
    datetime64 (naive: local time in the rule set's zone) or tz-aware datetime64
    (instants). Returns a DataFrame with the input's index: one status column per stage
    (a Categorical; the first cycle) and `error` (None, or why check rejects the row:
    the message of its bad-line object). With lines=True also a `line` column: check's
    output line for the row (for a rejected row, its bad-line object, numbered by
    position from 1). The rows are written and audited in C++ (the GIL
    released), so a frame costs about what check costs on the same tickets.

    Columns the audit does not read are listed in the result's
    attrs["unread_fields"] ({"fields": [{"field", "count", "did_you_mean"}], "others"});
    one that is a likely misspelling of a field it reads ("recieved", "replyed") also warns
    (UnreadFieldWarning): read as absent, that event would count as not happened."""
    import pandas as pd

    calendar = _calendar(calendar)
    eng = Engine(rules, calendar, zone, provisional, choose)
    now_ns = _ns(_now_ns(now), eng, "now")
    r = _core._audit_frame(rules, calendar._c if calendar else None, zone, _frame_columns(df), len(df), now_ns,
                           provisional, lines, (pd.NA, pd.NaT), _cell_json, choose)
    cols = {s: pd.Categorical.from_codes(r[s], r["status_names"]) for s in eng.stages}
    error = np.full(len(df), None, dtype=object)
    error[r["bad_rows"]] = r["bad_text"]
    cols["error"] = error
    if lines:
        cols["line"] = r["lines"]
    out = pd.DataFrame(cols, index=df.index)
    out.attrs["unread_fields"] = _unread_fields(_unread_columns(df, rules), stacklevel=2)
    return out


def audit_jsonl(lines, now, rules="", calendar=None, zone="", provisional=False, summary=False, order_base=0,
                want_lines=True, choose="reject"):
    """Audits JSON Lines text lines as `shixian check` does; the result dict holds per
    stage status codes (int8 arrays, -1 for a bad or blank line; names in "status_names";
    a blank line is skipped as check skips it: no error, no output, not counted),
    errors, output lines (want_lines), (summary=True) check's summary JSON, and
    "ignored": the fields not read, as audit() lists them (and warns of the same)."""
    return _audit_jsonl(lines, now, rules, calendar, zone, provisional, summary, order_base, want_lines, stacklevel=2,
                        choose=choose)


def _audit_jsonl(lines, now, rules, calendar, zone, provisional, summary, order_base, want_lines, stacklevel,
                 choose="reject"):
    """audit_jsonl, warning at the caller `stacklevel` frames up (1: the caller of this)."""
    calendar = _calendar(calendar)
    eng = Engine(rules, calendar, zone, provisional, choose)
    r = _core._audit_lines(rules, calendar._c if calendar else None, zone, list(lines), _ns(now, eng, "now"),
                           provisional, summary, order_base, want_lines, choose)
    r["ignored"] = _unread_fields(json.loads(r["ignored"]), stacklevel=stacklevel + 1)
    return r


def audit_summary(lines, now, rules="", calendar=None, zone="", provisional=False, order_base=0, choose="reject"):
    """`shixian check --summary --format json` over these lines, as a dict."""
    return json.loads(_audit_jsonl(lines, now, rules, calendar, zone, provisional, True, order_base, False,
                                   stacklevel=2, choose=choose)["summary"])


class Summary:
    """`shixian check --summary` built in parts, for data split across files, processes
    or machines (Dask: examples/dask_audit/).

        s = shixian.Summary(now="2027-01-01T00:00+08:00")
        s.check_text(open("part-0.jsonl", "rb").read(), file="part-0.jsonl", part=0)
        s.merge(other)            # another Summary of the same settings (any process)
        s.to_json()               # == shixian check part-0.jsonl ... --summary --format json

    check_text audits JSON Lines text exactly as check audits a file (lines numbered
    from 1, blank lines skipped, CRLF and a BOM stripped, bad lines listed with `file`).
    `part` is the text's position among all parts (0, 1, ...): the worst breaches and the
    bad lines listed are chosen by input order, so parts merged in any order give the
    report of check over the files in part order. A Summary pickles (its state as
    bytes), so Dask and multiprocessing move it between processes; merging checks that
    both were made with the same rules, zone, calendar, now, list sizes and `choose` (how
    a local time in a daylight-saving change is read, as Engine's)."""

    def __init__(self, now, rules="", calendar=None, zone="", provisional=False, worst=10, at_risk=None,
                 choose="reject"):
        calendar = _calendar(calendar)
        self._args = (now, rules, tuple(calendar._c.files) if calendar else None, zone, provisional, worst, at_risk,
                      choose)
        eng = Engine(rules, calendar, zone, provisional, choose)
        self._s = _core.Summary(rules, calendar._c if calendar else None, zone, _ns(_now_ns(now), eng, "now"), provisional,
                                worst, -1.0 if at_risk is None else float(at_risk), choose)

    def check_text(self, data, file="", part=0):
        """Adds one part: JSON Lines as bytes (or str). Returns its counts (lines, blank,
        ok, bad)."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        return self._s.check_text(bytes(data), str(file), int(part))

    def merge(self, other):
        """Adds another part's summary (same settings); returns self."""
        if self._args[7:] != other._args[7:]:
            raise InputError(f"cannot merge a Summary made with choose={other._args[7]!r} into one made with "
                             f"choose={self._args[7]!r}: local times would be read two ways")
        self._s.merge(other._s)
        return self

    @classmethod
    def merged(cls, parts):
        """One Summary of all parts (an iterable of Summary); the first is merged into."""
        parts = iter(parts)
        total = next(parts)
        for p in parts:
            total.merge(p)
        return total

    @property
    def tickets(self):
        return self._s.tickets

    @property
    def bad_lines(self):
        return self._s.bad_lines

    def to_json(self):
        """`check --summary --format json`, byte for byte."""
        return self._s.to_json()

    def to_dict(self):
        return json.loads(self._s.to_json())

    def to_text(self):
        return self._s.to_text()

    def __getstate__(self):
        return {"args": self._args, "state": self._s.to_state()}

    def __setstate__(self, st):
        now, rules, files, zone, provisional, worst, at_risk, *rest = st["args"]  # rest: choose, if pickled with it
        self.__init__(now, rules, Calendar(files) if files else None, zone, provisional, worst, at_risk, *rest)
        self._s.merge_state(st["state"])


def _complaint_objects(frame):
    """Each row of a DataFrame as classify's JSON object: its columns named as classify's
    fields (text, complainants, repeat, fund_safety, media, special_source, amount,
    channel, id, ...), missing values left out. Other columns are a ticket's own and left
    alone, but one whose name is a likely misspelling of a field ("complainents") warns,
    since read as absent it changes the class; a frame with none of the fields is a
    TypeError rather than a table of column names classified."""
    import pandas as pd

    fields = _core._complaint_fields()
    cols = [c for c in frame.columns if c in fields]
    for c in frame.columns:
        if c not in fields:
            near = [f for f in fields if _likely_misspelt(str(c), f)]
            if near:
                warnings.warn(f"column '{c}' is not read by classify and was ignored; did you mean '{near[0]}'?",
                              UnreadFieldWarning, stacklevel=3)
    if not cols:
        raise TypeError(f"classify: the DataFrame has none of classify's columns ({', '.join(fields)}); "
                        f"its columns: {', '.join(map(str, list(frame.columns)[:10]))}")

    def plain(v):
        if isinstance(v, np.generic):
            return v.item()
        return v

    objects = []
    for row in frame[cols].itertuples(index=False, name=None):
        obj = {c: plain(v) for c, v in zip(cols, row) if not (v is None or v is pd.NA or (isinstance(v, float) and np.isnan(v)))}
        objects.append(json.dumps(obj, ensure_ascii=False))
    return objects


def classify(texts):
    """Classifies a Series (or list) of complaint texts: a DataFrame with `class`,
    `category`, `review_recording`, `json` and `error` per row (same index). A DataFrame
    is read by its columns named as classify's fields: the text and the facts
    (complainants, repeat, fund_safety, media, special_source, amount, channel, ...)."""
    import pandas as pd

    if isinstance(texts, pd.DataFrame):
        index = texts.index
        out, err = _core._classify_json_many(_complaint_objects(texts))
        values = out
    else:
        if isinstance(texts, str):  # one text, not its characters
            texts = [texts]
        # A Series or DataFrame column keeps its index; a list's `index` is a method, not one.
        index = texts.index if isinstance(texts, (pd.Series, pd.Index)) else None
        values = [None if (t is None or (isinstance(t, float) and np.isnan(t))) else str(t) for t in texts]
        out, err = _core._classify_many(values)
    parsed = pd.read_json(io.StringIO("\n".join(o if o else "{}" for o in out)), lines=True, dtype=False) if out else pd.DataFrame()
    df = pd.DataFrame(index=index if index is not None else range(len(values)))
    for c in ("class", "category", "review_recording"):
        df[c] = list(parsed[c]) if c in parsed else None
        df.loc[[bool(e) for e in err], c] = None
    df["json"] = [o if o else None for o in out]
    df["error"] = [e if e else None for e in err]
    return df
