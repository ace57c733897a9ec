// TicketParser's fast line scanner (scan_common in src/audit/ticket_json.cpp) against
// its general path (simdjson: read_common, then read_general), on random ticket lines
// and on mutations of them: byte flips, truncations, escapes, repeated keys, numbers,
// nested values, other whitespace, content after the object. Every line must give the
// same answer both ways: the same ticket (class, flags, every event of every cycle,
// the record) or the same error, the same id, and the same tally of ignored fields.
// The fast path may decline any line (the general path then reads it), but it must
// never accept one the general path rejects, nor read one differently.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "audit/ticket_parser_access.hpp"
#include "io/json_line.hpp"
#include "shixian/audit/ticket_json.hpp"
#include "shixian/rules/rule_set.hpp"

using namespace shixian;

namespace {

struct Result {
  bool ok = false;
  std::string error, id;
  bool has_id = false;
  audit::TicketRecord record;
  bool classified = false;
};

bool same_ticket(const Ticket& a, const Ticket& b) {
  if (a.ticket_class != b.ticket_class || a.flags != b.flags || a.events_present() != b.events_present())
    return false;
  for (int e = 0; e < int{max_events}; ++e)
    if (a.has(e) && a.event(e) != b.event(e)) return false;
  return true;
}

struct Pair {
  RuleSetPtr rules = default_rule_set();
  Zone zone = Zone::shanghai();
  audit::TicketParser fast{*rules, zone}, general{*rules, zone};
  Pair() { audit::detail::TicketParserAccess::set_line_scan(general, false); }

  static Result run(audit::TicketParser& p, const std::string& padded, std::size_t size, std::size_t after) {
    Result r;
    r.ok = p.parse(std::string_view(padded.data(), size), after, r.record);
    r.error = p.error();
    r.id = std::string(p.id());
    r.has_id = p.has_id();
    r.classified = p.classified() != nullptr;
    return r;
  }

  // Both ways, in place (64 readable bytes after the line, of `tail`) or copied.
  void agree(const std::string& line, const std::string& tail, std::size_t after) {
    const std::string padded = line + tail;
    const Result a = run(fast, padded, line.size(), after), b = run(general, padded, line.size(), after);
    CAPTURE(line);
    REQUIRE(a.ok == b.ok);
    CHECK(a.error == b.error);
    CHECK(a.has_id == b.has_id);
    CHECK(a.id == b.id);
    CHECK(a.classified == b.classified);
    if (!a.ok) return;
    CHECK(same_ticket(a.record.ticket, b.record.ticket));
    REQUIRE(a.record.reopened.size() == b.record.reopened.size());
    for (std::size_t k = 0; k < a.record.reopened.size(); ++k)
      CHECK(same_ticket(a.record.reopened[k], b.record.reopened[k]));
    CHECK(a.record.has_record == b.record.has_record);
    CHECK(a.record.record_present == b.record.record_present);
  }

  void same_tallies() {
    const auto &a = fast.ignored(), &b = general.ignored();
    REQUIRE(a.names().size() == b.names().size());
    for (std::size_t i = 0; i < a.names().size(); ++i) {
      CHECK(a.names()[i].name == b.names()[i].name);
      CHECK(a.names()[i].count == b.names()[i].count);
    }
    CHECK(a.others() == b.others());
  }
};

class Lines {
 public:
  explicit Lines(std::uint64_t seed) : rng_(seed) {}
  int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  bool one_in(int n) { return pick(1, n) == 1; }

  static std::string two(int v) {
    char t[8];
    std::snprintf(t, sizeof t, "%02d", v);
    return t;
  }

  // A ticket's events come in order, minutes apart, mostly: each call is later than the
  // last within a line (start_line resets), in one of the shapes the reader takes or,
  // now and then, one it rejects.
  void start_line() {
    compact_ = one_in(4);
    month_ = pick(1, 12);
    minute_ = pick(0, 4 * 1440);
  }
  std::string timestamp() {
    static const char* const seps[] = {"T", " ", "t", "_"};
    static const char* const tails[] = {"", "", "", "", "+08:00", "Z", "-05:30", "+0800", "z"};
    static const char* const fractions[] = {"", "", "", ".5", ".000", ".123456789", ".1234567891", "."};
    minute_ += pick(0, 3000);
    const int day = 1 + minute_ / 1440 % 28;
    char text[96];
    const bool odd = one_in(25);
    std::snprintf(text, sizeof text, "%04d-%02d-%02d%s%02d:%02d", odd ? pick(1800, 2300) : 2026,
                  odd ? pick(0, 13) : month_, odd ? pick(0, 32) : day, seps[odd ? pick(0, 3) : pick(0, 1)],
                  odd ? pick(0, 24) : minute_ / 60 % 24, minute_ % 60);
    std::string s = text;
    if (!one_in(4)) {
      s += ':';
      s += two(pick(0, 59));
      s += fractions[pick(0, odd ? 7 : 5)];
    }
    s += tails[pick(0, odd ? 8 : 4)];
    return s;
  }

