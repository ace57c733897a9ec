// The timeliness report as HTML: see include/shixian/report/report.hpp.
#include "shixian/report/report.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "shixian/i18n/text.hpp"
#include "shixian/i18n/words.hpp"
#include "shixian/time/text.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace report {

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      // A control character (a --by value or an id carrying U+0001) is no character of
      // HTML or of the SVG inside it: shown as U+FFFD, the replacement character. Tab,
      // line feed and carriage return are text.
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') out += "\xEF\xBF\xBD";
        else if (c == '\x7F') out += "\xEF\xBF\xBD";
        else out += c;
    }
  }
  return out;
}

Collector::Collector(const audit::Summary& total, std::string by, std::size_t at_risk_listed)
    : total_(&total), by_(std::move(by)), listed_(at_risk_listed) {}

void Collector::add(const audit::TicketRecord& r, const audit::TicketAudit& a, std::string_view id,
                    std::string_view group, std::uint64_t order) {
  if (!by_.empty()) {
    auto it = groups_.find(group);
    if (it == groups_.end()) it = groups_.emplace(std::string(group), total_->empty_copy()).first;
    it->second.add(r, a, id, order);
  }
  // What needs someone now: the last cycle's at-risk stages and its overdue stages not
  // yet done (earlier cycles are over), while the ticket is open. A closed ticket whose
  // hq_dispatched was never recorded stays breached in its audit, but no one can act on
  // it now: listed, it crowded the open ones out of the 30 shown.
  if (a.closed) return;
  const std::size_t cycle = a.cycles() - 1;
  const auto stages = a.cycle(cycle);
  for (std::size_t i = 0; i < stages.size(); ++i) {
    const auto& s = stages[i];
    const bool overdue = s.status == audit::Status::breached && !s.done;
    if (s.status != audit::Status::at_risk && !overdue) continue;
    ++(overdue ? overdue_count_ : at_risk_count_);
    AtRisk x{std::string(id), std::string(group), static_cast<int>(i), s.status, s.deadline,
             overdue ? 0.0 : s.used_share(), overdue ? 0 : s.used_percent(), overdue ? s.late_wall : Duration{0},
             static_cast<int>(cycle), s.provisional};
    // Keep the listed_ most urgent of each kind (bounded memory whatever the input's size).
    auto& kept = overdue ? overdue_ : at_risk_;
    if (kept.size() < listed_) {
      kept.push_back(std::move(x));
    } else {
      auto last = std::max_element(kept.begin(), kept.end(), more_urgent);
      if (last != kept.end() && more_urgent(x, *last)) *last = std::move(x);
    }
  }
}

bool Collector::more_urgent(const AtRisk& p, const AtRisk& q) noexcept {
  if (p.overdue() != q.overdue()) return p.overdue();
  if (p.overdue()) return p.late != q.late ? p.late > q.late : p.deadline < q.deadline;
  return p.used != q.used ? p.used > q.used : p.deadline < q.deadline;
}

std::vector<AtRisk> Collector::at_risk() const {
  auto risk = at_risk_, over = overdue_;
  std::stable_sort(risk.begin(), risk.end(), more_urgent);
  std::stable_sort(over.begin(), over.end(), more_urgent);
  const std::size_t n_risk = std::min(risk.size(), std::max(listed_ / 2, listed_ - std::min(listed_, over.size())));
  const std::size_t n_over = std::min(over.size(), listed_ - n_risk);
  std::vector<AtRisk> v(over.begin(), over.begin() + static_cast<std::ptrdiff_t>(n_over));
  v.insert(v.end(), risk.begin(), risk.begin() + static_cast<std::ptrdiff_t>(n_risk));
  return v;
}

