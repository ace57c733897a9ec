// Zone (zone.hpp): local time <-> instant, gaps and overlaps, against date/tz itself.
#include <doctest/doctest.h>

#include <algorithm>
#include <date/tz.h>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "shixian/error.hpp"
#include "shixian/time/text.hpp"
#include "shixian/time/zone.hpp"
#include "support/errors.hpp"
#include "time/posix_tz.hpp"

using namespace shixian;
using shixian::test::contains;
using shixian::test::message_of;
using shixian::test::quoted;
using namespace std::chrono_literals;

namespace {

Instant utc(int y, unsigned mo, unsigned d, int h, int mi, int s = 0) {
  return Instant{date::sys_days{date::year{y} / date::month{mo} / date::day{d}}} + hours{h} +
         minutes{mi} + seconds{s};
}
LocalTime local(int y, unsigned mo, unsigned d, int h, int mi, int s = 0) {
  return LocalTime{date::local_days{date::year{y} / date::month{mo} / date::day{d}}} + hours{h} +
         minutes{mi} + seconds{s};
}


const char* const kZones[] = {"Asia/Shanghai", "Europe/London", "America/New_York",
                              "Australia/Lord_Howe", "Asia/Kolkata"};

// Offset changes of a zone in [from, to), from date/tz directly.
std::vector<Instant> transitions(const date::time_zone* tz, Instant from, Instant to) {
  std::vector<Instant> out;
  auto info = tz->get_info(date::floor<seconds>(from));
  // Compared in seconds: the last info's end is sys_seconds::max(), which overflows
  // as nanoseconds.
  while (info.end < date::floor<seconds>(to)) {
    const auto next = tz->get_info(info.end);
    if (next.offset != info.offset) out.push_back(Instant{info.end});
    info = next;
  }
  return out;
}

}  // namespace

TEST_CASE("spring-forward gap: a nonexistent local time is an error naming it and the zone") {
  SUBCASE("Europe/London, 2026-03-29 01:00 -> 02:00") {
    const auto z = Zone::locate("Europe/London");
    const auto t = local(2026, 3, 29, 1, 30);
    const auto r = z.lookup(t);
    CHECK(r.kind == LocalLookup::nonexistent);
    const auto msg = message_of([&] { z.to_instant(t); });
    CHECK(contains(msg, "2026-03-29T01:30"));
    CHECK(contains(msg, "Europe/London"));
    // Choosing gives the transition instant, either way (as date::choose does).
    CHECK(z.to_instant(t, Choose::earliest) == utc(2026, 3, 29, 1, 0));
    CHECK(z.to_instant(t, Choose::latest) == utc(2026, 3, 29, 1, 0));
    // The edges of the gap: 01:00 does not exist, 00:59:59 and 02:00 do.
    CHECK(z.lookup(local(2026, 3, 29, 1, 0)).kind == LocalLookup::nonexistent);
    CHECK(z.to_instant(local(2026, 3, 29, 0, 59, 59)) == utc(2026, 3, 29, 0, 59, 59));
    CHECK(z.to_instant(local(2026, 3, 29, 2, 0)) == utc(2026, 3, 29, 1, 0));
    // Through parse_instant too.
    const auto p = message_of([&] { parse_instant("2026-03-29 01:30", z); });
    CHECK(contains(p, "2026-03-29T01:30"));
    CHECK(contains(p, "Europe/London"));
    CHECK(parse_instant("2026-03-29 01:30", z, Choose::latest) == utc(2026, 3, 29, 1, 0));
    // The time named is the time read, fractions included (they were dropped).
    CHECK(contains(message_of([&] { parse_instant("2026-03-29 01:30:15.25", z); }), "2026-03-29T01:30:15.25 "));
    CHECK(contains(message_of([&] { parse_instant("2026-03-29 01:30:00.5", z); }), "2026-03-29T01:30:00.5 "));
    CHECK(contains(message_of([&] { parse_instant("2026-10-25 01:30:00.125", z); }), "2026-10-25T01:30:00.125 "));
  }
  SUBCASE("America/New_York, 2026-03-08 02:00 -> 03:00") {
    const auto z = Zone::locate("America/New_York");
    const auto t = local(2026, 3, 8, 2, 30);
    CHECK(z.lookup(t).kind == LocalLookup::nonexistent);
    const auto msg = message_of([&] { z.to_instant(t); });
    CHECK(contains(msg, "2026-03-08T02:30"));
    CHECK(contains(msg, "America/New_York"));
    CHECK(z.to_instant(t, Choose::earliest) == utc(2026, 3, 8, 7, 0));
    CHECK(z.to_instant(t, Choose::latest) == utc(2026, 3, 8, 7, 0));
    CHECK(z.to_instant(local(2026, 3, 8, 3, 0)) == utc(2026, 3, 8, 7, 0));
    CHECK(z.to_instant(local(2026, 3, 8, 1, 59)) == utc(2026, 3, 8, 6, 59));
  }
  SUBCASE("Australia/Lord_Howe: a half-hour gap, 2026-10-04 02:00 -> 02:30") {
    const auto z = Zone::locate("Australia/Lord_Howe");
    CHECK(z.lookup(local(2026, 10, 4, 2, 15)).kind == LocalLookup::nonexistent);
    CHECK(z.to_instant(local(2026, 10, 4, 2, 15), Choose::earliest) == utc(2026, 10, 3, 15, 30));
    CHECK(z.lookup(local(2026, 10, 4, 2, 30)).kind == LocalLookup::unique);
  }
}

