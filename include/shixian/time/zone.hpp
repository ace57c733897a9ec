#pragma once
// Zone: an IANA time zone from the OS database, precomputed for fast conversion.
//
// date::time_zone answers every question up to 2037 but does a search and builds a
// sys_info per call; a deadline computation asks dozens of times per ticket. A Zone
// copies the zone's transitions (1900..2200) into two flat arrays once, those after the
// compiled table (2037) from the rule at the foot of the zone file, which date/tz's
// reader of the OS database does not apply (src/time/posix_tz.hpp), so
// Instant -> LocalTime is one comparison for zones with no recent change
// (Asia/Shanghai has none since 1991) and a binary search otherwise.
//
// LocalTime -> Instant reports gaps and overlaps instead of guessing:
//   lookup(2026-03-29 01:30, Europe/London)  -> nonexistent (clocks went 01:00 -> 02:00)
//   lookup(2026-10-25 01:30, Europe/London)  -> ambiguous: 00:30Z (BST) or 01:30Z (GMT)
// to_instant() throws on either unless the caller chooses earliest or latest; for a
// gap both choices give the transition instant, as date::choose does.
//
// A Zone is a small handle to immutable shared data: copy it freely, share it
// across threads.
#include "shixian/abi.hpp"
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shixian/time/types.hpp"

SHIXIAN_NAMESPACE_BEGIN

enum class Choose { reject, earliest, latest };

// Each reading's name, in the enum's order, as every front end spells it (the CLI's
// --choose, Python's choose=, the C ABI's SHIXIAN_CHOOSE_* in lower case): one list, so
// a front end cannot accept a spelling another refuses.
inline constexpr std::string_view kChooseNames[] = {"reject", "earliest", "latest"};

// The reading named `name` exactly, or nullopt (the caller names the three in its error).
constexpr std::optional<Choose> choose_named(std::string_view name) noexcept {
  for (int i = 0; i < 3; ++i)
    if (name == kChooseNames[i]) return static_cast<Choose>(i);
  return std::nullopt;
}

struct LocalLookup {
  enum Kind { unique, nonexistent, ambiguous } kind;
  Instant first;   // unique: the answer; ambiguous: the earlier; nonexistent: the transition
  Instant second;  // ambiguous: the later; otherwise == first
};

class Zone {
 public:
  // Throws InputError naming the zone if the OS database does not know it.
  static Zone locate(std::string_view name);
  // Asia/Shanghai, the default institution zone.
  static Zone shanghai();

  const std::string& name() const noexcept { return impl_->name; }

  std::chrono::seconds offset_at(Instant t) const noexcept { return offset_at(floor_to<std::chrono::seconds>(t)); }
  // The same for a time already floored to seconds (writers that need the seconds anyway).
  std::chrono::seconds offset_at(date::sys_seconds t) const noexcept {
    const auto s = t.time_since_epoch().count();
    if (s >= last_transition_) return std::chrono::seconds(last_offset_);
    return std::chrono::seconds(impl_->offsets[index_at(s)]);
  }
  LocalTime to_local(Instant t) const noexcept {
    return LocalTime{t.time_since_epoch() + offset_at(t)};
  }
  LocalLookup lookup(LocalTime t) const noexcept;
  // Throws InputError for a nonexistent or ambiguous time unless `choose` decides;
  // the message names the local time, the zone and both candidates.
  Instant to_instant(LocalTime t, Choose choose = Choose::reject) const {
    if (const auto off = settled_offset(floor_to<std::chrono::seconds>(t))) return Instant{t.time_since_epoch() - *off};
    return to_instant_slow(t, choose);
  }
  // The offset of local time t when t is past the zone's last offset change (Shanghai:
  // 1991), where every local time is unique; nullopt when to_instant must look closer.
  std::optional<std::chrono::seconds> settled_offset(date::local_seconds t) const noexcept {
    if (t.time_since_epoch().count() - 2 * 86400 >= last_transition_) return std::chrono::seconds(last_offset_);
    return std::nullopt;
  }

  // True when no offset change happens in [a, b]: whole-day arithmetic is then exact.
  bool fixed_offset_between(Instant a, Instant b) const noexcept;
  // The first offset change after t, or nullopt when there is none (past the last one
  // in the table, 2200). A span split at these has one offset per piece.
  std::optional<Instant> next_change_after(Instant t) const noexcept;

  friend bool operator==(const Zone& a, const Zone& b) noexcept { return a.impl_ == b.impl_; }

 private:
  struct Impl {
    std::string name;
    std::vector<long long> transitions;  // sys seconds at which offsets[i+1] starts
    std::vector<int> offsets;            // offsets[0] before the first transition
    long long last_transition;           // transitions.back(), or LLONG_MIN
  };
  std::size_t index_at(long long sys_seconds) const noexcept;
  Instant to_instant_slow(LocalTime t, Choose choose) const;
  explicit Zone(std::shared_ptr<const Impl> impl)
      : impl_(std::move(impl)), last_transition_(impl_->last_transition), last_offset_(impl_->offsets.back()) {}
  std::shared_ptr<const Impl> impl_;
  // The answer for every time past the last change, kept in the handle: the common
  // question (a time since 1991, in Shanghai) is then one comparison, not three loads
  // through impl_ (a check of one ticket asks some thirty times).
  long long last_transition_;
  int last_offset_;
};

SHIXIAN_NAMESPACE_END
