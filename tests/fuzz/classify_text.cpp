// Fuzzes the classifier on complaint text (classify::classify with the built-in
// lexicon) and on complaint JSON (parse_complaint_json, the `classify` line reader).
// The result's JSON is one valid object; the classifier never throws anything but
// InputError.
#include <cmath>

#include "fuzz.hpp"
#include "json_check.hpp"
#include "shixian/classify/classify.hpp"
#include "shixian/classify/lexicon.hpp"
#include "shixian/error.hpp"

using namespace shixian;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto lexicon = classify::Lexicon::builtin();
  static const classify::ClassifySettings settings;
  auto text = fuzz::bytes(data, size);
  const unsigned choice = fuzz::take_choice(text);
  classify::Complaint complaint;
  try {
    if (choice & 1) {
      complaint = classify::parse_complaint_json(text);
    } else {
      complaint.text = std::string(text);
    }
  } catch (const InputError&) {
    return 0;
  }
  classify::Classification c;
  try {
    c = classify::classify(complaint, *lexicon, settings);
  } catch (const InputError&) {
    return 0;
  }
  FUZZ_REQUIRE(!c.amount || std::isfinite(*c.amount), "a non-finite amount");
  std::string json = classify::to_json(c);
  json += '\n';
  FUZZ_REQUIRE(fuzz::json_object_lines(json) == 1, "to_json wrote more than one line");
  return 0;
}
