// Tickets as JSON Lines: see include/shixian/audit/ticket_json.hpp.
#include "shixian/audit/ticket_json.hpp"

#include <fmt/format.h>
#include <simdjson.h>

#include <array>
#include <charconv>
#include <cstring>
#include <limits>

#include "shixian/error.hpp"
#include "shixian/io/line_reader.hpp"
#include "shixian/sla/lifecycle.hpp"
#include "shixian/time/text.hpp"

namespace shixian::audit {

namespace od = simdjson::ondemand;

int resolve_missing_class(const RuleSet& rules, std::string_view /*line*/, std::string& error) {
  // Hook for classification (CONTRACT.md: `class` may be left out when the line carries
  // complaint text or facts). Until then a missing class is a rejected line.
  error = fmt::format("missing field 'class' (expected one of: {})", fmt::join(rules.classes, ", "));
  return -1;
}

namespace {

enum class Kind : std::uint8_t { id, ticket_class, flag, event };

struct FieldDef {
  std::string name;
  Kind kind;
  int index;
};

// A short quotation of a rejected JSON value for an error message.
std::string quote_value(od::value& v) {
  std::string_view raw = v.raw_json_token();
  while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t' || raw.back() == ',' || raw.back() == '}'))
    raw.remove_suffix(1);
  if (raw.size() > 60) return std::string(raw.substr(0, 57)) + "...";
  if (!raw.empty() && (raw.front() == '{' || raw.front() == '[')) return raw.front() == '{' ? "an object" : "an array";
  return std::string(raw);
}

// Validates a value the parser would otherwise skip over lightly (On Demand checks
// only what is read), so that "invalid JSON" means the same wherever it sits.
simdjson::error_code validate(od::value v, int depth) {
  if (depth > 256) return simdjson::DEPTH_ERROR;
  od::json_type t;
  if (auto e = v.type().get(t)) return e;
  switch (t) {
    case od::json_type::array: {
      od::array a;
      if (auto e = v.get_array().get(a)) return e;
      for (auto el : a) {
        od::value x;
        if (auto e = el.get(x)) return e;
        if (auto e = validate(x, depth + 1)) return e;
      }
      return simdjson::SUCCESS;
    }
    case od::json_type::object: {
      od::object o;
      if (auto e = v.get_object().get(o)) return e;
      for (auto f : o) {
        std::string_view k;
        if (auto e = f.unescaped_key().get(k)) return e;
        od::value x;
        if (auto e = f.value().get(x)) return e;
        if (auto e = validate(x, depth + 1)) return e;
      }
      return simdjson::SUCCESS;
    }
    case od::json_type::number: {
      od::number n;
      return v.get_number().get(n);
    }
    case od::json_type::string: {
      std::string_view s;
      return v.get_string().get(s);
    }
    case od::json_type::boolean: {
      bool b;
      return v.get_bool().get(b);
    }
    case od::json_type::null: {
      bool is_null = false;
      if (auto e = v.is_null().get(is_null)) return e;
      return is_null ? simdjson::SUCCESS : simdjson::N_ATOM_ERROR;
    }
  }
  return simdjson::TAPE_ERROR;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
// Years 0001..9999 only (what four digits can say), so unsigned arithmetic suffices.
constexpr int days_from_civil(unsigned y, unsigned m, unsigned d) noexcept {
  y -= m <= 2;
  const unsigned era = y / 400;
  const unsigned yoe = y - era * 400;
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<int>(era * 146097 + doe) - 719468;
}

inline bool two_digits(const char* p, int& v) noexcept {
  const unsigned a = static_cast<unsigned char>(p[0]) - '0', b = static_cast<unsigned char>(p[1]) - '0';
  if (a > 9 || b > 9) return false;
  v = static_cast<int>(a * 10 + b);
  return true;
}

// The common timestamp shapes, "YYYY-MM-DD[T ]HH:MM[:SS]" then nothing, "Z" or "±HH:MM",
// without the general parser's bookkeeping. Anything else (fractions, lower-case
// letters, errors) returns false and goes to parse_timestamp_fields, which has the
// final word and the error messages.
inline bool fast_timestamp(std::string_view s, TimestampFields& out) noexcept {
  const char* p = s.data();
  const std::size_t n = s.size();
  if (n < 16 || p[4] != '-' || p[7] != '-' || (p[10] != 'T' && p[10] != ' ') || p[13] != ':') return false;
  int yh, yl, mo, d, h, mi, sec = 0;
  if (!two_digits(p, yh) || !two_digits(p + 2, yl) || !two_digits(p + 5, mo) || !two_digits(p + 8, d) ||
      !two_digits(p + 11, h) || !two_digits(p + 14, mi))
    return false;
  std::size_t i = 16;
  if (i < n && p[i] == ':') {
    if (n < 19 || !two_digits(p + 17, sec)) return false;
    i = 19;
  }
  static constexpr unsigned char month_days[13] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const int y = yh * 100 + yl;
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > month_days[mo] || h > 23 || mi > 59 || sec > 59) return false;
  if (mo == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))) return false;
  const long long secs = static_cast<long long>(days_from_civil(static_cast<unsigned>(y), static_cast<unsigned>(mo), static_cast<unsigned>(d))) * 86400 +
                         h * 3600 + mi * 60 + sec;
  out.local = LocalTime{std::chrono::duration_cast<Duration>(seconds{secs})};
  out.offset.reset();
  if (i == n) return true;
  if (p[i] == 'Z' && i + 1 == n) {
    out.offset = seconds{0};
    return true;
  }
  int oh, om;
  if ((p[i] == '+' || p[i] == '-') && i + 6 == n && two_digits(p + i + 1, oh) && p[i + 3] == ':' &&
      two_digits(p + i + 4, om) && oh <= 23 && om <= 59) {
    const seconds off{oh * 3600 + om * 60};
    out.offset = p[i] == '-' ? -off : off;
    return true;
  }
  return false;
}

}  // namespace

