// shixian._core: the Python module's C++ (pybind11). Vectorised calls loop over numpy
// buffers here, in C++, with the GIL released; a bad row gets its own error text
// instead of stopping the batch or producing a silent value.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <limits>
#include <string>
#include <vector>

#include "shixian/audit/audit.hpp"
#include "shixian/audit/check_stream.hpp"
#include "shixian/audit/summary.hpp"
#include "shixian/calendar/calendar.hpp"
#include "shixian/calendar/calendar_file.hpp"
#include "shixian/classify/classify.hpp"
#include "shixian/error.hpp"
#include "shixian/io/line_reader.hpp"
#include "shixian/sla/lifecycle.hpp"
#include "shixian/rules/names.hpp"
#include "shixian/rules/rule_set.hpp"
#include "shixian/sla/deadlines.hpp"
#include "shixian/sla/explain.hpp"
#include "shixian/time/text.hpp"
#include "shixian/time/zone.hpp"

namespace py = pybind11;
using namespace shixian;

namespace {

constexpr std::int64_t NaT = std::numeric_limits<std::int64_t>::min();

// A datetime64[D] as a date: NaT (the int64 minimum) is no date, nor is a day number
// past the years a date can be written in; either is an InputError naming it, where a
// bare cast read NaT as 1970-01-01.
Date to_date(std::int64_t d) {
  if (d == std::numeric_limits<std::int64_t>::min()) throw InputError("a date is missing (NaT): give a date");
  return date_from_day_number(d);
}
std::int64_t from_date(Date d) { return d.time_since_epoch().count(); }

struct PyCalendar {
  CalendarPtr cal;
  std::vector<std::string> files;  // what it was built from (a Summary's pickle rebuilds it)
};

// An engine with what it refers to (members built in order).
struct PyEngine {
  PyEngine(RuleSetPtr r, CalendarPtr c, Zone z, bool provisional, Choose ch)
      : rules(std::move(r)), cal(std::move(c)), zone(std::move(z)),
        engine(*rules, *cal, zone, provisional ? Coverage::provisional : Coverage::strict), choose(ch) {}
  RuleSetPtr rules;
  CalendarPtr cal;
  Zone zone;
  DeadlineEngine engine;
  Choose choose;  // a local time in a DST change: as the CLI's --choose
};

// choose="reject" | "earliest" | "latest", as the CLI's --choose.
Choose to_choose(const std::string& name) {
  if (const auto c = choose_named(name)) return *c;
  static const std::vector<std::string> names(std::begin(kChooseNames), std::end(kChooseNames));
  throw InputError("choose='" + name + "' is not one of reject, earliest, latest" + did_you_mean(name, names));
}

PyCalendar load_calendar(const std::vector<std::string>& files) {
  if (files.empty()) return {default_calendar(), {}};
  auto b = CalendarBuilder::with_defaults();
  for (const auto& f : files) b.load_file(f);
  return {b.build(), files};
}

std::shared_ptr<PyEngine> make_engine(const std::string& rules, const PyCalendar* cal, const std::string& zone,
                                      bool provisional, const std::string& choose) {
  const Choose ch = to_choose(choose);
  auto rs = rules.empty() ? default_rule_set() : load_rule_set(rules);
  auto z = Zone::locate(zone.empty() ? rs->default_zone : zone);
  return std::make_shared<PyEngine>(rs, cal ? cal->cal : default_calendar(), z, provisional, ch);
}

// Vectorised add working days: datetime64[D] in (as int64 days), datetime64[D] out;
// a row that fails is NaT with its message in `errors` (row -> text).
// Vectorised is_working and between: day numbers in, a row per date (bool; working
// days as int64), broadcast as numpy does for one array against a single value; a row
// that fails (NaT, no date, outside coverage) has its message in `errors` (row -> text)
// and False / 0 in its place, as add_working_days_array keeps its rows; the rows whose
// failure is the calendar's coverage are listed apart (Python raises CoverageError).
template <class T, class F>
py::tuple per_row(const py::array_t<std::int64_t, py::array::c_style | py::array::forcecast>& a,
                  const py::array_t<std::int64_t, py::array::c_style | py::array::forcecast>& b, F f) {
  const auto na = a.size(), nb = b.size();
  if (na != nb && na != 1 && nb != 1)
    throw py::value_error("dates of " + std::to_string(na) + " and " + std::to_string(nb) + " rows");
  // numpy's broadcasting: an empty side makes an empty answer (max read past the end).
  const auto n = na == 0 || nb == 0 ? 0 : std::max(na, nb);
  py::array_t<T> out(n);
  std::vector<std::pair<py::ssize_t, std::string>> bad;
  std::vector<py::ssize_t> coverage;
  {
    const auto* pa = a.data();
    const auto* pb = b.data();
    auto* o = out.mutable_data();
    py::gil_scoped_release release;
    for (py::ssize_t i = 0; i < n; ++i) {
      try {
        o[i] = f(pa[na == 1 ? 0 : i], pb[nb == 1 ? 0 : i]);
      } catch (const CoverageError& e) {
        o[i] = T{};
        bad.emplace_back(i, e.what());
        coverage.push_back(i);
      } catch (const std::exception& e) {
        o[i] = T{};
        bad.emplace_back(i, e.what());
      }
    }
  }
  py::dict errors;
  for (auto& [i, m] : bad) errors[py::int_(i)] = m;
  py::set coverage_rows;
  for (const auto i : coverage) coverage_rows.add(py::int_(i));
  return py::make_tuple(out, errors, coverage_rows);
}

// Vectorised add_working_days: day numbers and counts (one count for every date, or one
// each), through per_row as is_working and between, so a day past the calendar is a
// coverage row (CoverageError in Python) and a bad count is worded as the calendar words it.
py::tuple add_working_days_array(const PyCalendar& c, py::array_t<std::int64_t, py::array::c_style | py::array::forcecast> d,
                                 py::array_t<std::int64_t, py::array::c_style | py::array::forcecast> n) {
  const auto nd = d.size(), nn = n.size();
  if (nn != 1 && nn != nd)
    throw py::value_error("n has " + std::to_string(nn) + " values for " + std::to_string(nd) + " dates");
  const Calendar& cal = *c.cal;
  return per_row<std::int64_t>(d, n, [&cal](std::int64_t day, std::int64_t count) -> std::int64_t {
    if (day == NaT) return NaT;
    // A count past int's range keeps its own digits in the calendar's wording.
    const int k = count < 0 ? -1 : count > Calendar::max_working_days ? Calendar::max_working_days + 1 : static_cast<int>(count);
    if (k != count)
      throw InputError(std::to_string(count) + " is not a valid number of working days (expected 0.." +
                       std::to_string(Calendar::max_working_days) + ")");
    return from_date(cal.add_working_days(to_date(day), k).value);
  });
}

// Deadlines of every stage for arrays of events (int64 ns since the epoch, NaT when
// the event has not happened), classes as strings, flags as bool arrays.
py::dict deadlines_array(const PyEngine& e, const std::vector<std::string>& classes, const py::dict& events,
                         const py::dict& flags) {
  const auto& rs = *e.rules;
  const std::size_t rows = classes.size();
  std::vector<std::optional<ClassId>> cls(rows);
  std::vector<std::string> row_error(rows);
  // Each distinct class looked up once, as the scalar call looks it up: by its Chinese
  // name too (紧急投诉), and an unknown one named with the rule set's classes and the
  // likely one (a bank engineer's trial, session 33: rows said only "unknown class 'x'").
  std::map<std::string, std::pair<std::optional<ClassId>, std::string>, std::less<>> looked_up;
  for (std::size_t i = 0; i < rows; ++i) {
    auto it = looked_up.find(classes[i]);
    if (it == looked_up.end()) {
      std::pair<std::optional<ClassId>, std::string> found;
      try {
        found.first = rs.class_index(classes[i]);
      } catch (const InputError& ex) {
        found.second = ex.what();
      }
      it = looked_up.emplace(classes[i], std::move(found)).first;
    }
    cls[i] = it->second.first;
    if (!cls[i]) row_error[i] = it->second.second;
  }
  std::vector<std::pair<EventId, py::array_t<std::int64_t, py::array::c_style | py::array::forcecast>>> ev;
  for (auto item : events) {
    const auto name = py::cast<std::string>(item.first);
    const EventId k = rs.event_index(name);  // throws UnknownName with the likely one
    auto a = py::array_t<std::int64_t, py::array::c_style | py::array::forcecast>::ensure(item.second);
    if (!a || static_cast<std::size_t>(a.size()) != rows)
      throw InputError("event '" + name + "': expected " + std::to_string(rows) + " values");
    ev.emplace_back(k, a);
  }
  std::vector<std::pair<FlagId, py::array_t<bool, py::array::c_style | py::array::forcecast>>> fl;
  for (auto item : flags) {
    const auto name = py::cast<std::string>(item.first);
    const FlagId k = rs.flag_index(name);
    auto a = py::array_t<bool, py::array::c_style | py::array::forcecast>::ensure(item.second);
    if (!a || static_cast<std::size_t>(a.size()) != rows)
      throw InputError("flag '" + name + "': expected " + std::to_string(rows) + " values");
    fl.emplace_back(k, a);
  }
  const std::size_t ns = rs.stages.size();
  std::vector<py::array_t<std::int64_t>> due(ns, py::array_t<std::int64_t>(0));
  std::vector<std::int64_t*> due_p(ns);
  for (std::size_t s = 0; s < ns; ++s) {
    due[s] = py::array_t<std::int64_t>(static_cast<py::ssize_t>(rows));
    due_p[s] = due[s].mutable_data();
  }
  std::vector<std::vector<std::uint8_t>> state(ns, std::vector<std::uint8_t>(rows));
  {
    std::vector<const std::int64_t*> evp;
    for (auto& [k, a] : ev) evp.push_back(a.data());
    std::vector<const bool*> flp;
    for (auto& [k, a] : fl) flp.push_back(a.data());
    py::gil_scoped_release release;
    std::vector<StageDeadline> out(ns);
    for (std::size_t i = 0; i < rows; ++i) {
      if (!row_error[i].empty()) {
        for (std::size_t s = 0; s < ns; ++s) due_p[s][i] = NaT, state[s][i] = static_cast<std::uint8_t>(StageDeadline::State::error);
        continue;
      }
      Ticket t;
      t.ticket_class = *cls[i];
      for (std::size_t j = 0; j < fl.size(); ++j)
        if (flp[j][i]) t.set_flag(fl[j].first);
      for (std::size_t j = 0; j < ev.size(); ++j)
        if (evp[j][i] != NaT) t.set(ev[j].first, Instant{Duration{evp[j][i]}});
      // Events out of lifecycle order are the row's error, as check's bad line (a reply
      // before the ticket was received had answered a deadline).
      if (auto order = lifecycle_error(rs, t, e.zone); !order.empty()) {
        for (std::size_t s = 0; s < ns; ++s) due_p[s][i] = NaT, state[s][i] = static_cast<std::uint8_t>(StageDeadline::State::error);
        row_error[i] = std::move(order);
        continue;
      }
      e.engine.all(t, out);
      for (std::size_t s = 0; s < ns; ++s) {
        const auto& r = out[s];
        due_p[s][i] = r.state == StageDeadline::State::computed ? r.deadline.time_since_epoch().count() : NaT;
        state[s][i] = static_cast<std::uint8_t>(r.state);
        if (r.state == StageDeadline::State::error && row_error[i].empty())
          row_error[i] = rs.stages[s].id + ": " + r.error;
      }
    }
  }
  static const char* names[] = {"computed", "not_started", "error", "paused"};
  py::dict result;
  for (std::size_t s = 0; s < ns; ++s) {
    result[py::str(rs.stages[s].id)] = due[s];
    py::list st;
    for (auto v : state[s]) st.append(names[v]);
    result[py::str(rs.stages[s].id + "_state")] = st;
  }
  py::list err;
  for (auto& m : row_error) err.append(m.empty() ? py::object(py::none()) : py::object(py::str(m)));
  result["error"] = err;
  return result;
}

// Audits JSON Lines (one ticket a line) as `shixian check` does, as of now_ns: per
// row the first cycle's status of every stage, or the row's error; and optionally the
// summary JSON of `check --summary --format json` over the same lines.
py::dict audit_lines(const std::string& rules, const PyCalendar* calendar, const std::string& zone,
                     const std::vector<std::string>& lines, std::int64_t now_ns, bool provisional, bool summary,
                     std::uint64_t order_base, bool want_lines, const std::string& choose) {
  const Choose ch = to_choose(choose);
  auto rs = rules.empty() ? default_rule_set() : load_rule_set(rules);
  const Zone z = Zone::locate(zone.empty() ? rs->default_zone : zone);
  const CalendarPtr cal = calendar ? calendar->cal : default_calendar();
  audit::Settings settings;
  settings.now = Instant{Duration{now_ns}};
  settings.at_risk = rs->at_risk;
  settings.coverage = provisional ? Coverage::provisional : Coverage::strict;
  const audit::Auditor auditor(*rs, *cal, z, settings);
  audit::Summary sum(auditor);
  const std::size_t ns = rs->stages.size();
  // Status codes per stage (audit::Status; -1 for a bad line), for pandas Categoricals.
  std::vector<py::array_t<std::int8_t>> status;
  std::vector<std::int8_t*> st;
  for (std::size_t s = 0; s < ns; ++s) {
    status.emplace_back(static_cast<py::ssize_t>(lines.size()));
    st.push_back(status.back().mutable_data());
  }
  std::vector<std::string> errors(lines.size());
  std::vector<std::string> out_lines(lines.size());
  audit::IgnoredFields worker_ignored;  // the columns not read, for a warning
  {
    py::gil_scoped_release release;
    audit::LineAuditor worker(auditor, ch, summary ? &sum : nullptr);
    audit::OutBuffer good, bad;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      good.clear(), bad.clear();
      const std::size_t number = i + 1;
      if (io::Line{lines[i], number}.blank()) {  // as check: skipped, no output, not counted
        for (std::size_t s = 0; s < ns; ++s) st[s][i] = -1;
        continue;
      }
      if (worker.process(lines[i], 0, "", number, order_base + number, &good, &bad)) {
        const auto c = worker.audit().cycle(0);
        for (std::size_t s = 0; s < ns; ++s) st[s][i] = static_cast<std::int8_t>(c[s].status);
        if (want_lines) out_lines[i].assign(good.view().data(), good.size());
      } else {
        for (std::size_t s = 0; s < ns; ++s) st[s][i] = -1;
        // The message, as audit(df)'s `error` and the README say; the bad-line object
        // is the row's line.
        errors[i] = worker.last_error();
        if (want_lines) out_lines[i].assign(bad.view().data(), bad.size());
      }
      while (!out_lines[i].empty() && out_lines[i].back() == '\n') out_lines[i].pop_back();
    }
    worker_ignored = worker.ignored();
  }
  py::dict result;
  for (std::size_t s = 0; s < ns; ++s) result[py::str(rs->stages[s].id)] = status[s];
  py::list names;
  for (std::size_t k = 0; k < audit::status_count; ++k) names.append(std::string(audit::to_string(static_cast<audit::Status>(k))));
  result["status_names"] = names;
  py::list err;
  for (auto& m : errors) err.append(m.empty() ? py::object(py::none()) : py::object(py::str(m)));
  result["error"] = err;
  if (want_lines) result["lines"] = out_lines;
  if (summary) result["summary"] = sum.to_json();
  result["ignored"] = audit::ignored_fields_json(worker_ignored, audit::readable_field_names(*rs));
  return result;
}

