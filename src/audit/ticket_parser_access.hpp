#pragma once
// For tests only: TicketParser's fast line scanner (scan_common in
// src/audit/ticket_json.cpp) switched off, so that every line takes the general path
// and the two can be compared on the same lines (tests/audit/ticket_scan_test.cpp).
// Private to the build: not an API.
#include <cstdint>

#include "shixian/audit/ticket_json.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace audit::detail {

struct TicketParserAccess {
  static void set_line_scan(TicketParser& parser, bool on) noexcept;
  // Lines the fast scanner read (so that a test knows it compared something).
  static std::uint64_t lines_scanned(const TicketParser& parser) noexcept;
};

}  // namespace audit::detail
SHIXIAN_NAMESPACE_END