struct TicketParser::Impl {
  const RuleSet& rules;
  Zone zone;
  Choose choose;
  std::vector<FieldDef> fields;
  od::parser parser;
  std::string copy;  // for lines without padding after them
  std::string error;
  std::string why;
  std::string_view id;
  bool has_id = false;

  Impl(const RuleSet& rs, const Zone& z, Choose c) : rules(rs), zone(z), choose(c) {
    fields.push_back({"id", Kind::id, 0});
    fields.push_back({"class", Kind::ticket_class, 0});
    for (std::size_t i = 0; i < rs.flags.size(); ++i) fields.push_back({rs.flags[i], Kind::flag, static_cast<int>(i)});
    for (std::size_t i = 0; i < rs.events.size(); ++i)
      fields.push_back({rs.events[i], Kind::event, static_cast<int>(i)});
  }

  int find(std::string_view key) const noexcept {
    for (std::size_t i = 0; i < fields.size(); ++i)
      if (fields[i].name == key) return static_cast<int>(i);
    return -1;
  }

  bool json_error(simdjson::error_code e, std::string_view line) {
    if (e == simdjson::UTF8_ERROR) {
      error = io::describe_invalid_utf8(line);
      if (error.empty()) error = "invalid UTF-8";
    } else {
      error = fmt::format("invalid JSON: {}", simdjson::error_message(e));
    }
    return false;
  }
  // Why the line is not one JSON object, in words better than the parser's.
  bool not_an_object(simdjson::error_code e, std::string_view line) {
    std::string_view t = line;
    while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
    while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.remove_suffix(1);
    const std::string_view head = t.substr(0, 30);
    if (e == simdjson::INCORRECT_TYPE) {
      const char c = t.empty() ? ' ' : t.front();
      const bool json_value = c == '[' || c == '"' || c == '-' || (c >= '0' && c <= '9') || t == "true" ||
                              t == "false" || t == "null";
      error = json_value ? fmt::format("expected a JSON object {{\"id\": ..., \"received\": ...}}, got '{}'", head)
                         : fmt::format("invalid JSON: unexpected '{}' at byte 1", head);
      return false;
    }
    if (e == simdjson::INCOMPLETE_ARRAY_OR_OBJECT && !t.empty() && t.back() != '}')
      error = fmt::format("invalid JSON: the line ends with '{}' before its object is closed, or has content "
                          "after the object (a truncated line?)",
                          t.substr(t.size() > 20 ? t.size() - 20 : 0));
    else if (e == simdjson::INCOMPLETE_ARRAY_OR_OBJECT)
      error = "invalid JSON: unbalanced braces or brackets, or content after the object";
    else
      return json_error(e, line);
    return false;
  }
  // The first semantic error wins; parsing goes on to find the id.
  template <class... A>
  void reject(fmt::format_string<A...> f, A&&... args) {
    if (error.empty()) error = fmt::format(f, std::forward<A>(args)...);
  }

