// The business calendar's rules (RULES.md §2) and the pitfalls of the data, on the
// built-in China calendar and on calendars built from small files written here.
// Expected answers come from the State Council notices, quoted beside each check.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "shixian/calendar/calendar.hpp"
#include "shixian/calendar/calendar_file.hpp"
#include "shixian/error.hpp"
#include "shixian/time/text.hpp"
#include "support/errors.hpp"

using namespace shixian;
using shixian::test::contains;
using shixian::test::message_of;

namespace {

Date ymd(int y, unsigned m, unsigned d) {
  return Date{date::year{y} / date::month{m} / date::day{d}};
}


// A temporary file removed at the end of the test.
struct TempFile {
  std::string path;
  explicit TempFile(std::string_view name, std::string_view text) {
    path = (std::filesystem::temp_directory_path() /
            ("shixian-test-" + std::to_string(::getpid()) + "-" + std::string(name)))
               .string();
    std::ofstream(path, std::ios::binary) << text;
  }
  ~TempFile() { std::remove(path.c_str()); }
};

const std::string kNewYear2027 =
    "calendar cn\n"
    "# a small 2027 notice written for the test\n"
    "notice 2027 https://example.org/2027-notice\n"
    "rest 2027-01-01 元旦\n";

}  // namespace

TEST_CASE("weekdays work and weekends rest where no notice speaks") {
  const auto cal = default_calendar();
  CHECK(cal->is_working(ymd(2026, 11, 18)).value);   // Wednesday
  CHECK_FALSE(cal->is_working(ymd(2026, 11, 21)).value);  // Saturday
  CHECK_FALSE(cal->is_working(ymd(2026, 11, 22)).value);  // Sunday
  const auto info = cal->day(ymd(2026, 11, 21));
  CHECK(info.kind == DayKind::weekend);
  CHECK(info.notice_year == 0);
  CHECK(info.name.empty());
}

TEST_CASE("a public holiday on a weekday is a rest day") {
  const auto cal = default_calendar();
  // 2026 notice: 国庆节 10月1日至7日放假调休
  for (unsigned d = 1; d <= 7; ++d) CHECK_FALSE(cal->is_working(ymd(2026, 10, d)).value);
  const auto info = cal->day(ymd(2026, 10, 7));  // a Wednesday
  CHECK(info.kind == DayKind::holiday);
  CHECK(info.notice_year == 2026);
  CHECK_FALSE(info.name.empty());
  CHECK(cal->is_working(ymd(2026, 10, 8)).value);
}

TEST_CASE("make-up Saturday is a working day") {
  const auto cal = default_calendar();
  // 2026 notice: 10月10日（周六）上班
  const auto info = cal->day(ymd(2026, 10, 10));
  CHECK(date::weekday{ymd(2026, 10, 10)} == date::Saturday);
  CHECK(info.working);
  CHECK(info.kind == DayKind::makeup);
  CHECK(info.notice_year == 2026);
  CHECK(cal->is_working(ymd(2026, 10, 10)).value);
  // and the worked examples of EXAMPLES.md
  CHECK(cal->add_working_days(ymd(2026, 9, 30), 1).value == ymd(2026, 10, 8));
  CHECK(cal->add_working_days(ymd(2026, 9, 30), 4).value == ymd(2026, 10, 12));
  CHECK(cal->working_days_between(ymd(2026, 9, 30), ymd(2026, 10, 12)).value == 4);
  CHECK(cal->working_days_between(ymd(2026, 10, 12), ymd(2026, 9, 30)).value == -4);
}