TEST_CASE("fall-back overlap: an ambiguous local time is an error naming both candidates") {
  SUBCASE("Europe/London, 2026-10-25 02:00 -> 01:00") {
    const auto z = Zone::locate("Europe/London");
    const auto t = local(2026, 10, 25, 1, 30);
    const auto r = z.lookup(t);
    CHECK(r.kind == LocalLookup::ambiguous);
    CHECK(r.first == utc(2026, 10, 25, 0, 30));
    CHECK(r.second == utc(2026, 10, 25, 1, 30));
    const auto msg = message_of([&] { z.to_instant(t); });
    CHECK(contains(msg, "2026-10-25T01:30"));
    CHECK(contains(msg, "Europe/London"));
    CHECK(contains(msg, "2026-10-25T01:30:00+01:00"));
    CHECK(contains(msg, "2026-10-25T01:30:00+00:00"));
    CHECK(z.to_instant(t, Choose::earliest) == utc(2026, 10, 25, 0, 30));
    CHECK(z.to_instant(t, Choose::latest) == utc(2026, 10, 25, 1, 30));
    // The edges: 01:00 is ambiguous, 00:59:59 and 02:00 are not.
    CHECK(z.lookup(local(2026, 10, 25, 1, 0)).kind == LocalLookup::ambiguous);
    CHECK(z.to_instant(local(2026, 10, 25, 0, 59, 59)) == utc(2026, 10, 24, 23, 59, 59));
    CHECK(z.to_instant(local(2026, 10, 25, 2, 0)) == utc(2026, 10, 25, 2, 0));
    CHECK(parse_instant("2026-10-25T01:30", z, Choose::latest) == utc(2026, 10, 25, 1, 30));
    // An explicit offset removes the ambiguity.
    CHECK(parse_instant("2026-10-25T01:30+01:00", z) == utc(2026, 10, 25, 0, 30));
  }
  SUBCASE("America/New_York, 2026-11-01 02:00 -> 01:00") {
    const auto z = Zone::locate("America/New_York");
    const auto t = local(2026, 11, 1, 1, 30);
    const auto msg = message_of([&] { parse_instant("2026-11-01 01:30", z); });
    CHECK(contains(msg, "2026-11-01T01:30:00-04:00"));
    CHECK(contains(msg, "2026-11-01T01:30:00-05:00"));
    CHECK(contains(msg, "America/New_York"));
    CHECK(z.to_instant(t, Choose::earliest) == utc(2026, 11, 1, 5, 30));
    CHECK(z.to_instant(t, Choose::latest) == utc(2026, 11, 1, 6, 30));
    // The readings keep a fraction as the time named does (a DST trial, session 23: they
    // named the second before it).
    const auto frac = message_of([&] { parse_instant("2026-11-01T01:59:59.5", z); });
    CHECK(contains(frac, "2026-11-01T01:59:59.5-04:00"));
    CHECK(contains(frac, "2026-11-01T01:59:59.5-05:00"));
  }
}