  // Appended piece by piece (GCC 12's -Wrestrict misreads "x" + std::string chains).
  static std::string quoted(const std::string& text) {
    std::string s(1, '"');
    s += text;
    s += '"';
    return s;
  }

  // A value for a field of this kind, mostly of the right type.
  std::string value(const std::string& field) {
    static const char* const odd[] = {"1",     "-0.5",   "1e400", "123456789012345678901234567890",
                                      "[]",    "[1, \"a\"]", "{}",    "{\"a\": {\"b\": null}}",
                                      "true",  "false",  "null",  "\"\"",
                                      "\"  \"", "\"\\u0041\"", "\"a\\\"b\"", "\"\xE4\xB8\xAD\xE6\x96\x87\"",
                                      "tru",   "nul",    "\"x"};
    if (one_in(60)) return odd[pick(0, sizeof odd / sizeof *odd - 1)];
    if (field == "id") return quoted("T-" + std::to_string(pick(0, 99999)));
    if (field == "class") return one_in(10) ? "\"vip\"" : pick(0, 1) ? "\"urgent\"" : "\"ordinary\"";
    if (field == "unionpay") return one_in(4) ? "null" : pick(0, 1) ? "true" : "false";
    if (field == "text") return one_in(2) ? "\"\xE9\x93\xB6\xE8\xA1\x8C\xE5\x8D\xA1\xE8\xA2\xAB\xE7\x9B\x97\"" : "\"card lost\"";
    if (field == "reopened")
      return one_in(2) ? std::string("null") : "[{\"at\": " + quoted(timestamp()) + ", \"closed\": " + quoted(timestamp()) + "}]";
    if (field == "record") return "{\"cause\": \"x\", \"result\": \" \"}";
    if (field == "media" || field == "fund_safety" || field == "repeat") return pick(0, 1) ? "true" : "null";
    if (field.rfind("x_", 0) == 0) {
      // An export's own column: null, text, or a number, JSON's or nearly (the scanner
      // takes the first kind and must decline the second as read_common does).
      static const char* const numbers[] = {"0",    "12",  "-7",  "3.25", "1e5",  "-0.0e-3", "2E+8",
                                            "1e400", "123456789012345678901234567890", "01", "1.",
                                            "-",    "1e",  "+1",  ".5",   "0x10", "1.5.2",   "-01", "1e5e"};
      if (one_in(3)) return "null";
      if (one_in(2)) return numbers[pick(0, sizeof numbers / sizeof *numbers - 1)];
      return quoted(std::to_string(pick(0, 999)));
    }
    return one_in(5) ? std::string("null") : quoted(timestamp());  // an event
  }

  std::string space() {
    static const char* const spaces[] = {"", " ", "  ", "\t", " \t", "\r", "\n"};
    if (one_in(150)) return spaces[pick(0, 6)];
    if (uniform_) return compact_ ? "" : " ";
    return pick(0, 3) ? " " : "";
  }
  // Spacing the same all through a line (as an export writes it), compact or not, so
  // that lines repeat each other's bytes between values (scan_common's gaps).
  void uniform(bool on) { uniform_ = on; }

  std::string line() {
    static const std::vector<std::string> events = {"received", "hq_dispatched", "tier2_received",
                                                    "branch_dispatched", "resolved", "replied", "closed"};
    start_line();
    std::vector<std::string> fields;
    if (!one_in(30)) fields.push_back("id");
    if (!one_in(20)) fields.push_back("class");
    if (pick(0, 1)) fields.push_back("unionpay");
    const int upto = pick(0, 7);
    for (int e = 0; e < upto; ++e)
      if (e == 0 || !one_in(5)) fields.push_back(events[static_cast<std::size_t>(e)]);
    if (one_in(6)) fields.push_back("x_" + std::to_string(pick(0, 12)));  // an export's own column
    if (one_in(12)) fields.push_back("text");
    if (one_in(12)) fields.push_back("media");
    if (one_in(20)) fields.push_back("reopened");
    if (one_in(20)) fields.push_back("record");
    if (one_in(25)) fields.push_back("\xE5\xA4\x87\xE6\xB3\xA8");  // 备注
    if (one_in(10)) std::shuffle(fields.begin(), fields.end(), rng_);
    if (one_in(20) && !fields.empty()) fields.push_back(fields[static_cast<std::size_t>(pick(0, static_cast<int>(fields.size()) - 1))]);
    for (int i = 0; one_in(30) && i < 10; ++i) fields.push_back("x_" + std::to_string(i));  // many columns
    // Piece by piece (GCC 12's -Wrestrict misreads "x" + std::string chains).
    std::string s = space();
    s += '{';
    s += space();
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (i) {
        s += ',';
        s += space();
      }
      s += '"';
      s += fields[i];
      s += '"';
      s += space();
      s += ':';
      s += space();
      s += value(fields[i]);
      s += space();
    }
    s += '}';
    s += space();
    return s;
  }

