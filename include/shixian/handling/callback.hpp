#pragma once
// Callbacks (回访): tier-1 branches call back 20% of ordinary complaints, tier-2 at
// least 70% (rule-set [callbacks]). Which tickets are called back must be
// deterministic and auditable: the same ticket id and salt always give the same
// answer, whatever the order or batch size, so an auditor can recompute the selection
// with the published salt.
//
// The draw, reproducible in any language:
//   h = FNV-1a 64-bit over the bytes of salt, then one 0x1F byte, then the ticket id
//   h = splitmix64 finaliser: h ^= h >> 30; h *= 0xbf58476d1ce4e5b9;
//                             h ^= h >> 27; h *= 0x94d049bb133111eb; h ^= h >> 31
//   draw = (h >> 11) / 2^53                      (uniform in [0, 1))
//   selected when draw < required share
#include "shixian/abi.hpp"
#include <cstdint>
#include <string_view>

SHIXIAN_NAMESPACE_BEGIN

inline double callback_draw(std::string_view ticket_id, std::string_view salt) noexcept {
  std::uint64_t h = 14695981039346656037ull;
  auto mix = [&h](unsigned char c) { h = (h ^ c) * 1099511628211ull; };
  for (unsigned char c : salt) mix(c);
  mix(0x1F);
  for (unsigned char c : ticket_id) mix(c);
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebull;
  h ^= h >> 31;
  return static_cast<double>(h >> 11) * 0x1.0p-53;
}

inline bool callback_selected(std::string_view ticket_id, std::string_view salt, double share) noexcept {
  return callback_draw(ticket_id, salt) < share;
}

SHIXIAN_NAMESPACE_END
