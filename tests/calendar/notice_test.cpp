// Importing holiday notices (issue 15 item 1): the real texts of past notices, as
// published, in tests/calendar/notices/YEAR.txt (with YEAR.supplement.txt where the
// State Council changed the year later), each imported and compared day by day with the
// built-in data; damaged texts are refused, naming the sentence.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "shixian/calendar/calendar_file.hpp"
#include "shixian/calendar/notice.hpp"
#include "shixian/error.hpp"
#include "shixian/time/text.hpp"

using namespace shixian;
namespace fs = std::filesystem;

namespace {

const fs::path notices = fs::path(SHIXIAN_SOURCE_DIR) / "tests/calendar/notices";

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<NoticeText> texts_for(int year) {
  std::vector<NoticeText> t{{std::to_string(year) + ".txt", slurp(notices / (std::to_string(year) + ".txt"))}};
  const auto supp = notices / (std::to_string(year) + ".supplement.txt");
  if (fs::exists(supp)) t.push_back({supp.filename().string(), slurp(supp)});
  return t;
}

// Every day the notice for `year` speaks about (its year and the adjacent December),
// working or not, with the imported notice loaded in place of the built-in one: any
// difference is the importer's.
int differences_from_builtin(int year, const std::string& calendar_text, std::string* first = nullptr) {
  const auto builtin = default_calendar();
  const auto imported = CalendarBuilder::with_defaults().load(calendar_text, "imported").build();
  int diff = 0;
  const Date from{date::year{year - 1} / 12 / 1};
  const Date to{date::year{year} / 12 / 31};
  for (Date d = std::max(from, builtin->first()); d <= to; d += days{1}) {
    const auto a = builtin->day(d), b = imported->day(d);
    const bool rest_kinds_differ = !a.working && (a.kind == DayKind::holiday) != (b.kind == DayKind::holiday);
    if (a.working != b.working || rest_kinds_differ) {
      if (first && first->empty())
        *first = format_date(d) + ": built-in " + std::string(to_string(a.kind)) + ", imported " +
                 std::string(to_string(b.kind));
      ++diff;
    }
  }
  return diff;
}

std::string replaced(std::string s, const std::string& from, const std::string& to) {
  const auto p = s.find(from);
  REQUIRE(p != std::string::npos);
  return s.replace(p, from.size(), to);
}

}  // namespace

TEST_CASE("every notice text found imports to exactly the built-in days") {
  int years = 0;
  for (int year = 2007; year <= 2026; ++year) {
    if (!fs::exists(notices / (std::to_string(year) + ".txt"))) continue;
    CAPTURE(year);
    const auto imp = import_notice(texts_for(year), year);
    CHECK(imp.year == year);
    CHECK_FALSE(imp.sources.empty());  // "# source:" lines become provenance
    std::string first;
    CHECK_MESSAGE(differences_from_builtin(year, imp.calendar_text(), &first) == 0, first);
    ++years;
  }
  CHECK(years >= 17);  // 2010..2026: the texts are in the repository
}

TEST_CASE("notices that move days of the previous December place them by date") {
  // 2012: 2011年12月31日（星期六）上班; 2019: 2018年12月29日（星期六）上班.
  for (auto [year, day, working] : {std::tuple{2012, "2011-12-31", true}, {2019, "2018-12-29", true},
                                    {2019, "2018-12-31", false}, {2023, "2022-12-31", false}}) {
    CAPTURE(year);
    const auto imp = import_notice(texts_for(year), year);
    const auto cal = CalendarBuilder::with_defaults().load(imp.calendar_text(), "imported").build();
    CHECK(cal->is_working(parse_date(day)).value == working);
    CHECK(cal->day(parse_date(day)).notice_year == year);
  }
}

