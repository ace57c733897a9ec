// Tickets as JSON Lines: see include/shixian/audit/ticket_json.hpp.
#include "shixian/audit/ticket_json.hpp"

#include <fmt/format.h>
#include <simdjson.h>

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cstring>
#include <limits>
#include <span>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "audit/json_key.hpp"
#include "audit/ticket_parser_access.hpp"
#include "io/json_line.hpp"
#include "io/pages.hpp"
#include "shixian/error.hpp"
#include "shixian/i18n/terms.hpp"
#include "shixian/rules/names.hpp"
#include "shixian/io/line_reader.hpp"
#include "shixian/sla/lifecycle.hpp"
#include "shixian/time/text.hpp"
#include "time/fast_text.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace audit {

namespace od = simdjson::ondemand;

std::optional<ClassId> resolve_missing_class(const RuleSet& rules, const classify::Lexicon& lexicon,
                                             std::string_view line, std::size_t padding, classify::Classification& out, std::string& error) {
  classify::ClassifySettings settings;
  settings.group_threshold = rules.group_threshold;
  settings.review_amount_yuan = rules.review_amount_yuan;
  try {
    const auto complaint = classify::parse_complaint_json(line, padding);
    out = classify::classify(complaint, lexicon, settings);
  } catch (const InputError& e) {
    error = fmt::format("no class given, and the complaint cannot be classified: {}", e.what());
    return std::nullopt;
  }
  const auto cls = classify::name(out.cls);
  const auto index = rules.find_class(cls);
  if (!index)
    error = fmt::format("no class given; classified as '{}', but rule set {} has no such class (has: {})", cls,
                        rules.name, fmt::join(rules.classes, ", "));
  return index;
}

namespace {

// The complaint fields that let a line without a class be classified (CONTRACT.md
// `classify`): the tail of the line's own fields, after id, class, reopened, record.
constexpr std::span<const std::string_view> fact_fields = std::span(ticket_line_fields).subspan(4);

}  // namespace

std::vector<std::string> ticket_field_names(const RuleSet& rules) {
  std::vector<std::string> names{"id", "class"};
  auto add = [&](std::string_view n) {
    if (std::find(names.begin(), names.end(), n) == names.end()) names.emplace_back(n);
  };
  for (const auto& f : rules.flags) add(f);
  for (const auto& e : rules.events) add(e);
  add("reopened");
  add("record");
  for (auto f : fact_fields) add(f);
  return names;
}

std::vector<std::string> readable_field_names(const RuleSet& rules) {
  auto names = ticket_field_names(rules);
  for (const auto& f : rules.reply_record_fields) names.push_back("record." + f);
  // A reopened cycle's own fields: its "at" and the events after the first (a cycle
  // begins at "at", not "received", so 'recieved' there is not to be told 'received').
  names.push_back("reopened[].at");
  for (std::size_t e = 1; e < rules.events.size(); ++e) names.push_back("reopened[]." + rules.events[e]);
  return names;
}

namespace {

enum class Kind : std::uint8_t { id, ticket_class, flag, event, reopened, record, fact };

struct FieldDef {
  std::string name;
  Kind kind;
  int index;
  bool fact;  // also a complaint fact (a flag or event named like one)
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

using io::json::check_scalar;
using io::json::read_null;
using io::json::validate;


}  // namespace

struct TicketParser::Impl {
  const RuleSet& rules;
  Zone zone;
  Choose choose;
  std::shared_ptr<const classify::Lexicon> lexicon;
  std::vector<FieldDef> fields;
  std::array<std::vector<std::uint8_t>, 33> by_length;  // field indices by name length
  od::parser parser;
  std::string copy;  // for lines without padding after them
  std::string error;
  std::string why;
  std::string_view id;
  bool has_id = false;
  bool classified = false;
  classify::Classification classification;
  // Reopened cycles as read: their timestamp texts (valid until the next parse).
  struct CycleText {
    std::array<std::string_view, max_events> when{};
    std::uint32_t present = 0;
  };
  std::vector<CycleText> cycles;
  TicketRecord scratch;  // for parse(…, Ticket&)
  const Ticket blank_ticket{};
  fast::MonthDays months;      // timestamps' month starts
  IgnoredFields ignored;
  io::json::SeenKeys keys;  // read_general: a line's keys, for repeats

  Impl(const RuleSet& rs, const Zone& z, Choose c, std::shared_ptr<const classify::Lexicon> lex)
      : rules(rs), zone(z), choose(c), lexicon(std::move(lex)) {
    for (auto& name : ticket_field_names(rs)) {
      const bool fact = std::find(fact_fields.begin(), fact_fields.end(), name) != fact_fields.end();
      Kind kind = Kind::fact;
      int index = 0;
      if (name == "id") kind = Kind::id;
      else if (name == "class") kind = Kind::ticket_class;
      else if (const auto f = rs.find_flag(name)) kind = Kind::flag, index = f->index();
      else if (const auto e = rs.find_event(name)) kind = Kind::event, index = e->index();
      else if (name == "reopened") kind = Kind::reopened;
      else if (name == "record") kind = Kind::record;
      fields.push_back({std::move(name), kind, std::max(index, 0), fact});
    }
    for (std::size_t i = 0; i < fields.size() && i < 255; ++i)
      if (fields[i].name.size() < by_length.size()) by_length[fields[i].name.size()].push_back(static_cast<std::uint8_t>(i));
    build_slots();
  }

  // Field dispatch: a direct-mapped table by (length, first byte, last byte), names
  // compared eight bytes at a time; a slot two names share falls back to the lists.
  static constexpr std::size_t kSlots = 1024;
  static constexpr std::uint8_t kEmpty = 255, kShared = 254;
  std::array<std::uint8_t, kSlots> slot_{};
  std::vector<std::array<char, 40>> padded_;  // names, zero-padded

