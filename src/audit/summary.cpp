// The timeliness report: see include/shixian/audit/summary.hpp.
#include "shixian/audit/summary.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <limits>
#include <regex>
#include <type_traits>

#include "shixian/error.hpp"
#include "shixian/audit/ticket_json.hpp"
#include "shixian/sla/lifecycle.hpp"
#include "io/json_line.hpp"

#include "shixian/i18n/text.hpp"
#include "shixian/i18n/words.hpp"
#include "shixian/io/line_reader.hpp"
#include "shixian/time/text.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace audit {

std::uint64_t SummaryCell::total() const noexcept {
  std::uint64_t n = 0;
  for (auto c : counts) n += c;
  return n;
}

double SummaryCell::timeliness() const noexcept {
  const auto met = count(Status::met), breached = count(Status::breached);
  if (met + breached == 0) return -1;
  return static_cast<double>(met) / static_cast<double>(met + breached);
}

namespace {
// A field name from the input, for a terminal: a control character (an escape sequence in
// a key) shown as U+FFFD rather than sent to the terminal.
std::string shown_name(std::string_view name) {
  std::string out;
  for (const char c : name) {
    if ((static_cast<unsigned char>(c) < 0x20) || c == '\x7F') out += "\xEF\xBF\xBD";
    else out += c;
  }
  return out;
}
}  // namespace

namespace {

// a ranks before b among the worst breaches.
bool worse(const Breach& a, const Breach& b) noexcept {
  if (a.late_wall != b.late_wall) return a.late_wall > b.late_wall;
  return a.order != b.order ? a.order < b.order : a.cycle < b.cycle;
}

std::string month_key(int ym) { return fmt::format("{:04}-{:02}", ym / 12, ym % 12 + 1); }

void append_late_clock(std::string& out, const Breach& b) {
  char buf[max_number_text];
  out.append(buf, write_late_on_clock(buf, b.clock, b.late_clock, b.day_length));
}

std::string duration_text(Duration d) {
  std::string s;
  append_duration(s, d);
  return s;
}

}  // namespace

