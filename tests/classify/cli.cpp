// `shixian classify` end to end, through the built binary (CONTRACT.md).
#include <doctest/doctest.h>

#include "classify/check.hpp"
#include <simdjson.h>
#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {
struct Run {
  int code = -1;
  std::string out, err;
};

std::string temp_path(const std::string& name) {
  return "/tmp/shixian_classify_test_" + std::to_string(::getpid()) + "_" + name;
}

// Runs the CLI with `args` (shell words), feeding `input` on stdin.
Run cli(const std::string& args, const std::string& input = "") {
  const std::string in = temp_path("in"), err = temp_path("err");
  std::ofstream(in, std::ios::binary) << input;
  const std::string cmd = std::string("'") + SHIXIAN_CLI + "' " + args + " <" + in + " 2>" + err;
  Run r;
  std::FILE* p = ::popen(cmd.c_str(), "r");
  REQUIRE(p != nullptr);
  char buf[4096];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  const int status = ::pclose(p);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::stringstream ss;
  ss << std::ifstream(err).rdbuf();
  r.err = ss.str();
  std::remove(in.c_str());
  std::remove(err.c_str());
  return r;
}

std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  for (std::string l; std::getline(ss, l);) out.push_back(l);
  return out;
}
}  // namespace

TEST_CASE("one complaint from flags prints the CONTRACT JSON") {
  const auto r = cli("classify --text '三位客户的卡被盗刷，已联系记者' --id T-1 --format json");
  CHECK(r.code == 0);
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  REQUIRE(parser.parse(r.out).get(doc) == simdjson::SUCCESS);
  CHECK(std::string_view(doc["id"]) == "T-1");
  CHECK(std::string_view(doc["class"]) == "urgent");
  CHECK(std::string_view(doc["category"]) == "account_transaction");
  CHECK(bool(doc["review_recording"]));
  simdjson::dom::array reasons = doc["reasons"];
  std::vector<std::string> rules;
  for (auto x : reasons) rules.emplace_back(std::string_view(x["rule"]));
  CHECK(rules == std::vector<std::string>{"fund_safety", "group", "media"});  // a journalist contacted: media only
}

TEST_CASE("the text format shows the class, the reasons and what was negated") {
  const auto r = cli("classify --text '我没有被盗刷，只是年费扣得不合理'");
  CHECK(r.code == 0);
  CHECK_CONTAINS(r.out, "ordinary");
  CHECK_CONTAINS(r.out, "fees_rates");
  CHECK_CONTAINS(r.out, "negated by 没有 in 没有被盗刷");
}

TEST_CASE("facts without text, settings from flags, Chinese numerals in flags") {
  auto r = cli("classify --complainants 四 --format json");
  CHECK_CONTAINS(r.out, "4 complainants, threshold 3");
  r = cli("classify --complainants 4 --group-threshold 5 --format json");
  CHECK_CONTAINS(r.out, "\"class\":\"ordinary\"");
  r = cli("classify --text 损失6万元 --review-amount 10万 --format json");
  CHECK_CONTAINS(r.out, "\"review_recording\":false");
}

TEST_CASE("bad values exit 1 naming the value; bad usage exits 2") {
  auto r = cli("classify --text ''");
  CHECK(r.code == 1);
  CHECK_CONTAINS(r.err, "--text: an empty value");  // every option rejects an empty value
  r = cli("classify --text \"$(printf '\\377\\376')\"");
  CHECK(r.code == 1);
  CHECK_CONTAINS(r.err, "invalid UTF-8: byte 0xFF at offset 0");
  r = cli("classify --text 态度差 --group-threshold 0");
  CHECK(r.code == 1);
  CHECK_CONTAINS(r.err, "\"0\"");
  r = cli("classify --complainants three");
  CHECK(r.code == 1);
  CHECK_CONTAINS(r.err, "--complainants \"three\"");
  // A whole number past the bound is refused naming the bound ("not a whole number ≥ 1"
  // said of 10^12, which is one).
  r = cli("classify --complainants 1000000000000");
  CHECK(r.code == 1);
  CHECK_CONTAINS(r.err, "is not a whole number from 1 to 1000000000");
  r = cli("classify --text 态度差 --responsibility partner");
  CHECK(r.code == 1);
  r = cli("classify --no-such-flag");
  CHECK(r.code == 2);
}

TEST_CASE("a bad lexicon file exits 1 with file:line") {
  const std::string lex = temp_path("bad.lex");
  std::ofstream(lex) << "# mine\n盗刷 fund_safety\n记者 press\n";
  const auto r = cli("classify --text 态度差 --lexicon " + lex);
  std::remove(lex.c_str());
  CHECK(r.code == 1);
  CHECK_CONTAINS(r.err, lex + ":3: unknown effect \"press\"");
}