  static std::size_t slot_of(std::string_view key) noexcept {
    const auto a = static_cast<unsigned char>(key.front()), z = static_cast<unsigned char>(key.back()),
               m = static_cast<unsigned char>(key[key.size() / 2]);
    return (a + m + z + (key.size() << 4)) & (kSlots - 1);
  }
  // `name` is zero-padded past its n bytes; `key` is readable 8 bytes past its end (the
  // parser's padding), the bytes past it masked off.
  [[gnu::always_inline]] static bool same_bytes(const char* name, const char* key, std::size_t n) noexcept {
    std::size_t i = 0;
    std::uint64_t x, y;
    for (; i + 8 <= n; i += 8) {
      std::memcpy(&x, name + i, 8);
      std::memcpy(&y, key + i, 8);
      if (x != y) return false;
    }
    if (i == n) return true;
    std::memcpy(&x, name + i, 8);
    std::memcpy(&y, key + i, 8);
    return x == (y & ((std::uint64_t{1} << ((n - i) * 8)) - 1));
  }
  // scan_common's memory of the bytes before each value (see there): per place in the
  // line, the bytes from the previous value's end to this value's start, and the field
  // they name.
  struct Gap {
    static constexpr std::size_t kMax = 40;
    std::array<char, 48> bytes{};  // kMax learnt, and zeros to the third 16-byte block
    std::uint8_t size = 0;  // 0: none learnt
    int field = -1;         // -1: an export's own column, its key at [key_at, key_at + key_size)
    std::uint8_t key_at = 0, key_size = 0;
  };
  std::array<Gap, 32> gaps_{};
  // Are the first n (<= Gap::kMax) bytes of `text` those of `gap`: compared whole, without
  // a loop whose exit would mispredict on gaps of every length in turn. SSE2: three
  // 16-byte blocks, equal bytes as one bit mask; else five words under a byte mask.
  // `text` must be readable 48 bytes on (the line has 64 bytes of padding).
#if defined(__SSE2__)
  [[gnu::always_inline]] static bool same_prefix(const char* gap, const char* text, std::size_t n) noexcept {
    std::uint64_t equal = 0;
    for (std::size_t k = 0; k < 3; ++k) {
      const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(gap + 16 * k));
      const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text + 16 * k));
      equal |= std::uint64_t{static_cast<std::uint16_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(a, b)))} << (16 * k);
    }
    const std::uint64_t want = (std::uint64_t{1} << n) - 1;
    return (equal & want) == want;
  }
#else
  static constexpr std::array<unsigned char, 2 * Gap::kMax> kMaskBytes = [] {
    std::array<unsigned char, 2 * Gap::kMax> m{};
    for (std::size_t i = 0; i < Gap::kMax; ++i) m[i] = 0xFF;
    return m;
  }();
  [[gnu::always_inline]] static bool same_prefix(const char* gap, const char* text, std::size_t n) noexcept {
    const unsigned char* mask = kMaskBytes.data() + Gap::kMax - n;  // 0xFF for bytes below n
    std::uint64_t diff = 0;
    for (std::size_t i = 0; i < Gap::kMax; i += 8) {
      std::uint64_t x, y, m;
      std::memcpy(&x, gap + i, 8);
      std::memcpy(&y, text + i, 8);
      std::memcpy(&m, mask + i, 8);
      diff |= (x ^ y) & m;
    }
    return diff == 0;
  }
#endif
  void build_slots() {
    slot_.fill(kEmpty);
    padded_.assign(fields.size(), {});
    for (std::size_t i = 0; i < fields.size(); ++i) {
      const auto& name = fields[i].name;
      if (name.empty() || name.size() >= by_length.size()) continue;
      std::memcpy(padded_[i].data(), name.data(), name.size());
      auto& s = slot_[slot_of(name)];
      s = s == kEmpty && i < kShared ? static_cast<std::uint8_t>(i) : kShared;
    }
  }
  [[gnu::always_inline]] int find(std::string_view key) const noexcept {
    if (key.empty() || key.size() >= by_length.size()) return find_slow(key);
    const auto s = slot_[slot_of(key)];
    if (s == kEmpty) return -1;
    if (s != kShared) {
      const auto& name = fields[s].name;
      return name.size() == key.size() && same_bytes(padded_[s].data(), key.data(), key.size()) ? s : -1;
    }
    return find_slow(key);
  }
  // By length, then first byte, then the rest.
  [[gnu::noinline]] int find_slow(std::string_view key) const noexcept {
    if (key.size() >= by_length.size()) return -1;
    for (const auto i : by_length[key.size()]) {
      const auto& name = fields[i].name;
      if (name[0] == key[0] && std::memcmp(name.data(), key.data(), key.size()) == 0) return i;
    }
    return -1;
  }

  // simdjson's errors in the words every reader uses (src/io/json_line.hpp).
  bool json_error(simdjson::error_code e, std::string_view line) {
    error = io::json::json_error_words(e, line);
    return false;
  }
  bool not_an_object(simdjson::error_code e, std::string_view line) {
    error = io::json::not_an_object_words(e, line, R"({"id": ..., "received": ...})");
    return false;
  }
  // The first semantic error wins; parsing goes on to find the id.
  template <class... A>
  void reject(fmt::format_string<A...> f, A&&... args) {
    if (error.empty()) error = fmt::format(f, std::forward<A>(args)...);
  }

  // The reader's reasons are English (check's JSON is for programs); --lang words them
  // again from the same terms (audit::bad_line_words).
  static const i18n::Terms& english() { return i18n::Terms::builtin(i18n::Lang::en); }

  // An event's name in messages: "closed", or "reopened[1].closed" / "reopened[1].at".
  std::string event_name(int cycle, int e) const {
    if (cycle < 0) return rules.events[static_cast<std::size_t>(e)];
    return fmt::format("reopened[{}].{}", cycle, e == 0 ? std::string("at") : rules.events[static_cast<std::size_t>(e)]);
  }

  [[gnu::noinline]] bool read_time_general(int cycle, int e, std::string_view text, Instant& at);
  // One cycle's timestamps into t (cycle -1: the top level), checking lifecycle order.
  bool read_cycle(int cycle, const std::array<std::string_view, max_events>& when, std::uint32_t present, Ticket& t);
  // Reads "reopened": an array of cycle objects.
  simdjson::error_code read_reopened(od::value v);
  // What a line's top-level fields say.
  struct Fields {
    std::array<std::string_view, max_events> when{};  // read only where `present` says
    std::uint32_t present = 0, flags = 0;
    std::uint64_t seen = 0;  // field indices met, for duplicates
    std::string_view id, cls;
    bool has_id = false, has_class = false, has_facts = false;
    std::array<std::string_view, 8> unknown;  // read_common: fields to tally once the line is read
    std::size_t unknown_count = 0;
    // For the next line: all but the arrays, whose entries are read only where `present`
    // and `unknown_count` say. (A fresh Fields zeroed its 450 bytes with `rep stos`
    // every line: 3% of `check`.)
    void reset() noexcept {
      present = flags = 0;
      seen = 0;
      id = cls = {};
      has_id = has_class = has_facts = false;
      unknown_count = 0;
    }
  };
  Fields line_fields;  // parse's, reused
  // For "missing field 'received'": the line's unread field probably meant for it
  // ("; the line has 'recieved'"), or "". The closest of the fields kept that
  // likely_misspelt (rules/names.hpp) accepts, the rule Python's audit warns by ('uid'
  // is not 'id'). Printable ASCII names only: the message is also printed as text.
  static std::string misspelt_on_line(std::string_view wanted, const Fields& f) {
    std::string_view best;
    std::size_t best_distance = std::numeric_limits<std::size_t>::max();
    for (std::size_t i = 0; i < f.unknown_count; ++i) {
      const std::string_view key = f.unknown[i];
      if (key.empty() || key.size() >= 64 || !io::json::printable_ascii(key) || !likely_misspelt(key, wanted)) continue;
      const std::size_t d = name_distance(key, wanted, key.size() + wanted.size());
      if (d < best_distance) best = key, best_distance = d;
    }
    return best.empty() ? std::string() : fmt::format("; the line has '{}': misspelt?", best);
  }
  // A field of a common kind with the type it should have, into f (taken), or left to
  // the caller (a wrong type, reopened, record, a fact that is not a scalar).
  [[gnu::always_inline]] static simdjson::error_code take_common(const FieldDef& def, od::json_type type,
                                                                 od::value& v, Fields& f, bool& taken);
  [[gnu::noinline]] bool read_common(simdjson::padded_string_view view, Fields& f);
  // The fast path of read_common: the common line scanned directly, without simdjson.
  bool scan_common(const char* line, std::size_t size, Fields& f);
  // scan_common's record of a field it does not read: false when it cannot be kept
  // (a repeat, or more than Fields::unknown holds), and read_common takes the line.
  static bool unknown_field(Fields& f, std::string_view key) noexcept {
    if (f.unknown_count == f.unknown.size()) return false;
    for (std::size_t i = 0; i < f.unknown_count; ++i)
      if (f.unknown[i] == key) return false;
    f.unknown[f.unknown_count++] = key;
    return true;
  }
  io::json::QuoteIndex quotes;  // scan_common's
  bool line_scan = true;  // off: every line through read_common (tests compare the two)
  std::uint64_t scanned = 0;  // lines scan_common read (for the tests)
  // scan_common's id, owned: id() outlives the caller's line. A buffer that only grows,
  // copied into with memcpy: std::string::assign took its general path (_M_replace,
  // about 70 instructions a line).
  std::unique_ptr<char[]> id_buf;
  std::size_t id_cap = 0;
  [[gnu::noinline]] bool read_general(std::string_view line, simdjson::padded_string_view view, Fields& f,
                                      TicketRecord& r);
  // Reads "record": which reply-record fields are filled in.
  simdjson::error_code read_record(od::object o, TicketRecord& r);

  bool parse(std::string_view line, std::size_t readable_after, TicketRecord& r);
};