TEST_CASE("the 2008 notice changes the end of December 2007") {
  const auto cal = default_calendar();
  // 2008 notice: 2007年12月29日（星期六）上班; 12月30日至2008年1月1日放假
  const auto sat = cal->day(ymd(2007, 12, 29));
  CHECK(sat.working);
  CHECK(sat.kind == DayKind::makeup);
  CHECK(sat.notice_year == 2008);
  for (const Date d : {ymd(2007, 12, 30), ymd(2007, 12, 31), ymd(2008, 1, 1)}) {
    const auto info = cal->day(d);
    CHECK_FALSE(info.working);
    CHECK(info.kind == DayKind::holiday);
    CHECK(info.notice_year == 2008);
  }
  // Fri 2007-12-28 -> Sat 29 (make-up) -> Wed 2008-01-02
  CHECK(cal->add_working_days(ymd(2007, 12, 28), 1).value == ymd(2007, 12, 29));
  CHECK(cal->add_working_days(ymd(2007, 12, 28), 2).value == ymd(2008, 1, 2));
}

TEST_CASE("2018-12-29 is a make-up Saturday placed by the 2019 notice") {
  const auto cal = default_calendar();
  // 2019 notice: 2018年12月29日（星期六）上班; 12月30日至2019年1月1日放假
  const auto info = cal->day(ymd(2018, 12, 29));
  CHECK(info.working);
  CHECK(info.kind == DayKind::makeup);
  CHECK(info.notice_year == 2019);
  CHECK_FALSE(cal->is_working(ymd(2018, 12, 31)).value);  // a Monday, holiday
  CHECK(cal->day(ymd(2018, 12, 31)).notice_year == 2019);
  CHECK(cal->add_working_days(ymd(2018, 12, 28), 1).value == ymd(2018, 12, 29));
  CHECK(cal->add_working_days(ymd(2018, 12, 28), 2).value == ymd(2019, 1, 2));
  // EXAMPLES.md: an ordinary ticket received 2018-12-28 has its 5th working day on
  // 2019-01-07 (29, 2, 3, 4, 7), so its total deadline is 2019-01-08T00:00.
  CHECK(cal->add_working_days(ymd(2018, 12, 28), 5).value == ymd(2019, 1, 7));
}

TEST_CASE("weekends next to a holiday are rest days by the weekly rule") {
  const auto cal = default_calendar();
  // 2019 notice lists only Fri 4月5日 (清明节), Fri 6月7日 (端午节), Fri 9月13日 (中秋节):
  // the weekends after them are not listed and rest by rule 1.
  for (const Date holiday : {ymd(2019, 4, 5), ymd(2019, 6, 7), ymd(2019, 9, 13)}) {
    CHECK(cal->day(holiday).kind == DayKind::holiday);
    for (int i = 1; i <= 2; ++i) {
      const auto info = cal->day(holiday + days{i});
      CHECK_FALSE(info.working);
      CHECK(info.kind == DayKind::weekend);
    }
    CHECK(cal->is_working(holiday + days{3}).value);  // the Monday after
  }
  // Thu 2019-04-04 + 1 working day skips Fri (holiday), Sat and Sun: Mon 04-08
  CHECK(cal->add_working_days(ymd(2019, 4, 4), 1).value == ymd(2019, 4, 8));
}

TEST_CASE("the built-in calendar covers 2007-2026 and says which notices it holds") {
  const auto cal = default_calendar();
  CHECK(cal->id() == "cn");
  CHECK(cal->first() == ymd(2007, 1, 1));
  CHECK(cal->last() == ymd(2026, 12, 31));
  CHECK(cal->coverage_text() == "2007-01-01..2026-12-31");
  CHECK(contains(cal->version(), "2007..2026"));
  CHECK_FALSE(cal->notice_sources(2019).empty());  // the notice and its supplement
  CHECK(cal->notice_sources(2027).empty());
  // Building the same data twice gives the same version.
  CHECK(CalendarBuilder::with_defaults().build()->version() == cal->version());
}

