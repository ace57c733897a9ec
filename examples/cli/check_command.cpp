// `shixian check`: audit JSON Lines tickets against their deadlines, streaming, with an
// optional timeliness report (CONTRACT.md `check`; the library side is
// include/shixian/audit/).
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fmt/format.h>
#include <vector>
#include <thread>

#include "context.hpp"
#include <optional>

#include "shixian/audit/check_stream.hpp"
#include "shixian/calendar/diff.hpp"
#include "shixian/classify/lexicon.hpp"
#include "shixian/classify/wording.hpp"
#include "shixian/error.hpp"
#include "shixian/io/line_reader.hpp"
#include "shixian/i18n/text.hpp"
#include "shixian/i18n/words.hpp"
#include "shixian/report/report.hpp"
#include <optional>
#include <simdjson.h>
#include "shixian/time/text.hpp"

namespace shixian::cli {
namespace {

struct Options {
  std::vector<std::string> files;
  Choose choose = Choose::reject;
  std::string now, lexicon, compare_calendar, report, by;
  bool summary = false, require_record = false, header = false;
  unsigned jobs = 1;
  double at_risk = -1;
  double target_rate = -1;  // -1: the rule set's
  std::size_t worst = 10;
  std::size_t max_line = io::LineReader::kDefaultMaxLine;
};



// The progress line on stderr: only on a terminal, only after the first second.
class Progress {
 public:
  Progress(bool enabled, std::uint64_t total_bytes, const i18n::Terms& terms)
      : enabled_(enabled), total_(total_bytes), tr_(terms) {}
  void update(const audit::StreamCounts& n) {
    if (!enabled_) return;
    const auto now = clock::now();
    const double secs = std::chrono::duration<double>(now - start_).count();
    if (secs < 1.0 || now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    const double rate = static_cast<double>(n.lines) / secs;
    std::string line = "  " + tr_.fill("progress.lines", {grouped(n.lines), grouped(static_cast<std::uint64_t>(rate))});
    if (total_ > 0 && n.bytes > 0 && n.bytes <= total_) {
      const double byte_rate = static_cast<double>(n.bytes) / secs;
      const double eta = static_cast<double>(total_ - n.bytes) / byte_rate;
      line += tr_.fill("progress.eta", {fmt::format("{:.0f}", 100.0 * static_cast<double>(n.bytes) / static_cast<double>(total_)),
                                        fmt::format("{:.0f}", eta)});
    }
    if (n.bad) line += tr_.fill("progress.bad", {grouped(n.bad)});
    std::fprintf(stderr, "\r\x1b[K%s", line.c_str());
    std::fflush(stderr);
    shown_ = true;
  }
  void clear() {
    if (shown_) std::fputs("\r\x1b[K", stderr);
    shown_ = false;
  }

 private:
  using clock = std::chrono::steady_clock;
  bool enabled_;
  std::uint64_t total_;
  clock::time_point start_ = clock::now(), last_{};
  bool shown_ = false;
  const i18n::Terms& tr_;
};

// Fields the lines carried that check does not read: named, so that a misspelt event
// ("replyed") does not go unnoticed. The most frequent first, ten at most.
void report_ignored(const audit::IgnoredFields& ignored, const RuleSet& rules, const i18n::Terms& tr,
                    std::string_view read_by = {}) {
  const auto known = audit::readable_field_names(rules);
  cli::report_ignored(ignored, known, tr, [&](const std::string& name, const std::string& count, std::uint64_t n) {
    return tr.fill(n == 1 ? "check.ignored_one" : "check.ignored", {name, count, rules.name});
  }, read_by);
}

// The grouping field's value on a ticket's line (--by): a string, or a number's text;
// "" when absent. The line was parsed once already by the audit; this second look
// reads one field for the report only, not on the plain check path.
std::string group_of(std::string_view line, const std::string& field) {
  static thread_local simdjson::dom::parser parser;
  simdjson::dom::element doc;
  if (parser.parse(simdjson::padded_string(line)).get(doc)) return {};
  simdjson::dom::element v;
  if (doc[field].get(v)) return {};
  if (v.is_string()) {
    // Blanks around a value are an export's padding: "  北京分行 " and "北京分行" are one
    // branch (they were two rows of the ranking that looked the same).
    std::string_view s = v.get_string().value_unsafe();
    constexpr std::string_view wide_space = "\xE3\x80\x80";  // U+3000
    for (bool trimmed = true; trimmed && !s.empty();) {
      trimmed = false;
      if (s.front() == ' ' || s.front() == '\t') s.remove_prefix(1), trimmed = true;
      else if (s.substr(0, 3) == wide_space) s.remove_prefix(3), trimmed = true;
      if (s.empty()) break;
      if (s.back() == ' ' || s.back() == '\t') s.remove_suffix(1), trimmed = true;
      else if (s.size() >= 3 && s.substr(s.size() - 3) == wide_space) s.remove_suffix(3), trimmed = true;
    }
    return std::string(s);
  }
  if (v.is_null()) return {};
  return simdjson::minify(v);
}

// One row per ticket and stage that has a deadline, late ones marked (check --format text).
// The columns are as wide as the first rows need (a bank's ids are often longer than the
// heading): the first kSample rows are held back to measure them, then everything streams.
// A later cell longer than its column still pushes its row's rest along.
class TextTable {
 public:
  TextTable(const Globals& g, const audit::Auditor& a) : g_(g), a_(a), wording_(g.t()) {
    const auto& tr = g_.t();
    head_ = {std::string(tr["table.ticket"]), std::string(tr["summary.col_stage"]),
             std::string(tr["deadlines.col_deadline"]), std::string(tr["table.status"])};
    width_ = {14, 16, g_.zh() ? std::size_t{24} : std::size_t{18}};
    for (std::size_t c = 0; c < width_.size(); ++c) width_[c] = std::max(width_[c], i18n::columns(head_[c]));
  }
  // Ids are the input's: escaped for the terminal (a newline in one forged a row, an
  // escape sequence drove the terminal), as every input-derived text is (CONTRACT.md).
  void add(std::string_view raw_id, const audit::TicketAudit& audit, const classify::Classification* classified) {
    const std::string id = io::terminal_safe_cell(raw_id);
    for (std::size_t k = 0; k < audit.cycles(); ++k) {
      const auto stages = audit.cycle(k);
      for (std::size_t i = 0; i < stages.size(); ++i) {
        const auto& s = stages[i];
        // A stage in error has a row too (no notice yet for the year its deadline needs):
        // left out, it went missing from the table without a word.
        if (!s.has_deadline() && s.status != audit::Status::paused && s.status != audit::Status::error) continue;
        const Cell c = cell(s);
        push(Row{who(id, k), stage_name(i), c.deadline, c.colour ? paint(g_, c.status, c.colour, c.colour == 31) : c.status});
      }
    }
    // A reply record missing fields (--require-record, or a record given): its row names
    // them, where the summary only counts them (ops trial, session 23).
    if (audit.record_checked && audit.record_missing) {
      const auto& tr = g_.t();
      const auto& names = a_.rules().reply_record_fields;
      std::string missing;
      for (std::size_t f = 0; f < names.size() && f < 32; ++f)
        if (audit.record_missing >> f & 1U)
          missing += (missing.empty() ? "" : g_.zh() ? "、" : ", ") + std::string(tr.name("record", names[f]));
      push(Row{id, std::string(tr["table.record"]), "—", paint(g_, tr.fill("table.record_missing", {missing}), 33, false)});
    }
    // A class found from the facts rests on how they were read: what classify would warn
    // of (a channel that made nothing urgent, did you mean 'regulator'?) has its row, as
    // the JSON line carries it.
    // Worded in the chosen language from the result's record, as classify words them
    // (the English of Classification::warnings stood under --lang zh).
    if (classified)
      for (const auto& w : wording_.warnings(*classified))
        push(Row{id, std::string(g_.t()["table.classified"]), "—", paint(g_, w, 33, false)});
  }
  // --compare-calendar: a row for each stage whose result the new calendar changes, the
  // old and the new side by side, worded as the rows above.
  void add_change(std::string_view raw_id, const audit::LineAuditor& t) {
    const std::string id = io::terminal_safe_cell(raw_id);
    const auto& old = t.audit();
    const auto& now = t.compared();
    for (std::size_t j = 0; j < old.stages.size() && j < now.stages.size(); ++j) {
      if (!t.stage_changed(j)) continue;
      const std::size_t k = j / old.stage_count, i = j % old.stage_count;
      const Cell a = cell(old.stages[j]), b = cell(now.stages[j]);
      push(Row{who(id, k), stage_name(i), a.deadline + " → " + b.deadline, a.status + " → " + b.status});
    }
  }
  // The heading and the rows held back: at kSample rows, or at the end of the input.
  void finish() {
    if (started_) return;
    started_ = true;
    if (held_.empty()) return;  // no row: no heading either
    for (const auto& r : held_) {
      width_[0] = std::max(width_[0], std::min(i18n::columns(r.who), kWidest));
      width_[1] = std::max(width_[1], std::min(i18n::columns(r.stage), kWidest));
      width_[2] = std::max(width_[2], std::min(i18n::columns(r.deadline), kWidest));
    }
    fmt::print("{}\n", paint(g_, line(head_[0], head_[1], head_[2], head_[3]), 0, true));
    for (const auto& r : held_) print(r);
    held_.clear();
    held_.shrink_to_fit();
  }

