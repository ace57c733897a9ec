// Reading rule sets from TOML. toml++ keeps every node's source position, so a
// semantic error ("unknown event 'resolvd'") names the file and line like a syntax
// error does.
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fmt/format.h>
#include <toml++/toml.h>
#include <tuple>

#include "shixian/data/embedded.hpp"
#include "shixian/error.hpp"
#include "shixian/i18n/terms.hpp"
#include "shixian/io/line_reader.hpp"
#include "shixian/io/small_file.hpp"
#include "shixian/rules/names.hpp"
#include "shixian/rules/rule_set.hpp"
#include "shixian/time/text.hpp"
#include "shixian/time/zone.hpp"
#include "toml_screen.hpp"

SHIXIAN_NAMESPACE_BEGIN

namespace detail {
// The one place a RuleSet is made (its constructor is private: see rule_set.hpp).
struct RuleSetAccess {
  static std::shared_ptr<RuleSet> make() { return std::shared_ptr<RuleSet>(new RuleSet()); }
};
}  // namespace detail

namespace {

std::string where(const toml::source_region& r, std::string_view fallback) {
  const std::string_view path = r.path ? std::string_view(*r.path) : fallback;
  return fmt::format("{}:{}", path, r.begin.line);
}

// An `extends` cycle: reported once, where it closes, not wrapped by every file on it.
struct CycleError : InputError {
  explicit CycleError(const std::string& message) : InputError(message) {}
};

class Reader {
 public:
  explicit Reader(std::string origin) : origin_(std::move(origin)) {}

  [[noreturn]] void fail(const toml::node& n, const std::string& what, ErrorDetail detail = {}) const {
    // The facts as fields too (error.hpp): the file and line, and the value where the
    // node is one.
    const auto& r = n.source();
    detail.file = r.path ? std::string(*r.path) : origin_;
    detail.line = static_cast<int>(r.begin.line);
    if (detail.value.empty()) detail.value = scalar_text(n);
    // A line of a base the file extends (a built-in one is in no file the user has):
    // named, and the file read named first, since what it changed is why.
    if (&n != top_ && !own(n))
      throw InputError(fmt::format("{}: in the rule set it extends, {}: {} (what this file changes, its classes or "
                                   "events say, may no longer fit it)", origin_, where(n.source(), origin_), what),
                       std::move(detail));
    throw InputError(fmt::format("{}: {}", where(n.source(), origin_), what), std::move(detail));
  }
  // A scalar node's value as written (a string's text, a number, true or false), else "".
  static std::string scalar_text(const toml::node& n) {
    if (auto v = n.value<std::string>()) return *v;
    if (auto i = n.as_integer()) return std::to_string(i->get());
    if (auto f = n.as_floating_point()) return fmt::format("{}", f->get());
    if (auto b = n.as_boolean()) return b->get() ? "true" : "false";
    return {};
  }
  // Whether `n` was written in the file being read, not inherited from one it extends.
  bool own(const toml::node& n) const { return !n.source().path || *n.source().path == origin_; }
  [[noreturn]] void fail_at(const toml::table& t, std::string_view key, const std::string& what) const {
    if (auto* n = t.get(key)) fail(*n, what);
    fail(t, what);
  }

  // Strictness (RULES.md §2): every key of `t` must be one of `known`. A misspelt key
  // is not ignored, since it would change deadlines silently ({ clas = "urgent" } makes
  // a target apply to every class). `what` names the table in the message.
  void only_keys(const toml::table& t, const std::vector<std::string>& known, std::string_view what) const {
    for (auto& [k, v] : t) {
      if (std::find(known.begin(), known.end(), k.str()) != known.end()) continue;
      const auto line = k.source().begin.line ? k.source() : v.source();
      const bool table = v.is_table() && &t == top_;
      const auto near = closest_name(k.str(), known);
      ErrorDetail detail;
      detail.value = std::string(k.str());
      detail.file = line.path ? std::string(*line.path) : origin_;
      detail.line = static_cast<int>(line.begin.line);
      detail.expected = fmt::format("a key of {}", what);
      detail.suggestion = std::string(near);
      detail.valid = known;
      throw InputError(fmt::format(
          "{}: unknown {} {}{}{} in {}{} (known: {})", where(line, origin_), table ? "table" : "key",
          table ? "[" : "'", k.str(), table ? "]" : "'", what,
          near.empty() ? std::string() : fmt::format("; did you mean {}{}{}?", table ? "[" : "'", near, table ? "]" : "'"),
          fmt::join(known, ", ")),
          std::move(detail));
    }
  }

  // The table under `key`, or nullptr when absent; anything but a table is an error.
  const toml::table* table(const toml::table& t, std::string_view key, std::string_view example) const {
    auto* n = t.get(key);
    if (!n) return nullptr;
    if (auto* tt = n->as_table()) return tt;
    fail(*n, fmt::format("'{}' must be a table, e.g. {}", key, example));
  }

  // A number, checked against [lo, hi] (NaN and infinities are never in range). The
  // message shows the value as written in the file's terms.
  double number(const toml::node& n, std::string_view key, double lo, double hi, std::string_view range) const {
    auto x = n.value<double>();
    if (!x) fail(n, fmt::format("'{}' must be a number {}, got {}", key, range, type_name(n)));
    if (!(*x >= lo && *x <= hi)) fail(n, fmt::format("'{}' must be a number {}, got {}", key, range, *x));
    return *x;
  }
  int whole(const toml::node& n, std::string_view key, int lo, int hi) const {
    if (auto x = n.as_integer()) {
      const auto v = x->get();
      if (v < lo || v > hi) fail(n, fmt::format("'{}' must be a whole number {}..{}, got {}", key, lo, hi, v));
      return static_cast<int>(v);
    }
    // A decimal, even 3.0, is not a whole number in TOML: said as written ("got 3"
    // contradicted the rule it stated).
    if (auto f = n.as_floating_point()) {
      const double v = f->get();
      fail(n, fmt::format("'{}' must be a whole number {}..{}, got {}{} (a decimal: write it without the point)", key,
                          lo, hi, v, std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15 ? ".0" : ""));
    }
    fail(n, fmt::format("'{}' must be a whole number {}..{}, got {}", key, lo, hi, type_name(n)));
  }
  static std::string type_name(const toml::node& n) {
    switch (n.type()) {
      case toml::node_type::string: return "a string";
      case toml::node_type::boolean: return "a boolean";
      case toml::node_type::table: return "a table";
      case toml::node_type::array: return "a list";
      case toml::node_type::integer: return "a whole number";
      case toml::node_type::floating_point: return "a number";
      default: return "a date or time";
    }
  }

  // A name the rule set defines (class, flag, event, stage, schedule, record field):
  // non-empty, and short enough for `check` to read it back as a JSON key.
  void check_name(const toml::node& n, std::string_view kind, std::string_view name) const {
    if (name.empty()) fail(n, fmt::format("an empty {} name", kind));
    if (name.size() > max_name_length)
      fail(n, fmt::format("{} name '{}' is {} bytes; at most {}", kind, name, name.size(), max_name_length));
    // Names are printed in tables, headings and errors: a control character ("\u001b[2J")
    // would act on the terminal, or garble the line, wherever one is shown.
    if (io::terminal_safe(name) != name || name.find_first_of("\n\t") != std::string_view::npos)
      fail(n, fmt::format("{} name '{}' holds a control character; use letters, digits, '_' or '-'", kind,
                          io::terminal_safe(name)));
  }

