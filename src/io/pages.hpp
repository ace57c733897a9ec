#pragma once
// Large working buffers (the reader's blocks, a batch's output in `check --jobs N`):
// memory from the C heap, freed with std::free (io::PageBuffer), and from 1 MiB up
// rounded to whole 2 MiB, aligned to them and marked for transparent huge pages where
// Linux offers them (madvise mode). Why: the first touch of every 4 KiB
// page is a page fault, and on the virtual machines banks run this on a fault costs
// microseconds: a 1,000,000-ticket `check --jobs 2` took about 7,000 of them filling its
// batches' buffers, a tenth of its time. A huge page is one fault for 512 pages.
// Internal (not installed).
#include <cstddef>

#include "shixian/io/pages.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace io {

inline constexpr std::size_t kHugePage = std::size_t{2} << 20;

// At least n bytes, uninitialised; n is raised to what was allocated (a multiple of
// kHugePage from kHugePage / 2 up). Throws std::bad_alloc.
PageBuffer allocate_pages(std::size_t& n);

}  // namespace io
SHIXIAN_NAMESPACE_END