// The kind in words, then the reader's own reason (which names the field and value, in
// English: it is also check's JSON, for programs).
std::string bad_line_words(std::string_view error, const i18n::Terms& tr, BadLineDetail detail) {
  if (tr.lang() == i18n::Lang::en) return std::string(error);
  auto kind = [&]() -> std::string_view {
    // The two commonest causes in a Chinese export first, by the reader's wording of them.
    if (error.find("outside any string") != std::string_view::npos && error.find("full-width") != std::string_view::npos)
      return tr["check.bad_fullwidth"];
    if (error.find("saved as GBK") != std::string_view::npos) return tr["check.bad_gbk"];
    if (error.find("saved as UTF-16") != std::string_view::npos) return tr["check.bad_utf16"];
    static constexpr std::pair<std::string_view, std::string_view> kinds[] = {
      {"invalid JSON", "check.bad_json"},         {"invalid UTF-8", "check.bad_utf8"},
      {"expected a JSON object", "check.bad_json"}, {"missing field", "check.bad_missing"},
      {"unknown class", "check.bad_class"},       {"no class given", "check.bad_class"}};
    for (const auto& [prefix, key] : kinds)
      if (error.starts_with(prefix)) return tr[key];
    if (error.find("is not a valid timestamp") != std::string_view::npos) return tr["check.bad_time"];
    // Zone::to_instant's two refusals (terms error.local_nonexistent, error.local_ambiguous).
    if (error.find("local time ") != std::string_view::npos &&
        (error.find(" does not exist in ") != std::string_view::npos || error.find(" is ambiguous in ") != std::string_view::npos))
      return tr["check.bad_local_time"];
    if (error.find("lifecycle order") != std::string_view::npos || error.find(" is before ") != std::string_view::npos ||
        error.find("follows a cycle that never closed") != std::string_view::npos)
      return tr["check.bad_order"];
    return tr["check.bad_other"];
  };
  const std::string_view k = kind();
  if (detail == BadLineDetail::none) return std::string(k);
  // The reader's two commonest reasons worded again in the terms' language from the facts
  // its English names (it is also check's JSON, for programs, so it stays English there):
  // a timestamp that is no time, and events out of lifecycle order. Others keep English.
  static const std::regex bad_time(R"(^((?:reopened\[\d+\]: )?)([^:']+): '(.*)' is not a valid timestamp \((.*)\)$)");
  static const std::regex bad_order(
      R"(^((?:reopened\[\d+\]: )?)event '([^']+)' \(([^ )]+)\) is before '([^']+)' \(([^ )]+)\): events must follow the lifecycle order$)");
  // And an unknown class, a missing field and a value of the wrong type, the commonest
  // after them in an export (an operations user's trial, session 30: the Chinese summary
  // gave only the kind, the table the English).
  static const std::regex unknown_class(R"(^unknown class '([^']*)' \(rule set (\S+) has: (.*)\)(?:; did you mean '([^']*)'(?: \([^)]*\))?\?)?$)");
  static const std::regex missing(R"(^((?:reopened\[\d+\]: )?)missing field '([^']+)'[^;]*(?:; the line has '([^']*)': misspelt\?)?$)");
  // A line that is no JSON, in the reader's commonest words (io::json::not_an_object_words,
  // content_after_object_words): the kind already says "not valid JSON".
  static const std::regex json_unexpected(R"(^invalid JSON: unexpected '(.*)' at byte (\d+)$)");
  static const std::regex json_unclosed(
      R"(^invalid JSON: the line ends with '(.*)' before its object is closed, or has content after the object \(a truncated line\?\)$)");
  static const std::regex json_after(R"(^invalid JSON: unexpected content after the object at byte (\d+): '(.*)'$)");
  // io::json::describe_structure's words, and callback's own reasons (its table is read in
  // the language asked): each pattern with its term and the groups that fill the term's
  // places, in order.
  struct Structure {
    std::regex pattern;
    std::string_view term;
    std::array<int, 3> groups;  // 0: no more places
  };
  static const Structure structure[] = {
      {std::regex(R"(^unknown branch level '(.*)' \(rule set (\S+) has \[callbacks\] for: (.*)\)$)"),
       "check.callback_level", {1, 2, 3}},
      {std::regex(R"(^ticket id (".*") given again \(first on line (\d+)\): counted once$)"), "check.id_again", {1, 2, 0}},
      {std::regex(R"(^ticket id (".*") given again \(first in (.*), line (\d+)\): counted once$)"), "check.id_again_in",
       {1, 2, 3}},
      {std::regex(R"(^missing boolean field 'callback' \(was a callback made\?\)$)"), "check.callback_missing", {0, 0, 0}},
      {std::regex(R"(^invalid JSON: a comma before '(.)' at byte (\d+) \(JSON allows no comma after the last item\)$)"),
       "check.json_trailing_comma", {2, 1, 0}},
      {std::regex(R"(^invalid JSON: a ',' missing before byte (\d+)$)"), "check.json_no_comma", {1, 0, 0}},
      {std::regex(R"(^invalid JSON: a '"' at byte (\d+) ends its string early: inside a string write it \\" \(or a ',' is missing after it\)$)"),
       "check.json_quote_in_string", {1, 0, 0}},
      {std::regex(R"(^invalid JSON: a ':' missing after the key, before byte (\d+)$)"), "check.json_no_colon", {1, 0, 0}},
      {std::regex(R"(^invalid JSON: a key without quotes at byte (\d+) \('(.*)'\): JSON keys take double quotes$)"),
       "check.json_bare_key", {1, 2, 0}},
      {std::regex(R"(^invalid JSON: a value missing before '(.)' at byte (\d+)$)"), "check.json_no_value", {2, 1, 0}},
      {std::regex(R"(^invalid JSON: a single quote at byte (\d+): JSON strings and keys take double quotes$)"),
       "check.json_single_quote", {1, 0, 0}},
  };
  auto structure_words = [&](const std::string& line) -> std::string {
    std::smatch sm;
    for (const auto& s : structure)
      if (std::regex_match(line, sm, s.pattern)) {
        std::array<std::string, 3> args;
        std::size_t n = 0;
        for (const int g : s.groups)
          if (g) args[n++] = sm[g].str();
        return n == 0   ? std::string(tr[s.term])
               : n == 1 ? tr.fill(s.term, {args[0]})
               : n == 2 ? tr.fill(s.term, {args[0], args[1]})
                        : tr.fill(s.term, {args[0], args[1], args[2]});
      }
    return {};
  };
  static const std::regex json_in_string(R"(^invalid JSON: the line ends inside the string opened at byte (\d+) \(a truncated line\?\)$)");
  static const std::regex json_not_object(R"(^expected a JSON object (\{.*\}), got '(.*)'$)");
  static const std::regex json_fullwidth(R"(^invalid JSON: a full-width '(.+)' \(U\+([0-9A-F]+)\) at byte (\d+), outside any string; JSON needs '(.)'$)");
  static const std::regex json_fullwidth_space(R"(^invalid JSON: a full-width space \(U\+3000\) at byte (\d+), outside any string; JSON needs a plain space$)");
  static const std::regex bad_utf8(R"(^invalid UTF-8: byte 0x([0-9A-F]{2}) at offset (\d+)(?: \(saved as (?:GBK|UTF-16)\? save it as UTF-8\))?$)");
  static const std::regex field_twice(R"(^field '(.*)' appears twice$)");
  // (The reader writes this only for an id of blanks, whatever they are: U+3000, \t.)
  static const std::regex id_blank(R"(^id (".*") is only blanks \(expected a ticket id\)$)");
  static const std::regex too_long(
      R"(^line longer than (\d+) bytes \(the maximum line length; a line end missing\?\)(; no line end in the (\d+) bytes after it either, so the input is not JSON Lines \(a binary file, /dev/zero\?\): the rest was not read)?$)");
  // A reopened cycle out of order, or after a cycle that never closed (terms error.reopen_*).
  static const std::regex reopen_order(
      R"(^reopened\[(\d+)\]\.at \(([^ )]+)\) is before the previous cycle's last event '([^']+)' \(([^ )]+)\)$)");
  static const std::regex reopen_unclosed(
      R"(^reopened\[(\d+)\]\.at \(([^ )]+)\) follows a cycle that never closed: give the (ticket's|previous cycle's) )"
      R"('([^']+)', the time it closed before it was reopened$)");
  // An event of a reopened cycle (reopened[0].closed) as its cycle and its term.
  auto cycle_event = [&](const std::string& name) {
    const auto dot = name.rfind('.');
    return dot == std::string::npos ? event_named(name, tr) : name.substr(0, dot + 1) + event_named(name.substr(dot + 1), tr);
  };
  static const std::regex wrong_type(R"(^((?:reopened\[\d+\]: )?)field '([^']+)' must be (.+), got (.*)$)");
  const std::string text(error);
  std::smatch m;
  std::string reason;
  // libstdc++'s regex recurses once a character: a reason quoting a long value (a class
  // of 100 KB on an 8 MiB line) is not matched at all, but given as it is.
  if (text.size() > 2048)
    reason = detail == BadLineDetail::worded ? std::string() : text;
  else if (std::regex_match(text, m, bad_time))
    reason = m[1].str() + event_named(m[2].str(), tr) + "：" + tr.fill("error.bad_timestamp", {m[3].str(), tr.name("phrase", m[4].str())});
  else if (std::regex_match(text, m, bad_order))
    reason = m[1].str() + order_error_text(m[2].str(), m[3].str(), m[4].str(), m[5].str(), tr);
  else if (std::regex_match(text, m, json_unexpected))
    reason = tr.fill("check.json_unexpected", {m[2].str(), m[1].str()});
  else if (std::regex_match(text, m, json_unclosed))
    reason = tr.fill("check.json_unclosed", {m[1].str()});
  else if (text == "invalid JSON: unbalanced braces or brackets, or content after the object")
    reason = std::string(tr["check.json_unbalanced"]);
  else if (std::regex_match(text, m, json_after))
    reason = tr.fill("check.json_after_object", {m[1].str(), m[2].str()});
  else if (auto worded = structure_words(text); !worded.empty())
    reason = std::move(worded);
  else if (text == std::string("invalid JSON: ") + simdjson::error_message(simdjson::TAPE_ERROR))
    reason = std::string(tr["check.json_structure"]);  // the parser's words, when nothing nearer was found
  else if (std::regex_match(text, m, json_in_string))
    reason = tr.fill("check.json_in_string", {m[1].str()});
  else if (std::regex_match(text, m, json_not_object))
    reason = tr.fill("check.json_not_object", {m[1].str(), m[2].str()});
  else if (std::regex_match(text, m, json_fullwidth))
    reason = tr.fill("check.json_fullwidth", {m[1].str(), m[2].str(), m[3].str(), m[4].str()});
  else if (std::regex_match(text, m, json_fullwidth_space))
    reason = tr.fill("check.json_fullwidth_space", {m[1].str()});
  else if (std::regex_match(text, m, bad_utf8))  // the kind names the likely encoding
    reason = tr.fill("check.bad_utf8_at", {std::to_string(std::stoull(m[2].str()) + 1), m[1].str()});  // offset from 0
  else if (std::regex_match(text, m, field_twice))
    reason = tr.fill("check.field_twice", {m[1].str()});
  else if (std::regex_match(text, m, id_blank))
    reason = tr.fill("check.id_blank", {m[1].str()});
  else if (text == "id \"\" is empty (expected a ticket id)")
    reason = std::string(tr["check.id_empty"]);
  else if (std::regex_match(text, m, too_long))
    reason = tr.fill("check.line_too_long", {m[1].str()}) +
             (m[2].matched ? tr.fill("check.rest_unread", {m[3].str()}) : std::string());
  else if (std::regex_match(text, m, reopen_order))
    reason = tr.fill("error.reopen_order", {m[1].str(), m[2].str(), cycle_event(m[3].str()), m[4].str()});
  else if (std::regex_match(text, m, reopen_unclosed))
    reason = tr.fill(m[3].str() == "ticket's" ? "error.reopen_unclosed" : "error.reopen_unclosed_next",
                     {m[1].str(), m[2].str(), cycle_event(m[4].str())});
  else if (std::regex_match(text, m, unknown_class))
    reason = tr.fill("check.reason_unknown_class", {m[1].str(), m[2].str(), m[3].str()}) +
             (m[4].matched ? tr.fill("error.did_you_mean", {m[4].str()}) : std::string());
  else if (std::regex_match(text, m, missing))
    reason = m[1].str() + tr.fill("check.reason_missing", {event_named(m[2].str(), tr)}) +
             (m[3].matched ? tr.fill("check.reason_misspelt", {m[3].str()}) : std::string());
  else if (std::regex_match(text, m, wrong_type))
    reason = m[1].str() + tr.fill("check.reason_type", {event_named(m[2].str(), tr), tr.name("phrase", m[3].str()), m[4].str()});
  else if (detail == BadLineDetail::worded)
    return std::string(k);  // no Chinese wording of this reason: the kind alone
  else
    reason = text;
  if (reason.empty()) return std::string(k);
  // "无法读取" before a reason the line already says it could not be read with is a stutter.
  return k == tr["check.bad_other"] ? reason : std::string(k) + "：" + reason;
}

namespace {

std::string late_clock_text(const Breach& b) {
  std::string s;
  append_late_clock(s, b);
  return s;
}


}  // namespace

Summary::Summary(const Auditor& auditor, std::size_t worst, std::size_t bad_lines_listed)
    : auditor_(&auditor),
      worst_(worst),
      bad_listed_(bad_lines_listed),
      classes_(auditor.rules().classes.size()),
      cells_(auditor.rules().stages.size() * auditor.rules().classes.size()),
      target_rate_(auditor.rules().target_rate) {}

void Summary::set_target_rate(double rate) {
  if (!(rate > 0 && rate <= 1)) throw InputError(fmt::format("target rate {} is not in (0, 1], e.g. 0.95", rate));
  target_rate_ = rate;
}

const SummaryCell& Summary::cell(int stage, int ticket_class) const {
  return cells_[static_cast<std::size_t>(stage) * classes_ + static_cast<std::size_t>(ticket_class)];
}

void Summary::add_breach(SummaryCell& c, Breach b) const {
  if (worst_ == 0) return;
  if (c.worst.size() < worst_) {
    c.worst.push_back(std::move(b));
    return;
  }
  auto least = std::min_element(c.worst.begin(), c.worst.end(), [](const Breach& x, const Breach& y) {
    return worse(y, x);  // the least bad one
  });
  if (worse(b, *least)) *least = std::move(b);
}

void Summary::add(const Ticket& t, std::string_view id, std::span<const StageAudit> stages, std::uint64_t order) {
  ++tickets_;
  add_stages(t.ticket_class, id, stages, order, 0);
}

void Summary::add(const TicketRecord& r, const TicketAudit& a, std::string_view id, std::uint64_t order,
                  bool classified) {
  ++tickets_;
  const EventId received = auditor_->rules().event_at(0);
  extra_.after_now += r.ticket.has(received) && r.ticket.event(received) > auditor_->settings().now;
  for (std::size_t k = 0; k < a.cycles(); ++k) add_stages(r.ticket.ticket_class, id, a.cycle(k), order, static_cast<int>(k));
  extra_.cycles += a.cycles() - 1;
  extra_.classified += classified;
  extra_.closed += a.closed;
  extra_.past_retention += a.past_retention;
  extra_.records_checked += a.record_checked;
  extra_.records_incomplete += a.record_checked && a.record_missing != 0;
}

void Summary::add_stages(int ticket_class, std::string_view id, std::span<const StageAudit> stages,
                         std::uint64_t order, int cycle) {
  const auto& rs = auditor_->rules();
  const Zone& zone = auditor_->zone();
  for (std::size_t i = 0; i < rs.stages.size(); ++i) {
    const StageAudit& s = stages[i];
    SummaryCell& c = cells_[i * classes_ + static_cast<std::size_t>(ticket_class)];
    ++c.counts[static_cast<std::size_t>(s.status)];
    extra_.no_target += s.status == Status::error && !s.uncovered;
    extra_.provisional += s.status != Status::error && (s.provisional || s.late_provisional);
    extra_.quiet_hours += s.quiet_hours;
    if (s.status != Status::breached) continue;
    // The month of the deadline's day: one at 24:00 on 02-28 is February's, as written.
    const auto ymd = date::year_month_day{i18n::day_of(s.deadline, zone, i18n::Midnight::end_of_day)};
    ++c.by_month[static_cast<int>(ymd.year()) * 12 + static_cast<int>(static_cast<unsigned>(ymd.month())) - 1];
    if (worst_ == 0) continue;
    Breach probe;
    probe.order = order;
    probe.late_wall = s.late_wall;
    probe.cycle = cycle;
    probe.ticket_class = ticket_class;
    // Decide before copying the id: most breaches do not make the list.
    if (c.worst.size() >= worst_) {
      const auto least = std::min_element(c.worst.begin(), c.worst.end(),
                                          [](const Breach& x, const Breach& y) { return worse(y, x); });
      if (!worse(probe, *least)) continue;
    }
    probe.id.assign(id);
    probe.deadline = s.deadline;
    probe.done = s.done;
    probe.done_at = s.done_at;
    probe.late_clock = s.late_clock;
    probe.late_provisional = s.late_provisional;
    probe.provisional = s.provisional;
    probe.clock = s.clock;
    if (s.clock == ClockKind::working_days)
      probe.day_length = working_day_length(rs.stages[i].targets[static_cast<std::size_t>(s.target)].cutoff);
    add_breach(c, std::move(probe));
  }
}

namespace {

// FNV-1a, then a finaliser (splitmix64's) to spread it: the same hash in every thread,
// process and state, so parts merge. Two ids colliding among 4 million lines is a
// chance of about one in two million.
std::uint64_t id_hash(std::string_view id) noexcept {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : id) h = (h ^ c) * 0x100000001b3ull;
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebull;
  return h ^ (h >> 31);
}

// Where an input began, once each, kept sorted (merge and repeated_ids look inputs up).
void add_input(std::vector<std::pair<std::uint64_t, std::string>>& inputs, std::pair<std::uint64_t, std::string> in) {
  const auto at = std::lower_bound(inputs.begin(), inputs.end(), in);
  if (at == inputs.end() || *at != in) inputs.insert(at, std::move(in));
}

}  // namespace