  const toml::table* top_ = nullptr;

  std::optional<std::string> str(const toml::table& t, std::string_view key, bool required = false) const {
    auto* n = t.get(key);
    if (!n) {
      if (required) fail(t, fmt::format("missing '{}'", key));
      return std::nullopt;
    }
    if (auto v = n->value<std::string>()) return *v;
    fail(*n, fmt::format("'{}' must be a string", key));
  }

  std::vector<std::string> str_list(const toml::table& t, std::string_view key, bool required) const {
    std::vector<std::string> out;
    auto* n = t.get(key);
    if (!n) {
      if (required) fail(t, fmt::format("missing '{}'", key));
      return out;
    }
    if (auto s = n->value<std::string>()) return {*s};
    auto* arr = n->as_array();
    if (!arr) fail(*n, fmt::format("'{}' must be a list of strings", key));
    for (auto& e : *arr) {
      auto s = e.value<std::string>();
      if (!s) fail(e, fmt::format("'{}' must be a list of strings", key));
      if (std::find(out.begin(), out.end(), *s) != out.end())
        fail(e, fmt::format("'{}' is listed twice in '{}'", *s, key));
      out.push_back(*s);
    }
    return out;
  }

  TimeOfDay time_of_day(const toml::node& n, std::string_view text, bool allow_24) const {
    try {
      return parse_time_of_day(text, allow_24);
    } catch (const InputError& e) {
      fail(n, e.what());
    }
  }

