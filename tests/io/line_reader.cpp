// The JSON Lines reader shared by `check` and `classify` (include/shixian/io/line_reader.hpp).
#include <doctest/doctest.h>

#include <cstdlib>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "shixian/io/line_reader.hpp"

using shixian::io::Line;
using shixian::io::LineReader;

namespace {
struct Read {
  std::vector<std::string> texts;
  std::vector<std::size_t> numbers;
  std::size_t blank = 0;
  bool unterminated = false;
};

// Through a real FILE*, as the CLI reads stdin; a small block forces refills and growth.
Read read_all(const std::string& input, std::size_t block = 64, std::size_t max_line = LineReader::kDefaultMaxLine) {
  std::FILE* f = std::tmpfile();
  REQUIRE(f != nullptr);
  REQUIRE(std::fwrite(input.data(), 1, input.size(), f) == input.size());
  std::rewind(f);
  LineReader in(f, block, max_line);
  Read r;
  Line line;
  while (in.next(line)) {
    r.texts.emplace_back(line.too_long ? std::string("<too long>") : std::string(line.text));
    if (line.too_long) CHECK_FALSE(line.blank());
    r.numbers.push_back(line.number);
    CHECK(line.number == in.lines());
  }
  r.blank = in.blank_lines();
  r.unterminated = in.last_line_unterminated();
  std::fclose(f);
  return r;
}
}  // namespace

TEST_CASE("lines come with their 1-based physical numbers, blank ones included") {
  const auto r = read_all("{\"a\":1}\n\n   \n{\"b\":2}\n\t\n{\"c\":3}\n");
  REQUIRE(r.texts.size() == 6);
  CHECK(r.numbers == std::vector<std::size_t>{1, 2, 3, 4, 5, 6});
  CHECK(r.texts[3] == "{\"b\":2}");
  CHECK(r.blank == 3);
  CHECK_FALSE(r.unterminated);
}

// A checker's trial (session 32): `cat a.jsonl b.jsonl | shixian check` lost b's first
// line to its byte order mark ("non-ASCII character U+FEFF"); no JSON begins with one.
TEST_CASE("a UTF-8 BOM is stripped from the start of any line; elsewhere it stays") {
  const auto r = read_all("\xEF\xBB\xBF{\"id\":1}\n\xEF\xBB\xBF{\"id\":2}\n{\"id\":\xEF\xBB\xBF" "3}\n\xEF\xBB\xBF\n");
  REQUIRE(r.texts.size() == 4);
  CHECK(r.texts[0] == "{\"id\":1}");
  CHECK(r.texts[1] == "{\"id\":2}");
  CHECK(r.texts[2] == "{\"id\":\xEF\xBB\xBF" "3}");  // inside a line it is data, and the caller's error
  CHECK(r.texts[3].empty());
}

TEST_CASE("CRLF line ends lose the CR; a lone CR inside a line stays") {
  const auto r = read_all("a\r\nb\rc\r\n\r\n");
  REQUIRE(r.texts.size() == 3);
  CHECK(r.texts[0] == "a");
  CHECK(r.texts[1] == "b\rc");
  CHECK(r.texts[2].empty());
  CHECK(r.blank == 1);
}

TEST_CASE("a truncated last line without a newline is still yielded") {
  const auto r = read_all("first\nsecond half-writ");
  REQUIRE(r.texts.size() == 2);
  CHECK(r.texts[1] == "second half-writ");
  CHECK(r.numbers[1] == 2);
  CHECK(r.unterminated);
}

TEST_CASE("empty input has no lines; a single newline is one blank line") {
  CHECK(read_all("").texts.empty());
  const auto r = read_all("\n");
  CHECK(r.texts.size() == 1);
  CHECK(r.blank == 1);
}

TEST_CASE("a 5 MB line between short ones is read whole") {
  std::string big(5 * 1024 * 1024, 'x');
  big[0] = '{';
  big.back() = '}';
  const auto r = read_all("short\n" + big + "\nafter\n", 4096);
  REQUIRE(r.texts.size() == 3);
  CHECK(r.texts[1].size() == big.size());
  CHECK(r.texts[1] == big);
  CHECK(r.texts[2] == "after");
  CHECK(r.numbers[2] == 3);
}