TEST_CASE("a JSON Lines stream keeps input order, reports bad lines and goes on") {
  const std::string input =
      "\xEF\xBB\xBF{\"id\":\"A\",\"text\":\"柜员态度恶劣\"}\r\n"  // 1: BOM and CRLF
      "\n"                                                      // 2: blank, skipped
      "{\"id\":\"B\",\"text\":\"卡被盗\xFF刷\"}\n"                 // 3: invalid UTF-8
      "{\"id\":\"C\",\"text\":\"x\"\n"                          // 4: bad JSON
      "{\"id\":\"D\",\"complainants\":\"three\"}\n"             // 5: ill-typed field
      "{\"id\":\"E\",\"text\":\"\"}\n"                          // 6: empty text
      "{\"id\":\"F\",\"text\":\"五位客户联名\"}\n"                 // 7
      "{\"id\":\"G\",\"text\":\"年费太高\"}";                     // 8: no final newline
  const auto r = cli("classify", input);
  CHECK(r.code == 1);
  const auto out = lines(r.out);
  REQUIRE(out.size() == 7);
  CHECK_CONTAINS(out[0], "\"id\":\"A\",\"class\":\"ordinary\"");
  CHECK_CONTAINS(out[1], "{\"line\":3,\"id\":null,\"error\":\"line is not valid UTF-8");
  CHECK_CONTAINS(out[2], "{\"line\":4,\"id\":null,\"error\":\"invalid JSON");
  CHECK(out[3] == "{\"line\":5,\"id\":\"D\",\"error\":\"complainants \\\"three\\\" is not a whole number from 1 to 1000000000 (3, \\\"3\\\", \\\"三\\\")\"}");
  CHECK_CONTAINS(out[4], "{\"line\":6,\"id\":\"E\",\"error\":\"complaint text is empty");
  CHECK_CONTAINS(out[5], "\"id\":\"F\",\"class\":\"urgent\"");
  CHECK_CONTAINS(out[6], "\"id\":\"G\"");
  const auto err = lines(r.err);
  REQUIRE_FALSE(err.empty());
  CHECK(err.back() == "shixian classify: 8 lines read, 3 classified, 4 bad, 1 blank skipped");
}

TEST_CASE("files named as arguments are read in turn, and errors name the file") {
  const std::string a = temp_path("a.jsonl"), b = temp_path("b.jsonl");
  std::ofstream(a) << "{\"id\":\"1\",\"text\":\"ATM吞卡\"}\n";
  std::ofstream(b) << "not json\n{\"id\":\"2\",\"text\":\"记者\"}\n";
  const auto r = cli("classify " + a + " " + b);
  std::remove(a.c_str());
  std::remove(b.c_str());
  CHECK(r.code == 1);
  const auto out = lines(r.out);
  REQUIRE(out.size() == 3);
  CHECK_CONTAINS(out[0], "facilities_system");
  CHECK_CONTAINS(out[1], "{\"line\":1,\"file\":\"" + b + "\",\"id\":null");
  CHECK_CONTAINS(out[2], "\"media\"");
}

// "-" names stdin among the files, as for `check`: it was an unreadable file named "-".
TEST_CASE("'-' among the files is stdin, read in its turn") {
  const std::string a = temp_path("dash.jsonl");
  std::ofstream(a) << "{\"id\":\"1\",\"text\":\"ATM吞卡\"}\n";
  const auto r = cli("classify " + a + " -", "{\"id\":\"2\",\"text\":\"手续费太高\"}\n");
  std::remove(a.c_str());
  CHECK(r.code == 0);
  const auto out = lines(r.out);
  REQUIRE(out.size() == 2);
  CHECK_CONTAINS(out[0], "\"id\":\"1\"");
  CHECK_CONTAINS(out[1], "\"id\":\"2\"");
  CHECK_CONTAINS(out[1], "fees_rates");
}

TEST_CASE("a clean stream exits 0") {
  const auto r = cli("classify", "{\"text\":\"手续费太高\"}\n{\"text\":\"ATM故障\"}\n");
  CHECK(r.code == 0);
  CHECK(lines(r.out).size() == 2);
  CHECK(lines(r.err).back() == "shixian classify: 2 lines read, 2 classified, 0 bad, 0 blank skipped");
}

// Issue 16: a line without end grew memory until std::bad_alloc; now it is a bad line.
TEST_CASE("a line longer than the maximum is a bad line with its number; the lines after it are classified") {
  const std::string good = R"({"id":"A","text":"柜员态度恶劣"})";
  const auto r = cli("classify", good + "\n" + std::string(9 << 20, '{') + "\n" + good + "\n");
  CHECK(r.code == 1);
  const auto out = lines(r.out);
  REQUIRE(out.size() == 3);
  CHECK(out[1].rfind(R"({"line":2,"id":null,"error":"line longer than 8388608 bytes)", 0) == 0);
  CHECK(out[2].rfind(R"({"id":"A",)", 0) == 0);
  CHECK(r.err.find("3 lines read, 2 classified, 1 bad") != std::string::npos);
}

TEST_CASE("the count line says '1 line read', not '1 lines'") {
  const auto r = cli("classify", "{\"id\": \"a\", \"text\": \"ATM吞卡\"}\n");
  CHECK(r.err.find("shixian classify: 1 line read, 1 classified") != std::string::npos);
}

// Found trying the CLI as a new user (2026-12-06): the Chinese text output put the file
// name inside 第…行 ("第c.jsonl:2行未分类"), and the English read "line c.jsonl:2:".
TEST_CASE("a bad line in text output names the file and the line apart, in either language") {
  const std::string a = temp_path("named.jsonl");
  std::ofstream(a) << "{\"id\":\"C1\",\"text\":\"ATM吞卡\"}\n{\"id\":\"C2\",\"text\":\"\",\"complainants\":5}\n";
  const auto zh = cli("--lang zh --format text classify " + a);
  const auto en = cli("--format text classify " + a);
  const auto piped = cli("--lang zh --format text classify", "{\"id\":\"C2\",\"text\":\"\"}\n");
  std::remove(a.c_str());
  CHECK_CONTAINS(zh.out, a + " 第2行未分类（编号 C2）");
  CHECK(zh.out.find("第" + a) == std::string::npos);
  CHECK_CONTAINS(en.out, a + ":2: not classified (id C2)");
  CHECK(en.out.find("line " + a) == std::string::npos);
  CHECK_CONTAINS(piped.out, "第1行未分类（编号 C2）");  // stdin: the number alone
}