// A DataFrame audited as `check` audits its rows written as JSON Lines: each row becomes
// the JSON object check would read (one key per column, a missing cell leaves its key
// out), in C++ straight from the columns' numpy buffers, and goes through the same
// LineAuditor. No per-row Python object is made: object columns are read in chunks
// with the GIL held (a str's UTF-8 is borrowed, not copied), then the chunk's rows are
// written and audited with the GIL released.
enum class ColKind : std::uint8_t { object, boolean, integer, floating, time_utc, time_local, category };

struct Column {
  std::string key;  // "\"name\": ", escaped once
  ColKind kind;
  py::array data;   // the numpy buffer (object, bool, int64, float64 or int64 codes)
  std::vector<std::string> categories;  // category: JSON text of each category
};

// One cell of an object column, as its JSON text's ingredients.
struct Cell {
  enum Kind : std::uint8_t { missing, text, json, integer, floating, yes, no } kind = missing;
  std::int64_t i = 0;
  double f = 0;
  std::string_view s;  // text: the str's UTF-8 (borrowed); json: into `owned`
};

// A str's UTF-8 as a JSON string. Python's UTF-8 is valid by construction, so text
// with nothing to escape (nearly all: ids, timestamps, class names) is copied as it is,
// which is what io::append_json_string (the general version, used for the rest) gives it.
void put_json_string(std::string& out, std::string_view s) {
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x20 || c == '"' || c == '\\') {
      io::append_json_string(out, s);
      return;
    }
  }
  out += '"';
  out += s;
  out += '"';
}

