#pragma once
// The timeliness report (及时率通报) as one self-contained HTML file.
//
// What it shows, all from audit::Summary (the same numbers `check --summary` prints;
// nothing is computed a second time): timeliness (及时率) per stage and class, breaches
// by month, the worst breaches with their ids, what is at risk now, and, when the
// tickets carry a grouping field (`check --by branch`), the same per group, ranked —
// the 通报 a compliance team sends. Rule set, calendar version and "as of" come first.
//
// Self-contained: inline CSS and SVG drawn here, no script, font, image or link to
// anything outside the file, so it opens offline and prints on A4. The font stack
// names what staff PCs have (Microsoft YaHei, SimSun, PingFang SC) before the free
// fonts (Noto Sans CJK). Every number in a chart is also in a table, and each count
// carries data- attributes (data-stage, data-class, data-status) so a program or a
// test can read them back.
//
//   shixian::report::Collector c{summary};           // summary: what check --summary fills
//   c.add(record, audit, id, group, order);          // each audited ticket (groups, at risk)
//   std::string html = shixian::report::to_html(c, terms);
#include "shixian/abi.hpp"
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "shixian/audit/summary.hpp"
#include "shixian/i18n/terms.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace report {

// A stage that needs someone now: at risk, or overdue and still not done (status
// breached, no end event yet) — the one a compliance officer chases first.
struct AtRisk {
  std::string id, group;
  int stage = 0;
  audit::Status status = audit::Status::at_risk;  // at_risk, or breached (overdue, open)
  Instant deadline{};
  double used = 0;     // at_risk: share of the target used
  long long used_percent = 0;  // the same as shown (audit::StageAudit::used_percent)
  Duration late{0};    // overdue: how late now (wall time)
  int cycle = 0;       // the ticket's cycle: 0, or the reopening's number (shown "(reopen 1)")
  bool provisional = false;  // the deadline rests on the weekly rule past coverage
  bool overdue() const noexcept { return status == audit::Status::breached; }
};

class Collector {
 public:
  // `total` is filled by its owner (check's LineAuditor); the collector adds the
  // per-group summaries and the at-risk list beside it. `by`: the grouping field's name.
  explicit Collector(const audit::Summary& total, std::string by = {}, std::size_t at_risk_listed = 30);
  // One audited ticket; `group` is its grouping field's value ("" when absent).
  void add(const audit::TicketRecord& r, const audit::TicketAudit& a, std::string_view id, std::string_view group,
           std::uint64_t order);

  const audit::Summary& total() const noexcept { return *total_; }
  const std::string& by() const noexcept { return by_; }
  const std::map<std::string, audit::Summary, std::less<>>& groups() const noexcept { return groups_; }
  // Overdue open stages, the longest overdue first, then at-risk ones, the most used
  // first (at most at_risk_listed in all, of which at least half, when there are that
  // many, are at risk: those can still be saved, and with many overdue the list had shown
  // none of them), and how many of each there are in all.
  std::vector<AtRisk> at_risk() const;
  std::uint64_t at_risk_count() const noexcept { return at_risk_count_; }
  std::uint64_t overdue_count() const noexcept { return overdue_count_; }

 private:
  // The order of the list: overdue before at risk; then the longest overdue, or the
  // most used, first; then the earlier deadline.
  static bool more_urgent(const AtRisk& p, const AtRisk& q) noexcept;

  const audit::Summary* total_;
  std::string by_;
  std::size_t listed_;
  std::map<std::string, audit::Summary, std::less<>> groups_;
  std::vector<AtRisk> at_risk_, overdue_;  // each the listed_ most urgent of its kind
  std::uint64_t at_risk_count_ = 0, overdue_count_ = 0;
};

// The report, in the language of `terms`.
std::string to_html(const Collector& c, const i18n::Terms& terms);

// Text escaped for HTML element content and attribute values.
std::string html_escape(std::string_view s);

}  // namespace report
SHIXIAN_NAMESPACE_END