TEST_CASE("lines that straddle block boundaries are reassembled") {
  std::string input;
  std::vector<std::string> want;
  for (int i = 0; i < 500; ++i) {
    want.push_back("{\"id\":\"T-" + std::to_string(i) + "\",\"text\":\"" + std::string(static_cast<std::size_t>(i % 37), 'z') + "\"}");
    input += want.back() + (i % 3 == 0 ? "\r\n" : "\n");
  }
  const auto r = read_all(input, 64);
  CHECK(r.texts == want);
}

TEST_CASE("every yielded line is followed by readable padding for in-place parsing") {
  std::FILE* f = std::tmpfile();
  const std::string input = "abc\nlast";
  std::fwrite(input.data(), 1, input.size(), f);
  std::rewind(f);
  LineReader in(f, 64);
  Line line;
  REQUIRE(in.next(line));
  CHECK(line.text.data()[line.text.size()] == '\n');  // the next bytes are the input's own
  REQUIRE(in.next(line));
  CHECK(line.text == "last");
  // After the last line the padding is zeros, never stale bytes of an earlier block
  // (and reading it stays inside the allocation, which ASan checks).
  for (std::size_t i = 0; i < LineReader::kPadding; ++i)
    CHECK(line.text.data()[line.text.size() + i] == '\0');
  std::fclose(f);
}

TEST_CASE("a file descriptor source reads the same lines as a FILE*") {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  const std::string input = "\xEF\xBB\xBFone\r\ntwo\n\nthree";
  REQUIRE(::write(fds[1], input.data(), input.size()) == static_cast<ssize_t>(input.size()));
  ::close(fds[1]);
  LineReader in(fds[0], 64);
  Line line;
  std::vector<std::string> got;
  while (in.next(line)) got.emplace_back(line.text);
  ::close(fds[0]);
  CHECK(got == std::vector<std::string>{"one", "two", "", "three"});
  CHECK(in.blank_lines() == 1);
  CHECK(in.last_line_unterminated());
}

TEST_CASE("invalid UTF-8 is located by byte offset") {
  using shixian::io::describe_invalid_utf8;
  using shixian::io::find_invalid_utf8;
  CHECK_FALSE(find_invalid_utf8("盗刷 ATM").has_value());
  CHECK(find_invalid_utf8("ab\xC3").value() == 2);             // truncated sequence
  CHECK(find_invalid_utf8("盗\xE5\x88").value() == 3);          // cut-off CJK character
  CHECK(find_invalid_utf8("\xC0\xAF").value() == 0);            // overlong '/'
  CHECK(find_invalid_utf8("x\xED\xA0\x80").value() == 1);       // UTF-16 surrogate
  CHECK(find_invalid_utf8("ok\xF4\x90\x80\x80").value() == 2);  // above U+10FFFF
  CHECK(describe_invalid_utf8("ab\xFF") == "invalid UTF-8: byte 0xFF at offset 2");
  CHECK(describe_invalid_utf8("fine").empty());
}

TEST_CASE("JSON strings are escaped, and invalid UTF-8 becomes U+FFFD") {
  using shixian::io::json_string;
  CHECK(json_string("盗刷") == "\"盗刷\"");
  CHECK(json_string("a\"b\\c\nd\te\x01") == "\"a\\\"b\\\\c\\nd\\te\\u0001\"");
  CHECK(json_string("bad\xFFx") == "\"bad\\ufffdx\"");
  CHECK(json_string("") == "\"\"");
}

// Issue 16: `check /dev/zero` grew its buffer until std::bad_alloc. A line over the
// maximum is read past in blocks (the buffer does not grow) and yielded in its place.
TEST_CASE("a line longer than the maximum is yielded as too_long in its place; the next lines read on") {
  const std::string big(5000, 'x');
  auto r = read_all("a\n" + big + "\nb\n" + std::string(1000, 'y') + "\r\n", 64, 1000);
  CHECK(r.texts == std::vector<std::string>{"a", "<too long>", "b", std::string(1000, 'y')});
  CHECK(r.numbers == std::vector<std::size_t>{1, 2, 3, 4});
  CHECK(r.blank == 0);
  // Exactly at the maximum is fine; one more is not; found whole in the buffer or not.
  r = read_all(std::string(1000, 'z') + "\n" + std::string(1001, 'z') + "\nc", 4096, 1000);
  CHECK(r.texts == std::vector<std::string>{std::string(1000, 'z'), "<too long>", "c"});
  // Without a line end at all (an endless line, a truncated file): one too_long line.
  r = read_all("a\n" + std::string(100000, '\0'), 64, 1000);
  CHECK(r.texts == std::vector<std::string>{"a", "<too long>"});
  CHECK(r.unterminated);
}

