#pragma once
// Reading a whole data file (a rule set, a calendar, a lexicon) into memory, bounded.
//
// Data files are small (the built-in 95580 rule set is 5 KB, the cn calendar 20 KB), and
// the readers behind them were not written for hostile input: a path such as /dev/zero
// or a FIFO would be read until memory runs out. So only a regular file is read, and only
// up to a limit; anything else is an InputError that names the path and says which rule
// it broke:
//   cannot read rule-set file 'x.toml': it is a directory, not a regular file
//   rule-set file '/dev/zero' is not a regular file (a device, FIFO or socket)
//   rule-set file 'big.toml' is 3145728 bytes; the limit is 1048576 (1 MiB)
//   rule-set file 'empty.toml' is empty
#include "shixian/abi.hpp"

#include <cstddef>
#include <string>
#include <string_view>

SHIXIAN_NAMESPACE_BEGIN
namespace io {

inline constexpr std::size_t default_data_file_limit = std::size_t{1} << 20;  // 1 MiB

// The bytes of the regular file at `path`. `what` names the kind of file in errors
// ("rule-set file", "calendar file"). Throws InputError when the file is missing,
// unreadable, not a regular file, larger than `max_bytes`, or empty.
std::string read_data_file(const std::string& path, std::string_view what,
                           std::size_t max_bytes = default_data_file_limit);

}  // namespace io
SHIXIAN_NAMESPACE_END