// A timestamp fast::read_timestamp did not settle: a local time near an offset change,
// another shape, or an error (worded here).
bool TicketParser::Impl::read_time_general(int cycle, int e, std::string_view text, Instant& at) {
  const auto general = parse_timestamp_fields(text, nullptr);
  if (!general) {
    parse_timestamp_fields(text, &why);
    error = fmt::format("{}: '{}' is not a valid timestamp ({})", event_name(cycle, e), text, why);
    return false;
  }
  if (general->offset) {
    at = Instant{general->local.time_since_epoch() - *general->offset};
    return true;
  }
  try {
    at = zone.to_instant(general->local, choose);
  } catch (const InputError& err) {
    error = fmt::format("{}: {}", event_name(cycle, e), err.what());
    return false;
  }
  return true;
}

bool TicketParser::Impl::read_cycle(int cycle, const std::array<std::string_view, max_events>& when,
                                    std::uint32_t present, Ticket& t) {
  int prev = -1;
  Instant last = Instant::min();  // t.event(prev), kept at hand (no reload per event)
  for (std::uint32_t left = present; left; left &= left - 1) {  // the given events, in lifecycle order
    const int e = __builtin_ctz(left);
    const std::string_view text = when[static_cast<std::size_t>(e)];
    // The common shapes inline; the rest (and every error message) through the general parser.
    Instant at;
    fast::Timestamp f;
    std::optional<seconds> offset;
    if (fast::read_timestamp(text, f, months))
      offset = f.has_offset ? seconds{f.offset_seconds} : zone.settled_offset(date::local_seconds{seconds{f.local_seconds}});
    if (offset) at = Instant{seconds{f.local_seconds} - *offset} + std::chrono::nanoseconds{f.nanos};
    else if (!read_time_general(cycle, e, text, at)) return false;
    t.set(rules.event_at(static_cast<std::size_t>(e)), at);
    if (at < last) {
      // In a reopened cycle the first event is that cycle's "at".
      auto name = [&](int i) -> std::string_view {
        return cycle >= 0 && i == 0 ? std::string_view("at") : std::string_view(rules.events[static_cast<std::size_t>(i)]);
      };
      error = cycle < 0 ? std::string() : fmt::format("reopened[{}]: ", cycle);
      error += order_error(name(e), at, name(prev), t.event(prev), zone);
      return false;
    }
    prev = e;
    last = at;
  }
  return true;
}

simdjson::error_code TicketParser::Impl::read_record(od::object o, TicketRecord& r) {
  const auto& names = rules.reply_record_fields;
  for (auto field : o) {
    std::string_view key;
    if (auto e = field.unescaped_key().get(key)) return e;
    od::value v;
    if (auto e = field.value().get(v)) return e;
    int index = -1;
    for (std::size_t i = 0; i < names.size() && i < 32; ++i)
      if (names[i] == key) index = static_cast<int>(i);
    od::json_type type;
    if (auto e = v.type().get(type)) return e;
    bool filled = type != od::json_type::null;
    if (type == od::json_type::string) {
      std::string_view s;
      if (auto e = v.get_string().get(s)) return e;
      filled = s.find_first_not_of(" \t\r\n") != std::string_view::npos;
    } else if (auto e = validate(v, 0)) {
      return e;
    }
    if (index >= 0 && filled) r.record_present |= 1u << index;
    // A key the record does not have ("cuase"): not read, and said so at the end of the
    // run with the field probably meant, as a top-level field is.
    if (index < 0) ignored.add("record." + std::string(key));
  }
  return simdjson::SUCCESS;
}

simdjson::error_code TicketParser::Impl::read_reopened(od::value v) {
  od::array a;
  if (auto e = v.get_array().get(a)) return e;
  std::size_t k = 0;
  for (auto el : a) {
    od::value cv;
    if (auto e = el.get(cv)) return e;
    od::json_type type;
    if (auto e = cv.type().get(type)) return e;
    if (type != od::json_type::object) {
      reject("reopened[{}] must be an object {{\"at\": ..., ...}}, got {}", k, quote_value(cv));
      if (auto e = validate(cv, 0)) return e;
      ++k;
      continue;
    }
    if (cycles.size() <= k) cycles.resize(k + 1);
    CycleText& c = cycles[k];
    c.present = 0;
    od::object o;
    if (auto e = cv.get_object().get(o)) return e;
    for (auto field : o) {
      std::string_view key;
      if (auto e = field.unescaped_key().get(key)) return e;
      od::value x;
      if (auto e = field.value().get(x)) return e;
      int event = -1;
      if (key == "at") {
        event = 0;
      } else if (const int fi = find(key); fi >= 0 && fields[static_cast<std::size_t>(fi)].kind == Kind::event) {
        event = fields[static_cast<std::size_t>(fi)].index;
        if (event == 0) {
          reject("reopened[{}]: a reopened cycle begins at 'at', not '{}'", k, key);
          event = -1;
        }
      }
      if (event < 0) {
        if (find(key) < 0) ignored.add(key, true);
        if (auto e = validate(x, 0)) return e;
        continue;
      }
      od::json_type t;
      if (auto e = x.type().get(t)) return e;
      if (t == od::json_type::string) {
        if (auto e = x.get_string().get(c.when[static_cast<std::size_t>(event)])) return e;
        c.present |= 1u << event;
      } else {
        if (t != od::json_type::null)
          reject("{} must be a timestamp string{}, got {}", event_name(static_cast<int>(k), event),
                 event == 0 ? "" : " or null", quote_value(x));
        if (auto e = validate(x, 0)) return e;
      }
    }
    if (!(c.present & 1u)) reject("reopened[{}]: missing field 'at' (when the ticket was reopened)", k);
    ++k;
  }
  cycles.resize(k);
  return simdjson::SUCCESS;
}

