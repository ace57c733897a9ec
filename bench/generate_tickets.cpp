// generate_tickets: N realistic 95580 tickets as JSON Lines, for `shixian check`
// benchmarks and tests. Deterministic for a given seed.
//
//   generate_tickets N [SEED] [--garbage PERCENT] [--columns] [--received-from DATE] > tickets.jsonl
//
// The mix (each a share of tickets, drawn independently):
//   class       90% ordinary, 10% urgent; 15% UnionPay (银联工单)
//   received    2025-01-01 .. 2026-12-31, busier in office hours
//   acts        each stage done on time ~88% of the time, late otherwise (minutes to days)
//   levels      35% of urgent tickets skip the tier-2 level (越级流转: no tier2_received,
//               no branch_dispatched), so branch_dispatch is not_applicable
//   pending     ~4% stop at a random stage (still open), and every act after
//               `--now`-ish (2026-12-31) is simply not yet recorded
//   quiet hours some replies fall in 18:00-08:00
//   timestamps  60% local "2026-11-20T17:45:07", 15% "2026-11-20 17:45", 20% with
//               "+08:00", 5% UTC "...Z" with milliseconds
//   garbage     with --garbage P, P% of lines are bad in one of the ways `check` must
//               report (invalid JSON, invalid UTF-8, missing field, impossible time,
//               events out of order, unknown class), plus a few blank lines
//   --columns   every line also carries an export's own columns, which check does not
//               read: "branch", "channel", "amount" (a JSON number) and a Chinese "summary"
//   --received-from DATE   received from DATE (local) to 2026-12-31 instead: from
//               2026-12-15, a December batch whose open tickets' deadlines need the 2027
//               notice, which the built-in calendar does not hold (coverage errors)
// Deadlines come from the library itself (the 95580 profile), so "on time" and "late"
// are exact.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>

#include "shixian/calendar/calendar.hpp"
#include "shixian/sla/deadlines.hpp"
#include "shixian/time/text.hpp"

using namespace shixian;

