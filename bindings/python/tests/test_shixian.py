"""The Python module against RULES.md's examples and the CLI (`shixian check`) on the
same tickets. Run: PYTHONPATH=build/bindings/python /usr/bin/python3 -m pytest bindings/python/tests"""
import json
import os
import subprocess

import numpy as np
import pandas as pd
import pytest

import shixian

D = "datetime64[D]"


def test_add_working_days_skips_national_day_and_counts_makeup_saturday():
    cal = shixian.Calendar()
    got = cal.add_working_days(np.array(["2026-09-30", "2026-09-30", "2018-12-28"], D), np.array([1, 4, 1]))
    assert list(got.astype(str)) == ["2026-10-08", "2026-10-12", "2018-12-29"]
    assert got.dtype == np.dtype(D)


def test_add_working_days_matches_scalar_calls_on_every_day_of_a_year():
    cal = shixian.Calendar()
    days = np.arange(np.datetime64("2025-01-01"), np.datetime64("2026-06-01"))
    got = cal.add_working_days(days, 7)
    one_by_one = [cal.add_working_days(d, 7) for d in days]
    assert list(got) == one_by_one


def test_add_working_days_bad_row_is_reported_in_its_row_not_silently():
    cal = shixian.Calendar()
    days = np.array(["2026-09-30", "2026-12-30", "NaT"], D)
    out, errors = cal.add_working_days(days, 30, errors="coerce")
    assert out[0] == np.datetime64("2026-11-17") and np.isnat(out[1]) and np.isnat(out[2])
    assert list(errors) == [1] and "2026-12-31" in errors[1]
    with pytest.raises(shixian.InputError, match="row 1 \\(2026-12-30\\)"):
        cal.add_working_days(days, 30)


def test_calendar_queries():
    cal = shixian.Calendar()
    assert cal.covered[0] == np.datetime64("2007-01-01")
    assert not cal.is_working(np.datetime64("2026-10-01"))
    assert cal.is_working(np.datetime64("2026-10-10"))
    assert cal.between(np.datetime64("2026-09-30"), np.datetime64("2026-10-12")) == 4
    assert cal.version.startswith("cn ")
    with pytest.raises(shixian.InputError, match="1990-01-01"):
        cal.is_working(np.datetime64("1990-01-01"))
    with pytest.raises(ValueError, match="/nonexistent.cal"):
        shixian.Calendar(["/nonexistent.cal"])


def test_is_working_and_between_answer_every_row_of_an_array():
    # They once answered for the first element only (reshape(-1)[0]), silently.
    cal = shixian.Calendar()
    days = np.array(["2026-10-10", "2026-10-01", "2026-10-09"], "datetime64[D]")
    assert cal.is_working(days).tolist() == [True, False, True]
    assert cal.is_working(pd.Series(pd.to_datetime(["2026-10-01", "2026-10-10"]))).tolist() == [False, True]
    ends = np.array(["2026-10-12", "2026-10-08"], "datetime64[D]")
    assert cal.between(np.datetime64("2026-09-30"), ends).tolist() == [4, 1]
    assert cal.between(np.array(["2026-09-30", "2026-10-08"], "datetime64[D]"), ends).tolist() == [4, 0]
    assert isinstance(cal.is_working(np.datetime64("2026-10-10")), bool)
    assert cal.between("2026-09-30", "2026-10-12") == 4
    # A bad row raises naming it (CoverageError past the calendar), or is reported.
    mixed = np.array(["2026-10-10", "1990-01-01"], "datetime64[D]")
    with pytest.raises(shixian.CoverageError, match="row 1 \\(1990-01-01\\)"):
        cal.is_working(mixed)
    answers, bad = cal.is_working(mixed, errors="coerce")
    assert answers.tolist() == [True, False] and list(bad) == [1] and "1990-01-01" in bad[1]


def test_missing_dates_are_input_errors_not_1970():
    # NaT is the int64 minimum, once cut to day 0 and read as 1970-01-01.
    cal = shixian.Calendar()
    for missing in (np.datetime64("NaT"), None, pd.NaT, float("nan")):
        with pytest.raises(shixian.InputError, match="missing") as e:
            cal.is_working(missing)
        assert not isinstance(e.value, shixian.CoverageError) and "1970" not in str(e.value)
    with pytest.raises(shixian.InputError, match="row 1 \\(NaT\\)"):
        cal.is_working(np.array(["2026-10-10", "NaT"], "datetime64[D]"))
    with pytest.raises(shixian.InputError, match="not a date"):
        cal.is_working(np.datetime64(10**12, "D"))


