// Accuracy over the project's labelled complaints (tests/classify/complaints.jsonl).
//
// The set was written for shixian: realistic complaint texts covering ATM faults, card
// theft, transfer disputes, fees, mis-sold wealth products, rude staff, data leaks,
// group complaints, journalists, repeat complaints and negations. Each line carries the
// expected class, triggers, category and review_recording, and a split:
//   tune      the lexicon (data/lexicon/zh.lex) was adjusted until these were right
//             (C001–C207; C-rows once held out are tune now that they have been seen);
//   holdout   H001–H116, written and labelled by RULES.md §5 before the classifier was
//             run on them. Their first score is the honest figure (84.5% urgent, 80.2%
//             category with lexicon zh-2026.2 as first run); clear gaps they showed were
//             then fixed, so their score now overstates accuracy on unseen text;
//   holdout2  K001–K035, written after those fixes and not used for tuning: the last
//             untouched estimate. Reported on its own.
// The gate (90% category, 95% urgent-vs-ordinary) applies to the whole set.
#include <doctest/doctest.h>
#include <simdjson.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "shixian/classify/classify.hpp"

using namespace shixian::classify;

namespace {
struct Labelled {
  std::string id, split;
  Complaint complaint;
  std::string cls, category;
  std::vector<std::string> triggers;
  bool review = false;
};

std::vector<Labelled> load() {
  const std::string path = std::string(SHIXIAN_SOURCE_DIR) + "/tests/classify/complaints.jsonl";
  simdjson::padded_string text;
  REQUIRE_MESSAGE(simdjson::padded_string::load(path).get(text) == simdjson::SUCCESS, path);
  std::vector<Labelled> out;
  simdjson::dom::parser parser;
  std::string_view all(text.data(), text.size());
  std::size_t line_no = 0;
  while (!all.empty()) {
    const auto nl = all.find('\n');
    const std::string_view line = all.substr(0, nl);
    all = nl == std::string_view::npos ? std::string_view() : all.substr(nl + 1);
    ++line_no;
    if (line.empty()) continue;
    Labelled l;
    l.complaint = parse_complaint_json(line);
    simdjson::dom::element doc;
    REQUIRE_MESSAGE(parser.parse(line.data(), line.size()).get(doc) == simdjson::SUCCESS, "line ", line_no);
    l.id = std::string(std::string_view(doc["id"]));
    l.split = std::string(std::string_view(doc["split"]));
    auto e = doc["expect"];
    l.cls = std::string(std::string_view(e["class"]));
    l.category = std::string(std::string_view(e["category"]));
    l.review = bool(e["review_recording"]);
    for (auto t : simdjson::dom::array(e["triggers"])) l.triggers.emplace_back(std::string_view(t));
    REQUIRE_MESSAGE((l.split == "tune" || l.split == "holdout" || l.split == "holdout2"), "line ",
                    line_no, ": split ", l.split);
    REQUIRE_MESSAGE((l.cls == (l.triggers.empty() ? "ordinary" : "urgent")), "line ", line_no);
    out.push_back(std::move(l));
  }
  return out;
}

struct Tally {
  int right = 0, total = 0;
  void add(bool ok) {
    right += ok ? 1 : 0;
    ++total;
  }
  double rate() const { return total ? double(right) / total : 1.0; }
};

struct Report {
  Tally urgent, category, review;
  std::map<std::string, Tally> per_category;  // recall: of those labelled C, how many got C
  std::map<std::string, Tally> per_trigger;   // agreement on fired / not fired, all items
  std::map<std::string, Tally> trigger_recall;
  std::vector<std::string> misses;
};

bool has(const std::vector<std::string>& v, std::string_view s) {
  for (const auto& x : v)
    if (x == s) return true;
  return false;
}

Report evaluate(const std::vector<Labelled>& set, const std::string& split) {
  const auto lex = Lexicon::builtin();
  Report r;
  for (const auto& l : set) {
    if (!split.empty() && l.split != split) continue;
    const auto got = classify(l.complaint, *lex, ClassifySettings{});
    r.urgent.add(std::string(name(got.cls)) == l.cls);
    const bool cat_ok = std::string(name(got.category)) == l.category;
    r.category.add(cat_ok);
    r.per_category[l.category].add(cat_ok);
    r.review.add(got.review_recording == l.review);
    std::string wrong;
    for (std::size_t t = 0; t < kTriggerCount; ++t) {
      const std::string tn(name(static_cast<Trigger>(t)));
      const bool want = has(l.triggers, tn), fired = got.fired(static_cast<Trigger>(t));
      r.per_trigger[tn].add(want == fired);
      if (want) r.trigger_recall[tn].add(fired);
      if (want != fired) wrong += " " + tn + (fired ? "+" : "-");
    }
    if (!cat_ok) wrong += " category " + std::string(name(got.category)) + " (want " + l.category + ")";
    if (got.review_recording != l.review) wrong += " review";
    if (!wrong.empty()) r.misses.push_back(l.id + ":" + wrong + "  " + *l.complaint.text);
  }
  return r;
}

void print(const std::string& title, const Report& r) {
  std::printf("\n== %s: %d complaints ==\n", title.c_str(), r.urgent.total);
  std::printf("  urgent-vs-ordinary %5.1f%%   category %5.1f%%   review_recording %5.1f%%\n",
              100 * r.urgent.rate(), 100 * r.category.rate(), 100 * r.review.rate());
  std::printf("  category (recall):\n");
  for (const auto& [k, t] : r.per_category)
    std::printf("    %-20s %5.1f%%  (%d/%d)\n", k.c_str(), 100 * t.rate(), t.right, t.total);
  std::printf("  trigger (agreement over all; recall over the labelled ones):\n");
  for (const auto& [k, t] : r.per_trigger) {
    const auto it = r.trigger_recall.find(k);
    const Tally rec = it == r.trigger_recall.end() ? Tally{} : it->second;
    std::printf("    %-20s %5.1f%%  recall %5.1f%% (%d/%d)\n", k.c_str(), 100 * t.rate(),
                100 * rec.rate(), rec.right, rec.total);
  }
  for (const auto& m : r.misses) std::printf("  miss %s\n", m.c_str());
}
}  // namespace

