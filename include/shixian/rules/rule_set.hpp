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
// documents the format); parse_rule_set() returns an immutable, shareable RuleSet.
// Errors name the file, line and value. Names are looked up once into typed ids
// (EventId, ClassId, FlagId, StageId below), which is all a Ticket accepts.
#include "shixian/abi.hpp"
#include <array>
#include <initializer_list>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shixian/time/types.hpp"

SHIXIAN_NAMESPACE_BEGIN

enum class ClockKind : std::uint8_t { elapsed, business_time, working_days, calendar_days };
// calendar_days: what a period whose last day is a rest day does (Civil Code art. 203).
enum class Roll : std::uint8_t {
  none,              // the period ends at 24:00 of its last calendar day, whatever the day
  next_working_day,  // a last day that is a rest day moves to the first working day after
};
std::string_view to_string(ClockKind c) noexcept;

inline constexpr std::size_t max_events = 16;
inline constexpr std::size_t max_classes = 16;
// The longest name (class, flag, event, stage, schedule, reply-record field) a rule set
// may define: `check` reads event and flag names as JSON keys of at most this length.
inline constexpr std::size_t max_name_length = 32;
// The keys a `check` line gives their own meaning (docs/CONTRACT.md): the ticket's id
// and class, its reopened cycles and reply record, and the complaint facts that let a
// line without a class be classified. An event or flag of one of these names could
// never be read from a line, so a rule set may not define one.
inline constexpr std::string_view ticket_line_fields[] = {
    "id",   "class",        "reopened", "record",      "text",           "complainants",
    "repeat", "fund_safety", "media",  "special_source", "amount", "channel"};
// The keys `deadlines --format json` writes beside a ticket's flags (a key per flag,
// docs/CONTRACT.md): a flag of one of these names would write a key twice, and a JSON
// reader keeps only one of them.
inline constexpr std::string_view flag_output_keys[] = {"profile",          "zone",            "provisional",
                                                        "calendar_version", "rules_version",   "rule_set_version",
                                                        "stages"};
// The name the summary and the report give every class together: a class of that name
// would make two rows and two JSON keys of one name.
inline constexpr std::string_view all_classes_name = "all";

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
  int calendar_days = 0;             // calendar_days
  Roll roll = Roll::none;            // calendar_days
  bool roll_holidays_only = false;   // calendar_days: roll only off holidays, not weekends
  std::uint32_t event_mask = 0;      // events that must all have happened for it to apply
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
  // Which applicable target sets the deadline: the earliest (default: the strictest of
  // several limits) or the latest (limits that extend one another: the regulator's
  // 15 days, 30 when complex, 60 on an approved extension).
  bool latest_wins = false;
};

struct QuietHours {
  TimeOfDay from{std::chrono::hours{18}}, to{std::chrono::hours{8}};
  bool enabled = true;
  bool contains(TimeOfDay t) const noexcept {
    if (!enabled) return false;
    return from <= to ? (t >= from && t < to) : (t >= from || t < to);
  }
};

// Typed ids: an event, class, flag or stage of a rule set, as its position there.
// Only a RuleSet makes them, by a lookup that checks the name (event_index and friends
// throw UnknownName, find_* return nullopt) or the position (event_at throws
// std::out_of_range), so a ticket is never written through -1 or a number from
// elsewhere. There is no default id and no conversion from int; an id reads as its
// index (for tables and masks), and the kinds do not mix: a StageId is not an EventId.
template <class Tag>
class Id {
 public:
  Id() = delete;
  constexpr int index() const noexcept { return i_; }
  constexpr operator int() const noexcept { return i_; }  // NOLINT: reads as its index
  friend constexpr bool operator==(const Id&, const Id&) noexcept = default;

 private:
  friend class RuleSet;
  template <class>
  friend class IdRange;
  friend struct Ticket;
  constexpr explicit Id(int i) noexcept : i_(i) {}
  int i_;
};
struct EventTag;
struct ClassTag;
struct FlagTag;
struct StageTag;
using EventId = Id<EventTag>;
using ClassId = Id<ClassTag>;
using FlagId = Id<FlagTag>;
using StageId = Id<StageTag>;

// Every id of one kind in a rule set, in definition order: for (StageId s : rs.stage_ids()).
template <class Tag>
class IdRange {
 public:
  struct iterator {
    int i;
    Id<Tag> operator*() const noexcept { return Id<Tag>{i}; }
    iterator& operator++() noexcept { return ++i, *this; }
    bool operator==(const iterator&) const noexcept = default;
  };
  iterator begin() const noexcept { return {0}; }
  iterator end() const noexcept { return {n_}; }
  std::size_t size() const noexcept { return static_cast<std::size_t>(n_); }

 private:
  friend class RuleSet;
  explicit IdRange(std::size_t n) noexcept : n_(static_cast<int>(n)) {}
  int n_;
};

struct Ticket;
class Zone;
class RuleSet;
namespace detail {
struct RuleSetAccess;  // the rule-set reader's way to build one (src/rules/)
}

// A rule set is immutable once read: it is made only by parse_rule_set / load_rule_set,
// is handed out as a shared_ptr<const RuleSet>, and cannot be copied, so that anything
// that uses one (DeadlineEngine, Auditor) can hold a share of it
// (shared_from_this()) and never a reference that might dangle.
class RuleSet : public std::enable_shared_from_this<RuleSet> {
 public:
  RuleSet(const RuleSet&) = delete;
  RuleSet& operator=(const RuleSet&) = delete;

