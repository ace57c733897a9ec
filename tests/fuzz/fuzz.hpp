#pragma once
// What the libFuzzer harnesses share (tests/fuzz/README.md says how to run them).
//
// A harness feeds arbitrary bytes to one parser. Rejecting them with InputError is the
// parser doing its job; anything else (a crash, a sanitizer report, another exception,
// a broken round trip) is a bug, and FUZZ_REQUIRE aborts with the reason so libFuzzer
// saves the input as a crash file.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#define FUZZ_REQUIRE(cond, ...)                                                   \
  do {                                                                            \
    if (!(cond)) {                                                                \
      std::fprintf(stderr, "%s:%d: FUZZ_REQUIRE(%s) failed: ", __FILE__, __LINE__, \
                   #cond);                                                        \
      std::fprintf(stderr, __VA_ARGS__);                                          \
      std::fputc('\n', stderr);                                                   \
      std::abort();                                                               \
    }                                                                             \
  } while (0)

namespace shixian::fuzz {

inline std::string_view bytes(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Splits the input's first byte off as a small choice (which zone, which mode).
inline unsigned take_choice(std::string_view& s) {
  if (s.empty()) return 0;
  const auto c = static_cast<unsigned char>(s.front());
  s.remove_prefix(1);
  return c;
}

}  // namespace shixian::fuzz