TEST_CASE("the labelled set is big enough: 150+, each category and trigger 10+, a third held out") {
  const auto set = load();
  CHECK(set.size() >= 150);
  std::map<std::string, int> cats, trig;
  int holdout = 0;
  for (const auto& l : set) {
    ++cats[l.category];
    for (const auto& t : l.triggers) ++trig[t];
    trig["review_recording"] += l.review ? 1 : 0;
    holdout += l.split != "tune" ? 1 : 0;
  }
  for (std::size_t c = 0; c < kCategoryCount; ++c)
    CHECK_MESSAGE(cats[std::string(name(static_cast<Category>(c)))] >= 10, name(static_cast<Category>(c)));
  for (std::size_t t = 0; t < kTriggerCount; ++t)
    CHECK_MESSAGE(trig[std::string(name(static_cast<Trigger>(t)))] >= 10, name(static_cast<Trigger>(t)));
  CHECK(trig["review_recording"] >= 10);
  CHECK(holdout * 3 >= static_cast<int>(set.size()) - 2);  // at least about a third
}

TEST_CASE("accuracy: at least 90% category and 95% urgent-vs-ordinary over the labelled set") {
  const auto set = load();
  const auto all = evaluate(set, "");
  print("tune (used to adjust the lexicon)", evaluate(set, "tune"));
  print("holdout (holdout-1: scored once untouched, then its clear gaps fixed)",
        evaluate(set, "holdout"));
  print("holdout2 (holdout-2: never used for tuning)", evaluate(set, "holdout2"));
  print("all", all);
  CHECK(all.category.rate() >= 0.90);
  CHECK(all.urgent.rate() >= 0.95);
}