def test_add_working_days_past_the_calendar_is_a_coverage_error_scalar_or_array():
    # A new user's trial: add_working_days raised plain InputError (is_working and between
    # raised CoverageError), and a scalar call spoke of "row 0".
    cal = shixian.Calendar()
    with pytest.raises(shixian.CoverageError, match="^working day 5 after 2026-12-25 falls after 2026-12-31"):
        cal.add_working_days(np.datetime64("2026-12-25"), 5)
    with pytest.raises(shixian.CoverageError, match="row 1 \\(2026-12-25\\)"):
        cal.add_working_days(np.array(["2026-09-30", "2026-12-25"], D), 5)
    # A bad count is bad input, worded as the calendar words it.
    with pytest.raises(shixian.InputError, match="^-1 is not a valid number of working days") as bad:
        cal.add_working_days(np.datetime64("2026-09-30"), -1)
    assert not isinstance(bad.value, shixian.CoverageError)
    with pytest.raises(shixian.InputError, match="^99999999999 is not a valid number"):
        cal.add_working_days(np.datetime64("2026-09-30"), 99999999999)


def test_an_empty_array_gives_an_empty_answer():
    # Found in review (session 31): broadcasting an empty array against one count read past
    # its end and made up a row (or raised IndexError).
    cal = shixian.Calendar()
    empty = np.array([], dtype=D)
    assert len(cal.add_working_days(empty, 3)) == 0
    out, bad = cal.add_working_days(empty, 3, errors="coerce")
    assert len(out) == 0 and bad == {}
    assert len(cal.between(empty, np.datetime64("2026-10-01"))) == 0


def test_events_out_of_order_are_refused_scalar_and_per_row():
    # A new user's trial: a resolution before the ticket was received answered a reply
    # deadline (the received instant itself); check and C++ refuse such a ticket.
    e = shixian.Engine()
    with pytest.raises(shixian.InputError, match="'resolved' \\(2026-09-29T16:30:00\\+08:00\\) is before 'received'"):
        e.deadline("ordinary", {"received": "2026-09-30T16:30", "resolved": "2026-09-29T16:30"}, stage="reply")
    got = e.deadlines(["ordinary", "ordinary"],
                      {"received": np.array(["2026-09-30T16:30", "2026-09-30T16:30"], "datetime64[ns]"),
                       "resolved": np.array(["2026-09-29T16:30", "2026-10-08T10:00"], "datetime64[ns]")})
    assert got["error"][0] is not None and "lifecycle order" in got["error"][0]
    assert got["reply"].isna()[0] and got["reply_state"][0] == "error"
    assert got["error"][1] is None and got["reply_state"][1] == "computed"


def test_an_engine_takes_calendar_files_as_paths_or_says_what_it_wants(tmp_path):
    f = tmp_path / "2027.cal"
    f.write_text("calendar cn\nnotice 2027 test\nrest 2027-01-01 元旦\n", encoding="utf-8")
    for given in (str(f), [str(f)], f):
        assert shixian.Engine(calendar=given).calendar.covered[1] == np.datetime64("2027-12-31")
    with pytest.raises(TypeError, match="calendar must be a shixian.Calendar, a calendar file's path or a list"):
        shixian.Engine(calendar=2027)


def test_readme_example_ticket_total_deadline():
    r = shixian.Engine().deadline("ordinary", {"received": "2026-09-30T23:10"}, stage="total", explain=True)
    assert r["deadline"] == "2026-10-14T00:00:00+08:00" and r["target"] == "5wd"
    assert "holiday" in r["explanation"]


def test_scalar_errors_name_the_value():
    e = shixian.Engine()
    with pytest.raises(shixian.InputError, match="ordinery"):
        e.deadline("ordinery", {"received": "2026-09-30T23:10"}, stage="total")
    with pytest.raises(shixian.InputError, match="recieved"):
        e.deadline("ordinary", {"recieved": "2026-09-30T23:10"}, stage="total")
    with pytest.raises(shixian.InputError, match="totl"):
        e.deadline("ordinary", {"received": "2026-09-30T23:10"}, stage="totl")
    with pytest.raises(shixian.InputError, match="2026-09-31"):
        e.deadline("ordinary", {"received": "2026-09-31T23:10"}, stage="total")
    with pytest.raises(ValueError, match="Asia/Shangai"):
        shixian.Engine(zone="Asia/Shangai")
    # The event is named, as C and Java name it (session 25 trial).
    with pytest.raises(shixian.InputError, match="^event 'resolved': '2026-02-30T10:00'"):
        e.deadline("ordinary", {"received": "2026-02-13T15:00", "resolved": "2026-02-30T10:00"}, stage="reply")