  std::string origin_;
};

// The keys each table of a rule set may have (docs/RULES.md §2; data/rules/95580.toml
// documents them).
const std::vector<std::string> kTopKeys = {
    "extends", "name", "title", "source", "zone", "classes", "flags", "events", "reply_record",
    "quiet_hours", "audit", "classification", "contact", "archive", "callbacks", "schedules",
    "stages", "pauses", "drop_stages"};
const std::vector<std::string> kQuietKeys = {"from", "to", "enabled"};
const std::vector<std::string> kAuditKeys = {"at_risk", "target_rate"};
const std::vector<std::string> kClassificationKeys = {"group_threshold", "review_amount_yuan"};
const std::vector<std::string> kContactKeys = {"attempts", "within"};
const std::vector<std::string> kArchiveKeys = {"years"};
const std::vector<std::string> kScheduleKeys = {"days", "windows"};
const std::vector<std::string> kStageKeys = {"id", "title", "source", "start", "end", "clock",
                                             "schedule", "cutoff", "contact", "pauses", "targets", "wins"};
const std::vector<std::string> kStagePauseKeys = {"pause", "resume"};
const std::vector<std::string> kRolls = {"none", "next_working_day"};
const std::vector<std::string> kRollOn = {"rest_days", "holidays"};
const std::vector<std::string> kWins = {"earliest", "latest"};
const std::vector<std::string> kTargetKeys = {"class", "flag", "event", "clock", "target", "cutoff", "schedule",
                                              "roll", "roll_on"};
const std::vector<std::string> kPauseKeys = {"stage", "pause", "resume"};

// The longest span a target or contact window may cover: ten years of calendar time.
// Deadlines are nanosecond instants (they end in 2262), and no complaint rule needs more.
constexpr std::chrono::hours kMaxSpan{24 * 3650};
// Ten years of schedule days: every day, or about 250 working days a year.
constexpr long long kMaxEveryDays = 3650, kMaxWorkingDays = 2500;

// `extends`: the child's keys replace the base's; tables merge key by key, and other
// lists (classes, events, a stage's targets) are replaced whole so a child never
// half-inherits a list ([[stages]] and [[pauses]]: merge_lists). The child's nodes are
// moved, not copied: toml++ copies a node without its source position, and an error in
// a file that extends another must still name its line (issue 16).
void merge_into(toml::table& base, toml::table& child) {
  for (auto&& [k, v] : child) {
    auto* b = base.get(k);
    if (b && b->is_table() && v.is_table()) merge_into(*b->as_table(), *v.as_table());
    else base.insert_or_assign(k, std::move(v));
  }
}

// A stage's id as written, or nullptr (build() words what is wrong with it).
const std::string* stage_id(const toml::node& n) {
  const auto* t = n.as_table();
  const auto* id = t ? t->get("id") : nullptr;
  return id && id->is_string() ? &id->as_string()->get() : nullptr;
}

// [[pauses]] and [[stages]] of a file that extends another. Pauses are added to the
// base's. Stages are merged by id, as the file's template
// promises ("change only what this file says"): a stage with a base stage's id changes
// that stage key by key (its targets, if given, replace the base's whole), one with a
// new id is added after the base's, and `drop_stages = ["reply"]` removes base stages.
// Replacing the list whole, as before, silently took away every stage the file did
// not repeat (a bank adding one stage lost the four it inherited).
void merge_lists(toml::table& base, toml::table& child, std::string_view origin) {
  Reader r{std::string(origin)};
  // Top-level [[pauses]] exist so that a file can add a pause without restating stages:
  // they are added to the base's (replaced whole, one added pause took away the base's).
  auto* cp = child.get("pauses");
  auto* bp = base.get("pauses");
  // (Entries that are not tables: replaced whole, and build() words what is wrong.)
  auto all_tables = [](toml::node* n) {
    return n && n->is_array() && std::all_of(n->as_array()->begin(), n->as_array()->end(), [](toml::node& e) { return e.is_table(); });
  };
  // `pauses = []` says "none": replaced whole, as any list, clearing the base's.
  if (all_tables(cp) && all_tables(bp) && !cp->as_array()->empty()) {
    auto key = [](const toml::node& n) {
      const auto& t = *n.as_table();
      auto str = [&](const char* k) { return t.get(k) ? t.get(k)->value_or(std::string()) : std::string(); };
      return str("stage") + '\n' + str("pause") + '\n' + str("resume");
    };
    auto& barr = *bp->as_array();
    for (auto& e : *cp->as_array()) {
      for (auto& b : barr)
        if (key(b) == key(e))
          r.fail(e, "this pause is already in the rule set this file extends (a file's [[pauses]] are added to "
                    "its base's)");
    }
    for (auto& e : *cp->as_array()) barr.push_back(std::move(*e.as_table()));
    child.erase("pauses");
  }
  auto* cn = child.get("stages");
  auto* bn = base.get("stages");
  auto* barr = bn ? bn->as_array() : nullptr;
  std::vector<std::string> base_ids;
  if (barr)
    for (auto& e : *barr)
      if (auto* id = stage_id(e)) base_ids.push_back(*id);
  if (auto* dn = child.get("drop_stages")) {
    const auto drop = r.str_list(child, "drop_stages", false);
    auto* darr = dn->as_array();
    for (std::size_t i = 0; i < drop.size(); ++i) {
      const toml::node& at = darr ? *darr->get(i) : *dn;
      if (std::find(base_ids.begin(), base_ids.end(), drop[i]) == base_ids.end())
        r.fail(at, fmt::format("drop_stages: '{}' is not a stage of the rule set this file extends (its stages: "
                               "{}){}", drop[i], fmt::join(base_ids, ", "), did_you_mean(drop[i], base_ids)));
      if (cn && cn->as_array())
        for (auto& e : *cn->as_array())
          if (auto* id = stage_id(e); id && *id == drop[i])
            r.fail(e, fmt::format("stage '{}' is both in drop_stages and defined here", drop[i]));
    }
    // Every stage dropped and none defined: said here, where the reader's "a rule set
    // needs [[stages]]" would name the base file, which has them.
    const bool defines = cn && cn->as_array() && !cn->as_array()->empty();
    if (!defines && !base_ids.empty() &&
        std::all_of(base_ids.begin(), base_ids.end(),
                    [&](const std::string& b) { return std::find(drop.begin(), drop.end(), b) != drop.end(); }))
      r.fail(*dn, fmt::format("drop_stages removes every stage of the rule set this file extends ({}) and the "
                              "file defines none: a rule set needs at least one [[stages]]",
                              fmt::join(base_ids, ", ")));
    auto dropped = [&](const toml::node* id) {
      return id && id->is_string() && std::find(drop.begin(), drop.end(), id->as_string()->get()) != drop.end();
    };
    if (barr)
      for (std::size_t i = barr->size(); i-- > 0;)
        if (auto* t = barr->get(i)->as_table(); t && dropped(t->get("id")))
          barr->erase(barr->cbegin() + static_cast<std::ptrdiff_t>(i));
    // The base's top-level pauses of a dropped stage go with it (they would name a stage
    // that no longer exists).
    if (auto* pauses = base.get_as<toml::array>("pauses"))
      for (std::size_t i = pauses->size(); i-- > 0;)
        if (auto* t = pauses->get(i)->as_table(); t && dropped(t->get("stage")))
          pauses->erase(pauses->cbegin() + static_cast<std::ptrdiff_t>(i));
    child.erase("drop_stages");
  }
  if (!cn || !barr || !cn->as_array()) return;  // none given, or nothing to merge with: as any key
  auto& carr = *cn->as_array();
  std::vector<std::string> seen;
  for (auto& e : carr) {
    auto* id = stage_id(e);
    if (!id) return;  // not a table with an id: replaced whole, and build() words the error
    if (std::find(seen.begin(), seen.end(), *id) != seen.end())
      r.fail(e, fmt::format("stage '{}' defined twice", *id));
    seen.push_back(*id);
  }
  for (auto& e : carr) {
    auto* id = stage_id(e);
    toml::node* same = nullptr;
    for (auto& b : *barr)
      if (auto* bid = stage_id(b); bid && *bid == *id) same = &b;
    if (same && same->is_table()) merge_into(*same->as_table(), *e.as_table());
    else barr->push_back(std::move(*e.as_table()));
  }
  child.erase("stages");
}

toml::table parse_toml(std::string_view text, std::string_view origin) {
  // A UTF-8 byte-order mark (Windows editors write one): read past, as calendar files and
  // JSON Lines are. TOML allows none, and toml++ 3.3 rejects it.
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  detail::screen_toml(text, origin);
  try {
    return toml::parse(text, std::string(origin));
  } catch (const toml::parse_error& e) {
    throw InputError(fmt::format("{}: {}", where(e.source(), origin), e.description()));
  }
}

// Only a regular file of at most 1 MiB (`extends = "/dev/zero"` must not read forever).
std::string read_file(const std::string& path) { return io::read_data_file(path, "rule-set file"); }

// A rule set's text and the name errors give it: a built-in one's, or a file's. A bare
// name that is neither was meant as a built-in one (--rules 9558O, extends = "9558O").
std::pair<std::string, std::string> rule_set_text(std::string_view name_or_path) {
  const std::string builtin = fmt::format("rules/{}.toml", name_or_path);
  if (auto text = data::embedded(builtin)) return {std::string(*text), builtin};
  const std::string path(name_or_path);
  std::error_code ec;
  if (path.find_first_of("/.") == std::string::npos && !std::filesystem::exists(path, ec)) {
    const auto names = builtin_rule_sets();
    const std::string near(closest_name(path, names));
    i18n::throw_worded([path, names, near](const i18n::Terms& t) {
      // The names are identifiers, quoted as Chinese quotes them: “95580”、“generic-bank”.
      std::string list;
      for (const auto& n : names)
        list += t.lang() == i18n::Lang::zh ? (list.empty() ? "" : "、") + ("“" + n + "”") : (list.empty() ? "" : ", ") + n;
      return t.fill("error.no_rule_set", {path, list}) + (near.empty() ? std::string() : t.fill("error.did_you_mean", {near}));
    });
  }
  return {read_file(path), path};
}

std::uint32_t fnv1a(std::string_view s, std::uint32_t h = 2166136261u) {
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h;
}

// The files an `extends` chain has read so far, outermost first (a cycle is named by them).
using Chain = std::vector<std::string>;
toml::table load_table(std::string_view name_or_path, Chain& chain, std::uint32_t& hash);

// Parses `text` and the chain it extends. `hash` accumulates the bytes of every file in
// the chain (the version is a hash of what was read, not of toml++'s re-printing, which
// has undefined behaviour on some floats).
toml::table resolve(std::string_view text, std::string_view origin, Chain& chain, std::uint32_t& hash) {
  hash = fnv1a(text, fnv1a(std::string_view("\0", 1), hash));
  auto t = parse_toml(text, origin);
  if (auto* ext = t.get("extends")) {
    auto base_name = ext->value<std::string>();
    if (!base_name) Reader(std::string(origin)).fail(*ext, "'extends' must be a string");
    // A file already in the chain is a cycle, named once (each level's message used to wrap
    // the next one's, repeating the chain until the depth limit).
    if (std::find(chain.begin(), chain.end(), *base_name) != chain.end())
      throw CycleError(fmt::format("{}: 'extends' makes a cycle: {} -> {}", where(ext->source(), origin),
                                   fmt::join(chain, " -> "), *base_name));
    if (chain.size() > 8) Reader(std::string(origin)).fail(*ext, "'extends' nests more than 8 files deep");
    // A file that extends another changes it, and its results must say whose they are:
    // without a name of its own it took the base's, and its results read "rules 95580".
    if (!t.get("name"))
      Reader(std::string(origin)).fail(*ext, fmt::format("a rule set that extends '{}' needs a name of its own "
                                                         "(name = \"my-{}\"): its results carry the name, and the "
                                                         "base's would pass them off as the base's",
                                                         *base_name, *base_name));
    toml::table base;
    try {
      base = load_table(*base_name, chain, hash);
    } catch (const CycleError&) {
      throw;  // worded once, where it was found
    } catch (const InputError& e) {
      // Say which file's `extends` led there: the base's own message names only the base.
      Reader(std::string(origin)).fail(*ext, fmt::format("extends = {}: {}", io::json_string(*base_name), e.what()));
    }
    t.erase("extends");
    merge_lists(base, t, origin);
    merge_into(base, t);
    return base;
  }
  if (auto* d = t.get("drop_stages"))
    Reader(std::string(origin)).fail(*d, "'drop_stages' needs 'extends' (it removes stages of the rule set extended)");
  return t;
}

toml::table load_table(std::string_view name_or_path, Chain& chain, std::uint32_t& hash) {
  chain.emplace_back(name_or_path);
  const auto [text, origin] = rule_set_text(name_or_path);
  return resolve(text, origin, chain, hash);
}

ClockKind clock_of(const Reader& r, const toml::table& t, std::string_view key, ClockKind dflt) {
  auto s = r.str(t, key);
  if (!s) return dflt;
  if (*s == "elapsed") return ClockKind::elapsed;
  if (*s == "business_time") return ClockKind::business_time;
  if (*s == "working_days") return ClockKind::working_days;
  if (*s == "calendar_days") return ClockKind::calendar_days;
  static const std::vector<std::string> kClocks = {"elapsed", "business_time", "working_days", "calendar_days"};
  r.fail_at(t, key, fmt::format("unknown clock '{}' (expected elapsed, business_time, working_days or "
                                "calendar_days){}", *s, did_you_mean(*s, kClocks)));
}

RuleSetPtr build(const toml::table& t, std::string_view origin, std::uint32_t hash) {
  Reader r{std::string(origin)};
  r.top_ = &t;
  r.only_keys(t, kTopKeys, "a rule set");
  // A top-level key written after a table header belongs to that table: `classes` below
  // [audit] made the file "missing 'classes'". Named where it went instead.
  for (const auto& [name, node] : t) {
    const auto* table = node.as_table();
    if (!table || name.str() == "callbacks") continue;  // (its keys are branch levels' names, any name)
    for (const auto& [key, value] : *table)
      if (!value.is_table() && !t.contains(key.str()) &&  // (a table inside: a schedule, by its id)
          std::find(kTopKeys.begin(), kTopKeys.end(), key.str()) != kTopKeys.end())
        r.fail(value, fmt::format("'{}' is inside [{}]: a key after a table header belongs to that table; "
                                  "top-level keys go before the first [table]", key.str(), name.str()));
  }
  auto rs = detail::RuleSetAccess::make();
  auto names = [&](std::string_view key, std::string_view kind, bool required) {
    auto v = r.str_list(t, key, required);
    if (auto* n = t.get(key)) {
      if (auto* arr = n->as_array()) {
        for (std::size_t i = 0; i < arr->size(); ++i) r.check_name(*arr->get(i), kind, v[i]);
      } else {
        for (auto& x : v) r.check_name(*n, kind, x);
      }
    }
    return v;
  };
  rs->name = *r.str(t, "name", true);
  if (rs->name.empty()) r.fail_at(t, "name", "'name' must not be empty");
  rs->title = r.str(t, "title").value_or(rs->name);
  rs->source = r.str(t, "source").value_or("");
  rs->default_zone = r.str(t, "zone").value_or("Asia/Shanghai");
  // Checked here, where the file and line are known: a misspelt zone was reported only
  // when a command first used it, without saying which file named it.
  if (t.get("zone")) {
    try {
      (void)Zone::locate(rs->default_zone);
    } catch (const InputError& e) {
      r.fail_at(t, "zone", e.what());
    }
  }
  rs->classes = names("classes", "class", true);
  if (rs->classes.empty() || rs->classes.size() > max_classes)
    r.fail_at(t, "classes", fmt::format("'classes' must list 1..{} classes", max_classes));
  rs->flags = names("flags", "flag", false);
  if (rs->flags.size() > 32) r.fail_at(t, "flags", "at most 32 flags");
  rs->events = names("events", "event", true);
  if (rs->events.size() < 2 || rs->events.size() > max_events)
    r.fail_at(t, "events", fmt::format("'events' must list 2..{} events", max_events));
  // Events and flags are read from a line by name, beside its own fields: one name, one
  // meaning, or a field would silently never be read.
  for (const auto& [key, kind, list] : {std::tuple{"flags", "flag", &rs->flags}, std::tuple{"events", "event", &rs->events}})
    for (const auto& n : *list) {
      if (std::find(std::begin(ticket_line_fields), std::end(ticket_line_fields), n) != std::end(ticket_line_fields))
        r.fail_at(t, key, fmt::format("{} name '{}' is a field of every ticket line (reserved: {}); choose another name",
                                      kind, n, fmt::join(ticket_line_fields, ", ")));
    }
  for (const auto& f : rs->flags)
    if (std::find(std::begin(flag_output_keys), std::end(flag_output_keys), f) != std::end(flag_output_keys))
      r.fail_at(t, "flags", fmt::format("flag name '{}' is a key of deadlines' JSON output beside the flags (reserved: {}); "
                                        "choose another name", f, fmt::join(flag_output_keys, ", ")));
  for (const auto& c : rs->classes)
    if (c == all_classes_name)
      r.fail_at(t, "classes", fmt::format("class name '{}' is what the summary calls every class together; choose "
                                          "another name", c));
  for (const auto& f : rs->flags)
    if (std::find(rs->events.begin(), rs->events.end(), f) != rs->events.end())
      r.fail_at(t, "flags", fmt::format("'{}' is both a flag and an event: a line's field '{}' can be only one", f, f));

  if (auto* qt = r.table(t, "quiet_hours", "[quiet_hours] from = \"18:00\", to = \"08:00\"")) {
    r.only_keys(*qt, kQuietKeys, "[quiet_hours]");
    // enabled = false: none, in a file extending one that has them (leaving the table out
    // there keeps the base's; equal ends are refused below).
    const auto* en = qt->get("enabled");
    if (en && !en->is_boolean()) r.fail(*en, fmt::format("'enabled' must be true or false, got {}", Reader::type_name(*en)));
    if (en && !*en->value<bool>()) {
      // (The base's from and to, merged in, are what this turns off: only this file's own
      // beside it are a contradiction.)
      if ((qt->get("from") && r.own(*qt->get("from"))) || (qt->get("to") && r.own(*qt->get("to"))))
        r.fail(*en, "[quiet_hours] enabled = false with from or to: give the hours, or turn them off, not both");
      rs->quiet.enabled = false;
    } else {
      const auto from = *r.str(*qt, "from", true), to = *r.str(*qt, "to", true);
      rs->quiet.from = r.time_of_day(*qt->get("from"), from, false);
      rs->quiet.to = r.time_of_day(*qt->get("to"), to, false);
      // Equal ends are no span of time: a slip (a copied line), not a way to turn quiet
      // hours off, which enabled = false says. It had silently disabled them.
      if (rs->quiet.from == rs->quiet.to)
        r.fail(*qt->get("to"), fmt::format("[quiet_hours] from and to are both \"{}\": quiet hours of no length "
                                           "(from = \"20:00\", to = \"08:00\" wraps midnight; for none, leave "
                                           "[quiet_hours] out, or enabled = false in a file that extends another)", to));
      rs->quiet.enabled = true;
    }
  }
  if (auto* a = r.table(t, "audit", "[audit] at_risk = 0.75")) {
    r.only_keys(*a, kAuditKeys, "[audit]");
    if (auto* v = a->get("at_risk")) rs->at_risk = r.number(*v, "at_risk", 0, 1, "in (0, 1], e.g. 0.75");
    if (rs->at_risk == 0) r.fail(*a->get("at_risk"), "'at_risk' must be a number in (0, 1], e.g. 0.75, got 0");
    if (auto* v = a->get("target_rate")) {
      rs->target_rate = r.number(*v, "target_rate", 0, 1, "in (0, 1], e.g. 0.95");
      if (rs->target_rate == 0) r.fail(*v, "'target_rate' must be a number in (0, 1], e.g. 0.95, got 0");
    }
  }
  if (auto* c = r.table(t, "classification", "[classification] group_threshold = 3")) {
    r.only_keys(*c, kClassificationKeys, "[classification]");
    if (auto* v = c->get("group_threshold")) rs->group_threshold = r.whole(*v, "group_threshold", 2, 1000);
    if (auto* v = c->get("review_amount_yuan"))
      rs->review_amount_yuan = r.number(*v, "review_amount_yuan", 0, 1e12, "in [0, 1e12] (yuan)");
  }

  if (auto* ct = r.table(t, "contact", "[contact] attempts = 3, within = \"48h\"")) {
    r.only_keys(*ct, kContactKeys, "[contact]");
    if (auto* v = ct->get("attempts")) rs->contact_attempts = r.whole(*v, "attempts", 1, 20);
    if (auto w = r.str(*ct, "within")) {
      try {
        rs->contact_within = parse_duration(*w);
      } catch (const InputError& e) {
        r.fail_at(*ct, "within", e.what());
      }
      if (rs->contact_within <= std::chrono::seconds{0})
        r.fail_at(*ct, "within", fmt::format("'within' must be positive, got '{}'", *w));
      if (rs->contact_within > kMaxSpan)
        r.fail_at(*ct, "within", fmt::format("'within' = '{}' is longer than ten years (3650d)", *w));
    }
  }
  if (auto* a = r.table(t, "archive", "[archive] years = 10")) {
    r.only_keys(*a, kArchiveKeys, "[archive]");
    if (auto* v = a->get("years")) rs->archive_years = r.whole(*v, "years", 1, 100);
  }
  if (auto* ct = r.table(t, "callbacks", "[callbacks] tier1 = 0.20")) {
    // Branch levels are the institution's own names, so any key is one; but a level of
    // this file's next to an inherited one it nearly spells (teir1 beside tier1) is a
    // misspelling that kept the inherited share and added a level no ticket names.
    std::vector<std::string> inherited;
    for (auto& [level, v] : *ct)
      if (!r.own(v)) inherited.emplace_back(level.str());
    // Names that differ in their digits only (tier1, tier2) are levels of one series, not
    // a misspelling of each other.
    const auto letters = [](std::string_view x) {
      std::string out;
      for (char c : x)
        if (c < '0' || c > '9') out += c;
      return out;
    };
    for (auto& [level, v] : *ct) {
      if (!r.own(v) || std::find(inherited.begin(), inherited.end(), level.str()) != inherited.end()) continue;
      std::vector<std::string> near;
      for (const auto& name : inherited)
        if (letters(name) != letters(level.str())) near.push_back(name);
      if (const auto hint = did_you_mean(level.str(), near); !hint.empty())
          r.fail(v, fmt::format("[callbacks] {} is a new branch level beside the inherited ones ({}), not a share "
                                "for one of them{} (a new level needs a name unlike theirs)",
                                level.str(), fmt::join(inherited, ", "), hint));
    }
    for (auto& [level, v] : *ct) {
      r.check_name(v, "branch level", level.str());
      const double x = r.number(v, fmt::format("callbacks.{}", level.str()), 0, 1, "in [0, 1] (a share)");
      rs->callback_ratios.emplace_back(std::string(level.str()), x);
    }
  }
  rs->reply_record_fields = names("reply_record", "reply-record field", false);

  std::vector<const toml::node*> schedule_nodes;  // for errors found once the stages are read
  if (auto* st = r.table(t, "schedules", "[schedules.hq] days = \"every\", windows = [\"08:30-17:30\"]")) {
    for (auto& [id, node] : *st) {
      schedule_nodes.push_back(&node);
      auto* sch = node.as_table();
      if (!sch) r.fail(node, fmt::format("[schedules.{}] must be a table", id.str()));
      r.check_name(node, "schedule", id.str());
      r.only_keys(*sch, kScheduleKeys, fmt::format("[schedules.{}]", id.str()));
      Schedule out;
      out.id = std::string(id.str());
      // Required: a schedule left without it read as working days only, which no document
      // said, and moved every business_time deadline past weekends and holidays.
      if (!sch->get("days")) r.fail(node, fmt::format("[schedules.{}] needs days = \"every\" or \"working\"", id.str()));
      const auto d = *r.str(*sch, "days");
      if (d != "every" && d != "working")
        r.fail_at(*sch, "days", fmt::format("days '{}' is not 'every' or 'working'", d));
      out.working_days_only = d == "working";
      auto* wn = sch->get("windows");
      if (!wn || !wn->as_array() || wn->as_array()->empty())
        r.fail(node, fmt::format("[schedules.{}] needs windows = [\"08:30-17:30\", ...]", id.str()));
      for (auto& w : *wn->as_array()) {
        auto text = w.value<std::string>();
        const auto dash = text ? text->find('-') : std::string::npos;
        if (dash == std::string::npos)
          r.fail(w, "a window must be a string \"HH:MM-HH:MM\", e.g. \"08:30-17:30\"");
        Window win{r.time_of_day(w, text->substr(0, dash), false),
                   r.time_of_day(w, text->substr(dash + 1), true)};
        if (win.close <= win.open)
          r.fail(w, fmt::format("window '{}' must end after it starts (windows do not wrap "
                                "midnight: split it in two)", *text));
        if (!out.windows.empty() && win.open < out.windows.back().close)
          r.fail(w, fmt::format("window '{}' overlaps or precedes the one before it", *text));
        out.windows.push_back(win);
        out.per_day += win.close - win.open;
      }
      rs->schedules.push_back(std::move(out));
    }
  }
  auto schedule_index = [&](const toml::table& tt) -> int {
    auto s = r.str(tt, "schedule");
    if (!s) return -1;
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < rs->schedules.size(); ++i) {
      if (rs->schedules[i].id == *s) return static_cast<int>(i);
      ids.push_back(rs->schedules[i].id);
    }
    r.fail_at(tt, "schedule", fmt::format("unknown schedule '{}' (defined: {}){}", *s,
                                          ids.empty() ? std::string("none") : fmt::format("{}", fmt::join(ids, ", ")),
                                          did_you_mean(*s, ids)));
  };
  auto event = [&](const toml::table& tt, std::string_view key) {
    const auto e = *r.str(tt, key, true);
    const auto i = rs->find_event(e);
    if (!i)
      r.fail_at(tt, key, fmt::format("unknown event '{}' (the rule set's events are: {}){}", e,
                                     fmt::join(rs->events, ", "), did_you_mean(e, rs->events)));
    return i->index();
  };

