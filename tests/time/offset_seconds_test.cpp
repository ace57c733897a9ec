// Instants in a zone whose historical offset has seconds, and messages that compare
// instants a fraction of a second apart (issue 16).
#include <doctest/doctest.h>

#include <random>
#include <string>

#include "shixian/error.hpp"
#include "shixian/time/text.hpp"
#include "shixian/time/zone.hpp"
#include "support/errors.hpp"

using namespace shixian;
using shixian::test::contains;
using shixian::test::message_of;

TEST_CASE("format then parse round-trips where the offset has seconds (1906 America/Sao_Paulo, LMT -03:06:28)") {
  const auto z = Zone::locate("America/Sao_Paulo");
  const Instant t = parse_instant("1906-03-02T10:00:00Z", z);
  const auto text = format_instant(t, z);
  CHECK(text == "1906-03-02T06:53:32-03:06:28");
  CHECK(parse_instant(text, z) == t);
  // Every second of a day in 1906, and some around the 1914 change to -03:00.
  std::mt19937_64 rng(16);
  const Instant from = parse_instant("1905-01-01T00:00:00Z", z), to = parse_instant("1920-01-01T00:00:00Z", z);
  const auto span = std::chrono::duration_cast<std::chrono::seconds>(to - from).count();
  for (int i = 0; i < 20000; ++i) {
    const Instant x = from + std::chrono::seconds{std::uniform_int_distribution<long long>(0, span)(rng)};
    const auto s = format_instant(x, z);
    CAPTURE(s);
    REQUIRE(parse_instant(s, z) == x);
  }
}

TEST_CASE("an offset with seconds is read; one out of range is not") {
  const auto z = Zone::locate("UTC");
  CHECK(parse_instant("2026-01-01T00:00:00+00:00:30", z) == parse_instant("2025-12-31T23:59:30Z", z));
  CHECK(contains(message_of([&] { parse_instant("2026-01-01T00:00:00+00:00:60", z); }), "offset"));
  CHECK(contains(message_of([&] { parse_instant("2026-01-01T00:00:00+00:00:", z); }), "unexpected text"));
  // A whole-minute offset is written as before: RFC 3339.
  CHECK(format_instant(parse_instant("2026-01-01T08:00:00+08:00", z), Zone::shanghai()) ==
        "2026-01-01T08:00:00+08:00");
}

TEST_CASE("format_instant_exact keeps the fraction that format_instant floors") {
  const auto z = Zone::shanghai();
  const Instant a = parse_instant("2026-03-02T09:00:00.9", z), b = parse_instant("2026-03-02T09:00:00.1", z);
  CHECK(format_instant(a, z) == format_instant(b, z));
  CHECK(format_instant_exact(a, z) == "2026-03-02T09:00:00.9+08:00");
  CHECK(format_instant_exact(b, z) == "2026-03-02T09:00:00.1+08:00");
  CHECK(format_instant_exact(parse_instant("2026-03-02T09:00:00", z), z) == "2026-03-02T09:00:00+08:00");
  CHECK(format_instant_exact(parse_instant("1906-03-02T10:00:00.000000001Z", z), Zone::locate("America/Sao_Paulo")) ==
        "1906-03-02T06:53:32.000000001-03:06:28");
}

TEST_CASE("a nonexistent local time's message names the one instant both choices give") {
  const auto z = Zone::locate("Europe/London");
  const auto e = message_of([&] { parse_instant("2026-03-29T01:30", z); });
  CAPTURE(e);
  CHECK(contains(e, "2026-03-29T02:00:00+01:00"));
  CHECK(contains(e, "both read it as that moment"));
  CHECK(parse_instant("2026-03-29T01:30", z, Choose::earliest) == parse_instant("2026-03-29T02:00:00+01:00", z));
  CHECK(parse_instant("2026-03-29T01:30", z, Choose::latest) == parse_instant("2026-03-29T02:00:00+01:00", z));
}
