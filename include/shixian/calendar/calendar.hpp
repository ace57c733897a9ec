#pragma once
// Calendar: which civil dates are working days (工作日), for one jurisdiction.
//
// The model (RULES.md §2), applied in this order:
//   1. the weekly rule: Monday..Friday work, Saturday and Sunday rest (configurable);
//   2. public holidays (法定节假日) from the State Council's yearly notice: rest;
//   3. make-up working days (调休上班日) from the same notice: work, even on a weekend;
//   4. institution overrides (a branch shut by a typhoon, a weekend opening): last.
//
// Facts are placed by their date, not by their notice's year: the 2008 notice made
// 2007-12-29 a working day, the 2019 notice 2018-12-29.
//
// Coverage. A calendar covers the years whose notice it holds. A question whose answer
// depends on an uncovered day throws CoverageError naming the date and the range,
// unless the caller passes Coverage::provisional: uncovered days then follow the
// weekly rule alone and the answer is marked provisional. Asking is never a guess.
// Coverage::report answers as provisional does and also names, in Answer::uncovered,
// the question strict would have thrown for: callers to whom an uncovered day is an
// outcome rather than a failure (a deadline that another target beats anyway) then
// decide without an exception, and word the same message only if they report it.
//
// Speed. Built once into per-day tables over the covered range: a kind per day, the
// running count of working days, and the list of working days. Every query is O(1):
//   is_working(d)                 table look-up
//   working_days_between(a, b]    cum[b] - cum[a]
//   add_working_days(d, n)        list[cum[d] + n - 1]
// and outside coverage, in provisional mode, closed-form weekday arithmetic.
//
// Examples (built-in China calendar):
//   add_working_days(2026-09-30, 1) == 2026-10-08   (Oct 1-7 National Day break)
//   add_working_days(2026-09-30, 4) == 2026-10-12   (Sat Oct 10 is a make-up day)
//   add_working_days(2018-12-28, 1) == 2018-12-29   (a Saturday, by the 2019 notice)
//   working_days_between(2026-09-30, 2026-10-12) == 4
//
// A Calendar is immutable: build it with CalendarBuilder (calendar_file.hpp) and share
// the shared_ptr<const Calendar> across threads.
#include "shixian/abi.hpp"
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "shixian/time/types.hpp"

SHIXIAN_NAMESPACE_BEGIN

enum class Coverage : std::uint8_t { strict, provisional, report };

// Why a day is what it is.
enum class DayKind : std::uint8_t {
  weekday,        // working by the weekly rule
  weekend,        // rest by the weekly rule
  holiday,        // rest by a notice
  makeup,         // working by a notice (调休上班)
  closed,         // rest by an institution override
  opened,         // working by an institution override
  uncovered,      // outside the data: weekly rule, provisional
};
std::string_view to_string(DayKind k) noexcept;

struct DayInfo {
  Date date;
  bool working;
  DayKind kind;
  std::string_view name;    // holiday / make-up / override reason; empty for weekly-rule days
  int notice_year;          // the notice the fact comes from; 0 for the weekly rule or overrides
};

// A question that needed a day outside coverage, kept as dates rather than as the
// CoverageError's text so that not reporting it costs nothing (Calendar::uncovered_text).
struct Uncovered {
  enum Kind : std::uint8_t { none, day, count };
  Kind kind = none;
  Date date{};  // day: the uncovered day; count: the day counted from
  int n = 0;    // count: the working day that falls after coverage
  explicit operator bool() const noexcept { return kind != none; }
  // A computation that goes on past an uncovered day must still name the first: it is
  // the one strict mode stops and throws at.
  void keep_first(const Uncovered& u) noexcept {
    if (kind == none) *this = u;
  }
};

template <class T>
struct Answer {
  T value;
  bool provisional = false;
  Uncovered uncovered{};  // Coverage::report only
};

class Calendar : public std::enable_shared_from_this<Calendar> {
 public:
  Calendar(const Calendar&) = delete;  // one per shared_ptr: a share is taken, never a copy
  Calendar& operator=(const Calendar&) = delete;

  const std::string& id() const noexcept { return id_; }
  const std::string& title() const noexcept { return title_; }
  // e.g. "cn 2007..2026 #9f2c61d0": the notice years and a hash of every fact, so
  // a result can say which data it was computed with.
  const std::string& version() const noexcept { return version_; }
  Date first() const noexcept { return first_; }
  Date last() const noexcept { return last_; }
  bool covers(Date d) const noexcept { return d >= first_ && d <= last_; }
  // "2007-01-01..2026-12-31"
  std::string coverage_text() const;
  // Source addresses of the notice for `year`, empty if the calendar has none.
  const std::vector<std::string>& notice_sources(int year) const;
  // The message of the CoverageError that Coverage::strict throws for u (u is set).
  std::string uncovered_text(const Uncovered& u) const;

  Answer<bool> is_working(Date d, Coverage c = Coverage::strict) const {
    if (covers(d)) return {working(index(d)), false};
    const Uncovered u = outside(c, {Uncovered::day, d});
    return {weekly_working(d), true, u};
  }

