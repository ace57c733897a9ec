// Compile-time checks of the time model (types.hpp): misuse must not compile.
// Each forbidden expression has an allowed twin beside it, so a check cannot pass
// merely because the types are unusable.
//
// The requires-expressions sit in a function template whose parameters default to the
// real types: outside a template, C++20 makes an invalid requirement a hard error
// ([expr.prim.req]/5, and GCC 12 enforces it) instead of the `false` the check needs.
// Spelled with the real names, the checks read as in STYLE.md:
//   static_assert(!requires(Instant a, Instant b) { a + b; });
//   static_assert(!requires(LocalTime l, Instant i) { l < i; });
#include <concepts>

#include "shixian/time/types.hpp"

namespace {

template <class Instant = shixian::Instant, class LocalTime = shixian::LocalTime,
          class Date = shixian::Date, class Duration = shixian::Duration>
constexpr bool time_types_forbid_misuse() {
  // Two instants cannot be added: only an instant and a duration can.
  static_assert(!requires(Instant a, Instant b) { a + b; });
  static_assert(requires(Instant a, Duration d) { a + d; });
  static_assert(requires(Instant a, Instant b) { { a - b } -> std::same_as<Duration>; });

  // A local (wall-clock) time is not an instant: no comparing, subtracting, converting.
  static_assert(!requires(LocalTime l, Instant i) { l < i; });
  static_assert(!requires(LocalTime l, Instant i) { l == i; });
  static_assert(!requires(LocalTime l, Instant i) { l - i; });
  static_assert(!requires(LocalTime l) { Instant{l}; });
  static_assert(!requires(LocalTime l, Instant i) { i = l; });
  static_assert(!requires(LocalTime l, Instant i) { l = i; });
  static_assert(requires(LocalTime a, LocalTime b) { a < b; });
  static_assert(requires(Instant a, Instant b) { a < b; });

  // A civil date is a local day: it becomes a LocalTime (midnight), never an Instant.
  static_assert(requires(Date d) { LocalTime{d}; });
  static_assert(!requires(Date d, Instant i) { d < i; });
  static_assert(!requires(Date d) { Instant{d}; });

  // LocalTime + Duration stays a LocalTime.
  static_assert(requires(LocalTime l, Duration d) { { l + d } -> std::same_as<LocalTime>; });
  return true;
}

static_assert(time_types_forbid_misuse());

}  // namespace