TEST_CASE("the readings of a DST change have one set of names, read exactly") {
  // Every front end (the CLI's --choose, Python's choose=) reads them through choose_named.
  CHECK(choose_named("reject") == Choose::reject);
  CHECK(choose_named("earliest") == Choose::earliest);
  CHECK(choose_named("latest") == Choose::latest);
  for (const auto* bad : {"", "Earliest", "earlist", "latest ", "first"}) CHECK_FALSE(choose_named(bad).has_value());
  static_assert(std::size(kChooseNames) == 3 && kChooseNames[static_cast<int>(Choose::latest)] == "latest");
}

TEST_CASE("an unknown zone is an error naming it") {
  for (const std::string bad : {"Mars/Olympus", "", "Asia/Shanghai ", "UTC+8"}) {
    CAPTURE(bad);
    const auto msg = message_of([&] { Zone::locate(bad); });
    CHECK(contains(msg, quoted(bad)));
  }
}

// Found by an operations user's trial (session 23): --zone UTC+8 suggested "UTC", which
// the user followed and every deadline came out 8 hours off; 北京 suggested nothing.
TEST_CASE("an offset written as a zone suggests the zone of that offset, never plain UTC") {
  const std::pair<const char*, const char*> cases[] = {
      {"UTC+8", "Asia/Shanghai"}, {"GMT+08:00", "Asia/Shanghai"}, {"+0800", "Asia/Shanghai"},
      {"UTC-5", "Etc/GMT+5"},     {"UTC+9", "Etc/GMT-9"},         {"北京", "Asia/Shanghai"},
      {"北京时间", "Asia/Shanghai"}, {"CST", "Asia/Shanghai"}, {"Utc+8", "Asia/Shanghai"}, {"UTC-12", "Etc/GMT+12"}};
  for (const auto& [given, meant] : cases) {
    CAPTURE(given);
    const auto msg = message_of([&] { Zone::locate(given); });
    CHECK(contains(msg, quoted(meant)));
    CHECK_FALSE(contains(msg, quoted("UTC")));
    // The zone suggested exists, and has the offset written.
    CHECK_NOTHROW(Zone::locate(meant));
  }
  const auto z = Zone::locate("Etc/GMT-9");  // POSIX's reversed sign: nine hours ahead
  CHECK(z.to_local(utc(2026, 1, 1, 0, 0)) == local(2026, 1, 1, 9, 0));
  CHECK_FALSE(contains(message_of([&] { Zone::locate("UTC+05:30"); }), quoted("UTC")));  // no Etc zone has minutes
  const auto past = message_of([&] { Zone::locate("UTC-13"); });  // nor this offset (a review: Etc/GMT+13)
  CHECK_FALSE(contains(past, "Etc/GMT+13"));
  CHECK_FALSE(contains(past, quoted("UTC")));
}

// Found trying the CLI as a new user (2026-12-06): --zone Europe/Londn named the bad
// value and no more.
TEST_CASE("an unknown zone close to a real one names the one meant; a far one suggests nothing") {
  CHECK(contains(message_of([] { Zone::locate("Europe/Londn"); }), "did you mean 'Europe/London'"));
  CHECK(contains(message_of([] { Zone::locate("asia/shanghai"); }), "did you mean 'Asia/Shanghai'"));
  CHECK_FALSE(contains(message_of([] { Zone::locate("Mars/Olympus"); }), "did you mean"));
  // Mainland China is one zone, Asia/Shanghai: no spelling distance leads there from the
  // name a bank's engineer writes first (a trial, session 22).
  CHECK(contains(message_of([] { Zone::locate("Asia/Beijing"); }), "did you mean 'Asia/Shanghai'"));
  CHECK(contains(message_of([] { Zone::locate("Shenzhen"); }), "did you mean 'Asia/Shanghai'"));
}

