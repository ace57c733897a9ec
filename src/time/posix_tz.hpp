#pragma once
// The rule a zone follows after its table ends: the POSIX TZ string at the foot of a
// TZif file (RFC 8536 §3.3), e.g. "EST5EDT,M3.2.0,M11.1.0" for America/New_York.
//
// A compiled zone file lists each offset change only up to 2037; later years follow
// the footer. date/tz's reader of the OS database (USE_OS_TZDB, Debian's build) stops at
// the table, so every zone with daylight saving time kept its 2037 offset for ever
// (New York on -05:00 in July 2038). Zone (zone.cpp) extends its table with these.
#include "shixian/abi.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

SHIXIAN_NAMESPACE_BEGIN
namespace posix_tz {

// An offset change: from `at` (Unix seconds), the zone is `offset` seconds east of UTC.
struct Change {
  long long at;
  int offset;
  friend bool operator==(const Change&, const Change&) = default;
};

// The footer of a TZif file (version 2 or later) at `path`: "" when the file has none
// or an empty one, nullopt when it cannot be read or is not TZif.
std::optional<std::string> footer_of(const std::string& path);

// The offset changes `spec` makes in the years from_year..to_year (UTC years of the
// local rule's dates), in time order, each to an offset other than the one before it
// in the list; empty when `spec` has no daylight-saving rule
// ("CST-8", "<+01>-1"). nullopt when `spec` cannot be read with certainty (a rule
// without dates, a malformed field): the caller then adds nothing rather than guess.
std::optional<std::vector<Change>> changes(std::string_view spec, int from_year, int to_year);

}  // namespace posix_tz
SHIXIAN_NAMESPACE_END
