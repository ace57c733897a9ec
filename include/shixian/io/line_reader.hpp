#pragma once
// Reading JSON Lines input the way the stream commands (`check`, `classify`) need it.
//
// Terms:
//   physical line  the bytes between two '\n' (or the input's start/end). Line numbers
//                  in error reports are physical, 1-based, and count blank lines, so a
//                  bank engineer can jump to them in an editor: `sed -n 17p tickets.jsonl`.
//   blank line     a line holding nothing but spaces and tabs. The reader yields it (so
//                  numbering stays physical) and counts it; the caller skips it.
//
// Model: the reader pulls large blocks (1 MiB by default, or the constructor's: check on
// one thread asks 256 KiB; less when the input is text or a regular file smaller than that) from a FILE* or a file descriptor into one buffer
// and hands out string_views into it, so in steady state a line costs no allocation. The buffer grows only when a single line is longer than
// it (lines of several MB work), up to a maximum line length (kDefaultMaxLine, 8 MiB,
// or the constructor's): a longer line is read past without keeping it and yielded as
// too_long, so a line without end costs bounded memory. Reading past is bounded too: a
// line still without end after kSkipFactor × the maximum more bytes (512 MiB by default)
// ends the input there (Line::rest_unread), so `check /dev/zero` or a binary file given
// by mistake ends in a fraction of a second with its one bad line and its counts.
//
// What is stripped, and only this: the line end ("\n" or "\r\n"), and a UTF-8 byte
// order mark at the start of line 1 (Windows tools write one). A last line without a
// final newline is still a line (last_line_unterminated() tells). Nothing is decoded or
// validated: bytes pass through as read, and invalid UTF-8 is the caller's error to
// report with the line number (see find_invalid_utf8).
//
// Every yielded view is followed by at least kPadding readable bytes inside the
// buffer, which is what simdjson needs to parse in place without a copy:
//
//   shixian::io::LineReader in(stdin);
//   shixian::io::Line line;
//   while (in.next(line)) {
//     if (line.blank()) continue;                           // counted, not reported
//     if (auto bad = shixian::io::find_invalid_utf8(line.text)) { /* report line.number */ }
//     parser.parse(line.text.data(), line.text.size(), /*realloc_if_needed=*/false);
//   }
//   // in.lines() == physical lines read, in.blank_lines() == the blank ones among them
#include "shixian/abi.hpp"
#include "shixian/io/pages.hpp"
#include <cstddef>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

SHIXIAN_NAMESPACE_BEGIN
namespace io {

struct Line {
  std::string_view text;   // valid until the next call to LineReader::next
  std::size_t number = 0;  // 1-based physical line number
  // Longer than the reader's maximum: `text` is empty, the line was read past and not
  // kept. Every reader reports it as a bad line (too_long_error) and goes on.
  bool too_long = false;
  // A too_long line with no end in sight: the reader gave up reading past it, and this
  // is the input's last line (the rest, if any, is not read).
  bool rest_unread = false;
  // Only spaces and tabs (after the line end is stripped).
  bool blank() const noexcept;
};

// A run of whole lines as they lie in the input, for a caller that cuts them itself
// (`check --jobs N` hands whole blocks to its workers and each cuts its own lines):
// LineReader::next_lines gives in one piece what next() would have given over several
// calls, and LineCutter cuts it into the same Lines (numbers, line ends and byte order
// mark stripped, too_long) as next() would have yielded.
struct LineRun {
  // The lines with their line ends, as read; the last has no '\n' only when it is the
  // input's unterminated last line. Empty when too_long.
  std::string_view text;
  std::size_t first = 0;  // number of the first line
  std::size_t count = 0;  // lines in it
  // One line over the maximum that the reader read past (next()'s too_long line from
  // reading past it: count 1, text empty), and whether it stopped there (rest_unread).
  bool too_long = false;
  bool rest_unread = false;
};

// Cuts a LineRun into Lines, exactly as LineReader::next yields them (the run's text
// may lie anywhere, a copy included).
class LineCutter {
 public:
  LineCutter(const LineRun& run, std::size_t max_line) noexcept
      : p_(run.text.data()), end_(run.text.data() + run.text.size()), number_(run.first),
        max_line_(max_line < 1 ? 1 : max_line), too_long_(run.too_long), rest_unread_(run.rest_unread) {}
  bool next(Line& line) noexcept;

