// RuleSet look-ups and tickets from names: see include/shixian/rules/rule_set.hpp.
#include <fmt/format.h>

#include "shixian/error.hpp"
#include "shixian/rules/names.hpp"
#include "shixian/sla/lifecycle.hpp"
#include "shixian/sla/ticket.hpp"
#include "shixian/time/text.hpp"

SHIXIAN_NAMESPACE_BEGIN

namespace {
std::vector<std::string> stage_names(const RuleSet& rs) {
  std::vector<std::string> out;
  for (const auto& s : rs.stages) out.push_back(s.id);
  return out;
}
}  // namespace

int RuleSet::index_or_throw(std::string_view kind, const std::vector<std::string>& v, std::string_view s) const {
  for (std::size_t i = 0; i < v.size(); ++i)
    if (v[i] == s) return static_cast<int>(i);
  throw_unknown_name(kind, s, name, v);
}

ClassId RuleSet::class_index(std::string_view c) const {
  if (auto id = find_class(c)) return *id;
  if (const auto named = i18n::id_named(c, "class", classes))
    if (auto id = find_class(*named)) return *id;
  return ClassId{index_or_throw("class", classes, c)};
}

FlagId RuleSet::flag_index(std::string_view f) const {
  if (auto id = find_flag(f)) return *id;
  if (const auto named = i18n::id_named(f, "flag", flags))
    if (auto id = find_flag(*named)) return *id;
  return FlagId{index_or_throw("flag", flags, f)};
}

std::optional<StageId> RuleSet::find_stage(std::string_view s) const noexcept {
  for (std::size_t i = 0; i < stages.size(); ++i)
    if (stages[i].id == s) return StageId{static_cast<int>(i)};
  return std::nullopt;
}

StageId RuleSet::stage_index(std::string_view s) const {
  if (auto id = find_stage(s)) return *id;
  throw_unknown_name("stage", s, name, stage_names(*this));
}

int RuleSet::checked(std::size_t i, std::size_t n, const char* kind) {
  if (i >= n) throw std::out_of_range(fmt::format("{} #{} is past the rule set's {} {}s", kind, i, n, kind));
  return static_cast<int>(i);
}

Ticket RuleSet::ticket(std::string_view ticket_class, std::initializer_list<NamedTime> events_at, const Zone& zone,
                       std::initializer_list<std::string_view> flags_set) const {
  Ticket t;
  t.ticket_class = class_index(ticket_class);
  for (auto f : flags_set) t.set_flag(flag_index(f));
  for (const auto& [event, at] : events_at) {
    const EventId e = event_index(event);
    if (t.has(e))
      i18n::throw_worded([event = std::string(event), at = std::string(at)](const i18n::Terms& w) {
        return w.fill("error.event_twice", {event, at});
      });
    try {
      t.set(e, parse_instant(at, zone));
    } catch (const InputError& err) {
      // Worded in every language the timestamp's error is (it was English only).
      ErrorDetail d = err.detail();
      if (d.value.empty()) d.value = std::string(at);
      throw with_prefix(err, std::string(event) + ": ", std::move(d));
    }
  }
  check_lifecycle(*this, t, zone);
  return t;
}

SHIXIAN_NAMESPACE_END