  bool parse(std::string_view line, std::size_t readable_after, Ticket& t);
};

bool TicketParser::Impl::parse(std::string_view line, std::size_t readable_after, Ticket& t) {
  error.clear();
  id = {};
  has_id = false;
  t = Ticket{};
  simdjson::padded_string_view view;
  if (readable_after >= simdjson::SIMDJSON_PADDING) {
    view = simdjson::padded_string_view(line.data(), line.size(), line.size() + readable_after);
  } else {
    copy.assign(line);
    copy.resize(line.size() + simdjson::SIMDJSON_PADDING, ' ');
    view = simdjson::padded_string_view(copy.data(), line.size(), copy.size());
  }
  od::document doc;
  if (auto e = parser.iterate(view).get(doc)) return json_error(e, line);
  od::object obj;
  if (auto e = doc.get_object().get(obj)) return not_an_object(e, line);
  std::array<std::string_view, max_events> when{};
  std::uint32_t seen = 0;
  std::string_view cls;
  bool has_class = false;
  for (auto field : obj) {
    std::string_view key;
    if (auto e = field.unescaped_key().get(key)) return json_error(e, line);
    od::value v;
    if (auto e = field.value().get(v)) return json_error(e, line);
    const int fi = find(key);
    if (fi < 0) {
      if (auto e = validate(v, 0)) return json_error(e, line);
      continue;
    }
    const FieldDef& def = fields[static_cast<std::size_t>(fi)];
    if (seen >> fi & 1u) reject("field '{}' appears twice", def.name);
    seen |= 1u << fi;
    od::json_type type;
    if (auto e = v.type().get(type)) return json_error(e, line);
    switch (def.kind) {
      case Kind::id:
        if (type == od::json_type::string) {
          if (auto e = v.get_string().get(id)) return json_error(e, line);
          has_id = true;
        } else {
          reject("field 'id' must be a string, got {}", quote_value(v));
        }
        break;
      case Kind::ticket_class:
        if (type == od::json_type::string) {
          if (auto e = v.get_string().get(cls)) return json_error(e, line);
          has_class = true;
        } else if (type != od::json_type::null) {
          reject("field 'class' must be a string, got {}", quote_value(v));
        }
        break;
      case Kind::flag:
        if (type == od::json_type::boolean) {
          bool b = false;
          if (auto e = v.get_bool().get(b)) return json_error(e, line);
          if (b) t.flags |= 1u << def.index;
        } else if (type == od::json_type::null) {
          if (auto e = validate(v, 0)) return json_error(e, line);
        } else {
          reject("field '{}' must be true or false, got {}", def.name, quote_value(v));
        }
        break;
      case Kind::event:
        if (type == od::json_type::string) {
          if (auto e = v.get_string().get(when[static_cast<std::size_t>(def.index)])) return json_error(e, line);
          t.present |= 1u << def.index;  // provisionally: the time is read below
        } else if (type == od::json_type::null) {
          if (auto e = validate(v, 0)) return json_error(e, line);
        } else {
          reject("field '{}' must be a timestamp string or null, got {}", def.name, quote_value(v));
        }
        break;
    }
  }
  // Anything after the object ("{...} x", "{...}{...}") makes the line invalid JSON.
  const char* trailing = nullptr;
  if (doc.current_location().get(trailing) == simdjson::SUCCESS) {
    const auto off = static_cast<std::size_t>(trailing - view.data());
    error = fmt::format("invalid JSON: unexpected content after the object at byte {}: '{}'", off + 1,
                        line.substr(off, 20));
    return false;
  }
  if (!error.empty()) return false;
  if (!has_id) {
    error = "missing field 'id' (expected a string)";
    return false;
  }
  if (has_class) {
    t.ticket_class = rules.class_index(cls);
    if (t.ticket_class < 0) {
      error = fmt::format("unknown class '{}' (rule set {} has: {})", cls, rules.name, fmt::join(rules.classes, ", "));
      return false;
    }
  } else {
    t.ticket_class = resolve_missing_class(rules, line, error);
    if (t.ticket_class < 0) {
      if (error.empty()) error = "missing field 'class'";
      return false;
    }
  }
  if (!t.has(0)) {
    error = fmt::format("missing field '{}' (expected a timestamp)", rules.events.front());
    return false;
  }
  const auto events = static_cast<int>(rules.events.size());
  int prev = -1;
  for (int e = 0; e < events; ++e) {
    if (!t.has(e)) continue;
    const std::string_view text = when[static_cast<std::size_t>(e)];
    const auto& name = rules.events[static_cast<std::size_t>(e)];
    std::optional<TimestampFields> f;
    if (TimestampFields fast; fast_timestamp(text, fast)) f = fast;
    else f = parse_timestamp_fields(text, nullptr);
    if (!f) {
      parse_timestamp_fields(text, &why);
      error = fmt::format("{}: '{}' is not a valid timestamp ({})", name, text, why);
      return false;
    }
    Instant at;
    if (f->offset) {
      at = Instant{f->local.time_since_epoch() - *f->offset};
    } else {
      try {
        at = zone.to_instant(f->local, choose);
      } catch (const InputError& err) {
        error = fmt::format("{}: {}", name, err.what());
        return false;
      }
    }
    t.at[static_cast<std::size_t>(e)] = at;
    if (prev >= 0 && at < t.at[static_cast<std::size_t>(prev)]) {
      // The events read so far are in order; name the pair that is not.
      Ticket head = t;
      for (int later = e + 1; later < events; ++later) head.clear(later);
      error = lifecycle_error(rules, head, zone);
      if (error.empty()) error = fmt::format("event '{}' is out of lifecycle order", name);
      return false;
    }
    prev = e;
  }
  return true;
}