inline simdjson::error_code TicketParser::Impl::take_common(const FieldDef& def, od::json_type type, od::value& v,
                                                     Fields& f, bool& taken) {
  using od::json_type;
  taken = true;
  const auto bit = std::uint32_t{1} << def.index;
  switch (def.kind) {
    case Kind::event:
      if (type == json_type::string) {
        if (auto e = v.get_string().get(f.when[static_cast<std::size_t>(def.index)])) return e;
        f.present |= bit;  // provisionally: the time is read later
        return simdjson::SUCCESS;
      }
      if (type == json_type::null) return read_null(v);
      break;
    case Kind::flag:
      if (type == json_type::boolean) {
        bool b = false;
        if (auto e = v.get_bool().get(b)) return e;
        if (b) f.flags |= bit;
        return simdjson::SUCCESS;
      }
      if (type == json_type::null) return read_null(v);
      break;
    case Kind::id:
      if (type == json_type::string) {
        if (auto e = v.get_string().get(f.id)) return e;
        if (io::json::blank_id(f.id)) break;  // read_general words it (io::json::blank_id_error)
        f.has_id = true;
        return simdjson::SUCCESS;
      }
      // "id": 26, as classify and callback read it (its digits; the scanner leaves it here).
      if (type == json_type::number && io::json::whole_number_id(v, f.id)) {
        f.has_id = true;
        return simdjson::SUCCESS;
      }
      break;
    case Kind::ticket_class:
      if (type == json_type::string) {
        if (auto e = v.get_string().get(f.cls)) return e;
        f.has_class = true;
        return simdjson::SUCCESS;
      }
      break;
    case Kind::fact:  // checked by the classifier, when it is needed
      if (type != json_type::array && type != json_type::object) return check_scalar(v, type);
      break;
    default: break;
  }
  taken = false;
  return simdjson::SUCCESS;
}

// The common line, in one function where nothing takes the parser's iterator out of
// sight: every simdjson call here is inlined and nothing else is called with a value or
// field, so the compiler can keep the iterator's state in registers. One out-of-line
// call that takes a value or field (validate; read_key, before it was always inlined)
// pins that state to memory for the whole loop: measured, ~55 ns a line. Anything else
// (an array or object, a wrong type, a duplicate, any JSON error) returns false, and
// read_general reads the line again and words the error.
bool TicketParser::Impl::read_common(simdjson::padded_string_view view, Fields& f) {
  od::document doc;
  if (parser.iterate(view).get(doc)) return false;
  od::object obj;
  if (doc.get_object().get(obj)) return false;
  for (auto field : obj) {
    std::string_view key;
    if (read_key(field, key)) return false;
    od::value v;
    if (field.value().get(v)) return false;
    od::json_type type;
    if (v.type().get(type)) return false;
    const int fi = find(key);
    if (fi < 0) {  // an export's own column: checked here, tallied by parse
      if (f.unknown_count == f.unknown.size() || type == od::json_type::array ||
          type == od::json_type::object || check_scalar(v, type))
        return false;
      for (std::size_t i = 0; i < f.unknown_count; ++i)
        if (f.unknown[i] == key) return false;  // repeated: read_general words it
      f.unknown[f.unknown_count++] = key;
      continue;
    }
    if (fi >= 64 || (f.seen >> fi & 1u)) return false;
    f.seen |= std::uint64_t{1} << fi;
    const FieldDef& def = fields[static_cast<std::size_t>(fi)];
    f.has_facts |= def.fact && type != od::json_type::null;
    bool taken = false;
    if (take_common(def, type, v, f, taken) || !taken) return false;
  }
  // Anything after the object makes the line invalid JSON.
  const char* trailing = nullptr;
  return doc.current_location().get(trailing) != simdjson::SUCCESS;
}

