#pragma once
// A byte buffer whose memory is io::allocate_pages' (src/io/pages.hpp): heap memory,
// huge pages for a large one. Freed with std::free.
#include <memory>

#include "shixian/abi.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace io {

struct FreePages {
  void operator()(char* p) const noexcept;
};
using PageBuffer = std::unique_ptr<char[], FreePages>;

}  // namespace io
SHIXIAN_NAMESPACE_END
