// Bounded reading of data files: see include/shixian/io/small_file.hpp.
#include "shixian/io/small_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fmt/format.h>
#include <initializer_list>
#include <memory>
#include <string>
#include <vector>
#include <sys/stat.h>

#include "shixian/error.hpp"
#include "shixian/i18n/terms.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace io {

namespace {
// A file that cannot be used, worded from data/terms: args are the kind of file (a
// [phrase] term), the path as given, then numbers or a reason (a [phrase] term too).
[[noreturn]] void fail(const char* key, std::initializer_list<std::string_view> args) {
  std::vector<std::string> a(args.begin(), args.end());
  i18n::throw_worded([key, a](const i18n::Terms& t) {
    std::vector<std::string> w = a;
    w[0] = std::string(t.name("phrase", a[0]));
    if (std::string_view(key) == "error.file_unreadable") w[2] = std::string(t.name("phrase", a[2]));
    switch (w.size()) {
      case 2: return t.fill(key, {w[0], w[1]});
      case 3: return t.fill(key, {w[0], w[1], w[2]});
      default: return t.fill(key, {w[0], w[1], w[2], w[3]});
    }
  });
}
}  // namespace

std::string read_data_file(const std::string& path, std::string_view what, std::size_t max_bytes) {
  // Open first, then fstat the open file: the checks apply to what is read, not to a path
  // that could be swapped between a stat and an open.
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) {
    const int err = errno;
    fail("error.file_unreadable", {what, path, err == ENOENT ? "no such file" : std::strerror(err)});
  }
  struct stat st {};
  if (::fstat(fileno(f.get()), &st) != 0)
    fail("error.file_unreadable", {what, path, std::strerror(errno)});
  if (S_ISDIR(st.st_mode))
    fail("error.file_unreadable", {what, path, "it is a directory, not a regular file"});
  if (!S_ISREG(st.st_mode))
    fail("error.file_not_regular", {what, path});
  if (static_cast<unsigned long long>(st.st_size) > max_bytes)
    fail("error.file_too_large", {what, path, std::to_string(static_cast<long long>(st.st_size)), std::to_string(max_bytes)});
  // Read at most one byte past the limit, in case the file grew after the fstat.
  std::string out(max_bytes + 1, '\0');
  const std::size_t n = std::fread(out.data(), 1, out.size(), f.get());
  if (std::ferror(f.get()))
    fail("error.file_unreadable", {what, path, std::strerror(errno)});
  if (n > max_bytes)
    fail("error.file_grew", {what, path, std::to_string(max_bytes)});
  out.resize(n);
  if (out.empty()) fail("error.file_empty", {what, path});
  return out;
}

}  // namespace io
SHIXIAN_NAMESPACE_END