TEST_CASE("memory stays bounded on an endless line: the buffer never passes about twice the maximum") {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  // 64 MiB of no line end, then one good line, written by a thread as the reader reads.
  std::FILE* w = ::fdopen(fds[1], "wb");
  REQUIRE(w != nullptr);
  const std::size_t total = std::size_t{64} << 20;
  std::string error;
  std::thread writer([&] {
    const std::string block(1 << 16, '0');
    for (std::size_t n = 0; n < total; n += block.size()) std::fwrite(block.data(), 1, block.size(), w);
    std::fputs("\n{}\n", w);
    std::fclose(w);
  });
  // Resident memory now (KiB, /proc/self/statm): what this test adds is measured from it,
  // since the process's peak may already be high from the tests before (ASan keeps freed
  // memory in quarantine, and large buffers are huge pages).
  long resident_kib = 0;
  if (std::FILE* f = std::fopen("/proc/self/statm", "r")) {
    long size = 0, pages = 0;
    if (std::fscanf(f, "%ld %ld", &size, &pages) == 2) resident_kib = pages * (::sysconf(_SC_PAGESIZE) / 1024);
    std::fclose(f);
  }
  LineReader in(fds[0], 1 << 16, 2 << 20);  // (skip bound 64 × 2 MiB: past the 64 MiB)
  Line line;
  REQUIRE(in.next(line));
  CHECK(line.too_long);
  CHECK(line.number == 1);
  REQUIRE(in.next(line));
  CHECK(line.text == "{}");
  CHECK(line.number == 2);
  CHECK_FALSE(in.next(line));
  writer.join();
  ::close(fds[0]);
  // The process's peak: a buffer grown to hold the line would add 128 MiB to what was
  // resident before (doubling past 64 MiB, every byte touched); bounded, the maximum twice
  // over (4 MiB, in huge pages) and the writer's block, well under 64 MiB.
  struct rusage usage {};
  ::getrusage(RUSAGE_SELF, &usage);
  CHECK(resident_kib > 0);
  CHECK(usage.ru_maxrss < resident_kib + 64 * 1024);  // KiB
}

// Issue 16: `check /dev/zero` was bounded in memory but never ended, reading past its one
// endless line for ever. Past kSkipFactor × the maximum without a line end, the reader
// stops: that line is the input's last, marked rest_unread, and what follows is not read.
TEST_CASE("reading past an endless line stops at the skip bound: the line is the last, rest_unread") {
  const std::size_t max_line = 1000, bound = max_line * LineReader::kSkipFactor;
  // Under the bound the line's end is found and reading goes on...
  auto r = read_all("a\n" + std::string(bound / 2, '\0') + "\nb\n", 256, max_line);
  CHECK(r.texts == std::vector<std::string>{"a", "<too long>", "b"});
  // ...past it, the line after is not read.
  const std::string input = "a\n" + std::string(bound + 4 * max_line, '\0') + "\nb\n";
  LineReader in(std::string_view(input), 256, max_line);
  Line line;
  REQUIRE(in.next(line));
  CHECK(line.text == "a");
  CHECK_FALSE(line.rest_unread);
  REQUIRE(in.next(line));
  CHECK(line.too_long);
  CHECK(line.rest_unread);
  CHECK(line.number == 2);
  CHECK_FALSE(in.next(line));
  CHECK(in.last_line_unterminated());
  // The one wording says that the rest was not read, and how far the reader looked.
  CHECK(shixian::io::too_long_error(max_line, true).find("no line end in the 64000 bytes after it") != std::string::npos);
  CHECK(shixian::io::too_long_error(max_line, false).find("the rest was not read") == std::string::npos);
}

