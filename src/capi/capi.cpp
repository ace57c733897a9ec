// The C ABI (include/shixian/shixian.h): thin wrappers over the public C++ headers.
// Every entry point runs its body through guard(), which turns any exception into a
// status and the thread's last-error message, so none crosses into C.
#include "shixian/shixian.h"

#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <vector>

#include "shixian/audit/audit.hpp"
#include "shixian/audit/check_stream.hpp"
#include "shixian/calendar/calendar.hpp"
#include "shixian/calendar/calendar_file.hpp"
#include "shixian/classify/classify.hpp"
#include "shixian/error.hpp"
#include "shixian/io/line_reader.hpp"
#include "shixian/rules/names.hpp"
#include "shixian/rules/rule_set.hpp"
#include "shixian/sla/deadlines.hpp"
#include "shixian/sla/lifecycle.hpp"
#include "shixian/sla/explain.hpp"
#include "shixian/time/text.hpp"
#include "shixian/time/zone.hpp"

struct shixian_calendar {
  shixian::CalendarPtr cal;
};
struct shixian_rules {
  shixian::RuleSetPtr rules;
};
struct shixian_zone {
  shixian::Zone zone;
};
// The engine keeps what it refers to alive, so freeing the caller's handles is safe.
// Members are built in declaration order, so the engine refers to the handle's copies.
struct shixian_engine {
  shixian_engine(shixian::RuleSetPtr r, shixian::CalendarPtr c, shixian::Zone z, shixian::Coverage cov,
                 shixian::Choose ch)
      : rules(std::move(r)), cal(std::move(c)), zone(std::move(z)), engine(*rules, *cal, zone, cov), choose(ch) {}
  shixian::RuleSetPtr rules;
  shixian::CalendarPtr cal;
  shixian::Zone zone;
  shixian::DeadlineEngine engine;
  shixian::Choose choose;  // events' local times in a DST change
};
struct shixian_auditor {
  shixian_auditor(shixian::RuleSetPtr r, shixian::CalendarPtr c, shixian::Zone z, shixian::audit::Settings s,
                  shixian::Choose ch)
      : rules(std::move(r)), cal(std::move(c)), zone(std::move(z)), auditor(*rules, *cal, zone, s),
        lines(auditor, ch, nullptr) {}
  shixian::RuleSetPtr rules;
  shixian::CalendarPtr cal;
  shixian::Zone zone;
  shixian::audit::Auditor auditor;
  shixian::audit::LineAuditor lines;
  std::size_t count = 0;  // lines given so far: a bad line's number, as check numbers them
  shixian::audit::OutBuffer out;
};