void Summary::add_id(std::string_view id, std::uint64_t order, std::string_view file, std::size_t line) {
  if (ids_.size() >= kIdLines) {
    ids_capped_ = true;
    return;
  }
  const std::uint64_t base = order - line;
  if (inputs_.empty() || inputs_.back().first != base || inputs_.back().second != file)
    add_input(inputs_, {base, std::string(file)});
  ids_.push_back(SeenId{id_hash(id), order});
}

RepeatedIds Summary::repeated_ids(std::size_t first, std::size_t places) const {
  RepeatedIds out;
  out.capped = ids_capped_;
  auto v = ids_;
  std::sort(v.begin(), v.end(), [](const SeenId& a, const SeenId& b) { return a.hash != b.hash ? a.hash < b.hash : a.order < b.order; });
  // Each repeated id as its orders; the first few by where they first appear.
  std::vector<std::pair<std::size_t, std::size_t>> groups;  // [begin, end) in v
  for (std::size_t i = 0; i < v.size();) {
    std::size_t j = i + 1;
    while (j < v.size() && v[j].hash == v[i].hash) ++j;
    if (j - i > 1) {
      ++out.ids;
      out.lines += j - i;
      groups.emplace_back(i, j);
    }
    i = j;
  }
  std::sort(groups.begin(), groups.end(), [&](auto a, auto b) { return v[a.first].order < v[b.first].order; });
  for (std::size_t g = 0; g < groups.size() && g < first; ++g) {
    std::vector<RepeatedIds::Place> at;
    for (std::size_t k = groups[g].first; k < groups[g].second && at.size() < places; ++k) {
      const std::uint64_t order = v[k].order;
      // The input it lies in: the last to begin before it.
      auto it = std::upper_bound(inputs_.begin(), inputs_.end(), order,
                                 [](std::uint64_t o, const auto& in) { return o <= in.first; });
      if (it == inputs_.begin()) at.push_back({std::string(), static_cast<std::size_t>(order)});
      else at.push_back({std::prev(it)->second, static_cast<std::size_t>(order - std::prev(it)->first)});
    }
    out.first.push_back(std::move(at));
  }
  return out;
}

