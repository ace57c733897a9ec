#pragma once
// The library's own values in words of the chosen language (terms.hpp): a day's kind,
// an audit status, a clock, a target's condition, a length of time.
//
//   day_term(DayKind::makeup, zh)          -> "调休上班日"
//   status_term(Status::breached, zh)      -> "已超时"
//   span_text("1h30m", zh)                 -> "1小时30分钟"   (format_duration's text)
//   span_text("3.75wd", zh)                -> "3.75个工作日"  (format_on_clock's text)
//   condition_text(target, zh)             -> "紧急投诉" for "class urgent"
#include "shixian/abi.hpp"
#include <string>
#include <string_view>

#include "shixian/audit/audit.hpp"
#include "shixian/calendar/calendar.hpp"
#include "shixian/handling/contact.hpp"
#include "shixian/i18n/terms.hpp"
#include "shixian/rules/rule_set.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace i18n {

std::string_view day_term(DayKind k, const Terms& terms);
std::string_view status_term(audit::Status s, const Terms& terms);
std::string_view clock_term(ClockKind c, const Terms& terms);
// A target's condition ("class urgent, flag unionpay", "every ticket") in words.
std::string condition_text(const Target& t, const Terms& terms);
// A question that needed a day outside calendar `id`'s coverage [first, last], in words:
//   en: 2027-03-01 is outside calendar cn (2007-01-01..2026-12-31): no notice for 2027 is loaded
//   zh: 2027年3月1日不在日历 cn 的范围内（2007年1月1日至2026年12月31日）：尚未载入2027年的放假通知
// Calendar::uncovered_text (the CoverageError's text) is the English one.
std::string uncovered_text(const Uncovered& u, std::string_view id, Date first, Date last, const Terms& terms);
// A length written by format_duration or format_on_clock ("2d3h", "1h30m", "45s",
// "3.75wd") in the language's units; text it does not recognise is returned as is.
std::string span_text(std::string_view span, const Terms& terms);
// A finding of check_contact in words, read from its record (kind, attempt) and the check
// and policy it belongs to; ContactIssue::message is the English one. Times are RFC 3339
// in English (as the JSON), the language's local form otherwise.
//   en: attempt 2 at 2026-11-20T22:30:00+08:00 is inside quiet hours (18:00-08:00): it counts, but is flagged
//   zh: 第2次联系（2026年11月20日 22:30）在休息时段（18:00-08:00）内：计入，但予以标记
std::string contact_issue_text(const ContactIssue& issue, const ContactCheck& check, const ContactPolicy& policy,
                               const Zone& zone, const Terms& terms);
// The weekday column head, 1 = Monday .. 7 = Sunday (ISO).
std::string_view weekday_term(unsigned iso_weekday, const Terms& terms);

}  // namespace i18n
SHIXIAN_NAMESPACE_END