// "2026-11-20T17:45:07[.123456789]" (+ "Z" for UTC): the text parse_timestamp_fields
// reads. Digits are written by hand (snprintf would cost more than the audit).
void put_digits(char* p, std::int64_t v, int n) {
  for (int k = n - 1; k >= 0; --k, v /= 10) p[k] = static_cast<char>('0' + v % 10);
}

void put_time(std::string& out, std::int64_t ns, bool utc) {
  constexpr std::int64_t kDay = std::int64_t{86400} * 1'000'000'000;
  std::int64_t day = ns / kDay, in_day = ns % kDay;
  if (in_day < 0) in_day += kDay, --day;
  const date::year_month_day ymd{date::sys_days{date::days{day}}};
  char b[40];
  b[0] = '"';
  put_digits(b + 1, static_cast<int>(ymd.year()), 4);
  b[5] = '-';
  put_digits(b + 6, static_cast<unsigned>(ymd.month()), 2);
  b[8] = '-';
  put_digits(b + 9, static_cast<unsigned>(ymd.day()), 2);
  b[11] = 'T';
  const std::int64_t secs = in_day / 1'000'000'000, frac = in_day % 1'000'000'000;
  put_digits(b + 12, secs / 3600, 2);
  b[14] = ':';
  put_digits(b + 15, secs / 60 % 60, 2);
  b[17] = ':';
  put_digits(b + 18, secs % 60, 2);
  std::size_t n = 20;
  if (frac) {
    b[n++] = '.';
    put_digits(b + n, frac, 9);
    n += 9;
  }
  if (utc) b[n++] = 'Z';
  b[n++] = '"';
  out.append(b, n);
}