// The buffer is sized to a small regular file or text (a one-line check used to cost a
// zeroed 1 MiB buffer); the lines, the padding and growth must not change with it.
TEST_CASE("a small regular file or text gets a small buffer and reads the same lines") {
  const std::string path = "/tmp/shixian-small-" + std::to_string(::getpid());
  for (const std::string& input : {std::string(), std::string("\n"), std::string("a"), std::string("a\nbb\n"),
                                  std::string("x\r\n") + std::string(200, 'y'), std::string(63, 'z') + "\n"}) {
    CAPTURE(input);
    std::vector<std::string> want;
    {
      LineReader in{std::string_view(input)};  // the text source: sized to the text
      Line line;
      while (in.next(line)) {
        want.emplace_back(line.text);
        for (std::size_t i = 0; i < LineReader::kPadding; ++i) (void)line.text.data()[line.text.size() + i];
      }
    }
    {
      std::FILE* f = std::fopen(path.c_str(), "wb");
      std::fwrite(input.data(), 1, input.size(), f);
      std::fclose(f);
    }
    const int fd = ::open(path.c_str(), O_RDONLY);
    REQUIRE(fd >= 0);
    LineReader in(fd);
    Line line;
    std::vector<std::string> got;
    while (in.next(line)) got.emplace_back(line.text);
    ::close(fd);
    CHECK(got == want);
    CHECK(got == read_all(input).texts);
  }
  // A file that grows after the reader sized its buffer is still read whole.
  {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    std::fputs("short\n", f);
    std::fflush(f);
    const int fd = ::open(path.c_str(), O_RDONLY);
    REQUIRE(fd >= 0);
    LineReader in(fd);
    const std::string more = std::string(5000, 'm') + "\nend";
    std::fputs(more.c_str(), f);
    std::fclose(f);
    Line line;
    std::vector<std::string> got;
    while (in.next(line)) got.emplace_back(line.text);
    ::close(fd);
    CHECK(got == std::vector<std::string>{"short", std::string(5000, 'm'), "end"});
  }
  // From the descriptor's offset, not the file's start.
  {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    std::fputs("skip\nkeep\n", f);
    std::fclose(f);
    const int fd = ::open(path.c_str(), O_RDONLY);
    REQUIRE(::lseek(fd, 5, SEEK_SET) == 5);
    LineReader in(fd);
    Line line;
    REQUIRE(in.next(line));
    CHECK(line.text == "keep");
    CHECK_FALSE(in.next(line));
    ::close(fd);
  }
  std::remove(path.c_str());
}

// A long last line that simply ends (no line end, then the end of input) past the skip
// bound said "the rest was not read" although nothing was left, and a line read past
// was then yielded again: found once the check_stream fuzzer could pass its maximum line
// length. (The reader sees the end when it is in the block read past the bound, as here
// where one block holds the input; a stream longer than that is not read to its end.)
TEST_CASE("a long last line past the skip bound that ends with the input is not 'the rest unread'") {
  const std::size_t max_line = 100, bound = max_line * LineReader::kSkipFactor;
  for (const std::size_t block : {bound + 700, std::size_t{1} << 20}) {
    CAPTURE(block);
    const std::string input = "a\n" + std::string(bound + 600, 'x');
    LineReader in(std::string_view(input), block, max_line);
    Line line;
    REQUIRE(in.next(line));
    REQUIRE(in.next(line));
    CHECK(line.too_long);
    CHECK_FALSE(line.rest_unread);
    CHECK_FALSE(in.next(line));
    CHECK(in.last_line_unterminated());
  }
}

TEST_CASE("after the skip bound stops the input, no further line is yielded, whatever the block size") {
  const std::size_t max_line = 100, bound = max_line * LineReader::kSkipFactor;
  for (const std::size_t block : {std::size_t{64}, std::size_t{256}, std::size_t{4096}, std::size_t{1} << 20}) {
    for (const std::size_t extra : {std::size_t{0}, std::size_t{1}, std::size_t{600}, std::size_t{5000}}) {
      CAPTURE(block);
      CAPTURE(extra);
      const std::string input = "a\n" + std::string(bound + max_line + 2 + extra, '\0') + "\nb\n";
      LineReader in(std::string_view(input), block, max_line);
      Line line;
      std::size_t lines = 0;
      bool stopped = false;
      while (in.next(line)) {
        CHECK_FALSE(stopped);  // nothing after the line that ended the input
        stopped = line.rest_unread;
        ++lines;
      }
      CHECK(lines <= 3);
      if (stopped) CHECK(lines == 2);
    }
  }
}

