#pragma once
// Lifecycle order: a ticket's events must happen in the rule set's order
// (received -> hq_dispatched -> ... -> closed). An event before an earlier one — a
// reply before the resolution, anything before the ticket was received — is a data
// error, reported with both events and both times.
#include "shixian/abi.hpp"
#include <optional>
#include <string>
#include <string_view>

#include "shixian/i18n/terms.hpp"
#include "shixian/rules/rule_set.hpp"
#include "shixian/sla/ticket.hpp"
#include "shixian/time/text.hpp"

SHIXIAN_NAMESPACE_BEGIN

// The one wording of an order error, for every reader of tickets (data/terms
// error.event_order; English unless `terms` says otherwise): `later` happened at
// `later_at`, before `earlier` at `earlier_at`. Times keep their fractions, so that
// 09:00:00.1 against 09:00:00.9 does not read as the same time. In another language an
// event is named by its term with its identifier beside it (形成处理意见（resolved）).
// An event as an error names it: its term with its identifier beside it (受理（received）),
// or the identifier alone where the terms have none.
inline std::string event_named(std::string_view id, const i18n::Terms& terms) {
  const auto name = terms.name("event", id);
  return name == id ? std::string(id) : terms.fill("error.event_named", {name, id});
}
inline std::string order_error_text(std::string_view later, std::string_view later_at, std::string_view earlier,
                                    std::string_view earlier_at, const i18n::Terms& terms) {
  return terms.fill("error.event_order", {event_named(later, terms), later_at, event_named(earlier, terms), earlier_at});
}
inline std::string order_error(std::string_view later, Instant later_at, std::string_view earlier,
                               Instant earlier_at, const Zone& zone,
                               const i18n::Terms& terms = i18n::Terms::builtin(i18n::Lang::en)) {
  return order_error_text(later, format_instant_exact(later_at, zone), earlier, format_instant_exact(earlier_at, zone),
                          terms);
}

// The first event out of order: `later` (of the rule set's events) happened before
// `earlier`, the event before it that is present; nullopt when the present events are in order.
struct OrderViolation {
  int later = -1, earlier = -1;
};
inline std::optional<OrderViolation> lifecycle_violation(const RuleSet& rs, const Ticket& t) noexcept {
  int prev = -1;
  for (int e = 0; e < static_cast<int>(rs.events.size()); ++e) {
    if (!t.has(e)) continue;
    if (prev >= 0 && t.event(e) < t.event(prev)) return OrderViolation{e, prev};
    prev = e;
  }
  return std::nullopt;
}

// Empty when the present events are in order; otherwise the reason, in `terms`' language.
inline std::string lifecycle_error(const RuleSet& rs, const Ticket& t, const Zone& zone,
                                   const i18n::Terms& terms = i18n::Terms::builtin(i18n::Lang::en)) {
  const auto v = lifecycle_violation(rs, t);
  if (!v) return {};
  const auto& ev = rs.events;
  return order_error(ev[static_cast<std::size_t>(v->later)], t.event(v->later), ev[static_cast<std::size_t>(v->earlier)],
                     t.event(v->earlier), zone, terms);
}

// Throws the order error as an InputError worded in each language (i18n::throw_worded),
// when the present events are out of order. The wording keeps its own copies (no
// reference to the rule set or the zone outlives this call).
inline void check_lifecycle(const RuleSet& rs, const Ticket& t, const Zone& zone) {
  const auto v = lifecycle_violation(rs, t);
  if (!v) return;
  i18n::throw_worded([later = rs.events[static_cast<std::size_t>(v->later)],
                      later_at = format_instant_exact(t.event(v->later), zone),
                      earlier = rs.events[static_cast<std::size_t>(v->earlier)],
                      earlier_at = format_instant_exact(t.event(v->earlier), zone)](const i18n::Terms& terms) {
    return order_error_text(later, later_at, earlier, earlier_at, terms);
  });
}

SHIXIAN_NAMESPACE_END
