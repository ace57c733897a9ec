// One calendar, rule set, zone and lexicon shared by many threads, as a bank's service
// shares them (the headers promise they are immutable and thread-safe), and `check` on
// four threads. Every answer is compared with the same work done on one thread, so a
// race that changes an answer fails here in any build; scripts/test also builds this
// module alone under ThreadSanitizer (-DSHIXIAN_TSAN=ON), which reports a race even when
// the answers come out right.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "shixian/audit/check_stream.hpp"
#include "shixian/calendar/calendar.hpp"
#include "shixian/classify/classify.hpp"
#include "shixian/classify/lexicon.hpp"
#include "shixian/rules/rule_set.hpp"
#include "shixian/sla/deadlines.hpp"
#include "shixian/sla/explain.hpp"
#include "shixian/time/text.hpp"
#include "support/process.hpp"

using namespace shixian;

namespace {

constexpr int kThreads = 4;

// Runs f(thread index) on kThreads threads released together, so that first uses (the
// built-in data, parsed once on first call) race as they would in a service.
template <class F>
void together(F&& f) {
  std::atomic<int> ready{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i)
    threads.emplace_back([&, i] {
      ready.fetch_add(1);
      while (ready.load() < kThreads) std::this_thread::yield();
      f(i);
    });
  for (auto& t : threads) t.join();
}

const char* const kTexts[] = {"我的信用卡被盗刷了五万元，没有收到任何短信", "三位客户投诉手续费乱收，要找媒体曝光",
                              "柜员态度恶劣，我第三次来电了", "没有被盗刷，只是问一下年费",
                              "二十多户居民的存款少了一万二千五百元", "理财经理说保本，结果亏了三成"};

// Everything one thread does with the shared objects, as text to compare.
std::string work(int seed) {
  const auto rules = default_rule_set();
  const auto cal = default_calendar();
  const auto lexicon = classify::Lexicon::builtin();
  static const Zone zone = Zone::shanghai();
  const DeadlineEngine engine{rules, cal, zone};
  std::mt19937_64 rng(static_cast<std::uint64_t>(seed));
  std::string out;
  const Instant base = parse_instant("2025-01-01T00:00", zone);
  for (int i = 0; i < 300; ++i) {
    Ticket t;
    t.ticket_class = rules->class_at(rng() % rules->classes.size());
    const Instant received = base + std::chrono::seconds{static_cast<long long>(rng() % (700LL * 86400))};
    t.set(rules->event_at(0), received);
    for (const StageId s : rules->stage_ids()) {
      const auto d = engine.stage(t, s);
      if (d.state == StageDeadline::State::computed) out += format_instant(d.deadline, zone);
      out += ';';
    }
    const Date day = date_of(zone.to_local(received));
    out += format_date(cal->add_working_days(day, static_cast<int>(rng() % 30), Coverage::provisional).value);
    out += cal->is_working(day, Coverage::provisional).value ? 'w' : 'r';
    classify::Complaint c;
    c.text = kTexts[rng() % std::size(kTexts)];
    out += classify::to_json(classify::classify(c, *lexicon, classify::ClassifySettings{}));
    out += '\n';
  }
  return out;
}

// A few thousand tickets of the 95580 profile, some late, some still open, some bad.
std::string tickets(int n) {
  const auto rules = default_rule_set();
  const Zone zone = Zone::shanghai();
  std::mt19937_64 rng(16);
  const Instant first = parse_instant("2025-01-01T00:00:00+08:00", zone);
  std::string input;
  for (int i = 1; i <= n; ++i) {
    if (i % 97 == 0) {
      input += R"({"id": "bad", "class": "ordinary", "received": "2026-02-30T10:00"})" "\n";
      continue;
    }
    Instant at = first + std::chrono::seconds{static_cast<long long>(rng() % (700LL * 86400))};
    std::string line = R"({"id": "T)" + std::to_string(i) + R"(", "class": ")" + rules->classes[rng() % 2] +
                       R"(", "unionpay": )" + (rng() % 6 ? "false" : "true") + R"(, "received": ")" +
                       format_instant(at, zone) + "\"";
    for (std::size_t e = 1; e < rules->events.size(); ++e) {
      if (rng() % 8 == 0) continue;
      at += std::chrono::seconds{static_cast<long long>(60 + rng() % (40 * 3600))};
      line += ", \"" + rules->events[e] + "\": \"" + format_instant(at, zone).substr(0, 19) + "\"";
    }
    if (i % 5 == 0) line += R"(, "text": "客户投诉手续费")";
    input += line + "}\n";
  }
  return input;
}