namespace {

using audit::Status;

constexpr const char* kGood = "#2e7d32";     // at or above the target rate's line
constexpr const char* kWarn = "#ef6c00";     // below it, by up to kWarnBand
constexpr const char* kBad = "#c62828";      // further below
constexpr double kWarnBand = 0.15;
constexpr const char* kGrid = "#d0d4da";
constexpr const char* kStageColours[] = {"#1565c0", "#00897b", "#8e24aa", "#f9a825", "#6d4c41", "#546e7a"};

// Green at or above the target rate, amber within 15 points below it, red further down
// (the page's legend says so: Page::colour_legend).
const char* rate_colour(double r, double target) { return r >= target ? kGood : r >= target - kWarnBand ? kWarn : kBad; }

// Met and breached over every stage and class: one ranking figure per group.
double overall(const audit::Summary& s, std::size_t stages) {
  std::uint64_t met = 0, breached = 0;
  for (std::size_t i = 0; i < stages; ++i) {
    const auto c = s.stage_total(static_cast<int>(i));
    met += c.count(Status::met);
    breached += c.count(Status::breached);
  }
  return met + breached == 0 ? -1 : static_cast<double>(met) / static_cast<double>(met + breached);
}

class Page {
 public:
  Page(const Collector& c, const i18n::Terms& tr)
      : c_(c), s_(c.total()), rs_(s_.auditor().rules()), zone_(s_.auditor().zone()), tr_(tr) {}