 private:
  const char* p_;
  const char* end_;
  std::size_t number_;
  std::size_t max_line_;
  bool too_long_, rest_unread_;
};

// The newlines in [p, p + n) (16 bytes a step with SSE2).
std::size_t count_newlines(const char* p, std::size_t n) noexcept;

// A read buffer that changes hands (LineReader::hand_over): `cap` bytes and padding.
// Its memory is freed with std::free (io::PageBuffer): give hand_over an empty one or one
// a reader filled, never one from new[] (a sanitizer build reports the mismatch).
struct ReadBuffer {
  PageBuffer data;
  std::size_t cap = 0;
};

class LineReader {
 public:
  // Readable bytes after every yielded line (simdjson::SIMDJSON_PADDING is 64).
  static constexpr std::size_t kPadding = 64;
  static constexpr std::size_t kDefaultBlock = std::size_t{1} << 20;
  // The longest line kept (bytes, line end excluded). A longer one, or input without
  // any line end (`check /dev/zero`), is read past in blocks and yielded as too_long,
  // so memory stays bounded (about twice this) whatever the input.
  static constexpr std::size_t kDefaultMaxLine = std::size_t{8} << 20;
  // How far past a too-long line the reader looks for its end, in maximum line lengths.
  static constexpr std::size_t kSkipFactor = 64;

  // Reads from `file` (not closed by the reader). Mixing this reader with other reads of
  // the same FILE* loses data: the reader buffers ahead.
  explicit LineReader(std::FILE* file, std::size_t block_size = kDefaultBlock,
                      std::size_t max_line = kDefaultMaxLine);
  // Reads from a file descriptor with read(2) (not closed by the reader).
  explicit LineReader(int fd, std::size_t block_size = kDefaultBlock, std::size_t max_line = kDefaultMaxLine);
  // Reads `text` (which must outlive the reader), block by block like a file: for input
  // that arrives in memory (a Dask partition, a message), numbered and cut the same way.
  explicit LineReader(std::string_view text, std::size_t block_size = kDefaultBlock,
                      std::size_t max_line = kDefaultMaxLine);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // The next physical line, or false at the end of input. Throws InputError when the
  // input cannot be read (the message names the system error).
  bool next(Line& line);
  // Every whole line now in the buffer (reading more only when there is none), or the
  // unterminated last line, or one too_long line read past, as one run; false at the end
  // of input. Calls of next() and next_lines() may be mixed; the same lines come either
  // way (LineCutter cuts a run into them). The run's text is valid until the next call.
  // blank_lines() counts only lines yielded by next().
  bool next_lines(LineRun& run);
  // Right after next_lines: the buffer holding that run goes to the caller, in `spare`
  // (whose own buffer the reader goes on in, reallocated first when its capacity is
  // not the reader's), so the run's text stays valid, followed by kPadding readable
  // bytes, for as long as the caller keeps it: a block of whole lines changes threads
  // without a copy. Only the partial line after the run is copied. The reader reads on
  // exactly as without it (same capacity, same lines).
  void hand_over(ReadBuffer& spare);

  // Called before each read that may wait for more input (the input is a pipe or a
  // terminal, not a regular file or text): a stream command hands on what it has
  // written so far, so `tail -f tickets.jsonl | shixian check` answers each line as it
  // comes, not at the end of input. Never called for a regular file (its reads do not
  // wait, and the hot path stays one syscall a block).
  void on_wait(std::function<void()> f) { on_wait_ = std::move(f); }

  std::size_t max_line() const noexcept { return max_line_; }
  std::size_t lines() const noexcept { return lines_; }
  std::size_t blank_lines() const noexcept { return blank_; }
  // The input's last byte was not '\n' (a truncated file, or an editor that leaves it).
  bool last_line_unterminated() const noexcept { return unterminated_; }

 private:
  std::size_t fill();  // reads more input after end_; returns bytes read (0 at EOF)
  bool skip_long_line(Line& line);  // reads past the rest of a line over max_line_