TEST_CASE("a supplement replaces, extends or adds to the notice it follows") {
  auto day = [](int year, bool with_supplement, const char* d) {
    auto t = texts_for(year);
    if (!with_supplement) t.resize(1);
    const auto cal = CalendarBuilder::with_defaults().load(import_notice(t, year).calendar_text(), "x").build();
    return cal->is_working(parse_date(d)).value;
  };
  CHECK(day(2019, false, "2019-05-02"));  // 劳动节: 5月1日放假 only…
  CHECK_FALSE(day(2019, true, "2019-05-02"));  // …until 调整2019年劳动节假期安排
  CHECK(day(2019, true, "2019-05-05"));   // Sunday 上班
  CHECK(day(2020, false, "2020-01-31"));
  CHECK_FALSE(day(2020, true, "2020-01-31"));  // 延长2020年春节假期至2月2日
  CHECK(day(2015, false, "2015-09-04"));
  CHECK_FALSE(day(2015, true, "2015-09-04"));  // 抗战胜利70周年纪念日 调休放假
  CHECK(day(2015, true, "2015-09-06"));
}

TEST_CASE("ASCII punctuation reads like the full-width punctuation of the original") {
  std::string t = texts_for(2026)[0].text;
  for (auto [from, to] : {std::pair{"，", ","}, {"：", ":"}, {"（", "("}, {"）", ")"}})
    t = std::regex_replace(t, std::regex(from), to);
  // The facts are the same; only the provenance comments quote each text as given.
  auto facts = [](const std::string& cal) { return std::regex_replace(cal, std::regex("#[^\n]*\n"), ""); };
  CHECK(facts(import_notice({{"2026-ascii.txt", t}}, 2026).calendar_text()) ==
        facts(import_notice(texts_for(2026), 2026).calendar_text()));
}

TEST_CASE("a damaged notice is refused, naming the sentence") {
  const std::string good = texts_for(2026)[0].text;
  auto refusal = [](const std::string& text, int year = 2026) {
    try {
      import_notice({{"damaged.txt", text}}, year);
    } catch (const InputError& e) {
      return std::string(e.what());
    }
    return std::string("accepted");
  };
  SUBCASE("a weekday that does not match its date") {
    const auto e = refusal(replaced(good, "1月1日（周四）", "1月1日（周五）"));
    CHECK(e.find("damaged.txt") != std::string::npos);
    CHECK(e.find("1月1日(周五)至3日(周六)放假调休") != std::string::npos);  // the sentence
    CHECK(e.find("星期四") != std::string::npos);
  }
  SUBCASE("a day count that does not match the dates") {
    CHECK(refusal(replaced(good, "共9天", "共8天")).find("共8天 but gives 9 days") != std::string::npos);
  }
  SUBCASE("a date outside the year and the adjacent December and January") {
    CHECK(refusal(replaced(good, "9月20日（周日）", "2024年9月20日（周五）")).find("outside 2026") !=
          std::string::npos);
  }
  SUBCASE("an unknown clause") {
    CHECK(refusal(replaced(good, "至6日（周一）放假，共3天。", "至6日（周一）放假，共3天，顺延一天。"))
              .find("'顺延一天' is not a holiday") != std::string::npos);
  }
  SUBCASE("an announced holiday without its item (a lost line)") {
    const auto p = good.find("五、端午节");
    std::string cut = good;
    cut.erase(p, good.find('\n', p) - p + 1);
    CHECK(refusal(cut).find("announces 端午节 but no item") != std::string::npos);
  }
  SUBCASE("a notice pasted in part, its preamble lost with the items (every statutory holiday must be dated)") {
    std::string cut = good;
    const auto pre = cut.rfind('\n', cut.find("现将")) + 1;  // the preamble's whole line
    cut.erase(pre, cut.find('\n', pre) - pre + 1);
    CHECK(refusal(cut) == "accepted");  // the whole notice without its preamble still reads
    for (const char* item : {"三、清明节", "五、端午节"}) {
      const auto p = cut.find(item);
      REQUIRE(p != std::string::npos);
      cut.erase(p, cut.find('\n', p) - p + 1);
    }
    const auto e = refusal(cut);
    CHECK(e.find("damaged.txt") != std::string::npos);
    CHECK(e.find("gives no item for 清明节、端午节") != std::string::npos);
  }
  SUBCASE("the older names of a statutory holiday date it (2007: “五一”, “十一”; 2008: “五一”国际劳动节)") {
    std::string old = good;
    const auto pre = old.rfind('\n', old.find("现将")) + 1;
    old.erase(pre, old.find('\n', pre) - pre + 1);
    old = replaced(replaced(old, "四、劳动节：", "四、“五一”国际劳动节："), "七、国庆节：", "七、“十一”：");
    CHECK(refusal(old) == "accepted");
  }
  SUBCASE("a make-up working day on a weekday") {
    CHECK(refusal(replaced(good, "1月4日（周日）上班", "1月5日（周一）上班")).find("is a weekday") !=
          std::string::npos);
  }
  SUBCASE("the wrong year") {
    CHECK(refusal(good, 2027).find("the notice is for 2026, not 2027") != std::string::npos);
  }
  SUBCASE("a text that is not a notice") {
    CHECK(refusal("今天天气很好。\n").find("no title") != std::string::npos);
  }
}