namespace {

struct Gen {
  std::mt19937_64 rng;
  explicit Gen(std::uint64_t seed) : rng(seed) {}
  double uniform() { return std::uniform_real_distribution<double>(0, 1)(rng); }
  bool chance(double p) { return uniform() < p; }
  long long range(long long lo, long long hi) { return std::uniform_int_distribution<long long>(lo, hi)(rng); }
};

void put2(std::string& o, long long v) {
  o += static_cast<char>('0' + v / 10 % 10);
  o += static_cast<char>('0' + v % 10);
}

// A timestamp in one of the accepted forms. The minutes-only form drops the seconds,
// so it is used only where that keeps the events in order (not before `prev`).
void append_time(std::string& o, Instant t, const Zone& zone, Gen& g, Instant prev) {
  double form = g.uniform();
  if (form >= 0.25 && form < 0.40 && date::floor<minutes>(t) < prev) form = 0.5;
  if (form < 0.05) {  // UTC with milliseconds
    const auto ms = date::floor<std::chrono::milliseconds>(t);
    const auto day = date::floor<days>(ms);
    const date::year_month_day ymd{day};
    const auto tod = ms - day;
    const long long s = date::floor<seconds>(tod).count();
    o += std::to_string(static_cast<int>(ymd.year()));
    o += '-', put2(o, static_cast<unsigned>(ymd.month())), o += '-', put2(o, static_cast<unsigned>(ymd.day()));
    o += 'T', put2(o, s / 3600), o += ':', put2(o, s / 60 % 60), o += ':', put2(o, s % 60);
    const long long milli = tod.count() % 1000;
    o += '.', o += static_cast<char>('0' + milli / 100), put2(o, milli % 100), o += 'Z';
    return;
  }
  char buf[48];
  const std::size_t n = format_instant_to(buf, t, zone);  // 2026-11-20T17:45:07+08:00
  std::string_view full(buf, n);
  const auto plus = full.find_last_of("+-");
  if (form < 0.25) {
    o.append(full);  // with offset
  } else if (form < 0.40) {
    std::string s(full.substr(0, 16));  // minutes only, space separated
    s[10] = ' ';
    o += s;
  } else {
    o.append(full.substr(0, plus));  // local, seconds
  }
}

Instant on_time_or_late(Instant start, Instant deadline, double late_share, Gen& g) {
  const auto span = deadline - start;
  if (!g.chance(late_share)) {
    const auto frac = g.uniform();
    return start + date::floor<seconds>(Duration{static_cast<long long>(static_cast<double>(span.count()) * frac)});
  }
  // Late: a long tail, from a minute to several days.
  const double r = g.uniform();
  const long long late_s = r < 0.6 ? g.range(60, 3 * 3600) : r < 0.9 ? g.range(3 * 3600, 2 * 86400) : g.range(2 * 86400, 9 * 86400);
  return date::floor<seconds>(deadline) + seconds{late_s};
}

void garbage(std::string& o, Gen& g, std::uint64_t i) {
  switch (g.range(0, 7)) {
    case 0: o += "{\"id\": \"G-" + std::to_string(i) + "\", \"class\": \"ordinary\", \"received\": \"2026-03-01T10:00\""; break;  // truncated
    case 1: o += "{\"id\": \"G-" + std::to_string(i) + "\", \"class\": \"ordinary\", \"received\": \"2026-02-30T10:00\"}"; break;
    case 2: o += "{\"id\": \"G-" + std::to_string(i) + "\", \"class\": \"vip\", \"received\": \"2026-03-01T10:00\"}"; break;
    case 3: o += "{\"id\": \"G-" + std::to_string(i) + "\", \"class\": \"ordinary\"}"; break;
    case 4: o += "{\"id\": \"G-" + std::to_string(i) + "\", \"class\": \"ordinary\", \"received\": \"2026-03-01T10:00\", \"resolved\": \"2026-03-02T10:00\", \"replied\": \"2026-03-01T12:00\"}"; break;
    case 5: o += "{\"id\": \"G-" + std::to_string(i) + "\", \"class\": \"ordinary\", \"text\": \"\xE6\x8A\x95\xFF\", \"received\": \"2026-03-01T10:00\"}"; break;
    case 6: o += "{\"id\": \"G-" + std::to_string(i) + "\", \"class\": \"ordinary\", \"received\": \"2026-03-01T25:00\"}"; break;
    default: o += "{\"id\": \"G-" + std::to_string(i) + "\" \"class\": \"ordinary\"}"; break;  // missing comma
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: generate_tickets N [SEED] [--garbage PERCENT] [--columns] [--received-from DATE] > tickets.jsonl\n");
    return 2;
  }
  const std::uint64_t n = std::strtoull(argv[1], nullptr, 10);
  std::uint64_t seed = 20261123;
  double garbage_pct = 0;
  bool columns = false;
  std::string from_text = "2025-01-01";
  for (int a = 2; a < argc; ++a) {
    if (std::strcmp(argv[a], "--garbage") == 0 && a + 1 < argc) garbage_pct = std::atof(argv[++a]);
    else if (std::strcmp(argv[a], "--columns") == 0) columns = true;
    else if (std::strcmp(argv[a], "--received-from") == 0 && a + 1 < argc) from_text = argv[++a];
    else seed = std::strtoull(argv[a], nullptr, 10);
  }
  const auto rules = default_rule_set();
  const auto cal = default_calendar();
  const Zone zone = Zone::shanghai();
  const DeadlineEngine engine{*rules, *cal, zone, Coverage::provisional};
  const auto& rs = *rules;
  const auto ordinary = rs.class_index("ordinary"), urgent = rs.class_index("urgent");
  const auto unionpay = rs.flag_index("unionpay");
  const auto ev_received = rs.event_index("received"), ev_hq = rs.event_index("hq_dispatched"),
            ev_t2 = rs.event_index("tier2_received"), ev_bd = rs.event_index("branch_dispatched"),
            ev_res = rs.event_index("resolved"), ev_rep = rs.event_index("replied"),
            ev_closed = rs.event_index("closed");
  const auto st_hq = rs.stage_index("hq_dispatch"), st_bd = rs.stage_index("branch_dispatch"),
            st_total = rs.stage_index("total"), st_reply = rs.stage_index("reply");
  const Instant first = parse_instant(from_text + "T00:00:00+08:00", zone);
  const Instant horizon = parse_instant("2027-01-01T00:00:00+08:00", zone);
  const long long span_s = date::floor<seconds>(horizon - first).count();

  Gen g(seed);
  std::string out;
  out.reserve(1 << 21);
  for (std::uint64_t i = 1; i <= n; ++i) {
    if (garbage_pct > 0 && g.chance(garbage_pct / 100.0)) {
      if (g.chance(0.1)) out += "   ";  // a blank line now and then
      else garbage(out, g, i);
      out += g.chance(0.2) ? "\r\n" : "\n";
      continue;
    }
    Ticket t;
    t.ticket_class = g.chance(0.10) ? urgent : ordinary;
    if (g.chance(0.15)) t.flags |= 1u << unionpay;
    // Received: a uniform day, busier in office hours.
    long long s = g.range(0, span_s - 1);
    if (g.chance(0.7)) {
      const long long day = s / 86400 * 86400;
      s = day + g.range(8 * 3600 + 1800, 17 * 3600 + 1800);  // 08:30..17:30 local
    }
    const Instant received = first + seconds{s};
    t.set(ev_received, received);
    const bool skip_levels = t.ticket_class == urgent && g.chance(0.35);
    const bool stops = g.chance(0.04);
    const int stop_at = stops ? static_cast<int>(g.range(1, 6)) : 99;  // events from here on are missing
    auto until = [&](int e) { return e < stop_at; };

    const double late = 0.12;
    Instant last = received;
    auto stage_deadline = [&](StageId st) { return engine.stage(t, st).deadline; };
    if (until(ev_hq)) {
      last = on_time_or_late(received, stage_deadline(st_hq), late, g);
      t.set(ev_hq, last);
    }
    if (!skip_levels && t.has(ev_hq) && until(ev_t2)) {
      last = last + seconds{g.range(300, t.ticket_class == urgent ? 3600 : 8 * 3600)};
      t.set(ev_t2, last);
      if (until(ev_bd)) {
        last = on_time_or_late(last, stage_deadline(st_bd), late, g);
        t.set(ev_bd, last);
      }
    }
    if (t.has(ev_hq) && (skip_levels || t.has(ev_bd)) && until(ev_res)) {
      // Resolution: some time before the total deadline, usually.
      const Instant total = stage_deadline(st_total);
      const Instant res = total > last ? on_time_or_late(last, total, 0.05, g) : last + seconds{g.range(600, 86400)};
      last = res > last ? res : last + seconds{60};
      t.set(ev_res, last);
      if (until(ev_rep)) {
        last = on_time_or_late(last, stage_deadline(st_reply), late, g);
        t.set(ev_rep, last);
        if (until(ev_closed)) {
          const Instant c = last + seconds{g.range(60, 86400)};
          last = c;
          t.set(ev_closed, last);
        }
      }
    }
    // Emit.
    out += "{\"id\": \"T";
    out += std::to_string(i);
    out += "\", \"class\": \"";
    out += rs.classes[static_cast<std::size_t>(t.ticket_class)];
    out += "\", \"unionpay\": ";
    out += t.has_flag(unionpay) ? "true" : "false";
    Instant prev = t.event(ev_received);
    for (std::size_t e = 0; e < rs.events.size(); ++e) {
      if (!t.has(static_cast<int>(e))) {
        if (e > 0 && g.chance(0.3)) {  // some exporters write nulls for acts not done
          out += ", \"";
          out += rs.events[e];
          out += "\": null";
        }
        continue;
      }
      out += ", \"";
      out += rs.events[e];
      out += "\": \"";
      append_time(out, t.event(static_cast<int>(e)), zone, g, prev);
      prev = t.event(static_cast<int>(e));
      out += '"';
    }
    if (columns) {
      static const char* const branches[] = {"北京分行", "上海分行", "深圳分行", "广州分行", "成都分行"};
      static const char* const channels[] = {"95580", "web", "app", "branch"};
      static const char* const summaries[] = {"客户来电反映信用卡年费扣款问题，要求退还。",
                                              "客户称手机银行转账失败但已扣款，要求核实。",
                                              "客户投诉网点排队时间过长，工作人员态度冷淡。"};
      out += ", \"branch\": \"";
      out += branches[g.range(0, 4)];
      out += "\", \"channel\": \"";
      out += channels[g.range(0, 3)];
      out += "\", \"amount\": ";
      out += std::to_string(g.range(0, 5000000) / 100);
      out += g.chance(0.5) ? ".5" : "";
      out += ", \"summary\": \"";
      out += summaries[g.range(0, 2)];
      out += '"';
    }
    out += "}\n";
    if (out.size() > (1u << 20)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
