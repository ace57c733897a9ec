#pragma once
// Lifecycle order: a ticket's events must happen in the rule set's order
// (received -> hq_dispatched -> ... -> closed). An event before an earlier one — a
// reply before the resolution, anything before the ticket was received — is a data
// error, reported with both events and both times.
#include "shixian/abi.hpp"
#include <string>
#include <string_view>

#include "shixian/sla/ticket.hpp"
#include "shixian/time/text.hpp"

SHIXIAN_NAMESPACE_BEGIN

// The one wording of an order error, for every reader of tickets: `later` happened at
// `later_at`, before `earlier` at `earlier_at`. Times keep their fractions, so that
// 09:00:00.1 against 09:00:00.9 does not read as the same time.
inline std::string order_error(std::string_view later, Instant later_at, std::string_view earlier,
                               Instant earlier_at, const Zone& zone) {
  std::string s = "event '";
  s.append(later).append("' (").append(format_instant_exact(later_at, zone)).append(") is before '");
  s.append(earlier).append("' (").append(format_instant_exact(earlier_at, zone));
  s += "): events must follow the lifecycle order";
  return s;
}

// Empty when the present events are in order; otherwise the reason.
inline std::string lifecycle_error(const RuleSet& rs, const Ticket& t, const Zone& zone) {
  int prev = -1;
  for (int e = 0; e < static_cast<int>(rs.events.size()); ++e) {
    if (!t.has(e)) continue;
    if (prev >= 0 && t.event(e) < t.event(prev))
      return order_error(rs.events[static_cast<std::size_t>(e)], t.event(e), rs.events[static_cast<std::size_t>(prev)],
                         t.event(prev), zone);
    prev = e;
  }
  return {};
}

SHIXIAN_NAMESPACE_END