  std::string name, title, source, version;
  std::string default_zone = "Asia/Shanghai";
  std::vector<std::string> classes;  // [0] is the default class
  std::vector<std::string> flags;
  std::vector<std::string> events;   // lifecycle order
  std::vector<Schedule> schedules;
  std::vector<Stage> stages;
  QuietHours quiet;
  double at_risk = 0.75;  // share of the target used at which a pending stage is at risk
  // The timeliness (met / decided) the summary and the report measure against: a rate
  // below it is marked, and the report draws it as a line. A bank's own goal: the source
  // documents set none ([audit] target_rate; check --target-rate overrides).
  double target_rate = 0.95;

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

  // Look-ups by name. Throw UnknownName (error.hpp) for a name the rule set does not
  // define, naming it, the valid names and the closest one. A class or flag may also be
  // given by its Chinese name (紧急投诉, 银联工单; i18n::id_named), as check's lines and
  // deadlines --class read it: the library's callers (C, Java, Python) were refused it.
  ClassId class_index(std::string_view c) const;
  FlagId flag_index(std::string_view f) const;
  EventId event_index(std::string_view e) const { return EventId{index_or_throw("event", events, e)}; }
  StageId stage_index(std::string_view s) const;
  // The same without throwing, for readers that word their own error.
  std::optional<ClassId> find_class(std::string_view c) const noexcept { return find<ClassTag>(classes, c); }
  std::optional<FlagId> find_flag(std::string_view f) const noexcept { return find<FlagTag>(flags, f); }
  std::optional<EventId> find_event(std::string_view e) const noexcept { return find<EventTag>(events, e); }
  std::optional<StageId> find_stage(std::string_view s) const noexcept;
  // By position; throw std::out_of_range past the end.
  ClassId class_at(std::size_t i) const { return ClassId{in_range(i, classes.size(), "class")}; }
  FlagId flag_at(std::size_t i) const { return FlagId{in_range(i, flags.size(), "flag")}; }
  EventId event_at(std::size_t i) const { return EventId{in_range(i, events.size(), "event")}; }
  StageId stage_at(std::size_t i) const { return StageId{in_range(i, stages.size(), "stage")}; }
  // Every id of a kind, in definition order.
  IdRange<ClassTag> class_ids() const noexcept { return IdRange<ClassTag>{classes.size()}; }
  IdRange<FlagTag> flag_ids() const noexcept { return IdRange<FlagTag>{flags.size()}; }
  IdRange<EventTag> event_ids() const noexcept { return IdRange<EventTag>{events.size()}; }
  IdRange<StageTag> stage_ids() const noexcept { return IdRange<StageTag>{stages.size()}; }
  ClassId default_class() const noexcept { return ClassId{0}; }
  // The event that closes a cycle: `closed`, or the lifecycle's last event. A ticket is
  // reopened only after it; the archive's retention runs from it.
  EventId closing_event() const noexcept {
    const auto e = find_event("closed");
    return e ? *e : EventId{static_cast<int>(events.size()) - 1};
  }

  const Stage& stage(StageId s) const noexcept { return stages[static_cast<std::size_t>(s.index())]; }
  const std::string& name_of(EventId e) const noexcept { return events[static_cast<std::size_t>(e.index())]; }
  const std::string& name_of(ClassId c) const noexcept { return classes[static_cast<std::size_t>(c.index())]; }
  const std::string& name_of(FlagId f) const noexcept { return flags[static_cast<std::size_t>(f.index())]; }
  const std::string& name_of(StageId s) const noexcept { return stage(s).id; }

  // A ticket from names, in one expression (for tests and services; include
  // shixian/sla/ticket.hpp to call it):
  //   rules->ticket("urgent", {{"received", "2026-09-30T23:10"}}, zone, {"unionpay"})
  // Timestamps are read by parse_instant in `zone`. Throws UnknownName for a name the
  // rule set does not define, InputError for a bad timestamp (naming the event), an
  // event given twice, or events out of lifecycle order.
  struct NamedTime {
    std::string_view event, at;
  };
  Ticket ticket(std::string_view ticket_class, std::initializer_list<NamedTime> events_at, const Zone& zone,
                std::initializer_list<std::string_view> flags_set = {}) const;

 private:
  friend struct detail::RuleSetAccess;
  RuleSet() = default;

  template <class Tag>
  static std::optional<Id<Tag>> find(const std::vector<std::string>& v, std::string_view s) noexcept {
    for (std::size_t i = 0; i < v.size(); ++i)
      if (v[i] == s) return Id<Tag>{static_cast<int>(i)};
    return std::nullopt;
  }
  int index_or_throw(std::string_view kind, const std::vector<std::string>& v, std::string_view s) const;
  static int checked(std::size_t i, std::size_t n, const char* kind);
  // The bounds test inline, the throw out of line: check's hot loops (the ticket
  // reader, the audit) ask for ids by position millions of times, and a call for each
  // was measured at ~1% of `check`.
  static int in_range(std::size_t i, std::size_t n, const char* kind) {
    return i < n ? static_cast<int>(i) : checked(i, n, kind);
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

SHIXIAN_NAMESPACE_END