namespace {
// The bytes a JSON number can hold (number_syntax judges their order).
constexpr bool number_byte(char c) noexcept {
  return (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
}
}  // namespace

// The common line again, scanned directly: a flat object whose values are strings
// without escapes, true, false, null or (in fields it does not read) numbers, with
// spaces between tokens. It fills f exactly as read_common would, or returns false for
// anything else (escapes, a number where a field is read, nesting, repeats, tabs,
// invalid UTF-8, any error), and read_common then reads the line (and read_general
// words any error). So it accepts a subset of what read_common accepts, and
// tests/audit/ticket_scan_test.cpp checks on random and mutated lines that the two
// agree. Why: simdjson's two stages (index, then walk) cost about half of `check` on a
// ticket line; one pass over ~300 bytes costs far less, and the bytes between values,
// which repeat from line to line, are mostly matched whole.
// `line` must be readable 64 bytes past `size` (the parser's padding).
bool TicketParser::Impl::scan_common(const char* line, std::size_t size, Fields& f) {
  if (!quotes.build(line, size)) return false;
  // UTF-8 as simdjson checks it: the walk below takes bytes of 0x80 and more only
  // inside strings, and a valid line's strings are valid (a quote cannot split a
  // sequence).
  if (quotes.high() && !simdjson::validate_utf8(line, size)) return false;
  std::size_t p = 0;
  // JSON's whitespace but tabs and line breaks (QuoteIndex declines those).
  auto skip = [&] {
    while (p < size && line[p] == ' ') ++p;
  };
  for (std::size_t place = 0;; ++place) {
    // p is where the previous value ended (the line's start for the first field). The
    // bytes from here to the value, `, "received": ` say, are first matched against
    // those of the same place in an earlier line (gaps_: an export writes its columns
    // in one order and spacing). Equal bytes read the same: the same key, and the
    // separators that line's walk checked. Else the walk below reads them, and learns.
    int fi;
    // An unread field's key: where the learnt gap began (the key at its key_at), else
    // the walk's key. Kept as a pointer, taken apart only when the field is unread:
    // the common field pays one move for it.
    const char* gap_at = nullptr;
    std::string_view walked_key;
    const Gap* gap = place < gaps_.size() ? &gaps_[place] : nullptr;
    if (gap && gap->size && p + gap->size < size && same_prefix(gap->bytes.data(), line + p, gap->size)) {
      gap_at = line + p;
      p += gap->size;
      fi = gap->field;
    } else {
      const std::size_t from = p;
      skip();
      if (p == size) return false;
      if (place == 0) {
        if (line[p] != '{') return false;
      } else if (line[p] == '}') {
        break;
      } else if (line[p] != ',') {
        return false;
      }
      ++p;
      skip();
      if (p == size || line[p] != '"') return false;  // an empty object too: rare, read_common's
      // The key: p is at its opening quote, and the next quote closes it.
      const std::size_t kq = quotes.next(p + 1);
      if (kq == io::json::QuoteIndex::npos) return false;
      const std::string_view key(line + p + 1, kq - p - 1);
      const std::size_t key_at = p + 1 - from;
      p = kq + 1;
      skip();
      if (p == size || line[p] != ':') return false;
      ++p;
      skip();
      if (p == size) return false;
      fi = find(key);
      walked_key = key;
      // An export's own column is learnt like a field (and tallied below): a bank's
      // export carries a few every line (branch, channel, amount), whose keys were read
      // again on each.
      if (gap && p - from <= Gap::kMax) {
        Gap& g = gaps_[place];
        std::memcpy(g.bytes.data(), line + from, p - from);
        g.size = static_cast<std::uint8_t>(p - from);
        g.field = fi;
        g.key_at = static_cast<std::uint8_t>(key_at);
        g.key_size = static_cast<std::uint8_t>(key.size());
      }
    }
    // The value: a plain string, true, false, null or a number; what follows it must be
    // a space, ',' or '}' (checked below), so "truex" or "nullnull" is declined.
    enum : std::uint8_t { v_string, v_true, v_false, v_null, v_number } type;
    std::string_view text;
    const std::size_t left = size - p;
    // A string first, by a compare (most values are): in the switch, the ten cases of a
    // number made it a table and an indirect jump for every value.
    if (line[p] == '"') {
      const std::size_t vq = quotes.next(p + 1);
      if (vq == io::json::QuoteIndex::npos) return false;
      text = std::string_view(line + p + 1, vq - p - 1);
      type = v_string;
      p = vq + 1;
    } else switch (line[p]) {
      case 't':
        if (left < 4 || std::memcmp(line + p, "true", 4) != 0) return false;
        type = v_true, p += 4;
        break;
      case 'f':
        if (left < 5 || std::memcmp(line + p, "false", 5) != 0) return false;
        type = v_false, p += 5;
        break;
      case 'n':
        if (left < 4 || std::memcmp(line + p, "null", 4) != 0) return false;
        type = v_null, p += 4;
        break;
      case '-': case '0': case '1': case '2': case '3': case '4':
      case '5': case '6': case '7': case '8': case '9': {
        // An export's own numeric column (an amount, a count): accepted exactly where
        // read_common's check_number would accept it, JSON's number syntax whatever its
        // size, and only where no number is read (an unknown field or a fact; below).
        // Before, one such column sent every line through simdjson: half the speed.
        std::size_t e = p + 1;
        while (e < size && number_byte(line[e])) ++e;
        if (!io::json::number_syntax(std::string_view(line + p, e - p))) return false;
        type = v_number, p = e;
        break;
      }
      default: return false;  // an array, an object or not JSON
    }
    if (fi >= 0) {
      if (fi >= 64 || (f.seen >> fi & 1u)) return false;
      f.seen |= std::uint64_t{1} << fi;
      const FieldDef& def = fields[static_cast<std::size_t>(fi)];
      f.has_facts |= def.fact && type != v_null;
      const auto bit = std::uint32_t{1} << def.index;
      // Events first, by a compare: seven of a ticket's eleven fields, where the switch's
      // table load and indirect jump held about a tenth of scan_common's samples (perf).
      if (def.kind == Kind::event) {
        if (type == v_string) f.when[static_cast<std::size_t>(def.index)] = text, f.present |= bit;
        else if (type != v_null) return false;
        continue;
      }
      switch (def.kind) {
        case Kind::flag:
          if (type == v_true) f.flags |= bit;
          else if (type == v_string || type == v_number) return false;
          break;
        case Kind::id:
          if (type != v_string || io::json::blank_id(text)) return false;
          f.id = text, f.has_id = true;
          break;
        case Kind::ticket_class:
          if (type != v_string) return false;
          f.cls = text, f.has_class = true;
          break;
        case Kind::fact: break;  // a scalar: checked by the classifier, when it is needed
        default: return false;   // reopened, record: read_general's
      }
    } else if (!unknown_field(f, gap_at ? std::string_view(gap_at + gap->key_at, gap->key_size) : walked_key)) {
      return false;  // an export's own column, tallied by parse
    }
  }
  ++p;
  skip();
  return p == size;  // anything after the object: read_general words it
}

// Every line the common reader declines: any field, type or shape, each error worded.
bool TicketParser::Impl::read_general(std::string_view line, simdjson::padded_string_view view, Fields& f,
                                      TicketRecord& r) {
  od::document doc;
  if (auto e = parser.iterate(view).get(doc)) return json_error(e, line);
  od::object obj;
  if (auto e = doc.get_object().get(obj)) return not_an_object(e, line);
  // On a JSON error, the id is still reported when it was read.
  const auto fail = [&](simdjson::error_code e) {
    id = f.id;
    has_id = f.has_id;
    return json_error(e, line);
  };
  keys.clear();
  for (auto field : obj) {
    std::string_view key;
    if (auto e = read_key(field, key)) return fail(e);
    od::value v;
    if (auto e = field.value().get(v)) return fail(e);
    // The same rule as every JSON Lines reader (io/json_line.hpp), read or not.
    if (!keys.add(key) && error.empty()) error = io::json::duplicate_field(key);
    const int fi = find(key);
    if (fi < 0) {
      ignored.add(key);
      // Kept for a "missing field" message, as the fast readers keep them.
      if (f.unknown_count < f.unknown.size()) f.unknown[f.unknown_count++] = key;
      if (auto e = validate(v, 0)) return fail(e);
      continue;
    }
    const FieldDef& def = fields[static_cast<std::size_t>(fi)];
    if (fi < 64) f.seen |= std::uint64_t{1} << fi;
    od::json_type type;
    if (auto e = v.type().get(type)) return fail(e);
    if (def.fact && type != od::json_type::null) f.has_facts = true;
    bool taken = false;
    if (auto e = take_common(def, type, v, f, taken)) return fail(e);
    if (taken) continue;
    switch (def.kind) {  // what take_common leaves: wrong types, cycles, the record, nested facts
      case Kind::id:
        if (type == od::json_type::string) reject("{}", io::json::blank_id_error(f.id, false));
        else reject("field 'id' must be {}, got {}", io::json::id_expected, quote_value(v));
        break;
      case Kind::ticket_class:
        if (type != od::json_type::null) reject("field 'class' must be a string, got {}", quote_value(v));
        break;
      case Kind::flag: reject("field '{}' must be true or false, got {}", def.name, quote_value(v)); break;
      case Kind::event:
        // The first event is required: null is no answer for it ("missing field").
        reject("field '{}' must be a timestamp string{}, got {}", def.name, def.index == 0 ? "" : " or null",
               quote_value(v));
        break;
      case Kind::reopened:
        if (type == od::json_type::array) {
          if (auto e = read_reopened(v)) return fail(e);
        } else {
          if (type != od::json_type::null)
            reject("field 'reopened' must be an array of cycles [{{\"at\": ..., ...}}], got {}", quote_value(v));
          if (auto e = validate(v, 0)) return fail(e);
        }
        break;
      case Kind::record:
        if (type == od::json_type::object) {
          od::object o;
          if (auto e = v.get_object().get(o)) return fail(e);
          r.has_record = true;
          if (auto e = read_record(o, r)) return fail(e);
        } else {
          if (type != od::json_type::null)
            reject("field 'record' must be an object (the reply record), got {}", quote_value(v));
          if (auto e = validate(v, 0)) return fail(e);
        }
        break;
      case Kind::fact:
        if (auto e = validate(v, 0)) return fail(e);
        break;
    }
  }
  // Anything after the object ("{...} x", "{...}{...}") makes the line invalid JSON.
  const char* trailing = nullptr;
  if (doc.current_location().get(trailing) == simdjson::SUCCESS) {
    const auto off = static_cast<std::size_t>(trailing - view.data());
    id = f.id;
    has_id = f.has_id;
    error = io::json::content_after_object_words(line, off);
    return false;
  }
  return true;
}

bool TicketParser::Impl::parse(std::string_view line, std::size_t readable_after, TicketRecord& r) {
  error.clear();
  id = {};
  has_id = false;
  classified = false;
  cycles.clear();
  // r.clear(), but the ticket copied from a blank one: `r.ticket = Ticket{}` zeroes its
  // 144 bytes with `rep stos`, slow to start for so few bytes; a copy is a few moves.
  r.ticket = blank_ticket;
  r.reopened.clear();
  r.has_record = false;
  r.record_present = 0;
  simdjson::padded_string_view view;
  if (readable_after >= simdjson::SIMDJSON_PADDING) {
    view = simdjson::padded_string_view(line.data(), line.size(), line.size() + readable_after);
  } else {
    copy.assign(line);
    copy.resize(line.size() + simdjson::SIMDJSON_PADDING, ' ');
    view = simdjson::padded_string_view(copy.data(), line.size(), copy.size());
  }
  Fields& f = line_fields;
  f.reset();
  if (line_scan && scan_common(view.data(), view.size(), f)) {
    for (std::size_t i = 0; i < f.unknown_count; ++i) ignored.add(f.unknown[i]);
    ++scanned;
  } else if (f.reset(), read_common(view, f)) {
    for (std::size_t i = 0; i < f.unknown_count; ++i) ignored.add(f.unknown[i]);
  } else {
    f.reset();
    if (!read_general(line, view, f, r)) return false;
  }
  // An id that is a view into the caller's line (the scanner's, or a whole-number id's
  // digits), where a string read by simdjson is in the parser's buffer: kept here, so
  // that id() stays valid until the next parse as promised.
  if (!f.id.empty() && f.id.data() >= view.data() && f.id.data() < view.data() + view.size()) {
    if (f.id.size() > id_cap) {
      id_cap = std::max<std::size_t>(f.id.size(), 64);
      id_buf = std::make_unique_for_overwrite<char[]>(id_cap);
    }
    std::memcpy(id_buf.get(), f.id.data(), f.id.size());
    f.id = std::string_view(id_buf.get(), f.id.size());
  }
  id = f.id;
  has_id = f.has_id;
  Ticket& t = r.ticket;
  t.flags = f.flags;
  const std::uint32_t present = f.present;
  const auto& when = f.when;
  const std::string_view cls = f.cls;
  const bool has_class = f.has_class, has_facts = f.has_facts;
  if (!error.empty()) return false;
  if (!has_id) {
    error = "missing field 'id' (expected a string)" + misspelt_on_line("id", f);
    return false;
  }
  if (has_class) {
    auto c = rules.find_class(cls);
    // A class by its Chinese name, as a Chinese system's export writes it (紧急投诉): the
    // same reading as `deadlines --class` (i18n::id_named), looked for only on a miss.
    if (!c && !io::json::printable_ascii(cls))
      if (const auto named = i18n::id_named(cls, "class", rules.classes)) c = rules.find_class(*named);
    if (!c) {
      // A class written in Chinese is answered with the Chinese names: "urgent (紧急投诉)".
      const bool ascii = io::json::printable_ascii(cls);
      std::string known, near;
      int containing = 0;  // classes whose Chinese name holds what was written (紧急 in 紧急投诉)
      for (const auto& class_id : rules.classes) {
        const auto zh = i18n::Terms::builtin(i18n::Lang::zh).name("class", class_id);
        known += (known.empty() ? "" : ", ") + class_id + (!ascii && zh != class_id ? fmt::format(" ({})", zh) : std::string());
        if (!ascii && !cls.empty() && zh != class_id && zh.find(cls) != std::string_view::npos)
          ++containing, near = fmt::format("; did you mean '{}' ({})?", class_id, zh);
      }
      error = fmt::format("unknown class '{}' (rule set {} has: {}){}", cls, rules.name, known,
                          ascii ? did_you_mean(cls, rules.classes) : containing == 1 ? near : std::string());
      return false;
    }
    t.ticket_class = *c;
  } else if (has_facts) {
    if (!lexicon) lexicon = classify::Lexicon::builtin();
    const auto c = resolve_missing_class(rules, *lexicon, line, readable_after, classification, error);
    if (!c) return false;
    t.ticket_class = *c;
    classified = true;
  } else {
    error = "missing field 'class' (and no text or facts to classify)" + misspelt_on_line("class", f);
    return false;
  }
  if (!(present & 1u)) {
    error = fmt::format("missing field '{}' (expected a timestamp){}", rules.events.front(),
                        misspelt_on_line(rules.events.front(), f));
    return false;
  }
  if (!read_cycle(-1, when, present, t)) return false;
  r.reopened.resize(cycles.size());
  const Ticket* prev = &t;
  for (std::size_t k = 0; k < cycles.size(); ++k) {
    Ticket& c = r.reopened[k];
    c = Ticket{};
    if (!read_cycle(static_cast<int>(k), cycles[k].when, cycles[k].present, c)) return false;
    // A ticket is reopened only after it closed: a cycle without its closing event
    // followed by another would be audited as open and as reopened at once.
    const int closing = rules.closing_event().index();
    if (!(prev->events_present() & (1u << closing))) {
      const int before = k == 0 ? -1 : static_cast<int>(k) - 1;
      error = english().fill(k == 0 ? "error.reopen_unclosed" : "error.reopen_unclosed_next",
                             {std::to_string(k), format_instant_exact(c.event(0), zone), event_name(before, closing)});
      return false;
    }
    // The previous cycle's last event: the latest, as its events are in order.
    int last = 31 - __builtin_clz(prev->events_present());
    if (c.event(0) < prev->event(last)) {
      error = english().fill("error.reopen_order",
                             {std::to_string(k), format_instant_exact(c.event(0), zone),
                              event_name(k == 0 ? -1 : static_cast<int>(k) - 1, last), format_instant_exact(prev->event(last), zone)});
      return false;
    }
    prev = &c;
  }
  return true;
}

TicketParser::TicketParser(const RuleSet& rules, const Zone& zone, Choose choose,
                           std::shared_ptr<const classify::Lexicon> lexicon)
    : impl_(std::make_unique<Impl>(rules, zone, choose, std::move(lexicon))) {}
TicketParser::~TicketParser() = default;
TicketParser::TicketParser(TicketParser&&) noexcept = default;
TicketParser& TicketParser::operator=(TicketParser&&) noexcept = default;

bool TicketParser::parse(std::string_view line, std::size_t readable_after, TicketRecord& record) {
  return impl_->parse(line, readable_after, record);
}
bool TicketParser::parse(std::string_view line, std::size_t readable_after, Ticket& ticket) {
  const bool ok = impl_->parse(line, readable_after, impl_->scratch);
  ticket = impl_->scratch.ticket;
  return ok;
}
void detail::TicketParserAccess::set_line_scan(TicketParser& parser, bool on) noexcept { parser.impl_->line_scan = on; }
std::uint64_t detail::TicketParserAccess::lines_scanned(const TicketParser& parser) noexcept {
  return parser.impl_->scanned;
}
std::string_view TicketParser::id() const noexcept { return impl_->id; }
bool TicketParser::has_id() const noexcept { return impl_->has_id; }
const std::string& TicketParser::error() const noexcept { return impl_->error; }
const IgnoredFields& TicketParser::ignored() const noexcept { return impl_->ignored; }
const classify::Classification* TicketParser::classified() const noexcept {
  return impl_->classified ? &impl_->classification : nullptr;
}

void OutBuffer::grow(std::size_t n) {
  std::size_t want = std::max(size_ + n, cap_ * 2 + 4096);
  // Not initialised: every byte is written before it is read, and zeroing would touch
  // every page of a buffer that a short input never fills.
  auto bigger = io::allocate_pages(want);
  if (size_) std::memcpy(bigger.get(), data_.get(), size_);
  data_ = std::move(bigger);
  cap_ = want;
}

namespace {


// A JSON string: plain printable ASCII (and, in text the parser has validated, UTF-8)
// is copied as is; anything needing escapes (control characters, C1 ones included)
// goes through io::append_json_string.
void put_string(OutBuffer& out, std::string_view s, bool valid_utf8) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  bool plain = true;
  // Printable ASCII (an id, nearly always) is settled a word at a time; the rest here.
  for (std::size_t i = io::json::printable_ascii(s) ? s.size() : 0; i < s.size(); ++i) {
    const unsigned c = p[i];
    if (c < 0x20 || c == 0x7F || c == '"' || c == '\\' || (c >= 0x80 && !valid_utf8) ||
        (c == 0xC2 && i + 1 < s.size() && p[i + 1] <= 0x9F)) {  // (DEL and C1 controls: escaped)
      plain = false;
      break;
    }
  }
  if (plain) {
    char* q = out.reserve(s.size() + 2);
    *q++ = '"';
    std::memcpy(q, s.data(), s.size());
    q += s.size();
    *q++ = '"';
    out.commit(q);
    return;
  }
  std::string tmp;
  io::append_json_string(tmp, s);
  out.append(tmp);
}

// The dates InstantWriter::put_date writes as write_date does: years 0001..9999.
constexpr long long kFirstDay = fast::days_from_civil(1, 1, 1), kLastDay = fast::days_from_civil(9999, 12, 31);

template <std::size_t N>
inline char* put(char* q, const char (&text)[N]) noexcept {
  std::memcpy(q, text, N - 1);
  return q + N - 1;
}
inline char* put(char* q, std::string_view s) noexcept {
  std::memcpy(q, s.data(), s.size());
  return q + s.size();
}

// A short fixed text kept in a zero-padded block, written as one fixed-size copy
// (no call into memcpy for a few dozen bytes). The writer must have kBlock bytes of
// room past q; longer texts are copied exactly.
struct Snippet {
  static constexpr std::size_t kBlock = 48;
  std::string text;
  std::array<char, kBlock> block{};
  explicit Snippet(std::string t) : text(std::move(t)) {
    if (text.size() <= kBlock) std::memcpy(block.data(), text.data(), text.size());
  }
};
inline char* put(char* q, const Snippet& s) noexcept {
  if (s.text.size() <= Snippet::kBlock) {
    std::memcpy(q, s.block.data(), Snippet::kBlock);
    return q + s.text.size();
  }
  return put(q, std::string_view(s.text));
}

}  // namespace