namespace {
struct Got {
  std::string text;
  std::size_t number;
  bool too_long, rest_unread, blank;
  bool operator==(const Got&) const = default;
};

// Every line of `input` through next(), or through next_lines() cut by LineCutter (the
// runs copied out first, as check --jobs N copies them into its batches), or the two
// mixed; with the reader's counts at the end.
std::vector<Got> read_lines(std::string_view input, std::size_t block, std::size_t max_line, int how,
                            std::size_t& lines, bool& unterminated) {
  LineReader in(input, block, max_line);
  std::vector<Got> got;
  auto add = [&](const Line& l) {
    got.push_back({l.too_long ? std::string() : std::string(l.text), l.number, l.too_long, l.rest_unread, l.blank()});
  };
  Line line;
  shixian::io::LineRun run;
  shixian::io::ReadBuffer spares[3];
  spares[2].data.reset(static_cast<char*>(std::malloc(100)));  // a capacity not the reader's: replaced
  spares[2].cap = 36;
  for (std::size_t call = 0;; ++call) {
    if (how == 0 || (how == 2 && call % 3 == 1)) {
      if (!in.next(line)) break;
      add(line);
      continue;
    }
    if (!in.next_lines(run)) break;
    const std::string copy(run.text);
    auto moved = run;
    moved.text = copy;
    if (how == 3 && !run.too_long) {  // the run's own buffer, handed over: no copy
      auto& spare = spares[call % 3];
      in.hand_over(spare);
      CHECK(run.text.data() >= spare.data.get());  // in the buffer the caller now has
      CHECK(run.text.data() + run.text.size() <= spare.data.get() + spare.cap);
      CHECK(run.text == copy);
      for (std::size_t i = 0; i < LineReader::kPadding; ++i) (void)run.text.data()[run.text.size() + i];
      moved.text = run.text;
    }
    shixian::io::LineCutter cut(moved, max_line);
    std::size_t n = 0;
    while (cut.next(line)) {
      CHECK(line.number == run.first + n);
      add(line);
      ++n;
    }
    CHECK(n == run.count);
    CHECK(in.lines() == run.first + run.count - 1);
  }
  lines = in.lines();
  unterminated = in.last_line_unterminated();
  return got;
}
}  // namespace

TEST_CASE("next_lines cut by LineCutter yields what next() yields, on random input") {
  std::mt19937 rng(20261204);
  auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
  for (int round = 0; round < 3000; ++round) {
    std::string input;
    if (pick(4) == 0) input = "\xEF\xBB\xBF";
    const std::size_t max_line = pick(3) == 0 ? LineReader::kDefaultMaxLine : 1 + pick(120);
    const std::size_t n = pick(40);
    for (std::size_t i = 0; i < n; ++i) {
      switch (pick(8)) {
        case 0: break;  // empty line
        case 1: input += std::string(pick(4), " \t"[pick(2)]); break;
        case 2: input += std::string(pick(max_line < 2000 ? 100 * max_line + 1 : 300), 'L'); break;
        case 3: input += "\xEF\xBB\xBF{}"; break;
        default: {
          const std::size_t len = pick(200);
          for (std::size_t k = 0; k < len; ++k) input += "ab{}\":, \t\r\x00\xC3"[pick(13)];
        }
      }
      if (pick(5) == 0) input += '\r';
      if (i + 1 < n || pick(2) == 0) input += '\n';
    }
    const std::size_t block = std::size_t{1} << (6 + pick(8));
    CAPTURE(round);
    CAPTURE(input.size());
    CAPTURE(block);
    CAPTURE(max_line);
    std::size_t lines0 = 0, lines = 0;
    bool unterminated0 = false, unterminated = false;
    const auto want = read_lines(input, block, max_line, 0, lines0, unterminated0);
    for (const int how : {1, 2, 3}) {
      CHECK(read_lines(input, block, max_line, how, lines, unterminated) == want);
      CHECK(lines == lines0);
      CHECK(unterminated == unterminated0);
    }
  }
}

