// Complaint classification throughput: complaints per second on one core.
//
// Input: 100,000 texts generated (seed 20261120) from the labelled set
// tests/classify/complaints.jsonl, each varied: an intake prefix, a closing sentence,
// digits redrawn, sometimes two complaints joined: on average ~45 characters (~130
// bytes of UTF-8), the length of a 95580 ticket's problem description.
//
// Peers in the same binary, on the same texts:
//   BM_Classify            the library: UTF-8 check, one Aho–Corasick pass, negation,
//                          numbers, triggers, category and the explained result
//   BM_FindPerWord         the approach it replaces: one std::string_view::find per
//                          lexicon phrase per text (matching only, nothing decided)
//   BM_ValidateUtf8Only    the floor: just the UTF-8 validation every text needs
// Target: BM_Classify >= 200,000 complaints/s.
//
// Linearity (issue 16): BM_AdversarialText/<kind>/<bytes> classifies one text of growing
// size built from a pathological piece (1万 repeated: every 万 is a unit that once walked
// back over the whole run, 2.8 s at 64 KB; 1亿 repeated; a negator before every phrase;
// ordinary complaint text as the reference). Google Benchmark fits the complexity; what
// matters is bytes/s staying flat from 4 KB to 1 MB (N or N log N: matches are sorted).
// Measured 2026-12-02, shared 2-core machine: 1万 run 10-14 MB/s at every size (64 KB in
// 5 ms, was 2.8 s), 1亿元 25-35 MB/s, ordinary text 70-115 MB/s.
//   build/bench/bench_classify --benchmark_filter=Adversarial
#include <benchmark/benchmark.h>

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "shixian/classify/classify.hpp"
#include "shixian/io/line_reader.hpp"

namespace {
using namespace shixian::classify;

std::string labelled_path() {
#ifdef SHIXIAN_SOURCE_DIR
  return std::string(SHIXIAN_SOURCE_DIR) + "/tests/classify/complaints.jsonl";
#else
  std::string here = __FILE__;  // .../bench/classify_bench.cpp
  return here.substr(0, here.rfind('/')) + "/../tests/classify/complaints.jsonl";
#endif
}

std::vector<std::string> base_texts() {
  std::ifstream in(labelled_path());
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) out.push_back(*parse_complaint_json(line).text);
  if (out.empty()) throw std::runtime_error("no labelled complaints at " + labelled_path());
  return out;
}

const std::vector<Complaint>& corpus() {
  static const std::vector<Complaint> texts = [] {
    const auto base = base_texts();
    const char* prefixes[] = {"", "", "客户来电反映：", "您好，", "工单补充：", "客户称，"};
    const char* suffixes[] = {"", "", "请尽快处理。", "希望银行给个说法。", "要求回电。"};
    std::mt19937 rng(20261120);
    std::vector<Complaint> out;
    out.reserve(100000);
    for (int i = 0; i < 100000; ++i) {
      std::string t = prefixes[rng() % 6];
      t += base[rng() % base.size()];
      if (rng() % 8 == 0) t += base[rng() % base.size()];
      t += suffixes[rng() % 5];
      for (char& c : t)
        if (c >= '0' && c <= '9') c = static_cast<char>('0' + rng() % 10);
      Complaint c;
      c.id = "B-" + std::to_string(i);
      c.text = std::move(t);
      out.push_back(std::move(c));
    }
    return out;
  }();
  return texts;
}

std::int64_t total_bytes(const std::vector<Complaint>& cs) {
  std::int64_t n = 0;
  for (const auto& c : cs) n += static_cast<std::int64_t>(c.text->size());
  return n;
}