struct AuditWriter::Impl {
  const RuleSet& rules;
  Zone zone;
  fast::InstantWriter instants;
  std::vector<Snippet> stage_keys;        // "\"hq_dispatch\": {", then ", \"branch_dispatch\": {", …
  std::vector<Snippet> statuses;          // "\"status\": \"met\"", by Status
  std::vector<Duration> day_lengths;      // per stage and target: the working day's length
  std::vector<std::size_t> target_base;   // stage -> first index into day_lengths
  std::size_t stage_max = 0;              // the most one stage writes, error text aside

  Impl(const RuleSet& rs, const Zone& z) : rules(rs), zone(z) {
    for (std::size_t i = 0; i < rs.stages.size(); ++i) {
      stage_keys.emplace_back((i ? ", " : "") + io::json_string(rs.stages[i].id) + ": {");
      target_base.push_back(day_lengths.size());
      for (const auto& t : rs.stages[i].targets) day_lengths.push_back(working_day_length(t.cutoff));
    }
    for (std::size_t s = 0; s < status_count; ++s)
      statuses.emplace_back("\"status\": \"" + std::string(to_string(static_cast<Status>(s))) + '"');
    std::size_t longest = 0;
    for (const auto& k : stage_keys) longest = std::max(longest, k.text.size());
    stage_max = longest + 4 * fast::InstantWriter::kMax + 4 * max_number_text + 256;
  }