def test_contact_by_coverage_error_and_version():
    e = shixian.Engine()
    # EXAMPLES.md: resolved at 19:30, the reply is due 24 h on; the customer may be called
    # until 18:00 that day (quiet hours 18:00-08:00).
    r = e.deadline("ordinary", {"received": "2026-02-13T15:00", "resolved": "2026-02-13T19:30"}, stage="reply")
    assert r["deadline"] == "2026-02-14T19:30:00+08:00" and r["contact_by"] == "2026-02-14T18:00:00+08:00"
    assert e.deadline("ordinary", {"received": "2026-09-30T23:10"}, stage="total")["contact_by"] is None
    # Past the calendar: its own subclass, so a batch can tell "load the next notice" from bad input.
    with pytest.raises(shixian.CoverageError, match="2026-12-31"):
        e.deadline("ordinary", {"received": "2026-12-28T10:00"}, stage="total")
    assert issubclass(shixian.CoverageError, shixian.InputError)
    with pytest.raises(shixian.InputError) as bad:
        e.deadline("ordinery", {"received": "2026-09-30T23:10"}, stage="total")
    assert not isinstance(bad.value, shixian.CoverageError)
    cli = subprocess.run([os.environ["SHIXIAN_CLI"], "--version"], capture_output=True, text=True).stdout
    assert cli.split() == ["shixian", shixian.__version__]
    # The data versions its answers carry, as check --summary names them (session 33).
    summary = json.loads(subprocess.run([os.environ["SHIXIAN_CLI"], "check", "--now", "2026-12-01T00:00", "--summary",
                                         "--format", "json"], input='{"id": "a", "class": "ordinary", "received": '
                                        '"2026-11-20T10:00"}\n', capture_output=True, text=True).stdout)
    assert e.rule_set_version == summary["rule_set_version"] and e.calendar_version == summary["calendar_version"]


def test_deadlines_over_arrays_agree_with_scalar_calls_and_flag_bad_rows():
    e = shixian.Engine()
    received = pd.Series(pd.to_datetime(["2026-09-30 23:10", "2026-11-20 17:45", "2026-12-28 10:00", "2026-09-30 23:10"])
                         ).dt.tz_localize("Asia/Shanghai")
    out = e.deadlines(["ordinary", "ordinary", "ordinary", "ordinery"], {"received": received})
    for i in range(2):
        want = e.deadline("ordinary", {"received": received[i].isoformat()}, stage="total")["deadline"]
        assert out["total"][i].tz_convert("Asia/Shanghai").isoformat() == want
    assert out["total_state"][2] == "error" and "2026-12-31" in out["error"][2]   # needs 2027
    assert out["error"][3].startswith("unknown class 'ordinery' (rule set 95580 has: ordinary, urgent)")
    assert "did you mean 'ordinary'" in out["error"][3] and out["total_state"][3] == "error"
    assert out["reply_state"][0] == "not_started"
    # A class by its Chinese name, as check and the scalar call read it (session 33).
    same = received.iloc[[0, 0]].reset_index(drop=True)
    zh = e.deadlines(["紧急投诉", "urgent"], {"received": same})
    assert zh["error"][0] is None and zh["total"][0] == zh["total"][1]
    assert e.deadline("紧急投诉", {"received": "2026-09-30T23:10"}, stage="total")["deadline"] == \
        e.deadline("urgent", {"received": "2026-09-30T23:10"}, stage="total")["deadline"]


def tickets():
    return pd.DataFrame({
        "id": ["a", "b", "c"],
        "class": ["ordinary", "urgent", "ordinery"],
        "received": pd.to_datetime(["2026-09-30 23:10", "2026-10-09 09:00", "2026-09-30 23:10"]),
        "resolved": pd.to_datetime([None, "2026-10-09 10:00", None]),
    })


