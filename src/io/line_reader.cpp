// The JSON Lines reader shared by the stream commands: see include/shixian/io/line_reader.hpp.
#include "shixian/io/line_reader.hpp"

#include "io/pages.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <simdjson.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>

#include <fmt/format.h>

#include "shixian/error.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace io {

static_assert(LineReader::kPadding >= simdjson::SIMDJSON_PADDING,
              "lines must stay parseable in place by simdjson");

namespace {
// A line's bytes (its "\n" cut off) as next() yields them: a "\r" before the line end
// stripped, too_long over the maximum, a byte order mark at the line's start stripped —
// line 1's, and any other's, as `cat a.jsonl b.jsonl` leaves b's at the start of a line
// (no JSON begins with one, so only a line that would be bad is changed).
inline void shape_line(const char* start, std::size_t len, std::size_t number, std::size_t max_line,
                       Line& line) noexcept {
  if (len > 0 && start[len - 1] == '\r') --len;
  line.number = number;
  line.rest_unread = false;
  if (len > max_line) {  // whole in the buffer, but over the maximum all the same
    line.text = std::string_view(start + len, 0);
    line.too_long = true;
    return;
  }
  if (len >= 3 && static_cast<unsigned char>(start[0]) == 0xEF && std::memcmp(start, "\xEF\xBB\xBF", 3) == 0) {
    start += 3;
    len -= 3;
  }
  line.text = std::string_view(start, len);
  line.too_long = false;
}
}  // namespace

bool Line::blank() const noexcept {
  // A ticket line is settled by its first byte: looked at before the loop, whose
  // unrolled form cost some forty instructions a line to set up.
  if (too_long || (!text.empty() && text.front() != ' ' && text.front() != '\t')) return false;
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t'; });
}

namespace {
PageBuffer allocate(std::size_t cap) {
  // Only the padding after what is read is zeroed (here for an empty buffer, then by
  // fill() after each read), so the padding a parser reads ahead into is never
  // uninitialised. Zeroing the whole block instead touched its every page: 1 MiB of
  // page faults for each input, however small (a check of a one-line file, a fuzz run).
  // A full block is huge pages (src/io/pages.hpp): `check --jobs 2` keeps several.
  std::size_t n = cap + LineReader::kPadding;
  auto buf = allocate_pages(n);
  std::memset(buf.get(), 0, LineReader::kPadding);
  return buf;
}

// The block for input of `size` bytes, when known: no larger than the input needs (a
// small file or text costs a small buffer), no smaller than 64 bytes.
std::size_t block_for(std::size_t block_size, std::optional<std::size_t> size) {
  std::size_t b = std::max<std::size_t>(block_size, 64);
  if (size) b = std::min(b, std::max<std::size_t>(*size + 1, 64));
  return b;
}

std::optional<std::size_t> regular_file_size(int fd) {
  struct stat st{};
  if (fd < 0 || ::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size < 0) return std::nullopt;
  // The rest from the current offset: the reader starts where the descriptor is.
  const off_t at = ::lseek(fd, 0, SEEK_CUR);
  const auto size = static_cast<std::size_t>(st.st_size);
  return at > 0 && static_cast<std::size_t>(at) <= size ? size - static_cast<std::size_t>(at) : size;
}
// A descriptor whose reads may wait for input: not a regular file (a pipe, a terminal, a
// socket). Unknown (fstat failed) counts as waiting: a flush too many costs nothing.
bool may_wait(int fd) {
  struct stat st{};
  return fd < 0 || ::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode);
}
}  // namespace

LineReader::LineReader(std::FILE* file, std::size_t block_size, std::size_t max_line)
    : file_(file), cap_(block_for(block_size, std::nullopt)), max_line_(std::max<std::size_t>(max_line, 1)),
      may_wait_(file == nullptr || may_wait(::fileno(file))) {
  buf_ = allocate(cap_);
}

