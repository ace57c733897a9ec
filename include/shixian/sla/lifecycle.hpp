#pragma once
// Lifecycle order: a ticket's events must happen in the rule set's order
// (received -> hq_dispatched -> ... -> closed). An event before an earlier one — a
// reply before the resolution, anything before the ticket was received — is a data
// error, reported with both events and both times.
#include "shixian/abi.hpp"
#include <string>

#include "shixian/sla/ticket.hpp"
#include "shixian/time/text.hpp"

SHIXIAN_NAMESPACE_BEGIN

// Empty when the present events are in order; otherwise the reason.
inline std::string lifecycle_error(const RuleSet& rs, const Ticket& t, const Zone& zone) {
  int prev = -1;
  for (int e = 0; e < static_cast<int>(rs.events.size()); ++e) {
    if (!t.has(e)) continue;
    if (prev >= 0 && t.event(e) < t.event(prev))
      return "event '" + rs.events[static_cast<std::size_t>(e)] + "' (" +
             format_instant_exact(t.event(e), zone) + ") is before '" +
             rs.events[static_cast<std::size_t>(prev)] + "' (" + format_instant_exact(t.event(prev), zone) +
             "): events must follow the lifecycle order";
    prev = e;
  }
  return {};
}

SHIXIAN_NAMESPACE_END