 private:
  struct Row {
    std::string who, stage, deadline, status;
  };
  struct Cell {
    std::string deadline, status;
    int colour = 0;
  };
  // A stage's deadline and status cells, as every row words them.
  Cell cell(const audit::StageAudit& s) const {
    const auto& tr = g_.t();
    Cell c;
    c.status = std::string(i18n::status_term(s.status, tr));
    if (s.status == audit::Status::error) {
      c.status = tr.fill("deadlines.error", {stage_error_text(s.uncovered, s.error, a_.engine().context().calendar, tr)});
      c.colour = 31;
    } else if (s.status == audit::Status::breached) {
      std::string late;
      audit::append_duration(late, s.late_wall);
      c.status = tr.fill("table.late", {c.status, i18n::span_text(late, tr)});
      c.colour = 31;
    } else if (s.status == audit::Status::at_risk || s.status == audit::Status::pending || s.status == audit::Status::paused) {
      c.status = tr.fill("table.used", {c.status, fmt::format("{}%", s.used_percent())});
      c.colour = s.status == audit::Status::at_risk ? 33 : 0;
    }
    c.deadline = !s.has_deadline() || s.paused || s.status == audit::Status::error
                     ? std::string("—")
                     // A deadline taken by the weekly rule alone (--provisional) says so.
                     : i18n::format_local(s.deadline, a_.zone(), g_.lang, i18n::Midnight::end_of_day) +
                           (s.provisional ? (g_.zh() ? "" : " ") + std::string(g_.t()["explain.provisional"]) : std::string());
    return c;
  }
  std::string who(std::string_view id, std::size_t cycle) const {
    return cycle == 0 ? std::string(id) : g_.t().fill("summary.reopen_id", {id, std::to_string(cycle)});
  }
  std::string stage_name(std::size_t i) const { return std::string(g_.t().name("stage", a_.rules().stages[i].id)); }
  void push(Row row) {
    if (started_) {
      print(row);
    } else {
      held_.push_back(std::move(row));
      if (held_.size() == kSample) finish();
    }
  }
  static constexpr std::size_t kSample = 256, kWidest = 40;
  std::string line(std::string_view a, std::string_view b, std::string_view c, std::string_view d) const {
    // The last column is not padded (no trailing blanks); one space between columns.
    return fmt::format("{} {} {} {}", i18n::pad(a, width_[0]), i18n::pad(b, width_[1]), i18n::pad(c, width_[2]), d);
  }
  void print(const Row& r) const { fmt::print("{}\n", line(r.who, r.stage, r.deadline, r.status)); }

