// The output writers' fast path of src/io/json_line.hpp against its general version:
// io::json::printable_ascii says a text needs no escaping, and append_json_string (the
// oracle) must then write it unchanged between quotes. It must also say yes to the
// texts it is for (ids), or the writers silently lose their speed.
#include <doctest/doctest.h>

#include <random>
#include <string>

#include "io/json_line.hpp"
#include "shixian/io/line_reader.hpp"

using namespace shixian;

namespace {

// Every byte of the string printable ASCII, but '"' and '\\', by a byte-at-a-time rule.
bool plain_bytes(std::string_view s) {
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') return false;
  }
  return true;
}

}  // namespace

TEST_CASE("io::json::printable_ascii agrees with append_json_string and a byte-at-a-time test on random text") {
  std::mt19937_64 rng(16);
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  int plain = 0;
  for (int i = 0; i < 200000; ++i) {
    std::string s(static_cast<std::size_t>(pick(0, 40)), 'x');
    const int mode = pick(0, 3);
    for (auto& c : s) {
      // Mostly ids' bytes; sometimes any byte, or one of the edges (0x1F, 0x20, 0x7E,
      // 0x7F, 0x80, 0xFF, '"', '\\') at any position, the tail's included.
      static constexpr unsigned char edges[] = {0x00, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0x9B, 0xC2, 0xFF, '"', '\\'};
      if (mode == 0 || pick(0, 30) != 0) c = static_cast<char>(pick(0x21, 0x7E));
      else if (mode == 1) c = static_cast<char>(pick(0, 255));
      else c = static_cast<char>(edges[pick(0, sizeof edges - 1)]);
    }
    const bool fast = io::json::printable_ascii(s);
    CAPTURE(s);
    CHECK(fast == plain_bytes(s));
    if (fast) {
      ++plain;
      CHECK(io::json_string(s) == "\"" + s + "\"");
    }
  }
  CHECK(plain > 50000);
}

TEST_CASE("io::json::QuoteIndex: both versions agree with a byte-at-a-time rule on random lines") {
  std::mt19937_64 rng(17);
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  io::json::QuoteIndex a, b;
  int built = 0;
  for (int i = 0; i < 20000; ++i) {
    // Mostly a ticket line's bytes, sometimes any byte; lengths across word edges and
    // past the limit; 16 bytes of quotes after the line (padding the index must ignore).
    const std::size_t n = i % 50 == 0 ? io::json::QuoteIndex::kMaxLine + static_cast<std::size_t>(pick(-2, 2))
                                      : static_cast<std::size_t>(pick(0, 300));
    std::string s(n, 'a');
    const int mode = pick(0, 3);
    for (auto& c : s) {
      static constexpr char common[] = {'"', '"', ' ', ':', ',', '{', '}', 'a', '0', '-'};
      if (mode == 3) c = pick(0, 150) ? 'x' : '"';  // quotes words apart (next's far case)
      else if (mode == 0 || pick(0, 200) != 0) c = common[pick(0, sizeof common - 1)];
      else c = static_cast<char>(pick(0, 255));
    }
    const std::string padded = s + std::string(64, '"');
    bool plain = n <= io::json::QuoteIndex::kMaxLine, high = false;
    for (const char ch : s) {
      const auto c = static_cast<unsigned char>(ch);
      if (c < 0x20 || c == '\\') plain = false;
      if (c >= 0x80) high = true;
    }
    CAPTURE(s);
#if defined(__SSE2__)
    const bool fa = a.build_sse2(padded.data(), n);
#else
    const bool fa = a.build_words(padded.data(), n);
#endif
    const bool fb = b.build_words(padded.data(), n);
    REQUIRE(fa == plain);
    REQUIRE(fb == plain);
    if (!plain) continue;
    ++built;
    CHECK(a.high() == high);
    CHECK(b.high() == high);
    // Every quote found, in order, and nothing past the line.
    std::size_t from = 0;
    for (;;) {
      const auto want = s.find('"', from);
      const auto ga = a.next(from), gb = b.next(from);
      CHECK(ga == (want == std::string::npos ? io::json::QuoteIndex::npos : want));
      CHECK(gb == ga);
      if (want == std::string::npos) break;
      from = want + static_cast<std::size_t>(pick(1, 3));
    }
    CHECK(a.next(n) == io::json::QuoteIndex::npos);
  }
  CHECK(built > 10000);
}

// An analyst's trial (session 31): a UTF-16 export (Excel's "Unicode text") whose first
// line reads FF FE { 00 " 00 was "a non-ASCII character '\ufffd\ufffd{\u0000' (U+1FEEC0)",
// no code point at all: bytes that are no UTF-8 are named so, with the likely encoding,
// whichever error simdjson met first.
TEST_CASE("io::json: a line of bytes that are no UTF-8 is named so, whatever the parser stopped at") {
  const std::string utf16("\xFF\xFE{\x00\"\x00", 6);
  for (auto e : {simdjson::UNCLOSED_STRING, simdjson::TAPE_ERROR, simdjson::INCORRECT_TYPE}) {
    CHECK(io::json::json_error_words(e, utf16) == "invalid UTF-8: byte 0xFF at offset 0 (saved as UTF-16? save it as UTF-8)");
    CHECK(io::json::not_an_object_words(e, utf16, "{}") ==
          "invalid UTF-8: byte 0xFF at offset 0 (saved as UTF-16? save it as UTF-8)");
  }
  // Valid UTF-8 outside a string is still the full-width hint it was.
  CHECK(io::json::json_error_words(simdjson::TAPE_ERROR, "{\"a\"\xEF\xBC\x9A 1}").find("full-width") != std::string::npos);
}