TicketParser::TicketParser(const RuleSet& rules, const Zone& zone, Choose choose)
    : impl_(std::make_unique<Impl>(rules, zone, choose)) {}
TicketParser::~TicketParser() = default;
TicketParser::TicketParser(TicketParser&&) noexcept = default;
TicketParser& TicketParser::operator=(TicketParser&&) noexcept = default;

bool TicketParser::parse(std::string_view line, std::size_t readable_after, Ticket& ticket) {
  return impl_->parse(line, readable_after, ticket);
}
std::string_view TicketParser::id() const noexcept { return impl_->id; }
bool TicketParser::has_id() const noexcept { return impl_->has_id; }
const std::string& TicketParser::error() const noexcept { return impl_->error; }

namespace {

// RFC 3339 output, as format_instant_to writes it, with the date part of recent days
// and the offset remembered (per thread): a ticket's instants are a few days apart
// and a year of tickets touches only a few hundred days.
class InstantWriter {
 public:
  void append_quoted(std::string& out, Instant t, const Zone& zone) {
    const auto off = zone.offset_at(t);
    const long long ns = (t.time_since_epoch() + off).count();
    const long long sec = ns >= 0 ? ns / 1'000'000'000 : -((-ns + 999'999'999) / 1'000'000'000);
    if (sec * 1'000'000'000 != ns) {  // a fraction: the general writer
      char buf[48];
      out += '"';
      out.append(buf, format_instant_to(buf, t, zone));
      out += '"';
      return;
    }
    const long long day = sec >= 0 ? sec / 86400 : -((-sec + 86399) / 86400);
    const auto tod = static_cast<unsigned>(sec - day * 86400);
    Entry& e = days_[static_cast<std::size_t>(day) & (days_.size() - 1)];
    if (e.day != day) {
      const date::year_month_day ymd{date::sys_days{days{day}}};
      const int y = static_cast<int>(ymd.year());
      char* q = e.text;
      *q++ = '"';
      put2(q, static_cast<unsigned>(y / 100));
      put2(q, static_cast<unsigned>(y % 100));
      *q++ = '-';
      put2(q, static_cast<unsigned>(ymd.month()));
      *q++ = '-';
      put2(q, static_cast<unsigned>(ymd.day()));
      *q++ = 'T';
      e.day = day;
    }
    if (off.count() != offset_) {
      const long long o = off.count(), a = o < 0 ? -o : o;
      char* q = offset_text_;
      *q++ = o < 0 ? '-' : '+';
      put2(q, static_cast<unsigned>(a / 3600));
      *q++ = ':';
      put2(q, static_cast<unsigned>(a / 60 % 60));
      *q++ = '"';
      offset_ = off.count();
    }
    const std::size_t at = out.size();
    out.resize(at + 12 + 8 + 7);
    char* q = out.data() + at;
    std::memcpy(q, e.text, 12);
    q += 12;
    put2(q, tod / 3600);
    *q++ = ':';
    put2(q, tod / 60 % 60);
    *q++ = ':';
    put2(q, tod % 60);
    std::memcpy(q, offset_text_, 7);
  }