void put_double(std::string& out, double v) {
  // Shortest text that reads back as the same double (JSON has no NaN: those are missing).
  char b[32];
  const auto r = std::to_chars(b, b + sizeof b, v);
  out.append(b, static_cast<std::size_t>(r.ptr - b));
}

void put_int(std::string& out, std::int64_t v) {
  char b[24];
  const auto r = std::to_chars(b, b + sizeof b, v);
  out.append(b, static_cast<std::size_t>(r.ptr - b));
}

// The auditor of an audit call: what it refers to, built in order.
struct AuditSetup {
  AuditSetup(const std::string& rules_name, const PyCalendar* calendar, const std::string& zone_name, std::int64_t now_ns,
             bool provisional)
      : rules(rules_name.empty() ? default_rule_set() : load_rule_set(rules_name)),
        cal(calendar ? calendar->cal : default_calendar()),
        zone(Zone::locate(zone_name.empty() ? rules->default_zone : zone_name)),
        auditor(*rules, *cal, zone, settings(*rules, now_ns, provisional)) {}
  static audit::Settings settings(const RuleSet& rs, std::int64_t now_ns, bool provisional) {
    audit::Settings s;
    s.now = Instant{Duration{now_ns}};
    s.at_risk = rs.at_risk;
    s.coverage = provisional ? Coverage::provisional : Coverage::strict;
    return s;
  }
  RuleSetPtr rules;
  CalendarPtr cal;
  Zone zone;
  audit::Auditor auditor;
};

