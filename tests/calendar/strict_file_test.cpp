// Calendar files are strictly read (issue 16): a date stated both rest and work, a date
// stated twice, a fact outside its notice's year, or an add-on file changing the weekly
// rule is an error naming the file and the line, never settled by line order or dropped.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "shixian/calendar/calendar_file.hpp"
#include "shixian/error.hpp"
#include "shixian/time/text.hpp"
#include "support/errors.hpp"

using namespace shixian;
using shixian::test::contains;
using shixian::test::message_of;

namespace {

// Loads `text` as a file added to the built-in calendar.
std::string add_on_error(const std::string& text) {
  return message_of([&] { CalendarBuilder::with_defaults().load(text, "extra.cal").build(); });
}
// Loads `text` as a whole calendar.
std::string whole_error(const std::string& text) {
  return message_of([&] { CalendarBuilder().load(text, "whole.cal").build(); });
}

}  // namespace

TEST_CASE("a date stated both rest and work is a contradiction") {
  const auto e = add_on_error("notice 2027 x\nrest 2027-10-01..2027-10-07 国庆节\nwork 2027-10-05 调休\n");
  CAPTURE(e);
  CHECK(contains(e, "extra.cal:3"));
  CHECK(contains(e, "2027-10-05"));
  CHECK(contains(e, "line 2"));
  CHECK(contains(e, "contradiction"));
}

TEST_CASE("overrides that contradict each other in one file are rejected") {
  const auto e = add_on_error("override rest 2026-09-15 台风停业\noverride work 2026-09-15 照常营业\n");
  CAPTURE(e);
  CHECK(contains(e, "extra.cal:2"));
  CHECK(contains(e, "contradiction"));
}

TEST_CASE("a date stated twice in one notice is rejected") {
  const auto e = add_on_error("notice 2027 x\nrest 2027-05-01..2027-05-05 劳动节\nrest 2027-05-03 劳动节\n");
  CAPTURE(e);
  CHECK(contains(e, "extra.cal:3"));
  CHECK(contains(e, "already stated at line 2"));
}

TEST_CASE("a fact outside its notice's year is rejected, not dropped") {
  SUBCASE("a later year") {
    const auto e = add_on_error("notice 2027 x\nrest 2028-01-01 元旦\n");
    CAPTURE(e);
    CHECK(contains(e, "extra.cal:2"));
    CHECK(contains(e, "outside notice 2027's year"));
  }
  SUBCASE("years before") {
    CHECK(contains(add_on_error("notice 2027 x\nrest 2020-05-01 劳动节\n"), "extra.cal:2"));
  }
  SUBCASE("late December of the year before is allowed (the 2008 and 2019 notices)") {
    CHECK_NOTHROW(CalendarBuilder::with_defaults().load("notice 2027 x\nwork 2026-12-26 元旦\n", "extra.cal").build());
  }
}

TEST_CASE("an add-on file may not change the weekly rule") {
  const auto e = add_on_error("weekend fri sat\nnotice 2027 x\n");
  CAPTURE(e);
  CHECK(contains(e, "extra.cal:1"));
  CHECK(contains(e, "weekly rule"));
  // Restating the same rule changes nothing and is allowed; a whole calendar sets it.
  CHECK_NOTHROW(CalendarBuilder::with_defaults().load("weekend sat sun\nnotice 2027 x\nrest 2027-01-01 元旦\n", "extra.cal").build());
  CHECK_NOTHROW(CalendarBuilder().load("weekend fri sat\nnotice 2027 x\n", "gulf.cal").build());
}

TEST_CASE("an empty calendar file says it is empty") {
  CHECK(contains(whole_error(""), "empty file"));
  CHECK(contains(whole_error("# only a comment\n\n"), "empty file"));
  const auto path = (std::filesystem::temp_directory_path() / "shixian-empty.cal").string();
  { std::ofstream(path).flush(); }
  const auto e = message_of([&] { CalendarBuilder::with_defaults().load_file(path); });
  CHECK(contains(e, "is empty"));
  CHECK_FALSE(contains(e, "missing, a directory, or unreadable"));
  std::remove(path.c_str());
}