def test_audit_dataframe_statuses_and_bad_row():
    out = shixian.audit(tickets(), now="2026-10-20T00:00+08:00")
    assert out["total"][0] == "breached"
    assert out["error"][0] is None
    assert pd.isna(out["total"][2]) and "ordinery" in out["error"][2]


@pytest.mark.skipif(not os.environ.get("SHIXIAN_CLI"), reason="SHIXIAN_CLI (the built CLI) not given")
def test_audit_lines_and_summary_are_the_clis_byte_for_byte():
    df = tickets()
    lines = shixian._lines(df)
    now = "2026-10-20T00:00+08:00"
    cli = os.environ["SHIXIAN_CLI"]
    env = dict(os.environ, LANG="", LC_ALL="")
    text = "\n".join(lines) + "\n"
    want = subprocess.run([cli, "check", "--now", now], input=text, capture_output=True, text=True, env=env).stdout
    got = shixian.audit(df, now=now, lines=True)["line"]
    assert want.splitlines() == list(got)
    want_sum = subprocess.run([cli, "check", "--now", now, "--summary", "--format", "json"], input=text,
                              capture_output=True, text=True, env=env).stdout
    assert json.loads(want_sum) == shixian.audit_summary(lines, now)


def test_classify_series_per_row_errors():
    s = pd.Series(["我的卡被盗刷了", None, "   "], index=[10, 11, 12])
    out = shixian.classify(s)
    assert list(out.index) == [10, 11, 12]
    assert out["class"][10] == "urgent"
    assert out["error"][11] == "no text" and "blank" in out["error"][12]
    assert out["class"][12] is None
    assert json.loads(shixian.classify_text("我的卡被盗刷了"))["class"] == "urgent"


PARTS = [
    b'{"id": "A", "class": "ordinary", "received": "2026-11-20T09:00", "hq_dispatched": "2026-11-20T12:00"}\n'
    b'not json\n\n'
    b'{"id": "B", "class": "urgent", "received": "2026-11-20T09:00", "hq_dispatched": "2026-11-20T12:00"}\n',
    b'{"id": "C", "class": "ordinary", "received": "2026-11-21T09:00", "hq_dispatched": "2026-11-21T09:30"}\r\n'
    b'{"id": "D", "class": "vip", "received": "2026-11-21T09:00"}\r\n',
    b'{"id": "E", "class": "ordinary", "received": "2026-11-20T09:00", "hq_dispatched": "2026-11-20T12:00"}',
]


def test_summary_parts_pickled_and_merged_in_any_order_equal_one_pass():
    import pickle

    now = "2026-12-01T00:00+08:00"
    parts = []
    for k in (2, 0, 1):  # audited out of order, each in its own Summary
        s = shixian.Summary(now=now, worst=1)
        s.check_text(PARTS[k], file=f"p{k}.jsonl", part=k)
        parts.append(pickle.loads(pickle.dumps(s)))
    merged = shixian.Summary.merged(parts)
    one = shixian.Summary(now=now, worst=1)
    for k, text in enumerate(PARTS):
        assert one.check_text(text, file=f"p{k}.jsonl", part=k)["lines"] == text.count(b"\n") + (not text.endswith(b"\n"))
    assert merged.to_json() == one.to_json()
    d = merged.to_dict()
    assert d["tickets"] == 4 and d["bad_lines"] == 2
    assert [b["file"] for b in d["first_bad_lines"]] == ["p0.jsonl", "p1.jsonl"]
    # worst=1: ordinary A and E are equally late; the first in input order wins, though E's
    # part was audited first.
    assert [w["id"] for w in d["stages"]["hq_dispatch"]["ordinary"]["worst"]] == ["A"]


@pytest.mark.skipif(not os.environ.get("SHIXIAN_CLI"), reason="SHIXIAN_CLI (the built CLI) not given")
def test_summary_of_parts_is_check_over_the_files(tmp_path):
    now = "2026-12-01T00:00+08:00"
    names = []
    for k, text in enumerate(PARTS):
        (tmp_path / f"p{k}.jsonl").write_bytes(text)
        names.append(f"p{k}.jsonl")
    s = shixian.Summary(now=now, worst=1)
    for k, name in reversed(list(enumerate(names))):
        part = shixian.Summary(now=now, worst=1)
        part.check_text((tmp_path / name).read_bytes(), file=name, part=k)
        s.merge(part)
    cli = subprocess.run([os.environ["SHIXIAN_CLI"], "check", *names, "--now", now, "--summary", "--format", "json",
                          "--worst", "1"], cwd=tmp_path, capture_output=True, text=True,
                         env=dict(os.environ, LANG="", LC_ALL=""))
    assert s.to_json() == cli.stdout


