// io::allocate_pages: small buffers as asked, large ones rounded to whole huge pages and
// aligned to them, all of it writable (a sanitizer build checks the bounds).
#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>

#include "io/pages.hpp"

using namespace shixian;

TEST_CASE("allocate_pages: small as asked, large rounded and aligned to 2 MiB") {
  std::size_t n = 1000;
  auto small = io::allocate_pages(n);
  CHECK(n == 1000);
  std::memset(small.get(), 'x', n);

  for (const std::size_t ask : {io::kHugePage / 2, io::kHugePage, io::kHugePage + 1, 3 * io::kHugePage - 7}) {
    std::size_t m = ask;
    auto big = io::allocate_pages(m);
    CHECK(m >= ask);
    CHECK(m % io::kHugePage == 0);
    CHECK(m - ask < io::kHugePage);
    CHECK(reinterpret_cast<std::uintptr_t>(big.get()) % io::kHugePage == 0);
    big.get()[0] = 'a';
    big.get()[m - 1] = 'z';
    CHECK(big.get()[m - 1] == 'z');
  }
  std::size_t zero = 0;
  CHECK(io::allocate_pages(zero) != nullptr);
}
