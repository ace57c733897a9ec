#pragma once
// RuleSet: a complaint-handling profile as data.
//
// A rule set names the ticket classes (ordinary, urgent), the flags a ticket may carry
// (unionpay), the lifecycle events in order (received -> ... -> closed), the daily
// schedules, the quiet hours, and the stages. A stage runs from a start event to an
// end event and has one or more targets, each on a clock:
//   elapsed        wall-clock time: 48h is 48 x 3600 s whatever the calendar or DST says
//   business_time  only time inside a schedule's daily windows counts
//   working_days   Civil Code art. 201/203: start day not counted, deadline 24:00 (or a
//                  cut-off) of the N-th working day
// A target may apply to some classes only, and/or only when a flag is set; when
// several apply, the earliest deadline wins (an urgent UnionPay ticket: 48h vs 4wd).
//
// Rule sets are written in TOML (data/rules/95580.toml is the built-in default and
// documents the format); RuleSetBuilder-free: parse_rule_set() returns an immutable,
// shareable RuleSet. Errors name the file, line and value.
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shixian/time/types.hpp"

namespace shixian {

enum class ClockKind : std::uint8_t { elapsed, business_time, working_days };
std::string_view to_string(ClockKind c) noexcept;

inline constexpr std::size_t max_events = 16;
inline constexpr std::size_t max_classes = 16;

// A half-open local-time window [open, close) within one day; close may be 24:00.
struct Window {
  TimeOfDay open, close;
};

struct Schedule {
  std::string id;
  bool working_days_only = false;  // windows on working days only, or on every day
  std::vector<Window> windows;     // sorted, non-overlapping
  std::chrono::seconds per_day{0}; // sum of window lengths (local time)
};

struct Target {
  ClockKind clock = ClockKind::elapsed;
  std::chrono::seconds duration{0};  // elapsed / business_time
  int working_days = 0;              // working_days
  std::optional<TimeOfDay> cutoff;   // working_days: deadline at this time, not 24:00
  int schedule = -1;                 // business_time: index into RuleSet::schedules
  std::uint32_t class_mask = ~0u;    // bit per class it applies to
  std::uint32_t flag_mask = 0;       // flags that must all be set
  std::string label;                 // as written: "120m", "5wd"
  std::string condition;             // as written: "class urgent", "flag unionpay"
};

// How a stage pauses (issue: waiting for the customer's documents): between a pause
// event and its resume event no clock counts.
struct Pause {
  int pause_event = -1, resume_event = -1;
};

struct Stage {
  std::string id, title, source;
  int start_event = -1, end_event = -1;
  std::vector<Target> targets;
  bool contact = false;  // report contact_by against quiet hours (the reply stage)
  std::vector<Pause> pauses;
};

struct QuietHours {
  TimeOfDay from{std::chrono::hours{18}}, to{std::chrono::hours{8}};
  bool enabled = true;
  bool contains(TimeOfDay t) const noexcept {
    if (!enabled) return false;
    return from <= to ? (t >= from && t < to) : (t >= from || t < to);
  }
};

class RuleSet {
 public:
  std::string name, title, source, version;
  std::string default_zone = "Asia/Shanghai";
  std::vector<std::string> classes;  // [0] is the default class
  std::vector<std::string> flags;
  std::vector<std::string> events;   // lifecycle order
  std::vector<Schedule> schedules;
  std::vector<Stage> stages;
  QuietHours quiet;
  double at_risk = 0.75;  // share of the target used at which a pending stage is at risk

  // Unreachable customer (未能及时联系到客户): at least this many recorded attempts within
  // `contact_within` of the first one.
  int contact_attempts = 3;
  std::chrono::seconds contact_within{std::chrono::hours{48}};
  // Archive retention (档案): years after closing, Civil Code art. 202.
  int archive_years = 10;
  // Callbacks (回访): required share of ordinary complaints called back, per branch
  // level (e.g. tier1 0.20, tier2 0.70).
  std::vector<std::pair<std::string, double>> callback_ratios;
  // A closed ticket's reply record must hold these fields (工单回复内容).
  std::vector<std::string> reply_record_fields;

  // Classification settings (RULES.md §5) that belong to the institution's rules.
  int group_threshold = 3;
  double review_amount_yuan = 50000;

  int class_index(std::string_view c) const noexcept { return index_of(classes, c); }
  int flag_index(std::string_view f) const noexcept { return index_of(flags, f); }
  int event_index(std::string_view e) const noexcept { return index_of(events, e); }
  int stage_index(std::string_view s) const noexcept {
    for (std::size_t i = 0; i < stages.size(); ++i)
      if (stages[i].id == s) return static_cast<int>(i);
    return -1;
  }

 private:
  static int index_of(const std::vector<std::string>& v, std::string_view s) noexcept {
    for (std::size_t i = 0; i < v.size(); ++i)
      if (v[i] == s) return static_cast<int>(i);
    return -1;
  }
};

using RuleSetPtr = std::shared_ptr<const RuleSet>;

// Parses a rule set written in TOML; `origin` names it in errors ("rules.toml:12: ...").
// `extends = "NAME"` at the top merges the named built-in (or a path) underneath.
RuleSetPtr parse_rule_set(std::string_view text, std::string_view origin);
// A built-in rule set by name ("95580", "generic-bank", ...) or a file path.
RuleSetPtr load_rule_set(std::string_view name_or_path);
// The built-in 95580 profile, parsed once.
RuleSetPtr default_rule_set();
// Names of the built-in rule sets.
std::vector<std::string> builtin_rule_sets();

}  // namespace shixian
