#pragma once
#include <string>
#include <string_view>

namespace shixian::classify::detail {
// Writes `text` with traditional characters replaced by simplified ones into `out` and
// returns true, or returns false (leaving `out` alone) when nothing needed replacing.
// Byte offsets are unchanged. `text` must be valid UTF-8.
bool to_simplified(std::string_view text, std::string& out);
}  // namespace shixian::classify::detail
