#pragma once
// Times, dates and widths in human-readable text, in the chosen language.
//
// JSON keeps RFC 3339 (time/text.hpp). Text is for an officer reading a table, so:
//   - a deadline at a day's end prints as that day's 24:00, not the next day's 00:00
//     (an officer could read "2026-10-14T00:00" as "the 14th is still allowed"); the
//     end is the next day's start, even where that is not a plain 00:00 (a midnight
//     skipped or shown twice by a clock change):
//       en  2026-10-13 24:00        zh  2026年10月13日 24:00
//   - any other time prints at minutes, with seconds only when there are any:
//       en  2026-11-21 10:30        zh  2026年11月21日 10:30
//   - times are in the zone the output names in its heading, without an offset, except
//     a local time the zone's clocks show twice (the hour after they go back), which
//     carries its offset so that two instants an hour apart do not print alike:
//       Europe/London  2026-10-25 01:30+01:00  and  2026-10-25 01:30+00:00
#include "shixian/abi.hpp"
#include <cstddef>
#include <string>
#include <string_view>

#include "shixian/i18n/lang.hpp"
#include "shixian/time/types.hpp"
#include "shixian/time/zone.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace i18n {

// Whether local midnight is written as the end of the previous day (24:00): yes for
// deadlines and other ends, no for starts and events.
enum class Midnight : std::uint8_t { start_of_day, end_of_day };

std::string format_local(Instant t, const Zone& zone, Lang lang, Midnight m = Midnight::start_of_day);
// The civil day `t` falls on; with Midnight::end_of_day, an instant that starts a day is
// the end of the day before: the day a deadline written "24:00" belongs to (the month a
// summary counts a breach in is that day's).
Date day_of(Instant t, const Zone& zone, Midnight m);
// A moment in a finding's sentence: RFC 3339 in English (the form its JSON carries, so the
// English text and the JSON agree), format_local's form in any other language.
std::string format_moment(Instant t, const Zone& zone, Lang lang);
// A civil date: en "2026-10-13", zh "2026年10月13日".
std::string format_date(Date d, Lang lang);
// A month: en "2026-10", zh "2026年10月".
std::string format_month(int year, unsigned month, Lang lang);
// A share as a percentage with two decimals ("97.50%"); "—" when negative (undefined).
std::string format_rate(double share);

// Width of UTF-8 text in terminal columns: CJK and other wide characters count two.
std::size_t columns(std::string_view s) noexcept;
// `s` padded with spaces to `width` columns (left-aligned), or right-aligned.
std::string pad(std::string_view s, std::size_t width);
std::string pad_left(std::string_view s, std::size_t width);

}  // namespace i18n
SHIXIAN_NAMESPACE_END
