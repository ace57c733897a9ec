// Auditing one ticket's stages: see include/shixian/audit/audit.hpp for the model.
#include "shixian/audit/audit.hpp"

#include <cmath>

#include "shixian/error.hpp"

namespace shixian::audit {

std::string_view to_string(Status s) noexcept {
  switch (s) {
    case Status::met: return "met";
    case Status::breached: return "breached";
    case Status::pending: return "pending";
    case Status::at_risk: return "at_risk";
    case Status::not_started: return "not_started";
    case Status::not_applicable: return "not_applicable";
    case Status::error: return "error";
  }
  return "?";
}

namespace {

// How much of target's clock has run in [start, t), falling back to the weekly rule
// (and saying so) when the span leaves calendar coverage: a breach is certain even
// when its size on the clock needs next year's notice.
Duration used_on_clock(const RuleSet& rs, const Target& target, Instant start, Instant t,
                       const ClockContext& ctx, bool& provisional) {
  try {
    return clock_used(rs, target, start, t, ctx);
  } catch (const CoverageError&) {
    provisional = true;
    const ClockContext loose{ctx.calendar, ctx.zone, Coverage::provisional};
    return clock_used(rs, target, start, t, loose);
  }
}

}  // namespace

Ticket Auditor::as_of_now(const Ticket& t) const noexcept {
  Ticket out = t;
  const Instant now = settings_.now;
  for (std::size_t e = 0; e < rules().events.size(); ++e)
    if (out.has(static_cast<int>(e)) && out.at[e] > now) out.clear(static_cast<int>(e));
  return out;
}

void Auditor::audit_stage_now(const Ticket& t, int stage_index, StageAudit& out) const {
  const auto& rs = rules();
  const auto& st = rs.stages[static_cast<std::size_t>(stage_index)];
  const auto& ctx = engine_.context();
  out.provisional = out.done = out.quiet_hours = out.has_contact_by = out.late_provisional = false;
  out.target = -1;
  out.late_wall = out.late_clock = out.used = out.amount = Duration{0};
  out.error.clear();
  if (!t.has(st.start_event)) {
    out.status = t.has_later_than(st.start_event) ? Status::not_applicable : Status::not_started;
    return;
  }
  const StageDeadline d = engine_.stage(t, stage_index);
  out.start = d.start;
  if (d.state == StageDeadline::State::error) {
    out.status = Status::error;
    out.error = d.error;
    return;
  }
  out.deadline = d.deadline;
  out.provisional = d.provisional;
  out.target = d.target;
  const Target& target = st.targets[static_cast<std::size_t>(d.target)];
  out.clock = target.clock;
  const Instant now = settings_.now;
  Instant until;  // when the clock stops: the act, or now
  if (t.has(st.end_event)) {
    out.done = true;
    out.done_at = until = t.event(st.end_event);
    if (st.contact) {
      const LocalTime local = ctx.zone.to_local(out.done_at);
      const TimeOfDay tod = date::floor<seconds>(local - LocalTime{date_of(local)});
      out.quiet_hours = rs.quiet.contains(tod);
    }
    if (out.done_at <= out.deadline) {
      out.status = Status::met;
      return;
    }
  } else if (now > out.deadline) {
    until = now;
  } else {
    // Not done, still in time: how much of the target is used?
    out.amount = clock_amount(target);
    bool prov = false;
    out.used = used_on_clock(rs, target, out.start, now, ctx, prov);
    out.provisional |= prov;
    const double share = out.used_share();
    out.status = share >= settings_.at_risk ? Status::at_risk : Status::pending;
    if (st.contact) {
      out.has_contact_by = d.has_contact_by;
      out.contact_by = d.contact_by;
    }
    return;
  }
  out.status = Status::breached;
  out.late_wall = until - out.deadline;
  // On the clock: everything used up to `until`, less the target (which is exactly
  // what the clock had used at the deadline).
  const Duration used = used_on_clock(rs, target, out.start, until, ctx, out.late_provisional);
  const Duration late = used - clock_amount(target);
  out.late_clock = late > Duration{0} ? late : Duration{0};
}

StageAudit Auditor::audit_stage(const Ticket& t, int stage_index) const {
  StageAudit out;
  audit_stage_now(as_of_now(t), stage_index, out);
  return out;
}

void Auditor::audit(const Ticket& t, std::span<StageAudit> out) const {
  const Ticket now_ticket = as_of_now(t);
  for (std::size_t i = 0; i < rules().stages.size(); ++i)
    audit_stage_now(now_ticket, static_cast<int>(i), out[i]);
}

namespace {
void append_uint(std::string& out, long long v) {
  char buf[24];
  int n = 0;
  do {
    buf[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v > 0);
  while (n > 0) out += buf[--n];
}
}  // namespace

void append_duration(std::string& out, Duration d) {
  long long s = date::floor<seconds>(d).count();
  if (s < 0) out += '-', s = -s;
  if (s == 0) {
    out += "0s";
    return;
  }
  if (s % 3600 == 0 && s <= 72 * 3600) {
    append_uint(out, s / 3600);
    out += 'h';
    return;
  }
  if (s < 3 * 3600 && s % 60 == 0) {
    append_uint(out, s / 60);
    out += 'm';
    return;
  }
  const long long dd = s / 86400, h = s / 3600 % 24, m = s / 60 % 60, r = s % 60;
  if (dd) append_uint(out, dd), out += 'd';
  if (h) append_uint(out, h), out += 'h';
  if (m) append_uint(out, m), out += 'm';
  if (r) append_uint(out, r), out += 's';
}

void append_working_days(std::string& out, Duration d, Duration day_length) {
  if (day_length.count() <= 0) day_length = days{1};
  // Hundredths of a working day, rounded up so that a breach never reads as "0wd".
  const double x = static_cast<double>(d.count()) / static_cast<double>(day_length.count());
  long long hundredths = static_cast<long long>(std::ceil(x * 100.0 - 1e-9));
  if (hundredths < 0) hundredths = 0;
  append_uint(out, hundredths / 100);
  if (const long long f = hundredths % 100; f != 0) {
    out += '.';
    out += static_cast<char>('0' + f / 10);
    if (f % 10) out += static_cast<char>('0' + f % 10);
  }
  out += "wd";
}

}  // namespace shixian::audit