namespace {

// The instants a timestamp can name, years 1900..2199, as nanoseconds since 1970-01-01 UTC.
constexpr std::int64_t kFirstNs = -2208988800LL * 1000000000LL, kLastNs = 7258118400LL * 1000000000LL;


thread_local std::string last_error;

shixian_status fail(shixian_status s, std::string message) {
  last_error = std::move(message);
  return s;
}

template <class F>
shixian_status guard(F&& body) noexcept {
  try {
    last_error.clear();
    return body();
  } catch (const shixian::CoverageError& e) {
    return fail(SHIXIAN_E_COVERAGE, e.what());
  } catch (const shixian::InputError& e) {
    return fail(SHIXIAN_E_INPUT, e.what());
  } catch (const std::bad_alloc&) {
    return fail(SHIXIAN_E_INTERNAL, "out of memory");
  } catch (const std::exception& e) {
    return fail(SHIXIAN_E_INTERNAL, e.what());
  } catch (...) {
    return fail(SHIXIAN_E_INTERNAL, "unknown failure");
  }
}

// (The parameter alone: __func__ inside the guarded lambda is "operator()", which C
// callers saw at the head of every such message.)
#define SHIXIAN_NEED(p) \
  if (!(p)) return fail(SHIXIAN_E_NULL, #p " is NULL")

char* copy_out(std::string_view s) {
  auto* p = static_cast<char*>(std::malloc(s.size() + 1));
  if (!p) throw std::bad_alloc();
  std::memcpy(p, s.data(), s.size());
  p[s.size()] = '\0';
  return p;
}

shixian::Date to_date(std::int32_t d) { return shixian::date_from_day_number(d); }
std::int32_t from_date(shixian::Date d) { return static_cast<std::int32_t>(d.time_since_epoch().count()); }
shixian::Instant to_instant(std::int64_t ns) { return shixian::Instant{shixian::Duration{ns}}; }

shixian::Choose to_choose(int choose) {
  switch (choose) {
    case SHIXIAN_CHOOSE_REJECT: return shixian::Choose::reject;
    case SHIXIAN_CHOOSE_EARLIEST: return shixian::Choose::earliest;
    case SHIXIAN_CHOOSE_LATEST: return shixian::Choose::latest;
    default:
      throw shixian::InputError("choose " + std::to_string(choose) +
                                " is not one of SHIXIAN_CHOOSE_REJECT (0), SHIXIAN_CHOOSE_EARLIEST (1), "
                                "SHIXIAN_CHOOSE_LATEST (2)");
  }
}
std::int64_t from_instant(shixian::Instant t) { return t.time_since_epoch().count(); }

std::string quoted(std::string_view s) { return shixian::io::json_string(s); }

// The C ticket as the engine's Ticket; every name is checked against the rule set.
shixian::Ticket make_ticket(const shixian_engine& e, const shixian_ticket& t) {
  const auto& rs = *e.rules;
  shixian::Ticket out;
  if (!t.ticket_class) throw shixian::InputError("ticket class is NULL");
  out.ticket_class = rs.class_index(t.ticket_class);  // throws UnknownName with the likely one
  for (std::size_t i = 0; i < t.flag_count; ++i) {
    const char* f = t.flags ? t.flags[i] : nullptr;
    if (!f) throw shixian::InputError("flag " + std::to_string(i) + " is NULL");
    out.set_flag(rs.flag_index(f));
  }
  for (std::size_t i = 0; i < t.event_count; ++i) {
    const shixian_event* ev = t.events ? &t.events[i] : nullptr;
    if (!ev || !ev->name) throw shixian::InputError("event " + std::to_string(i) + " has no name");
    const shixian::EventId k = rs.event_index(ev->name);
    // Given twice, the second had silently won (a new user's trial); RuleSet::ticket and
    // check refuse it.
    if (out.has(k))
      throw shixian::InputError(shixian::i18n::Terms::builtin(shixian::i18n::Lang::en)
                                    .fill("error.event_twice", {ev->name, ev->text ? ev->text : std::to_string(ev->unix_ns) + " ns"}));
    // The instants text can name (years 1900..2199): a raw count outside them, INT64_MIN
    // or INT64_MAX say, answered "computed" in 1677 and overflowed inside the engine.
    if (!ev->text && (ev->unix_ns < kFirstNs || ev->unix_ns >= kLastNs))
      throw shixian::InputError(std::string("event '") + ev->name + "': " + std::to_string(ev->unix_ns) +
                                " ns is outside the years 1900..2199 (nanoseconds since 1970-01-01 UTC)");
    shixian::Instant at = to_instant(ev->unix_ns);
    if (ev->text) {
      try {
        at = shixian::parse_instant(ev->text, e.zone, e.choose);
      } catch (const shixian::InputError& err) {
        throw shixian::InputError(std::string("event '") + ev->name + "': " + err.what());
      }
    }
    out.set(k, at);
  }
  // Events out of lifecycle order (a reply before the ticket was received) had answered a
  // deadline; check and RuleSet::ticket refuse them with both events and times.
  shixian::check_lifecycle(rs, out, e.zone);
  return out;
}

shixian::StageId stage_of(const shixian::RuleSet& rs, const char* stage) { return rs.stage_index(stage); }

shixian_status check_result(const shixian::StageDeadline& r, const char* stage) {
  if (r.state == shixian::StageDeadline::State::error)
    // By what the engine recorded, not by the words of its message: a stage named
    // "outside_visit" with no target for the class was reported as a coverage error (a
    // bank engineer's trial, session 33), whose remedy (load the notice) is the wrong one.
    return fail(r.uncovered ? SHIXIAN_E_COVERAGE : SHIXIAN_E_INPUT, std::string(stage) + ": " + r.error);
  return SHIXIAN_OK;
}

int state_of(const shixian::StageDeadline& r) {
  switch (r.state) {
    case shixian::StageDeadline::State::not_started: return SHIXIAN_NOT_STARTED;
    case shixian::StageDeadline::State::paused: return SHIXIAN_PAUSED;
    default: return SHIXIAN_COMPUTED;
  }
}

}  // namespace

extern "C" {

const char* shixian_last_error(void) { return last_error.c_str(); }
const char* shixian_version(void) { return "0.1.0"; }
void shixian_free(char* s) { std::free(s); }

shixian_status shixian_calendar_load(const char* const* files, size_t file_count, shixian_calendar** out) {
  return guard([&] {
    SHIXIAN_NEED(out);
    if (file_count > 0) SHIXIAN_NEED(files);
    shixian::CalendarPtr cal;
    if (file_count == 0) {
      cal = shixian::default_calendar();
    } else {
      auto b = shixian::CalendarBuilder::with_defaults();
      for (size_t i = 0; i < file_count; ++i) {
        if (!files[i]) return fail(SHIXIAN_E_NULL, "shixian_calendar_load: files[" + std::to_string(i) + "] is NULL");
        b.load_file(files[i]);
      }
      cal = b.build();
    }
    *out = new shixian_calendar{std::move(cal)};
    return SHIXIAN_OK;
  });
}
void shixian_calendar_free(shixian_calendar* cal) { delete cal; }
const char* shixian_calendar_version(const shixian_calendar* cal) { return cal ? cal->cal->version().c_str() : ""; }

shixian_status shixian_calendar_range(const shixian_calendar* cal, int32_t* first, int32_t* last) {
  return guard([&] {
    SHIXIAN_NEED(cal);
    SHIXIAN_NEED(first);
    SHIXIAN_NEED(last);
    *first = from_date(cal->cal->first());
    *last = from_date(cal->cal->last());
    return SHIXIAN_OK;
  });
}
shixian_status shixian_calendar_is_working(const shixian_calendar* cal, int32_t date, int* working) {
  return guard([&] {
    SHIXIAN_NEED(cal);
    SHIXIAN_NEED(working);
    *working = cal->cal->is_working(to_date(date)).value ? 1 : 0;
    return SHIXIAN_OK;
  });
}
shixian_status shixian_calendar_add_working_days(const shixian_calendar* cal, int32_t date, int n, int32_t* out) {
  return guard([&] {
    SHIXIAN_NEED(cal);
    SHIXIAN_NEED(out);
    *out = from_date(cal->cal->add_working_days(to_date(date), n).value);
    return SHIXIAN_OK;
  });
}
shixian_status shixian_calendar_between(const shixian_calendar* cal, int32_t a, int32_t b, int* out) {
  return guard([&] {
    SHIXIAN_NEED(cal);
    SHIXIAN_NEED(out);
    *out = cal->cal->working_days_between(to_date(a), to_date(b)).value;
    return SHIXIAN_OK;
  });
}

shixian_status shixian_rules_load(const char* name_or_path, shixian_rules** out) {
  return guard([&] {
    SHIXIAN_NEED(out);
    auto rs = name_or_path ? shixian::load_rule_set(name_or_path) : shixian::default_rule_set();
    *out = new shixian_rules{std::move(rs)};
    return SHIXIAN_OK;
  });
}
void shixian_rules_free(shixian_rules* rules) { delete rules; }
const char* shixian_rules_name(const shixian_rules* rules) { return rules ? rules->rules->name.c_str() : ""; }
const char* shixian_rules_version(const shixian_rules* rules) { return rules ? rules->rules->version.c_str() : ""; }
const char* shixian_engine_rule_set_version(const shixian_engine* engine) {
  return engine ? engine->rules->version.c_str() : "";
}
const char* shixian_engine_calendar_version(const shixian_engine* engine) {
  return engine ? engine->cal->version().c_str() : "";
}
const char* shixian_rules_zone(const shixian_rules* rules) { return rules ? rules->rules->default_zone.c_str() : ""; }

shixian_status shixian_zone_locate(const char* name, shixian_zone** out) {
  return guard([&] {
    SHIXIAN_NEED(name);
    SHIXIAN_NEED(out);
    *out = new shixian_zone{shixian::Zone::locate(name)};
    return SHIXIAN_OK;
  });
}
void shixian_zone_free(shixian_zone* zone) { delete zone; }

shixian_status shixian_engine_new(const shixian_rules* rules, const shixian_calendar* cal, const shixian_zone* zone,
                                  int provisional, shixian_engine** out) {
  return shixian_engine_new_choosing(rules, cal, zone, provisional, SHIXIAN_CHOOSE_REJECT, out);
}
shixian_status shixian_engine_new_choosing(const shixian_rules* rules, const shixian_calendar* cal,
                                           const shixian_zone* zone, int provisional, int choose,
                                           shixian_engine** out) {
  return guard([&] {
    SHIXIAN_NEED(rules);
    SHIXIAN_NEED(cal);
    SHIXIAN_NEED(zone);
    SHIXIAN_NEED(out);
    auto* e = new shixian_engine(rules->rules, cal->cal, zone->zone,
                                 provisional ? shixian::Coverage::provisional : shixian::Coverage::strict,
                                 to_choose(choose));
    *out = e;
    return SHIXIAN_OK;
  });
}
void shixian_engine_free(shixian_engine* engine) { delete engine; }

shixian_status shixian_stage_deadline(const shixian_engine* engine, const shixian_ticket* ticket, const char* stage,
                                      shixian_deadline* out) {
  return guard([&] {
    SHIXIAN_NEED(engine);
    SHIXIAN_NEED(ticket);
    SHIXIAN_NEED(stage);
    SHIXIAN_NEED(out);
    if (ticket->event_count > 0) SHIXIAN_NEED(ticket->events);
    const auto t = make_ticket(*engine, *ticket);
    const shixian::StageId s = stage_of(*engine->rules, stage);
    const auto r = engine->engine.stage(t, s);
    if (auto st = check_result(r, stage); st != SHIXIAN_OK) return st;
    const auto& st = engine->rules->stages[static_cast<std::size_t>(s)];
    out->state = state_of(r);
    out->start_ns = from_instant(r.start);
    out->deadline_ns = from_instant(r.deadline);
    out->target = r.target >= 0 ? st.targets[static_cast<std::size_t>(r.target)].label.c_str() : nullptr;
    out->provisional = r.provisional ? 1 : 0;
    out->has_contact_by = r.has_contact_by ? 1 : 0;
    out->contact_by_ns = r.has_contact_by ? from_instant(r.contact_by) : 0;
    return SHIXIAN_OK;
  });
}

shixian_status shixian_stage_deadline_json(const shixian_engine* engine, const shixian_ticket* ticket,
                                           const char* stage, int explain, char** json_out) {
  return guard([&] {
    SHIXIAN_NEED(engine);
    SHIXIAN_NEED(ticket);
    SHIXIAN_NEED(stage);
    SHIXIAN_NEED(json_out);
    if (ticket->event_count > 0) SHIXIAN_NEED(ticket->events);
    const auto t = make_ticket(*engine, *ticket);
    const shixian::StageId s = stage_of(*engine->rules, stage);
    const auto r = engine->engine.stage(t, s);
    if (auto st = check_result(r, stage); st != SHIXIAN_OK) return st;
    const auto& z = engine->zone;
    static constexpr const char* states[] = {"computed", "not_started", "paused"};
    std::string j = "{\"stage\":" + quoted(stage) + ",\"state\":\"" + states[state_of(r)] + "\"";
    if (r.state != shixian::StageDeadline::State::not_started) j += ",\"start\":\"" + shixian::format_instant(r.start, z) + "\"";
    if (r.state == shixian::StageDeadline::State::computed) {
      const auto& target = engine->rules->stages[static_cast<std::size_t>(s)].targets[static_cast<std::size_t>(r.target)];
      j += ",\"deadline\":\"" + shixian::format_instant(r.deadline, z) + "\",\"target\":" + quoted(target.label);
      if (r.has_contact_by) j += ",\"contact_by\":\"" + shixian::format_instant(r.contact_by, z) + "\"";
    } else if (r.state == shixian::StageDeadline::State::paused && r.target >= 0) {
      // Its target and how much of it had run, as the CLI and the struct give them (a bank
      // engineer's trial, session 33: the JSON said neither).
      const auto& target = engine->rules->stages[static_cast<std::size_t>(s)].targets[static_cast<std::size_t>(r.target)];
      j += ",\"target\":" + quoted(target.label) + ",\"used\":" + quoted(shixian::format_on_clock(target, r.used));
    }
    j += std::string(",\"provisional\":") + (r.provisional ? "true" : "false");
    if (explain && r.state == shixian::StageDeadline::State::computed) {
      const auto e = shixian::explain(engine->engine, t, s);
      j += ",\"explanation\":{\"targets\":[";
      bool first = true;
      for (const auto& o : e.targets) {
        j += std::string(first ? "" : ",") + "{\"target\":" + quoted(o.target->label) + ",\"applies\":" +
             (o.applies ? "true" : "false");
        if (o.computed) j += ",\"deadline\":\"" + shixian::format_instant(o.deadline, z) + "\"";
        j += std::string(",\"won\":") + (o.won ? "true" : "false") + "}";
        first = false;
      }
      j += "],\"calendar_version\":" + quoted(e.calendar_version) + ",\"rule_set_version\":" + quoted(e.rules_version) +
           ",\"text\":" + quoted(shixian::describe(e, z)) + "}";
    }
    *json_out = copy_out(j + "}");
    return SHIXIAN_OK;
  });
}

shixian_status shixian_auditor_new(const shixian_rules* rules, const shixian_calendar* cal, const shixian_zone* zone,
                                   int64_t now_ns, int provisional, shixian_auditor** out) {
  return shixian_auditor_new_choosing(rules, cal, zone, now_ns, provisional, SHIXIAN_CHOOSE_REJECT, out);
}
shixian_status shixian_auditor_new_choosing(const shixian_rules* rules, const shixian_calendar* cal,
                                            const shixian_zone* zone, int64_t now_ns, int provisional, int choose,
                                            shixian_auditor** out) {
  return guard([&] {
    SHIXIAN_NEED(rules);
    SHIXIAN_NEED(cal);
    SHIXIAN_NEED(zone);
    SHIXIAN_NEED(out);
    // The years an audit time can be (check --now reads 1900..2199): INT64_MAX gave a
    // lateness of 86,012 days with "clock": "0" (a bank engineer's trial, session 33).
    if (now_ns < kFirstNs || now_ns >= kLastNs)
      throw shixian::InputError("now_ns " + std::to_string(now_ns) +
                                " is outside the years 1900..2199 (nanoseconds since 1970-01-01 UTC)");
    shixian::audit::Settings settings;
    settings.now = to_instant(now_ns);
    settings.at_risk = rules->rules->at_risk;
    settings.coverage = provisional ? shixian::Coverage::provisional : shixian::Coverage::strict;
    auto* a = new shixian_auditor(rules->rules, cal->cal, zone->zone, settings, to_choose(choose));
    *out = a;
    return SHIXIAN_OK;
  });
}
void shixian_auditor_free(shixian_auditor* a) { delete a; }

shixian_status shixian_audit_line(shixian_auditor* auditor, const char* line, size_t length, char** line_out) {
  return guard([&] {
    SHIXIAN_NEED(auditor);
    SHIXIAN_NEED(line);
    SHIXIAN_NEED(line_out);
    std::string_view text(line, length);
    if (text.find_first_not_of(" \t\r") == std::string_view::npos) {
      ++auditor->count;
      return fail(SHIXIAN_E_INPUT, "blank line: a ticket line is one JSON object");
    }
    auditor->out.clear();
    ++auditor->count;  // every line given counts, blank ones too, as in a file
    const bool ok = auditor->lines.process(text, 0, "", auditor->count, auditor->count, &auditor->out, &auditor->out);
    std::string_view v = auditor->out.view();
    while (!v.empty() && v.back() == '\n') v.remove_suffix(1);
    *line_out = copy_out(v);
    if (!ok) return fail(SHIXIAN_E_INPUT, std::string(v));
    return SHIXIAN_OK;
  });
}

shixian_status shixian_auditor_ignored_fields(const shixian_auditor* auditor, char** json_out) {
  return guard([&] {
    SHIXIAN_NEED(auditor);
    SHIXIAN_NEED(json_out);
    const auto known = shixian::audit::readable_field_names(*auditor->rules);
    *json_out = copy_out(shixian::audit::ignored_fields_json(auditor->lines.ignored(), known));
    return SHIXIAN_OK;
  });
}

shixian_status shixian_classify_text(const char* text, char** json_out) {
  return guard([&] {
    SHIXIAN_NEED(text);
    SHIXIAN_NEED(json_out);
    shixian::classify::Complaint c;
    c.text = text;
    const auto r = shixian::classify::classify(c, *shixian::classify::Lexicon::builtin(), {});
    *json_out = copy_out(shixian::classify::to_json(r));
    return SHIXIAN_OK;
  });
}
shixian_status shixian_classify_json(const char* complaint_json, char** json_out) {
  return guard([&] {
    SHIXIAN_NEED(complaint_json);
    SHIXIAN_NEED(json_out);
    // A field not read that is a misspelling of one that is ("complainents": 5) would
    // change the class without a word (a bank engineer's trial, session 33): said in the
    // result's warnings, as a misspelt channel is, and in the error when nothing was read.
    // A ticket's other fields (branch, amount_cny) are left alone, as every reader does.
    std::vector<std::string> misspelt;
    const auto c = shixian::classify::parse_complaint_json(complaint_json, 0, [&misspelt](std::string_view key) {
      if (misspelt.size() >= 8 || key.size() < 3) return;
      // The rule every reader warns by, and a close name of four or more letters ("txt"
      // for "text"; not "uid" for "id", another system's own field).
      const auto names = shixian::classify::complaint_field_names();
      std::string_view meant;
      for (const auto& name : names)
        if (shixian::likely_misspelt(key, name)) meant = name;
      if (meant.empty())
        if (const auto near = shixian::closest_name(key, names); near.size() >= 4) meant = near;
      if (!meant.empty())
        misspelt.push_back("field '" + std::string(key) + "' is not read: did you mean '" + std::string(meant) + "'?");
    });
    shixian::classify::Classification r;
    try {
      r = shixian::classify::classify(c, *shixian::classify::Lexicon::builtin(), {});
    } catch (const shixian::InputError& e) {
      if (misspelt.empty()) throw;
      std::string why = e.what();
      for (const auto& m : misspelt) why += "; " + m;
      throw shixian::InputError(why);
    }
    r.warnings.insert(r.warnings.end(), misspelt.begin(), misspelt.end());
    *json_out = copy_out(shixian::classify::to_json(r));
    return SHIXIAN_OK;
  });
}

}  // extern "C"