  std::string render() {
    head();
    summary_header();
    timeliness_chart();
    counts_table();
    by_month_chart();
    groups();
    at_risk();
    worst();
    bad_lines();
    out_ += "</main>\n</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  std::string t(std::string_view key) const { return html_escape(tr_[key]); }

  // Which lines could not be read (the first ones, as the text summary lists them): the
  // header gave only their number, and whoever is sent the report cannot see stderr.
  void bad_lines() {
    auto bad = s_.first_bad_lines();
    if (bad.empty()) return;
    std::sort(bad.begin(), bad.end(), [](const auto& a, const auto& b) { return a.order < b.order; });
    const auto title = s_.bad_lines() > bad.size()
                           ? tr_.fill("summary.bad_first", {std::to_string(bad.size()), std::to_string(s_.bad_lines())})
                           : std::string(tr_["summary.bad"]);
    out_ += fmt::format("<section>\n<h2>{}</h2>\n<ul id=\"bad-lines\">\n", html_escape(title));
    for (const auto& b : bad)
      out_ += fmt::format("<li data-line=\"{}\">{}{}{}</li>\n", b.line,
                          html_escape(b.file.empty() ? tr_.fill("summary.line", {std::to_string(b.line)})
                                                     : b.file + ":" + std::to_string(b.line)),
                          tr_.lang() == i18n::Lang::zh ? "：" : ": ", html_escape(audit::bad_line_words(b.error, tr_, audit::BadLineDetail::worded)));
    out_ += "</ul>\n</section>\n";
  }
  std::string stage(std::size_t i) const { return html_escape(tr_.name("stage", rs_.stages[i].id)); }
  std::string cls(std::size_t c) const {
    return c == s_.classes() ? t("summary.all_classes") : html_escape(tr_.name("class", rs_.classes[c]));
  }
  std::string class_id(std::size_t c) const { return c == s_.classes() ? std::string(all_classes_name) : html_escape(rs_.classes[c]); }
  audit::SummaryCell cell(const audit::Summary& s, std::size_t i, std::size_t c) const {
    return c == s.classes() ? s.stage_total(static_cast<int>(i)) : s.cell(static_cast<int>(i), static_cast<int>(c));
  }
  std::string when(Instant x, bool end) const {
    return html_escape(i18n::format_local(x, zone_, tr_.lang(), end ? i18n::Midnight::end_of_day : i18n::Midnight::start_of_day));
  }

  void head() {
    const bool zh = tr_.lang() == i18n::Lang::zh;
    out_ += fmt::format(R"(<!DOCTYPE html>
<html lang="{}">
<head>
<meta charset="utf-8">
<meta name="generator" content="shixian">
<title>{}</title>
<style>
@page {{ size: A4; margin: 14mm 12mm; }}
* {{ box-sizing: border-box; }}
body {{ font-family: "Microsoft YaHei", "微软雅黑", SimSun, "宋体", "PingFang SC", "Hiragino Sans GB",
        "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
       color: #1f2328; margin: 0; background: #fff; font-size: 13px; line-height: 1.45; }}
main {{ max-width: 186mm; margin: 0 auto; padding: 16px 8px; }}
h1 {{ font-size: 22px; margin: 0 0 4px; }}
h2 {{ font-size: 16px; margin: 22px 0 8px; padding-bottom: 3px; border-bottom: 2px solid #1565c0; break-after: avoid; }}
.meta {{ color: #444; margin: 0 0 10px; }}
.meta span {{ display: inline-block; margin-right: 14px; }}
.warn {{ border: 2px solid #c62828; color: #c62828; border-radius: 6px; padding: 6px 10px; margin: 8px 0; font-weight: bold; }}
.kpis {{ display: flex; flex-wrap: wrap; gap: 8px; margin: 10px 0; }}
.kpi {{ border: 1px solid #d0d4da; border-radius: 6px; padding: 6px 10px; min-width: 39mm; }}
.kpi b {{ display: block; font-size: 20px; }}
table {{ border-collapse: collapse; width: 100%; margin: 6px 0; break-inside: auto; }}
tr {{ break-inside: avoid; }}
th, td {{ border: 1px solid #d0d4da; padding: 3px 6px; text-align: right; white-space: nowrap; }}
th {{ background: #eef2f7; }}
td.l, th.l {{ text-align: left; }}
td.l {{ white-space: normal; overflow-wrap: anywhere; min-width: 6em; }}
.late {{ color: #c62828; font-weight: bold; }}
.low {{ color: #c62828; font-weight: bold; }}
.note {{ color: #555; font-size: 12px; }}
svg {{ display: block; max-width: 100%; height: auto; }}
svg text {{ font-family: inherit; font-size: 11px; fill: #1f2328; }}
section {{ break-inside: avoid-page; }}
@media print {{ main {{ max-width: none; padding: 0; }} h2 {{ margin-top: 14px; }} }}
</style>
</head>
<body>
<main>
)",
                        zh ? "zh-CN" : "en", t("report.title"));
  }

  void summary_header() {
    const auto& set = s_.auditor().settings();
    out_ += fmt::format("<h1>{}</h1>\n", t("report.title"));
    out_ += fmt::format(
        "<p class=\"meta\" id=\"meta\" data-tickets=\"{}\" data-bad-lines=\"{}\"><span>{}</span><span>{}</span>"
        "<span>{}</span><span>{}</span></p>\n",
        s_.tickets(), s_.bad_lines(),
        html_escape(tr_.fill("report.rules", {rs_.name, rs_.version})),
        html_escape(tr_.fill("report.calendar", {s_.auditor().engine().context().calendar.version()})),
        html_escape(tr_.fill("report.as_of", {i18n::format_local(set.now, zone_, tr_.lang()), zone_.name()})),
        html_escape(tr_.fill("report.tickets", {std::to_string(s_.tickets()), std::to_string(s_.bad_lines())})));
    // A report of part of the data says so where it is read, not only on stderr.
    for (const auto& u : s_.unread_inputs())
      out_ += fmt::format("<p class=\"warn\" data-unread=\"{}\">{}</p>\n", html_escape(u.file),
                          html_escape(tr_.fill("report.unread_input", {u.file, std::string(tr_.name("phrase", u.why))})));
    for (const auto& f : s_.ignored_fields())
      if (f.changes_results)
        out_ += fmt::format("<p class=\"warn\" data-ignored-field=\"{}\">{}</p>\n", html_escape(f.field),
                            html_escape(tr_.fill(f.lines == 1 ? "summary.misspelt_field_one" : "summary.misspelt_field",
                                                 {f.field, std::to_string(f.lines), f.likely})));
    if (s_.tickets() == 0 && s_.bad_lines() == 0)
      out_ += fmt::format("<p class=\"warn\" id=\"no-tickets\">{}</p>\n", t("summary.no_tickets"));
    if (const auto r = s_.repeated_ids(); r.ids)
      out_ += fmt::format("<p class=\"warn\" id=\"repeated-ids\" data-ids=\"{}\" data-lines=\"{}\">{}</p>\n", r.ids, r.lines,
                          html_escape(audit::repeated_ids_text(r, tr_)));
    // Lines left out are said where the figures are read, and listed at the end.
    if (s_.bad_lines())
      out_ += fmt::format("<p class=\"warn\" id=\"bad-lines-note\" data-bad-lines=\"{}\">{}</p>\n", s_.bad_lines(),
                          html_escape(tr_.fill("report.bad_lines_note", {std::to_string(s_.bad_lines())})));
    if (const auto e = s_.errors() - s_.no_target_errors())
      out_ += fmt::format("<p class=\"note\" id=\"errors\" data-errors=\"{}\">{}</p>\n", e,
                          html_escape(tr_.fill("report.errors", {std::to_string(e)})));
    if (const auto e = s_.no_target_errors())
      out_ += fmt::format("<p class=\"note\" id=\"no-target\" data-errors=\"{}\">{}</p>\n", e,
                          html_escape(tr_.fill("report.no_target", {std::to_string(e)})));
    if (const auto n = s_.provisional_results())
      out_ += fmt::format("<p class=\"warn\" id=\"provisional\" data-results=\"{}\">{}</p>\n", n,
                          html_escape(tr_.fill("summary.provisional", {std::to_string(n)})));
    if (const auto n = s_.quiet_hours_contacts())
      out_ += fmt::format("<p class=\"note\" id=\"quiet-hours\" data-contacts=\"{}\">{}</p>\n", n,
                          html_escape(tr_.fill("summary.quiet_hours", {std::to_string(n), audit::quiet_window(rs_.quiet)})));
    if (const auto n = s_.received_after_now())
      out_ += fmt::format("<p class=\"note\" id=\"after-now\" data-tickets=\"{}\">{}</p>\n", n,
                          html_escape(tr_.fill("summary.after_now", {std::to_string(n)})));
    // One figure per stage: every class together.
    out_ += "<div class=\"kpis\">\n";
    for (std::size_t i = 0; i < rs_.stages.size(); ++i) {
      const auto all = s_.stage_total(static_cast<int>(i));
      const double r = all.timeliness();
      out_ += fmt::format("<div class=\"kpi\">{}<b style=\"color:{}\">{}</b><span class=\"note\">{}</span></div>\n",
                          stage(i), r < 0 ? "#555" : rate_colour(r, s_.target_rate()), html_escape(i18n::format_rate(r)),
                          html_escape(tr_.fill("report.decided", {std::to_string(all.count(Status::met)),
                                                                  std::to_string(all.count(Status::met) + all.count(Status::breached))})));
    }
    out_ += "</div>\n";
    out_ += fmt::format("<p class=\"note\">{}</p>\n", t("summary.definition"));
  }

  // Horizontal bars: one per stage and class, the target rate's line marked and explained.
  void timeliness_chart() {
    out_ += fmt::format("<section>\n<h2>{}</h2>\n", t("report.h_timeliness"));
    const std::size_t rows = rs_.stages.size() * (s_.classes() + 1);
    const int label_w = 170, bar_w = 420, row_h = 20, top = 8;
    const int h = top + static_cast<int>(rows) * row_h + 24;
    out_ += fmt::format("<svg viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\" role=\"img\" aria-label=\"{}\">\n",
                        label_w + bar_w + 80, h, label_w + bar_w + 80, h, t("report.h_timeliness"));
    int y = top;
    for (std::size_t i = 0; i < rs_.stages.size(); ++i)
      for (std::size_t c = 0; c <= s_.classes(); ++c) {
        const auto cl = cell(s_, i, c);
        const double r = cl.timeliness();
        const std::string label = (c == 0 ? stage(i) + " · " : std::string()) + cls(c);
        out_ += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\"{}>{}</text>\n", label_w - 6, y + 14,
                            c == s_.classes() ? " font-weight=\"bold\"" : "", label);
        out_ += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#f1f3f6\"/>\n", label_w, y + 3, bar_w, row_h - 6);
        if (r >= 0) {
          out_ += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{:.1f}\" height=\"{}\" fill=\"{}\"/>\n", label_w, y + 3,
                              r * bar_w, row_h - 6, rate_colour(r, s_.target_rate()));
        }
        out_ += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", label_w + bar_w + 6, y + 14,
                            html_escape(i18n::format_rate(r)));
        y += row_h;
      }
    const double target = s_.target_rate(), xt = label_w + target * bar_w;
    const std::string target_text = i18n::format_rate(target);
    out_ += fmt::format("<line x1=\"{:.1f}\" y1=\"{}\" x2=\"{:.1f}\" y2=\"{}\" stroke=\"#333\" stroke-dasharray=\"4 3\"/>\n",
                        xt, top, xt, y);
    out_ += fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", xt, y + 16, html_escape(target_text));
    out_ += "</svg>\n";
    // Where the line comes from: a rate a compliance officer must be able to account for.
    out_ += fmt::format("<p class=\"note\" id=\"target-rate\" data-target-rate=\"{}\">{}</p>\n", target,
                        html_escape(tr_.fill("report.target_line", {target_text})));
    colour_legend();
    out_ += "</section>\n";
  }

  // What the bars' and figures' colours mean: a reader met amber and red with no key (an
  // operations trial), and the 15-point band was written nowhere.
  void colour_legend() {
    const double target = s_.target_rate(), band = std::max(0.0, target - kWarnBand);
    const std::string at = i18n::format_rate(target), low = i18n::format_rate(band);
    auto swatch = [](const char* colour) {
      return fmt::format("<span class=\"swatch\" style=\"display:inline-block;width:0.8em;height:0.8em;background:{}\"></span> ",
                         colour);
    };
    // (A target under 15%: no rate is red, and the key says none is.)
    const std::string red = band > 0 ? "; " + swatch(kBad) + html_escape(tr_.fill("report.colour_bad", {low})) : "";
    out_ += fmt::format("<p class=\"note\" id=\"colours\" data-warn-band=\"{}\">{} {}{}; {}{}{}</p>\n", kWarnBand,
                        t("report.colours"), swatch(kGood), html_escape(tr_.fill("report.colour_good", {at})), swatch(kWarn),
                        html_escape(tr_.fill("report.colour_warn", {low, at})), red);
  }

  // Every count, with data- attributes naming it (the numbers behind the charts).
  void counts_table() {
    static constexpr Status order[] = {Status::met,    Status::breached,    Status::pending,        Status::at_risk,
                                       Status::paused, Status::not_started, Status::not_applicable, Status::error};
    out_ += fmt::format("<section>\n<h2>{}</h2>\n<table id=\"counts\">\n<tr><th class=\"l\">{}</th><th class=\"l\">{}</th><th>{}</th>",
                        t("report.h_counts"), t("summary.col_stage"), t("summary.col_class"), t("summary.col_audits"));
    for (auto st : order) out_ += fmt::format("<th>{}</th>", html_escape(i18n::status_term(st, tr_)));
    out_ += fmt::format("<th>{}</th></tr>\n", t("summary.col_timeliness"));
    for (std::size_t i = 0; i < rs_.stages.size(); ++i)
      for (std::size_t c = 0; c <= s_.classes(); ++c) {
        const auto cl = cell(s_, i, c);
        const double r = cl.timeliness();
        const auto sid = html_escape(rs_.stages[i].id), cid = class_id(c);
        out_ += fmt::format("<tr><td class=\"l\">{}</td><td class=\"l\">{}</td><td data-stage=\"{}\" data-class=\"{}\" data-status=\"tickets\">{}</td>",
                            c == 0 ? stage(i) : "", cls(c), sid, cid, cl.total());
        for (auto st : order)
          out_ += fmt::format("<td data-stage=\"{}\" data-class=\"{}\" data-status=\"{}\">{}</td>", sid, cid,
                              audit::to_string(st), cl.count(st));
        out_ += fmt::format("<td data-stage=\"{}\" data-class=\"{}\" data-timeliness=\"{}\"{}>{}</td></tr>\n", sid, cid,
                            r < 0 ? std::string("null") : fmt::format("{:.6f}", r), r >= 0 && r < s_.target_rate() ? " class=\"low\"" : "",
                            html_escape(i18n::format_rate(r)));
      }
    out_ += "</table>\n</section>\n";
  }

  // Columns per month, stacked by stage.
  void by_month_chart() {
    std::map<int, std::vector<std::uint64_t>> months;
    for (std::size_t i = 0; i < rs_.stages.size(); ++i)
      for (const auto& [k, v] : s_.stage_total(static_cast<int>(i)).by_month) {
        auto& row = months[k];
        row.resize(rs_.stages.size());
        row[i] += v;
      }
    out_ += fmt::format("<section>\n<h2>{}</h2>\n", t("summary.by_month"));
    if (months.empty()) {
      out_ += fmt::format("<p>{}</p>\n</section>\n", t("report.none"));
      return;
    }
    std::uint64_t most = 1;
    for (const auto& [k, row] : months) {
      std::uint64_t sum = 0;
      for (auto v : row) sum += v;
      most = std::max(most, sum);
    }
    // top leaves room for the tallest bar's total above it, clear of the axis's top label.
    const int left = 40, plot_h = 180, top = 22, col_w = std::max(18, std::min(48, 600 / static_cast<int>(months.size())));
    // Wide enough for the bars and for the legend's row of up to four stages (140 each):
    // a one-month report's bars alone left most of the legend outside the drawing.
    const int legend_w = 140 * static_cast<int>(std::min<std::size_t>(4, rs_.stages.size()));
    const int w = left + std::max(col_w * static_cast<int>(months.size()), legend_w) + 10,
              h = top + plot_h + 54 + 20 * static_cast<int>((rs_.stages.size() + 3) / 4);
    out_ += fmt::format("<svg viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\" role=\"img\" aria-label=\"{}\">\n", w, h, w, h,
                        t("summary.by_month"));
    for (int g = 0; g <= 4; ++g) {
      const double y = top + plot_h - plot_h * g / 4.0;
      out_ += fmt::format("<line x1=\"{}\" y1=\"{:.1f}\" x2=\"{}\" y2=\"{:.1f}\" stroke=\"{}\"/>\n", left, y, w - 10, y, kGrid);
      out_ += fmt::format("<text x=\"{}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>\n", left - 4, y + 4,
                          static_cast<std::uint64_t>(static_cast<double>(most) * g / 4.0 + 0.5));
    }
    int x = left;
    int shown_year = -1;
    for (const auto& [k, row] : months) {
      // The year under its first month and under each January: with two years of data
      // the axis read 1月 … 12月 1月 … 12月 and the years could not be told apart.
      if (k / 12 != shown_year) {
        shown_year = k / 12;
        out_ += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"start\" data-year=\"{}\">{}</text>\n", x + 3,
                            top + plot_h + 28, shown_year,
                            tr_.lang() == i18n::Lang::zh ? fmt::format("{}年", shown_year) : std::to_string(shown_year));
      }
      double y = top + plot_h;
      std::uint64_t sum = 0;
      for (std::size_t i = 0; i < row.size(); ++i) {
        if (row[i] == 0) continue;
        const double bh = plot_h * static_cast<double>(row[i]) / static_cast<double>(most);
        y -= bh;
        sum += row[i];
        out_ += fmt::format("<rect x=\"{}\" y=\"{:.1f}\" width=\"{}\" height=\"{:.1f}\" fill=\"{}\" data-month=\"{:04}-{:02}\" "
                            "data-stage=\"{}\" data-breaches=\"{}\"/>\n",
                            x + 3, y, col_w - 6, bh, kStageColours[i % 6], k / 12, k % 12 + 1,
                            html_escape(rs_.stages[i].id), row[i]);
      }
      out_ += fmt::format("<text x=\"{}\" y=\"{:.1f}\" text-anchor=\"middle\">{}</text>\n", x + col_w / 2, y - 3, sum);
      out_ += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", x + col_w / 2, top + plot_h + 14,
                          tr_.lang() == i18n::Lang::zh ? fmt::format("{}月", k % 12 + 1) : fmt::format("{:02}", k % 12 + 1));
      x += col_w;
    }
    // Legend.
    for (std::size_t i = 0; i < rs_.stages.size(); ++i) {
      const int lx = left + static_cast<int>(i % 4) * 140, ly = top + plot_h + 40 + static_cast<int>(i / 4) * 20;
      out_ += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{}\"/><text x=\"{}\" y=\"{}\">{}</text>\n", lx,
                          ly, kStageColours[i % 6], lx + 16, ly + 11, stage(i));
    }
    out_ += "</svg>\n</section>\n";
  }

  void groups() {
    if (c_.by().empty()) return;
    const auto field = html_escape(tr_.name("field", c_.by()));
    out_ += fmt::format("<section>\n<h2>{}</h2>\n", html_escape(tr_.fill("report.h_groups", {tr_.name("field", c_.by())})));
    std::vector<std::pair<double, const std::pair<const std::string, audit::Summary>*>> ranked;
    for (const auto& g : c_.groups()) ranked.emplace_back(overall(g.second, rs_.stages.size()), &g);
    // Best first; undefined (nothing decided) last; ties by name.
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    // The labels' column as wide as the longest name needs (about 7 px a display column:
    // a bank's "中国工商银行股份有限公司北京市分行朝阳支行" was cut to its last 13 characters),
    // up to a width that still leaves the bars room.
    std::size_t widest = 0;
    for (const auto& [r, g] : ranked)
      widest = std::max(widest, i18n::columns(g->first.empty() ? std::string_view(tr_["report.no_group"]) : std::string_view(g->first)));
    const int label_w = std::clamp(static_cast<int>(widest) * 7 + 12, 150, 420), bar_w = 380, row_h = 20;
    const int h = static_cast<int>(ranked.size()) * row_h + 30;
    out_ += fmt::format("<svg viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\" role=\"img\" aria-label=\"{}\">\n", label_w + bar_w + 80, h,
                        label_w + bar_w + 80, h, field);
    int y = 4;
    for (const auto& [r, g] : ranked) {
      out_ += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", label_w - 6, y + 14,
                          html_escape(g->first.empty() ? std::string(tr_["report.no_group"]) : g->first));
      out_ += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#f1f3f6\"/>\n", label_w, y + 3, bar_w, row_h - 6);
      if (r >= 0)
        out_ += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{:.1f}\" height=\"{}\" fill=\"{}\"/>\n", label_w, y + 3, r * bar_w,
                            row_h - 6, rate_colour(r, s_.target_rate()));
      out_ += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", label_w + bar_w + 6, y + 14, html_escape(i18n::format_rate(r)));
      y += row_h;
    }
    const double xt = label_w + s_.target_rate() * bar_w;
    out_ += fmt::format("<line x1=\"{:.1f}\" y1=\"0\" x2=\"{:.1f}\" y2=\"{}\" stroke=\"#333\" stroke-dasharray=\"4 3\"/>\n", xt, xt, y);
    out_ += "</svg>\n";
    out_ += fmt::format("<table id=\"groups\">\n<tr><th>{}</th><th class=\"l\">{}</th><th>{}</th>", t("report.rank"), field,
                        t("report.overall"));
    for (std::size_t i = 0; i < rs_.stages.size(); ++i) out_ += fmt::format("<th>{}</th>", stage(i));
    out_ += fmt::format("<th>{}</th></tr>\n", t("report.breaches"));
    int rank = 0;
    for (const auto& [r, g] : ranked) {
      std::uint64_t breaches = 0;
      out_ += fmt::format("<tr data-group=\"{}\"><td>{}</td><td class=\"l\">{}</td><td{}>{}</td>", html_escape(g->first), ++rank,
                          html_escape(g->first.empty() ? std::string(tr_["report.no_group"]) : g->first),
                          r >= 0 && r < s_.target_rate() ? " class=\"low\"" : "", html_escape(i18n::format_rate(r)));
      for (std::size_t i = 0; i < rs_.stages.size(); ++i) {
        const auto all = g->second.stage_total(static_cast<int>(i));
        breaches += all.count(Status::breached);
        const double sr = all.timeliness();
        out_ += fmt::format("<td data-stage=\"{}\" data-met=\"{}\" data-breached=\"{}\"{}>{}</td>", html_escape(rs_.stages[i].id),
                            all.count(Status::met), all.count(Status::breached), sr >= 0 && sr < s_.target_rate() ? " class=\"low\"" : "",
                            html_escape(i18n::format_rate(sr)));
      }
      out_ += fmt::format("<td>{}</td></tr>\n", breaches);
    }
    out_ += "</table>\n</section>\n";
  }

  void at_risk() {
    out_ += fmt::format("<section>\n<h2>{}</h2>\n",
                        html_escape(tr_.fill("report.h_at_risk", {std::to_string(c_.at_risk_count()),
                                                                  std::to_string(c_.overdue_count())})));
    const auto list = c_.at_risk();
    if (list.empty()) {
      out_ += fmt::format("<p>{}</p>\n</section>\n", t("report.none"));
      return;
    }
    out_ += fmt::format("<table id=\"at-risk\">\n<tr><th class=\"l\">{}</th>{}<th class=\"l\">{}</th><th class=\"l\">{}</th><th>{}</th></tr>\n",
                        t("report.ticket"), c_.by().empty() ? "" : "<th class=\"l\">" + html_escape(tr_.name("field", c_.by())) + "</th>",
                        t("summary.col_stage"), t("deadlines.col_deadline"), t("report.used"));
    for (const auto& a : list) {
      std::string last;
      if (a.overdue()) {
        std::string late;
        audit::append_duration(late, a.late);
        last = fmt::format("<td class=\"late\">{}</td>", html_escape(tr_.fill("report.overdue_row", {i18n::span_text(late, tr_)})));
      } else {
        last = fmt::format("<td>{}%</td>", a.used_percent);
      }
      out_ += fmt::format("<tr data-status=\"{}\"><td class=\"l\">{}</td>{}<td class=\"l\">{}</td><td class=\"l\">{}</td>{}</tr>\n",
                          a.overdue() ? "overdue" : "at_risk",
                          html_escape(a.cycle ? tr_.fill("summary.reopen_id", {a.id, std::to_string(a.cycle)}) : a.id),
                          c_.by().empty() ? "" : "<td class=\"l\">" + html_escape(a.group) + "</td>",
                          stage(static_cast<std::size_t>(a.stage)), when(a.deadline, true) + provisional_tag(a.provisional), last);
    }
    out_ += "</table>\n";
    // The list is bounded; say what it leaves out rather than let it pass for all.
    const std::uint64_t all = c_.at_risk_count() + c_.overdue_count();
    if (list.size() < all)
      out_ += fmt::format("<p class=\"more\">{}</p>\n",
                          html_escape(tr_.fill("report.more_at_risk", {std::to_string(list.size()), std::to_string(all - list.size())})));
    out_ += "</section>\n";
  }

  // A figure that rests on the weekly rule past the calendar's coverage, as the text marks it.
  std::string provisional_tag(bool provisional) const {
    if (!provisional) return {};
    return fmt::format("{}<span class=\"provisional\">{}</span>", tr_.lang() == i18n::Lang::zh ? "" : " ",
                       t("explain.provisional"));
  }

  void worst() {
    out_ += fmt::format("<section>\n<h2>{}</h2>\n", html_escape(tr_.fill("summary.worst", {std::to_string(s_.worst_count())})));
    bool any = false;
    for (std::size_t i = 0; i < rs_.stages.size(); ++i) {
      const auto list = audit::Summary::sorted_worst(s_.stage_total(static_cast<int>(i)));
      if (list.empty()) continue;
      any = true;
      out_ += fmt::format("<table class=\"worst\" data-stage=\"{}\">\n<tr><th class=\"l\" colspan=\"5\">{}</th></tr>\n"
                          "<tr><th class=\"l\">{}</th><th class=\"l\">{}</th><th class=\"l\">{}</th><th class=\"l\">{}</th><th>{}</th></tr>\n",
                          html_escape(rs_.stages[i].id), stage(i), t("report.ticket"), t("summary.col_class"),
                          t("deadlines.col_deadline"), t("report.done"), t("report.late"));
      for (const auto& b : list) {
        std::string late;
        audit::append_duration(late, b.late_wall);
        out_ += fmt::format("<tr><td class=\"l\">{}</td><td class=\"l\" data-class=\"{}\">{}</td><td class=\"l\">{}</td><td class=\"l\">{}</td><td class=\"late\">{}</td></tr>\n",
                            html_escape(b.cycle ? tr_.fill("summary.reopen_id", {b.id, std::to_string(b.cycle)}) : b.id),
                            html_escape(rs_.classes[static_cast<std::size_t>(b.ticket_class)]),
                            html_escape(tr_.name("class", rs_.classes[static_cast<std::size_t>(b.ticket_class)])),
                            when(b.deadline, true) + provisional_tag(b.provisional),
                            b.done ? when(b.done_at, false) : t("summary.not_done"),
                            html_escape(i18n::span_text(late, tr_)) + provisional_tag(b.late_provisional));
      }
      out_ += "</table>\n";
    }
    if (!any) out_ += fmt::format("<p>{}</p>\n", t("report.none"));
    out_ += "</section>\n";
  }

  const Collector& c_;
  const audit::Summary& s_;
  const RuleSet& rs_;
  const Zone& zone_;
  const i18n::Terms& tr_;
  std::string out_;
};

}  // namespace

std::string to_html(const Collector& c, const i18n::Terms& terms) { return Page(c, terms).render(); }

}  // namespace report
SHIXIAN_NAMESPACE_END
