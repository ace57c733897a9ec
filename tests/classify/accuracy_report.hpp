#pragma once
// Scoring the classifier against labelled complaints: shared by the accuracy gate
// (tests/classify/accuracy.cpp) and the report on sets never gated on
// (bench/classify_accuracy.cpp, e.g. tests/classify/holdout3.jsonl).
#include <simdjson.h>

#include <cstdio>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "shixian/classify/classify.hpp"

namespace shixian::classify::accuracy {

struct Labelled {
  std::string id, split;
  Complaint complaint;
  std::string cls, category;
  std::vector<std::string> triggers;
  bool review = false;
};

// Someone else's file, read leniently: the labels may sit under "expect", "expected",
// "label", "labels" or "gold", or at the top level. Returns why a line cannot be taken
// (this reader's words, not the line's), or nullptr.
inline const char* read_lenient(simdjson::dom::parser& parser, std::string_view line, Labelled& l,
                                const std::string& split) {
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
  l.split = split;
  return nullptr;
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

inline bool has(const std::vector<std::string>& v, std::string_view s) {
  for (const auto& x : v)
    if (x == s) return true;
  return false;
}

inline Report evaluate(const std::vector<Labelled>& set, const std::string& split) {
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

inline void print(const std::string& title, const Report& r, bool list_misses = true) {
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
}  // namespace shixian::classify::accuracy
