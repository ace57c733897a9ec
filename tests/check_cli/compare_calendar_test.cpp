// `check --compare-calendar` and `calendar diff` (issue 15 item 3): after a calendar
// change, only the tickets whose deadlines or statuses change are reported, old and new
// side by side, with the days that caused it.
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "shixian/calendar/calendar_file.hpp"
#include "shixian/calendar/diff.hpp"
#include "shixian/data/embedded.hpp"
#include "shixian/time/text.hpp"
#include "support/process.hpp"

using shixian::test::run_cli;

namespace {

struct TempFile {
  std::string path;
  explicit TempFile(const std::string& name, const std::string& text)
      : path("/tmp/shixian-compare-" + std::to_string(::getpid()) + "-" + name) {
    std::ofstream(path, std::ios::binary) << text;
  }
  ~TempFile() { std::remove(path.c_str()); }
};

// A revised 2026 notice: the National Day make-up Saturday moved from 10-10 to 10-11.
// (A function, not a global: the embedded data is not there before main.)
std::string revised_notice() {
  std::string text(*shixian::data::embedded("calendars/cn.cal"));
  const auto a = text.find("notice 2026");
  std::string notice = text.substr(a);
  const auto w = notice.find("work 2026-10-10");
  notice.replace(w, 15, "work 2026-10-11");
  return notice;
}

int count_lines(const std::string& s) { return static_cast<int>(std::count(s.begin(), s.end(), '\n')); }

}  // namespace

TEST_CASE("calendar_diff lists exactly the days a revision changes, with both sides") {
  using namespace shixian;
  const auto old_cal = default_calendar();
  const auto new_cal = CalendarBuilder::with_defaults().load(revised_notice(), "revised.cal").build();
  const auto changes = calendar_diff(*old_cal, *new_cal);
  REQUIRE(changes.size() == 2);
  CHECK(format_date(changes[0].date) == "2026-10-10");
  CHECK(changes[0].before.kind == DayKind::makeup);
  CHECK(changes[0].after.kind == DayKind::weekend);
  CHECK(format_date(changes[1].date) == "2026-10-11");
  CHECK(changes[1].after.working);
  CHECK(calendar_diff(*old_cal, *old_cal).empty());
}

TEST_CASE("calendar diff names the days and why, on the command line") {
  TempFile cal("revised.cal", revised_notice());
  auto r = run_cli("calendar diff cn " + cal.path);
  CHECK(r.code == 0);
  CHECK(r.out.find("2026-10-10 Sat  working (make-up working day: 国庆节, notice 2026)  ->  rest (weekend)") != std::string::npos);
  CHECK(r.out.find("2 days differ, 2 of them in working status") != std::string::npos);
  // In Chinese under --lang zh (ops trial, session 23: it was English).
  const auto zh = run_cli("--lang zh calendar diff cn " + cal.path);
  CHECK(zh.out.find("2026-10-10 周六  上班（调休上班日：国庆节，2026年通知）  ->  休息（周末）") != std::string::npos);
  CHECK(zh.out.find("共2天不同，其中2天的上班/休息不同") != std::string::npos);
  r = run_cli("calendar diff cn settlement --format json");
  CHECK(r.out.find(R"("date": "2026-10-10", "working_changed": true)") != std::string::npos);
}

TEST_CASE("check --compare-calendar writes only the tickets whose results change") {
  TempFile cal("revised2.cal", revised_notice());
  const std::string tickets =
      R"({"id": "moved", "class": "ordinary", "received": "2026-09-28T10:00"})" "\n"
      R"({"id": "untouched", "class": "ordinary", "received": "2026-11-02T10:00"})" "\n"
      R"({"id": "urgent", "class": "urgent", "received": "2026-09-29T10:00"})" "\n"
      R"({"id": "bad", "class": "vip", "received": "2026-09-29T10:00"})" "\n";
  auto r = run_cli("check --now 2026-10-12T12:00 --compare-calendar " + cal.path, tickets);
  CHECK(r.code == 1);  // the bad line is still reported, in its place
  CHECK(count_lines(r.out) == 2);
  CHECK(r.out.find(R"({"id": "moved", "changes": {"total": {"old": {"deadline": "2026-10-11T00:00:00+08:00", "status": "breached"}, "new": {"deadline": "2026-10-12T00:00:00+08:00", "status": "breached"}}}, "days": ["2026-10-10", "2026-10-11"]})") != std::string::npos);
  CHECK(r.out.find("untouched") == std::string::npos);
  CHECK(r.out.find("\"line\": 4") != std::string::npos);
  CHECK(r.err.find("1 changed with the new calendar") != std::string::npos);
  // Both calendars are named (CONTRACT.md), in the language of --lang (ops trial, session 23:
  // the line was English under --lang zh).
  CHECK(r.err.find("shixian: comparing cn 2007..2026 #") != std::string::npos);
  const auto zh = run_cli("--lang zh check --now 2026-10-12T12:00 --compare-calendar " + cal.path, tickets);
  CHECK(zh.err.find("shixian: 对比日历 cn 2007..2026 #") != std::string::npos);
  CHECK(zh.err.find("comparing") == std::string::npos);
  // --format text: the changed stages as rows for people, old → new.
  const auto table = run_cli("--lang zh --format text check --now 2026-10-12T12:00 --compare-calendar " + cal.path, tickets);
  CHECK(table.out.find("2026年10月10日 24:00 → 2026年10月11日 24:00") != std::string::npos);
  CHECK(table.out.find("untouched") == std::string::npos);
  CHECK(table.out.find('{') == std::string::npos);
  CHECK(table.err.find("1件因新日历而改变") != std::string::npos);  // counted though no line is written
  // All cores: the same lines in the same order.
  auto j = run_cli("check --now 2026-10-12T12:00 --jobs 2 --compare-calendar " + cal.path, tickets);
  CHECK(j.out == r.out);
  // The same calendar twice changes nothing.
  auto same = run_cli("check --now 2026-10-12T12:00 --compare-calendar cn", tickets.substr(0, tickets.rfind("{\"id\": \"bad\"")));
  CHECK(same.code == 0);
  CHECK(same.out.empty());
  CHECK(run_cli("check --summary --compare-calendar cn", tickets).code == 2);  // bad usage (CONTRACT.md)
}