void BM_Classify(benchmark::State& state) {
  const auto& cs = corpus();
  const auto lex = Lexicon::builtin();
  const ClassifySettings settings;
  std::size_t urgent = 0;
  for (auto _ : state) {
    for (const auto& c : cs) {
      const auto r = classify(c, *lex, settings);
      urgent += r.cls == ComplaintClass::urgent;
      benchmark::DoNotOptimize(r.category);
    }
  }
  state.counters["complaints/s"] = benchmark::Counter(
      static_cast<double>(cs.size()) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate);
  state.counters["urgent_share"] =
      static_cast<double>(urgent) / (static_cast<double>(cs.size()) * static_cast<double>(state.iterations()));
  state.SetBytesProcessed(total_bytes(cs) * state.iterations());
}
BENCHMARK(BM_Classify)->Unit(benchmark::kMillisecond);

// The peer for the hybrid scorer's cost (issue 13): the same classification with the
// category decided by the lexicon alone (no n-gram model).
void BM_ClassifyLexiconOnly(benchmark::State& state) {
  const auto& cs = corpus();
  const auto lex = Lexicon::builtin();
  ClassifySettings settings;
  settings.use_model = false;
  for (auto _ : state)
    for (const auto& c : cs) benchmark::DoNotOptimize(classify(c, *lex, settings).category);
  state.counters["complaints/s"] = benchmark::Counter(
      static_cast<double>(cs.size()) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate);
  state.SetBytesProcessed(total_bytes(cs) * state.iterations());
}
BENCHMARK(BM_ClassifyLexiconOnly)->Unit(benchmark::kMillisecond);

void BM_FindPerWord(benchmark::State& state) {
  const auto& all = corpus();
  // A tenth of the texts: one search per phrase is slow enough to make the point.
  const std::vector<Complaint> cs(all.begin(), all.begin() + 10000);
  const auto lex = Lexicon::builtin();
  std::vector<std::string> phrases;
  for (const auto& e : lex->entries()) phrases.push_back(e.phrase);
  for (auto _ : state) {
    std::size_t hits = 0;
    for (const auto& c : cs) {
      const std::string_view t = *c.text;
      for (const auto& p : phrases)
        for (auto at = t.find(p); at != std::string_view::npos; at = t.find(p, at + 1)) ++hits;
    }
    benchmark::DoNotOptimize(hits);
  }
  state.counters["complaints/s"] = benchmark::Counter(
      static_cast<double>(cs.size()) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate);
  state.SetBytesProcessed(total_bytes(cs) * state.iterations());
}
BENCHMARK(BM_FindPerWord)->Unit(benchmark::kMillisecond);

void BM_ValidateUtf8Only(benchmark::State& state) {
  const auto& cs = corpus();
  for (auto _ : state)
    for (const auto& c : cs) benchmark::DoNotOptimize(shixian::io::find_invalid_utf8(*c.text));
  state.counters["complaints/s"] = benchmark::Counter(
      static_cast<double>(cs.size()) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate);
  state.SetBytesProcessed(total_bytes(cs) * state.iterations());
}
BENCHMARK(BM_ValidateUtf8Only)->Unit(benchmark::kMillisecond);

void BM_AdversarialText(benchmark::State& state, const char* piece) {
  std::string text;
  while (text.size() < static_cast<std::size_t>(state.range(0))) text += piece;
  Complaint c;
  c.text = text;
  const auto lex = Lexicon::builtin();
  const ClassifySettings settings;
  for (auto _ : state) benchmark::DoNotOptimize(classify(c, *lex, settings).category);
  state.SetComplexityN(static_cast<std::int64_t>(text.size()));
  state.SetBytesProcessed(static_cast<std::int64_t>(text.size()) * state.iterations());
}
BENCHMARK_CAPTURE(BM_AdversarialText, yi_wan, "1万")
    ->RangeMultiplier(4)->Range(4 << 10, 1 << 20)->Complexity()->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_AdversarialText, yi_yi, "1亿元")
    ->RangeMultiplier(4)->Range(4 << 10, 1 << 20)->Complexity()->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_AdversarialText, negated, "没有被盗刷，")
    ->RangeMultiplier(4)->Range(4 << 10, 1 << 20)->Complexity()->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_AdversarialText, ordinary, "网点排队时间很长，大堂经理说系统正在升级。")
    ->RangeMultiplier(4)->Range(4 << 10, 1 << 20)->Complexity()->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