TEST_CASE("a calendar path that is not a regular file is refused, not read forever") {
  CHECK(contains(message_of([] { CalendarBuilder::with_defaults().load_file("/dev/zero"); }), "not a regular file"));
  CHECK(contains(message_of([] { CalendarBuilder::with_defaults().load_file("/tmp"); }), "directory"));
}

// Found trying the CLI as a new user (2026-12-06): a branch's typhoon closure written
// under `notice 2026 branch-ops` (the README's 2027.cal shows an override beside a
// notice) replaced the built-in 2026 notice whole, so Spring Festival and National Day
// 2026 became working days without a word.
TEST_CASE("a notice that keeps none of the replaced notice's holidays is refused, saying what to write") {
  SUBCASE("overrides only, under a notice line") {
    const auto e = add_on_error("notice 2026 branch-ops\noverride rest 2026-07-20 台风停业\n");
    CAPTURE(e);
    CHECK(contains(e, "extra.cal:1"));
    CHECK(contains(e, "notice 2026"));
    CHECK(contains(e, "keeps none of its holidays"));
    CHECK(contains(e, "override rest DATE REASON"));
  }
  SUBCASE("a branch holiday of its own as the notice's only fact") {
    CHECK(contains(add_on_error("notice 2026 branch\nrest 2026-07-20 台风停业\n"), "keeps none of its holidays"));
  }
  SUBCASE("the same overrides without the notice line load, and keep the holidays") {
    const auto cal = CalendarBuilder::with_defaults().load("override rest 2026-07-20 台风停业\n", "extra.cal").build();
    CHECK_FALSE(cal->is_working(parse_date("2026-07-20")).value);
    CHECK_FALSE(cal->is_working(parse_date("2026-10-01")).value);
  }
  SUBCASE("a revised notice that restates some of its holidays still replaces the year") {
    const auto cal =
        CalendarBuilder::with_defaults().load("notice 2026 revised\nrest 2026-10-01..2026-10-03 国庆节\n", "extra.cal").build();
    CHECK(cal->is_working(parse_date("2026-10-05")).value);
  }
  SUBCASE("a year the calendar has no notice for takes any notice") {
    CHECK_NOTHROW(CalendarBuilder::with_defaults().load("notice 2027 x\nrest 2027-07-20 台风停业\n", "extra.cal").build());
  }
}