TEST_CASE("a zone is a shared handle: locating it twice gives the same zone") {
  const auto a = Zone::locate("Europe/London");
  const auto b = Zone::locate("Europe/London");
  CHECK(a == b);
  CHECK(a.name() == "Europe/London");
  CHECK(Zone::shanghai().name() == "Asia/Shanghai");
  CHECK_FALSE(Zone::shanghai() == a);
}

TEST_CASE("zones load concurrently and agree") {
  std::vector<std::thread> threads;
  std::vector<std::string> names(8);
  for (int i = 0; i < 8; ++i)
    threads.emplace_back([i, &names] {
      const auto z = Zone::locate(kZones[i % 5]);
      names[static_cast<std::size_t>(i)] = format_instant(utc(2026, 7, 1, 0, 0), z);
    });
  for (auto& t : threads) t.join();
  for (int i = 5; i < 8; ++i) CHECK(names[static_cast<std::size_t>(i)] == names[static_cast<std::size_t>(i - 5)]);
}

TEST_CASE("fixed_offset_between tells whether an offset change lies between two instants") {
  const auto london = Zone::locate("Europe/London");
  CHECK_FALSE(london.fixed_offset_between(utc(2026, 3, 1, 0, 0), utc(2026, 4, 1, 0, 0)));
  CHECK(london.fixed_offset_between(utc(2026, 4, 1, 0, 0), utc(2026, 10, 1, 0, 0)));
  CHECK(Zone::shanghai().fixed_offset_between(utc(2026, 1, 1, 0, 0), utc(2027, 1, 1, 0, 0)));
  CHECK(Zone::locate("Asia/Kolkata").fixed_offset_between(utc(1990, 1, 1, 0, 0), utc(2090, 1, 1, 0, 0)));
}

// date/tz's reader of the OS database knows each zone's offset changes only as far as
// the compiled table goes (2037): it is the oracle up to there. After it, see below.
TEST_CASE("offset_at and to_local agree with date::zoned_time for random instants 1970-2037") {
  std::mt19937_64 rng(1970);
  const Instant lo = utc(1970, 1, 1, 0, 0), hi = utc(2037, 12, 1, 0, 0);
  const auto span = std::chrono::duration_cast<seconds>(hi - lo).count();
  for (const std::string name : kZones) {
    CAPTURE(name);
    const auto z = Zone::locate(name);
    const auto* tz = date::locate_zone(name);
    const auto changes = transitions(tz, lo, hi);
    int cases = 0, failures = 0;
    auto check = [&](Instant t) {
      ++cases;
      const date::zoned_time<Duration> zt(tz, t);
      const auto want_offset = zt.get_info().offset;
      const auto want_local = zt.get_local_time();
      if ((z.offset_at(t) != want_offset || z.to_local(t) != want_local) && ++failures <= 10)
        FAIL_CHECK(name << " at " << date::format("%FT%TZ", t) << ": offset "
                        << z.offset_at(t).count() << "s, date/tz says " << want_offset.count() << "s");
    };
    for (int i = 0; i < 4000; ++i) {
      Instant t = lo + seconds{std::uniform_int_distribution<long long>(0, span)(rng)};
      if (i % 2) t += Duration{std::uniform_int_distribution<long long>(0, 999'999'999)(rng)};
      check(t);
    }
    // Around every offset change: just before, at, and after.
    for (const auto tr : changes) {
      for (const Duration d : {Duration{-1}, Duration{0}, Duration{1}, Duration{-1h}, Duration{1h}})
        check(tr + d);
      check(tr + seconds{std::uniform_int_distribution<int>(-7200, 7200)(rng)});
    }
    CHECK(failures == 0);
    MESSAGE(name << ": " << cases << " instants, " << changes.size() << " offset changes");
  }
}

