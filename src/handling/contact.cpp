#include "shixian/handling/contact.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "shixian/calendar/calendar.hpp"
#include "shixian/error.hpp"
#include "shixian/i18n/terms.hpp"
#include "shixian/i18n/words.hpp"
#include "shixian/sla/clocks.hpp"
#include "shixian/time/text.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace {

// The time one may call: the complement of quiet hours, as a schedule on every day,
// so that the business_time clock does the arithmetic.
Schedule allowed_schedule(const QuietHours& q) {
  Schedule s;
  s.id = "outside quiet hours";
  s.working_days_only = false;
  const TimeOfDay midnight{0}, end{std::chrono::hours{24}};
  if (!q.enabled) s.windows = {{midnight, end}};
  else if (q.from > q.to) s.windows = {{q.to, q.from}};  // 18:00-08:00 wraps: call 08:00-18:00
  else {
    if (q.from > midnight) s.windows.push_back({midnight, q.from});
    if (q.to < end) s.windows.push_back({q.to, end});
  }
  for (const auto& w : s.windows) s.per_day += w.close - w.open;
  if (s.per_day <= std::chrono::seconds{0})
    throw InputError("quiet hours cover the whole day: no time is left to contact the customer");
  return s;
}

// A calendar is not consulted (the schedule is on every day), but the clock API takes one.
const Calendar& any_calendar() { return *default_calendar(); }

bool quiet_at(const QuietHours& q, const Zone& zone, Instant t) {
  const auto local = zone.to_local(t);
  return q.contains(date::floor<std::chrono::seconds>(local - LocalTime{date_of(local)}));
}

// An attempt time `at` on the allowed clock, as a plan writes it: whole minutes read
// better, so rounded up (not to fall before the window opens), and out of quiet hours
// again if the rounding went into them (17:59:30 → 18:00 → 08:00 the next day).
Instant on_whole_minute(const Schedule& allowed, Instant at, const QuietHours& q, const ClockContext& ctx) {
  const auto floor_min = date::floor<std::chrono::minutes>(at);
  if (floor_min != at) at = floor_min + std::chrono::minutes{1};
  if (quiet_at(q, ctx.zone, at)) at = business_time_deadline(allowed, at, Duration{0}, ctx).at;
  return at;
}

// Attempts spread evenly over the allowed time in [from, end), on whole minutes.
std::vector<Instant> spread(const Schedule& allowed, Instant from, Instant end, int n,
                            const QuietHours& q, const ClockContext& ctx) {
  std::vector<Instant> out;
  const auto total = business_time_between(allowed, from, end, ctx);
  for (int i = 0; i < n; ++i) {
    const auto at = on_whole_minute(allowed, business_time_deadline(allowed, from, total * i / n, ctx).at, q, ctx);
    if (at >= end) break;
    out.push_back(at);
  }
  return out;
}

}  // namespace

ContactPlan plan_contact(Instant from, const ContactPolicy& policy, const Zone& zone) {
  const auto allowed = allowed_schedule(policy.quiet);
  const ClockContext ctx{any_calendar(), zone, Coverage::provisional};
  ContactPlan plan;
  // The window runs from the first attempt as written (17:59:30 is 08:00 the next
  // morning), not from the instant before its rounding: its end was 48 h after 17:59:30
  // while the plan said "within 48h of the first" (a new user's trial, session 30).
  const Instant first = on_whole_minute(allowed, business_time_deadline(allowed, from, Duration{0}, ctx).at,
                                        policy.quiet, ctx);
  plan.window_end = first + policy.within;
  plan.attempts = spread(allowed, first, plan.window_end, policy.attempts, policy.quiet, ctx);
  // A plan with fewer attempts than the rule needs is no plan: say why rather than
  // print a list that cannot make the customer count as unreachable.
  if (plan.attempts.size() < static_cast<std::size_t>(policy.attempts)) {
    // Worded in the caller's language (it was English under --lang zh).
    const std::vector<std::string> args = {std::to_string(policy.attempts), format_time_of_day(policy.quiet.from),
                                           format_time_of_day(policy.quiet.to), format_duration(policy.within),
                                           format_instant(first, zone), std::to_string(plan.attempts.size())};
    const bool one = plan.attempts.size() == 1;
    i18n::throw_worded([args, one](const i18n::Terms& t) {
      return t.fill(one ? "error.contact_no_fit_one" : "error.contact_no_fit",
                    {args[0], args[1], args[2], args[3], args[4], args[5]});
    });
  }
  return plan;
}

namespace {
// The findings are recorded as facts (kind, attempt); their English sentence is the one
// i18n::contact_issue_text gives, so the CLI's other languages word the same record.
void word(ContactCheck& out, const ContactPolicy& policy, const Zone& zone) {
  const auto& en = i18n::Terms::builtin(i18n::Lang::en);
  for (auto& issue : out.issues) issue.message = i18n::contact_issue_text(issue, out, policy, zone, en);
}
}  // namespace

ContactCheck check_contact(std::vector<Instant> attempts, const ContactPolicy& policy, const Zone& zone,
                           Instant now) {
  ContactCheck out;
  std::sort(attempts.begin(), attempts.end());
  out.sorted = attempts;
  out.recorded = static_cast<int>(attempts.size());
  if (attempts.empty()) {
    out.issues.push_back({ContactIssue::too_few, -1, {}});
    word(out, policy, zone);
    return out;
  }
  out.first = attempts.front();
  out.window_end = out.first + policy.within;
  for (std::size_t i = 0; i < attempts.size(); ++i) {
    const int idx = static_cast<int>(i);
    if (i > 0 && attempts[i] == attempts[i - 1]) {
      out.issues.push_back({ContactIssue::duplicate, idx, {}});
      continue;
    }
    if (attempts[i] > out.window_end) {
      out.issues.push_back({ContactIssue::outside_window, idx, {}});
      continue;
    }
    ++out.within_window;
    if (quiet_at(policy.quiet, zone, attempts[i])) out.issues.push_back({ContactIssue::quiet_hours, idx, {}});
  }
  out.satisfied = out.within_window >= policy.attempts;
  if (!out.satisfied) {
    const int missing = policy.attempts - out.within_window;
    // Suggest further attempts between the last counted one (or now) and the window's end.
    const auto allowed = allowed_schedule(policy.quiet);
    const ClockContext ctx{any_calendar(), zone, Coverage::provisional};
    Instant from = attempts.back() > out.window_end ? out.window_end : attempts.back() + std::chrono::minutes{30};
    if (now != Instant::max()) from = std::max(from, now);
    if (from < out.window_end) out.suggested = spread(allowed, from, out.window_end, missing, policy.quiet, ctx);
    out.issues.push_back({ContactIssue::too_few, -1, {}});
  }
  word(out, policy, zone);
  return out;
}

SHIXIAN_NAMESPACE_END