  // A mutation of a line: the kinds of damage and odd spelling a real export has.
  std::string mutate(std::string s) {
    if (s.empty()) return s;
    const auto at = [&] { return static_cast<std::size_t>(pick(0, static_cast<int>(s.size()) - 1)); };
    static const char bytes[] = {'"', '\\', '{', '}', '[', ']', ',', ':', ' ', '\t', '\r', '\0', '\x01', '\x1f',
                                 '\x7f', '\x80', '\xBF', '\xC0', '\xC2', '\xE4', '\xED', '\xF0', '\xF4', '\xFF',
                                 '0', '9', '-', '+', 'e', 'T', 'n', 't', 'f', 'u', 'l', 'Z', 'a'};
    switch (pick(0, 9)) {
      case 0: s[at()] = bytes[pick(0, sizeof bytes - 1)]; break;
      case 1: s[at()] = static_cast<char>(pick(0, 255)); break;
      case 2: s.resize(at()); break;
      case 3: s.erase(at(), 1); break;
      case 4: s.insert(at(), 1, bytes[pick(0, sizeof bytes - 1)]); break;
      case 5: {  // an escape inside a key or value
        static const char* const escapes[] = {"\\u0041", "\\n", "\\\"", "\\\\", "\\/", "\\ud800", "\\x", "\\u00e9"};
        const auto q = s.find('"', at());
        if (q != std::string::npos) s.insert(q + 1, escapes[pick(0, 7)]);
        break;
      }
      case 6: {  // a field again, or a second object
        const auto open = s.find('{'), close = s.rfind('}');
        if (open != std::string::npos && close != std::string::npos && close > open) {
          if (pick(0, 1)) s.insert(close, ", \"received\": \"2026-01-01T00:00\"");
          else s = one_in(2) ? std::string(s) + s : std::string(s) + " x";
        }
        break;
      }
      case 7: {  // a number or a nested value for a string
        static const char* const values[] = {"0", "-1.5e3", "01", "1.", "[\"a\"]", "{\"k\": 1}", "nan", "\"\""};
        const auto q = s.find(": \"", at());
        if (q != std::string::npos) {
          const auto end = s.find('"', q + 3);
          if (end != std::string::npos) s = s.substr(0, q + 2) + values[pick(0, 7)] + s.substr(end + 1);
        }
        break;
      }
      case 8: s.insert(at(), "\xE4\xB8\xAD"); break;  // UTF-8 anywhere
      default: {  // a split UTF-8 sequence or an overlong / surrogate form
        static const char* const bad[] = {"\xE4\xB8", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xC2"};
        s.insert(at(), bad[pick(0, 4)]);
        break;
      }
    }
    return s;
  }

  std::string tail() {
    // What follows the line in the reader's buffer: the next line, any bytes.
    std::string t(64, ' ');
    for (auto& c : t) c = one_in(3) ? '"' : static_cast<char>(pick(0, 255));
    return t;
  }

 private:
  std::mt19937_64 rng_;
  int month_ = 1, minute_ = 0;
  bool uniform_ = false, compact_ = false;
};

}  // namespace

namespace {

// Random lines, a third whole and the rest damaged, through both paths.
void agree_on_random_lines(bool uniform) {
  Pair pair;
  Lines gen(uniform ? 61 : 16);
  gen.uniform(uniform);
  int ok = 0, bad = 0;
  for (int i = 0; i < 100000; ++i) {
    std::string line = gen.line();
    const int damage = gen.pick(0, 2);  // a third whole, the rest damaged once or more
    for (int d = 0; d < damage; ++d) line = gen.mutate(line);
    if (line.find('\n') != std::string::npos) continue;  // the reader's contract: no line end inside
    const std::size_t after = gen.pick(0, 1) ? 64 : 0;
    pair.agree(line, gen.tail(), after);
    (pair.fast.error().empty() ? ok : bad) += 1;
    if (i % 5000 == 0) pair.same_tallies();
  }
  pair.same_tallies();
  // Both kinds in numbers, so that the comparison means something.
  CHECK(ok > 12000);
  CHECK(bad > 40000);
  // And the fast path is taken on the common line.
  CHECK(audit::detail::TicketParserAccess::lines_scanned(pair.fast) > 25000);
  CHECK(audit::detail::TicketParserAccess::lines_scanned(pair.general) == 0);
}

}  // namespace