TEST_CASE("lookup agrees with date/tz for random local times, and at every gap and overlap (1970-2037)") {
  std::mt19937_64 rng(2100);
  const Instant lo = utc(1970, 1, 2, 0, 0), hi = utc(2037, 12, 1, 0, 0);
  const auto span = std::chrono::duration_cast<seconds>(hi - lo).count();
  for (const std::string name : kZones) {
    CAPTURE(name);
    const auto z = Zone::locate(name);
    const auto* tz = date::locate_zone(name);
    int failures = 0, gaps = 0, overlaps = 0;
    auto check = [&](LocalTime t) {
      const auto info = tz->get_info(date::floor<seconds>(t));
      const auto got = z.lookup(t);
      const auto text = date::format("%F %T", t);
      bool ok = true;
      switch (info.result) {
        case date::local_info::unique:
          ok = got.kind == LocalLookup::unique &&
               got.first == Instant{t.time_since_epoch() - info.first.offset} &&
               z.to_instant(t) == got.first;
          break;
        case date::local_info::nonexistent:
          ++gaps;
          ok = got.kind == LocalLookup::nonexistent && got.first == Instant{info.second.begin} &&
               z.to_instant(t, Choose::earliest) == Instant{info.second.begin} &&
               z.to_instant(t, Choose::latest) == Instant{info.second.begin};
          break;
        case date::local_info::ambiguous:
          ++overlaps;
          ok = got.kind == LocalLookup::ambiguous &&
               got.first == Instant{t.time_since_epoch() - info.first.offset} &&
               got.second == Instant{t.time_since_epoch() - info.second.offset} &&
               z.to_instant(t, Choose::earliest) == got.first &&
               z.to_instant(t, Choose::latest) == got.second;
          break;
      }
      // The answer maps back to the same local time (except in a gap).
      if (got.kind != LocalLookup::nonexistent)
        ok = ok && z.to_local(got.first) == t && z.to_local(got.second) == t;
      if (!ok && ++failures <= 10) FAIL_CHECK(name << ": lookup(" << text << ") differs from date/tz");
    };
    for (int i = 0; i < 4000; ++i) {
      const Instant u = lo + seconds{std::uniform_int_distribution<long long>(0, span)(rng)};
      check(LocalTime{u.time_since_epoch()} + Duration{std::uniform_int_distribution<long long>(0, 999'999'999)(rng)});
    }
    // Local times within three hours of every offset change, on the wall clock of the
    // offset before it: these fall into gaps and overlaps.
    for (const auto tr : transitions(tz, lo, hi)) {
      const auto before = tz->get_info(date::floor<seconds>(tr) - 1s).offset;
      const LocalTime wall{tr.time_since_epoch() + before};
      for (int k = 0; k < 6; ++k)
        check(wall + seconds{std::uniform_int_distribution<int>(-3 * 3600, 3 * 3600)(rng)});
      check(wall);
      check(wall - 1s);
    }
    CHECK(failures == 0);
    if (name != "Asia/Kolkata") {  // Shanghai had DST 1986-1991
      CHECK(gaps > 0);
      CHECK(overlaps > 0);
    }
  }
}

