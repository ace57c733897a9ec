// Fuzzes the text readers of time/text.hpp: timestamps, dates, times of day, durations.
// Round trips: an instant written by format_instant reads back as the same instant
// (floored to the second, as written); a date, a time of day and a duration written
// back read the same.
#include <array>

#include "fuzz.hpp"
#include "shixian/error.hpp"
#include "shixian/time/text.hpp"

using namespace shixian;

namespace {
// Zones with the awkward cases: none since 1991 (Shanghai), DST both ways (London,
// New York), half-hour DST (Lord Howe), offsets with seconds in early years (Sao Paulo).
const std::array<Zone, 6>& zones() {
  static const std::array<Zone, 6> z{Zone::shanghai(), Zone::locate("Europe/London"),
                                     Zone::locate("America/New_York"), Zone::locate("Australia/Lord_Howe"),
                                     Zone::locate("America/Sao_Paulo"), Zone::locate("UTC")};
  return z;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto text = fuzz::bytes(data, size);
  const unsigned choice = fuzz::take_choice(text);
  const Zone& zone = zones()[choice % zones().size()];
  const Choose choose = static_cast<Choose>(choice / 8 % 3);

  try {
    const Date d = parse_date(text);
    FUZZ_REQUIRE(format_date(d) == text, "date '%.*s' wrote back as '%s'", static_cast<int>(text.size()),
                 text.data(), format_date(d).c_str());
  } catch (const InputError&) {
  }
  try {
    const TimeOfDay t = parse_time_of_day(text, choice & 1);
    FUZZ_REQUIRE(parse_time_of_day(format_time_of_day(t), true) == t, "time of day '%s'",
                 format_time_of_day(t).c_str());
  } catch (const InputError&) {
  }
  try {
    const auto d = parse_duration(text);
    FUZZ_REQUIRE(parse_duration(format_duration(d)) == d, "duration %lld wrote back as '%s'",
                 static_cast<long long>(d.count()), format_duration(d).c_str());
  } catch (const InputError&) {
  }

  // The non-throwing reader and the throwing one accept the same texts.
  const auto fields = parse_timestamp_fields(text);
  Instant t{};
  try {
    t = parse_instant(text, zone, choose);
  } catch (const InputError&) {
    // Only a local time in a gap or overlap may be refused once its fields are read.
    if (fields && !fields->offset) {
      const auto kind = zone.lookup(fields->local).kind;
      FUZZ_REQUIRE(kind != LocalLookup::unique && choose == Choose::reject,
                   "parse_instant refused a timestamp whose fields read");
    } else {
      FUZZ_REQUIRE(!fields, "parse_instant refused a timestamp with an offset whose fields read");
    }
    return 0;
  }
  FUZZ_REQUIRE(fields.has_value(), "parse_instant accepted what parse_timestamp_fields refused");
  const std::string written = format_instant(t, zone);
  // The reader takes years 1900..2199 as written: an instant within a day of either end,
  // written in another offset, may be written as 1899 or 2200 ("2199-12-31T23:59Z" is
  // "2200-01-01T07:59+08:00"), which it then refuses.
  if (written.compare(0, 4, "1900") < 0 || written.compare(0, 4, "2199") > 0) return 0;
  const Instant back = parse_instant(written, zone);
  // An offset with seconds (LMT, before ~1920) is written to the minute only, as RFC
  // 3339 allows no more; such instants cannot round-trip through the text.
  if (zone.offset_at(t).count() % 60 == 0)
    FUZZ_REQUIRE(back == date::floor<std::chrono::seconds>(t), "'%.*s' in %s wrote as '%s', which reads back %lld s off",
                 static_cast<int>(text.size()), text.data(), zone.name().c_str(), written.c_str(),
                 static_cast<long long>(date::floor<std::chrono::seconds>(back - t).count()));
  return 0;
}