std::string repeated_ids_text(const RepeatedIds& r, const i18n::Terms& tr) {
  if (r.ids == 0) return {};
  const bool zh = tr.lang() == i18n::Lang::zh;
  const std::string_view comma = zh ? "、" : ", ", semicolon = zh ? "；" : "; ";
  std::string where;
  for (std::size_t g = 0; g < r.first.size(); ++g) {
    if (g) where += semicolon;
    const auto& at = r.first[g];
    // One file (or standard input): "a.jsonl lines 1, 4, 7"; across files, "a.jsonl:1, b.jsonl:4".
    bool one_file = true;  // and in order: the same file named twice is two inputs
    for (std::size_t k = 1; k < at.size(); ++k) one_file &= at[k].file == at.front().file && at[k].line > at[k - 1].line;
    std::string list;
    for (std::size_t k = 0; k < at.size(); ++k) {
      if (k) list += comma;
      // Escaped: a file name is the caller's, and this goes to a terminal.
      list += one_file ? std::to_string(at[k].line) : io::terminal_safe_cell(at[k].file) + ":" + std::to_string(at[k].line);
    }
    if (one_file && !at.empty() && !at.front().file.empty()) where += io::terminal_safe_cell(at.front().file) + " ";
    where += one_file ? tr.fill("summary.repeated_lines", {list}) : list;
  }
  if (r.ids > r.first.size()) where += zh ? "……" : "; …";
  std::string out = tr.fill(r.ids == 1 ? "summary.repeated_ids_one" : "summary.repeated_ids",
                            {std::to_string(r.ids), std::to_string(r.lines), where});
  if (r.capped) out += tr.fill("summary.repeated_ids_capped", {std::to_string(Summary::kIdLines)});
  return out;
}

void Summary::add_unread_input(std::string_view file, std::string_view why) {
  unread_.push_back(UnreadInput{std::string(file), std::string(why)});
}

std::uint64_t Summary::errors() const {
  std::uint64_t n = 0;
  for (std::size_t i = 0; i < auditor_->rules().stages.size(); ++i) n += stage_total(static_cast<int>(i)).count(Status::error);
  return n;
}

void Summary::add_bad_line(std::uint64_t order, std::string_view file, std::size_t line, std::string_view error) {
  ++bad_;
  if (bad_listed_ == 0) return;
  if (first_bad_.size() >= bad_listed_) {
    auto last = std::max_element(first_bad_.begin(), first_bad_.end(),
                                 [](const BadLine& a, const BadLine& b) { return a.order < b.order; });
    if (last->order < order) return;
    *last = BadLine{order, std::string(file), line, std::string(error)};
    return;
  }
  first_bad_.push_back(BadLine{order, std::string(file), line, std::string(error)});
}

void Summary::merge_cell(SummaryCell& into, const SummaryCell& from) const {
  for (std::size_t s = 0; s < status_count; ++s) into.counts[s] += from.counts[s];
  for (const auto& [k, v] : from.by_month) into.by_month[k] += v;
  for (const auto& b : from.worst) add_breach(into, b);
}

void Summary::merge(const Summary& other) {
  tickets_ += other.tickets_;
  extra_.cycles += other.extra_.cycles;
  extra_.classified += other.extra_.classified;
  extra_.closed += other.extra_.closed;
  extra_.past_retention += other.extra_.past_retention;
  extra_.records_checked += other.extra_.records_checked;
  extra_.records_incomplete += other.extra_.records_incomplete;
  extra_.no_target += other.extra_.no_target;
  extra_.after_now += other.extra_.after_now;
  extra_.provisional += other.extra_.provisional;
  extra_.quiet_hours += other.extra_.quiet_hours;
  ignored_.merge(other.ignored_);
  for (std::size_t i = 0; i < cells_.size(); ++i) merge_cell(cells_[i], other.cells_[i]);
  unread_.insert(unread_.end(), other.unread_.begin(), other.unread_.end());
  const auto bad_before = bad_;
  for (const auto& b : other.first_bad_) add_bad_line(b.order, b.file, b.line, b.error);
  bad_ = bad_before + other.bad_;
  ids_.insert(ids_.end(), other.ids_.begin(), other.ids_.end());
  ids_capped_ |= other.ids_capped_;
  // Past the bound, the lines earliest in the input are kept: each part keeps its own
  // first kIdLines (its lines come in input order), so the kIdLines earliest of all are
  // among them, and the result is one pass's whatever the threads or parts.
  if (ids_.size() > kIdLines) {
    std::nth_element(ids_.begin(), ids_.begin() + static_cast<std::ptrdiff_t>(kIdLines), ids_.end(),
                     [](const SeenId& a, const SeenId& b) { return a.order < b.order; });
    ids_.resize(kIdLines);
    ids_capped_ = true;
  }
  for (const auto& in : other.inputs_) add_input(inputs_, in);
}

namespace {

// The state's layout: a magic line, then fixed-width fields in native byte order and
// strings as a length and bytes. Version 4 (1 had no count of no-target errors, 2 none
// of tickets received after now, 3 no ids and no provisional lateness).
constexpr std::string_view kStateMagic = "shixian summary state 6\n";  // bump when the layout changes
static_assert(std::endian::native == std::endian::little || std::endian::native == std::endian::big);
constexpr std::uint8_t kByteOrder = std::endian::native == std::endian::little ? 1 : 2;

class StateWriter {
 public:
  explicit StateWriter(std::string& out) : out_(out) {}
  template <class T>
  void put(T v) {
    static_assert(std::is_trivially_copyable_v<T>);
    char b[sizeof(T)];
    std::memcpy(b, &v, sizeof(T));
    out_.append(b, sizeof(T));
  }
  void str(std::string_view s) {
    put<std::uint64_t>(s.size());
    out_.append(s);
  }