// columns: (name, kind, numpy array, JSON texts of the categories) per column; kinds as
// ColKind's names. `missing`: objects that mean a missing cell (pd.NA, pd.NaT);
// `to_json(value)`: JSON text (or None) of any other object (dict, Timestamp, numpy scalar).
py::dict audit_frame(const std::string& rules, const PyCalendar* calendar, const std::string& zone, const py::list& columns,
                     py::ssize_t rows, std::int64_t now_ns, bool provisional, bool want_lines, const py::tuple& missing,
                     const py::function& to_json, const std::string& choose) {
  const Choose ch = to_choose(choose);
  const AuditSetup setup(rules, calendar, zone, now_ns, provisional);
  const auto& rs = *setup.rules;
  static const std::pair<const char*, ColKind> kinds[] = {
      {"object", ColKind::object},       {"bool", ColKind::boolean},           {"int", ColKind::integer},
      {"float", ColKind::floating},      {"time_utc", ColKind::time_utc},     {"time_local", ColKind::time_local},
      {"category", ColKind::category}};
  std::vector<Column> cols;
  for (const auto& item : columns) {
    const auto t = item.cast<py::tuple>();
    Column c;
    c.key = io::json_string(t[0].cast<std::string>()) + ": ";
    const auto kind = t[1].cast<std::string>();
    const auto* k = std::find_if(std::begin(kinds), std::end(kinds), [&](const auto& p) { return kind == p.first; });
    if (k == std::end(kinds)) throw InputError("column kind '" + kind + "' is not one of object, bool, int, float, time_utc, time_local, category");
    c.kind = k->second;
    c.data = t[2].cast<py::array>();
    if (c.data.ndim() != 1 || c.data.shape(0) != rows || !(c.data.flags() & py::array::c_style))
      throw InputError("column " + c.key + "expected a contiguous array of " + std::to_string(rows) + " values");
    const auto want = c.kind == ColKind::object    ? py::dtype("O")
                      : c.kind == ColKind::boolean ? py::dtype::of<bool>()
                      : c.kind == ColKind::floating ? py::dtype::of<double>()
                                                    : py::dtype::of<std::int64_t>();
    if (!c.data.dtype().equal(want))
      throw InputError("column " + c.key + "has dtype " + std::string(py::str(py::handle(c.data.dtype()))) +
                       ", expected " + std::string(py::str(py::handle(want))));
    if (c.kind == ColKind::category) c.categories = t[3].cast<std::vector<std::string>>();
    cols.push_back(std::move(c));
  }
  std::vector<std::size_t> object_cols;
  for (std::size_t j = 0; j < cols.size(); ++j)
    if (cols[j].kind == ColKind::object) object_cols.push_back(j);
  std::vector<PyObject*> missing_objects;
  for (const auto& m : missing) missing_objects.push_back(m.ptr());

  const std::size_t ns = rs.stages.size();
  std::vector<py::array_t<std::int8_t>> status;
  std::vector<std::int8_t*> st;
  for (std::size_t s = 0; s < ns; ++s) {
    status.emplace_back(rows);
    st.push_back(status.back().mutable_data());
  }
  std::vector<std::pair<py::ssize_t, std::string>> bad_rows;
  std::vector<std::string> out_lines(want_lines ? static_cast<std::size_t>(rows) : 0);

  constexpr py::ssize_t kChunk = 4096;
  std::vector<Cell> cells(static_cast<std::size_t>(kChunk) * object_cols.size());
  std::deque<std::string> owned;  // JSON texts made by to_json for this chunk
  audit::LineAuditor worker(setup.auditor, ch, nullptr);
  audit::OutBuffer good, bad;
  std::string line;
  for (py::ssize_t start = 0; start < rows; start += kChunk) {
    const py::ssize_t end = std::min(rows, start + kChunk);
    owned.clear();
    // With the GIL: the object columns' cells of this chunk.
    for (std::size_t oc = 0; oc < object_cols.size(); ++oc) {
      auto* const* objs = static_cast<PyObject* const*>(cols[object_cols[oc]].data.data());
      for (py::ssize_t r = start; r < end; ++r) {
        PyObject* o = objs[r];
        Cell& c = cells[oc * kChunk + static_cast<std::size_t>(r - start)];
        c = Cell{};
        if (o == Py_None || std::find(missing_objects.begin(), missing_objects.end(), o) != missing_objects.end()) continue;
        if (PyUnicode_Check(o)) {
          Py_ssize_t n = 0;
          const char* p = PyUnicode_AsUTF8AndSize(o, &n);
          if (!p) throw py::error_already_set();
          c.kind = Cell::text, c.s = std::string_view(p, static_cast<std::size_t>(n));
        } else if (PyBool_Check(o)) {
          c.kind = o == Py_True ? Cell::yes : Cell::no;
        } else if (PyFloat_CheckExact(o)) {
          c.f = PyFloat_AS_DOUBLE(o);
          if (!std::isnan(c.f)) c.kind = Cell::floating;
        } else if (int overflow = 0; PyLong_CheckExact(o) && (c.i = PyLong_AsLongLongAndOverflow(o, &overflow), !overflow)) {
          c.kind = Cell::integer;
        } else {
          py::object j = to_json(py::handle(o));
          if (j.is_none()) continue;
          c.kind = Cell::json, c.s = owned.emplace_back(j.cast<std::string>());
        }
      }
    }
    py::gil_scoped_release release;
    for (py::ssize_t r = start; r < end; ++r) {
      line.clear();
      line += '{';
      bool first = true;
      auto key = [&](const Column& c) {
        if (!first) line += ", ";
        first = false;
        line += c.key;
      };
      for (std::size_t j = 0, oc = 0; j < cols.size(); ++j) {
        const Column& col = cols[j];
        switch (col.kind) {
          case ColKind::object: {
            const Cell& c = cells[oc++ * kChunk + static_cast<std::size_t>(r - start)];
            if (c.kind == Cell::missing) break;
            key(col);
            switch (c.kind) {
              case Cell::text: put_json_string(line, c.s); break;
              case Cell::json: line += c.s; break;
              case Cell::integer: put_int(line, c.i); break;
              case Cell::floating: put_double(line, c.f); break;
              case Cell::yes: line += "true"; break;
              default: line += "false"; break;
            }
            break;
          }
          case ColKind::boolean:
            key(col);
            line += static_cast<const bool*>(col.data.data())[r] ? "true" : "false";
            break;
          case ColKind::integer:
            key(col);
            put_int(line, static_cast<const std::int64_t*>(col.data.data())[r]);
            break;
          case ColKind::floating: {
            const double v = static_cast<const double*>(col.data.data())[r];
            if (std::isnan(v)) break;
            key(col);
            put_double(line, v);
            break;
          }
          case ColKind::time_utc:
          case ColKind::time_local: {
            const std::int64_t v = static_cast<const std::int64_t*>(col.data.data())[r];
            if (v == NaT) break;
            key(col);
            put_time(line, v, col.kind == ColKind::time_utc);
            break;
          }
          case ColKind::category: {
            const std::int64_t code = static_cast<const std::int64_t*>(col.data.data())[r];
            if (code < 0 || static_cast<std::size_t>(code) >= col.categories.size()) break;
            key(col);
            line += col.categories[static_cast<std::size_t>(code)];
            break;
          }
        }
      }
      line += '}';
      const std::size_t size = line.size();
      line.append(io::LineReader::kPadding, ' ');  // the parser reads in place
      good.clear(), bad.clear();
      const auto number = static_cast<std::size_t>(r + 1);
      const auto i = static_cast<std::size_t>(r);
      if (worker.process(std::string_view(line.data(), size), io::LineReader::kPadding, "", number, number,
                         want_lines ? &good : nullptr, &bad)) {
        const auto c = worker.audit().cycle(0);
        for (std::size_t s = 0; s < ns; ++s) st[s][i] = static_cast<std::int8_t>(c[s].status);
        if (want_lines) out_lines[i].assign(good.view().substr(0, good.size() - 1));
      } else {
        for (std::size_t s = 0; s < ns; ++s) st[s][i] = -1;
        // The row's `error` is the message (the README's promise; the row is its index),
        // its `line` check's whole bad-line object.
        bad_rows.emplace_back(r, worker.last_error());
        if (want_lines) out_lines[i] = std::string(bad.view().substr(0, bad.size() - 1));
      }
    }
  }
  py::dict result;
  for (std::size_t s = 0; s < ns; ++s) result[py::str(rs.stages[s].id)] = status[s];
  py::list names;
  for (std::size_t k = 0; k < audit::status_count; ++k) names.append(std::string(audit::to_string(static_cast<audit::Status>(k))));
  result["status_names"] = names;
  py::array_t<py::ssize_t> bad_index(static_cast<py::ssize_t>(bad_rows.size()));
  py::list bad_text;
  for (std::size_t k = 0; k < bad_rows.size(); ++k) {
    bad_index.mutable_data()[k] = bad_rows[k].first;
    bad_text.append(py::str(bad_rows[k].second));
  }
  result["bad_rows"] = bad_index;
  result["bad_text"] = bad_text;
  if (want_lines) result["lines"] = out_lines;
  return result;
}

