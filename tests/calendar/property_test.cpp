// Property tests: the O(1) table queries of Calendar against a slow, obviously correct
// day-by-day reference written here, on seeded random questions (thousands of each).
//
// The reference knows only the rules of RULES.md §2: a covered day is what the last
// fact placed on it says (notices in year order, then overrides in load order), or the
// weekly rule; an uncovered day follows the weekly rule; an answer is provisional
// exactly when the day-by-day walk it needs touches an uncovered day, and in strict
// mode such a question throws CoverageError.
//
// Two sources of calendars: the built-in China data (its facts read from
// data/calendars/cn.cal by a tiny parser written here, not by CalendarBuilder), and
// random made-up calendars (random weekends, facts spilling into the year before,
// replaced notices, overrides) written as calendar files and loaded by CalendarBuilder.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "shixian/calendar/calendar.hpp"
#include "shixian/calendar/calendar_file.hpp"
#include "shixian/error.hpp"
#include "shixian/time/text.hpp"

using namespace shixian;

namespace {

Date ymd(int y, unsigned m, unsigned d) {
  return Date{date::year{y} / date::month{m} / date::day{d}};
}
std::string str(Date d) { return format_date(d); }

// --- the reference -----------------------------------------------------------------

struct Reference {
  Date first, last;
  std::array<bool, 7> weekly{true, true, true, true, true, false, false};  // 0 = Monday
  // Per covered day: 0 no fact, else the DayKind the last fact gave it.
  std::vector<std::optional<DayKind>> fact;

  Reference(Date f, Date l) : first(f), last(l), fact(static_cast<std::size_t>((l - f).count() + 1)) {}