 private:
  std::string& out_;
};

// Every read is bounded by what is left; a short or inconsistent state is an error
// naming the byte offset, never a read past the end.
class StateReader {
 public:
  explicit StateReader(std::string_view in) : in_(in) {}
  template <class T>
  T get(const char* what) {
    static_assert(std::is_trivially_copyable_v<T>);
    need(sizeof(T), what);
    T v;
    std::memcpy(&v, in_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return v;
  }
  std::string_view str(const char* what) {
    const auto n = get<std::uint64_t>(what);
    need(n, what);
    const auto s = in_.substr(pos_, static_cast<std::size_t>(n));
    pos_ += static_cast<std::size_t>(n);
    return s;
  }
  // A count of items that take at least `min_bytes` each and at most `limit` of them.
  std::uint64_t count(const char* what, std::size_t min_bytes, std::uint64_t limit) {
    const auto at = pos_;
    const auto n = get<std::uint64_t>(what);
    if (n > limit || n > (in_.size() - pos_) / min_bytes)
      fail(fmt::format("{} {} at byte {} is more than the {} expected", what, n, at, std::min<std::uint64_t>(limit, (in_.size() - pos_) / min_bytes)));
    return n;
  }
  void need(std::uint64_t n, const char* what) const {
    if (n > in_.size() - pos_)
      fail(fmt::format("truncated: {} needs {} bytes at byte {}, {} left", what, n, pos_, in_.size() - pos_));
  }
  bool done() const noexcept { return pos_ == in_.size(); }
  std::size_t pos() const noexcept { return pos_; }
  [[noreturn]] static void fail(const std::string& m) { throw InputError("summary state: " + m); }

 private:
  std::string_view in_;
  std::size_t pos_ = 0;
};

}  // namespace

std::string Summary::to_state() const {
  const auto& rs = auditor_->rules();
  const auto& set = auditor_->settings();
  std::string out(kStateMagic);
  StateWriter w(out);
  w.put(kByteOrder);
  w.str(rs.name);
  w.str(rs.version);
  w.str(auditor_->zone().name());
  w.str(auditor_->engine().context().calendar.version());
  w.put<std::uint64_t>(rs.stages.size());
  w.put<std::uint64_t>(classes_);
  w.put<std::int64_t>(set.now.time_since_epoch().count());
  w.put(set.at_risk);
  w.put(target_rate_);
  w.put<std::uint8_t>(static_cast<std::uint8_t>(set.coverage));
  w.put<std::uint8_t>(set.require_record);
  w.put<std::uint64_t>(worst_);
  w.put<std::uint64_t>(bad_listed_);
  for (auto v : {tickets_, bad_, extra_.cycles, extra_.classified, extra_.closed, extra_.past_retention,
                 extra_.records_checked, extra_.records_incomplete, extra_.no_target, extra_.after_now,
                 extra_.provisional, extra_.quiet_hours})
    w.put(v);
  for (const auto& c : cells_) {
    for (auto n : c.counts) w.put(n);
    w.put<std::uint64_t>(c.by_month.size());
    for (const auto& [k, v] : c.by_month) w.put<std::int32_t>(k), w.put(v);
    w.put<std::uint64_t>(c.worst.size());
    for (const auto& b : c.worst) {
      w.str(b.id);
      w.put(b.order);
      w.put<std::int64_t>(b.deadline.time_since_epoch().count());
      w.put<std::uint8_t>(b.done);
      w.put<std::int64_t>(b.done_at.time_since_epoch().count());
      w.put<std::int64_t>(b.late_wall.count());
      w.put<std::int64_t>(b.late_clock.count());
      w.put<std::uint8_t>(static_cast<std::uint8_t>(b.clock));
      w.put<std::int64_t>(b.day_length.count());
      w.put<std::int32_t>(b.cycle);
      w.put<std::uint8_t>(b.late_provisional);
      w.put<std::uint8_t>(b.provisional);
    }
  }
  w.put<std::uint64_t>(first_bad_.size());
  for (const auto& b : first_bad_) {
    w.put(b.order);
    w.str(b.file);
    w.put<std::uint64_t>(b.line);
    w.str(b.error);
  }
  w.put<std::uint8_t>(ids_capped_);
  w.put<std::uint64_t>(inputs_.size());
  for (const auto& [base, file] : inputs_) {
    w.put(base);
    w.str(file);
  }
  w.put<std::uint64_t>(ignored_.names().size());
  for (const auto& e : ignored_.names()) {
    w.str(e.name);
    w.put(e.count);
  }
  w.put(ignored_.others());
  w.put<std::uint64_t>(ids_.size());
  for (const auto& e : ids_) {
    w.put(e.hash);
    w.put(e.order);
  }
  return out;
}

void Summary::merge_state(std::string_view state) {
  if (!state.starts_with(kStateMagic))
    StateReader::fail(fmt::format("does not start with '{}' (not a state from Summary::to_state, or of another "
                                  "version)", kStateMagic.substr(0, kStateMagic.size() - 1)));
  StateReader r(state.substr(kStateMagic.size()));
  const auto& rs = auditor_->rules();
  const auto& set = auditor_->settings();
  // The settings first: a state of other settings merges into nothing.
  if (const auto order = r.get<std::uint8_t>("byte order"); order != kByteOrder)
    StateReader::fail(fmt::format("byte order {} is not this machine's ({})", order, kByteOrder));
  auto same_text = [&](const char* what, std::string_view ours) {
    const auto theirs = r.str(what);
    if (theirs != ours) StateReader::fail(fmt::format("{} '{}' differs from this summary's '{}'", what, theirs, ours));
  };
  auto same_number = [&]<class T>(const char* what, T ours) {
    const auto theirs = r.get<T>(what);
    if (theirs != ours) StateReader::fail(fmt::format("{} {} differs from this summary's {}", what, theirs, ours));
  };
  same_text("rule set", rs.name);
  same_text("rule set version", rs.version);
  same_text("zone", auditor_->zone().name());
  same_text("calendar version", auditor_->engine().context().calendar.version());
  same_number.operator()<std::uint64_t>("stage count", rs.stages.size());
  same_number.operator()<std::uint64_t>("class count", classes_);
  if (const auto now = r.get<std::int64_t>("now"); now != set.now.time_since_epoch().count())
    StateReader::fail(fmt::format("now {} differs from this summary's {}", format_instant(Instant{Duration{now}}, auditor_->zone()),
                                  format_instant(set.now, auditor_->zone())));
  same_number.operator()<double>("at_risk", set.at_risk);
  same_number.operator()<double>("target_rate", target_rate_);
  same_number.operator()<std::uint8_t>("coverage", static_cast<std::uint8_t>(set.coverage));
  same_number.operator()<std::uint8_t>("require_record", set.require_record);
  same_number.operator()<std::uint64_t>("worst", worst_);
  same_number.operator()<std::uint64_t>("bad lines listed", bad_listed_);

  Summary part = empty_copy();
  part.tickets_ = r.get<std::uint64_t>("tickets");
  part.bad_ = r.get<std::uint64_t>("bad lines");
  for (auto* v : {&part.extra_.cycles, &part.extra_.classified, &part.extra_.closed, &part.extra_.past_retention,
                  &part.extra_.records_checked, &part.extra_.records_incomplete, &part.extra_.no_target,
                  &part.extra_.after_now, &part.extra_.provisional, &part.extra_.quiet_hours})
    *v = r.get<std::uint64_t>("archive and record counts");
  constexpr std::size_t kBreachBytes = 8 + 8 + 8 + 1 + 8 + 8 + 8 + 1 + 8 + 4 + 1 + 1;
  for (std::size_t cell = 0; cell < part.cells_.size(); ++cell) {
    auto& c = part.cells_[cell];
    for (auto& n : c.counts) n = r.get<std::uint64_t>("status count");
    const auto months = r.count("breaches_by_month entries", 12, std::numeric_limits<std::uint64_t>::max());
    for (std::uint64_t i = 0; i < months; ++i) {
      const auto k = r.get<std::int32_t>("month");
      const auto v = r.get<std::uint64_t>("breaches of a month");
      if (!c.by_month.emplace(k, v).second) StateReader::fail(fmt::format("month {} is listed twice", month_key(k)));
    }
    const auto worst = r.count("worst breaches", kBreachBytes, worst_);
    for (std::uint64_t i = 0; i < worst; ++i) {
      Breach b;
      b.id = r.str("breach id");
      b.order = r.get<std::uint64_t>("breach order");
      b.deadline = Instant{Duration{r.get<std::int64_t>("deadline")}};
      b.done = r.get<std::uint8_t>("done") != 0;
      b.done_at = Instant{Duration{r.get<std::int64_t>("done at")}};
      b.late_wall = Duration{r.get<std::int64_t>("late (wall)")};
      b.late_clock = Duration{r.get<std::int64_t>("late (clock)")};
      const auto at = r.pos();
      const auto clock = r.get<std::uint8_t>("clock");
      if (clock > static_cast<std::uint8_t>(ClockKind::working_days))
        StateReader::fail(fmt::format("clock kind {} at byte {} is not one of 0..{}", clock, at,
                                      static_cast<int>(ClockKind::working_days)));
      b.clock = static_cast<ClockKind>(clock);
      b.day_length = Duration{r.get<std::int64_t>("day length")};
      b.cycle = r.get<std::int32_t>("cycle");
      if (b.cycle < 0) StateReader::fail(fmt::format("cycle {} at byte {} is negative", b.cycle, r.pos() - 4));
      b.late_provisional = r.get<std::uint8_t>("late provisional") != 0;
      b.provisional = r.get<std::uint8_t>("deadline provisional") != 0;
      b.ticket_class = static_cast<int>(cell % classes_);
      c.worst.push_back(std::move(b));
    }
  }
  const auto bad = r.count("bad lines listed", 8 + 8 + 8 + 8, bad_listed_);
  for (std::uint64_t i = 0; i < bad; ++i) {
    BadLine b;
    b.order = r.get<std::uint64_t>("bad line order");
    b.file = r.str("bad line file");
    b.line = static_cast<std::size_t>(r.get<std::uint64_t>("bad line number"));
    b.error = r.str("bad line error");
    part.first_bad_.push_back(std::move(b));
  }
  part.ids_capped_ = r.get<std::uint8_t>("ids capped") != 0;
  const auto inputs = r.count("inputs", 8 + 8, kIdLines);
  for (std::uint64_t i = 0; i < inputs; ++i) {
    const auto base = r.get<std::uint64_t>("input base");
    part.inputs_.emplace_back(base, std::string(r.str("input file")));
    if (i > 0 && !(part.inputs_[i - 1] < part.inputs_[i])) StateReader::fail(fmt::format("input {} is out of order", i));
  }
  {
    const auto fields = r.count("ignored fields", 8 + 8, IgnoredFields::kNames);
    std::vector<IgnoredFields::Entry> names;
    for (std::uint64_t i = 0; i < fields; ++i) {
      IgnoredFields::Entry e;
      e.name = std::string(r.str("ignored field"));
      e.count = r.get<std::uint64_t>("ignored field count");
      names.push_back(std::move(e));
    }
    part.ignored_.restore(std::move(names), r.get<std::uint64_t>("ignored others"));
  }
  const auto ids = r.count("ticket ids", 8 + 8, kIdLines);
  part.ids_.reserve(static_cast<std::size_t>(ids));
  for (std::uint64_t i = 0; i < ids; ++i) {
    SeenId e{};
    e.hash = r.get<std::uint64_t>("id hash");
    e.order = r.get<std::uint64_t>("id order");
    part.ids_.push_back(e);
  }
  if (!r.done()) StateReader::fail(fmt::format("{} bytes left over after the state's end", state.size() - kStateMagic.size() - r.pos()));
  if (part.first_bad_.size() > part.bad_)
    StateReader::fail(fmt::format("{} bad lines listed but {} counted", part.first_bad_.size(), part.bad_));
  merge(part);
}

SummaryCell Summary::stage_total(int stage) const {
  SummaryCell out;
  for (std::size_t c = 0; c < classes_; ++c) merge_cell(out, cell(stage, static_cast<int>(c)));
  return out;
}

std::vector<Breach> Summary::sorted_worst(const SummaryCell& c) {
  auto v = c.worst;
  std::sort(v.begin(), v.end(), worse);
  return v;
}

std::string Summary::to_json() const {
  const auto& rs = auditor_->rules();
  const Zone& zone = auditor_->zone();
  const auto& set = auditor_->settings();
  std::string out = "{\"profile\": ";
  io::append_json_string(out, rs.name);
  // The data versions the results were computed with (RULES.md §2: results carry them).
  out += ", \"rule_set_version\": ";
  io::append_json_string(out, rs.version);
  out += ", \"calendar_version\": ";
  io::append_json_string(out, auditor_->engine().context().calendar.version());
  out += fmt::format(", \"zone\": {}, \"now\": \"{}\", \"at_risk\": {}, \"target_rate\": {}, \"tickets\": {}, \"bad_lines\": {}",
                     io::json_string(zone.name()), format_instant(set.now, zone), set.at_risk, target_rate_, tickets_, bad_);
  out += fmt::format(", \"reopened_cycles\": {}, \"classified\": {}, \"archive\": {{\"closed\": {}, "
                     "\"past_retention\": {}}}, \"records\": {{\"checked\": {}, \"incomplete\": {}}}",
                     extra_.cycles, extra_.classified, extra_.closed, extra_.past_retention, extra_.records_checked,
                     extra_.records_incomplete);
  out += fmt::format(", \"stage_errors\": {{\"coverage\": {}, \"no_target\": {}}}", errors() - extra_.no_target,
                     extra_.no_target);
  out += fmt::format(", \"received_after_now\": {}, \"provisional_results\": {}, \"quiet_hours_contacts\": {}",
                     extra_.after_now, extra_.provisional, extra_.quiet_hours);
  out += ", \"stages\": {";
  for (std::size_t i = 0; i < rs.stages.size(); ++i) {
    out += fmt::format("{}\n  {}: {{", i ? "," : "", io::json_string(rs.stages[i].id));
    for (std::size_t c = 0; c <= classes_; ++c) {
      const SummaryCell total = c == classes_ ? stage_total(static_cast<int>(i)) : SummaryCell{};
      const SummaryCell& cl = c == classes_ ? total : cell(static_cast<int>(i), static_cast<int>(c));
      out += fmt::format("{}\n    {}: {{\"tickets\": {}, \"counts\": {{", c ? "," : "",
                         io::json_string(c == classes_ ? std::string(all_classes_name) : rs.classes[c]), cl.total());
      for (std::size_t s = 0; s < status_count; ++s)
        out += fmt::format("{}\"{}\": {}", s ? ", " : "", to_string(static_cast<Status>(s)), cl.counts[s]);
      const double r = cl.timeliness();
      out += r < 0 ? std::string("}, \"timeliness\": null") : fmt::format("}}, \"timeliness\": {:.6f}", r);
      out += ", \"worst\": [";
      bool first = true;
      for (const auto& b : sorted_worst(cl)) {
        out += first ? "" : ", ";
        first = false;
        out += "{\"id\": ";
        io::append_json_string(out, b.id);
        if (b.cycle) out += fmt::format(", \"cycle\": {}", b.cycle);
        if (b.provisional) out += ", \"provisional\": true";  // as on the ticket's line
        // As on the ticket's line: a lateness on the clock that needed uncovered days says so.
        out += fmt::format(", \"deadline\": \"{}\", \"done\": {}, \"late\": {{\"wall\": \"{}\", \"clock\": \"{}\"{}}}}}",
                           format_instant(b.deadline, zone),
                           b.done ? fmt::format("\"{}\"", format_instant(b.done_at, zone)) : std::string("null"),
                           duration_text(b.late_wall), late_clock_text(b),
                           b.late_provisional ? ", \"provisional\": true" : "");
      }
      out += "], \"breaches_by_month\": {";
      first = true;
      for (const auto& [k, v] : cl.by_month) {
        out += fmt::format("{}\"{}\": {}", first ? "" : ", ", month_key(k), v);
        first = false;
      }
      out += "}}";
    }
    out += "\n  }";
  }
  out += "},\n \"unread_inputs\": [";
  for (std::size_t i = 0; i < unread_.size(); ++i) {
    out += i ? ", " : "";
    out += "{\"file\": " + io::json_string(unread_[i].file) + ", \"error\": " + io::json_string(unread_[i].why) + "}";
  }
  out += "],\n \"ignored_fields\": [";
  const auto ignored = ignored_fields();
  for (std::size_t i = 0; i < ignored.size(); ++i) {
    const auto& f = ignored[i];
    out += fmt::format("{}{{\"field\": {}, \"lines\": {}, \"did_you_mean\": {}}}", i ? ", " : "", io::json_string(f.field),
                       f.lines, f.likely.empty() ? std::string("null") : io::json_string(f.likely));
  }
  out += "],\n \"repeated_ids\": ";
  {
    const auto r = repeated_ids();
    out += fmt::format("{{\"ids\": {}, \"lines\": {}, \"capped\": {}, \"first\": [", r.ids, r.lines, r.capped);
    for (std::size_t g = 0; g < r.first.size(); ++g) {
      out += g ? ", [" : "[";
      for (std::size_t k = 0; k < r.first[g].size(); ++k) {
        const auto& p = r.first[g][k];
        out += k ? ", {" : "{";
        if (!p.file.empty()) out += "\"file\": " + io::json_string(p.file) + ", ";
        out += fmt::format("\"line\": {}}}", p.line);
      }
      out += "]";
    }
    out += "]}";
  }
  out += ",\n \"first_bad_lines\": [";
  auto bad = first_bad_;
  std::sort(bad.begin(), bad.end(), [](const BadLine& a, const BadLine& b) { return a.order < b.order; });
  for (std::size_t i = 0; i < bad.size(); ++i) {
    out += i ? ", " : "";
    out += "{";
    if (!bad[i].file.empty()) out += "\"file\": " + io::json_string(bad[i].file) + ", ";
    out += fmt::format("\"line\": {}, \"error\": {}}}", bad[i].line, io::json_string(bad[i].error));
  }
  out += "]}\n";
  return out;
}

std::string Summary::to_text(bool color) const { return to_text(color, i18n::Terms::builtin(i18n::Lang::en)); }

std::string Summary::to_text(bool color, const i18n::Terms& tr) const {
  const auto& rs = auditor_->rules();
  const Zone& zone = auditor_->zone();
  const auto& set = auditor_->settings();
  const auto lang = tr.lang();
  auto bold = [&](std::string_view s) { return color ? fmt::format("\x1b[1m{}\x1b[0m", s) : std::string(s); };
  auto red = [&](std::string_view s) { return color ? fmt::format("\x1b[31m{}\x1b[0m", s) : std::string(s); };
  auto n = [](std::uint64_t v) { return std::to_string(v); };
  auto stage_name = [&](std::size_t i) { return std::string(tr.name("stage", rs.stages[i].id)); };
  auto when = [&](Instant t, bool end) {
    return i18n::format_local(t, zone, lang, end ? i18n::Midnight::end_of_day : i18n::Midnight::start_of_day);
  };
  std::string out;
  out += bold(tr.fill("summary.title", {rs.name, when(set.now, false), fmt::format("{:.0f}%", set.at_risk * 100)}));
  out += "\n" + tr.fill("summary.versions", {rs.version, auditor_->engine().context().calendar.version()});
  out += "\n" + tr.fill("summary.counts", {n(tickets_), n(bad_)});
  if (extra_.classified) out += tr.fill("summary.classified", {n(extra_.classified)});
  out += "\n";
  for (const auto& u : unread_) out += red(tr.fill("summary.unread_input", {u.file, std::string(tr.name("phrase", u.why))})) + "\n";
  for (const auto& f : ignored_fields())
    if (f.changes_results)
      out += red(tr.fill(f.lines == 1 ? "summary.misspelt_field_one" : "summary.misspelt_field",
                         {shown_name(f.field), n(f.lines), f.likely})) + "\n";
  // Said at the top, as an unread input is: both change what the figures below mean.
  if (tickets_ == 0 && bad_ == 0) out += red(std::string(tr["summary.no_tickets"])) + "\n";
  if (const auto repeated = repeated_ids_text(repeated_ids(), tr); !repeated.empty()) out += red(repeated) + "\n";
  if (extra_.after_now) out += tr.fill("summary.after_now", {n(extra_.after_now)}) + "\n";
  if (extra_.cycles) out += tr.fill("summary.reopened", {n(extra_.cycles)}) + "\n";
  if (extra_.closed)
    out += tr.fill("summary.archive", {n(extra_.closed), n(extra_.past_retention), n(static_cast<std::uint64_t>(rs.archive_years))}) + "\n";
  if (extra_.records_checked)
    out += tr.fill("summary.records", {n(extra_.records_checked), n(extra_.records_incomplete)}) + "\n";
  out += std::string(tr["summary.definition"]) + "\n";
  // Each kind of error with its own remedy: a coverage error's is a notice or
  // --provisional, a stage no target applies to is the rule set's to change.
  if (const auto e = errors() - extra_.no_target) out += tr.fill("summary.errors", {n(e)}) + "\n";
  if (extra_.no_target) out += tr.fill("summary.no_target", {n(extra_.no_target)}) + "\n";
  if (extra_.provisional) out += red(tr.fill("summary.provisional", {n(extra_.provisional)})) + "\n";
  if (extra_.quiet_hours) out += tr.fill("summary.quiet_hours", {n(extra_.quiet_hours), quiet_window(rs.quiet)}) + "\n";
  out += "\n";
  // Columns in terminal columns: Chinese terms are two columns a character.
  static constexpr Status order[] = {Status::met,    Status::breached,    Status::pending,        Status::at_risk,
                                     Status::paused, Status::not_started, Status::not_applicable, Status::error};
  static constexpr std::size_t widths[] = {9, 9, 8, 8, 8, 8, 8, 6};
  std::string header = i18n::pad(tr["summary.col_stage"], 16) + " " + i18n::pad(tr["summary.col_class"], 10) + " " +
                       i18n::pad_left(tr["summary.col_audits"], 9);
  for (std::size_t k = 0; k < 8; ++k)
    header.append(" ").append(i18n::pad_left(tr[fmt::format("summary.col_{}", to_string(order[k]))], widths[k]));
  header += " " + i18n::pad_left(tr["summary.col_timeliness"], 10);
  out += bold(header) + "\n";
  bool any_below = false;
  for (std::size_t i = 0; i < rs.stages.size(); ++i) {
    for (std::size_t c = 0; c <= classes_; ++c) {
      if (c == classes_ && classes_ == 1) break;
      const SummaryCell total = c == classes_ ? stage_total(static_cast<int>(i)) : SummaryCell{};
      const SummaryCell& cl = c == classes_ ? total : cell(static_cast<int>(i), static_cast<int>(c));
      const double r = cl.timeliness();
      const auto rate = i18n::pad_left(i18n::format_rate(r), 10);
      std::string line = i18n::pad(c == 0 ? stage_name(i) : "", 16) + " " +
                         i18n::pad(c == classes_ ? tr["summary.all_classes"] : tr.name("class", rs.classes[c]), 10) +
                         " " + i18n::pad_left(n(cl.total()), 9);
      for (std::size_t k = 0; k < 8; ++k) line.append(" ").append(i18n::pad_left(n(cl.count(order[k])), widths[k]));
      // Below the target: red on a terminal, and a mark that stays in a saved file (a
      // summary is passed on as one), explained under the table.
      const bool below = r >= 0 && r < target_rate_;
      any_below |= below;
      out += line + " " + (below ? red(rate) + " *" : rate) + "\n";
    }
  }
  if (any_below) out += tr.fill("summary.below_target", {i18n::format_rate(target_rate_)}) + "\n";
  // Breaches by month: months down, stages across.
  std::map<int, std::vector<std::uint64_t>> months;
  for (std::size_t i = 0; i < rs.stages.size(); ++i)
    for (const auto& [k, v] : stage_total(static_cast<int>(i)).by_month) {
      auto& row = months[k];
      row.resize(rs.stages.size());
      row[i] += v;
    }
  if (!months.empty()) {
    out += "\n" + bold(tr["summary.by_month"]) + "\n";
    std::string h = i18n::pad(tr["summary.col_month"], 12);
    for (std::size_t i = 0; i < rs.stages.size(); ++i) h.append(" ").append(i18n::pad_left(stage_name(i), 16));
    out += bold(h) + "\n";
    for (const auto& [k, row] : months) {
      std::string line = i18n::pad(i18n::format_month(k / 12, static_cast<unsigned>(k % 12 + 1), lang), 12);
      for (auto v : row) line.append(" ").append(i18n::pad_left(n(v), 16));
      out += line + "\n";
    }
  }
  bool any = false;
  auto class_name = [&](int c) { return std::string(tr.name("class", rs.classes[static_cast<std::size_t>(c)])); };
  std::size_t class_width = 0;
  for (std::size_t c = 0; c < rs.classes.size(); ++c) class_width = std::max(class_width, i18n::columns(class_name(static_cast<int>(c))));
  for (std::size_t i = 0; i < rs.stages.size(); ++i) {
    const auto worst = sorted_worst(stage_total(static_cast<int>(i)));
    if (worst.empty()) continue;
    if (!any) out += "\n" + bold(tr.fill("summary.worst", {n(worst_)})) + "\n";
    any = true;
    out += stage_name(i) + "\n";
    // A deadline on the weekly rule is marked after it: its column widens for the mark.
    const std::string provisional_mark = (lang == i18n::Lang::zh ? "" : " ") + std::string(tr["explain.provisional"]);
    const bool any_provisional = std::any_of(worst.begin(), worst.end(), [](const Breach& b) { return b.provisional; });
    const std::size_t deadline_width = 28 + (any_provisional ? i18n::columns(provisional_mark) : 0);
    for (const auto& b : worst) {
      const std::string id = io::terminal_safe_cell(b.id);  // the input's: escaped for the terminal
      // Classes side by side in one stage's list: each row says its class (the urgent
      // ones' lateness is shorter, and without it they read as ordinary ones).
      out += "  " + i18n::pad(b.cycle ? tr.fill("summary.reopen_id", {id, n(static_cast<std::uint64_t>(b.cycle))}) : id, 20) +
             " " + i18n::pad(class_name(b.ticket_class), class_width) +
             " " +
             i18n::pad(tr.fill("summary.deadline", {when(b.deadline, true)}) + (b.provisional ? provisional_mark : std::string()),
                       deadline_width) +
             "  " +
             i18n::pad(b.done ? tr.fill("summary.done", {when(b.done_at, false)}) : std::string(tr["summary.not_done"]), 26) +
             "  " +
             // A clock that has not run since the deadline reads "0" in JSON (docs/CONTRACT.md);
             // to a person, a bare 0 with no unit says nothing: said in words.
             (b.late_clock <= Duration::zero()
                  ? tr.fill("summary.late_zero", {red(i18n::span_text(duration_text(b.late_wall), tr))})
                  : tr.fill("summary.late", {red(i18n::span_text(duration_text(b.late_wall), tr)),
                                             i18n::span_text(late_clock_text(b), tr) +
                                                 (b.late_provisional ? (lang == i18n::Lang::zh ? "" : " ") +
                                                                           std::string(tr["explain.provisional"])
                                                                     : std::string())})) +
             "\n";
    }
  }
  if (!first_bad_.empty()) {
    auto bad = first_bad_;
    std::sort(bad.begin(), bad.end(), [](const BadLine& a, const BadLine& b) { return a.order < b.order; });
    out += "\n" + bold(bad_ > bad.size() ? tr.fill("summary.bad_first", {n(bad.size()), n(bad_)})
                                         : std::string(tr["summary.bad"])) + "\n";
    for (const auto& b : bad)
      out += "  " + (b.file.empty() ? tr.fill("summary.line", {n(b.line)}) : b.file + ":" + n(b.line)) + (lang == i18n::Lang::zh ? "：" : ": ") +
             bad_line_words(b.error, tr, BadLineDetail::worded) + "\n";
  }
  return out;
}

std::vector<Summary::IgnoredField> Summary::ignored_fields() const {
  const auto& rs = auditor_->rules();
  const auto known = readable_field_names(rs);
  // The readable fields that change results when absent: events and flags (and a
  // reopened cycle's events), not the id or class (a line without them is a bad line).
  std::vector<std::string> results;
  for (const auto& k : known) {
    std::string_view base = k;
    if (const auto dot = base.rfind('.'); dot != std::string_view::npos) base.remove_prefix(dot + 1);
    const bool event = std::find(rs.events.begin(), rs.events.end(), base) != rs.events.end() ||
                       (base == "at" && std::string_view(k) != base);
    const bool flag = std::find(rs.flags.begin(), rs.flags.end(), base) != rs.flags.end();
    if (event || flag) results.push_back(k);
  }
  std::vector<IgnoredField> out;
  for (const auto& e : ignored_.names()) {
    if (!read_elsewhere_.empty() && e.name == read_elsewhere_) continue;
    out.push_back({e.name, e.count, std::string(closest_name(e.name, known)), !closest_name(e.name, results).empty()});
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.lines > b.lines; });
  return out;
}

std::string quiet_window(const QuietHours& q) { return format_time_of_day(q.from) + "-" + format_time_of_day(q.to); }

}  // namespace audit
SHIXIAN_NAMESPACE_END