struct Checked {
  std::string out, summary;
  audit::StreamCounts counts;
};

Checked check(const audit::Auditor& auditor, const std::string& path, unsigned jobs) {
  Checked c;
  audit::Summary summary{auditor};
  char* text = nullptr;
  std::size_t size = 0;
  std::FILE* out = ::open_memstream(&text, &size);
  audit::StreamOptions o;
  o.jobs = jobs;
  o.out = out;
  o.summary = &summary;
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  REQUIRE(fd >= 0);
  c.counts = audit::check_stream(auditor, fd, "", o);
  ::close(fd);
  std::fclose(out);
  c.out.assign(text, size);
  std::free(text);
  c.summary = summary.to_json();
  return c;
}

}  // namespace

// First: the built-in rule set, calendar and lexicon are parsed on first use, here by
// four threads at once.
TEST_CASE("threads share one calendar, rule set, zone and lexicon: the answers of one thread") {
  std::vector<std::string> got(kThreads);
  together([&](int i) { got[static_cast<std::size_t>(i)] = work(i); });
  for (int i = 0; i < kThreads; ++i) {
    CAPTURE(i);
    CHECK(got[static_cast<std::size_t>(i)] == work(i));
  }
  // The same seed on every thread: the same text.
  together([&](int i) { got[static_cast<std::size_t>(i)] = work(7); });
  for (const auto& g : got) CHECK(g == got[0]);
}

TEST_CASE("check on four threads: the same lines, order and summary as on one") {
  const auto rules = default_rule_set();
  const Zone zone = Zone::shanghai();
  audit::Settings s;
  s.now = parse_instant("2026-12-01T12:00", zone);
  const audit::Auditor auditor{*rules, *default_calendar(), zone, s};
  const std::string path = "/tmp/shixian-threads-" + std::to_string(::getpid()) + ".jsonl";
  // More than one batch per worker (4096 lines a batch), so batches are recycled.
  const int n = 40000;
  std::ofstream(path, std::ios::binary) << tickets(n);
  const auto one = check(auditor, path, 1);
  const auto four = check(auditor, path, 4);
  CHECK(four.counts.ok == one.counts.ok);
  CHECK(four.counts.bad == one.counts.bad);
  CHECK(one.counts.ok + one.counts.bad == static_cast<std::uint64_t>(n));
  CHECK(one.counts.bad == static_cast<std::uint64_t>(n / 97));
  CHECK(four.out == one.out);
  CHECK(four.summary == one.summary);

  // The command: `check --jobs 4` against `--jobs 1`, on a few thousand of them.
  const std::string small = path + ".small";
  std::ofstream(small, std::ios::binary) << tickets(5000);
  const auto cli1 = test::run_cli("check --now 2026-12-01T12:00 --jobs 1 " + small);
  const auto cli4 = test::run_cli("check --now 2026-12-01T12:00 --jobs 4 " + small);
  CHECK(cli1.code == 1);  // the bad lines
  CHECK(cli4.code == cli1.code);
  CHECK(cli4.out == cli1.out);
  CHECK(cli4.err == cli1.err);
  const auto sum1 = test::run_cli("check --now 2026-12-01T12:00 --summary --format json --jobs 1 " + small);
  const auto sum4 = test::run_cli("check --now 2026-12-01T12:00 --summary --format json --jobs 4 " + small);
  CHECK(sum4.out == sum1.out);
  std::remove(path.c_str());
  std::remove(small.c_str());
}