TEST_CASE("a question about an uncovered date is an error naming the date and the range") {
  const auto cal = default_calendar();
  auto msg = message_of<CoverageError>([&] { cal->is_working(ymd(2027, 1, 4)); });
  CHECK(contains(msg, "2027-01-04"));
  CHECK(contains(msg, "2007-01-01..2026-12-31"));

  msg = message_of<CoverageError>([&] { cal->is_working(ymd(2006, 12, 31)); });
  CHECK(contains(msg, "2006-12-31"));
  CHECK(contains(msg, "2007-01-01..2026-12-31"));

  msg = message_of<CoverageError>([&] { cal->day(ymd(2031, 2, 10)); });
  CHECK(contains(msg, "2031-02-10"));

  // 2026-12-28 + 5 working days needs 2027: 29, 30, 31, then two days of 2027.
  msg = message_of<CoverageError>([&] { cal->add_working_days(ymd(2026, 12, 28), 5); });
  CHECK(contains(msg, "2026-12-28"));
  CHECK(contains(msg, "2007-01-01..2026-12-31"));

  msg = message_of<CoverageError>(
      [&] { cal->working_days_between(ymd(2026, 12, 1), ymd(2027, 1, 10)); });
  CHECK(contains(msg, "2027-01-10"));
  CHECK(contains(msg, "2007-01-01..2026-12-31"));

  msg = message_of<CoverageError>(
      [&] { cal->working_days_between(ymd(2006, 12, 1), ymd(2007, 1, 10)); });
  CHECK(contains(msg, "2006-12"));
  CHECK(contains(msg, "2007-01-01..2026-12-31"));

  // A coverage error is a rejected input (the CLI exits 1 for it).
  CHECK_THROWS_AS(cal->is_working(ymd(2027, 1, 4)), InputError);
}

// Calendar::uncovered_text remembers recent texts per thread (a December batch words the
// same facts thousands of times): the same fact asked of calendars with other ranges, in
// turn, must each get its own calendar's text, the one its CoverageError carries.
TEST_CASE("uncovered_text: the same fact, two calendars in turn, each its own text") {
  const TempFile file("2027-memo.cal", kNewYear2027);
  const auto base = default_calendar();
  const auto longer = CalendarBuilder::with_defaults().load_file(file.path).build();
  for (int round = 0; round < 3; ++round) {
    for (const auto& cal : {base, longer}) {
      const Date from = cal->last() - days{2};
      const auto r = cal->add_working_days(from, 5, Coverage::report);
      REQUIRE(r.uncovered);
      const auto thrown = message_of<CoverageError>([&] { cal->add_working_days(from, 5); });
      CHECK(cal->uncovered_text(r.uncovered) == thrown);
      CHECK(contains(cal->uncovered_text(r.uncovered), cal->coverage_text()));
    }
  }
}

TEST_CASE("an answer that needs no uncovered day is given without the next notice") {
  const auto cal = default_calendar();
  // EXAMPLES.md: received 2026-12-24, 5th working day 2026-12-31 (25, 28, 29, 30, 31).
  const auto r = cal->add_working_days(ymd(2026, 12, 24), 5);
  CHECK(r.value == ymd(2026, 12, 31));
  CHECK_FALSE(r.provisional);
  // Counting up to the last covered day, and from the day before coverage.
  CHECK(cal->working_days_between(ymd(2026, 12, 24), ymd(2026, 12, 31)).value == 5);
  CHECK(cal->working_days_between(ymd(2006, 12, 31), ymd(2007, 1, 5)).value == 2);  // Jan 4, 5
  CHECK(cal->add_working_days(ymd(2006, 12, 31), 1).value == ymd(2007, 1, 4));
  // n = 0 is the date itself, covered or not.
  CHECK(cal->add_working_days(ymd(2030, 5, 1), 0).value == ymd(2030, 5, 1));
  CHECK_FALSE(cal->add_working_days(ymd(2030, 5, 1), 0).provisional);
  CHECK(cal->working_days_between(ymd(2030, 5, 1), ymd(2030, 5, 1)).value == 0);
}