  bool covered(Date d) const { return d >= first && d <= last; }
  bool weekly_working(Date d) const { return weekly[date::weekday{d}.iso_encoding() - 1]; }
  void place(Date from, Date to, DayKind k) {
    for (Date d = from; d <= to; d += days{1})
      if (covered(d)) fact[static_cast<std::size_t>((d - first).count())] = k;
  }
  std::optional<DayKind> fact_on(Date d) const {
    return covered(d) ? fact[static_cast<std::size_t>((d - first).count())] : std::nullopt;
  }
  bool working(Date d) const {
    if (const auto k = fact_on(d))
      return *k == DayKind::makeup || *k == DayKind::opened;
    return weekly_working(d);
  }
  DayKind kind(Date d) const {
    if (!covered(d)) return DayKind::uncovered;
    if (const auto k = fact_on(d)) return *k;
    return weekly_working(d) ? DayKind::weekday : DayKind::weekend;
  }
  // Walk one day at a time.
  Answer<Date> add(Date d, int n) const {
    bool prov = false;
    Date cur = d;
    for (int found = 0; found < n;) {
      cur += days{1};
      if (!covered(cur)) prov = true;
      if (working(cur)) ++found;
    }
    return {cur, prov};
  }
  Answer<int> between(Date a, Date b) const {
    const int sign = a <= b ? 1 : -1;
    if (a > b) std::swap(a, b);
    bool prov = false;
    int n = 0;
    for (Date d = a + days{1}; d <= b; d += days{1}) {
      if (!covered(d)) prov = true;
      if (working(d)) ++n;
    }
    return {sign * n, prov};
  }
};

// --- comparing ---------------------------------------------------------------------

struct Tally {
  std::string what;
  long cases = 0;
  long failures = 0;
  void fail(const std::string& detail) {
    if (++failures <= 15) FAIL_CHECK(what << ": " << detail);
  }
  ~Tally() {
    CHECK_MESSAGE(failures == 0, what << ": " << failures << " of " << cases << " cases differ");
  }
};

std::string answer_text(Answer<Date> a) { return str(a.value) + (a.provisional ? " (provisional)" : ""); }
std::string answer_text(Answer<int> a) {
  return std::to_string(a.value) + (a.provisional ? " (provisional)" : "");
}
std::string answer_text(Answer<bool> a) {
  return std::string(a.value ? "true" : "false") + (a.provisional ? " (provisional)" : "");
}

// Checks a query in every mode: provisional must equal the reference (value and mark);
// strict must equal it when no uncovered day is involved, and throw CoverageError
// otherwise; report must answer as provisional does and name the uncovered question in
// the very words strict throws.
// `ask` spells the question, only when needed for a failure message.
template <class T, class Q, class Ask>
void compare(Tally& t, const Calendar& cal, Ask&& ask, Answer<T> want, Q&& query) {
  ++t.cases;
  const auto got = query(Coverage::provisional);
  if (got.value != want.value || got.provisional != want.provisional || got.uncovered)
    return t.fail(ask() + " provisional: want " + answer_text(want) + ", got " + answer_text(got));
  const auto report = query(Coverage::report);
  if (report.value != want.value || report.provisional != want.provisional ||
      static_cast<bool>(report.uncovered) != want.provisional)
    return t.fail(ask() + " report: want " + answer_text(want) + ", got " + answer_text(report) +
                  (report.uncovered ? " (uncovered)" : ""));
  try {
    const auto strict = query(Coverage::strict);
    if (want.provisional)
      return t.fail(ask() + " strict: want CoverageError, got " + answer_text(strict));
    if (strict.value != want.value || strict.provisional)
      return t.fail(ask() + " strict: want " + answer_text(want) + ", got " + answer_text(strict));
  } catch (const CoverageError& e) {
    if (!want.provisional)
      return t.fail(ask() + " strict: want " + answer_text(want) + ", got error: " + e.what());
    if (const auto text = cal.uncovered_text(report.uncovered); text != e.what())
      return t.fail(ask() + " report: want '" + e.what() + "', got '" + text + "'");
  }
}

void check_day(Tally& t, const Calendar& cal, const Reference& ref, Date d) {
  const Answer<bool> want{ref.working(d), !ref.covered(d)};
  compare(t, cal, [&] { return "is_working(" + str(d) + ")"; }, want,
          [&](Coverage c) { return cal.is_working(d, c); });
  const auto info = cal.day(d, Coverage::provisional);
  if (info.working != want.value || info.kind != ref.kind(d))
    t.fail("day(" + str(d) + "): want " + std::string(to_string(ref.kind(d))) + ", got " +
           std::string(to_string(info.kind)));
}

void check_add(Tally& t, const Calendar& cal, const Reference& ref, Date d, int n) {
  compare(t, cal, [&] { return "add_working_days(" + str(d) + ", " + std::to_string(n) + ")"; },
          ref.add(d, n), [&](Coverage c) { return cal.add_working_days(d, n, c); });
}

void check_between(Tally& t, const Calendar& cal, const Reference& ref, Date a, Date b) {
  compare(t, cal, [&] { return "working_days_between(" + str(a) + ", " + str(b) + ")"; },
          ref.between(a, b), [&](Coverage c) { return cal.working_days_between(a, b, c); });
}

// --- random questions ----------------------------------------------------------------

struct Questions {
  std::mt19937_64 rng;
  explicit Questions(std::uint64_t seed) : rng(seed) {}
  int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }
  bool chance(int percent) { return uniform(1, 100) <= percent; }
  // Anywhere in [lo, hi], or (one time in three) within a few days of an edge of
  // coverage, where the tables end.
  Date date(Date lo, Date hi, Date first, Date last) {
    if (chance(33)) {
      const Date edge = chance(50) ? first : last;
      return edge + days{uniform(-12, 12)};
    }
    return lo + days{uniform(0, static_cast<int>((hi - lo).count()))};
  }
  int count() {
    const int r = uniform(1, 100);
    if (r <= 6) return 0;
    if (r <= 80) return uniform(1, 25);
    if (r <= 97) return uniform(26, 800);
    return uniform(801, Calendar::max_working_days);
  }
};

void run_questions(const Calendar& cal, const Reference& ref, Questions& q, int n_questions,
                   Date lo, Date hi, Tally& days_t, Tally& add_t, Tally& between_t) {
  for (int i = 0; i < n_questions; ++i) {
    check_day(days_t, cal, ref, q.date(lo, hi, ref.first, ref.last));
    check_add(add_t, cal, ref, q.date(lo, hi, ref.first, ref.last), q.count());
    const Date a = q.date(lo, hi, ref.first, ref.last);
    const Date b = q.chance(70) ? a + days{q.uniform(-60, 60)} : q.date(lo, hi, ref.first, ref.last);
    check_between(between_t, cal, ref, a, b);
  }
}

// --- the built-in data, read independently ----------------------------------------

Reference reference_from_cn_cal() {
  std::ifstream in(std::string(SHIXIAN_SOURCE_DIR) + "/data/calendars/cn.cal");
  REQUIRE(in);
  Reference ref(ymd(2007, 1, 1), ymd(2026, 12, 31));
  std::string line;
  int facts = 0;
  while (std::getline(in, line)) {
    std::istringstream words(line);
    std::string keyword, range;
    words >> keyword >> range;
    if (keyword != "rest" && keyword != "work") continue;
    const auto dots = range.find("..");
    const Date from = parse_date(range.substr(0, dots));
    const Date to = dots == std::string::npos ? from : parse_date(range.substr(dots + 2));
    // Notices appear in year order in the file, so a later notice's fact lands last.
    ref.place(from, to, keyword == "work" ? DayKind::makeup : DayKind::holiday);
    ++facts;
  }
  REQUIRE(facts > 200);
  return ref;
}

}  // namespace

