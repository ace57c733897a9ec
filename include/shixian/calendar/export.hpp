#pragma once
// A calendar's holidays and make-up working days as files other programs read:
// iCalendar (RFC 5545), so staff can subscribe in a mail client, and CSV.
//
// iCalendar. One all-day VEVENT per run of consecutive days with the same kind and name
// (国庆节 2026-10-01..07 is one event, DTEND the day after, as RFC 5545 §3.6.1 says for
// dates): holidays and institution rest days as free time (TRANSP:TRANSPARENT), make-up
// working days (调休上班) and institution working days as busy (TRANSP:OPAQUE), each with
// CATEGORIES and X-SHIXIAN-KIND naming the kind (holiday, makeup, closed, opened) so a
// program can tell them apart whatever the language of SUMMARY. Lines end in CRLF and are
// folded at 75 octets (never inside a UTF-8 character); UIDs are stable (date, kind,
// calendar id), so re-importing a new export updates events instead of duplicating them.
//
//   to_ics(*default_calendar(), 2026-01-01, 2026-12-31, terms, now)
//     BEGIN:VEVENT / UID:20261001-holiday-cn@shixian / DTSTART;VALUE=DATE:20261001 /
//     DTEND;VALUE=DATE:20261008 / SUMMARY:国庆节（节假日） / ... / END:VEVENT
//
// CSV (RFC 4180, UTF-8): date,kind,working,name — one row per day that is not simply a
// weekday or weekend by the weekly rule; the header and kinds are identifiers and do not
// change with the language.
#include "shixian/abi.hpp"
#include <string>
#include <string_view>

#include "shixian/calendar/calendar.hpp"
#include "shixian/i18n/terms.hpp"

SHIXIAN_NAMESPACE_BEGIN

// Throws CoverageError when [from, to] is not covered (an export is of facts, not of
// the weekly rule's guesses).
std::string to_ics(const Calendar& cal, Date from, Date to, const i18n::Terms& terms, Instant stamp);
std::string to_csv(const Calendar& cal, Date from, Date to);
// "holiday", "makeup", "closed", "opened" ("weekday", "weekend", "uncovered").
std::string_view kind_id(DayKind k) noexcept;
// A content line folded at 75 octets with CRLF + space (RFC 5545 §3.1), ending in CRLF.
std::string fold_ics_line(std::string_view line);

SHIXIAN_NAMESPACE_END