  // A cut-off of 00:00 leaves a working day no time: 5wd ran as 4, and a paused clock
  // never ran again. 24:00 is the day's end (the same as no cut-off).
  auto read_cutoff = [&](const toml::table& tt) -> std::optional<TimeOfDay> {
    const auto c = r.str(tt, "cutoff");
    if (!c) return std::nullopt;
    const TimeOfDay at = r.time_of_day(*tt.get("cutoff"), *c, true);
    if (at == TimeOfDay{0})
      r.fail_at(tt, "cutoff", fmt::format("cutoff '{}' leaves no working time in a day (a working day counts from "
                                          "00:00 to its cut-off); did you mean '24:00' (the day's end)?", *c));
    return at;
  };

  // A pause opens after its stage starts and resumes before it ends, on events in that
  // order (the events' order is the lifecycle's): one on the stage's own start and end
  // (pause = "received", resume = "closed") stopped its clock for good, and one whose
  // resume comes first never took effect.
  auto read_pause = [&](const toml::node& p, const toml::table& pt, const Stage& stage) {
    const Pause pause{event(pt, "pause"), event(pt, "resume")};
    if (pause.resume_event == pause.pause_event) r.fail(p, "a pause must resume on another event");
    const auto name = [&](int e) { return rs->events[static_cast<std::size_t>(e)]; };
    if (pause.pause_event <= stage.start_event || pause.resume_event >= stage.end_event ||
        pause.resume_event < pause.pause_event)
      r.fail(p, fmt::format("a pause of stage '{}' must open after its start '{}' and resume before its end '{}', "
                            "on events in that order (the events: {}); got pause '{}', resume '{}'",
                            stage.id, name(stage.start_event), name(stage.end_event), fmt::join(rs->events, ", "),
                            name(pause.pause_event), name(pause.resume_event)));
    // The same pause twice (in a stage's list and again in [[pauses]], or twice there):
    // a slip that listed it twice, as one the base already has is refused.
    for (const auto& q : stage.pauses)
      if (q.pause_event == pause.pause_event && q.resume_event == pause.resume_event)
        r.fail(p, fmt::format("stage '{}' already has this pause (pause '{}', resume '{}'): give each pause once",
                              stage.id, name(pause.pause_event), name(pause.resume_event)));
    return pause;
  };

