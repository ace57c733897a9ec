#pragma once
// Screening rule-set text before the TOML reader sees it.
//
// The TOML reader (toml++ 3.3.0, as Debian 12 ships it) has bugs that a rule-set file
// can reach: an assertion (abort) on a table header that starts with a character no key
// can start with (`[@`, `[#`, `[=`), undefined behaviour on a number followed by a
// non-ASCII character (`x = 1\xC2\xA1`), and recursion deep enough to overflow the stack
// on tens of thousands of dotted key parts. Its fixes are upstream and cannot be copied
// in, so this screen keeps such input out of its reach instead. It accepts every TOML
// document a rule set needs and rejects, naming the line:
//   - text larger than max_bytes;
//   - text that is not UTF-8;
//   - a byte outside ASCII (or a control character) anywhere but inside a string or a
//     comment, where TOML allows it (a bare key or a value is ASCII in TOML anyway);
//   - a table header whose first character cannot start a key;
//   - more than max_nesting levels of [ ] and { } and more than max_dots dots outside
//     strings on one line (a rule set needs three levels and a handful of dots).
// The screen only rejects; what it lets through is parsed by toml++ unchanged.
#include <cstddef>
#include <string_view>

#include "shixian/abi.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace detail {

struct TomlLimits {
  std::size_t max_bytes = std::size_t{1} << 20;
  int max_nesting = 32;
  int max_dots = 128;
};

// Throws InputError "ORIGIN:LINE: ..." for the first problem found, as above.
void screen_toml(std::string_view text, std::string_view origin, const TomlLimits& limits = {});

}  // namespace detail
SHIXIAN_NAMESPACE_END
