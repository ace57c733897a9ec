// Calendar queries that are not on the hot path: descriptions, weekly-rule arithmetic
// outside coverage, and the error messages.
#include "shixian/calendar/calendar.hpp"

#include <array>

#include <fmt/format.h>

#include "shixian/error.hpp"
#include "shixian/i18n/words.hpp"
#include "shixian/time/text.hpp"

SHIXIAN_NAMESPACE_BEGIN

std::string_view to_string(DayKind k) noexcept {
  switch (k) {
    case DayKind::weekday: return "weekday";
    case DayKind::weekend: return "weekend";
    case DayKind::holiday: return "holiday";
    case DayKind::makeup: return "make-up working day";
    case DayKind::closed: return "closed (override)";
    case DayKind::opened: return "open (override)";
    case DayKind::uncovered: return "outside coverage (weekly rule)";
  }
  return "?";
}

std::string Calendar::coverage_text() const {
  return format_date(first_) + ".." + format_date(last_);
}

const std::vector<std::string>& Calendar::notice_sources(int year) const {
  static const std::vector<std::string> none;
  for (const auto& [y, s] : notices_)
    if (y == year) return s;
  return none;
}

DayInfo Calendar::day(Date d, Coverage c) const {
  if (!covers(d)) {
    if (c == Coverage::strict) throw_uncovered({Uncovered::day, d});
    return {d, weekly_working(d), DayKind::uncovered, {}, 0};
  }
  const auto i = index(d);
  const auto k = kind_[i];
  return {d, (k & 1u) != 0, static_cast<DayKind>((k >> 1) & 7u), names_[k >> 8],
          notice_of_day_[i]};
}

int Calendar::weekly_between(Date a, Date b) const noexcept {
  const auto n = (b - a).count();
  const auto w = weekday_index(a);
  return static_cast<int>(n / 7 * weekly_per_week_ + weekly_cum_[w][static_cast<std::size_t>(n % 7)]);
}

Date Calendar::weekly_add(Date d, int n) const noexcept {
  if (weekly_per_week_ == 0) return d;  // no working day ever: unreachable in valid data
  // Whole weeks first, leaving 1..per_week working days to place within two weeks.
  const int weeks = (n - 1) / weekly_per_week_;
  int rest = n - weeks * weekly_per_week_;
  Date cur = d + days{7 * weeks};
  while (true) {  // at most 7 steps
    cur += days{1};
    if (weekly_working(cur) && --rest == 0) return cur;
  }
}

void Calendar::bad_count(int n) const {
  throw InputError(fmt::format("{} is not a valid number of working days (expected 0..{})", n,
                               max_working_days));
}

std::string Calendar::uncovered_text(const Uncovered& u) const {
  // Said plainly: the usual cause is next year's notice not loaded yet. One wording,
  // data/terms (the CLI's --lang zh prints the same facts in Chinese).
  // Remembered per thread: in December a batch's open tickets word the same few facts
  // thousands of times (working day 5 after 2026-12-29, …), and wording one from the
  // terms took about 4,000 instructions, a fifth of such a batch. The key is all the
  // text says, so a calendar of another id or range never meets another's text.
  struct Memo {
    std::string id, text;
    Date first{}, last{};
    Uncovered u{};
  };
  thread_local std::array<Memo, 32> memo;
  const auto slot = static_cast<std::size_t>(u.date.time_since_epoch().count() * 7 + u.n * 3 + u.kind) % memo.size();
  Memo& m = memo[slot];
  if (m.u.kind != u.kind || m.u.n != u.n || m.u.date != u.date || m.first != first_ || m.last != last_ || m.id != id_) {
    m.text = i18n::uncovered_text(u, id_, first_, last_, i18n::Terms::builtin(i18n::Lang::en));
    m.id = id_;
    m.first = first_;
    m.last = last_;
    m.u = u;
  }
  return m.text;
}

void Calendar::throw_uncovered(const Uncovered& u) const {
  i18n::throw_worded<CoverageError>(
      [u, id = id_, first = first_, last = last_](const i18n::Terms& t) { return i18n::uncovered_text(u, id, first, last, t); });
}

SHIXIAN_NAMESPACE_END