TEST_CASE("provisional mode answers uncovered days by the weekly rule and marks them") {
  const auto cal = default_calendar();
  const auto p = Coverage::provisional;
  auto w = cal->is_working(ymd(2027, 1, 4), p);  // a Monday
  CHECK(w.value);
  CHECK(w.provisional);
  w = cal->is_working(ymd(2027, 1, 2), p);  // a Saturday
  CHECK_FALSE(w.value);
  CHECK(w.provisional);
  // 2027-01-01 is a Friday: by the weekly rule alone it works (the notice is unknown).
  w = cal->is_working(ymd(2027, 1, 1), p);
  CHECK(w.value);
  CHECK(w.provisional);
  CHECK(cal->day(ymd(2027, 1, 1), p).kind == DayKind::uncovered);
  // Before coverage the weekly rule alone applies, even where the 2007 notice spoke
  // (2006-12-30 was a make-up Saturday, kept for provenance only).
  w = cal->is_working(ymd(2006, 12, 30), p);
  CHECK_FALSE(w.value);
  CHECK(w.provisional);

  // 2026-12-28 + 5: 29, 30, 31, Fri 2027-01-01, Mon 2027-01-04.
  const auto a = cal->add_working_days(ymd(2026, 12, 28), 5, p);
  CHECK(a.value == ymd(2027, 1, 4));
  CHECK(a.provisional);
  const auto b = cal->working_days_between(ymd(2026, 12, 28), ymd(2027, 1, 4), p);
  CHECK(b.value == 5);
  CHECK(b.provisional);
  // A covered answer is not marked even in provisional mode.
  const auto c = cal->add_working_days(ymd(2026, 9, 30), 4, p);
  CHECK(c.value == ymd(2026, 10, 12));
  CHECK_FALSE(c.provisional);
  CHECK_FALSE(cal->is_working(ymd(2026, 10, 10), p).provisional);
}

TEST_CASE("a negative or absurd number of working days is rejected, naming it") {
  const auto cal = default_calendar();
  auto msg = message_of<InputError>([&] { cal->add_working_days(ymd(2026, 1, 5), -1); });
  CHECK(contains(msg, "-1"));
  msg = message_of<InputError>(
      [&] { cal->add_working_days(ymd(2026, 1, 5), Calendar::max_working_days + 1); });
  CHECK(contains(msg, std::to_string(Calendar::max_working_days + 1)));
  // The largest allowed count works (provisionally: ~40 years on).
  CHECK(cal->add_working_days(ymd(2026, 1, 5), Calendar::max_working_days, Coverage::provisional)
            .provisional);
}

TEST_CASE("a calendar file loaded at run time adds 2027") {
  const TempFile file("2027.cal", kNewYear2027);
  const auto base = default_calendar();
  const auto cal = CalendarBuilder::with_defaults().load_file(file.path).build();
  CHECK(cal->last() == ymd(2027, 12, 31));
  CHECK(cal->covers(ymd(2027, 6, 1)));
  CHECK(cal->coverage_text() == "2007-01-01..2027-12-31");
  CHECK(cal->version() != base->version());
  CHECK(contains(cal->version(), "2007..2027"));
  CHECK(cal->notice_sources(2027) == std::vector<std::string>{"https://example.org/2027-notice"});

  // 2027 questions now work, strictly.
  const auto ny = cal->day(ymd(2027, 1, 1));
  CHECK_FALSE(ny.working);
  CHECK(ny.kind == DayKind::holiday);
  CHECK(ny.notice_year == 2027);
  CHECK(cal->is_working(ymd(2027, 1, 4)).value);
  const auto r = cal->add_working_days(ymd(2026, 12, 28), 5);
  CHECK(r.value == ymd(2027, 1, 5));  // 29, 30, 31, (Jan 1 rest), Jan 4, Jan 5
  CHECK_FALSE(r.provisional);
  CHECK(cal->working_days_between(ymd(2026, 12, 31), ymd(2027, 1, 8)).value == 5);
  // Earlier years are untouched, and the built-in calendar is unchanged.
  CHECK(cal->add_working_days(ymd(2026, 9, 30), 4).value == ymd(2026, 10, 12));
  CHECK_FALSE(base->covers(ymd(2027, 1, 1)));
  CHECK_THROWS_AS(base->is_working(ymd(2027, 1, 4)), CoverageError);
  // 2028 is still outside.
  CHECK_THROWS_AS(cal->is_working(ymd(2028, 1, 3)), CoverageError);
}