def test_summary_merge_refuses_other_settings_and_bad_state():
    a = shixian.Summary(now="2026-12-01T00:00+08:00")
    b = shixian.Summary(now="2026-12-02T00:00+08:00")
    with pytest.raises(shixian.InputError, match="now 2026-12-02T00:00:00\\+08:00 differs"):
        a.merge(b)
    with pytest.raises(shixian.InputError, match="worst 10 differs from this summary's 3"):
        shixian.Summary(now="2026-12-01T00:00+08:00", worst=3).merge(a)
    with pytest.raises(shixian.InputError, match="truncated"):
        a._s.merge_state(a._s.to_state()[:-3])
    with pytest.raises(shixian.InputError, match="part 16777216 is out of range"):
        a.check_text(b"", part=1 << 24)
    with pytest.raises(shixian.InputError, match="now is required"):
        shixian.Summary(now=None)


@pytest.mark.skipif(not os.environ.get("SHIXIAN_CLI"), reason="SHIXIAN_CLI (the built CLI) not given")
def test_audit_dataframe_of_every_column_kind_is_check_on_its_rows_as_json():
    # The oracle: each row written by Python's json module (a missing cell: no key), then
    # `shixian check` on those lines. audit() writes the rows itself, in C++.
    sh = "Asia/Shanghai"
    df = pd.DataFrame({
        "id": ["A\"1", "B\\2", "C\n3", "工单4", "E5", None, "G7", "H8"],
        "class": pd.Categorical(["ordinary", "urgent", "ordinary", "ordinary", "urgent", "ordinary", None,
                                 "ordinary"]),
        "unionpay": [False, True, False, False, True, False, False, False],
        "received": pd.to_datetime(["2026-09-30 23:10", "2026-10-09 09:00:00.250", "2026-11-20 17:45",
                                    "2026-11-20 17:45", "2026-02-10 08:00", "2026-11-20 17:45", "2026-11-20 17:45",
                                    "2026-11-20 17:45"]),  # naive: local time in the zone
        "hq_dispatched": pd.to_datetime(["2026-10-08T01:00Z", None, "2026-11-21T01:00:00.5Z", None, None, None, None,
                                         "2026-11-19T00:00Z"], utc=True).tz_convert(sh),  # instants
        "resolved": pd.Series([None, "2026-10-09 10:00", pd.NA, np.nan, "2026-02-11 09:00+08:00", None, None, None],
                              dtype=object),  # text, as in the JSON
        "closed": pd.Series([None, "2026-10-10 10:00", None, None, None, None, None, None], dtype=object),
        "record": [None, {"outlet_type": "网点", "cause": "x", "handling": ""}, None, None, None, None, None, None],
        "amount": [np.nan, 12.5, 3, None, np.int64(7), None, None, None],
        "note": pd.array([1, None, 3, 4, 5, 6, 7, 8], dtype="Int64"),  # a field check ignores
    })
    now = "2026-12-01T00:00+08:00"

    def cell(v):
        if v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and np.isnan(v)):
            return None
        if isinstance(v, pd.Timestamp):
            return v.isoformat() if v.tzinfo else v.strftime("%Y-%m-%dT%H:%M:%S.%f")
        if isinstance(v, np.generic):
            return v.item()
        return v

    lines = []
    for _, row in df.astype(object).iterrows():
        obj = {k: cell(v) for k, v in row.items() if cell(v) is not None}
        lines.append(json.dumps(obj, ensure_ascii=False))
    want = subprocess.run([os.environ["SHIXIAN_CLI"], "check", "--now", now], input="\n".join(lines) + "\n",
                          capture_output=True, text=True, env=dict(os.environ, LANG="", LC_ALL="")).stdout
    got = shixian.audit(df, now=now, lines=True)
    assert list(got["line"]) == want.splitlines()
    # rows 5 (no id), 6 (no class and nothing to classify) and 7 (events out of order)
    assert got["error"].notna().tolist() == [False, False, False, False, False, True, True, True]
    assert got["total"][1] == "met" and pd.isna(got["total"][5])
    assert "hq_dispatched" in got["error"][7]  # before received: named, in its row
    # The message itself, as the README says; the bad-line object is the row's `line`.
    assert got["error"][5] == "missing field 'id' (expected a string)"
    assert json.loads(got["line"][5])["error"] == got["error"][5]