// Found by a trial of 64 mistakes in calendar files (session 22): the first two loaded
// without a word and changed deadlines; the others loaded garbled or lost a source.
TEST_CASE("calendar mistakes that loaded silently are errors naming the line and the fix") {
  SUBCASE("a range written with blanks made only its first day a holiday") {
    const auto e = add_on_error("notice 2027 https://www.gov.cn/2027\nrest 2027-10-01 .. 2027-10-07 国庆节\n");
    CAPTURE(e);
    CHECK(contains(e, "extra.cal:2"));
    CHECK(contains(e, "a range is written with '..' and without blanks, e.g. '2027-10-01..2027-10-07'"));
    CHECK(contains(add_on_error("notice 2027 x\nrest 2027-10-01.. 2027-10-07 国庆节\n"), "without blanks"));
    CHECK(contains(add_on_error("notice 2027 x\nrest 2027-10-01 2027-10-07 国庆节\n"), "without blanks"));
  }
  SUBCASE("a notice that states no day covered its year by the weekly rule, unmarked") {
    const auto e = add_on_error("notice 2027 https://www.gov.cn/2027\n");
    CAPTURE(e);
    CHECK(contains(e, "extra.cal:1"));
    CHECK(contains(e, "notice 2027 states no days"));
  }
  SUBCASE("a file saved as GBK") {
    // 国庆节 in GBK: B9 FA C7 EC BD DA.
    const auto e = add_on_error("notice 2027 x\nrest 2027-10-01..2027-10-07 \xB9\xFA\xC7\xEC\xBD\xDA\n");
    CAPTURE(e);
    CHECK(contains(e, "extra.cal:2"));
    CHECK(contains(e, "saved as GBK?"));
  }
  SUBCASE("another range mark with blanks made one day named '~ 2026-09-18 …'") {
    for (const char* mark : {"~", "至", "到", "-", "—", "～"}) {
      CAPTURE(mark);
      const auto e = add_on_error(std::string("override rest 2026-09-14 ") + mark + " 2026-09-18 台风停业\n");
      CHECK(contains(e, "extra.cal:1"));
      CHECK(contains(e, "a range is written with '..' and without blanks"));
    }
    // The quoted part is cut between characters.
    const auto e = add_on_error("override rest 2026-09-14 ..台风停业\n");
    CHECK(contains(e, "(this line has '2026-09-14 ..台风停')"));
  }
  SUBCASE("a notice without its source loads (import-json writes one when the JSON names no paper)") {
    CHECK_NOTHROW(CalendarBuilder::with_defaults().load("notice 2027\nrest 2027-01-01 元旦\n", "extra.cal").build());
  }
  SUBCASE("a whole calendar may have a notice that states no day (one written back whose facts were overridden)") {
    CHECK_NOTHROW(CalendarBuilder().load("notice 2026 a\nnotice 2027 b\nrest 2027-05-01 劳动节\n", "whole.cal").build());
  }
  SUBCASE("another range mark, a full-width space") {
    CHECK(contains(add_on_error("notice 2027 x\nrest 2027-10-01~2027-10-07 国庆节\n"), "a range is written with '..'"));
    CHECK(contains(add_on_error("notice 2027 x\nrest 2027-10-01～2027-10-07 国庆节\n"), "a range is written with '..'"));
    CHECK(contains(add_on_error("notice 2027 x\nrest\xE3\x80\x80" "2027-10-01 国庆节\n"), "full-width space (U+3000)"));
  }
}

TEST_CASE("a file for another calendar says how to build one's own on these days") {
  const auto e = add_on_error("calendar mybank My bank\nnotice 2027 x\nrest 2027-01-01 元旦\n");
  CAPTURE(e);
  CHECK(contains(e, "extra.cal:1"));
  CHECK(contains(e, "write 'variant mybank TITLE' instead"));
  // Which loads.
  CHECK_NOTHROW(CalendarBuilder::with_defaults().load("variant mybank My bank\n", "extra.cal").build());
}

// A control character in a calendar line (a NUL from a binary tool, a BEL in a name) was
// read: a NUL cut the error message short where it was printed ("extra.cal:2: '2027-01-01"),
// a BEL reached the terminal in names. Each is refused naming the line and the byte.
TEST_CASE("a control character in a calendar line is refused naming line, column and byte") {
  const auto nul = add_on_error(std::string("notice 2027 x\nrest 2027-01-01\0 x\n", 33));
  CAPTURE(nul);
  CHECK(contains(nul, "extra.cal:2: a control character (0x00) at column 16"));
  CHECK(contains(add_on_error("notice 2027 x\nrest 2027-01-01 元旦\a\n"), "extra.cal:2: a control character (0x07) at column 19"));
  CHECK_NOTHROW(CalendarBuilder::with_defaults().load("notice 2027 x\r\nrest 2027-01-01\t元旦\r\n", "extra.cal").build());
}

// A `work` on a day the weekly rule already makes working changed nothing and was
// accepted, shown as a make-up day: a typo for a weekend date, whose make-up day was then
// missing (a new user's trial, session 29). Allowed where it follows a rest day of its
// notice: 2020's supplement ended the extended Spring Festival with work 02-03, a Monday.
TEST_CASE("a make-up working day on a working day is refused unless it follows its notice's rest") {
  const auto e = add_on_error("notice 2027 x\nrest 2027-01-01 元旦\nwork 2027-01-05 元旦\n");
  CAPTURE(e);
  CHECK(contains(e, "extra.cal:3: work 2027-01-05 is a Tuesday, a working day by the weekly rule already"));
  CHECK_NOTHROW(CalendarBuilder::with_defaults().load("notice 2027 x\nrest 2027-01-29..2027-02-07 春节\nwork 2027-02-08 春节\n",
                                                      "extra.cal").build());
  CHECK_NOTHROW(CalendarBuilder::with_defaults().load("notice 2027 x\nwork 2027-02-08 春节\nrest 2027-01-29..2027-02-07 春节\n",
                                                      "extra.cal").build());
  CHECK_NOTHROW(CalendarBuilder::with_defaults().load("notice 2027 x\nrest 2027-01-01 元旦\nwork 2027-01-09 元旦\n", "extra.cal").build());
}

