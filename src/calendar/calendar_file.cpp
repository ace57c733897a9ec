// Parsing calendar data files and building the per-day tables.
#include "shixian/calendar/calendar_file.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <fmt/format.h>

#include "shixian/data/embedded.hpp"
#include "shixian/error.hpp"
#include "shixian/io/line_reader.hpp"
#include "shixian/io/small_file.hpp"
#include "shixian/rules/names.hpp"
#include "shixian/time/text.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace {

std::string_view trim(std::string_view s) {
  const auto ws = " \t\r";
  const auto b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

// Splits off the first blank-separated word of s.
std::string_view next_word(std::string_view& s) {
  s = trim(s);
  const auto e = s.find_first_of(" \t");
  auto w = s.substr(0, e);
  s = e == std::string_view::npos ? std::string_view{} : trim(s.substr(e));
  return w;
}

int weekday_from_name(std::string_view w) {
  static constexpr std::string_view names[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  for (int i = 0; i < 7; ++i)
    if (w == names[i]) return i;
  return -1;
}

std::string_view weekday_name(date::weekday w) {
  static constexpr std::string_view names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  return names[w.iso_encoding() - 1];
}

std::uint32_t fnv1a(std::string_view s, std::uint32_t h = 2166136261u) {
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h;
}

}  // namespace

CalendarBuilder CalendarBuilder::with_defaults() {
  CalendarBuilder b;
  b.load(*data::embedded("calendars/cn.cal"), "built-in cn.cal");
  return b;
}

CalendarBuilder& CalendarBuilder::load_file(const std::string& path) {
  // Only a regular file of at most 1 MiB (cn.cal, 20 years, is 14 KB).
  return load(io::read_data_file(path, "calendar file"), path);
}

CalendarBuilder& CalendarBuilder::add_override(Date from, Date to, bool working,
                                               std::string reason) {
  overrides_.push_back({from, to, working, std::move(reason), "add_override"});
  return *this;
}

CalendarBuilder& CalendarBuilder::load(std::string_view text, std::string_view origin) {
  // Parse into a scratch copy first, so a file with an error changes nothing.
  CalendarBuilder next = *this;
  std::map<int, Notice> fresh;  // notices this file defines, replacing older ones whole
  Notice* current = nullptr;
  int current_year = 0;
  int line_no = 0;
  // What this file states for each date, and where: within one notice (and among this
  // file's overrides) a date is stated once. Stating it again is an error; stating the
  // opposite is a contradiction the reader must not settle by line order.
  struct Stated {
    bool working;
    int line;
  };
  std::map<Date, Stated> notice_days, override_days;
  int variant_line = 0, makeup_line = 0;  // where they were said (each once a file)
  bool has_statement = false;
  const bool add_on = !notices_.empty();  // loaded on top of a calendar that covers years
  // The file and line as fields too (detail()), as a rule set's errors carry them.
  auto fail = [&](const std::string& what, std::string value = {}, std::string suggestion = {}) -> InputError {
    ErrorDetail d;
    d.file = std::string(origin);
    d.line = static_cast<int>(line_no);
    d.value = std::move(value);
    d.suggestion = std::move(suggestion);
    return InputError(fmt::format("{}:{}: {}", origin, line_no, what), std::move(d));
  };
  // A make-up working day is a rest day of the weekly rule made working. A `work` on a day
  // the rule already makes working changes nothing, and is a typo for a weekend date
  // (work 2027-01-05, a Tuesday, for 2027-01-09) whose make-up day is then missing; but
  // a notice may state the first day back after a holiday it extends (2020's supplement:
  // rest to 02-02, work 02-03, a Monday). So such a day must follow a rest day of its
  // notice; checked when the notice ends, whatever the order of its lines.
  // The weekly rule is the file's final one (a `weekend` line may follow the notices).
  std::vector<std::pair<Date, int>> weekday_work, unfollowed_work;
  const auto check_weekday_work = [&] {
    for (const auto& [d, line] : weekday_work) {
      const auto before = notice_days.find(d - days{1});
      if (before == notice_days.end() || before->second.working) unfollowed_work.push_back({d, line});
    }
    weekday_work.clear();
  };
  const auto check_unfollowed_work = [&] {
    for (const auto& [d, line] : unfollowed_work) {
      if (!next.weekly_work_[static_cast<std::size_t>(date::weekday{d}.iso_encoding() - 1)]) continue;
      line_no = line;
      throw fail(fmt::format("work {} is a {}, a working day by the weekly rule already, and follows no "
                             "rest day of its notice: a make-up day is a rest day made working (a typo "
                             "for a weekend date?)",
                             format_date(d), weekday_name(date::weekday{d})));
    }
  };
  auto state = [&](std::map<Date, Stated>& seen, Date a, Date b, bool working, std::string_view what) {
    for (Date d = a; d <= b; d += days{1}) {
      const auto [it, fresh_day] = seen.try_emplace(d, Stated{working, line_no});
      if (fresh_day) continue;
      if (it->second.working != working)
        throw fail(fmt::format("{} is stated a {} day here and a {} day at line {} ({}): a "
                               "contradiction (remove one)", format_date(d), working ? "working" : "rest",
                               working ? "rest" : "working", it->second.line, what));
      throw fail(fmt::format("{} is already stated at line {} ({}): state each date once",
                             format_date(d), it->second.line, what));
    }
  };
  // A date or a range A..B, and the rest of the line after it (a name, a reason), which
  // must not begin with what a range written with blanks or another mark leaves there:
  // `rest 2027-10-01 .. 2027-10-07 国庆节` read as one day named '.. 2027-10-07 国庆节'.
  auto range = [&](std::string_view word, std::string_view after) {
    const auto dots = word.find("..");
    for (std::string_view mark : {"~", "～", "—", "至", "到"})
      if (word.find(mark) != std::string_view::npos)
        throw fail(fmt::format("'{}' is not a date or a range: a range is written with '..' and no blanks, e.g. "
                               "2027-10-01..2027-10-07", word));
    // After the date: a date, or a range mark and a date, each with blanks around (the
    // name would begin with them: '.. 2027-10-07 国庆节', '~ 2026-09-18 台风停业').
    const auto then = trim(after);
    auto rest_of = then;
    for (std::string_view mark : {"..", "~", "～", "—", "至", "到", "-"})
      if (rest_of.starts_with(mark)) {
        rest_of = trim(rest_of.substr(mark.size()));
        break;
      }
    const bool date_next = rest_of.size() >= 10 && rest_of[4] == '-' && rest_of[7] == '-' &&
                           std::isdigit(static_cast<unsigned char>(rest_of[0]));
    if (then.starts_with("..") || (dots != std::string_view::npos && dots + 2 == word.size()) ||
        (dots == std::string_view::npos && date_next)) {
      // Quoted up to the next date's end, cut between characters.
      std::size_t n = then.size() - rest_of.size() + std::min<std::size_t>(rest_of.size(), 10);
      while (n < then.size() && (static_cast<unsigned char>(then[n]) & 0xC0) == 0x80) --n;
      throw fail(fmt::format("a range is written with '..' and without blanks, e.g. '2027-10-01..2027-10-07' (this "
                             "line has '{} {}')", word, then.substr(0, n)));
    }
    Date a, b;
    try {
      a = parse_date(word.substr(0, dots));
      b = dots == std::string_view::npos ? a : parse_date(word.substr(dots + 2));
    } catch (const InputError& e) {
      throw fail(e.what());
    }
    if (b < a) throw fail(fmt::format("range '{}' ends before it starts", word));
    if ((b - a).count() > 366) throw fail(fmt::format("range '{}' is longer than a year", word));
    return std::pair{a, b};
  };
  // UTF-8 only: a file saved as GBK loaded, and its names came out as bytes in text and
  // as U+FFFD in JSON.
  if (const auto bad = io::find_invalid_utf8(text)) {
    line_no = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(*bad), '\n'));
    throw fail(io::describe_invalid_utf8_with_hint(text) + " (a calendar file is UTF-8)");
  }
  std::size_t pos = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;  // a BOM from a Windows editor
  while (pos <= text.size()) {
    const auto eol = text.find('\n', pos);
    auto line = text.substr(pos, eol == std::string_view::npos ? text.npos : eol - pos);
    pos = eol == std::string_view::npos ? text.size() + 1 : eol + 1;
    ++line_no;
    if (auto bad = io::describe_control_character(line); !bad.empty()) throw fail(bad);
    if (const auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    auto rest = trim(line);
    if (rest.empty()) continue;
    has_statement = true;
    const auto keyword = next_word(rest);
    if (keyword == "calendar") {
      const auto id = next_word(rest);
      if (id.empty()) throw fail("'calendar' needs an id, e.g. 'calendar cn China mainland'");
      if (!next.id_.empty() && next.id_ != id)
        throw fail(fmt::format("file is for calendar '{}' but is loaded onto calendar '{}' (for a calendar of your "
                               "own on {}'s days, under its own name, write 'variant {} TITLE' instead)", id, next.id_,
                               next.id_, id));
      next.id_ = std::string(id);
      if (!rest.empty()) next.title_ = std::string(rest);
    } else if (keyword == "variant") {
      // A calendar built on another's data under its own name (data/calendars/settlement.cal).
      const auto id = next_word(rest);
      if (id.empty()) throw fail("'variant' needs an id, e.g. 'variant settlement …'");
      if (variant_line) throw fail(fmt::format("a second 'variant' line (the first is line {}): a file names one calendar", variant_line));
      variant_line = line_no;
      next.id_ = std::string(id);
      next.title_ = std::string(rest);
    } else if (keyword == "makeup-days") {
      const auto v = next_word(rest);
      if (v != "work" && v != "rest")
        throw fail(fmt::format("makeup-days '{}' is not 'work' or 'rest' (rest: make-up days stay "
                               "closed, as on the exchanges' 周末休市)", v));
      // Said twice, the last line would win in silence: a contradiction, or a repeat.
      if (makeup_line) throw fail(fmt::format("a second 'makeup-days' line (the first is line {}): say it once", makeup_line));
      makeup_line = line_no;
      next.makeup_rest_ = v == "rest";
    } else if (keyword == "weekend") {
      std::array<bool, 7> work{true, true, true, true, true, true, true};
      if (rest.empty()) throw fail("'weekend' needs day names, e.g. 'weekend sat sun'");
      while (!rest.empty()) {
        const auto w = next_word(rest);
        const int i = weekday_from_name(w);
        if (i < 0) throw fail(fmt::format("'{}' is not a day name (expected mon..sun)", w));
        work[static_cast<std::size_t>(i)] = false;
      }
      if (std::none_of(work.begin(), work.end(), [](bool b) { return b; }))
        throw fail("'weekend' leaves no working day in the week");
      // An add-on file (a new year's notice, a branch's overrides) changing the weekly
      // rule would change every year already covered; that takes a whole calendar.
      if (add_on && work != next.weekly_work_)
        throw fail("an add-on calendar file cannot change the weekly rule (it would change every covered "
                   "year); leave 'weekend' out, or load a whole calendar that states every notice");
      next.weekly_work_ = work;
    } else if (keyword == "notice") {
      const auto y = next_word(rest);
      int year = 0;
      if (y.size() != 4 || !std::all_of(y.begin(), y.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
          (year = std::stoi(std::string(y))) < 1900 || year > 2199)
        throw fail(fmt::format("'{}' is not a notice year (expected 1900..2199)", y));
      if (fresh.count(year)) throw fail(fmt::format("notice {} appears twice in this file", year));
      check_weekday_work();  // the notice before this one ends here
      current = &fresh[year];
      current_year = year;
      notice_days.clear();
      current->origin = fmt::format("{}:{}", origin, line_no);  // named by the gap error
      while (!rest.empty()) current->sources.emplace_back(next_word(rest));
    } else if (keyword == "rest" || keyword == "work") {
      if (!current)
        throw fail(fmt::format("'{}' before any 'notice YEAR' line (every fact needs its source)",
                               keyword));
      const auto word = next_word(rest);
      const auto [a, b] = range(word, rest);
      if (rest.empty()) throw fail("a holiday or make-up day needs a name, e.g. '国庆节'");
      // A notice states days of its own year, and may move days of late December before
      // it (the 2008 and 2019 notices did); a fact elsewhere is a typo, and outside the
      // covered years it would be dropped unseen.
      const Date first{date::year{current_year - 1} / 12 / 1}, last{date::year{current_year} / 12 / 31};
      if (a < first || b > last)
        throw fail(fmt::format("{} {}..{} is outside notice {}'s year (a notice states days of {}-01-01.."
                               "{}-12-31, and of December {} at most)", keyword, format_date(a), format_date(b),
                               current_year, current_year, current_year, current_year - 1));
      if (keyword == "work")
        for (Date d = a; d <= b; d += days{1}) weekday_work.push_back({d, line_no});
      state(notice_days, a, b, keyword == "work", fmt::format("notice {}", current_year));
      current->facts.push_back({a, b, keyword == "work", std::string(rest), {}});
    } else if (keyword == "override") {
      const auto kind = next_word(rest);
      if (kind != "rest" && kind != "work")
        throw fail(fmt::format("override kind '{}' is not 'rest' or 'work'", kind));
      const auto word = next_word(rest);
      const auto [a, b] = range(word, rest);
      if (rest.empty()) throw fail("an override needs a reason, e.g. '台风停业'");
      state(override_days, a, b, kind == "work", "an override");
      next.overrides_.push_back({a, b, kind == "work", std::string(rest), fmt::format("{}:{}", origin, line_no)});
    } else {
      if (keyword.find("\xE3\x80\x80") != std::string_view::npos)
        throw fail(fmt::format("a full-width space (U+3000) between words in '{}': separate them with plain "
                               "spaces", keyword));
      static const std::string statements[] = {"calendar", "variant", "weekend", "makeup-days",
                                                "notice",   "rest",    "work",    "override"};
      const std::string near(closest_name(keyword, statements));
      throw fail(fmt::format("unknown statement '{}' (expected calendar, variant, weekend, "
                             "makeup-days, notice, rest, work or override){}",
                             keyword, near.empty() ? std::string() : fmt::format("; did you mean '{}'?", near)),
                 std::string(keyword), near);
    }
  }
  check_weekday_work();  // the last notice ends with the file
  check_unfollowed_work();
  // A notice that states no day (a `notice 2027` line and nothing else) in a file loaded
  // onto a calendar whose notices do: its year was covered by the weekly rule alone,
  // unmarked, every holiday a working day. (A whole calendar may have such years: a
  // weekly rule for some years, or one written back whose facts were all overridden.)
  // Checked below, after the replacement check, whose advice fits a notice line over
  // overrides better.
  const auto states_days = [](const auto& entry) { return !entry.second.facts.empty(); };
  const bool others_state = add_on && std::any_of(next.notices_.begin(), next.notices_.end(), states_days);
  if (!has_statement)
    throw InputError(fmt::format("{}: empty file (no statements; a calendar file holds e.g. 'notice 2027 "
                                 "SOURCE' and its 'rest'/'work' lines)", origin));
  for (auto& [year, notice] : fresh) {
    // A notice replaces its year whole (a revised notice restates every day). One that
    // keeps none of the replaced notice's holidays is almost surely a branch's own
    // change written under a `notice` line: it would silently turn the year's public
    // holidays into working days, so it is refused with what to write instead.
    if (const auto old = next.notices_.find(year); old != next.notices_.end()) {
      std::set<Date> old_rest;
      for (const auto& f : old->second.facts)
        if (!f.working)
          for (Date d = f.from; d <= f.to; d += days{1}) old_rest.insert(d);
      bool kept = old_rest.empty();
      for (const auto& f : notice.facts)
        for (Date d = f.from; !kept && !f.working && d <= f.to; d += days{1}) kept = old_rest.count(d) > 0;
      if (!kept)
        throw InputError(fmt::format(
            "{}: notice {} would replace the calendar's notice {} (from {}, {} holiday days) and keeps none of "
            "its holidays: a notice replaces its year whole. For an institution's own closures or opening "
            "days write 'override rest DATE REASON' or 'override work DATE REASON' lines, without a 'notice' "
            "line; for a revised notice, state all of its holidays",
            notice.origin, year, year, old->second.origin.empty() ? std::string("the calendar") : old->second.origin,
            old_rest.size()));
    }
    if (others_state && notice.facts.empty())
      throw InputError(fmt::format("{}: notice {} states no days: a notice lists its holidays ('rest DATE..DATE "
                                   "NAME') and make-up working days ('work DATE NAME')", notice.origin, year));
    next.notices_[year] = std::move(notice);
  }
  *this = std::move(next);
  return *this;
}

CalendarPtr CalendarBuilder::build() const {
  if (notices_.empty()) throw InputError("calendar has no notices: nothing is covered");
  const int y0 = notices_.begin()->first, y1 = notices_.rbegin()->first;
  for (int y = y0; y <= y1; ++y)
    if (!notices_.count(y)) {
      const auto after = notices_.upper_bound(y);  // the notice beyond the gap
      throw InputError(fmt::format("{}: notice {} leaves a gap: calendar {} has notices for "
                                   "{}..{} but none for {} (coverage must have no gaps)",
                                   after->second.origin, after->first, id_, y0, y1, y));
    }
  // An override for a year no notice covers was dropped in silence (shenzhen.cal's
  // typhoon day in 2027 before the 2027 notice: a provisional deadline ignored it while
  // the version counted it). It cannot apply there: the weekly rule alone answers for
  // an uncovered year, and its holidays are not known. Checked here, after every file,
  // so that the order of the files does not matter.
  for (const auto& f : overrides_) {
    const int from_year = static_cast<int>(date::year_month_day{f.from}.year()),
              to_year = static_cast<int>(date::year_month_day{f.to}.year());
    const int outside = from_year < y0 ? from_year : to_year;
    if (from_year < y0 || to_year > y1)
      throw InputError(fmt::format(
          "{}: override {} {} is outside the years the calendar covers ({}..{}), where it could not apply: "
          "load the notice of {} first (--calendar {}.cal --calendar this file), or keep the override in a file "
          "loaded once that notice is",
          f.where, f.working ? "work" : "rest",
          f.from == f.to ? format_date(f.from) : format_date(f.from) + ".." + format_date(f.to), y0, y1,
          outside, outside));
  }
  auto cal = std::shared_ptr<Calendar>(new Calendar());
  cal->id_ = id_.empty() ? "custom" : id_;
  cal->title_ = title_;
  cal->first_ = Date{date::year{y0} / 1 / 1};
  cal->last_ = Date{date::year{y1} / 12 / 31};
  cal->weekly_work_ = weekly_work_;
  cal->weekly_per_week_ = static_cast<int>(std::count(weekly_work_.begin(), weekly_work_.end(), true));
  for (std::size_t w = 0; w < 7; ++w)
    for (std::size_t i = 1; i < 8; ++i)
      cal->weekly_cum_[w][i] = static_cast<std::uint8_t>(cal->weekly_cum_[w][i - 1] +
                                                         weekly_work_[(w + i) % 7]);
  const auto n = static_cast<std::size_t>((cal->last_ - cal->first_).count() + 1);
  cal->kind_.resize(n);
  cal->notice_of_day_.assign(n, 0);
  cal->names_.push_back("");
  auto name_index = [&](const std::string& name) -> std::uint16_t {
    auto it = std::find(cal->names_.begin(), cal->names_.end(), name);
    if (it == cal->names_.end()) {
      if (cal->names_.size() >= 256)
        throw InputError(fmt::format("calendar {} has more than 255 distinct day names", cal->id_));
      cal->names_.push_back(name);
      it = cal->names_.end() - 1;
    }
    return static_cast<std::uint16_t>(it - cal->names_.begin());
  };
  auto pack = [](bool working, DayKind k, std::uint16_t name) {
    return static_cast<std::uint16_t>((working ? 1u : 0u) | (static_cast<unsigned>(k) << 1) |
                                      (static_cast<unsigned>(name) << 8));
  };
  for (std::size_t i = 0; i < n; ++i) {
    const bool w = cal->weekly_working(cal->first_ + days{static_cast<int>(i)});
    cal->kind_[i] = pack(w, w ? DayKind::weekday : DayKind::weekend, 0);
  }
  std::string canonical = fmt::format("{}|{}", cal->id_, fmt::join(weekly_work_, ""));
  if (makeup_rest_) canonical += "|makeup-rest";
  auto apply = [&](const Fact& f, DayKind rest_kind, DayKind work_kind, int notice_year) {
    canonical += fmt::format("|{}{}{}{}", f.working ? 'w' : 'r', format_date(f.from),
                             format_date(f.to), f.name);
    // makeup-days rest: a notice's make-up day stays the rest day the weekly rule makes it,
    // named so that explanations say why (周末休市).
    const bool closed_makeup = makeup_rest_ && f.working && work_kind == DayKind::makeup;
    const auto name = name_index(closed_makeup ? "周末休市（" + f.name + "调休上班日）" : f.name);
    for (Date d = std::max(f.from, cal->first_); d <= std::min(f.to, cal->last_); d += days{1}) {
      const auto i = cal->index(d);
      if (closed_makeup) {
        if (cal->weekly_working(d)) continue;  // a make-up weekday changes nothing
        cal->kind_[i] = pack(false, DayKind::weekend, name);
      } else {
        cal->kind_[i] = pack(f.working, f.working ? work_kind : rest_kind, name);
      }
      cal->notice_of_day_[i] = static_cast<std::int16_t>(notice_year);
    }
  };
  // Later notices win where two notices speak of the same date: a later notice is a
  // revision (the 2008 notice changed the end of December 2007).
  for (const auto& [year, notice] : notices_) {
    canonical += fmt::format("|notice{}", year);
    for (const auto& f : notice.facts) apply(f, DayKind::holiday, DayKind::makeup, year);
  }
  for (const auto& f : overrides_) apply(f, DayKind::closed, DayKind::opened, 0);
  cal->cum_.resize(n);
  int count = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (cal->kind_[i] & 1u) {
      cal->list_.push_back(static_cast<std::int32_t>(i));
      ++count;
    }
    cal->cum_[i] = count;
  }
  cal->after_holiday_.resize(n);
  for (std::size_t i = n; i-- > 0;) {
    const bool holiday = static_cast<DayKind>((cal->kind_[i] >> 1) & 7u) == DayKind::holiday;
    cal->after_holiday_[i] = !holiday ? static_cast<std::int32_t>(i)
                             : i + 1 < n ? cal->after_holiday_[i + 1] : static_cast<std::int32_t>(n);
  }
  for (const auto& [year, notice] : notices_) cal->notices_.emplace_back(year, notice.sources);
  cal->version_ = fmt::format("{} {}..{}{} #{:08x}", cal->id_, y0, y1,
                              overrides_.empty() ? "" : fmt::format(" +{} overrides", overrides_.size()),
                              fnv1a(canonical));
  return cal;
}

CalendarPtr builtin_calendar(std::string_view name) {
  if (name == "cn") return default_calendar();
  if (name == "settlement") {
    static const CalendarPtr cal =
        CalendarBuilder::with_defaults().load(*data::embedded("calendars/settlement.cal"), "built-in settlement.cal").build();
    return cal;
  }
  return nullptr;
}

CalendarPtr default_calendar() {
  static const CalendarPtr cal = CalendarBuilder::with_defaults().build();
  return cal;
}

SHIXIAN_NAMESPACE_END
