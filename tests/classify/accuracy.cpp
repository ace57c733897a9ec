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
//   K001–K035 were holdout-2, written after those fixes and first scored untouched
//             (68.6% urgent, 71.4% category, fund_safety recall 40%); they are tune now,
//             since the concept tags and sentence rules of zh-2026.3 were shaped on them.
// The gate (90% category, 95% urgent-vs-ordinary) applies to the whole set. Since issue 13
// its text-only rows are also part of the n-gram model's training split
// (tests/classify/corpus/train_written.jsonl), so its category figure is a training figure
// and says nothing about unseen text: that is the frozen split's job (bench/classify_report.py).
// tests/classify/holdout3.jsonl is an independent set written by someone else and never
// used for tuning: it is reported by bench/classify_accuracy (a report, not a test: it
// is never gated on), not here.
#include <doctest/doctest.h>
#include <simdjson.h>

#include <cstdio>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "classify/accuracy_report.hpp"
#include "shixian/classify/classify.hpp"

using namespace shixian::classify;
using namespace shixian::classify::accuracy;

namespace {
std::vector<Labelled> load(const std::string& name = "complaints.jsonl") {
  const std::string path = std::string(SHIXIAN_SOURCE_DIR) + "/tests/classify/" + name;
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
    REQUIRE_MESSAGE((l.split == "tune" || l.split == "holdout"), "line ", line_no, ": split ", l.split);
    REQUIRE_MESSAGE((l.cls == (l.triggers.empty() ? "ordinary" : "urgent")), "line ", line_no);
    out.push_back(std::move(l));
  }
  return out;
}

}  // namespace

TEST_CASE("the labelled set is big enough: 150+, each category and trigger 10+, 100+ held out") {
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
  // Held-out rows of this file (holdout-1). Once a third; holdout-2 became tune when it
  // was used to shape the lexicon, and fresh unseen text lives in holdout3.jsonl.
  CHECK(holdout >= 100);
}

TEST_CASE("accuracy: at least 90% category and 95% urgent-vs-ordinary over the labelled set") {
  const auto set = load();
  const auto all = evaluate(set, "");
  print("tune (used to adjust the lexicon)", evaluate(set, "tune"));
  print("holdout (holdout-1: scored once untouched, then its clear gaps fixed)",
        evaluate(set, "holdout"));
  print("all", all);
  CHECK(all.category.rate() >= 0.90);
  CHECK(all.urgent.rate() >= 0.95);
}
