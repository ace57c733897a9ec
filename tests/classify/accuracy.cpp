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
// tests/classify/holdout3.jsonl, when present, is an independent set written by someone
// else and never used for tuning: it is loaded and reported, never gated on.
#include <doctest/doctest.h>
#include <simdjson.h>

#include <cstdio>
#include <map>
#include <stdexcept>
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

std::map<std::string, int> skipped;  // holdout3 lines not taken, by reason

const char* read_lenient(simdjson::dom::parser& parser, std::string_view line, Labelled& l) {
  simdjson::dom::element doc;
  if (parser.parse(line.data(), line.size()).get(doc) != simdjson::SUCCESS) return "not JSON";
  simdjson::dom::object obj;
  if (doc.get_object().get(obj) != simdjson::SUCCESS) return "not an object";
  std::string_view sv;
  if (obj["id"].get_string().get(sv) == simdjson::SUCCESS) l.id = std::string(sv);
  try {
    l.complaint = parse_complaint_json(line);
  } catch (const std::exception&) {
    if (obj["text"].get_string().get(sv) != simdjson::SUCCESS) return "no text";
    l.complaint = Complaint{};
    l.complaint.id = l.id;
    l.complaint.text = std::string(sv);
  }
  if (!l.complaint.text) return "no text";
  simdjson::dom::object e = obj;
  for (const char* key : {"expect", "expected", "label", "labels", "gold"})
    if (obj[key].get_object().get(e) == simdjson::SUCCESS) break;
  if (e["category"].get_string().get(sv) != simdjson::SUCCESS) return "no category label";
  l.category = std::string(sv);
  simdjson::dom::array trig;
  if (e["triggers"].get_array().get(trig) != simdjson::SUCCESS) return "no triggers label";
  for (auto t : trig) {
    if (t.get_string().get(sv) != simdjson::SUCCESS) return "a trigger is not a string";
    l.triggers.emplace_back(sv);
  }
  l.cls = l.triggers.empty() ? "ordinary" : "urgent";
  if (e["class"].get_string().get(sv) == simdjson::SUCCESS && std::string(sv) != l.cls)
    return "class disagrees with triggers";
  bool review = false;
  if (e["review_recording"].get_bool().get(review) == simdjson::SUCCESS) l.review = review;
  l.split = "holdout3";
  return nullptr;
}

std::vector<Labelled> load(const std::string& name = "complaints.jsonl", bool any_split = false) {
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
    if (any_split) {
      // Someone else's file, read leniently and never shown: the labels may sit under
      // "expect", "expected" or "label", or at the top level; a line this reader cannot
      // take is counted by the reason (this reader's words, not the line's), not fatal.
      const char* why = read_lenient(parser, line, l);
      if (why != nullptr) {
        ++skipped[why];
        continue;
      }
      out.push_back(std::move(l));
      continue;
    }
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
    if (!wrong.empty())
      r.misses.push_back(l.id + ":" + wrong + "  " + (l.complaint.text ? *l.complaint.text : ""));
  }
  return r;
}

void print(const std::string& title, const Report& r, bool list_misses = true) {
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
  if (list_misses)
    for (const auto& m : r.misses) std::printf("  miss %s\n", m.c_str());
  else
    std::printf("  (%zu complaints with any miss; texts not listed, so that nobody tunes on them)\n",
                r.misses.size());
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

TEST_CASE("holdout3, when present: reported, never gated on") {
  const std::string path = std::string(SHIXIAN_SOURCE_DIR) + "/tests/classify/holdout3.jsonl";
  if (std::FILE* f = std::fopen(path.c_str(), "rb")) {
    std::fclose(f);
  } else {
    std::printf("\n== holdout3 (independent, never tuned): no tests/classify/holdout3.jsonl ==\n");
    return;
  }
  skipped.clear();
  const auto set = load("holdout3.jsonl", true);
  for (const auto& [why, n] : skipped) std::printf("\n  holdout3: %d lines skipped: %s", n, why.c_str());
  print("holdout3 (independent, never tuned)", evaluate(set, "holdout3"), false);
}