  auto* stages = t.get("stages");
  if (!stages || !stages->as_array() || stages->as_array()->empty())
    r.fail(t, "a rule set needs [[stages]]");
  for (auto& sn : *stages->as_array()) {
    auto* st = sn.as_table();
    if (!st) r.fail(sn, "each [[stages]] entry must be a table");
    r.only_keys(*st, kStageKeys, "[[stages]]");
    Stage stage;
    stage.id = *r.str(*st, "id", true);
    r.check_name(*st->get("id"), "stage", stage.id);
    if (rs->find_stage(stage.id)) r.fail_at(*st, "id", fmt::format("stage '{}' defined twice", stage.id));
    stage.title = r.str(*st, "title").value_or(stage.id);
    stage.source = r.str(*st, "source").value_or("");
    // A stage without a start is new (one of the base's would have inherited it): a close
    // name is the stage meant ([[stages]] id = "replay" in a file extending 95580).
    if (!st->get("start")) {
      std::vector<std::string> ids;
      for (auto& other : *stages->as_array())
        if (auto* o = other.as_table(); o && o != st)
          if (auto id = o->get("id"); id && id->is_string()) ids.push_back(id->as_string()->get());
      if (const auto hint = did_you_mean(stage.id, ids); !hint.empty())
        r.fail_at(*st, "id", fmt::format("stage '{}' is not one of the rule set's stages ({}), and a new stage needs "
                                         "'start'{}", stage.id, fmt::join(ids, ", "), hint));
    }
    stage.start_event = event(*st, "start");
    stage.end_event = event(*st, "end");
    if (stage.end_event <= stage.start_event)
      r.fail_at(*st, "end", fmt::format("stage '{}' must end on an event after its start '{}'",
                                        stage.id, rs->events[static_cast<std::size_t>(stage.start_event)]));
    if (auto* c = st->get("contact")) {
      // is_boolean: toml++'s value<bool>() reads 1 and 0 as true and false.
      if (!c->is_boolean()) r.fail(*c, fmt::format("'contact' must be true or false, got {}", Reader::type_name(*c)));
      stage.contact = *c->value<bool>();
    }
    if (auto w = r.str(*st, "wins")) {
      if (*w != "earliest" && *w != "latest")
        r.fail_at(*st, "wins", fmt::format("wins '{}' is not \"earliest\" or \"latest\"{}", *w, did_you_mean(*w, kWins)));
      stage.latest_wins = *w == "latest";
    }
    const ClockKind stage_clock = clock_of(r, *st, "clock", ClockKind::elapsed);
    const int stage_schedule = schedule_index(*st);
    const std::optional<TimeOfDay> stage_cutoff = read_cutoff(*st);
    if (auto* pn = st->get("pauses")) {
      auto* arr = pn->as_array();
      if (!arr) r.fail(*pn, "'pauses' must be a list of { pause = EVENT, resume = EVENT }");
      for (auto& p : *arr) {
        auto* pt = p.as_table();
        if (!pt) r.fail(p, "each pause must be { pause = EVENT, resume = EVENT }");
        r.only_keys(*pt, kStagePauseKeys, "a stage's pause");
        stage.pauses.push_back(read_pause(p, *pt, stage));
      }
    }
    auto* tn = st->get("targets");
    if (!tn || !tn->as_array() || tn->as_array()->empty())
      r.fail(sn, fmt::format("stage '{}' needs targets = [{{ target = \"24h\" }}, ...]", stage.id));
    for (auto& tnode : *tn->as_array()) {
      auto* tt = tnode.as_table();
      if (!tt) r.fail(tnode, "each target must be a table { class = ..., target = ... }");
      r.only_keys(*tt, kTargetKeys, "a target");
      Target target;
      target.clock = clock_of(r, *tt, "clock", stage_clock);
      target.label = *r.str(*tt, "target", true);
      std::vector<std::string> conditions;
      if (tt->get("class")) {
        target.class_mask = 0;
        for (auto& c : r.str_list(*tt, "class", false)) {
          const auto ci = rs->find_class(c);
          if (!ci)
            r.fail_at(*tt, "class", fmt::format("unknown class '{}' (the rule set's classes are: {}){}",
                                                c, fmt::join(rs->classes, ", "), did_you_mean(c, rs->classes)));
          target.class_mask |= 1u << ci->index();
          conditions.push_back("class " + c);
        }
        if (!target.class_mask) r.fail_at(*tt, "class", "'class' = [] matches no ticket (leave it out for every class)");
      }
      if (tt->get("flag")) {
        for (auto& f : r.str_list(*tt, "flag", false)) {
          const auto fi = rs->find_flag(f);
          if (!fi)
            r.fail_at(*tt, "flag", fmt::format("unknown flag '{}' (the rule set's flags are: {}){}", f,
                                               fmt::join(rs->flags, ", "), did_you_mean(f, rs->flags)));
          target.flag_mask |= 1u << fi->index();
          conditions.push_back("flag " + f);
        }
      }
      if (tt->get("event")) {
        for (auto& e : r.str_list(*tt, "event", false)) {
          const auto ei = rs->find_event(e);
          if (!ei)
            r.fail_at(*tt, "event", fmt::format("unknown event '{}' (the rule set's events are: {}){}", e,
                                                fmt::join(rs->events, ", "), did_you_mean(e, rs->events)));
          target.event_mask |= 1u << ei->index();
          conditions.push_back("event " + e);
        }
      }
      target.condition = conditions.empty() ? "every ticket" : fmt::format("{}", fmt::join(conditions, ", "));
      const auto& label = target.label;
      if (target.clock != ClockKind::calendar_days && (tt->get("roll") || tt->get("roll_on")))
        r.fail_at(*tt, tt->get("roll") ? "roll" : "roll_on",
                  fmt::format("'roll' and 'roll_on' apply to calendar_days targets only; this one is {}",
                              to_string(target.clock)));
      if (target.clock == ClockKind::calendar_days) {
        // "15d": whole calendar days (Civil Code art. 201: the start day not counted).
        int n = -1;
        if (label.size() > 1 && label.back() == 'd' && label.size() <= 5 &&
            std::all_of(label.begin(), label.end() - 1, [](char c) { return c >= '0' && c <= '9'; }))
          n = std::stoi(label.substr(0, label.size() - 1));
        if (n < 0 || n > 3650)
          r.fail_at(*tt, "target", fmt::format("target '{}' is not a number of calendar days "
                                               "(expected e.g. \"15d\", at most 3650d)", label));
        target.calendar_days = n;
        target.duration = std::chrono::days{n};
        if (auto v = r.str(*tt, "roll")) {
          if (*v == "none") target.roll = Roll::none;
          else if (*v == "next_working_day") target.roll = Roll::next_working_day;
          else r.fail_at(*tt, "roll", fmt::format("roll '{}' is not \"none\" or \"next_working_day\"{}", *v,
                                                  did_you_mean(*v, kRolls)));
        }
        if (auto v = r.str(*tt, "roll_on")) {
          if (target.roll == Roll::none)
            r.fail_at(*tt, "roll_on", "'roll_on' needs roll = \"next_working_day\"");
          if (*v == "rest_days") target.roll_holidays_only = false;
          else if (*v == "holidays") target.roll_holidays_only = true;
          else r.fail_at(*tt, "roll_on", fmt::format("roll_on '{}' is not \"rest_days\" (every rest day of the "
                                                     "calendar) or \"holidays\"{}", *v,
                                                     did_you_mean(*v, kRollOn)));
        }
        if (tt->get("cutoff"))
          r.fail_at(*tt, "cutoff", "'cutoff' applies to working_days targets only; a calendar_days "
                                   "period ends at 24:00");
      } else if (target.clock == ClockKind::working_days) {
        int n = -1;
        if (label.size() > 2 && label.substr(label.size() - 2) == "wd" && label.size() <= 7 &&
            std::all_of(label.begin(), label.end() - 2, [](char c) { return c >= '0' && c <= '9'; }))
          n = std::stoi(label.substr(0, label.size() - 2));
        if (n < 0 || n > 3650)
          r.fail_at(*tt, "target", fmt::format("target '{}' is not a number of working days "
                                               "(expected e.g. \"5wd\", at most 3650wd)", label));
        target.working_days = n;
        target.cutoff = stage_cutoff;
        if (tt->get("cutoff")) target.cutoff = read_cutoff(*tt);
      } else {
        // A number of working days on another clock: the stage or target lacks its clock
        // (elapsed by default), far likelier than a misspelt duration.
        if (label.size() > 2 && label.ends_with("wd"))
          r.fail_at(*tt, "target", fmt::format("'{}' is a number of working days, but this target's clock is {}{}; "
                                               "add clock = \"working_days\"", label, to_string(target.clock),
                                               tt->get("clock") || st->get("clock") ? "" : " (the default)"));
        // Whole days on the default clock: N x 24 h from the minute received, where the
        // regulator's "15 days" are calendar days (the start day not counted, 24:00 of the
        // last, rolled off holidays). Which was meant must be said.
        if (target.clock == ClockKind::elapsed && !tt->get("clock") && !st->get("clock") && label.size() > 1 &&
            label.back() == 'd' &&
            std::all_of(label.begin(), label.end() - 1, [](char c) { return c >= '0' && c <= '9'; }))
          r.fail_at(*tt, "target", fmt::format("'{0}' on the default clock (elapsed) would be {1} x 24 h from the "
                                               "minute received; say which is meant: clock = \"calendar_days\" "
                                               "(whole days, the start day not counted, to 24:00 of the last) or "
                                               "clock = \"elapsed\"", label, label.substr(0, label.size() - 1)));
        try {
          target.duration = parse_duration(label);
        } catch (const InputError& e) {
          r.fail_at(*tt, "target", e.what());
        }
        if (target.duration > kMaxSpan)
          r.fail_at(*tt, "target", fmt::format("target '{}' is longer than ten years (3650d)", label));
        if (tt->get("cutoff"))
          r.fail_at(*tt, "cutoff", fmt::format("'cutoff' applies to working_days targets only; this one is "
                                               "{} (leave it out)", to_string(target.clock)));
      }
      if (target.clock == ClockKind::business_time) {
        target.schedule = tt->get("schedule") ? schedule_index(*tt) : stage_schedule;
        if (target.schedule < 0)
          r.fail(tnode, fmt::format("stage '{}': a business_time target needs a schedule", stage.id));
        // Span check: the schedule days this target needs must fit in ten years, or the
        // deadline would run past the calendar (and, on a short window, past 2262, where
        // nanosecond instants end).
        const auto& sch = rs->schedules[static_cast<std::size_t>(target.schedule)];
        const long long per_day = sch.per_day.count();
        const long long days = (target.duration.count() + per_day - 1) / per_day;
        const long long limit = sch.working_days_only ? kMaxWorkingDays : kMaxEveryDays;
        if (days > limit)
          r.fail_at(*tt, "target", fmt::format(
              "target '{}' on schedule '{}' ({} a day) needs {} {}days of it, more than ten years' "
              "worth (at most {})", label, sch.id, format_duration(sch.per_day), days,
              sch.working_days_only ? "working " : "", limit));
      } else if (tt->get("schedule")) {
        r.fail_at(*tt, "schedule", fmt::format("'schedule' applies to business_time targets only; this one is "
                                               "{}", to_string(target.clock)));
      }
      stage.targets.push_back(std::move(target));
    }
    // A stage's schedule or cut-off written here for a stage with no target on its clock
    // is a mistake (a stage that lost its clock = "business_time" line ran on elapsed
    // time). One inherited from a base a file changes the clock of is not: a stage keeps
    // the keys it does not give, and none can be taken away.
    const auto unused = [&](std::string_view key, ClockKind clock) {
      const bool any = std::any_of(stage.targets.begin(), stage.targets.end(),
                                   [&](const Target& x) { return x.clock == clock; });
      if (any || !r.own(*st->get(key))) return;
      r.fail_at(*st, key, fmt::format("'{}' on stage '{}' is used by none of its targets: it applies to {} targets, "
                                      "and the stage's clock is {}{}; add clock = \"{}\"", key, stage.id,
                                      to_string(clock), to_string(stage_clock), st->get("clock") ? "" : " (the default)",
                                      to_string(clock)));
    };
    if (stage_schedule >= 0) unused("schedule", ClockKind::business_time);
    if (stage_cutoff) unused("cutoff", ClockKind::working_days);
    // A target that can never set the deadline: another applies whenever it does (every
    // class it names, no flag or event it lacks) on the same clock, and is never later
    // (earliest wins) or never earlier (latest wins). { target = "5wd" } beside
    // { class = "urgent", target = "7wd" } gave urgent tickets 5wd in silence.
    const auto same_clock = [](const Target& a, const Target& b) {
      return a.clock == b.clock && a.schedule == b.schedule && a.cutoff == b.cutoff && a.roll == b.roll &&
             a.roll_holidays_only == b.roll_holidays_only;
    };
    const auto amount = [](const Target& x) {
      return x.clock == ClockKind::working_days ? std::chrono::seconds{std::chrono::days{x.working_days}}
                                                : std::chrono::duration_cast<std::chrono::seconds>(x.duration);
    };
    const auto& arr = *tn->as_array();
    for (std::size_t i = 0; i < stage.targets.size(); ++i)
      for (std::size_t j = 0; j < stage.targets.size(); ++j) {
        if (i == j) continue;
        const Target &wide = stage.targets[j], &narrow = stage.targets[i];
        const bool covers = (narrow.class_mask & ~wide.class_mask) == 0 && (wide.flag_mask & ~narrow.flag_mask) == 0 &&
                            (wide.event_mask & ~narrow.event_mask) == 0;
        if (!covers || !same_clock(wide, narrow)) continue;
        const bool shadowed = stage.latest_wins ? amount(narrow) <= amount(wide) : amount(narrow) >= amount(wide);
        // Two targets of the same conditions: the later one is the one flagged.
        const bool same_conditions = narrow.class_mask == wide.class_mask && narrow.flag_mask == wide.flag_mask &&
                                     narrow.event_mask == wide.event_mask;
        if (shadowed && (!same_conditions || i > j))
          r.fail(arr[i], fmt::format("stage '{}': target '{}' ({}) can never set the deadline: target '{}' ({}, line {}) "
                                     "applies whenever it does and is never {} ({} wins); give it a condition "
                                     "the other lacks, or remove it",
                                     stage.id, narrow.label, narrow.condition, wide.label, wide.condition,
                                     arr[j].source().begin.line, stage.latest_wins ? "earlier" : "later",
                                     stage.latest_wins ? "latest" : "earliest"));
      }
    rs->stages.push_back(std::move(stage));
  }
  // Top-level [[pauses]] name their stage, so a rule set that `extends` another can add
  // a pause without restating the stages.
  if (auto* pn = t.get("pauses")) {
    auto* arr = pn->as_array();
    if (!arr) r.fail(*pn, "'pauses' must be [[pauses]] tables: stage, pause, resume");
    for (auto& p : *arr) {
      auto* pt = p.as_table();
      if (!pt) r.fail(p, "each [[pauses]] entry needs stage, pause and resume");
      r.only_keys(*pt, kPauseKeys, "[[pauses]]");
      const auto stage_id = *r.str(*pt, "stage", true);
      const auto si = rs->find_stage(stage_id);
      if (!si) {
        std::vector<std::string> ids;
        for (const auto& st : rs->stages) ids.push_back(st.id);
        r.fail_at(*pt, "stage", fmt::format("unknown stage '{}' (defined: {}){}", stage_id, fmt::join(ids, ", "),
                                            did_you_mean(stage_id, ids)));
      }
      auto& stage = rs->stages[static_cast<std::size_t>(si->index())];
      stage.pauses.push_back(read_pause(p, *pt, stage));
    }
  }
  for (const auto& st : rs->stages)
    if (st.pauses.size() > 4) r.fail(t, fmt::format("stage '{}' has more than 4 pauses", st.id));
  // A schedule no target uses whose name is close to one in use is a misspelling: a file
  // extending 95580 with [schedules.HQ] added a schedule and changed nothing. (One unused
  // and unlike any other is left alone: stages dropped from a base leave theirs.)
  {
    std::vector<bool> used(rs->schedules.size(), false);
    for (const auto& st : rs->stages)
      for (const auto& x : st.targets)
        if (x.schedule >= 0) used[static_cast<std::size_t>(x.schedule)] = true;
    std::vector<std::string> used_ids;
    for (std::size_t i = 0; i < used.size(); ++i)
      if (used[i]) used_ids.push_back(rs->schedules[i].id);
    for (std::size_t i = 0; i < used.size(); ++i)
      if (!used[i] && r.own(*schedule_nodes[i]))  // (a base's, replaced by this file's own: fine)
        if (const auto hint = did_you_mean(rs->schedules[i].id, used_ids); !hint.empty())
          r.fail(*schedule_nodes[i], fmt::format("schedule '{}' is used by no stage{}", rs->schedules[i].id, hint));
  }
  rs->version = fmt::format("{} #{:08x}", rs->name, hash);
  return rs;
}

}  // namespace

std::string_view to_string(ClockKind c) noexcept {
  switch (c) {
    case ClockKind::elapsed: return "elapsed";
    case ClockKind::business_time: return "business_time";
    case ClockKind::working_days: return "working_days";
    case ClockKind::calendar_days: return "calendar_days";
  }
  return "?";
}

RuleSetPtr parse_rule_set(std::string_view text, std::string_view origin) {
  std::uint32_t hash = 2166136261u;
  Chain chain{std::string(origin)};
  auto t = resolve(text, origin, chain, hash);
  return build(t, origin, hash);
}

RuleSetPtr load_rule_set(std::string_view name_or_path) {
  const auto [text, origin] = rule_set_text(name_or_path);
  return parse_rule_set(text, origin);
}

RuleSetPtr default_rule_set() {
  static const RuleSetPtr rs = load_rule_set("95580");
  return rs;
}

std::vector<std::string> builtin_rule_sets() {
  std::vector<std::string> out;
  for (auto name : data::embedded_names())
    if (name.substr(0, 6) == "rules/" && name.size() > 11)
      out.emplace_back(name.substr(6, name.size() - 11));
  return out;
}

SHIXIAN_NAMESPACE_END