LineReader::LineReader(int fd, std::size_t block_size, std::size_t max_line)
    : fd_(fd), cap_(block_for(block_size, regular_file_size(fd))), max_line_(std::max<std::size_t>(max_line, 1)),
      may_wait_(may_wait(fd)) {
  buf_ = allocate(cap_);
}

namespace {
std::size_t skip_bound(std::size_t max_line) {
  constexpr std::size_t most = std::numeric_limits<std::size_t>::max();
  return max_line > most / LineReader::kSkipFactor ? most : max_line * LineReader::kSkipFactor;
}
}  // namespace

std::string describe_control_character(std::string_view line) {
  for (std::size_t i = 0; i < line.size(); ++i) {
    const auto c = static_cast<unsigned char>(line[i]);
    if ((c < 0x20 && c != '\t' && !(c == '\r' && i + 1 == line.size())) || c == 0x7F)
      return fmt::format("a control character (0x{:02X}) at column {}: a data file holds text only "
                         "(written by a binary tool, or a terminal escape pasted in?)",
                         c, 1 + std::count_if(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(i),
                                              [](char b) { return (static_cast<unsigned char>(b) & 0xC0) != 0x80; }));
  }
  return {};
}

std::string too_long_error(std::size_t max_line, bool rest_unread) {
  std::string s = "line longer than " + std::to_string(max_line) + " bytes (the maximum line length; a line end missing?)";
  if (rest_unread)
    s += "; no line end in the " + std::to_string(skip_bound(max_line)) +
         " bytes after it either, so the input is not JSON Lines (a binary file, /dev/zero?): the rest was not read";
  return s;
}

bool LineReader::skip_long_line(Line& line) {
  // Drop what is buffered and read on, a block at a time, to the line's end: the buffer
  // does not grow, however long the line. Nor does the time: past the skip bound the
  // input is treated as ended (an endless stream would otherwise never finish).
  bool rest_unread = false;
  const std::size_t skip_limit = skip_bound(max_line_);
  std::size_t skipped = 0;
  for (;;) {
    skipped += end_ + handed_;  // (what the buffer held, lines before this one included)
    begin_ = end_ = scanned_ = handed_ = 0;
    // The end of input first: a long last line that simply ends is not "the rest unread".
    if (eof_ || fill() == 0) {
      unterminated_ = true;
      break;
    }
    if (const void* nl = std::memchr(buf_.get(), '\n', end_)) {
      begin_ = static_cast<std::size_t>(static_cast<const char*>(nl) - buf_.get()) + 1;
      break;
    }
    if (skipped > skip_limit) {
      begin_ = end_ = scanned_ = 0;  // what was read past is dropped: nothing follows
      eof_ = rest_unread = unterminated_ = true;
      break;
    }
  }
  ++lines_;
  line.text = std::string_view(buf_.get() + begin_, 0);
  line.number = lines_;
  line.too_long = true;
  line.rest_unread = rest_unread;
  return true;
}

LineReader::LineReader(std::string_view text, std::size_t block_size, std::size_t max_line)
    : text_(text), from_text_(true), cap_(block_for(block_size, text.size())),
      max_line_(std::max<std::size_t>(max_line, 1)) {
  buf_ = allocate(cap_);
}

LineReader::~LineReader() = default;

