// Fuzzes the numeral reader (classify/numerals.hpp): every value read is finite, in
// range, and a run found before an end (or a tail after a begin) lies inside the text and
// within the bound.
#include <cmath>

#include "fuzz.hpp"
#include "shixian/classify/numerals.hpp"

using namespace shixian::classify;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto text = shixian::fuzz::bytes(data, size);
  if (const auto n = parse_chinese_number(text)) {
    FUZZ_REQUIRE(std::isfinite(n->value) && n->value >= 0 && n->value <= kMaxNumeralValue, "value %g", n->value);
    FUZZ_REQUIRE(text.size() <= kMaxNumeralBytes, "a number read from %zu bytes", text.size());
  }
  for (std::size_t end = 0; end <= text.size(); ++end) {
    const std::size_t start = numeral_run_before(text, end);
    FUZZ_REQUIRE(start <= end && end - start <= kMaxNumeralBytes, "run [%zu, %zu)", start, end);
  }
  for (std::size_t begin = 0; begin <= text.size(); ++begin) {
    const std::size_t end = numeral_run_after(text, begin);
    FUZZ_REQUIRE(begin <= end && end <= text.size() && end - begin <= kMaxNumeralBytes, "tail [%zu, %zu)", begin, end);
  }
  return 0;
}
