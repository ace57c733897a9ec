#pragma once
// Unreachable customer (未能及时联系到客户, 95580 细则 第十五条): a customer counts as
// unreachable only after at least 3 recorded contact attempts within 2 days — by
// default within 48 h of the first attempt; both numbers are rule-set settings
// ([contact] attempts, within). Attempts should fall outside quiet hours (18:00-08:00).
//
// plan_contact(): attempt times from a start, outside quiet hours, spread evenly over
// the allowed (non-quiet) time of the window, on whole minutes:
//   from 2026-11-20T17:30 (Shanghai): 17:30 Fri, 14:10 Sat, 10:50 Sun
// check_contact(): what a recorded list of attempts lacks — too few, outside the
// window, inside quiet hours — and, when still possible, when to try next.
#include "shixian/abi.hpp"
#include <string>
#include <vector>

#include "shixian/rules/rule_set.hpp"
#include "shixian/time/zone.hpp"

SHIXIAN_NAMESPACE_BEGIN

struct ContactPolicy {
  int attempts = 3;
  Duration within = std::chrono::hours{48};
  QuietHours quiet;
  static ContactPolicy from(const RuleSet& rs) {
    return {rs.contact_attempts, Duration{rs.contact_within}, rs.quiet};
  }
};

struct ContactPlan {
  std::vector<Instant> attempts;
  Instant window_end;  // first attempt + within
};

// Throws InputError if quiet hours leave no time to call at all, or if `attempts`
// distinct whole minutes outside quiet hours do not fit in the window (`within`).
ContactPlan plan_contact(Instant from, const ContactPolicy& policy, const Zone& zone);

struct ContactIssue {
  enum Kind { too_few, outside_window, quiet_hours, duplicate } kind;
  int attempt = -1;  // 0-based index into the sorted attempts, -1 for the whole list
  std::string message;
};

struct ContactCheck {
  bool satisfied = false;  // enough attempts within the window: the customer is unreachable
  int recorded = 0, within_window = 0;
  Instant first{}, window_end{};
  std::vector<Instant> sorted;
  std::vector<ContactIssue> issues;
  std::vector<Instant> suggested;  // further attempts that would still satisfy the rule
};

ContactCheck check_contact(std::vector<Instant> attempts, const ContactPolicy& policy, const Zone& zone,
                           Instant now = Instant::max());

SHIXIAN_NAMESPACE_END