std::size_t LineReader::fill() {
  handed_ = 0;  // (the move below, done by hand_over)
  if (begin_ > 0) {
    // Move the partial line to the front so the next block lands after it; this is
    // what keeps the steady state allocation-free.
    std::memmove(buf_.get(), buf_.get() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (end_ == cap_) {
    // One line fills the whole buffer: only now does it grow (doubling, so a 5 MB line
    // costs a handful of copies, not one per block).
    const std::size_t bigger = cap_ * 2;
    auto grown = allocate(bigger);
    std::memcpy(grown.get(), buf_.get(), end_);
    buf_ = std::move(grown);
    cap_ = bigger;
  }
  char* dst = buf_.get() + end_;
  const std::size_t room = cap_ - end_;
  std::size_t got = 0;
  if (from_text_) {
    got = std::min(room, text_.size());
    if (got > 0) std::memcpy(dst, text_.data(), got);
    text_.remove_prefix(got);
  } else if (file_ != nullptr) {
    if (may_wait_ && on_wait_) on_wait_();
    got = std::fread(dst, 1, room, file_);
    if (got == 0 && std::ferror(file_))
      throw InputError(std::string("cannot read input: ") + std::strerror(errno));
  } else {
    if (may_wait_ && on_wait_) on_wait_();
    for (;;) {
      const ssize_t n = ::read(fd_, dst, room);
      if (n >= 0) {
        got = static_cast<std::size_t>(n);
        break;
      }
      if (errno != EINTR)
        throw InputError(std::string("cannot read input: ") + std::strerror(errno));
    }
  }
  end_ += got;
  // Keep the padding after the data deterministic: a shorter read leaves old bytes.
  std::memset(buf_.get() + end_, 0, kPadding);
  if (got == 0) eof_ = true;
  return got;
}

bool LineReader::next(Line& line) {
  std::size_t len = 0;
  std::size_t consumed = 0;
  for (;;) {
    const std::size_t avail = end_ - begin_;
    const char* base = buf_.get() + begin_;
    // Resume the search where the last block ended: a 5 MB line is scanned once, not
    // once per block read.
    const void* nl = std::memchr(base + scanned_, '\n', avail - scanned_);
    if (nl != nullptr) {
      len = static_cast<std::size_t>(static_cast<const char*>(nl) - base);
      consumed = len + 1;
      break;
    }
    scanned_ = avail;
    if (avail > max_line_ + 1) return skip_long_line(line);  // (+1: a "\r" before the "\n")
    if (!eof_) {
      fill();
      continue;
    }
    if (avail == 0) return false;
    len = consumed = avail;
    unterminated_ = true;
    break;
  }
  const char* start = buf_.get() + begin_;
  begin_ += consumed;
  scanned_ = 0;
  ++lines_;
  shape_line(start, len, lines_, max_line_, line);
  if (line.blank()) ++blank_;
  return true;
}

bool LineReader::next_lines(LineRun& run) {
  for (;;) {
    const std::size_t avail = end_ - begin_;
    const char* base = buf_.get() + begin_;
    // The last line end in the buffer: every line before it is whole. What follows it
    // is the partial line next() would read more for, and so does this, the same way.
    const void* nl = ::memrchr(base + scanned_, '\n', avail - scanned_);
    if (nl != nullptr) {
      const std::size_t n = static_cast<std::size_t>(static_cast<const char*>(nl) - base) + 1;
      run.text = std::string_view(base, n);
      run.first = lines_ + 1;
      run.count = count_newlines(base, n);
      run.too_long = run.rest_unread = false;
      lines_ += run.count;
      begin_ += n;
      scanned_ = 0;
      return true;
    }
    scanned_ = avail;
    if (avail > max_line_ + 1) {  // as next(): read past it
      Line line;
      skip_long_line(line);
      run.text = std::string_view(base, 0);
      run.first = line.number;
      run.count = 1;
      run.too_long = true;
      run.rest_unread = line.rest_unread;
      return true;
    }
    if (!eof_) {
      fill();
      continue;
    }
    if (avail == 0) return false;
    run.text = std::string_view(base, avail);
    run.first = ++lines_;
    run.count = 1;
    run.too_long = run.rest_unread = false;
    begin_ = end_;
    scanned_ = 0;
    unterminated_ = true;
    return true;
  }
}

void LineReader::hand_over(ReadBuffer& spare) {
  if (spare.cap != cap_ || !spare.data) {
    spare.data = allocate(cap_);
    spare.cap = cap_;
  }
  // What fill() would do before its next read: the partial line to the front, then
  // padding after it; here into the other buffer.
  const std::size_t rest = end_ - begin_;
  if (rest > 0) std::memcpy(spare.data.get(), buf_.get() + begin_, rest);
  std::memset(spare.data.get() + rest, 0, kPadding);
  std::swap(buf_, spare.data);
  handed_ += begin_;
  begin_ = 0;
  end_ = rest;
  scanned_ = 0;
}

bool LineCutter::next(Line& line) noexcept {
  if (too_long_) {
    too_long_ = false;
    line.text = std::string_view(end_, 0);
    line.number = number_++;
    line.too_long = true;
    line.rest_unread = rest_unread_;
    p_ = end_;
    return true;
  }
  if (p_ >= end_) return false;
  const char* start = p_;
  const auto* nl = static_cast<const char*>(std::memchr(start, '\n', static_cast<std::size_t>(end_ - start)));
  const std::size_t len = static_cast<std::size_t>((nl ? nl : end_) - start);
  p_ = nl ? nl + 1 : end_;
  shape_line(start, len, number_++, max_line_, line);
  return true;
}

std::size_t count_newlines(const char* p, std::size_t n) noexcept {
  std::size_t count = 0, i = 0;
#if defined(__SSE2__)
  // Each byte lane counts its newlines (a match is -1: subtracted), for at most 255
  // steps, then the lanes are summed (psadbw): no popcount, which x86-64's baseline
  // lacks (a libgcc call per step).
  const __m128i nl = _mm_set1_epi8('\n');
  const __m128i zero = _mm_setzero_si128();
  while (i + 16 <= n) {
    __m128i lanes = zero;
    const std::size_t steps = std::min<std::size_t>((n - i) / 16, 255);
    for (std::size_t k = 0; k < steps; ++k, i += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(v, nl));
    }
    const __m128i sums = _mm_sad_epu8(lanes, zero);
    count += static_cast<std::size_t>(_mm_cvtsi128_si32(sums)) +
             static_cast<std::size_t>(_mm_cvtsi128_si32(_mm_unpackhi_epi64(sums, sums)));
  }
#endif
  for (; i < n; ++i) count += p[i] == '\n';
  return count;
}

namespace {
// Length of the valid UTF-8 sequence starting at p (Unicode 15, table 3-7), or 0.
std::size_t utf8_sequence(const unsigned char* p, std::size_t n) noexcept {
  const unsigned c = p[0];
  if (c < 0x80) return 1;
  auto cont = [&](std::size_t i, unsigned lo = 0x80, unsigned hi = 0xBF) {
    return i < n && p[i] >= lo && p[i] <= hi;
  };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
  if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return cont(1) && cont(2) ? 3 : 0;
  if (c == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;  // no surrogates
  if (c == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}
}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view text) noexcept {
  if (simdjson::validate_utf8(text.data(), text.size())) return std::nullopt;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t k = utf8_sequence(p + i, text.size() - i);
    if (k == 0) return i;
    i += k;
  }
  return std::nullopt;  // unreachable unless the two validators disagree
}

std::string describe_invalid_utf8(std::string_view text) {
  const auto bad = find_invalid_utf8(text);
  if (!bad) return {};
  static const char hex[] = "0123456789ABCDEF";
  const auto b = static_cast<unsigned char>(text[*bad]);
  std::string out = "invalid UTF-8: byte 0x";
  out += hex[b >> 4];
  out += hex[b & 15];
  out += " at offset " + std::to_string(*bad);
  return out;
}

namespace {
int hex_digit(char c) noexcept {
  return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}
// The four hex digits of a \u escape at s[i..i+4), or -1.
long hex4(std::string_view s, std::size_t i) noexcept {
  if (i + 4 > s.size()) return -1;
  long v = 0;
  for (std::size_t k = 0; k < 4; ++k) {
    const int d = hex_digit(s[i + k]);
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}
// The escape at s[i] ('\\' and what follows) as a message shows it: the whole character
// after the backslash, and no more than a \u escape's six bytes, stopping at the string's
// end (a quote) or at a byte that cannot belong to the escape.
std::string_view escape_shown(std::string_view s, std::size_t i) noexcept {
  std::size_t n = 1;
  if (i + 1 < s.size()) {
    const auto b = static_cast<unsigned char>(s[i + 1]);
    if (b == 'u') {
      n = 2;
      while (n < 6 && i + n < s.size() && hex_digit(s[i + n]) >= 0) ++n;
    } else {
      n = 2;
      if (b >= 0xC0)  // a multi-byte character: all of it, as far as it goes
        while (i + n < s.size() && (static_cast<unsigned char>(s[i + n]) & 0xC0) == 0x80 && n < 5) ++n;
    }
  }
  return s.substr(i, n);
}
// At most 64 bytes of a key for a message, cut at a character's start.
std::string_view key_shown(std::string_view k) noexcept {
  if (k.size() <= 64) return k;
  std::size_t n = 64;
  while (n > 0 && (static_cast<unsigned char>(k[n]) & 0xC0) == 0x80) --n;
  return k.substr(0, n);
}
}  // namespace

std::string describe_invalid_utf8_with_hint(std::string_view text) {
  std::string out = describe_invalid_utf8(text);
  // A UTF-16 byte-order mark (Windows Notepad's "Unicode"): the whole file is UTF-16.
  if (out.empty()) return out;
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) return out + " (saved as UTF-16? save it as UTF-8)";
  if (const auto bad = find_invalid_utf8(text); bad && *bad + 1 < text.size()) {
    const auto lead = static_cast<unsigned char>(text[*bad]), trail = static_cast<unsigned char>(text[*bad + 1]);
    // A Chinese character of GB2312 (both bytes A1..FE), the bulk of any GBK text; not a
    // UTF-8 character cut short by the line's end (its bytes after the lead are all
    // continuation bytes), nor Latin-1 (é before a letter).
    bool cut = lead >= 0xC0;
    for (std::size_t k = *bad + 1; cut && k < text.size(); ++k) cut = (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80;
    if (lead >= 0xA1 && lead <= 0xF7 && trail >= 0xA1 && trail <= 0xFE && !cut) out += " (saved as GBK? save it as UTF-8)";
  }
  return out;
}

char ascii_lookalike(char32_t cp) noexcept {
  if (cp >= 0xFF01 && cp <= 0xFF5E) return static_cast<char>(cp - 0xFEE0);  // full-width forms
  if (cp == 0x3000) return ' ';
  if (cp == 0x201C || cp == 0x201D) return '"';
  if (cp == 0x2018 || cp == 0x2019) return '\'';
  if (cp == 0x3001) return ',';  // 、
  return 0;
}

std::string describe_non_ascii_json(std::string_view s) {
  bool in_string = false;
  std::size_t closed = std::string_view::npos;  // where the last string ended (its quote)
  char before = 0;                              // the last byte outside strings, not a blank
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if (in_string) {
      if (u == '\\') ++i;
      else if (u == '"') in_string = false, closed = i;
      continue;
    }
    if (u == '"') {
      in_string = true;
      continue;
    }
    if (u < 0x80) {
      if (u != ' ' && u != '\t') before = static_cast<char>(u), closed = std::string_view::npos;
      continue;
    }
    std::size_t len = 0;
    const char32_t cp = code_point_at(s, i, len);
    const char a = ascii_lookalike(cp);
    // Text right after a string's closing quote: that quote was one inside the text, not
    // escaped (他说"你好"啊): the commonest way quoted speech breaks a line.
    if (closed != std::string_view::npos && closed + 1 == i && !a)
      return fmt::format("a '\"' inside a string at byte {} is not escaped (write \\\" for a quote inside text)", closed + 1);
    if (before == '\'')  // {'id': '中文'}
      return fmt::format("text in single quotes at byte {}: JSON strings are in double quotes \"...\"", i + 1);
    const std::string shown(s.substr(i, len));
    const auto code = static_cast<std::uint32_t>(cp);
    if (a == ' ') return fmt::format("a full-width space (U+3000) at byte {}, outside any string; JSON needs a plain space", i + 1);
    if (a) return fmt::format("a full-width '{}' (U+{:04X}) at byte {}, outside any string; JSON needs '{}'", shown, code, i + 1, a);
    return fmt::format("a non-ASCII character '{}' (U+{:04X}) at byte {}, outside any string; text belongs inside \"quotes\"",
                       shown, code, i + 1);
  }
  return {};
}

std::string describe_bare_word_json(std::string_view s) {
  std::string_view key;  // the last key read (as written)
  char before = 0;       // the last byte outside strings that is not a blank
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (c == '"') {
      const std::size_t start = ++i;
      while (i < s.size() && s[i] != '"') i += s[i] == '\\' ? 2 : 1;
      const std::string_view text = s.substr(start, std::min(i, s.size()) - start);
      // A string right after '{' or ',' in an object is a key (commas in arrays too, but
      // an array's strings are no value a bare word could stand for).
      if (before == '{' || before == ',') key = text;
      before = '"';
      ++i;
      continue;
    }
    const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (letter && (before == ':' || before == '[' || before == ',')) {
      std::size_t e = i;
      while (e < s.size() && ((s[e] >= 'A' && s[e] <= 'Z') || (s[e] >= 'a' && s[e] <= 'z') || s[e] == '_')) ++e;
      const std::string_view word = s.substr(i, e - i);
      if (word != "true" && word != "false" && word != "null") {
        std::string fix = "write true, false or null";
        if (word == "NaN" || word == "Infinity" || word == "nan" || word == "inf") fix = "JSON has no NaN or Infinity: write null or a number";
        else if (word == "None") fix = "Python's None is JSON's null";
        else if (word == "True" || word == "False") fix = "JSON writes true and false in lower case";
        else fix = "a text value belongs in \"quotes\"";
        const std::string where = before == ':' && !key.empty() ? fmt::format("field '{}': ", key.substr(0, 64)) : std::string();
        return fmt::format("{}{} is not a JSON value at byte {} ({})", where, word.substr(0, 30), i + 1, fix);
      }
      i = e;
      before = 'w';
      continue;
    }
    if (c == '-' && i + 1 < s.size() && s[i + 1] == 'I' && before == ':') {  // -Infinity
      ++i;
      continue;
    }
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') before = c;
    ++i;
  }
  return {};
}