// `check --summary` built in parts: each part's JSON Lines text is audited as check
// audits a file, and parts merge (in one process with merge(), across processes through
// to_state() bytes), so the merged report is check's over all the files in part order.
struct PySummary {
  PySummary(const std::string& rules_name, const PyCalendar* calendar, const std::string& zone_name, std::int64_t now_ns,
            bool provisional, std::size_t worst, double at_risk, const std::string& choose_name)
      : choose(to_choose(choose_name)),
        rules(rules_name.empty() ? default_rule_set() : load_rule_set(rules_name)),
        cal(calendar ? calendar->cal : default_calendar()),
        zone(Zone::locate(zone_name.empty() ? rules->default_zone : zone_name)),
        auditor(*rules, *cal, zone, settings(*rules, now_ns, provisional, at_risk)),
        summary(auditor, worst) {}

  static audit::Settings settings(const RuleSet& rs, std::int64_t now_ns, bool provisional, double at_risk) {
    audit::Settings s;
    s.now = Instant{Duration{now_ns}};
    s.at_risk = at_risk >= 0 ? at_risk : rs.at_risk;
    s.coverage = provisional ? Coverage::provisional : Coverage::strict;
    return s;
  }

  // Lines of part k are ordered after every line of parts before it: k in the high bits.
  static constexpr int kPartShift = 40;

  py::dict check_text(const py::bytes& data, const std::string& file, std::uint64_t part) {
    if (part >= (std::uint64_t{1} << (64 - kPartShift)))
      throw InputError("part " + std::to_string(part) + " is out of range (0.." +
                       std::to_string((std::uint64_t{1} << (64 - kPartShift)) - 1) + ")");
    const std::string_view text = data;  // `data` stays referenced by the caller meanwhile
    audit::StreamOptions so;
    so.write_lines = false;
    so.out = nullptr;
    so.summary = &summary;
    so.order_base = part << kPartShift;
    so.choose = choose;
    audit::StreamCounts n;
    {
      py::gil_scoped_release release;
      n = audit::check_text(auditor, text, file, so);
    }
    if (n.lines >= (std::uint64_t{1} << kPartShift))
      throw InputError("part " + std::to_string(part) + " has " + std::to_string(n.lines) + " lines, more than a part may hold");
    py::dict d;
    d["lines"] = n.lines, d["blank"] = n.blank, d["ok"] = n.ok, d["bad"] = n.bad;
    return d;
  }

