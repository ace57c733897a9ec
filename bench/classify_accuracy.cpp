// classify_accuracy: the classifier's scores on a labelled set that is never gated on,
// as a report (issue 16: a "test" that asserts nothing proves nothing, so this is not
// one). Default: tests/classify/holdout3.jsonl, an independent set written by someone
// else and never used for tuning; the texts of misses are not listed, so that nobody
// tunes on them. The gated set is tests/classify/complaints.jsonl (tests/classify/).
//
//   build/bench/classify_accuracy [FILE.jsonl]
#include <fstream>
#include <iostream>
#include <sstream>

#include "classify/accuracy_report.hpp"

using namespace shixian::classify::accuracy;

int main(int argc, char** argv) {
  const std::string path =
      argc > 1 ? argv[1] : std::string(SHIXIAN_SOURCE_DIR) + "/tests/classify/holdout3.jsonl";
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "classify_accuracy: cannot read " << path << "\n";
    return 1;
  }
  simdjson::dom::parser parser;
  std::vector<Labelled> set;
  std::map<std::string, int> skipped;  // lines not taken, by this reader's reason
  for (std::string line; std::getline(in, line);) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    Labelled l;
    if (const char* why = read_lenient(parser, line, l, "report")) ++skipped[why];
    else set.push_back(std::move(l));
  }
  for (const auto& [why, n] : skipped) std::printf("  %d lines skipped: %s\n", n, why.c_str());
  print(path + " (never tuned on, never gated on)", evaluate(set, "report"), false);
  return 0;
}