TEST_CASE("count_newlines counts every newline, at any length and alignment") {
  std::mt19937 rng(7);
  std::string buf(5000, 'x');
  for (auto& c : buf) c = rng() % 5 == 0 ? '\n' : static_cast<char>(rng());
  for (int round = 0; round < 2000; ++round) {
    const std::size_t from = rng() % 64, len = rng() % (round < 1000 ? 100 : buf.size() - from);
    std::size_t want = 0;
    for (std::size_t i = from; i < from + len; ++i) want += buf[i] == '\n';
    CHECK(shixian::io::count_newlines(buf.data() + from, len) == want);
  }
  const std::string all(16 * 300 + 5, '\n');  // more than 255 steps of one lane each
  CHECK(shixian::io::count_newlines(all.data(), all.size()) == all.size());
}

TEST_CASE("describe_bad_string names the string JSON cannot read, and the field it is in") {
  using shixian::io::describe_bad_string;
  CHECK(describe_bad_string(R"({"id": "a\ud800b"})") ==
        R"(field 'id': '\ud800' is half of a UTF-16 surrogate pair (a lone surrogate), not a character)");
  CHECK(describe_bad_string(R"({"id": "a", "note": "x\udc00"})") ==
        R"(field 'note': '\udc00' is half of a UTF-16 surrogate pair (a lone surrogate), not a character)");
  // A high surrogate followed by something other than a low one.
  CHECK(describe_bad_string(R"({"id": "\ud800\u0041"})").find("'\\ud800' is half") != std::string::npos);
  CHECK(describe_bad_string(R"({"id": "x", "class": "urg\qent"})").rfind("field 'class': '\\q' is not a JSON escape", 0) == 0);
  CHECK(describe_bad_string(R"({"n": ["a", "\u12"]})") == R"(field 'n': '\u12' is not an escape: \u takes four hex digits)");
  CHECK(describe_bad_string(R"({"n": "\uab中"})") == R"(field 'n': '\uab' is not an escape: \u takes four hex digits)");
  // The whole character after a backslash, not its first byte.
  CHECK(describe_bad_string(R"({"id": "\é"})").rfind(R"(field 'id': '\é' is not a JSON escape)", 0) == 0);
  CHECK(describe_bad_string("{\"t\": \"a\tb\"}") ==
        "field 't': a control character (U+0009) must be written as an escape inside a string");
  CHECK(describe_bad_string(R"({"id": "x", "k\ud800": 1})").rfind("a key: '\\ud800' is half", 0) == 0);
  // A value on its own (a reader that has the field already).
  CHECK(describe_bad_string(R"("ATM\ud800")").rfind("'\\ud800' is half", 0) == 0);
  // Strings that read: nothing to say, escapes and pairs included.
  CHECK(describe_bad_string(R"({"id": "a\"b\\c\/d\b\f\n\r\t", "e": "\ud83d\ude00\u00e9", "n": [1, {"k": "v"}]})") == "");
  CHECK(describe_bad_string("") == "");
  CHECK(describe_bad_string(R"({"a": "unterminated)") == "");
}

// Every reader's error for a bare word where a value belongs (NaN, Infinity, None, True):
// named with its field, and nothing said of valid JSON, whose words are in strings or
// are true, false and null (classify and callback ask it of valid lines with a wrong type).
TEST_CASE("describe_bare_word_json names NaN, Infinity, None and True, and nothing in valid JSON") {
  using shixian::io::describe_bare_word_json;
  CHECK(describe_bare_word_json(R"({"id": "a", "amount": NaN})") ==
        "field 'amount': NaN is not a JSON value at byte 23 (JSON has no NaN or Infinity: write null or a number)");
  CHECK(describe_bare_word_json(R"({"a": -Infinity})").find("field 'a': Infinity is not a JSON value") == 0);
  CHECK(describe_bare_word_json(R"({"a": [1, None]})").find("None is not a JSON value") == 0);
  CHECK(describe_bare_word_json(R"({"ok": True})").find("in lower case") != std::string::npos);
  CHECK(describe_bare_word_json(R"({"name": yes})").find("belongs in \"quotes\"") != std::string::npos);
  for (const char* valid : {R"({"id": "NaN", "text": "Infinity: None, True", "x": [true, false, null], "y": {"z": null}})",
                            R"({"a": "say \"NaN\", b: True", "b": -1.5e3, "c": []})", R"([null, "x", {"k": false}])"}) {
    CAPTURE(valid);
    CHECK(describe_bare_word_json(valid).empty());
  }
}