  void stage(OutBuffer& out, std::size_t i, const StageAudit& s) {
    char* q = out.reserve(stage_max);
    q = put(q, stage_keys[i]);
    if (s.has_deadline()) {
      q = put(q, "\"deadline\": ");
      q = instants.put_quoted(q, s.deadline, zone);
      q = put(q, ", ");
    }
    if (s.done) {
      q = put(q, "\"done\": ");
      q = instants.put_quoted(q, s.done_at, zone);
      q = put(q, ", ");
    }
    q = put(q, statuses[static_cast<std::size_t>(s.status)]);
    switch (s.status) {
      case Status::breached:
        q = put(q, ", \"late\": {\"wall\": \"");
        q = write_duration(q, s.late_wall);
        q = put(q, "\", \"clock\": \"");
        q = write_late_on_clock(q, s.clock, s.late_clock,
                                s.clock == ClockKind::working_days
                                    ? day_lengths[target_base[i] + static_cast<std::size_t>(s.target)]
                                    : Duration{0});
        q = s.late_provisional ? put(q, "\", \"provisional\": true}") : put(q, "\"}");
        break;
      case Status::pending:
      case Status::at_risk:
        q = put(q, ", \"used\": ");
        q = write_share(q, s.used, s.amount);
        if (rules.stages[i].contact) {
          q = put(q, ", \"contact_by\": ");
          q = s.has_contact_by ? instants.put_quoted(q, s.contact_by, zone) : put(q, "null");
        }
        break;
      case Status::paused:
        q = put(q, ", \"used\": ");
        q = write_share(q, s.used, s.amount);
        break;
      case Status::error:
        q = put(q, ", \"error\": ");
        out.commit(q);
        put_string(out, s.error, false);
        q = out.reserve(64);
        break;
      default: break;
    }
    if (s.paused && s.status == Status::met) q = put(q, ", \"paused\": true");
    if (s.quiet_hours) q = put(q, ", \"quiet_hours\": true");
    if (s.provisional) q = put(q, ", \"provisional\": true");
    *q++ = '}';
    out.commit(q);
  }

