#pragma once
// Reading and writing dates, times and durations as text.
//
// Input is strict, as date/tz is: "2026-02-30" is an error, not 2026-03-02.
//   parse_date("2026-10-12")                       -> Date 2026-10-12
//   parse_instant("2026-11-20T17:45:00+08:00", z)  -> that instant (zone not needed)
//   parse_instant("2026-11-20 17:45", z)           -> 17:45 local time in z
//   parse_instant("2026-11-20T09:45Z", z)          -> 09:45 UTC
// Seconds and fractions are optional ("17:45", "17:45:07", "17:45:07.250").
// Output is RFC 3339 with the zone's offset, at seconds precision (CONTRACT.md): a
// fraction is dropped (floored), so the text has one fixed shape for programs;
// comparisons inside the library keep the full precision.
//   format_instant(t, Asia/Shanghai)               -> "2026-11-21T10:30:00+08:00"
#include "shixian/abi.hpp"
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "shixian/time/types.hpp"
#include "shixian/time/zone.hpp"

SHIXIAN_NAMESPACE_BEGIN

// Throws InputError naming the text, e.g. "2026-13-01 is not a valid date
// (expected YYYY-MM-DD)".
Date parse_date(std::string_view text);

// "HH:MM" or "HH:MM:SS"; "24:00" only when allow_midnight_end (a window's end).
TimeOfDay parse_time_of_day(std::string_view text, bool allow_midnight_end = false);

// A timestamp's fields before a zone is applied.
struct TimestampFields {
  LocalTime local;
  std::optional<std::chrono::seconds> offset;  // present for "...Z" and "...+08:00"
};

// Non-throwing core used by the stream commands: nullopt and a reason on failure.
std::optional<TimestampFields> parse_timestamp_fields(std::string_view text,
                                                      std::string* why = nullptr);

// The absolute instant for a timestamp; a local time is read in `zone`.
// Throws InputError naming the text (bad syntax, 25:00, nonexistent or ambiguous
// local time unless `choose` decides).
Instant parse_instant(std::string_view text, const Zone& zone, Choose choose = Choose::reject);

// The date `n` days after 1970-01-01, for callers that take day numbers (the C ABI's
// int32, numpy's datetime64[D]): an InputError naming n when it lies outside the years
// a date can be written in (-32767..32767). A bare cast would wrap, and the error the
// calendar then gives names a date nobody passed (INT32_MAX read as "20599-06-22").
Date date_from_day_number(long long n);

// "2026-10-12"
std::string format_date(Date d);
// The same text into out (at least kDateTextMax bytes), returning its end: no allocation
// and no format string, for callers that word many dates (every coverage error of a
// December batch names three). Years past 0..9999 as format_date writes them ("-001",
// "12026"): four digits at least, a sign counted among them.
inline constexpr std::size_t kDateTextMax = 16;
char* write_date(char* out, Date d) noexcept;
// "2026-11-21T10:30:00+08:00"; writes into out (at least 40 bytes), returns the length.
std::size_t format_instant_to(char* out, Instant t, const Zone& zone);
std::string format_instant(Instant t, const Zone& zone);
// The same with the fraction of a second kept when there is one, trailing zeros
// dropped: "2026-11-21T09:00:00.9+08:00". For messages comparing two instants that the
// seconds-only form would print alike (an order error between 09:00:00.9 and .1).
std::string format_instant_exact(Instant t, const Zone& zone);
// "17:30"
std::string format_time_of_day(TimeOfDay t);
// A human duration: "120m", "24h", "1h30m", "45s", "2d3h".
std::string format_duration(Duration d);
// A working-days amount, d over a working day of day_length: "0.5wd", "1.25wd", "3wd".
// Two decimals at most, trailing zeros dropped, rounded UP to the hundredth, so that a
// breach of a second never reads "0wd" (every text of an amount, JSON or explanation,
// is written by this one function).
std::string format_working_days(Duration d, Duration day_length);
// The same texts written at q, for output paths that build a line in place (check):
// at most max_duration_text bytes; they return the end.
inline constexpr std::size_t max_duration_text = 48;
char* write_duration(char* q, Duration d) noexcept;
char* write_working_days(char* q, Duration d, Duration day_length) noexcept;
// As write_duration, but never in days: "296h", "3004h20m", "45s". For time on a
// business_time clock, where a day of it is the window (9 h), not 24 h: "12d8h" of window
// time read as twelve days.
char* write_hours(char* q, Duration d) noexcept;
// A count of hundredths as a decimal: 150 -> "1.5", 125 -> "1.25", 300 -> "3".
char* write_hundredths(char* q, long long hundredths) noexcept;
// The inverse of format_duration for targets: "120m", "24h", "90s", "1h30m".
// Throws InputError naming the text; also for more than kMaxDurationSeconds (100
// years), which is a typo and would overflow an Instant's nanoseconds (±292 years) in
// the arithmetic a duration is used for.
inline constexpr long long kMaxDurationSeconds = 100LL * 366 * 86400;
std::chrono::seconds parse_duration(std::string_view text);

SHIXIAN_NAMESPACE_END