TEST_CASE("the imported file records the notice and the sentence of every fact") {
  const auto imp = import_notice(texts_for(2026), 2026, {"https://example.org/notice"});
  const auto text = imp.calendar_text();
  CHECK(text.find("notice 2026 https://example.org/notice\n") != std::string::npos);
  CHECK(text.find("# 七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。") != std::string::npos);
  CHECK(text.find("work 2026-10-10") != std::string::npos);
  const auto cal = CalendarBuilder::with_defaults().load(text, "2026.cal").build();
  CHECK(cal->notice_sources(2026) == std::vector<std::string>{"https://example.org/notice"});
}

TEST_CASE("the 2024 recommendation to rest on 除夕 is a note, not a holiday") {
  const auto imp = import_notice(texts_for(2024), 2024);
  REQUIRE(imp.notes.size() == 1);
  CHECK(imp.notes[0].find("除夕") != std::string::npos);
  const auto cal = CalendarBuilder::with_defaults().load(imp.calendar_text(), "x").build();
  CHECK(cal->is_working(parse_date("2024-02-09")).value);
}

TEST_CASE("per-year JSON: every reference year imports to the built-in days") {
  const fs::path dir = SHIXIAN_REFERENCE_DIR;
  if (!fs::is_directory(dir)) {
    MESSAGE("reference data not found at " << dir.string() << ": skipping the JSON comparison");
    return;
  }
  for (int year = 2008; year <= 2026; ++year) {
    CAPTURE(year);
    const auto imp = import_holiday_json(slurp(dir / (std::to_string(year) + ".json")),
                                         std::to_string(year) + ".json");
    CHECK(imp.year == year);
    std::string first;
    CHECK_MESSAGE(differences_from_builtin(year, imp.calendar_text(), &first) == 0, first);
  }
  // A year whose notice is not out yet: an empty list is not an empty year.
  if (fs::exists(dir / "2027.json"))
    CHECK_THROWS_WITH_AS(import_holiday_json(slurp(dir / "2027.json"), "2027.json"),
                         doctest::Contains("no days listed"), InputError);
}

TEST_CASE("per-year JSON is read strictly") {
  auto err = [](const std::string& json) {
    try {
      import_holiday_json(json, "feed.json");
    } catch (const InputError& e) {
      return std::string(e.what());
    }
    return std::string("accepted");
  };
  const std::string day = R"({"name": "元旦", "date": "2027-01-01", "isOffDay": true})";
  CHECK(err(R"({"year": 2027, "days": [)" + day + "]}") == "accepted");
  // Its calendar file names the command that read it (it said import-notice).
  const auto text = import_holiday_json(R"({"year": 2027, "days": [)" + day + "]}", "feed.json").calendar_text();
  CHECK(text.find("Imported by `shixian calendar import-json`") != std::string::npos);
  CHECK(err(R"({"year": 2027, "dayz": []})").find("unknown key \"dayz\"") != std::string::npos);
  CHECK(err(R"({"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "off": true}]})")
            .find("unknown key \"off\"") != std::string::npos);
  CHECK(err(R"({"year": 2027, "days": [)" + day + "," + day + "]}").find("listed twice") !=
        std::string::npos);
  CHECK(err(R"({"year": 2027, "days": [{"name": "x", "date": "2025-05-01", "isOffDay": true}]})")
            .find("outside 2027") != std::string::npos);
  CHECK(err(R"({"year": 2027, "days": [{"name": "x", "date": "2027-02-30", "isOffDay": true}]})")
            .find("2027-02-30") != std::string::npos);
  CHECK(err("[1, 2]").find("expected an object") != std::string::npos);
}