 private:
  static void put2(char*& q, unsigned v) noexcept {
    q[0] = static_cast<char>('0' + v / 10 % 10);
    q[1] = static_cast<char>('0' + v % 10);
    q += 2;
  }
  struct Entry {
    long long day = std::numeric_limits<long long>::min();
    char text[12];  // "\"YYYY-MM-DDT"
  };
  std::array<Entry, 1024> days_{};
  long long offset_ = std::numeric_limits<long long>::min();
  char offset_text_[8]{};
};

InstantWriter& instant_writer() {
  static thread_local InstantWriter w;
  return w;
}

void append_instant(std::string& out, Instant t, const Zone& zone) { instant_writer().append_quoted(out, t, zone); }

void append_share(std::string& out, Duration used, Duration amount) {
  long long hundredths =
      amount.count() > 0 ? static_cast<long long>(static_cast<double>(used.count()) * 100.0 /
                                                  static_cast<double>(amount.count()))
                         : 100;
  if (hundredths < 0) hundredths = 0;
  char buf[24];
  const char* end = std::to_chars(buf, buf + sizeof buf, hundredths / 100).ptr;
  out.append(buf, static_cast<std::size_t>(end - buf));
  if (const long long f = hundredths % 100; f != 0) {
    out += '.';
    out += static_cast<char>('0' + f / 10);
    if (f % 10) out += static_cast<char>('0' + f % 10);
  }
}

}  // namespace

void append_audit_line(std::string& out, const RuleSet& rules, const Zone& zone, std::string_view id,
                       std::span<const StageAudit> stages) {
  out += "{\"id\": ";
  io::append_json_string(out, id);
  out += ", \"stages\": {";
  for (std::size_t i = 0; i < rules.stages.size(); ++i) {
    const StageAudit& s = stages[i];
    const Stage& st = rules.stages[i];
    if (i) out += ", ";
    out += '"';
    out += st.id;
    out += "\": {";
    if (s.has_deadline()) {
      out += "\"deadline\": ";
      append_instant(out, s.deadline, zone);
      out += ", ";
    }
    if (s.done) {
      out += "\"done\": ";
      append_instant(out, s.done_at, zone);
      out += ", ";
    }
    out += "\"status\": \"";
    out += to_string(s.status);
    out += '"';
    switch (s.status) {
      case Status::breached: {
        out += ", \"late\": {\"wall\": \"";
        append_duration(out, s.late_wall);
        out += "\", \"clock\": \"";
        if (s.clock == ClockKind::working_days) {
          const Target& target = st.targets[static_cast<std::size_t>(s.target)];
          append_working_days(out, s.late_clock, working_day_length(target.cutoff));
        } else {
          append_duration(out, s.late_clock);
        }
        out += s.late_provisional ? "\", \"provisional\": true}" : "\"}";
        break;
      }
      case Status::pending:
      case Status::at_risk:
        out += ", \"used\": ";
        append_share(out, s.used, s.amount);
        if (st.contact) {
          out += ", \"contact_by\": ";
          if (s.has_contact_by) append_instant(out, s.contact_by, zone);
          else out += "null";
        }
        break;
      case Status::error:
        out += ", \"error\": ";
        io::append_json_string(out, s.error);
        break;
      default: break;
    }
    if (s.quiet_hours) out += ", \"quiet_hours\": true";
    if (s.provisional) out += ", \"provisional\": true";
    out += '}';
  }
  out += "}}\n";
}

void append_bad_line(std::string& out, std::string_view file, std::size_t line, bool has_id, std::string_view id,
                     std::string_view error) {
  out += '{';
  if (!file.empty()) {
    out += "\"file\": ";
    io::append_json_string(out, file);
    out += ", ";
  }
  out += "\"line\": ";
  out += std::to_string(line);
  out += ", \"id\": ";
  if (has_id) io::append_json_string(out, id);
  else out += "null";
  out += ", \"error\": ";
  io::append_json_string(out, error);
  out += "}\n";
}

}  // namespace shixian::audit
