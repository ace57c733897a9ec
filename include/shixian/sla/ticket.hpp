#pragma once
// Ticket: what the engine needs to know of a complaint ticket — its class, its
// flags and the instants of the lifecycle events that have happened. A fixed-size
// value (no allocation), indexed by the rule set's class, flag and event numbers.
#include <array>
#include <cstdint>

#include "shixian/rules/rule_set.hpp"

namespace shixian {

struct Ticket {
  int ticket_class = 0;     // index into RuleSet::classes
  std::uint32_t flags = 0;  // bit i: RuleSet::flags[i] is set
  std::uint32_t present = 0;
  std::array<Instant, max_events> at{};

  bool has(int event) const noexcept { return event >= 0 && (present >> event) & 1u; }
  Instant event(int e) const noexcept { return at[static_cast<std::size_t>(e)]; }
  void set(int e, Instant t) noexcept {
    at[static_cast<std::size_t>(e)] = t;
    present |= 1u << e;
  }
  void clear(int e) noexcept { present &= ~(1u << e); }
  bool has_flag(int f) const noexcept { return f >= 0 && (flags >> f) & 1u; }
  // True when any event after `e` in lifecycle order has happened.
  bool has_later_than(int e) const noexcept { return (present >> (e + 1)) != 0; }
};

}  // namespace shixian