def test_audit_jsonl_skips_blank_lines_as_check_does():
    line = '{"id": "A", "class": "ordinary", "received": "2026-11-20T09:00"}'
    r = shixian.audit_jsonl([line, "  \t", line], "2026-12-01T00:00+08:00")
    assert r["error"] == [None, None, None] and r["lines"][1] == ""
    breached = r["status_names"].index("breached")
    assert list(r["total"]) == [breached, -1, breached]
    assert shixian.audit_summary([line, "", line], "2026-12-01T00:00+08:00")["tickets"] == 2


# From a bank engineer's trial (session 23): a naive datetime was read as UTC (a Beijing
# ticket's deadline 8 hours late), and None, NaT, a year out of range or a bare number
# gave a "computed" deadline in 1677 or 2084.
def test_a_naive_time_is_local_like_text_and_a_missing_or_numeric_one_is_an_error():
    import datetime

    import numpy as np

    e = shixian.Engine()
    text = e.deadline("urgent", {"received": "2026-09-30T17:10"}, stage="total")["deadline"]
    for naive in (datetime.datetime(2026, 9, 30, 17, 10), pd.Timestamp("2026-09-30 17:10"),
                  np.datetime64("2026-09-30T17:10")):
        assert e.deadline("urgent", {"received": naive}, stage="total")["deadline"] == text
    aware = datetime.datetime(2026, 9, 30, 9, 10, tzinfo=datetime.timezone.utc)  # the same instant
    assert e.deadline("urgent", {"received": aware}, stage="total")["deadline"] == text
    for bad in (None, pd.NaT, np.datetime64("NaT"), float("nan"), 5, np.datetime64("1500-01-01")):
        with pytest.raises(shixian.InputError):
            e.deadline("urgent", {"received": bad}, stage="total")
    with pytest.raises(shixian.InputError):
        shixian.audit(tickets(), now=5)
    # Arrays: naive is local too, as audit() reads naive columns.
    naive = pd.Series(pd.to_datetime(["2026-09-30 17:10"]))
    out = e.deadlines(["urgent"], {"received": naive})
    assert out["total"][0].tz_convert("Asia/Shanghai").isoformat() == text


# From a bank engineer's trial (session 23): a list of texts failed ("'builtin_function_or_method'
# object is not iterable"), one flag given as a string was split into letters, and a
# calendar file given as a string was split into characters.
def test_lists_and_single_strings_are_taken_whole():
    by_list = shixian.classify(["柜员态度很差", "银行卡被盗刷了五万元"])
    assert list(by_list["class"]) == ["ordinary", "urgent"]
    assert list(shixian.classify("银行卡被盗刷了五万元")["class"]) == ["urgent"]
    e = shixian.Engine()
    one = e.deadline("urgent", {"received": "2026-09-30T17:10"}, stage="total", flags="unionpay")
    assert one == e.deadline("urgent", {"received": "2026-09-30T17:10"}, stage="total", flags=["unionpay"])
    with pytest.raises(shixian.InputError, match="/nonexistent/x.cal"):
        shixian.Calendar("/nonexistent/x.cal")


def test_audit_warns_of_a_misspelt_column_and_lists_every_unread_one():
    # "recieved" for "received": read as absent, the ticket would be "not started"
    # without a word. check notes it on stderr; audit() warns and lists it.
    df = pd.DataFrame({"id": ["A1", "A2"], "class": ["ordinary", "ordinary"],
                       "received": ["2026-09-30T23:10", "2026-09-30T23:10"],
                       "repled": ["2026-10-01T09:00", None], "branch": ["0571", "0571"]})
    with pytest.warns(shixian.UnreadFieldWarning, match=r"'repled' \(1 rows\).*did you mean 'replied'"):
        out = shixian.audit(df, now="2026-10-20T00:00+08:00")
    fields = {f["field"]: f for f in out.attrs["unread_fields"]["fields"]}
    assert fields["repled"]["count"] == 1 and fields["repled"]["did_you_mean"] == "replied"
    assert fields["branch"]["count"] == 2 and fields["branch"]["did_you_mean"] is None
    with pytest.warns(shixian.UnreadFieldWarning, match="did you mean 'replied'"):
        r = shixian.audit_jsonl(shixian._lines(df), now="2026-10-20T00:00+08:00")
    assert [f["field"] for f in r["ignored"]["fields"]] == ["repled", "branch"]