  void stages(OutBuffer& out, std::span<const StageAudit> stages) {
    out.append("\"stages\": {");
    for (std::size_t i = 0; i < rules.stages.size(); ++i) stage(out, i, stages[i]);
    out.append("}");
  }

  void head(OutBuffer& out, std::string_view id) {
    out.append("{\"id\": ");
    put_string(out, id, true);
    out.append(", ");
  }
};

AuditWriter::AuditWriter(const RuleSet& rules, const Zone& zone) : impl_(std::make_unique<Impl>(rules, zone)) {}
AuditWriter::~AuditWriter() = default;
AuditWriter::AuditWriter(AuditWriter&&) noexcept = default;

void AuditWriter::line(OutBuffer& out, std::string_view id, std::span<const StageAudit> stages) {
  impl_->head(out, id);
  impl_->stages(out, stages);
  out.append("}\n");
}

void AuditWriter::line(OutBuffer& out, std::string_view id, const TicketAudit& a,
                       const classify::Classification* classified) {
  auto& w = *impl_;
  w.head(out, id);
  if (classified) {
    out.append("\"class\": \"");
    out.append(classify::name(classified->cls));
    out.append("\", \"classified\": {\"reasons\": [");
    for (std::size_t i = 0; i < classified->reasons.size(); ++i) {
      out.append(i ? ", {\"rule\": " : "{\"rule\": ");
      put_string(out, classified->reasons[i].rule, false);
      out.append(", \"detail\": ");
      put_string(out, classified->reasons[i].detail, false);
      out.append("}");
    }
    out.append("]");
    // What classify would warn of, on the line it concerns: a channel misspelt
    // ("regulatr") makes nothing urgent, and the class shown rests on that reading.
    if (!classified->warnings.empty()) {
      out.append(", \"warnings\": [");
      for (std::size_t i = 0; i < classified->warnings.size(); ++i) {
        if (i) out.append(", ");
        put_string(out, classified->warnings[i], false);
      }
      out.append("]");
    }
    out.append("}, ");
  }
  w.stages(out, a.cycle(0));
  if (a.cycles() > 1) {
    out.append(", \"cycles\": [");
    for (std::size_t k = 1; k < a.cycles(); ++k) {
      char* q = out.reserve(fast::InstantWriter::kMax + 32);
      q = put(q, k > 1 ? ", {\"reopened\": " : "{\"reopened\": ");
      q = w.instants.put_quoted(q, a.reopened[k - 1], w.zone);
      q = put(q, ", ");
      out.commit(q);
      w.stages(out, a.cycle(k));
      out.append("}");
    }
    out.append("]");
  }
  if (a.closed) {
    char* q = out.reserve(96);
    q = put(q, ", \"archive\": {\"retained_until\": \"");
    const long long day = a.retained_until.time_since_epoch().count();
    // Years 1..9999 from the writer's memory of days; the rest (never in practice) here.
    q = day >= kFirstDay && day <= kLastDay ? w.instants.put_date(q, day) : write_date(q, a.retained_until);
    q = a.past_retention ? put(q, "\", \"past_retention\": true}") : put(q, "\"}");
    out.commit(q);
  }
  if (a.record_checked && a.record_missing) {
    out.append(", \"record_missing\": [");
    bool first = true;
    for (std::size_t i = 0; i < w.rules.reply_record_fields.size() && i < 32; ++i) {
      if (!(a.record_missing >> i & 1u)) continue;
      if (!first) out.append(", ");
      first = false;
      put_string(out, w.rules.reply_record_fields[i], false);
    }
    out.append("]");
  }
  out.append("}\n");
}

void append_audit_line(std::string& out, const RuleSet& rules, const Zone& zone, std::string_view id,
                       std::span<const StageAudit> stages) {
  AuditWriter w(rules, zone);
  OutBuffer b;
  w.line(b, id, stages);
  out.append(b.view());
}

void append_audit_line(std::string& out, const Auditor& auditor, std::string_view id, const TicketAudit& a,
                       const classify::Classification* classified) {
  AuditWriter w(auditor.rules(), auditor.zone());
  OutBuffer b;
  w.line(b, id, a, classified);
  out.append(b.view());
}

void append_bad_line(OutBuffer& out, std::string_view file, std::size_t line, bool has_id, std::string_view id,
                     std::string_view error) {
  out.append("{");
  if (!file.empty()) {
    out.append("\"file\": ");
    put_string(out, file, false);
    out.append(", ");
  }
  out.append("\"line\": ");
  out.append(std::to_string(line));
  out.append(", \"id\": ");
  if (has_id) put_string(out, id, true);
  else out.append("null");
  out.append(", \"error\": ");
  put_string(out, error, false);
  out.append("}\n");
}

void append_bad_line(std::string& out, std::string_view file, std::size_t line, bool has_id, std::string_view id,
                     std::string_view error) {
  OutBuffer b;
  append_bad_line(b, file, line, has_id, id, error);
  out.append(b.view());
}

}  // namespace audit
SHIXIAN_NAMESPACE_END