std::string describe_bad_string(std::string_view s) {
  std::string open;     // the containers around the current byte: '{' or '['
  std::string_view key; // the last key read (as written, escapes not undone)
  char before = 0;      // the last byte outside strings that is not a blank
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (c != '"') {
      if (c == '{' || c == '[') open += c;
      if ((c == '}' || c == ']') && !open.empty()) open.pop_back();
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') before = c;
      ++i;
      continue;
    }
    const bool is_key = !open.empty() && open.back() == '{' && (before == '{' || before == ',');
    const std::size_t start = ++i;
    std::string problem;
    while (i < s.size() && s[i] != '"' && problem.empty()) {
      const auto b = static_cast<unsigned char>(s[i]);
      if (b < 0x20) {
        problem = fmt::format("a control character (U+{:04X}) must be written as an escape inside a string", b);
      } else if (b != '\\') {
        ++i;
      } else if (i + 1 >= s.size()) {
        problem = "a string ends in a lone backslash";
      } else if (s[i + 1] != 'u') {
        if (std::strchr("\"\\/bfnrt", s[i + 1]) != nullptr && s[i + 1] != 0) i += 2;
        else problem = fmt::format("'{}' is not a JSON escape (expected \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u and four hex digits)",
                                   escape_shown(s, i));
      } else if (const long v = hex4(s, i + 2); v < 0) {
        problem = fmt::format("'{}' is not an escape: \\u takes four hex digits", escape_shown(s, i));
      } else if (v >= 0xD800 && v <= 0xDBFF) {
        const long low = i + 7 < s.size() && s[i + 6] == '\\' && s[i + 7] == 'u' ? hex4(s, i + 8) : -1;
        if (low >= 0xDC00 && low <= 0xDFFF) i += 12;
        else problem = fmt::format("'{}' is half of a UTF-16 surrogate pair (a lone surrogate), not a character", s.substr(i, 6));
      } else if (v >= 0xDC00 && v <= 0xDFFF) {
        problem = fmt::format("'{}' is half of a UTF-16 surrogate pair (a lone surrogate), not a character", s.substr(i, 6));
      } else {
        i += 6;
      }
    }
    if (!problem.empty()) {
      if (is_key) return "a key: " + problem;
      return key.empty() ? problem : fmt::format("field '{}': {}", key_shown(key), problem);
    }
    if (is_key) key = s.substr(start, i - start);
    before = '"';
    ++i;  // the closing quote
  }
  return {};
}