  const Globals& g_;
  const audit::Auditor& a_;
  const classify::Wording wording_;  // the classification warnings, in the chosen language
  std::array<std::string, 4> head_;
  std::array<std::size_t, 3> width_{};
  std::vector<Row> held_;
  bool started_ = false;
};

int run(const Globals& g, const Options& o) {
  std::shared_ptr<const std::vector<Date>> so_compare_days;
  const auto rules = load_rules(g);
  const auto cal = load_calendar(g);
  const auto zone = load_zone(g, rules.get());
  const Choose choose = o.choose;
  audit::Settings settings;
  if (o.now.empty()) {
    settings.now = std::chrono::time_point_cast<Duration>(std::chrono::system_clock::now());
  } else {
    try {
      settings.now = parse_instant(o.now, zone, choose);
    } catch (const InputError& e) {
      throw with_prefix(e, "--now: ");
    }
  }
  settings.at_risk = o.at_risk >= 0 ? o.at_risk : rules->at_risk;
  settings.coverage = coverage(g);
  settings.require_record = o.require_record;
  const audit::Auditor auditor{*rules, *cal, zone, settings};
  audit::Summary summary{auditor, o.worst};
  if (o.target_rate > 0) summary.set_target_rate(o.target_rate);
  // --compare-calendar: the same audit over the calendar with NEW loaded on top; only
  // tickets whose results change are written.
  CalendarPtr new_cal;
  std::optional<audit::Auditor> compare;
  if (!o.compare_calendar.empty()) {
    if (o.summary) throw UsageError(std::string(g.t()["error.compare_summary"]));
    new_cal = load_calendar_plus(g, o.compare_calendar);
    compare.emplace(*rules, *new_cal, zone, settings);
    auto days = std::make_shared<std::vector<Date>>();
    for (const auto& c : calendar_diff(*cal, *new_cal))
      if (c.working_changed()) days->push_back(c.date);
    std::fprintf(stderr, "shixian: %s\n",
                 g.t().fill(days->size() == 1 ? "check.comparing_one" : "check.comparing",
                            {cal->version(), new_cal->version(), std::to_string(days->size())}).c_str());
    so_compare_days = std::move(days);
  }

  audit::StreamOptions so;
  // More threads than this only costs memory: each holds batches in flight.
  if (o.jobs > 256)
    throw InputError(g.t().fill("error.too_many_jobs", {std::to_string(o.jobs)}));
  so.jobs = o.jobs == 0 ? std::max(1u, std::thread::hardware_concurrency()) : o.jobs;
  so.choose = choose;
  so.max_line = o.max_line;
  so.write_lines = !o.summary;
  so.out = stdout;
  so.bad_out = o.summary ? stderr : nullptr;
  so.summary = o.summary || !o.report.empty() ? &summary : nullptr;
  // --format text given (not the default): a table for people instead of JSON Lines.
  const bool table = g.text_asked() && !o.summary;
  if (!o.by.empty() && o.report.empty()) throw UsageError(g.t().fill("error.by_needs_report", {o.by}));
  std::optional<TextTable> text_table;
  std::optional<report::Collector> collector;
  if (table) {
    so.write_lines = false;
    // The table is for people: so are its bad lines, worded in the language of --lang
    // (the JSON of each is check's default output, for programs).
    so.on_bad_line = [&g](std::string_view file, std::size_t line, std::string_view id, std::string_view error) {
      std::fprintf(stderr, "%s\n", bad_line_for_people(g, file, line, id, error).c_str());
    };
    text_table.emplace(g, auditor);
  }
  if (!o.report.empty()) collector.emplace(summary, o.by);
  summary.set_read_elsewhere(o.by);  // the report reads it: not a field left unread
  std::uint64_t by_given = 0;  // tickets that have the --by field
  if (text_table || collector)
    so.on_ticket = [&](std::string_view line, const audit::LineAuditor& t, std::uint64_t order) {
      if (text_table && compare) {
        if (t.last_changed()) text_table->add_change(t.id(), t);
      } else if (text_table) {
        text_table->add(t.id(), t.audit(), t.classified());
      }
      if (collector) {
        std::string group = o.by.empty() ? std::string() : group_of(line, o.by);
        by_given += !group.empty();
        collector->add(t.record(), t.audit(), t.id(), std::move(group), order);
      }
    };
  if (!o.lexicon.empty()) so.lexicon = classify::Lexicon::load(o.lexicon);
  if (compare) {
    so.compare = &*compare;
    so.changed_days = so_compare_days;
  }

  // Inputs: the named files, or stdin ("-" also names stdin).
  // The data versions, once, for consumers of the per-ticket lines (CONTRACT.md `check`).
  const std::string versions =
      fmt::format("{{\"header\": {{\"rule_set_version\": {}, \"calendar_version\": {}, \"zone\": {}, \"now\": \"{}\"}}}}\n",
                  json_string(rules->version), json_string(cal->version()), json_string(zone.name()),
                  format_instant(settings.now, zone));
  if (o.header && !o.summary) std::fwrite(versions.data(), 1, versions.size(), stdout);

  std::vector<std::string> inputs = o.files;
  if (inputs.empty()) inputs.emplace_back("-");
  std::vector<int> fds;
  std::uint64_t total_bytes = 0;
  bool sizes_known = true, unreadable = false;
  for (const auto& f : inputs) {
    int fd = f == "-" ? STDIN_FILENO : ::open(f.c_str(), O_RDONLY | O_CLOEXEC);
    // A directory opens, then fails its first read with an English "cannot read input":
    // said here as a file that cannot be opened is, in the language of --lang.
    if (struct stat ds{}; fd >= 0 && fd != STDIN_FILENO && ::fstat(fd, &ds) == 0 && S_ISDIR(ds.st_mode)) {
      ::close(fd);
      fd = -1;
      errno = EISDIR;
    }
    if (fd < 0) {
      const std::string english(std::strerror(errno));  // the JSON's; the text words it
      std::fprintf(stderr, "shixian: %s\n", printable(g.t().fill("error.cannot_open", {f, std::string(g.t().name("phrase", english))})).c_str());
      summary.add_unread_input(printable(f), english);
      unreadable = true;
    }
    struct stat st{};
    if (fd >= 0 && ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) total_bytes += static_cast<std::uint64_t>(st.st_size);
    else sizes_known = false;
    fds.push_back(fd);
  }
  {
    // Before anything is read: the report is written at the end, over what was read.
    std::vector<std::pair<std::string, int>> read_from;
    for (std::size_t i = 0; i < inputs.size(); ++i) read_from.emplace_back(inputs[i], fds[i]);
    for (const auto& c : g.calendar_files) read_from.emplace_back(c, -1);
    for (const auto* f : {&g.rules_file, &g.terms_file, &o.compare_calendar, &o.lexicon})
      if (!f->empty()) read_from.emplace_back(*f, -1);
    refuse_output_over_input(g, "--report", o.report, read_from);
  }
  Progress progress(::isatty(STDERR_FILENO) != 0, sizes_known ? total_bytes : 0, g.t());
  audit::StreamCounts total;
  so.progress = [&](const audit::StreamCounts& n) {
    audit::StreamCounts shown = total;
    shown += n;
    progress.update(shown);
  };
  const bool named = !o.files.empty();
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (fds[i] < 0) continue;
    // Each input's orders apart (as Dask's parts are), so a line's order names its file
    // and line even when a read error cut the input before short.
    so.order_base = static_cast<std::uint64_t>(i) << 40;
    try {
      total += audit::check_stream(auditor, fds[i], named ? std::string_view(inputs[i]) : std::string_view(), so);
    } catch (const InputError& e) {
      progress.clear();
      std::fflush(stdout);
      std::fprintf(stderr, "shixian: %s: %s\n", named ? printable(inputs[i]).c_str() : "stdin", printable(e.worded(g.t())).c_str());
      summary.add_unread_input(named ? printable(inputs[i]) : std::string("stdin"), e.what());
      unreadable = true;
    }
    if (fds[i] != STDIN_FILENO) ::close(fds[i]);
  }
  progress.clear();
  if (text_table) text_table->finish();
  if (o.summary) {
    const std::string report = g.format == "text" ? summary.to_text(g.color, g.t()) : g.json_document(summary.to_json());
    std::fwrite(report.data(), 1, report.size(), stdout);
  }
  if (collector) {
    const std::string html = report::to_html(*collector, g.t());
    std::FILE* f = std::fopen(o.report.c_str(), "wb");
    if (f == nullptr || std::fwrite(html.data(), 1, html.size(), f) != html.size() || std::fclose(f) != 0)
      throw InputError(g.t().fill("error.cannot_write", {o.report, std::string(g.t().name("phrase", std::strerror(errno)))}));
  }
  std::fflush(stdout);
  report_ignored(total.ignored, *rules, g.t(), o.by);
  // A --by field no ticket has (分行 for branch) ranks every ticket in one group: said, with
  // the field the lines do have that is closest, among those check does not read.
  if (collector && !o.by.empty() && by_given == 0 && total.ok > 0) {
    std::vector<std::string> present;
    for (const auto& e : total.ignored.names()) present.push_back(e.name);
    std::string near(audit::closest_name(o.by, present));
    if (near.empty() && present.size() == 1) near = present.front();  // 分行 is no spelling of branch
    std::fprintf(stderr, "shixian: %s\n",
                 printable(g.t().fill("check.by_absent", {o.by}) + (near.empty() ? std::string() : g.t().fill("error.did_you_mean", {near}))).c_str());
  }
  std::fprintf(stderr, "shixian: %s\n", g.t().fill("check.versions", {rules->version, cal->version()}).c_str());
  const auto& tr = g.t();
  // The tickets checked are the lines read as tickets, as the summary counts them ("checked
  // 2 tickets, 6 bad lines"; it once said "checked 8 tickets: 2 ok, 6 bad lines", two totals
  // for one run). English plurals: "1 ticket", "2 tickets" (the key names which form).
  std::string tail = tr.fill(total.ok == 1 ? "check.tail_ticket" : "check.tail_tickets", {grouped(total.ok)}) +
                     tr.fill(total.bad == 1 ? "check.tail_bad_one" : "check.tail_bad", {grouped(total.bad)});
  if (total.blank) tail += tr.fill(total.blank == 1 ? "check.tail_blank_one" : "check.tail_blank", {grouped(total.blank)});
  if (compare) tail += tr.fill("check.tail_changed", {grouped(total.changed)});
  std::fprintf(stderr, "%s\n", tail.c_str());
  return total.bad > 0 || unreadable ? 1 : 0;
}

const Registration reg{30, [](CLI::App& app, Globals& g, int& exit_code) {
  static Options o;
  auto* cmd = app.add_subcommand("check", "Audit tickets (JSON Lines) against their deadlines: met, breached, "
                                          "pending, at risk");
  cmd->add_option("files", o.files, "JSON Lines files of tickets (default: stdin; '-' is stdin)");
  cmd->add_option("--now", o.now, "audit as of this instant (default: the current time); events after it "
                                  "count as not yet happened");
  cmd->add_option("--report", o.report, "also write the timeliness report (及时率通报) to this HTML file: "
                                        "charts per stage and class, by month, worst breaches, at risk now; "
                                        "self-contained, prints on A4; in the --lang language");
  cmd->add_option("--by", o.by, "with --report: group and rank by this field of the tickets (e.g. branch)");
  cmd->add_flag("--summary", o.summary, "print the timeliness report (per stage and class) instead of one "
                                        "line per ticket; bad lines go to stderr");
  cmd->add_option("--jobs,-j", o.jobs, "threads auditing batches of lines (0: all cores); output order is kept")
      ->check(whole_number(0, 256, g.t()))
      ->capture_default_str();
  cmd->add_option("--at-risk", o.at_risk, "share of a target used at which a pending stage is at_risk "
                                          "(default: the rule set's, 0.75)")
      ->check(share_above_zero(g.t()));
  cmd->add_option("--target-rate", o.target_rate, "the timeliness the summary and report measure against: "
                                                  "rates below it are marked, the report draws its line (default: the "
                                                  "rule set's [audit] target_rate, 0.95; a bank's own goal)")
      ->check(share_above_zero(g.t()));
  cmd->add_option("--worst", o.worst, "breaches listed per stage and class in the summary")
      ->check(whole_number(0, 100000, g.t()))
      ->capture_default_str();
  add_max_line_option(cmd, o.max_line, g.t());
  add_choose_option(cmd, o.choose, g.t());
  cmd->add_option("--lexicon", o.lexicon, "lexicon file for classifying lines without a class (default: the "
                                          "built-in one; format at the top of data/lexicon/zh.lex)");
  cmd->add_flag("--header", o.header, "first write one line {\"header\": {\"rule_set_version\": ..., "
                                      "\"calendar_version\": ..., \"zone\": ..., \"now\": ...}} (the versions are "
                                      "also on stderr)");
  cmd->add_option("--compare-calendar", o.compare_calendar,
                  "audit each ticket also with this calendar file (or built-in name) loaded over the "
                  "current one, and write only the tickets whose deadlines or statuses change: "
                  "{\"id\", \"changes\": {STAGE: {\"old\": {...}, \"new\": {...}}}, \"days\": [...]}");
  cmd->add_flag("--require-record", o.require_record, "a closed ticket without a \"record\" (reply record) counts "
                                                      "as missing every field of it");
  cmd->footer(
      "Input, one ticket per line (only id, class and received are required; null = not happened):\n"
      "  {\"id\": \"T-1\", \"class\": \"ordinary\", \"unionpay\": false, \"received\": \"2026-11-20T17:45\",\n"
      "   \"hq_dispatched\": \"2026-11-21T09:10\", \"tier2_received\": null, \"branch_dispatched\": null,\n"
      "   \"resolved\": \"2026-11-24T16:00\", \"replied\": \"2026-11-24T19:30+08:00\", \"closed\": null}\n"
      "  Without \"class\", a line with complaint text or facts (text, complainants, repeat, fund_safety,\n"
      "  media, special_source, amount, channel) is classified first (see `shixian classify`).\n"
      "  \"reopened\": [{\"at\": T, \"hq_dispatched\": T, ...}, ...] records later cycles (重新流转);\n"
      "  \"record\": {\"outlet_type\": ..., \"cause\": ..., ...} the reply record (工单回复内容).\n"
      "Output, one line per input line, in input order:\n"
      "  {\"id\": \"T-1\", \"stages\": {\"hq_dispatch\": {\"deadline\": \"2026-11-21T10:30:00+08:00\",\n"
      "   \"done\": \"2026-11-21T09:10:00+08:00\", \"status\": \"met\"}, ...}}\n"
      "  status: met | breached (+ \"late\": {\"wall\": \"1h20m\", \"clock\": \"50m\"}) | pending | at_risk\n"
      "          (+ \"used\": share of the target) | paused (clock stopped, no resume yet; + \"used\")\n"
      "          | not_started | not_applicable (level skipped) | error\n"
      "  Then, when they apply: \"class\" + \"classified\": {\"reasons\": [...][, \"warnings\": [...]]}\n"
      "  (before \"stages\"; a warning: a channel that made nothing urgent, did you mean ...),\n"
      "  \"cycles\": [{\"reopened\": T, \"stages\": {...}}], \"archive\": {\"retained_until\": \"2036-11-25\"\n"
      "  [, \"past_retention\": true]} (closed tickets), \"record_missing\": [\"cause\", ...].\n"
      "  A bad line keeps its place: {\"line\": 7, \"id\": null, \"error\": \"invalid JSON: ...\"}\n"
      "\n"
      "Examples:\n"
      "  shixian check tickets.jsonl --now 2027-01-01T00:00 > audit.jsonl\n"
      "  shixian check --now 2026-11-26T12:00 < tickets.jsonl | grep '\"breached\"'\n"
      "  shixian check 2025.jsonl 2026.jsonl --summary --jobs 0     # the year's 及时率, all cores\n"
      "  shixian check tickets.jsonl --summary --format json        # the report for programs\n"
      "  shixian check tickets.jsonl --at-risk 0.5 --provisional    # earlier warning; 2027 by weekdays\n"
      "  shixian check open.jsonl --compare-calendar 2027.cal       # which tickets the new notice changes\n"
      "Exit 0 when every line was audited, 1 when any line was bad (each is reported with its\n"
      "line number, a line over --max-line too; the others are still audited). Input with no line\n"
      "end at all (a binary file, /dev/zero) ends after that one bad line. Fields check does not\n"
      "read are ignored, and named on stderr at the end (with the likely intended field, for a\n"
      "misspelling). stderr ends with a one-line count.");
  cmd->callback([&g, &exit_code] { exit_code = run(g, o); });
}};

}  // namespace
}  // namespace shixian::cli