  std::FILE* file_ = nullptr;
  int fd_ = -1;
  std::string_view text_;    // the in-memory input's unread rest
  bool from_text_ = false;
  PageBuffer buf_;
  std::size_t cap_ = 0;      // usable bytes; kPadding more are allocated
  std::size_t begin_ = 0;    // first unconsumed byte
  std::size_t scanned_ = 0;  // bytes from begin_ already known to hold no '\n'
  std::size_t end_ = 0;      // one past the last byte read
  // Bytes hand_over moved away from before begin_ since the last fill, which next()
  // would still have in the buffer (skip_long_line counts them, as it always has).
  std::size_t handed_ = 0;
  std::size_t max_line_ = kDefaultMaxLine;
  bool eof_ = false;
  bool unterminated_ = false;
  bool may_wait_ = false;  // a pipe or terminal (see on_wait)
  std::function<void()> on_wait_;
  std::size_t lines_ = 0;
  std::size_t blank_ = 0;
};

// The byte offset of the first byte that is not part of a valid UTF-8 sequence
// (overlong forms, surrogates and code points above U+10FFFF are invalid), or nullopt
// when `text` is valid. Fast (SIMD) when valid, which is the common case.
std::optional<std::size_t> find_invalid_utf8(std::string_view text) noexcept;

// The one wording of a too_long line, for every reader's bad-line report:
// "line longer than 8388608 bytes (the maximum line length; a line end missing?)", and
// with rest_unread, that no line end came in the bytes after it and reading stopped.
std::string too_long_error(std::size_t max_line, bool rest_unread = false);

// The code point that starts at s[i], and its length in bytes: a lead byte's sequence,
// or the byte itself (length 1) where it is no lead byte or its sequence is cut short.
// For text known to be valid, or where a bad byte need only count as one character
// (terminal widths, naming a character in an error).
inline char32_t code_point_at(std::string_view s, std::size_t i, std::size_t& len) noexcept {
  const auto c = static_cast<unsigned char>(s[i]);
  len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (i + len > s.size()) len = 1;
  char32_t cp = len == 1 ? c : c & (0xFF >> (len + 1));
  for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  return cp;
}

// "invalid UTF-8: byte 0xC3 at offset 17" for use in error messages, or "" when valid.
std::string describe_invalid_utf8(std::string_view text);

// A line of a text data file (a calendar, a lexicon) holding a control character other
// than a tab (a NUL from a binary tool, an escape sequence pasted in): "a control
// character (0x00) at column 11: ...", or "" when there is none. Such a byte cut an error
// message short where it was printed, and a phrase holding one never matched.
std::string describe_control_character(std::string_view line);

// describe_invalid_utf8, and when the first bad bytes read as a GBK character (a lead
// byte 0x81..0xFE and a trail byte 0x40..0xFE: an export saved by Excel or a Windows
// tool in the code page of Chinese Windows) the fix: "(saved as GBK? save it as UTF-8)";
// after a UTF-16 byte-order mark, "(saved as UTF-16? save it as UTF-8)".
std::string describe_invalid_utf8_with_hint(std::string_view text);

// The ASCII character a Chinese input method types in its place: the full-width forms
// U+FF01..U+FF5E ('，' for ',', '：' for ':'), U+3000 for ' ', the curly quotes for '"' and
// '\'', '、' for ','; 0 for any other code point. One table for every reader that names
// such a character (rule-set files, JSON Lines).
char ascii_lookalike(char32_t cp) noexcept;

// Where a JSON line fails because of a character outside its strings that is not ASCII
// (a Chinese input method's '，' or '“', which export tools and hand edits leave in), the
// first such character named with its place and the ASCII one meant:
//   a full-width '，' (U+FF0C) at byte 57, outside any string; JSON needs ','
// "" when every byte outside strings is ASCII. Only for error paths (a byte walk).
std::string describe_non_ascii_json(std::string_view json);

// Where a JSON line fails on a bare word where a value belongs: NaN, Infinity (Python's
// json.dumps and pandas write them), None, True, False, undefined, named with its field:
//   field 'amount': NaN is not a JSON value (JSON has no NaN or Infinity: write null or a number)
// "" when there is none. Only for error paths (a byte walk).
std::string describe_bare_word_json(std::string_view json);

// Why a JSON text's strings cannot be read, where the parser says only "Problem while
// parsing a string": the first string holding a lone UTF-16 surrogate (\ud800 with no
// \udc00..\udfff after it: half of a character), an escape JSON does not have (\q), a
// \u without four hex digits or an unescaped control character, named with the field
// it is in when `json` is an object or a line of one:
//   field 'id': '\ud800' is half of a UTF-16 surrogate pair (a lone surrogate), not a character
// "" when every string reads. Only for error paths: it walks the text byte by byte.
std::string describe_bad_string(std::string_view json);

// Appends `s` as a JSON string literal, quotes included, so that any text (a rejected
// value inside an error message, complaint words) can be embedded in an output line.
// Bytes that are not valid UTF-8 become U+FFFD, so the output line stays valid JSON.
// Control characters are escaped as \u00XX: C0 and DEL as JSON requires, and C1
// (U+0080..U+009F) too, which some terminals act on (U+009B is CSI), so a JSON line
// printed on a terminal cannot drive it either.
void append_json_string(std::string& out, std::string_view s);
std::string json_string(std::string_view s);

// `s` made safe to write to a terminal: the one escaping of input-derived text (a field
// name, a file name, a value inside an error message) on stderr, shared by every reader
// and command. Text passes unchanged except: control characters (C0 but '\n' and '\t',
// DEL, C1) and the bidirectional overrides and isolates (U+202A..U+202E, U+2066..U+2069,
// which reorder what a reader sees) become \u001b, \u009b, \u202e as in JSON, and bytes
// that are not UTF-8 become \xC3 (upper-case hex). Quotes and backslashes stay as they
// are, since messages quote values. So an escape sequence in input is shown, never
// acted on:
//   terminal_safe("field '\x1b[31mred'")  == "field '\\u001b[31mred'"
std::string terminal_safe(std::string_view s);
// terminal_safe for one cell of a table or list (an id in a row): '\n' and '\t' escaped
// too, as \u000a and \u0009, so a value cannot start a row of its own or shift columns.
std::string terminal_safe_cell(std::string_view s);

}  // namespace io
SHIXIAN_NAMESPACE_END