// The weekly rule is the file's last word, wherever its line stands: a 'weekend' line
// after the notices let a make-up day through that the same calendar, written back with
// its weekly rule first, refused (fuzz_calendar, session 29).
TEST_CASE("a make-up working day is judged by the file's final weekly rule, whatever the line order") {
  const std::string saturday_work = "notice 2027 x\nrest 2027-01-01 元旦\nwork 2027-01-09 元旦\n";
  const auto after = whole_error(saturday_work + "weekend sun mon\n");
  const auto first = whole_error("weekend sun mon\n" + saturday_work);
  CAPTURE(after);
  CHECK(contains(after, "whole.cal:3: work 2027-01-09 is a Saturday, a working day by the weekly rule already"));
  CHECK(contains(first, "whole.cal:4: work 2027-01-09 is a Saturday, a working day by the weekly rule already"));
  // Friday made working under a Friday-Saturday weekend stated last: a make-up day.
  CHECK_NOTHROW(CalendarBuilder().load("notice 2027 x\nrest 2027-01-01 元旦\nwork 2027-01-08 元旦\nweekend fri sat\n", "gulf.cal").build());
}

// An override for a year no notice covers was dropped in silence: shenzhen.cal's typhoon
// day in 2027, loaded before the 2027 notice, left a provisional deadline unchanged while
// the calendar's version counted it (a new user's trial, session 30). Refused at build,
// whatever the order of the files; with the notice loaded, before or after, it applies.
TEST_CASE("an override outside the covered years is refused, naming its file and line") {
  const std::string branch = "# branch\noverride rest 2027-07-20 台风停业\n";
  const auto e = message_of([&] { CalendarBuilder::with_defaults().load(branch, "shenzhen.cal").build(); });
  CAPTURE(e);
  CHECK(contains(e, "shenzhen.cal:2: override rest 2027-07-20 is outside the years the calendar covers (2007..2026)"));
  CHECK(contains(message_of([&] {
                   CalendarBuilder::with_defaults().load("override work 2006-12-30..2007-01-02 盘点\n", "b.cal").build();
                 }),
                 "b.cal:1: override work 2006-12-30..2007-01-02 is outside the years"));
  const std::string notice = "notice 2027 x\nrest 2027-01-01 元旦\n";
  for (const bool notice_first : {true, false}) {
    auto b = CalendarBuilder::with_defaults();
    if (notice_first) b.load(notice, "2027.cal").load(branch, "shenzhen.cal");
    else b.load(branch, "shenzhen.cal").load(notice, "2027.cal");
    const auto cal = b.build();
    CHECK_FALSE(cal->is_working(parse_date("2027-07-20")).value);
  }
}

// Said twice, a 'variant' or 'makeup-days' line's last one won in silence (makeup-days rest
// then work left 2026-10-10 working): each is said once a file.
TEST_CASE("variant and makeup-days are said once a file") {
  CHECK(contains(whole_error("variant bank Bank days\nvariant bank2 Other\n"), "whole.cal:2: a second 'variant' line (the first is line 1)"));
  CHECK(contains(whole_error("variant bank Bank days\nmakeup-days rest\nmakeup-days work\n"),
                 "whole.cal:3: a second 'makeup-days' line (the first is line 2)"));
}

// A calendar saved as UTF-16 (Windows Notepad's "Unicode") was taken for GBK.
TEST_CASE("a calendar file saved as UTF-16 is named as such") {
  const auto e = add_on_error(std::string("\xFF\xFEn\0o\0", 6));
  CAPTURE(e);
  CHECK(contains(e, "(saved as UTF-16? save it as UTF-8)"));
  CHECK_FALSE(contains(e, "GBK"));
}