// After 2037 a zone follows the rule at the foot of its file. The oracle: Python's
// zoneinfo (an independent reader of the same files), run once on 2026-12-06:
//   ZoneInfo(zone) offsets around each change of the year, to the half hour.
TEST_CASE("after 2037 a zone keeps its daylight saving time (changes from Python's zoneinfo)") {
  struct Fact {
    const char* zone;
    Instant at;   // the change
    int hours_x2; // the offset from then on, in half hours
  };
  const Fact facts[] = {
      {"America/New_York", utc(2038, 3, 14, 7, 0), -8},  {"America/New_York", utc(2038, 11, 7, 6, 0), -10},
      {"America/New_York", utc(2199, 3, 10, 7, 0), -8},  {"America/New_York", utc(2199, 11, 3, 6, 0), -10},
      {"Australia/Lord_Howe", utc(2050, 4, 2, 15, 0), 21}, {"Australia/Lord_Howe", utc(2050, 10, 1, 15, 30), 22},
      {"Europe/Dublin", utc(2040, 3, 25, 1, 0), 2},      {"Europe/Dublin", utc(2040, 10, 28, 1, 0), 0},
      {"America/Santiago", utc(2040, 4, 8, 3, 0), -8},   {"America/Santiago", utc(2040, 9, 2, 4, 0), -6},
      {"Asia/Jerusalem", utc(2045, 3, 24, 0, 0), 6},     {"Asia/Jerusalem", utc(2045, 10, 28, 23, 0), 4},
      {"America/Nuuk", utc(2060, 3, 28, 1, 0), -2},      {"America/Nuuk", utc(2060, 10, 31, 1, 0), -4},
      {"America/Havana", utc(2038, 3, 14, 5, 0), -8},    {"America/Havana", utc(2038, 11, 7, 5, 0), -10},
      {"Europe/London", utc(2100, 3, 28, 1, 0), 2},      {"Europe/London", utc(2100, 10, 31, 1, 0), 0},
  };
  for (const auto& f : facts) {
    CAPTURE(f.zone);
    CAPTURE(date::format("%FT%TZ", f.at));
    const auto z = Zone::locate(f.zone);
    CHECK(z.offset_at(f.at) == minutes{30 * f.hours_x2});
    CHECK(z.offset_at(f.at - 1s) != z.offset_at(f.at));
    CHECK(z.next_change_after(f.at - 1s) == f.at);
  }
  // A July 2038 afternoon in New York, read and written: EDT, not EST.
  const auto ny = Zone::locate("America/New_York");
  CHECK(format_instant(parse_instant("2038-07-01T12:00", ny), ny) == "2038-07-01T12:00:00-04:00");
  CHECK(ny.lookup(local(2038, 3, 14, 2, 30)).kind == LocalLookup::nonexistent);
  CHECK(ny.lookup(local(2038, 11, 7, 1, 30)).kind == LocalLookup::ambiguous);
  // Zones without daylight saving time gain nothing.
  CHECK(Zone::shanghai().fixed_offset_between(utc(1992, 1, 1, 0, 0), utc(2199, 1, 1, 0, 0)));
}

