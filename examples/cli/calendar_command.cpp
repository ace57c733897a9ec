// `shixian calendar`: working-day questions on the business calendar.
#include <fmt/format.h>

#include <fstream>
#include <set>
#include <sstream>

#include "context.hpp"
#include "shixian/io/small_file.hpp"
#include "shixian/calendar/calendar_file.hpp"
#include "shixian/calendar/export.hpp"
#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include "shixian/calendar/diff.hpp"
#include "shixian/calendar/notice.hpp"
#include "shixian/error.hpp"
#include "shixian/i18n/text.hpp"
#include "shixian/i18n/words.hpp"
#include "shixian/time/text.hpp"

namespace shixian::cli {
namespace {

int parse_count(const std::string& text, const i18n::Terms& t) {
  std::size_t used = 0;
  long long v = 0;
  try {
    v = std::stoll(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != text.size() || text.empty() || v < 0 || v > Calendar::max_working_days)
    throw InputError(t.fill("error.not_working_days", {text, std::to_string(Calendar::max_working_days)}));
  return static_cast<int>(v);
}

// Every command takes --zone (CONTRACT.md): an unknown zone is rejected even where the
// answer needs none.
CalendarPtr calendar_for(const Globals& g) {
  load_zone(g);
  return load_calendar(g);
}

// The years a provisional answer went past: "no notice for 2027 is loaded" is what an
// officer needs to read, not "outside coverage".
std::string missing_years(const Calendar& cal, std::initializer_list<Date> dates) {
  std::set<int> years;
  for (Date d : dates) {
    if (cal.covers(d)) continue;
    const int y = static_cast<int>(date::year_month_day{d}.year());
    if (d > cal.last())
      for (int x = static_cast<int>(date::year_month_day{cal.last()}.year()) + 1; x <= y; ++x) years.insert(x);
    else
      years.insert(y);
  }
  std::string out;
  for (int y : years) out += (out.empty() ? "" : ", ") + std::to_string(y);
  return out;
}
std::string provisional_json(bool p, const std::string& years = {}) {
  if (!p) return "";
  return years.empty() ? ", \"provisional\": true"
                       : fmt::format(", \"provisional\": true, \"no_notice\": [{}]", years);
}
std::string provisional_text(const Globals& g, bool p, const std::string& years = {}) {
  if (!p) return "";
  return years.empty() ? std::string(g.t()["calendar.provisional"]) : g.t().fill("calendar.provisional_years", {years});
}

void print_month(const Globals& g, const Calendar& cal, date::year_month ym, std::FILE* out = stdout) {
  const auto& tr = g.t();
  const unsigned mon = static_cast<unsigned>(ym.month());
  const auto year = std::to_string(static_cast<int>(ym.year()));
  fmt::print(out, "{}\n", tr.fill("month.heading", {year, std::to_string(mon), tr[fmt::format("month.m{}", mon)]}));
  if (!cal.covers(Date{ym / 1}) || !cal.covers(Date{ym / date::last}))
    fmt::print(out, "{}\n", tr.fill("calendar.month_provisional", {year, cal.coverage_text()}));
  // Each cell is 4 columns: a weekday head right-aligned (一 is two columns wide).
  std::string head;
  for (unsigned wd = 1; wd <= 7; ++wd) head += i18n::pad_left(i18n::weekday_term(wd, tr), 4);
  fmt::print(out, "{}\n", head);
  const Date first{ym / 1};
  const Date last{ym / date::last};
  const unsigned lead = date::weekday{first}.iso_encoding() - 1;
  std::string row(lead * 4, ' ');
  // Notes group consecutive days of the same kind and name: "15-23* holiday: 春节".
  struct Note {
    unsigned from, to;
    char mark;
    DayKind kind;
    std::string name;
  };
  std::vector<Note> notes;
  for (Date d = first; d <= last; d += days{1}) {
    // Days past coverage as the heading above says: by the weekly rule, marked '?'. (`show`
    // has refused them already unless --provisional; an import's preview shows the months
    // its notice touches, the year before included, after the file is written.)
    const auto info = cal.day(d, Coverage::provisional);
    const unsigned dom = static_cast<unsigned>(date::year_month_day{d}.day());
    // A mark after the number keeps the grid readable without colour:
    // '*' holiday, '+' make-up working day, '!' override, '?' provisional.
    char mark = ' ';
    int colour = 0;
    switch (info.kind) {
      case DayKind::weekday: break;
      case DayKind::weekend: colour = 90; break;
      case DayKind::holiday: mark = '*', colour = 31; break;
      case DayKind::makeup: mark = '+', colour = 32; break;
      case DayKind::closed: mark = '!', colour = 31; break;
      case DayKind::opened: mark = '!', colour = 32; break;
      case DayKind::uncovered: mark = '?', colour = info.working ? 0 : 90; break;
    }
    auto cell = fmt::format("{:>3}{}", dom, mark);
    row += colour && out == stdout ? paint(g, cell, colour, mark == '*' || mark == '+') : cell;
    if (!info.name.empty() || info.kind == DayKind::uncovered) {
      if (!notes.empty() && notes.back().to + 1 == dom && notes.back().kind == info.kind &&
          notes.back().name == info.name)
        notes.back().to = dom;
      else
        notes.push_back({dom, dom, mark, info.kind, std::string(info.name)});
    }
    if (date::weekday{d} == date::Sunday) {
      fmt::print(out, "{}\n", row);
      row.clear();
    }
  }
  if (!row.empty()) fmt::print(out, "{}\n", row);
  const std::string_view sep = g.zh() ? "：" : ": ";
  for (const auto& n : notes)
    fmt::print(out, "  {:>5}{} {}{}\n", n.from == n.to ? fmt::format("{}", n.from) : fmt::format("{}-{}", n.from, n.to),
               n.mark, i18n::day_term(n.kind, tr), n.name.empty() ? "" : std::string(sep) + n.name);
  fmt::print(out, "\n");
}

void show_json(const Globals& g, const Calendar& cal, int year, int month) {
  fmt::print("{{\"calendar\": {}, \"version\": {}, \"days\": [", json_string(cal.id()),
             json_string(cal.version()));
  const Date from{date::year{year} / (month ? month : 1) / 1};
  const Date to = month ? Date{date::year{year} / month / date::last}
                        : Date{date::year{year} / 12 / 31};
  bool first = true;
  for (Date d = from; d <= to; d += days{1}) {
    const auto info = cal.day(d, coverage(g));
    fmt::print("{}{}{{\"date\": \"{}\", \"working\": {}, \"kind\": \"{}\"", first ? "" : ",", g.json_break(),
               format_date(d), info.working, to_string(info.kind));
    if (!info.name.empty()) fmt::print(", \"name\": {}", json_string(info.name));
    if (info.kind == DayKind::uncovered) fmt::print(", \"provisional\": true");
    fmt::print("}}");
    first = false;
  }
  fmt::print("{}]}}\n", g.json_break("\n"));
}



// Writes the imported calendar file (to -o FILE, or stdout) and shows the months it
// touches as the calendar will answer with it loaded (on stdout with -o, else stderr,
// so that `import-notice … > 2027.cal` still gives a clean file).
void emit_import(const Globals& g, const ImportedNotice& imp, const std::string& output) {
  const auto text = imp.calendar_text();
  std::FILE* preview = stdout;
  if (output.empty()) {
    fmt::print("{}", text);
    preview = stderr;
  } else {
    std::ofstream out(output, std::ios::binary);
    if (!out || !(out << text) || !out.flush())
      throw InputError(g.t().fill("error.cannot_write", {output, std::string(g.t().name("phrase", std::strerror(errno)))}));
  }
  // The preview is the calendar with this notice loaded over the others; a notice
  // beyond the covered years (a gap) is shown on its own.
  CalendarPtr cal;
  try {
    auto b = CalendarBuilder::with_defaults();
    for (const auto& f : g.calendar_files) b.load_file(f);
    cal = b.load(text, output.empty() ? "imported notice" : output).build();
  } catch (const InputError&) {
    cal = CalendarBuilder().load(text, output.empty() ? "imported notice" : output).build();
  }
  std::set<std::pair<int, unsigned>> months;
  for (const auto& f : imp.facts)
    for (Date d = f.from; d <= f.to; d += days{1}) {
      const date::year_month_day ymd{d};
      months.emplace(static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()));
    }
  fmt::print(preview, "{} facts for {} ({}), from {}{}\n\n", imp.facts.size(), imp.year, imp.title,
             imp.sources.empty() ? "no source address (give --source URL)" : imp.sources.front(),
             output.empty() ? "" : fmt::format("; written to {}", output));
  for (const auto& [y, m] : months) print_month(g, *cal, date::year{y} / m, preview);
  for (const auto& n : imp.notes) fmt::print(preview, "  not a holiday, not imported: {}\n", n);
}

// One side of a day that differs, in the language of the terms:
//   working (make-up working day: 春节, notice 2007)   上班（调休上班日：春节，2007年通知）
std::string side_text(const DayInfo& d, const i18n::Terms& t) {
  std::string s = t.fill("calendar.diff_side", {std::string(t[d.working ? "calendar.diff_working" : "calendar.diff_rest"]),
                                                std::string(i18n::day_term(d.kind, t))});
  if (!d.name.empty()) s += t.fill("calendar.diff_name", {d.name});
  if (d.notice_year) s += t.fill("calendar.diff_notice", {std::to_string(d.notice_year)});
  return s + std::string(t["calendar.diff_close"]);
}

std::string side_json(const DayInfo& d) {
  std::string s = fmt::format("{{\"working\": {}, \"kind\": \"{}\"", d.working, to_string(d.kind));
  if (!d.name.empty()) s += fmt::format(", \"name\": {}", json_string(d.name));
  if (d.notice_year) s += fmt::format(", \"notice\": {}", d.notice_year);
  return s + "}";
}

const Registration reg{10, [](CLI::App& app, Globals& g, int& exit_code) {
  auto* cmd = app.add_subcommand("calendar", "Working days on the business calendar");
  cmd->require_subcommand(1);
  cmd->footer(
      "Examples:\n"
      "  shixian calendar is-working 2026-10-10     # true: a Saturday make-up day\n"
      "  shixian calendar add 2026-09-30 4          # 2026-10-12 (National Day break skipped)\n"
      "  shixian calendar between 2026-09-30 2026-10-12   # 4\n"
      "  shixian calendar show 2026 --month 10      # the month grid\n"
      "  shixian calendar add 2026-12-28 5 --provisional  # past 2026: weekly rule, marked\n"
      "  shixian --calendar 2027.cal calendar show 2027  # with next year's notice loaded\n"
      "  shixian calendar import-notice notice.txt --year 2027 --source URL -o 2027.cal\n"
      "  shixian calendar import-json 2027.json -o 2027.cal   # the public per-year JSON\n"
      "Dates are YYYY-MM-DD. Outside the data's coverage a question is an error unless\n"
      "--provisional is given.");

  static std::string d1, d2, n_text;
  static int year = 0, month = 0;

  auto* isw = cmd->add_subcommand("is-working", "Is DATE a working day? (true/false)");
  isw->add_option("DATE", d1, "a date, YYYY-MM-DD")->required();
  isw->callback([&g, &exit_code] {
    const auto cal = calendar_for(g);
    const auto info = cal->day(parse_date(d1), coverage(g));
    const bool prov = info.kind == DayKind::uncovered;
    if (g.format == "text") {
      fmt::print("{}{}\n", info.working, provisional_text(g, prov, missing_years(*cal, {info.date})));
      fmt::print(stderr, "{}\n", g.t().fill(info.working ? "calendar.is_working" : "calendar.is_rest",
                                           {i18n::format_date(info.date, g.lang), i18n::day_term(info.kind, g.t()),
                                            info.name.empty() ? "" : g.t().fill("calendar.day_name", {info.name})}));
    } else {
      fmt::print("{{\"date\": \"{}\", \"working\": {}, \"kind\": \"{}\"{}{}}}\n", d1, info.working,
                 to_string(info.kind),
                 info.name.empty() ? "" : fmt::format(", \"name\": {}", json_string(info.name)),
                 provisional_json(prov, missing_years(*cal, {info.date})));
    }
    exit_code = 0;
  });

  auto* add = cmd->add_subcommand("add", "The N-th working day after DATE (DATE not counted)");
  add->add_option("DATE", d1, "start date, YYYY-MM-DD (not counted)")->required();
  add->add_option("N", n_text, "working days to add, 0..10000 (0 gives DATE)")->required();
  add->callback([&g] {
    const auto cal = calendar_for(g);
    const Date from = parse_date(d1);
    const auto r = cal->add_working_days(from, parse_count(n_text, g.t()), coverage(g));
    const auto years = missing_years(*cal, {from, r.value});
    if (g.format == "text") fmt::print("{}{}\n", format_date(r.value), provisional_text(g, r.provisional, years));
    else fmt::print("{{\"date\": \"{}\"{}}}\n", format_date(r.value), provisional_json(r.provisional, years));
  });

  auto* between = cmd->add_subcommand("between", "Working days in (D1, D2]; negative when D1 > D2");
  between->add_option("D1", d1, "from, YYYY-MM-DD (not counted)")->required();
  between->add_option("D2", d2, "to, YYYY-MM-DD (counted)")->required();
  between->callback([&g] {
    const auto cal = calendar_for(g);
    const Date a = parse_date(d1), b = parse_date(d2);
    const auto r = cal->working_days_between(a, b, coverage(g));
    const auto years = missing_years(*cal, {a, b});
    if (g.format == "text") fmt::print("{}{}\n", r.value, provisional_text(g, r.provisional, years));
    else fmt::print("{{\"working_days\": {}{}}}\n", r.value, provisional_json(r.provisional, years));
  });


  static std::vector<std::string> notice_files, notice_sources;
  static std::string import_output;
  static int notice_year = 0;
  auto* imp = cmd->add_subcommand(
      "import-notice", "Read the State Council's notice text into a calendar file");
  imp->add_option("FILE", notice_files,
                  "the notice as published (UTF-8 text); further files are its supplements")
      ->required();
  imp->add_option("--year", notice_year, "the year the notice is for")->required();
  imp->add_option("--source", notice_sources, "the notice's address, recorded as provenance");
  imp->add_option("-o,--output", import_output, "write the calendar file here (default stdout)");
  imp->footer(
      "Reads 一、元旦：1月1日（周五）放假… item by item and refuses, naming the sentence,\n"
      "anything it cannot read with certainty (a weekday that does not match its date, a\n"
      "共N天 that does not match, a date outside the year and the adjacent Dec/Jan, an\n"
      "unknown clause, an announced holiday with no item, a notice missing any of the\n"
      "seven statutory holidays: 元旦 春节 清明节 劳动节 端午节 中秋节 国庆节). Lines\n"
      "'# source: URL' at the top of a file are taken as its address. Example:\n"
      "  shixian calendar import-notice 2027.txt --year 2027 -o 2027.cal\n"
      "  shixian --calendar 2027.cal calendar show 2027");
  imp->callback([&g] {
    std::vector<NoticeText> texts;
    std::vector<std::pair<std::string, int>> read_from;
    for (const auto& f : notice_files) read_from.emplace_back(f, -1);
    refuse_output_over_input(g, "--output", import_output, read_from);
    for (const auto& f : notice_files) texts.push_back({f, io::read_data_file(f, "notice file")});
    emit_import(g, import_notice(texts, notice_year, notice_sources), import_output);
  });

  static std::string json_file;
  auto* impj = cmd->add_subcommand(
      "import-json", "Read one year of the public JSON format ({year, papers, days}) into a calendar file");
  impj->add_option("FILE", json_file, "YYYY.json: {\"year\", \"papers\", \"days\": [{\"name\", \"date\", \"isOffDay\"}]}")
      ->required();
  impj->add_option("-o,--output", import_output, "write the calendar file here (default stdout)");
  impj->callback([&g] {
    refuse_output_over_input(g, "--output", import_output, {{json_file, -1}});
    emit_import(g, import_holiday_json(io::read_data_file(json_file, "holiday JSON file"), json_file), import_output);
  });

  static std::string diff_a, diff_b;
  auto* diff = cmd->add_subcommand("diff", "The days two calendars disagree on, and why");
  diff->add_option("A", diff_a, "the old calendar: a built-in name (cn, settlement) or a file loaded "
                                "over --calendar's")->required();
  diff->add_option("B", diff_b, "the new calendar, the same way")->required();
  diff->footer(
      "Each day of either coverage whose working status, kind or name differs, with what each\n"
      "calendar says and which notice says it. Outside a calendar's coverage it answers by the\n"
      "weekly rule (kind 'outside coverage'). Examples:\n"
      "  shixian calendar diff cn 2027.cal          # what loading 2027.cal changes\n"
      "  shixian calendar diff cn settlement        # the make-up days the exchanges keep closed\n"
      "Exit 0 whatever the differences; 1 if a calendar cannot be loaded.");
  diff->callback([&g] {
    load_zone(g);
    const auto a = load_calendar_plus(g, diff_a), b = load_calendar_plus(g, diff_b);
    const auto changes = calendar_diff(*a, *b);
    const auto working = std::count_if(changes.begin(), changes.end(), [](const DayChange& c) { return c.working_changed(); });
    if (g.format != "text") {
      fmt::print("{{\"before\": {}, \"after\": {}, \"days\": [", json_string(a->version()), json_string(b->version()));
      bool first = true;
      for (const auto& c : changes) {
        fmt::print("{}{}{{\"date\": \"{}\", \"working_changed\": {}, \"before\": {}, \"after\": {}}}",
                   first ? "" : ",", g.json_break(), format_date(c.date), c.working_changed(), side_json(c.before),
                   side_json(c.after));
        first = false;
      }
      fmt::print("{}]}}\n", g.json_break("\n"));
      return;
    }
    const auto& t = g.t();
    static constexpr const char* wd[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static constexpr const char* key[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
    fmt::print("{} -> {}\n", a->version(), b->version());
    for (const auto& c : changes) {
      const auto w = date::weekday{c.date}.c_encoding();
      fmt::print("{} {}  {}  ->  {}{}\n", format_date(c.date),
                 g.zh() ? "周" + std::string(t[std::string("weekday.") + key[w]]) : std::string(wd[w]),
                 side_text(c.before, t), side_text(c.after, t), c.working_changed() ? "" : std::string(t["calendar.diff_same"]));
    }
    fmt::print("{}\n", t.fill(changes.size() == 1 ? "calendar.diff_count_one" : "calendar.diff_count",
                              {std::to_string(changes.size()), std::to_string(working)}));
  });

  static int export_from = 0, export_to = 0;
  static std::string export_format = "ics", export_output, export_stamp;
  auto* exp = cmd->add_subcommand("export", "Holidays and make-up working days of YEAR[..--to] as iCalendar or CSV");
  exp->add_option("YEAR", export_from, "first year, e.g. 2026")->required()->transform(year_or_month(1900, 2199, "年", g.t()));
  exp->add_option("--to", export_to, "last year (default: YEAR)")->transform(year_or_month(1900, 2199, "年", g.t()));
  exp->add_option("--format", export_format, "ics (RFC 5545, for a mail client's calendar) or csv")
      ->check(one_of({"ics", "csv"}, g.t()));
  exp->add_option("-o,--output", export_output, "write here (default stdout)");
  exp->add_option("--stamp", export_stamp,
                  "ics: when the export was made (DTSTAMP), an instant such as 2026-12-01T00:00+08:00\n"
                  "(default: $SOURCE_DATE_EPOCH when set, else now); fix it for byte-identical exports");
  exp->footer(
      "Holidays are all-day events shown as free time; make-up working days (调休上班) are\n"
      "all-day events shown as busy, marked CATEGORIES:MAKEUP-WORKDAY. SUMMARY follows --lang.\n"
      "The export depends only on the calendar, the years, --lang and the stamp: two exports\n"
      "with the same --stamp (or SOURCE_DATE_EPOCH) are the same bytes.\n"
      "Examples:\n"
      "  shixian --lang zh calendar export 2026 --format ics -o 2026.ics   # subscribe or import\n"
      "  shixian calendar export 2026 --stamp 2026-12-01T00:00Z -o 2026.ics  # reproducible\n"
      "  shixian calendar export 2025 --to 2026 --format csv");
  exp->callback([&g] {
    const auto cal = calendar_for(g);
    const int last = export_to ? export_to : export_from;
    if (last < export_from)
      throw InputError(g.t().fill("error.to_before", {std::to_string(last), std::to_string(export_from)}));
    const Date from{date::year{export_from} / 1 / 1}, to{date::year{last} / 12 / 31};
    // DTSTAMP is the one part of an export not fixed by its data: the wall clock unless
    // told (--stamp, or SOURCE_DATE_EPOCH, the reproducible-builds convention).
    auto stamp = std::chrono::time_point_cast<Duration>(std::chrono::system_clock::now());
    if (!export_stamp.empty()) {
      try {
        stamp = parse_instant(export_stamp, load_zone(g));
      } catch (const InputError& e) {
        throw with_prefix(e, "--stamp: ");
      }
    } else if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr && *epoch != '\0') {
      const std::string_view text(epoch);
      long long seconds = 0;
      const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
      if (ec != std::errc() || end != text.data() + text.size() || seconds < 0 || seconds > 7'258'118'400)
        throw InputError(g.t().fill("error.bad_epoch", {text}));
      stamp = Instant{std::chrono::seconds{seconds}};
    }
    std::string text;
    try {
      text = export_format == "csv" ? to_csv(*cal, from, to) : to_ics(*cal, from, to, g.t(), stamp);
    } catch (const CoverageError& e) {
      // An export lists a year's holidays, which the weekly rule cannot guess: the advice
      // every other command gets (--provisional) does not help here, loading the notice does.
      auto inner = std::make_shared<const CoverageError>(e);
      const Date outside = cal->covers(from) ? to : from;
      const std::string missing_year = std::to_string(static_cast<int>(date::year_month_day{outside}.year()));
      throw InputError(inner->worded(i18n::Terms::builtin(i18n::Lang::en)) +
                           i18n::Terms::builtin(i18n::Lang::en).fill("error.export_uncovered", {missing_year}),
                       [inner, missing_year](const i18n::Terms& t) { return inner->worded(t) + t.fill("error.export_uncovered", {missing_year}); });
    }
    if (export_output.empty()) {
      std::fwrite(text.data(), 1, text.size(), stdout);
      return;
    }
    std::vector<std::pair<std::string, int>> read_from;
    for (const auto& c : g.calendar_files) read_from.emplace_back(c, -1);
    if (!g.terms_file.empty()) read_from.emplace_back(g.terms_file, -1);
    refuse_output_over_input(g, "--output", export_output, read_from);
    std::FILE* f = std::fopen(export_output.c_str(), "wb");
    if (f == nullptr || std::fwrite(text.data(), 1, text.size(), f) != text.size() || std::fclose(f) != 0)
      throw InputError(g.t().fill("error.cannot_write", {export_output, std::string(g.t().name("phrase", std::strerror(errno)))}));
  });

  auto* show = cmd->add_subcommand("show", "Month grids of YEAR: working, rest, holiday, make-up");
  show->add_option("YEAR", year, "year, e.g. 2026")->required()->transform(year_or_month(1900, 2199, "年", g.t()));
  show->add_option("--month", month, "one month only, 1..12")->transform(year_or_month(1, 12, "月", g.t()));
  show->footer("Marks: * holiday (rest), + make-up working day, ! institution override,\n"
               "? outside coverage (weekly rule, provisional). Weekends are grey on a terminal.");
  show->callback([&g] {
    const auto cal = calendar_for(g);
    if (year < 1900 || year > 2199)
      throw InputError(fmt::format("{} is not a valid year (expected 1900..2199)", year));
    if (month < 0 || month > 12)
      throw InputError(fmt::format("{} is not a valid month (expected 1..12)", month));
    // Check coverage up front so a strict answer fails before printing half a year.
    cal->day(Date{date::year{year} / (month ? month : 1) / 1}, coverage(g));
    cal->day(month ? Date{date::year{year} / month / date::last} : Date{date::year{year} / 12 / 31},
             coverage(g));
    if (g.format != "text") return show_json(g, *cal, year, month);
    fmt::print("{}\n{}\n\n", g.t().fill("calendar.title", {cal->id(), std::string(g.t().name("phrase", cal->title())), cal->version()}),
               g.t()["calendar.legend"]);
    for (int m = month ? month : 1; m <= (month ? month : 12); ++m)
      print_month(g, *cal, date::year{year} / m);
  });
}};

}  // namespace
}  // namespace shixian::cli
