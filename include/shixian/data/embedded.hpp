#pragma once
// The data files shipped inside the library (data/ in the source tree): the default
// China calendar, the rule sets and the classification lexicon. They are the same
// text a bank would load from disk, so the built-in defaults use the public formats.
#include "shixian/abi.hpp"
#include <optional>
#include <string_view>
#include <vector>

SHIXIAN_NAMESPACE_BEGIN
namespace data {
// The text of an embedded file by "folder/name", e.g. "calendars/cn.cal".
std::optional<std::string_view> embedded(std::string_view path) noexcept;
// Every embedded file's "folder/name".
std::vector<std::string_view> embedded_names();
}  // namespace data
SHIXIAN_NAMESPACE_END
