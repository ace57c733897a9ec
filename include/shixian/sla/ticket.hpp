#pragma once
// Ticket: what the engine needs to know of a complaint ticket — its class, its
// flags and the instants of the lifecycle events that have happened. A fixed-size
// value (no allocation), written only through the rule set's typed ids (EventId,
// ClassId, FlagId from RuleSet look-ups), so no unknown name or -1 can reach it.
//
//   auto t = rules->ticket("ordinary", {{"received", "2026-09-30T23:10"}}, zone);
// or step by step:
//   shixian::Ticket t;                                   // the default class, no events
//   t.ticket_class = rules->class_index("urgent");
//   t.set_flag(rules->flag_index("unionpay"));
//   t.set(rules->event_index("received"), shixian::parse_instant("2026-09-30T23:10", zone));
//
// Reading takes an id or its index: has(i) is false for any index the ticket does not
// hold, and event(i) is meaningful only when has(i).
#include "shixian/abi.hpp"

#include <array>
#include <cstdint>

#include "shixian/rules/rule_set.hpp"

SHIXIAN_NAMESPACE_BEGIN

struct Ticket {
  ClassId ticket_class{0};  // RuleSet::classes[0], every rule set's default class
  std::uint32_t flags = 0;  // bit i: RuleSet::flags[i] is set (write with set_flag)

  bool has(int event) const noexcept { return event >= 0 && event < int{max_events} && ((present_ >> event) & 1u); }
  Instant event(int e) const noexcept { return at_[static_cast<std::size_t>(e)]; }
  void set(EventId e, Instant t) noexcept {
    at_[static_cast<std::size_t>(e.index())] = t;
    present_ |= 1u << e.index();
  }
  void clear(EventId e) noexcept { present_ &= ~(1u << e.index()); }
  void set_flag(FlagId f, bool on = true) noexcept {
    flags = on ? flags | (1u << f.index()) : flags & ~(1u << f.index());
  }
  bool has_flag(int f) const noexcept { return f >= 0 && f < 32 && ((flags >> f) & 1u); }
  // True when any event after `e` in lifecycle order has happened.
  bool has_later_than(int e) const noexcept { return (present_ >> (e + 1)) != 0; }
  // Bit i set: event i has happened.
  std::uint32_t events_present() const noexcept { return present_; }

 private:
  std::uint32_t present_ = 0;
  std::array<Instant, max_events> at_{};
};

SHIXIAN_NAMESPACE_END