TEST_CASE("built-in calendar answers like a day-by-day walk, inside and outside coverage") {
  const auto cal = default_calendar();
  const auto ref = reference_from_cn_cal();
  Questions q(20261001);
  Tally d{"is_working"}, a{"add_working_days"}, b{"working_days_between"};
  // 2003..2030: before 2007 and after 2026 the answers are provisional.
  run_questions(*cal, ref, q, 4000, ymd(2003, 1, 1), ymd(2030, 12, 31), d, a, b);
  CHECK(a.cases == 4000);
}

TEST_CASE("every covered day of the built-in calendar, and n = 0 and 1 from each") {
  const auto cal = default_calendar();
  const auto ref = reference_from_cn_cal();
  Tally d{"is_working"}, a{"add_working_days"}, b{"working_days_between"};
  for (Date x = ref.first - days{20}; x <= ref.last + days{20}; x += days{1}) {
    check_day(d, *cal, ref, x);
    check_add(a, *cal, ref, x, 0);
    check_add(a, *cal, ref, x, 1);
    check_add(a, *cal, ref, x, 5);
    check_between(b, *cal, ref, x, x);
    check_between(b, *cal, ref, x, x + days{9});
  }
}

TEST_CASE("questions that start or end far outside coverage") {
  const auto cal = default_calendar();
  const auto ref = reference_from_cn_cal();
  Questions q(7);
  Tally a{"add_working_days"}, b{"working_days_between"};
  for (int i = 0; i < 1500; ++i) {
    // From years before 2007 into (or across) the covered range, and from inside
    // coverage to decades after it.
    const Date early = ymd(1990, 1, 1) + days{q.uniform(0, 17 * 366)};
    const Date late = ymd(2027, 1, 1) + days{q.uniform(0, 20 * 366)};
    const Date inside = ref.first + days{q.uniform(0, static_cast<int>((ref.last - ref.first).count()))};
    check_add(a, *cal, ref, early, q.uniform(0, 6000));
    check_add(a, *cal, ref, inside, q.uniform(0, 6000));
    check_add(a, *cal, ref, late, q.uniform(0, 500));
    check_between(b, *cal, ref, early, inside);
    check_between(b, *cal, ref, late, early);
    check_between(b, *cal, ref, inside, late);
  }
}

