// Fuzzes the lexicon file reader (classify::Lexicon::parse). A lexicon that reads can
// scan any text (every match lies inside it, in order of end offset) and classify it.
#include "fuzz.hpp"
#include "json_check.hpp"
#include "shixian/classify/classify.hpp"
#include "shixian/classify/lexicon.hpp"
#include "shixian/error.hpp"

using namespace shixian;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto text = fuzz::bytes(data, size);
  std::shared_ptr<const classify::Lexicon> lexicon;
  try {
    lexicon = classify::Lexicon::parse(text, "fuzz.lex");
  } catch (const InputError&) {
    return 0;
  }
  // The lexicon's own text holds its phrases: scanning it finds them.
  std::vector<classify::Match> matches;
  lexicon->scan(text, matches);
  std::size_t last_end = 0;
  for (const auto& m : matches) {
    FUZZ_REQUIRE(m.entry < lexicon->entries().size(), "match of entry %u of %zu", m.entry, lexicon->entries().size());
    FUZZ_REQUIRE(m.begin < m.end && m.end <= text.size(), "match [%zu, %zu) outside the text", m.begin, m.end);
    FUZZ_REQUIRE(m.end >= last_end, "matches out of order");
    last_end = m.end;
  }
  static const classify::ClassifySettings settings;
  for (const char* complaint : {"我的信用卡被盗刷了五万元，没有收到任何短信", "三位客户投诉手续费乱收，要找媒体曝光",
                                "柜员态度恶劣"}) {
    classify::Complaint c;
    c.text = complaint;
    std::string json = classify::to_json(classify::classify(c, *lexicon, settings));
    json += '\n';
    FUZZ_REQUIRE(fuzz::json_object_lines(json) == 1, "to_json wrote more than one line");
  }
  return 0;
}