  // The n-th working day after d (d itself not counted); n == 0 gives d.
  // Throws InputError for n < 0 or n > max_working_days.
  Answer<Date> add_working_days(Date d, int n, Coverage c = Coverage::strict) const {
    if (n < 0 || n > max_working_days) bad_count(n);
    if (n == 0) return {d, false};
    if (d >= first_ - days{1} && d <= last_) {
      const std::int64_t k = std::int64_t{cum_at(d)} + n;  // ordinal of the answer
      if (k <= total()) return {first_ + days{list_[static_cast<std::size_t>(k - 1)]}, false};
      const Uncovered u = outside(c, {Uncovered::count, d, n});
      return {weekly_add(last_, static_cast<int>(k - total())), true, u};
    }
    const Uncovered u = outside(c, {Uncovered::day, d});
    if (d > last_) return {weekly_add(d, n), true, u};
    // Before coverage: the weekly rule up to the day before first(), then the tables.
    const int before = weekly_between(d, first_ - days{1});
    if (n <= before) return {weekly_add(d, n), true, u};
    const int k = n - before;
    if (k <= total()) return {first_ + days{list_[static_cast<std::size_t>(k - 1)]}, true, u};
    return {weekly_add(last_, k - total()), true, u};
  }

  // Working days in (a, b]; negative when a > b.
  Answer<int> working_days_between(Date a, Date b, Coverage c = Coverage::strict) const {
    if (a > b) {
      auto r = working_days_between(b, a, c);
      return {-r.value, r.provisional, r.uncovered};
    }
    const Date before_first = first_ - days{1};
    if (a >= before_first && b <= last_) return {cum_at(b) - cum_at(a), false};
    if (a == b) return {0, false};  // (a, a] is empty: no uncovered day is involved
    const Uncovered u = outside(c, {Uncovered::day, a < before_first ? a + days{1} : b});
    // Split (a, b] into the parts before, inside and after coverage.
    int n = 0;
    if (a < before_first) n += weekly_between(a, std::min(b, before_first));
    const Date lo = std::max(a, before_first), hi = std::min(b, last_);
    if (lo < hi) n += cum_at(hi) - cum_at(lo);
    if (b > last_) n += weekly_between(std::max(a, last_), b);
    return {n, true, u};
  }

  // The first day after d that is not a public holiday (d itself when it is not one):
  // a table look-up, for periods that roll off holidays only (Civil Code art. 203).
  Answer<Date> next_non_holiday(Date d, Coverage c = Coverage::strict) const {
    if (!covers(d)) return {d, true, outside(c, {Uncovered::day, d})};
    const std::int32_t i = after_holiday_[index(d)];
    const Date r = first_ + days{i};
    if (r > last_) return {r, true, outside(c, {Uncovered::day, r})};
    return {r, false};
  }

  // Why d is a working or rest day (for explanations and the month grid).
  DayInfo day(Date d, Coverage c = Coverage::strict) const;

  // The weekly rule alone (used outside coverage).
  bool weekly_working(Date d) const noexcept { return weekly_work_[weekday_index(d)]; }

  static constexpr int max_working_days = 10000;  // ~40 years; beyond is a typo

 private:
  friend class CalendarBuilder;
  Calendar() = default;

  static unsigned weekday_index(Date d) noexcept {  // 0 = Monday
    return date::weekday{d}.iso_encoding() - 1;
  }
  std::size_t index(Date d) const noexcept { return static_cast<std::size_t>((d - first_).count()); }
  bool working(std::size_t i) const noexcept { return (kind_[i] & 1u) != 0; }
  int total() const noexcept { return cum_.empty() ? 0 : cum_.back(); }
  // Working days in [first, d]; d may be first - 1 (then 0).
  int cum_at(Date d) const noexcept { return d < first_ ? 0 : cum_[index(d)]; }

  int weekly_between(Date a, Date b) const noexcept;  // (a, b], a <= b, weekly rule
  Date weekly_add(Date d, int n) const noexcept;      // n >= 1, weekly rule
  // What a question that needs uncovered day u hands back in mode c (strict throws).
  Uncovered outside(Coverage c, const Uncovered& u) const {
    if (c == Coverage::strict) throw_uncovered(u);
    return c == Coverage::report ? u : Uncovered{};
  }
  // Error paths, out of line so the queries above stay small enough to inline.
  [[noreturn]] void bad_count(int n) const;
  [[noreturn]] void throw_uncovered(const Uncovered& u) const;

  std::string id_, title_, version_;
  Date first_{}, last_{};
  std::array<bool, 7> weekly_work_{true, true, true, true, true, false, false};
  int weekly_per_week_ = 5;
  // weekly_cum_[w][i]: working days among the i days after a day of weekday w (0=Mon).
  std::array<std::array<std::uint8_t, 8>, 7> weekly_cum_{};
  // Per day: bit 0 working, bits 1..3 DayKind, then name index in the high byte.
  std::vector<std::uint16_t> kind_;
  std::vector<std::int32_t> cum_;     // working days in [first, first + i]
  std::vector<std::int32_t> list_;    // day index of the k-th working day (0-based k)
  std::vector<std::string> names_;    // holiday and override names, index 0 = ""
  std::vector<std::int16_t> notice_of_day_;  // notice year of the fact, 0 if none
  std::vector<std::int32_t> after_holiday_;  // day index of the first non-holiday day >= i
  std::vector<std::pair<int, std::vector<std::string>>> notices_;
};

using CalendarPtr = std::shared_ptr<const Calendar>;

// The built-in China mainland calendar (data/calendars/cn.cal), built once.
CalendarPtr default_calendar();

SHIXIAN_NAMESPACE_END