TEST_CASE("a calendar file's notice replaces that year's notice whole") {
  // A corrected 2026 notice that only knows three days of National Day.
  const auto cal = CalendarBuilder::with_defaults()
                       .load("calendar cn\nnotice 2026 corrected\nrest 2026-10-01..2026-10-03 国庆节\n",
                             "fix-2026.cal")
                       .build();
  const auto base = default_calendar();
  CHECK(cal->version() != base->version());
  CHECK_FALSE(cal->is_working(ymd(2026, 10, 2)).value);
  CHECK(cal->is_working(ymd(2026, 10, 5)).value);   // Monday: no longer a holiday
  CHECK_FALSE(cal->is_working(ymd(2026, 10, 10)).value);  // Saturday: no longer make-up
  CHECK(cal->day(ymd(2026, 10, 10)).kind == DayKind::weekend);
  // The rest of the old 2026 notice went with it (春节 2026-02-16 is a Monday).
  CHECK(cal->is_working(ymd(2026, 2, 16)).value);
  CHECK(cal->notice_sources(2026) == std::vector<std::string>{"corrected"});
  // Other years keep their notices.
  CHECK_FALSE(cal->is_working(ymd(2025, 10, 1)).value);
  CHECK(cal->day(ymd(2025, 10, 1)).notice_year == 2025);
  // 09-30 + 4: Oct 1-3 rest, Sun 4, then Mon 5, 6, 7, 8.
  CHECK(cal->add_working_days(ymd(2026, 9, 30), 4).value == ymd(2026, 10, 8));
}

TEST_CASE("a later notice revises days of the year before it") {
  // A 2027 notice that, like the 2008 and 2019 ones, moves late-December days.
  const auto cal = CalendarBuilder::with_defaults()
                       .load("calendar cn\nnotice 2027 x\nwork 2026-12-26 元旦\n"
                             "rest 2026-12-31..2027-01-01 元旦\n",
                             "2027.cal")
                       .build();
  const auto sat = cal->day(ymd(2026, 12, 26));
  CHECK(sat.working);
  CHECK(sat.kind == DayKind::makeup);
  CHECK(sat.notice_year == 2027);
  CHECK_FALSE(cal->is_working(ymd(2026, 12, 31)).value);
  CHECK(cal->day(ymd(2026, 12, 31)).notice_year == 2027);
  // Results computed with either calendar carry different versions.
  CHECK(cal->version() != default_calendar()->version());
}

TEST_CASE("institution overrides apply after every notice") {
  // A branch shut by a typhoon on a working day, and on the make-up Saturday; open on
  // a National Day holiday.
  const std::string overrides =
      "calendar cn\n"
      "override rest 2026-09-15 台风停业\n"
      "override rest 2026-10-10 台风停业\n"
      "override work 2026-10-05 国庆值班\n";
  // The override file is loaded first and a replacement 2026 notice after it: the
  // overrides still win, because they apply last whatever the load order.
  const std::string notice =
      "calendar cn\nnotice 2026 again\nrest 2026-10-01..2026-10-07 国庆节\n"
      "work 2026-10-10 国庆节\nrest 2026-09-15 test holiday\n";
  const auto cal = CalendarBuilder::with_defaults()
                       .load(overrides, "branch.cal")
                       .load(notice, "2026.cal")
                       .build();
  auto info = cal->day(ymd(2026, 9, 15));
  CHECK_FALSE(info.working);
  CHECK(info.kind == DayKind::closed);
  CHECK(info.name == "台风停业");
  info = cal->day(ymd(2026, 10, 10));
  CHECK_FALSE(info.working);
  CHECK(info.kind == DayKind::closed);
  info = cal->day(ymd(2026, 10, 5));
  CHECK(info.working);
  CHECK(info.kind == DayKind::opened);
  CHECK(info.notice_year == 0);
  // Counting sees them: after 09-30 the working days are 10-05, 10-08, 10-09, 10-12.
  CHECK(cal->add_working_days(ymd(2026, 9, 30), 1).value == ymd(2026, 10, 5));
  CHECK(cal->add_working_days(ymd(2026, 9, 30), 4).value == ymd(2026, 10, 12));
  CHECK(cal->working_days_between(ymd(2026, 9, 14), ymd(2026, 9, 18)).value == 3);
  CHECK(contains(cal->version(), "override"));
  CHECK(cal->version() != default_calendar()->version());

  // The same through the builder's API.
  const auto api = CalendarBuilder::with_defaults()
                       .add_override(ymd(2026, 11, 16), ymd(2026, 11, 17), false, "台风停业")
                       .add_override(ymd(2026, 11, 21), ymd(2026, 11, 21), true, "周六营业")
                       .build();
  CHECK(api->day(ymd(2026, 11, 16)).kind == DayKind::closed);
  CHECK_FALSE(api->is_working(ymd(2026, 11, 17)).value);
  CHECK(api->is_working(ymd(2026, 11, 21)).value);  // a Saturday opening
  CHECK(api->add_working_days(ymd(2026, 11, 13), 1).value == ymd(2026, 11, 18));
  CHECK(api->add_working_days(ymd(2026, 11, 20), 1).value == ymd(2026, 11, 21));
}