TEST_CASE("the fast ticket scanner and the general reader agree on random and damaged lines") {
  agree_on_random_lines(false);
}

TEST_CASE("... and on lines spaced alike, as an export writes them (scan_common's learnt gaps)") {
  agree_on_random_lines(true);
}

TEST_CASE("the fast ticket scanner declines what it does not read, and agrees on edge lines") {
  Pair pair;
  const std::string tail(64, '"');
  const char* const lines[] = {
      R"({"id": "T-1", "class": "urgent", "received": "2026-11-20T17:45"})",
      R"({"id":"T-1","class":"urgent","received":"2026-11-20T17:45"})",
      R"(  {"id": "T-1", "class": "urgent", "received": "2026-11-20T17:45"}  )",
      R"({"id": "T-1", "class": "urgent", "received": "2026-11-20T17:45"} x)",
      R"({"id": "T-1", "class": "urgent", "received": "2026-11-20T17:45"}{})",
      R"({"id": "T-1", "class": "urgent", "received": "2026-11-20T17:45",})",
      R"({"id": "T-1", "class": "urgent", "received": "2026-11-20T17:45")",
      R"({"id": "T-1", "class": "urgent", "received": "2026-11-20T17:45)",
      R"({"id": "T-1", "class": "urgent", "id": "T-2", "received": "2026-11-20T17:45"})",
      R"({"id": "T-1", "class": "urgent", "x": 1, "x": 2, "received": "2026-11-20T17:45"})",
      R"({"id": "T-1", "class": "urgent", "x": "a", "x": "b", "received": "2026-11-20T17:45"})",
      R"({"id": "  ", "class": "urgent", "received": "2026-11-20T17:45"})",
      R"({"id": "", "class": "urgent", "received": "2026-11-20T17:45"})",
      R"({"id": "T-1", "class": null, "received": "2026-11-20T17:45"})",
      R"({"id": "T-1", "received": "2026-11-20T17:45", "text": "银行卡被盗刷"})",
      R"({"id": "T-1", "class": "urgent", "unionpay": "yes", "received": "2026-11-20T17:45"})",
      R"({"id": "T-1", "class": "urgent", "received": true})",
      R"({"id": "T-1", "class": "urgent", "received": "2026-02-30T17:45"})",
      R"({"id": "T-1", "class": "urgent", "received": "2026-11-20T17:45", "closed": "2026-11-19T17:45"})",
      R"({"id": "T-1", "class": "urgent", "received": "2026-11-20T17:45", "a": truex})",
      R"({"id": "T-1", "class": "urgent", "received": "2026-11-20T17:45", "a": nul})",
      R"({"id": "T-1", "class": "urgent", "received": "2026-11-20T17:45", "a":null})",
      R"({"id": "T-1" "class": "urgent"})",
      R"({"id" "T-1"})",
      R"({})",
      R"({ })",
      R"([])",
      R"("x")",
      R"({"id": "T-1", "class": "urgent", "received": "2026-11-20T17:45", "1": "", "2": "", "3": "", "4": "", "5": "", "6": "", "7": "", "8": "", "9": ""})",
      "{\"id\": \"T-\xE4\xB8\xAD\", \"class\": \"urgent\", \"received\": \"2026-11-20T17:45\"}",
      "{\"id\": \"T-\xE4\xB8\", \"class\": \"urgent\", \"received\": \"2026-11-20T17:45\"}",
      "{\"id\": \"T-\x7F\", \"class\": \"urgent\", \"received\": \"2026-11-20T17:45\"}",
      "{\"id\": \"T-1\",\t\"class\": \"urgent\", \"received\": \"2026-11-20T17:45\"}",
      "{\"id\": \"T-1\", \"class\": \"urgent\", \"received\": \"2026-11-20T17:45\"}\r",
      "\xEF\xBB\xBF{\"id\": \"T-1\", \"class\": \"urgent\", \"received\": \"2026-11-20T17:45\"}",
  };
  for (const char* line : lines)
    for (const std::size_t after : {std::size_t{0}, std::size_t{64}}) pair.agree(line, tail, after);
  pair.same_tallies();
  // Strings of every length across the index's word edges, up to several words long.
  for (std::size_t n = 0; n < 300; ++n) {
    std::string line = R"({"id": "T-1", "note": ")" + std::string(n, 'x') +
                       R"(", "class": "urgent", "received": "2026-11-20T17:45", "closed": ")" + std::string(n % 7, ' ') +
                       R"(2026-11-21T17:45"})";
    pair.agree(line, tail, 64);
  }
  // A line longer than the scanner's index reads the same.
  std::string longer = R"({"id": "T-1", "class": "urgent", "received": "2026-11-20T17:45", "note": ")";
  longer += std::string(io::json::QuoteIndex::kMaxLine, 'x') + "\"}";
  pair.agree(longer, tail, 64);
}
