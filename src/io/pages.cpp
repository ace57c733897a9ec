#include "io/pages.hpp"

#include <cstdlib>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

SHIXIAN_NAMESPACE_BEGIN
namespace io {

void FreePages::operator()(char* p) const noexcept { std::free(p); }

PageBuffer allocate_pages(std::size_t& n) {
  if (n < kHugePage / 2) {
    void* p = std::malloc(n == 0 ? 1 : n);
    if (!p) throw std::bad_alloc();
    return PageBuffer(static_cast<char*>(p));
  }
  if (n > static_cast<std::size_t>(-1) - kHugePage) throw std::bad_alloc();
  n = (n + kHugePage - 1) / kHugePage * kHugePage;  // aligned_alloc wants a multiple
  void* p = std::aligned_alloc(kHugePage, n);
  if (!p) throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  // Advice only: where huge pages are off (or the call fails) the pages stay small.
  (void)::madvise(p, n, MADV_HUGEPAGE);
#endif
  return PageBuffer(static_cast<char*>(p));
}

}  // namespace io
SHIXIAN_NAMESPACE_END