void append_json_string(std::string& out, std::string_view s) {
  static const char hex[] = "0123456789abcdef";
  const bool valid = simdjson::validate_utf8(s.data(), s.size());
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  out.reserve(out.size() + s.size() + 2);
  out += '"';
  std::size_t i = 0;
  while (i < s.size()) {
    // Bytes that are copied as they are go in one append per run, not one per byte:
    // most text (ids, timestamps, complaint words) is one run.
    std::size_t run = i;
    while (run < s.size() && p[run] >= 0x20 && p[run] != 0x7F && p[run] != 0xC2 && p[run] != '"' && p[run] != '\\' &&
           (valid || p[run] < 0x80))
      ++run;
    out.append(s.data() + i, run - i);
    i = run;
    if (i == s.size()) break;
    const unsigned char c = p[i];
    if (c == 0xC2 && i + 1 < s.size() && p[i + 1] >= 0x80 && p[i + 1] <= 0x9F) {  // a C1 control
      out += "\\u00";
      out += hex[p[i + 1] >> 4];
      out += hex[p[i + 1] & 15];
      i += 2;
      continue;
    }
    if (c >= 0x80) {
      const std::size_t k = valid ? 1 : utf8_sequence(p + i, s.size() - i);
      if (k == 0) {
        out += "\\ufffd";
        ++i;
      } else {
        out.append(s.data() + i, k);
        i += k;
      }
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out += "\\u00";
          out += hex[c >> 4];
          out += hex[c & 15];
        } else {
          out += static_cast<char>(c);
        }
    }
    ++i;
  }
  out += '"';
}