def test_audit_of_only_read_columns_does_not_warn():
    import warnings as w
    with w.catch_warnings():
        w.simplefilter("error")
        out = shixian.audit(tickets(), now="2026-10-20T00:00+08:00")
    assert out.attrs["unread_fields"] == {"fields": [], "others": 0}


def test_a_misspelt_column_warns_in_a_frame_of_any_width_and_at_the_callers_line():
    # A bank export has more columns than check's 32 remembered names: the frame's
    # columns are compared whole. The warning points at the caller's line.
    cols = {f"col{i:02d}": ["x", "y"] for i in range(40)}
    df = pd.DataFrame({"id": ["A1", "A2"], "class": ["ordinary", "ordinary"],
                       "received": ["2026-09-30T23:10", "2026-09-30T23:10"], **cols,
                       "replyed": ["2026-10-01T09:00", "2026-10-01T09:00"]})
    with pytest.warns(shixian.UnreadFieldWarning, match="did you mean 'replied'") as got:
        out = shixian.audit(df, now="2026-10-20T00:00+08:00")
    assert got[0].filename == __file__
    assert len(out.attrs["unread_fields"]["fields"]) == 41
    with pytest.warns(shixian.UnreadFieldWarning) as got:
        shixian.audit_summary(shixian._lines(df), now="2026-10-20T00:00+08:00")
    assert got[0].filename == __file__


def test_a_systems_own_column_that_looks_like_a_field_does_not_warn():
    import warnings as w
    df = pd.DataFrame({"id": ["A1"], "class": ["ordinary"], "received": ["2026-09-30T23:10"],
                       "account": ["6222"], "count": [1], "uid": ["u1"], "case": ["c"]})
    with w.catch_warnings():
        w.simplefilter("error")
        out = shixian.audit(df, now="2026-10-20T00:00+08:00")
    assert [f["field"] for f in out.attrs["unread_fields"]["fields"]] == ["account", "count", "uid", "case"]


def test_a_local_time_in_a_dst_change_is_read_as_chosen():
    # 01:30 on 2026-11-01 happens twice in New York (EDT, then EST): refused by default,
    # naming both readings and how to choose; read as chosen, as the CLI's --choose.
    ticket = {"received": "2026-11-01T01:30"}
    with pytest.raises(shixian.InputError, match="choose="):
        shixian.Engine(zone="America/New_York").deadline("ordinary", ticket, stage="hq_dispatch")
    first = shixian.Engine(zone="America/New_York", choose="earliest").deadline("ordinary", ticket, stage="hq_dispatch")
    last = shixian.Engine(zone="America/New_York", choose="latest").deadline("ordinary", ticket, stage="hq_dispatch")
    assert first["start"] == "2026-11-01T01:30:00-04:00" and last["start"] == "2026-11-01T01:30:00-05:00"
    with pytest.raises(shixian.InputError, match="did you mean 'latest'"):
        shixian.Engine(choose="lastest")
    # The arrays and the audits read the same way.
    e = shixian.Engine(zone="America/New_York", choose="latest")
    d = e.deadlines(["ordinary"], {"received": pd.Series(pd.to_datetime(["2026-11-01 01:30"]))})
    assert e._e._format_instant(int(d["hq_dispatch"].astype("int64")[0])) == last["deadline"]
    # branch_dispatch runs 24 h on the wall from tier2_received: 00:30 or 01:30 the next day.
    line = '{"id": "T1", "class": "ordinary", "received": "2026-10-31T10:00", "tier2_received": "2026-11-01T01:30"}'
    now = "2026-12-01T00:00Z"
    assert "ambiguous" in shixian.audit_jsonl([line], now, zone="America/New_York")["error"][0]
    r = shixian.audit_jsonl([line], now, zone="America/New_York", choose="latest")
    assert '"branch_dispatch": {"deadline": "2026-11-02T01:30:00-05:00"' in r["lines"][0]
    got = shixian.audit(pd.DataFrame({"id": ["T1"], "class": ["ordinary"], "received": ["2026-10-31T10:00"],
                                      "tier2_received": ["2026-11-01T01:30"]}), now,
                        zone="America/New_York", choose="earliest", lines=True)
    assert got["error"][0] is None and '"branch_dispatch": {"deadline": "2026-11-02T00:30:00-05:00"' in got["line"][0]
    # A skipped local time (01:30 on 2026-03-29 in London) is the moment of the change either
    # way, in the arrays too (pandas' shift_forward made it an hour late there).
    for choose in ("earliest", "latest"):
        e = shixian.Engine(zone="Europe/London", choose=choose)
        one = e.deadline("ordinary", {"received": "2026-03-28T10:00", "tier2_received": "2026-03-29T01:30"},
                         stage="branch_dispatch")
        assert one["start"] == "2026-03-29T02:00:00+01:00"
        arr = e.deadlines(["ordinary"], {"received": pd.Series(pd.to_datetime(["2026-03-28 10:00"])),
                                         "tier2_received": pd.Series(pd.to_datetime(["2026-03-29 01:30"]))})
        assert e._e._format_instant(int(arr["branch_dispatch"].astype("int64")[0])) == one["deadline"]
    # A naive datetime in a gap names its event, as text does.
    import datetime
    with pytest.raises(shixian.InputError, match="^event 'received': local time 2026-03-08T02:30"):
        shixian.Engine(zone="America/New_York").deadline("ordinary", {"received": datetime.datetime(2026, 3, 8, 2, 30)},
                                                        stage="total")
    # Summary reads as chosen, and refuses to merge parts read another way.
    part = (line + "\n").encode()
    assert shixian.Summary(now, zone="America/New_York").check_text(part)["bad"] == 1
    late = shixian.Summary(now, zone="America/New_York", choose="latest")
    assert late.check_text(part)["ok"] == 1
    with pytest.raises(shixian.InputError, match="choose="):
        late.merge(shixian.Summary(now, zone="America/New_York"))
    # audit_jsonl's error is the message too; its line the bad-line object.
    bad = shixian.audit_jsonl(['{"id": "B", "class": "ordinery", "received": "2026-11-20T09:00"}'], now)
    assert bad["error"][0].startswith("unknown class 'ordinery'") and json.loads(bad["lines"][0])["error"] == bad["error"][0]