TEST_CASE("a different weekend is data, not code") {
  // A Friday-Saturday weekend (as in some Gulf branches) over one made-up year.
  const auto cal = CalendarBuilder()
                       .load("calendar gulf Test\nweekend fri sat\nnotice 2026 x\n"
                             "rest 2026-03-19 holiday\n",
                             "gulf.cal")
                       .build();
  CHECK(cal->id() == "gulf");
  CHECK(cal->is_working(ymd(2026, 11, 22)).value);        // Sunday
  CHECK_FALSE(cal->is_working(ymd(2026, 11, 20)).value);  // Friday
  CHECK_FALSE(cal->is_working(ymd(2026, 3, 19)).value);   // a Thursday holiday
  // Thu 03-18 + 1: Thu 19 holiday, Fri, Sat rest -> Sun 03-22
  CHECK(cal->add_working_days(ymd(2026, 3, 18), 1).value == ymd(2026, 3, 22));
  // Provisionally after coverage: Thu 2026-12-31 + 1 -> Sun 2027-01-03
  CHECK(cal->add_working_days(ymd(2026, 12, 31), 1, Coverage::provisional).value ==
        ymd(2027, 1, 3));
}

TEST_CASE("malformed calendar files are rejected naming the file, the line and the value") {
  auto load = [](std::string_view text) {
    return [text] { CalendarBuilder::with_defaults().load(text, "extra.cal"); };
  };
  SUBCASE("bad date") {
    const auto msg = message_of<InputError>(
        load("calendar cn\nnotice 2027 x\nrest 2027-02-30 春节\n"));
    CHECK(contains(msg, "extra.cal:3"));
    CHECK(contains(msg, "2027-02-30"));
  }
  SUBCASE("bad date at the end of a range") {
    const auto msg = message_of<InputError>(
        load("calendar cn\n\nnotice 2027 x\nrest 2027-02-10..2027-13-01 春节\n"));
    CHECK(contains(msg, "extra.cal:4"));
    CHECK(contains(msg, "2027-13-01"));
  }
  SUBCASE("range that ends before it starts") {
    const auto msg = message_of<InputError>(
        load("calendar cn\nnotice 2027 x\nrest 2027-02-10..2027-02-01 春节\n"));
    CHECK(contains(msg, "extra.cal:3"));
    CHECK(contains(msg, "2027-02-10..2027-02-01"));
  }
  SUBCASE("unknown keyword") {
    const auto msg = message_of<InputError>(
        load("calendar cn\nnotice 2027 x\nholiday 2027-01-01 元旦\n"));
    CHECK(contains(msg, "extra.cal:3"));
    CHECK(contains(msg, "'holiday'"));
  }
  // A new user's trial (session 31): a misspelt statement had no "did you mean", as a rule
  // set's misspelt key has, and detail() carried no file, line or value.
  SUBCASE("misspelt statement: the one meant, and the facts as fields") {
    try {
      CalendarBuilder::with_defaults().load("calendar cn\nnotice 2027 x\nrest 2027-02-05 春节\nwrok 2027-02-06 春节\n", "extra.cal");
      FAIL("no error");
    } catch (const InputError& e) {
      CHECK(contains(e.what(), "extra.cal:4: unknown statement 'wrok'"));
      CHECK(contains(e.what(), "; did you mean 'work'?"));
      CHECK(e.detail().file == "extra.cal");
      CHECK(e.detail().line == 4);
      CHECK(e.detail().value == "wrok");
      CHECK(e.detail().suggestion == "work");
    }
    try {
      CalendarBuilder::with_defaults().load("calendar cn\nnotice 2027 x\nrest 2027-02-30 春节\n", "extra.cal");
      FAIL("no error");
    } catch (const InputError& e) {
      CHECK(e.detail().file == "extra.cal");
      CHECK(e.detail().line == 3);
    }
  }
  SUBCASE("fact before any notice") {
    const auto msg = message_of<InputError>(
        load("calendar cn\n# no notice line yet\nwork 2027-02-06 春节\nnotice 2027 x\n"));
    CHECK(contains(msg, "extra.cal:3"));
    CHECK(contains(msg, "'work'"));
  }
  SUBCASE("fact without a name") {
    const auto msg = message_of<InputError>(load("calendar cn\nnotice 2027 x\nrest 2027-01-01\n"));
    CHECK(contains(msg, "extra.cal:3"));
  }
  SUBCASE("bad notice year") {
    const auto msg = message_of<InputError>(load("calendar cn\nnotice 20x7 x\n"));
    CHECK(contains(msg, "extra.cal:2"));
    CHECK(contains(msg, "20x7"));
  }
  SUBCASE("unknown override kind") {
    const auto msg = message_of<InputError>(load("calendar cn\noverride shut 2026-09-15 台风\n"));
    CHECK(contains(msg, "extra.cal:2"));
    CHECK(contains(msg, "'shut'"));
  }
  SUBCASE("unknown weekday name") {
    const auto msg = message_of<InputError>(load("calendar cn\nweekend sat sunday\n"));
    CHECK(contains(msg, "extra.cal:2"));
    CHECK(contains(msg, "'sunday'"));
  }
  SUBCASE("a file for another calendar") {
    const auto msg = message_of<InputError>(load("calendar hk Hong Kong\nnotice 2027 x\n"));
    CHECK(contains(msg, "extra.cal:1"));
    CHECK(contains(msg, "hk"));
  }
  SUBCASE("gap in coverage") {
    // 2028 without 2027: the years between would silently follow the weekly rule.
    auto builder = CalendarBuilder::with_defaults();
    builder.load("calendar cn\n\nnotice 2028 x\nrest 2028-01-01 元旦\n", "extra.cal");
    const auto msg = message_of<InputError>([&] { builder.build(); });
    CHECK(contains(msg, "extra.cal:3"));
    CHECK(contains(msg, "2027"));
    CHECK(contains(msg, "2028"));
  }
  SUBCASE("a file that cannot be read") {
    const auto msg = message_of<InputError>(
        [] { CalendarBuilder::with_defaults().load_file("/nonexistent/dir/2027.cal"); });
    CHECK(contains(msg, "/nonexistent/dir/2027.cal"));
  }
}

TEST_CASE("a file with an error changes nothing in the builder") {
  auto builder = CalendarBuilder::with_defaults();
  CHECK_THROWS_AS(builder.load("calendar cn\nnotice 2027 x\nrest 2027-01-01 元旦\nbogus\n",
                               "bad.cal"),
                  InputError);
  // The good lines before the error were not merged: 2027 is still uncovered.
  const auto cal = builder.build();
  CHECK_FALSE(cal->covers(ymd(2027, 1, 1)));
  CHECK(cal->version() == default_calendar()->version());
}
