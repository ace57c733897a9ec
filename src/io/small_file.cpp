// Bounded reading of data files: see include/shixian/io/small_file.hpp.
#include "shixian/io/small_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fmt/format.h>
#include <memory>
#include <sys/stat.h>

#include "shixian/error.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace io {

std::string read_data_file(const std::string& path, std::string_view what, std::size_t max_bytes) {
  // Open first, then fstat the open file: the checks apply to what is read, not to a path
  // that could be swapped between a stat and an open.
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) {
    const int err = errno;
    throw InputError(fmt::format("cannot read {} '{}': {}", what, path,
                                 err == ENOENT ? "no such file" : std::strerror(err)));
  }
  struct stat st {};
  if (::fstat(fileno(f.get()), &st) != 0)
    throw InputError(fmt::format("cannot read {} '{}': {}", what, path, std::strerror(errno)));
  if (S_ISDIR(st.st_mode))
    throw InputError(fmt::format("cannot read {} '{}': it is a directory, not a regular file", what, path));
  if (!S_ISREG(st.st_mode))
    throw InputError(fmt::format("{} '{}' is not a regular file (a device, FIFO or socket); "
                                 "give the path of a file", what, path));
  if (static_cast<unsigned long long>(st.st_size) > max_bytes)
    throw InputError(fmt::format("{} '{}' is {} bytes; the limit is {}", what, path,
                                 static_cast<long long>(st.st_size), max_bytes));
  // Read at most one byte past the limit, in case the file grew after the fstat.
  std::string out(max_bytes + 1, '\0');
  const std::size_t n = std::fread(out.data(), 1, out.size(), f.get());
  if (std::ferror(f.get()))
    throw InputError(fmt::format("cannot read {} '{}': {}", what, path, std::strerror(errno)));
  if (n > max_bytes)
    throw InputError(fmt::format("{} '{}' is more than {} bytes, the limit", what, path, max_bytes));
  out.resize(n);
  if (out.empty()) throw InputError(fmt::format("{} '{}' is empty (0 bytes)", what, path));
  return out;
}

}  // namespace io
SHIXIAN_NAMESPACE_END