TEST_CASE("every zone's footer rule gives exactly the changes its table lists in the table's last years") {
  // The compiled table and our reading of the footer are independent: where both speak
  // (the table's last years: 2030-2037 for most zones), they must agree, change for change.
  int zones = 0, compared = 0;
  for (const auto& tz : date::get_tzdb().zones) {
    const auto foot = posix_tz::footer_of("/usr/share/zoneinfo/" + tz.name());
    if (!foot) continue;
    // The year of the table's last change (Gaza's runs to 2086, for Ramadan).
    const auto all = transitions(&tz, utc(2030, 1, 1, 0, 0), utc(2199, 1, 1, 0, 0));
    if (all.empty()) continue;
    const int last = static_cast<int>(date::year_month_day{date::floor<date::days>(all.back())}.year());
    const auto rule = posix_tz::changes(*foot, last - 7, last);
    CAPTURE(tz.name());
    CAPTURE(*foot);
    REQUIRE(rule.has_value());  // every footer in the database reads
    if (rule->empty()) continue;
    std::vector<posix_tz::Change> table;
    const Instant lo = utc(last - 7, 1, 1, 0, 0), hi = utc(last + 1, 1, 1, 0, 0);
    for (const auto t : transitions(&tz, lo, hi))
      table.push_back({date::floor<seconds>(t).time_since_epoch().count(),
                       static_cast<int>(tz.get_info(date::floor<seconds>(t)).offset.count())});
    std::vector<posix_tz::Change> want;
    for (const auto& c : *rule)
      if (c.at >= lo.time_since_epoch().count() / 1'000'000'000 &&
          c.at < hi.time_since_epoch().count() / 1'000'000'000)
        want.push_back(c);
    if (last <= 2037) {
      CHECK(table == want);
    } else {
      // A table past 2037 holds changes of its own the rule cannot know (Gaza and Hebron
      // leave summer time for Ramadan until 2086): every change of the rule is in it.
      for (const auto& c : want) CHECK(std::find(table.begin(), table.end(), c) != table.end());
    }
    ++zones;
    compared += static_cast<int>(table.size());
  }
  CHECK(zones > 100);
  MESSAGE(zones << " zones with daylight saving time, " << compared << " changes compared");
}

TEST_CASE("POSIX TZ strings: day forms, times, and what is refused") {
  using posix_tz::changes;
  const auto day = [](int y, unsigned m, unsigned d) {
    return date::sys_days{date::year{y} / date::month{m} / date::day{d}}.time_since_epoch().count() * 86400LL;
  };
  // Jn never counts February 29; n counts it (from 0).
  auto c = changes("AAA0BBB,J60/0,J305/0", 2024, 2024);
  REQUIRE(c);
  REQUIRE(c->size() == 2);
  CHECK((*c)[0] == posix_tz::Change{day(2024, 3, 1), 3600});
  CHECK((*c)[1] == posix_tz::Change{day(2024, 11, 1) - 3600, 0});
  c = changes("AAA0BBB,59/0,60/0", 2024, 2024);
  REQUIRE(c);
  CHECK((*c)[0].at == day(2024, 2, 29));
  CHECK((*c)[1].at == day(2024, 3, 1) - 3600);
  // An explicit DST offset, times with minutes, a negative time, a time past 24h.
  c = changes("<+1030>-10:30<+11>-11,M10.1.0,M4.1.0", 2050, 2050);
  REQUIRE(c);
  CHECK((*c)[0] == posix_tz::Change{day(2050, 4, 3) + 2 * 3600 - 11 * 3600, 10 * 3600 + 1800});
  c = changes("<-02>2<-01>,M3.5.0/-1,M10.5.0/0", 2060, 2060);
  REQUIRE(c);
  CHECK((*c)[0].at == day(2060, 3, 28) - 3600 + 2 * 3600);  // Saturday 23:00 local
  c = changes("IST-2IDT,M3.4.4/26,M10.5.0", 2045, 2045);
  REQUIRE(c);
  CHECK((*c)[0].at == day(2045, 3, 23) + 26 * 3600 - 2 * 3600);
  // Daylight saving time all year, as zic writes it: one change to it, none at each new
  // year (where the year's end and the next year's start meet).
  c = changes("EST5EDT,0/0,J365/25", 2038, 2040);
  REQUIRE(c);
  REQUIRE(c->size() == 2);
  CHECK((*c)[0] == posix_tz::Change{day(2038, 1, 1) + 5 * 3600, -4 * 3600});
  CHECK((*c)[1] == posix_tz::Change{day(2041, 1, 1) + 5 * 3600, -5 * 3600});  // past the range's last year
  // No daylight saving time: nothing to add.
  CHECK(changes("CST-8", 2038, 2200) == std::vector<posix_tz::Change>{});
  CHECK(changes("<+01>-1", 2038, 2200) == std::vector<posix_tz::Change>{});
  // Not read with certainty: no dates, bad fields, trailing text.
  CHECK_FALSE(changes("EST5EDT", 2038, 2040));
  CHECK_FALSE(changes("EST5EDT,M13.1.0,M11.1.0", 2038, 2040));
  CHECK_FALSE(changes("EST5EDT,M3.6.0,M11.1.0", 2038, 2040));
  CHECK_FALSE(changes("EST5EDT,M3.2.0,M11.1.0x", 2038, 2040));
  CHECK_FALSE(changes("ES5", 2038, 2040));
  CHECK_FALSE(changes("", 2038, 2040));
  CHECK_FALSE(changes("<+01", 2038, 2040));
}