def test_deadlines_over_arrays_name_an_ambiguous_local_time_as_the_scalar_call_does():
    # A bank engineer's trial (session 33): pandas' "try using the 'ambiguous' argument"
    # named neither the row nor choose=.
    e = shixian.Engine(zone="Europe/London")
    received = pd.Series(pd.to_datetime(["2026-10-24 10:00", "2026-10-25 01:30"]))
    with pytest.raises(shixian.InputError, match=r"events\['received'\] row 1: .*ambiguous in Europe/London.*choose= in Python"):
        e.deadlines(["ordinary", "ordinary"], {"received": received})
    later = shixian.Engine(zone="Europe/London", choose="latest").deadlines(["ordinary", "ordinary"], {"received": received})
    assert later["error"][1] is None


def test_a_paused_stage_names_its_target_and_what_has_run():
    # As the CLI's deadlines does (a bank engineer's trial, session 33: target None).
    e = shixian.Engine(rules="95580-docs-pause")
    r = e.deadline("ordinary", {"received": "2026-09-28T10:00", "docs_requested": "2026-09-29T12:00"}, stage="total")
    assert r["state"] == "paused" and r["deadline"] is None
    assert r["target"] == "5wd" and r["used"] == "0.5wd"


def test_classify_reads_a_dataframe_by_its_columns():
    # A bank engineer's trial (session 33): a DataFrame was iterated as its column names,
    # and "text" and "complainants" were classified as two complaints.
    frame = pd.DataFrame({"text": ["网点工作人员态度很差", "我的信用卡被盗刷了两万元"], "complainants": [5, None],
                          "branch": ["A", "B"]}, index=["C-1", "C-2"])
    out = shixian.classify(frame)
    assert list(out.index) == ["C-1", "C-2"]
    assert list(out["class"]) == ["urgent", "urgent"]
    assert '"group"' in out["json"]["C-1"] and '"fund_safety"' in out["json"]["C-2"]
    with pytest.warns(shixian.UnreadFieldWarning, match="complainents.*did you mean 'complainants'"):
        shixian.classify(pd.DataFrame({"text": ["态度很差"], "complainents": [5]}))
    with pytest.raises(TypeError, match="none of classify's columns"):
        shixian.classify(pd.DataFrame({"notes": ["x"]}))