  Choose choose;  // first: initialised first, as declared
  RuleSetPtr rules;
  CalendarPtr cal;
  Zone zone;
  audit::Auditor auditor;
  audit::Summary summary;
};

}  // namespace

PYBIND11_MODULE(_core, m) {
  m.doc() = "shixian's C++ core: deadlines on China's business calendar, audits, classification";
  m.attr("__version__") = SHIXIAN_VERSION_TEXT;
  auto& input_error = py::register_exception<InputError>(m, "InputError", PyExc_ValueError);
  // A deadline that needs days past the calendar ("load next year's notice"), told apart
  // from bad input as C's status 3 and Java's ShixianException.status do. Registered
  // after InputError: pybind11 tries the newest translator first.
  py::register_exception<CoverageError>(m, "CoverageError", input_error.ptr());

  py::class_<PyCalendar>(m, "Calendar")
      .def(py::init(&load_calendar), py::arg("files") = std::vector<std::string>{})
      .def_property_readonly("version", [](const PyCalendar& c) { return c.cal->version(); })
      .def_property_readonly("files", [](const PyCalendar& c) { return c.files; })
      .def_property_readonly("first", [](const PyCalendar& c) { return from_date(c.cal->first()); })
      .def_property_readonly("last", [](const PyCalendar& c) { return from_date(c.cal->last()); })
      .def("_is_working", [](const PyCalendar& c, std::int64_t d) { return c.cal->is_working(to_date(d)).value; })
      .def("_add", [](const PyCalendar& c, std::int64_t d, int n) { return from_date(c.cal->add_working_days(to_date(d), n).value); })
      .def("_between", [](const PyCalendar& c, std::int64_t a, std::int64_t b) {
        return c.cal->working_days_between(to_date(a), to_date(b)).value;
      })
      .def("_add_array", &add_working_days_array)
      .def("_is_working_array",
           [](const PyCalendar& c, py::array_t<std::int64_t, py::array::c_style | py::array::forcecast> d) {
             const Calendar& cal = *c.cal;
             return per_row<bool>(d, d, [&cal](std::int64_t x, std::int64_t) { return cal.is_working(to_date(x)).value; });
           })
      .def("_between_array", [](const PyCalendar& c, py::array_t<std::int64_t, py::array::c_style | py::array::forcecast> a,
                                py::array_t<std::int64_t, py::array::c_style | py::array::forcecast> b) {
        const Calendar& cal = *c.cal;
        return per_row<std::int64_t>(a, b, [&cal](std::int64_t x, std::int64_t y) {
          return static_cast<std::int64_t>(cal.working_days_between(to_date(x), to_date(y)).value);
        });
      });

  py::class_<PyEngine, std::shared_ptr<PyEngine>>(m, "Engine")
      .def(py::init(&make_engine), py::arg("rules") = "", py::arg("calendar") = nullptr, py::arg("zone") = "",
           py::arg("provisional") = false, py::arg("choose") = "reject")
      .def_property_readonly("zone", [](const PyEngine& e) { return e.zone.name(); })
      // The data versions its answers were computed with (RULES.md §2), as check's summary
      // and deadlines --format json name them (a bank engineer's trial: Python had neither).
      .def_property_readonly("rule_set_version", [](const PyEngine& e) { return e.rules->version; })
      .def_property_readonly("calendar_version", [](const PyEngine& e) { return e.cal->version(); })
      .def_property_readonly("stages", [](const PyEngine& e) {
        std::vector<std::string> v;
        for (const auto& s : e.rules->stages) v.push_back(s.id);
        return v;
      })
      .def("_parse_instant", [](const PyEngine& e, const std::string& text) {
        return parse_instant(text, e.zone, e.choose).time_since_epoch().count();
      })
      .def("_format_instant", [](const PyEngine& e, std::int64_t ns) { return format_instant(Instant{Duration{ns}}, e.zone); })
      .def("_stage", [](const PyEngine& e, const std::string& cls, const std::vector<std::string>& flags,
                        const std::vector<std::pair<std::string, std::int64_t>>& events, const std::string& stage, bool explain_it) {
        const auto& rs = *e.rules;
        Ticket t;
        t.ticket_class = rs.class_index(cls);  // unknown names throw UnknownName with the likely one
        for (const auto& f : flags) t.set_flag(rs.flag_index(f));
        for (const auto& [name, ns] : events) t.set(rs.event_index(name), Instant{Duration{ns}});
        check_lifecycle(rs, t, e.zone);  // a reply before the ticket was received is refused, as by check
        const StageId s = rs.stage_index(stage);
        const auto r = e.engine.stage(t, s);
        if (r.state == StageDeadline::State::error) {
          if (r.uncovered) throw CoverageError(stage + ": " + r.error);
          throw InputError(stage + ": " + r.error);
        }
        static const char* names[] = {"computed", "not_started", "error", "paused"};
        py::dict d;
        d["stage"] = stage;
        d["state"] = names[static_cast<int>(r.state)];
        d["start"] = r.state == StageDeadline::State::not_started ? py::object(py::none()) : py::object(py::int_(r.start.time_since_epoch().count()));
        const bool computed = r.state == StageDeadline::State::computed;
        d["deadline"] = computed ? py::object(py::int_(r.deadline.time_since_epoch().count())) : py::object(py::none());
        // A paused stage names its target and how much of it had run, as the CLI does
        // (a bank engineer's trial, session 33: target None, nothing used).
        const bool paused = r.state == StageDeadline::State::paused;
        const Target* target = (computed || paused) && r.target >= 0
                                   ? &rs.stages[static_cast<std::size_t>(s)].targets[static_cast<std::size_t>(r.target)]
                                   : nullptr;
        d["target"] = target ? py::object(py::str(target->label)) : py::object(py::none());
        if (paused && target) d["used"] = format_on_clock(*target, r.used);
        // The latest time to reach the customer outside quiet hours (a contact stage's),
        // as the CLI and C give it; None where there is none.
        d["contact_by"] = computed && r.has_contact_by ? py::object(py::int_(r.contact_by.time_since_epoch().count()))
                                                       : py::object(py::none());
        d["provisional"] = r.provisional;
        if (explain_it && computed) d["explanation"] = describe(explain(e.engine, t, s), e.zone);
        return d;
      })
      .def("_deadlines_array", &deadlines_array);

  py::class_<PySummary>(m, "Summary")
      .def(py::init<const std::string&, const PyCalendar*, const std::string&, std::int64_t, bool, std::size_t, double,
                    const std::string&>(),
           py::arg("rules"), py::arg("calendar"), py::arg("zone"), py::arg("now_ns"), py::arg("provisional"),
           py::arg("worst"), py::arg("at_risk"), py::arg("choose") = "reject")
      .def("check_text", &PySummary::check_text, py::arg("data"), py::arg("file"), py::arg("part"))
      .def("merge", [](PySummary& s, const PySummary& o) { s.summary.merge_state(o.summary.to_state()); })
      .def("merge_state", [](PySummary& s, const py::bytes& b) { s.summary.merge_state(std::string_view(b)); })
      .def("to_state", [](const PySummary& s) { return py::bytes(s.summary.to_state()); })
      .def("to_json", [](const PySummary& s) { return s.summary.to_json(); })
      .def("to_text", [](const PySummary& s) { return s.summary.to_text(false); })
      .def_property_readonly("tickets", [](const PySummary& s) { return s.summary.tickets(); })
      .def_property_readonly("bad_lines", [](const PySummary& s) { return s.summary.bad_lines(); });

  m.def("_audit_frame", &audit_frame, py::arg("rules"), py::arg("calendar"), py::arg("zone"), py::arg("columns"),
        py::arg("rows"), py::arg("now_ns"), py::arg("provisional"), py::arg("want_lines"), py::arg("missing"),
        py::arg("to_json"), py::arg("choose") = "reject");
  m.def("_audit_lines", &audit_lines, py::arg("rules"), py::arg("calendar"), py::arg("zone"), py::arg("lines"),
        py::arg("now_ns"), py::arg("provisional"), py::arg("summary"), py::arg("order_base") = 0, py::arg("want_lines") = true,
        py::arg("choose") = "reject");
  // The fields an audit reads, and the one a name probably meant (check's notes): what
  // audit(DataFrame) compares its columns against, all of them, however many there are.
  m.def("_ticket_fields", [](const std::string& rules) {
    return audit::ticket_field_names(*(rules.empty() ? default_rule_set() : load_rule_set(rules)));
  }, py::arg("rules"));
  m.def("_closest_field", [](const std::string& name, const std::vector<std::string>& known) -> py::object {
    const auto near = audit::closest_name(name, known);
    return near.empty() ? py::object(py::none()) : py::object(py::str(std::string(near)));
  }, py::arg("name"), py::arg("known"));
  // Whether an unread field is probably a slip for one the audit reads: check's rule.
  m.def("_likely_misspelt", [](const std::string& name, const std::string& meant) {
    return likely_misspelt(name, meant);
  }, py::arg("name"), py::arg("meant"));
  m.def("classify_text", [](const std::string& text) {
    classify::Complaint c;
    c.text = text;
    return classify::to_json(classify::classify(c, *classify::Lexicon::builtin(), {}));
  }, "The JSON object of `shixian classify` for one complaint text.");
  // Complaints as JSON objects (classify's fields: text and the facts), as classify's
  // lines and shixian_classify_json read them.
  m.def("_classify_json_many", [](const std::vector<std::string>& objects) {
    std::vector<std::string> out(objects.size()), err(objects.size());
    {
      py::gil_scoped_release release;
      const auto& lex = *classify::Lexicon::builtin();
      for (std::size_t i = 0; i < objects.size(); ++i) {
        try {
          out[i] = classify::to_json(classify::classify(classify::parse_complaint_json(objects[i]), lex, {}));
        } catch (const std::exception& e) {
          err[i] = e.what();
        }
      }
    }
    return py::make_tuple(out, err);
  });
  m.def("_complaint_fields", [] {
    const auto names = classify::complaint_field_names();
    return std::vector<std::string>(names.begin(), names.end());
  });
  m.def("_classify_many", [](const std::vector<std::optional<std::string>>& texts) {
    std::vector<std::string> out(texts.size()), err(texts.size());
    {
      py::gil_scoped_release release;
      const auto& lex = *classify::Lexicon::builtin();
      for (std::size_t i = 0; i < texts.size(); ++i) {
        try {
          if (!texts[i]) throw InputError("no text");
          classify::Complaint c;
          c.text = *texts[i];
          out[i] = classify::to_json(classify::classify(c, lex, {}));
        } catch (const std::exception& e) {
          err[i] = e.what();
        }
      }
    }
    return py::make_tuple(out, err);
  });
}