TEST_CASE("random made-up calendars answer like a day-by-day walk") {
  std::mt19937_64 rng(42);
  auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  static constexpr const char* day_names[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  static constexpr const char* names[] = {"元旦", "春节", "台风停业", "holiday", "x"};
  struct Fact {
    Date from, to;
    bool work;
    std::string name;
  };
  auto render = [](const std::vector<Fact>& facts, const char* prefix) {
    std::string text;
    for (const auto& f : facts)
      text += prefix + std::string(f.work ? "work " : "rest ") + str(f.from) + ".." + str(f.to) +
              " " + f.name + "\n";
    return text;
  };
  Tally d{"is_working"}, a{"add_working_days"}, b{"working_days_between"};
  Questions q(99);
  for (int cal_no = 0; cal_no < 60; ++cal_no) {
    const int y0 = uniform(1995, 2060), y1 = y0 + uniform(0, 3);
    Reference ref(ymd(y0, 1, 1), ymd(y1, 12, 31));
    // The weekly rule: the default (sat sun) or 1..6 random rest days.
    std::string weekend_line;
    if (uniform(0, 2) > 0) {
      std::array<bool, 7> work{true, true, true, true, true, true, true};
      weekend_line = "weekend";
      const int rest_days = uniform(1, 6);
      while (std::count(work.begin(), work.end(), false) < rest_days) {
        const int i = uniform(0, 6);
        if (work[static_cast<std::size_t>(i)]) {
          work[static_cast<std::size_t>(i)] = false;
          weekend_line += std::string(" ") + day_names[i];
        }
      }
      weekend_line += "\n";
      ref.weekly = work;
    }
    // A file states each date once per notice (and once among its overrides): a range
    // that would overlap one already drawn is dropped.
    auto add_disjoint = [](std::vector<Fact>& facts, Fact f) {
      for (const auto& g : facts)
        if (f.from <= g.to && g.from <= f.to) return;
      facts.push_back(std::move(f));
    };
    auto random_facts = [&](int year) {
      std::vector<Fact> facts;
      // At least one: a notice that states no day, among others that do, is an error.
      for (int k = uniform(1, 10); k > 0; --k) {
        // Facts may fall in the last weeks of the year before (as in the 2008 notice),
        // never after their notice's year.
        Date from = ymd(year, 1, 1) + days{uniform(-25, 364)};
        Date to = std::min(from + days{uniform(0, 9)}, ymd(year, 12, 31));
        const bool work = uniform(0, 2) == 0;
        // A make-up working day is a rest day of the weekly rule made working (the
        // reader refuses a `work` on a working day that follows no rest day): one day,
        // the first of the weekly rule's rest days from `from` on.
        if (work) {
          for (int step = 0; step < 7 && ref.weekly[static_cast<std::size_t>(date::weekday{from}.iso_encoding() - 1)]; ++step)
            from += days{1};
          to = from;
          if (to > ymd(year, 12, 31) || ref.weekly[static_cast<std::size_t>(date::weekday{from}.iso_encoding() - 1)])
            continue;
        }
        if (from <= to) add_disjoint(facts, {from, to, work, names[uniform(0, 4)]});
      }
      return facts;
    };
    auto random_overrides = [&] {
      std::vector<Fact> facts;
      for (int k = uniform(0, 3); k > 0; --k) {
        // Inside the covered years: one outside is refused (strict_file_test.cpp).
        const Date from = ref.first + days{uniform(0, static_cast<int>((ref.last - ref.first).count()))};
        add_disjoint(facts, {from, std::min(from + days{uniform(0, 4)}, ref.last), uniform(0, 1) == 0, names[uniform(0, 4)]});
      }
      return facts;
    };
    // The final data: one notice per year; one of them may first be loaded as a decoy
    // that a second file replaces whole. Overrides come in both files.
    std::vector<std::vector<Fact>> notices;
    for (int y = y0; y <= y1; ++y) notices.push_back(random_facts(y));
    const int replaced = uniform(0, 1) ? uniform(y0, y1) : 0;
    const auto overrides1 = random_overrides(), overrides2 = random_overrides();

    // The decoy is an earlier version of the real notice: they share a holiday (a
    // replacement that keeps none of the replaced notice's holidays is refused, see
    // strict_file_test.cpp), or, when the real one has none, the decoy has none either.
    auto decoy_of = [&](const std::vector<Fact>& real) {
      std::vector<Fact> decoy;
      const auto rest = std::find_if(real.begin(), real.end(), [](const Fact& f) { return !f.work; });
      if (rest != real.end()) decoy.push_back(*rest);
      for (auto& f : random_facts(replaced))
        if (rest != real.end() || f.work) add_disjoint(decoy, std::move(f));
      if (decoy.empty()) decoy.push_back(real.front());  // a notice states at least one day
      return decoy;
    };
    std::string file1 = "calendar t Test calendar\n" + weekend_line;
    for (int y = y0; y <= y1; ++y) {
      const auto& facts = y == replaced ? decoy_of(notices[static_cast<std::size_t>(y - y0)])
                                        : notices[static_cast<std::size_t>(y - y0)];
      file1 += "notice " + std::to_string(y) + (y == replaced ? " decoy\n" : " src\n") +
               render(facts, "");
    }
    file1 += render(overrides1, "override ");
    std::string file2 = "calendar t\n";
    if (replaced)
      file2 += "notice " + std::to_string(replaced) + " real\n" +
               render(notices[static_cast<std::size_t>(replaced - y0)], "");
    file2 += render(overrides2, "override ");

    // The reference: notices in year order, then overrides in load order.
    for (const auto& facts : notices)
      for (const auto& f : facts) ref.place(f.from, f.to, f.work ? DayKind::makeup : DayKind::holiday);
    for (const auto* list : {&overrides1, &overrides2})
      for (const auto& f : *list) ref.place(f.from, f.to, f.work ? DayKind::opened : DayKind::closed);

    const auto cal = CalendarBuilder().load(file1, "file1.cal").load(file2, "file2.cal").build();
    REQUIRE(cal->first() == ref.first);
    REQUIRE(cal->last() == ref.last);
    const long failures_before = d.failures + a.failures + b.failures;
    run_questions(*cal, ref, q, 250, ref.first - days{800}, ref.last + days{800}, d, a, b);
    if (d.failures + a.failures + b.failures != failures_before)
      FAIL_CHECK("calendar #" << cal_no << " files:\n" << file1 << "---\n" << file2);
  }
  CHECK(a.cases == 60 * 250);
}
