// Reading rule sets from TOML. toml++ keeps every node's source position, so a
// semantic error ("unknown event 'resolvd'") names the file and line like a syntax
// error does.
#include <algorithm>
#include <fmt/format.h>
#include <fstream>
#include <sstream>
#include <toml++/toml.h>

#include "shixian/data/embedded.hpp"
#include "shixian/error.hpp"
#include "shixian/rules/rule_set.hpp"
#include "shixian/time/text.hpp"

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

class Reader {
 public:
  explicit Reader(std::string origin) : origin_(std::move(origin)) {}

  [[noreturn]] void fail(const toml::node& n, const std::string& what) const {
    throw InputError(fmt::format("{}: {}", where(n.source(), origin_), what));
  }
  [[noreturn]] void fail_at(const toml::table& t, std::string_view key, const std::string& what) const {
    if (auto* n = t.get(key)) fail(*n, what);
    fail(t, what);
  }

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

// `extends`: the child's keys replace the base's; tables merge key by key, arrays
// (stages, targets) are replaced whole so a child never half-inherits a list.
void merge_into(toml::table& base, const toml::table& child) {
  for (auto& [k, v] : child) {
    auto* b = base.get(k);
    if (b && b->is_table() && v.is_table()) merge_into(*b->as_table(), *v.as_table());
    else base.insert_or_assign(k, v);
  }
}

toml::table parse_toml(std::string_view text, std::string_view origin) {
  try {
    return toml::parse(text, std::string(origin));
  } catch (const toml::parse_error& e) {
    throw InputError(fmt::format("{}: {}", where(e.source(), origin), e.description()));
  }
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  if (!in || !(ss << in.rdbuf()) || in.bad())  // a directory opens, but cannot be read
    throw InputError(fmt::format("cannot read rule-set file '{}' (missing, a directory, or unreadable)", path));
  return ss.str();
}

toml::table load_table(std::string_view name_or_path, int depth);

toml::table resolve(std::string_view text, std::string_view origin, int depth) {
  auto t = parse_toml(text, origin);
  if (auto* ext = t.get("extends")) {
    auto base_name = ext->value<std::string>();
    if (!base_name) Reader(std::string(origin)).fail(*ext, "'extends' must be a string");
    if (depth > 8) Reader(std::string(origin)).fail(*ext, "'extends' nests too deep (a cycle?)");
    auto base = load_table(*base_name, depth + 1);
    t.erase("extends");
    merge_into(base, t);
    return base;
  }
  return t;
}

toml::table load_table(std::string_view name_or_path, int depth) {
  const std::string builtin = fmt::format("rules/{}.toml", name_or_path);
  if (auto text = data::embedded(builtin)) return resolve(*text, builtin, depth);
  const std::string path(name_or_path);
  return resolve(read_file(path), path, depth);
}

std::uint32_t fnv1a(std::string_view s) {
  std::uint32_t h = 2166136261u;
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h;
}

ClockKind clock_of(const Reader& r, const toml::table& t, std::string_view key, ClockKind dflt) {
  auto s = r.str(t, key);
  if (!s) return dflt;
  if (*s == "elapsed") return ClockKind::elapsed;
  if (*s == "business_time") return ClockKind::business_time;
  if (*s == "working_days") return ClockKind::working_days;
  r.fail_at(t, key, fmt::format("unknown clock '{}' (expected elapsed, business_time or "
                                "working_days)", *s));
}

RuleSetPtr build(const toml::table& t, std::string_view origin, std::string_view text_for_hash) {
  Reader r{std::string(origin)};
  auto rs = detail::RuleSetAccess::make();
  rs->name = *r.str(t, "name", true);
  rs->title = r.str(t, "title").value_or(rs->name);
  rs->source = r.str(t, "source").value_or("");
  rs->default_zone = r.str(t, "zone").value_or("Asia/Shanghai");
  rs->classes = r.str_list(t, "classes", true);
  if (rs->classes.empty() || rs->classes.size() > max_classes)
    r.fail_at(t, "classes", fmt::format("'classes' must list 1..{} classes", max_classes));
  rs->flags = r.str_list(t, "flags", false);
  if (rs->flags.size() > 32) r.fail_at(t, "flags", "at most 32 flags");
  rs->events = r.str_list(t, "events", true);
  if (rs->events.size() < 2 || rs->events.size() > max_events)
    r.fail_at(t, "events", fmt::format("'events' must list 2..{} events", max_events));

  if (auto* q = t.get("quiet_hours")) {
    auto* qt = q->as_table();
    if (!qt) r.fail(*q, "[quiet_hours] must be a table with 'from' and 'to'");
    const auto from = *r.str(*qt, "from", true), to = *r.str(*qt, "to", true);
    rs->quiet.from = r.time_of_day(*qt->get("from"), from, false);
    rs->quiet.to = r.time_of_day(*qt->get("to"), to, false);
    rs->quiet.enabled = rs->quiet.from != rs->quiet.to;
  }
  if (auto* a = t.get("audit"); a && a->is_table()) {
    if (auto* v = a->as_table()->get("at_risk")) {
      auto x = v->value<double>();
      if (!x || *x <= 0 || *x > 1) r.fail(*v, "'at_risk' must be a number in (0, 1], e.g. 0.75");
      rs->at_risk = *x;
    }
  }
  if (auto* c = t.get("classification"); c && c->is_table()) {
    if (auto* v = c->as_table()->get("group_threshold")) {
      auto x = v->value<int64_t>();
      if (!x || *x < 2 || *x > 1000) r.fail(*v, "'group_threshold' must be a whole number 2..1000");
      rs->group_threshold = static_cast<int>(*x);
    }
    if (auto* v = c->as_table()->get("review_amount_yuan")) {
      auto x = v->value<double>();
      if (!x || *x < 0) r.fail(*v, "'review_amount_yuan' must be a number >= 0");
      rs->review_amount_yuan = *x;
    }
  }

  if (auto* c = t.get("contact"); c && c->is_table()) {
    const auto& ct = *c->as_table();
    if (auto* v = ct.get("attempts")) {
      auto x = v->value<int64_t>();
      if (!x || *x < 1 || *x > 20) r.fail(*v, "'attempts' must be a whole number 1..20");
      rs->contact_attempts = static_cast<int>(*x);
    }
    if (auto w = r.str(ct, "within")) {
      try {
        rs->contact_within = parse_duration(*w);
      } catch (const InputError& e) {
        r.fail_at(ct, "within", e.what());
      }
      if (rs->contact_within <= std::chrono::seconds{0}) r.fail_at(ct, "within", "'within' must be positive");
    }
  }
  if (auto* a = t.get("archive"); a && a->is_table()) {
    if (auto* v = a->as_table()->get("years")) {
      auto x = v->value<int64_t>();
      if (!x || *x < 1 || *x > 100) r.fail(*v, "'years' must be a whole number 1..100");
      rs->archive_years = static_cast<int>(*x);
    }
  }
  if (auto* c = t.get("callbacks")) {
    auto* ct = c->as_table();
    if (!ct) r.fail(*c, "[callbacks] must map branch levels to shares, e.g. tier1 = 0.20");
    for (auto& [level, v] : *ct) {
      auto x = v.value<double>();
      if (!x || *x < 0 || *x > 1)
        r.fail(v, fmt::format("callback share for '{}' must be a number in [0, 1]", level.str()));
      rs->callback_ratios.emplace_back(std::string(level.str()), *x);
    }
  }
  rs->reply_record_fields = r.str_list(t, "reply_record", false);

  if (auto* s = t.get("schedules")) {
    auto* st = s->as_table();
    if (!st) r.fail(*s, "'schedules' must be a table of [schedules.ID]");
    for (auto& [id, node] : *st) {
      auto* sch = node.as_table();
      if (!sch) r.fail(node, fmt::format("[schedules.{}] must be a table", id.str()));
      Schedule out;
      out.id = std::string(id.str());
      const auto d = r.str(*sch, "days").value_or("working");
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
    for (std::size_t i = 0; i < rs->schedules.size(); ++i)
      if (rs->schedules[i].id == *s) return static_cast<int>(i);
    r.fail_at(tt, "schedule", fmt::format("unknown schedule '{}'", *s));
  };
  auto event = [&](const toml::table& tt, std::string_view key) {
    const auto e = *r.str(tt, key, true);
    const auto i = rs->find_event(e);
    if (!i)
      r.fail_at(tt, key, fmt::format("unknown event '{}' (the rule set's events are: {})", e,
                                     fmt::join(rs->events, ", ")));
    return i->index();
  };

  auto* stages = t.get("stages");
  if (!stages || !stages->as_array() || stages->as_array()->empty())
    r.fail(t, "a rule set needs [[stages]]");
  for (auto& sn : *stages->as_array()) {
    auto* st = sn.as_table();
    if (!st) r.fail(sn, "each [[stages]] entry must be a table");
    Stage stage;
    stage.id = *r.str(*st, "id", true);
    if (rs->find_stage(stage.id)) r.fail_at(*st, "id", fmt::format("stage '{}' defined twice", stage.id));
    stage.title = r.str(*st, "title").value_or(stage.id);
    stage.source = r.str(*st, "source").value_or("");
    stage.start_event = event(*st, "start");
    stage.end_event = event(*st, "end");
    if (stage.end_event <= stage.start_event)
      r.fail_at(*st, "end", fmt::format("stage '{}' must end on an event after its start '{}'",
                                        stage.id, rs->events[static_cast<std::size_t>(stage.start_event)]));
    if (auto* c = st->get("contact")) {
      auto b = c->value<bool>();
      if (!b) r.fail(*c, "'contact' must be true or false");
      stage.contact = *b;
    }
    const ClockKind stage_clock = clock_of(r, *st, "clock", ClockKind::elapsed);
    const int stage_schedule = schedule_index(*st);
    std::optional<TimeOfDay> stage_cutoff;
    if (auto c = r.str(*st, "cutoff")) stage_cutoff = r.time_of_day(*st->get("cutoff"), *c, true);
    if (auto* pn = st->get("pauses")) {
      auto* arr = pn->as_array();
      if (!arr) r.fail(*pn, "'pauses' must be a list of { pause = EVENT, resume = EVENT }");
      for (auto& p : *arr) {
        auto* pt = p.as_table();
        if (!pt) r.fail(p, "each pause must be { pause = EVENT, resume = EVENT }");
        Pause pause{event(*pt, "pause"), event(*pt, "resume")};
        if (pause.resume_event == pause.pause_event) r.fail(p, "a pause must resume on another event");
        stage.pauses.push_back(pause);
      }
    }
    auto* tn = st->get("targets");
    if (!tn || !tn->as_array() || tn->as_array()->empty())
      r.fail(sn, fmt::format("stage '{}' needs targets = [{{ target = \"24h\" }}, ...]", stage.id));
    for (auto& tnode : *tn->as_array()) {
      auto* tt = tnode.as_table();
      if (!tt) r.fail(tnode, "each target must be a table { class = ..., target = ... }");
      Target target;
      target.clock = clock_of(r, *tt, "clock", stage_clock);
      target.label = *r.str(*tt, "target", true);
      std::vector<std::string> conditions;
      if (tt->get("class")) {
        target.class_mask = 0;
        for (auto& c : r.str_list(*tt, "class", false)) {
          const auto ci = rs->find_class(c);
          if (!ci)
            r.fail_at(*tt, "class", fmt::format("unknown class '{}' (the rule set's classes are: {})",
                                                c, fmt::join(rs->classes, ", ")));
          target.class_mask |= 1u << ci->index();
          conditions.push_back("class " + c);
        }
      }
      if (tt->get("flag")) {
        for (auto& f : r.str_list(*tt, "flag", false)) {
          const auto fi = rs->find_flag(f);
          if (!fi)
            r.fail_at(*tt, "flag", fmt::format("unknown flag '{}' (the rule set's flags are: {})", f,
                                               fmt::join(rs->flags, ", ")));
          target.flag_mask |= 1u << fi->index();
          conditions.push_back("flag " + f);
        }
      }
      target.condition = conditions.empty() ? "every ticket" : fmt::format("{}", fmt::join(conditions, ", "));
      const auto& label = target.label;
      if (target.clock == ClockKind::working_days) {
        int n = -1;
        if (label.size() > 2 && label.substr(label.size() - 2) == "wd" && label.size() <= 7 &&
            std::all_of(label.begin(), label.end() - 2, [](char c) { return c >= '0' && c <= '9'; }))
          n = std::stoi(label.substr(0, label.size() - 2));
        if (n < 0 || n > 3650)
          r.fail_at(*tt, "target", fmt::format("target '{}' is not a number of working days "
                                               "(expected e.g. \"5wd\")", label));
        target.working_days = n;
        target.cutoff = stage_cutoff;
        if (auto c = r.str(*tt, "cutoff")) target.cutoff = r.time_of_day(*tt->get("cutoff"), *c, true);
      } else {
        try {
          target.duration = parse_duration(label);
        } catch (const InputError& e) {
          r.fail_at(*tt, "target", e.what());
        }
        if (target.duration > std::chrono::hours{24 * 3650})
          r.fail_at(*tt, "target", fmt::format("target '{}' is longer than ten years", label));
      }
      if (target.clock == ClockKind::business_time) {
        target.schedule = tt->get("schedule") ? schedule_index(*tt) : stage_schedule;
        if (target.schedule < 0)
          r.fail(tnode, fmt::format("stage '{}': a business_time target needs a schedule", stage.id));
      }
      stage.targets.push_back(std::move(target));
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
      const auto stage_id = *r.str(*pt, "stage", true);
      const auto si = rs->find_stage(stage_id);
      if (!si) r.fail_at(*pt, "stage", fmt::format("unknown stage '{}'", stage_id));
      Pause pause{event(*pt, "pause"), event(*pt, "resume")};
      if (pause.resume_event == pause.pause_event) r.fail(p, "a pause must resume on another event");
      rs->stages[static_cast<std::size_t>(si->index())].pauses.push_back(pause);
    }
  }
  for (const auto& st : rs->stages)
    if (st.pauses.size() > 4) r.fail(t, fmt::format("stage '{}' has more than 4 pauses", st.id));
  rs->version = fmt::format("{} #{:08x}", rs->name, fnv1a(text_for_hash));
  return rs;
}

}  // namespace

std::string_view to_string(ClockKind c) noexcept {
  switch (c) {
    case ClockKind::elapsed: return "elapsed";
    case ClockKind::business_time: return "business_time";
    case ClockKind::working_days: return "working_days";
  }
  return "?";
}

RuleSetPtr parse_rule_set(std::string_view text, std::string_view origin) {
  auto t = resolve(text, origin, 0);
  std::ostringstream canonical;
  canonical << t;
  return build(t, origin, canonical.str());
}

RuleSetPtr load_rule_set(std::string_view name_or_path) {
  const std::string builtin = fmt::format("rules/{}.toml", name_or_path);
  if (auto text = data::embedded(builtin)) return parse_rule_set(*text, builtin);
  const std::string path(name_or_path);
  return parse_rule_set(read_file(path), path);
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