namespace {
std::string escaped_for_terminal(std::string_view s, bool one_line) {
  static const char hex_lower[] = "0123456789abcdef", hex_upper[] = "0123456789ABCDEF";
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = p[i];
    if (c < 0x80) {
      if ((c < 0x20 && (one_line || (c != '\n' && c != '\t'))) || c == 0x7F) {
        out += "\\u00";
        out += hex_lower[c >> 4];
        out += hex_lower[c & 15];
      } else {
        out += static_cast<char>(c);
      }
      ++i;
      continue;
    }
    const std::size_t k = utf8_sequence(p + i, s.size() - i);
    if (k == 0) {
      out += "\\x";
      out += hex_upper[c >> 4];
      out += hex_upper[c & 15];
      ++i;
      continue;
    }
    // The code point, to tell the invisible ones that act from the ones that print.
    unsigned cp = k == 2 ? c & 0x1F : k == 3 ? c & 0x0F : c & 0x07;
    for (std::size_t j = 1; j < k; ++j) cp = (cp << 6) | (p[i + j] & 0x3F);
    if ((cp >= 0x80 && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
      out += "\\u";
      for (int shift = 12; shift >= 0; shift -= 4) out += hex_lower[(cp >> shift) & 15];
    } else {
      out.append(s.data() + i, k);
    }
    i += k;
  }
  return out;
}
}  // namespace

std::string terminal_safe(std::string_view s) { return escaped_for_terminal(s, false); }
std::string terminal_safe_cell(std::string_view s) { return escaped_for_terminal(s, true); }

std::string json_string(std::string_view s) {
  std::string out;
  append_json_string(out, s);
  return out;
}

}  // namespace io
SHIXIAN_NAMESPACE_END
