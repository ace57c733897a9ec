// `shixian callback select|report`: which ordinary complaints to call back (回访), and
// whether each branch level called back its required share.
#include <algorithm>
#include <cerrno>
#include <memory>
#include <sys/stat.h>
#include <cmath>
#include <cstring>
#include <fmt/format.h>
#include <map>
#include <unordered_map>
#include <simdjson.h>

#include "context.hpp"
#include "shixian/audit/summary.hpp"
#include "shixian/error.hpp"
#include "shixian/handling/callback.hpp"
#include "shixian/i18n/text.hpp"
#include "shixian/io/line_reader.hpp"
#include "shixian/rules/names.hpp"
#include "io/json_line.hpp"

namespace shixian::cli {
namespace {

struct Row {
  std::string id, level, ticket_class;
  bool has_class = false, has_done = false, done = false;
};

// One line's fields, read by the rules of every JSON Lines reader
// (src/io/json_line.hpp): a repeated field is an error naming it, a field not read
// need only be valid JSON. Returns the error, or "".
std::string read_row(simdjson::ondemand::parser& parser, const io::Line& line, Row& row,
                     audit::IgnoredFields& ignored) {
  namespace od = simdjson::ondemand;
  if (auto why = io::describe_invalid_utf8(line.text); !why.empty()) return why;
  od::document doc;
  od::object obj;
  const simdjson::padded_string_view view(line.text.data(), line.text.size(),
                                          line.text.size() + io::LineReader::kPadding);
  // simdjson's errors in the words every reader uses (src/io/json_line.hpp).
  auto invalid = [&](simdjson::error_code e) { return io::json::json_error_words(e, line.text); };
  constexpr std::string_view shape = R"({"id": ..., "level": ..., "callback": ...})";
  if (auto e = parser.iterate(view).get(doc)) return io::json::not_an_object_words(e, line.text, shape);
  if (auto e = doc.get_object().get(obj)) return io::json::not_an_object_words(e, line.text, shape);
  io::json::SeenKeys keys;
  std::string error;
  bool has_level = false;
  for (auto field : obj) {
    std::string_view key, s;
    od::value v;
    if (auto e = field.unescaped_key().get(key)) return invalid(e);
    if (auto e = field.value().get(v)) return invalid(e);
    if (!keys.add(key) && error.empty()) error = io::json::duplicate_field(key);
    if (key == "id" && io::json::whole_number_id(v, s)) {  // "id": 26, as every reader reads it
      row.id = s;
    } else if (key == "id" || key == "level" || key == "class") {
      if (auto e = v.get_string().get(s)) {
        if (e == simdjson::STRING_ERROR) return invalid(e);
        if (error.empty())
          error = key == "level" ? "field 'level' must be a string (e.g. \"tier1\")"
                                 : key == "id" ? "field 'id' must be " + std::string(io::json::id_expected)
                                               : fmt::format("field '{}' must be a string", key);
        continue;
      }
      if (key == "id") {
        if (io::json::blank_id(s) && error.empty()) error = io::json::blank_id_error(s, false);
        row.id = s;
      } else if (key == "level") row.level = s, has_level = true;
      else row.ticket_class = s, row.has_class = true;
    } else if (key == "callback") {
      bool b = false;
      if (v.get_bool().get(b)) {
        // Name what was given: "yes" is a string, 1 a number; neither is a boolean.
        if (error.empty()) {
          od::json_type type{};
          std::string_view text;
          std::string got = "something else";
          if (!v.type().get(type)) {
            if (type == od::json_type::string && !v.get_string().get(text)) got = "string " + io::json_string(text);
            else if (type == od::json_type::number) got = "a number";
            else if (type == od::json_type::null) got = "null";
            else if (type == od::json_type::array) got = "an array";
            else if (type == od::json_type::object) got = "an object";
          }
          error = fmt::format("field 'callback' must be true or false (was a callback made?): expected a boolean, "
                              "got {}", got);
        }
        continue;
      }
      row.has_done = true, row.done = b;
    } else if (auto e = io::json::validate(v)) {
      return invalid(e);
    } else if (key != "draw" && key != "share" && key != "top_up" && key != "note") {
      // select's own fields are not an export's columns: `select | report` is the
      // documented pipe, and report has no use for them (it judges what was done).
      ignored.add(key);
    }
  }
  const char* trailing = nullptr;
  if (doc.current_location().get(trailing) == simdjson::SUCCESS)
    return io::json::content_after_object_words(line.text, static_cast<std::size_t>(trailing - view.data()));
  // A bare True or NaN reads as a value of the wrong type: named as the invalid JSON it
  // is, in the words of every reader.
  if (!error.empty())
    if (auto word = io::describe_bare_word_json(line.text); !word.empty()) return "invalid JSON: " + word;
  if (!error.empty()) return error;
  if (row.id.empty()) return "missing or non-string field 'id'";
  if (!has_level) return "missing or non-string field 'level' (e.g. \"tier1\")";
  return {};
}

// How each_row reads and says: where bad lines go (stdout in their place for the
// per-ticket `select`, but stderr for `report`, whose stdout is one document), worded
// for people (a table is printed) or as JSON; `quiet`: a first pass that says nothing
// (select reads its input twice); `copies`: inputs that cannot be read twice (stdin, a
// pipe named by path) as spilled to a file for that, by name.
struct RowReading {
  std::FILE* bad_out = stdout;
  bool people = false, quiet = false, need_done = false;
  const std::map<std::string, std::FILE*>* copies = nullptr;
  std::size_t max_line = io::LineReader::kDefaultMaxLine;
  // The first bad lines worded for people, kept for a table to show (report's, whose
  // note on the lines not counted is read where the figures are, not on stderr).
  std::vector<std::string>* first_bad = nullptr;
};
constexpr std::size_t kBadShown = 10;

// Reads JSON Lines, {"id", "level", "class"?, "callback"?}, from the named files in turn
// (none, or "-": stdin) and calls f for each good row; f returns an error message or "".
// Bad lines are reported in place ({"file"?, "line", "id", "error"}: "file" when files
// are named, as check does) and counted; returns the number of bad lines. A file that
// cannot be opened is said on stderr and sets `unreadable`; the other files are read.
// A ticket id given twice is a bad line naming the first: counted twice, it would be two
// complaints in a ratio (and select would draw it twice, with one answer).
template <class F>
std::size_t each_row(const Globals& g, const std::vector<std::string>& files, const std::string& default_class,
                     const RowReading& how, bool& unreadable, F&& f) {
  simdjson::ondemand::parser parser;
  std::size_t bad = 0;
  audit::IgnoredFields ignored;
  std::unordered_map<std::string, std::pair<std::string, std::size_t>> first_seen;  // id -> file, line
  const std::vector<std::string> inputs = files.empty() ? std::vector<std::string>{"-"} : files;
  for (const auto& name : inputs) {
    std::FILE* copy = nullptr;
    if (how.copies)
      if (const auto it = how.copies->find(name); it != how.copies->end()) copy = it->second;
    std::FILE* file = copy ? copy : name == "-" ? stdin : std::fopen(name.c_str(), "rb");
    if (copy) std::rewind(copy);
    if (!file) {
      // Said, and the other files read, as check does; the exit code is 1.
      unreadable = true;
      if (how.quiet) continue;
      std::fflush(how.bad_out == stdout ? stdout : nullptr);
      fmt::print(stderr, "shixian: {}\n",
                 printable(g.t().fill("error.cannot_open", {name, std::string(g.t().name("phrase", std::strerror(errno)))})));
      continue;
    }
    const std::string where = files.empty() ? std::string() : "\"file\": " + io::json_string(name) + ", ";
    io::LineReader in(file, io::LineReader::kDefaultBlock, how.max_line);
    // Before the reader waits on a pipe or terminal, what is written so far goes out: a
    // line typed or tailed in is answered then (select's lines), not at the end of input.
    if (!how.quiet) in.on_wait([] { std::fflush(stdout); });
    io::Line line;
    while (in.next(line)) {
      if (line.blank()) continue;
      Row row;
      std::string error =
          line.too_long ? io::too_long_error(in.max_line(), line.rest_unread) : read_row(parser, line, row, ignored);
      // A line without a class is a complaint of the rule set's first class (95580:
      // ordinary): a callback list is a list of ordinary complaints.
      if (!row.has_class) row.ticket_class = default_class;
      if (error.empty() && how.need_done && !row.has_done) error = "missing boolean field 'callback' (was a callback made?)";
      if (error.empty()) {
        if (const auto at = first_seen.find(row.id); at != first_seen.end())
          error = at->second.first.empty() || at->second.first == name
                      ? fmt::format("ticket id {} given again (first on line {}): counted once", io::json_string(row.id),
                                    at->second.second)
                      : fmt::format("ticket id {} given again (first in {}, line {}): counted once",
                                    io::json_string(row.id), at->second.first, at->second.second);
      }
      if (error.empty()) error = f(row);  // the command's own checks, e.g. an unknown level
      // Taken once counted: a line refused (an unknown level) and then given right is the
      // ticket's one line, not a repeat.
      if (error.empty()) first_seen.try_emplace(row.id, files.empty() ? std::string() : name, line.number);
      if (!error.empty()) {
        ++bad;
        if (how.quiet) continue;
        if (how.first_bad && how.first_bad->size() < kBadShown)
          how.first_bad->push_back(bad_line_for_people(g, files.empty() ? std::string_view() : std::string_view(name),
                                                       line.number, row.id, error));
        if (how.people) {  // worded for a person, on stderr, as check's table does
          fmt::print(stderr, "{}\n", bad_line_for_people(g, files.empty() ? std::string_view() : std::string_view(name),
                                                          line.number, row.id, error));
        } else {
          fmt::print(how.bad_out, "{{{}\"line\": {}, \"id\": {}, \"error\": {}}}\n", where, line.number,
                     row.id.empty() ? std::string("null") : io::json_string(row.id), io::json_string(error));
        }
      }
    }
    in.on_wait(nullptr);
    if (file != stdin && !copy) std::fclose(file);
  }
  static const std::vector<std::string> known = {"id", "level", "class", "callback"};
  if (!how.quiet) report_ignored(ignored, known, g.t(), "callback");
  return bad;
}

// A branch level's id: as written, or by its Chinese name (一级分行 is tier1), as a class is
// read (i18n::id_named); as written when neither, for the error to name it.
std::string level_id(const RuleSet& rs, const std::string& given) {
  std::vector<std::string> ids;
  for (const auto& [l, s] : rs.callback_ratios) {
    if (l == given) return given;
    ids.push_back(l);
  }
  if (const auto named = i18n::id_named(given, "level", ids)) return std::string(*named);
  return given;
}

// The share of a level id (level_id's answer); -1 for a level the rule set lacks.
double share_for(const RuleSet& rs, const std::string& level) {
  for (const auto& [l, s] : rs.callback_ratios)
    if (l == level) return s;
  return -1;
}

// A class the rule set does not define ("vip") is an error, not "not ordinary".
// The class's id: as written, or by its Chinese name (紧急投诉 is urgent), the reading
// check gives a class (i18n::id_named); "" for neither.
std::string class_id(const RuleSet& rs, const std::string& given) {
  if (rs.find_class(given)) return given;
  if (const auto named = i18n::id_named(given, "class", rs.classes)) return std::string(*named);
  return {};
}

std::string check_class(const RuleSet& rs, const std::string& ticket_class) {
  if (!class_id(rs, ticket_class).empty()) return {};
  return fmt::format("unknown class '{}' (rule set {} has: {}){}", ticket_class, rs.name, fmt::join(rs.classes, ", "),
                     did_you_mean(ticket_class, rs.classes));
}

std::string unknown_level(const RuleSet& rs, const std::string& level) {
  std::string known;
  for (const auto& [l, v] : rs.callback_ratios) known += (known.empty() ? "" : ", ") + l;
  return fmt::format("unknown branch level '{}' (rule set {} has [callbacks] for: {})", level, rs.name,
                     known.empty() ? std::string("none") : known);
}

// How many of n ordinary complaints a level of this share must call back: what report
// judges against, and what select --top-up fills to.
std::size_t required_count(double share, std::size_t n) {
  return static_cast<std::size_t>(std::ceil(share * static_cast<double>(n) - 1e-9));
}

// An input copied to a temporary file, for a command that reads its input twice; nullptr
// with errno set when it cannot be made (said by the caller).
std::FILE* spill(std::FILE* from) {
  std::FILE* f = std::tmpfile();
  if (!f) return nullptr;
  char buf[1 << 16];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, from)) > 0;)
    if (std::fwrite(buf, 1, n, f) != n) {
      const int e = errno;
      std::fclose(f);
      errno = e;
      return nullptr;
    }
  if (std::ferror(from)) {
    std::fclose(f);
    errno = EIO;
    return nullptr;
  }
  return f;
}

const Registration reg{70, [](CLI::App& app, Globals& g, int& exit_code) {
  static std::string salt;
  static std::size_t max_line = io::LineReader::kDefaultMaxLine;
  static std::vector<std::string> files;
  auto* cmd = app.add_subcommand("callback", "Callbacks (回访): deterministic selection and the ratio report");
  cmd->require_subcommand(1);
  cmd->footer("Reads JSON Lines from the files named, or stdin: {\"id\": \"T-1\", \"level\": \"tier1\", \"class\": "
              "\"ordinary\", \"callback\": true} (class: default the rule set's first, ordinary; callback: report only).\nShares per level come from the rule set's [callbacks] (95580: tier1 0.20, "
              "tier2 0.70); a level may be written in Chinese (一级分行, 二级分行).\nSelection: a ticket's draw is a keyed hash "
              "of the salt and its id, uniform in [0, 1); an ordinary complaint is called back when its draw is below "
              "its level's share, so the same id and salt always give the same answer and anyone with the salt can "
              "check it. The draw gives each level its share on average, not always: a level left short is named on stderr, and with --top-up its next lowest draws are called back too until the share is reached (\"top_up\": true; the draw's own picks stay). select writes \"callback\": true for each ticket chosen, and its \"class\", so report reads select's output.\nExamples (callbacks.jsonl: lines "
              "as above, each with its \"level\"; check's ticket files have none):\n"
              "  printf '%s\\n' '{\"id\": \"T-1\", \"level\": \"tier1\", \"callback\": true}' "
              "'{\"id\": \"T-2\", \"level\": \"二级分行\", \"callback\": false}' > callbacks.jsonl\n"
              "  shixian callback select --salt 2026Q4 < callbacks.jsonl\n"
              "  shixian callback report callbacks.jsonl\n");
  auto* sel = cmd->add_subcommand("select", "Which ordinary complaints to call back, one line per ticket");
  sel->add_option("--salt", salt, "published salt for this period, e.g. 2026Q4")
      ->required()
      ->check([](const std::string& v) {
        // An empty salt is the same for every period: the sample could be known in advance.
        return v.find_first_not_of(" \t") == std::string::npos
                   ? std::string("must not be empty: a salt published per period (e.g. 2026Q4) is what "
                                 "keeps the sample from being known in advance")
                   : std::string();
      });
  static bool top_up = false;
  sel->add_option("files", files, "JSON Lines files (default: stdin; '-' is stdin)");
  sel->add_flag("--top-up", top_up,
                "Also call back the lowest draws at or above the share until each level reaches it (the draw alone "
                "gives the share on average, and a level can fall a few short); such lines say \"top_up\": true. "
                "The input is read twice (stdin is kept in a temporary file).");
  add_max_line_option(sel, max_line, g.t());
  sel->callback([&g, &exit_code] {
    const auto rules = load_rules(g);
    std::size_t n = 0, selected = 0, topped = 0;
    bool unreadable = false;
    RowReading how;
    how.bad_out = stdout;
    how.people = g.text_asked();
    how.max_line = max_line;
    // Inputs read twice with --top-up: what cannot be read again (stdin, a pipe or a
    // process substitution named by path) is first copied to a temporary file, once.
    std::map<std::string, std::FILE*> copies;
    struct CloseAll {
      std::map<std::string, std::FILE*>& files;
      ~CloseAll() {
        for (auto& [name, f] : files) std::fclose(f);
      }
    } close_all{copies};
    if (top_up) {
      const std::vector<std::string> inputs = files.empty() ? std::vector<std::string>{"-"} : files;
      for (const auto& name : inputs) {
        struct stat st{};
        if (copies.count(name) || (name != "-" && (::stat(name.c_str(), &st) != 0 || S_ISREG(st.st_mode)))) continue;
        std::FILE* from = name == "-" ? stdin : std::fopen(name.c_str(), "rb");
        std::FILE* copy = from ? spill(from) : nullptr;
        const int e = errno;
        if (from && from != stdin) std::fclose(from);
        if (!copy) {
          fmt::print(stderr, "shixian: callback select --top-up: cannot keep {} in a temporary file to read it twice "
                             "({}): name a regular file instead\n", name == "-" ? "stdin" : name, std::strerror(e));
          exit_code = 2;
          return;
        }
        copies.emplace(name, copy);
      }
      how.copies = &copies;
    }
    // A row's level, whether it is in the sample's population, its draw and share; or
    // the error that makes it a bad line.
    struct Drawn {
      std::string level;
      bool ordinary = false;
      double draw = 0, share = 0;
    };
    auto draw_of = [&](const Row& r, Drawn& d) -> std::string {
      if (auto e = check_class(*rules, r.ticket_class); !e.empty()) return e;
      d.level = level_id(*rules, r.level);  // 一级分行 is tier1
      d.share = share_for(*rules, d.level);
      if (d.share < 0) return unknown_level(*rules, r.level);
      d.ordinary = class_id(*rules, r.ticket_class) == rules->classes.front();
      d.draw = callback_draw(r.id, salt);
      return {};
    };
    // --top-up: the first pass draws every ordinary complaint of each level; a level's
    // floor is its k-th lowest draw, k its required count, and every draw up to the
    // floor is taken as well. The draw's own picks stay picked (what a ticket's id and
    // the salt say is never taken back); the added ones are the next lowest draws.
    std::map<std::string, double> floor_of;
    if (top_up) {
      std::map<std::string, std::vector<double>> draws;
      RowReading first = how;
      first.quiet = true;
      bool ignored_unreadable = false;
      each_row(g, files, rules->classes.front(), first, ignored_unreadable, [&](const Row& r) {
        Drawn d;
        if (auto e = draw_of(r, d); !e.empty()) return e;
        if (d.ordinary) draws[d.level].push_back(d.draw);
        return std::string();
      });
      for (auto& [level, v] : draws) {
        const std::size_t k = required_count(share_for(*rules, level), v.size());
        if (k == 0) continue;
        std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k - 1), v.end());
        floor_of[level] = v[k - 1];
      }
    }
    struct Tally {
      std::size_t ordinary = 0, chosen = 0;
    };
    std::map<std::string, Tally> by_level;
    const auto bad = each_row(g, files, rules->classes.front(), how, unreadable, [&](const Row& r) {
      // Counted once it is drawn: a row the checks refuse is a bad line, not a ticket
      // (it had been both, "over 4 tickets: 2 bad lines" for 3 drawn).
      Drawn d;
      if (auto e = draw_of(r, d); !e.empty()) return e;
      ++n;
      const auto floor = floor_of.find(d.level);
      const bool by_draw = d.ordinary && d.draw < d.share;
      const bool added = d.ordinary && !by_draw && floor != floor_of.end() && d.draw <= floor->second;
      const bool chosen = by_draw || added;
      selected += chosen;
      topped += added;
      if (d.ordinary) {
        auto& tally = by_level[d.level];
        ++tally.ordinary;
        tally.chosen += chosen;
      }
      const std::string& level = d.level;
      if (g.text_asked()) {
        const auto& t = g.t();
        if (n == 1)
          fmt::print("{} {} {} {} {}\n", i18n::pad(t["table.ticket"], 14), i18n::pad(t["callback.level"], 8),
                     i18n::pad(t["callback.col_callback"], 12), i18n::pad_left(t["callback.col_draw"], 9),
                     i18n::pad_left(t["callback.col_share"], 6));
        fmt::print("{} {} {} {:>9.6f} {:>6}{}\n", i18n::pad(printable(r.id), 14),
                   i18n::pad(printable(t.name("level", level)), 8),
                   i18n::pad(t[added ? "callback.top_up" : chosen ? "callback.yes" : "callback.no"], 12), d.draw,
                   fmt::format("{:.0f}%", d.share * 100),
                   d.ordinary ? std::string() : "  " + std::string(t["callback.outside"]));
        return std::string();
      }
      // The class goes on with the line: `select | report` must count an urgent ticket
      // as outside the sample, not as an ordinary one not called back (report reads a
      // line without "class" as the rule set's first, ordinary).
      fmt::print("{{\"id\": {}, \"level\": {}, \"class\": {}, \"callback\": {}, \"draw\": {:.6f}, \"share\": {}{}{}}}\n",
                 io::json_string(r.id), io::json_string(level), io::json_string(class_id(*rules, r.ticket_class)),
                 chosen, d.draw, d.share, added ? ", \"top_up\": true" : "",
                 d.ordinary ? "" : ", \"note\": \"not an ordinary complaint: outside the sample\"");
      return std::string();
    });
    std::fflush(stdout);
    const auto& t = g.t();
    fmt::print(stderr, "{}\n", t.fill("callback.selected", {std::to_string(n), std::to_string(selected), std::to_string(bad)}));
    // A level the draw left short of its share is said, with the remedy: report would
    // judge this very sample short.
    for (const auto& [level, tally] : by_level) {
      const double share = share_for(*rules, level);
      const std::size_t need = required_count(share, tally.ordinary);
      if (tally.chosen < need)
        fmt::print(stderr, "{}\n", t.fill("callback.sample_short", {std::string(t.name("level", level)),
                                                                     std::to_string(tally.chosen),
                                                                     std::to_string(tally.ordinary),
                                                                     fmt::format("{:.0f}%", share * 100),
                                                                     std::to_string(need)}));
    }
    if (topped) fmt::print(stderr, "{}\n", t.fill("callback.topped_up", {std::to_string(topped)}));
    exit_code = bad || unreadable ? 1 : 0;
  });
  auto* rep = cmd->add_subcommand("report", "Achieved against required callback share per branch level");
  rep->add_option("files", files, "JSON Lines files (default: stdin; '-' is stdin)");
  add_max_line_option(rep, max_line, g.t());
  rep->callback([&g, &exit_code] {
    const auto rules = load_rules(g);
    struct Count {
      std::size_t ordinary = 0, called = 0;
    };
    std::map<std::string, Count> by_level;
    std::size_t counted = 0;
    bool unreadable = false;
    RowReading how;
    how.bad_out = stderr;
    how.need_done = true;
    how.people = g.text_asked();
    std::vector<std::string> first_bad;  // for the table, in the language asked
    how.first_bad = &first_bad;
    how.max_line = max_line;
    const auto bad = each_row(g, files, rules->classes.front(), how, unreadable, [&](const Row& r) {
      const std::string level = level_id(*rules, r.level);  // 一级分行 and tier1 are one level
      if (share_for(*rules, level) < 0) return unknown_level(*rules, r.level);
      if (auto e = check_class(*rules, r.ticket_class); !e.empty()) return e;
      ++counted;
      if (class_id(*rules, r.ticket_class) != rules->classes.front()) return std::string();
      auto& c = by_level[level];
      ++c.ordinary;
      c.called += r.done;
      return std::string();
    });
    bool all_ok = true;
    std::string json = "{\"levels\": {";
    const auto& t = g.t();
    // Padded by display columns: the Chinese heads are two columns a character.
    if (g.format == "text")
      fmt::print("{} {} {} {} {}  \n", i18n::pad(t["callback.level"], 8), i18n::pad_left(t["callback.ordinary"], 9),
                 i18n::pad_left(t["callback.called"], 11), i18n::pad_left(t["callback.achieved"], 9),
                 i18n::pad_left(t["callback.required"], 9));
    bool first = true;
    for (const auto& [level, c] : by_level) {
      const double share = share_for(*rules, level);
      const double achieved = c.ordinary ? static_cast<double>(c.called) / static_cast<double>(c.ordinary) : 0;
      const bool ok = share < 0 || c.called >= required_count(share, c.ordinary);
      all_ok &= ok;
      if (g.format == "text")
        fmt::print("{} {:>9} {:>11} {:>8.1f}% {}  {}\n", i18n::pad(t.name("level", level), 8), c.ordinary, c.called, achieved * 100,
                   i18n::pad_left(share < 0 ? std::string(t["callback.none"]) : fmt::format("{:.0f}%", share * 100), 9),
                   ok ? paint(g, t["callback.ok"], 32) : paint(g, t["callback.short"], 31, true));
      json += fmt::format("{}{}: {{\"ordinary\": {}, \"called_back\": {}, \"achieved\": {:.4f}, \"required\": {}, \"ok\": {}}}",
                          first ? "" : ", ", io::json_string(level), c.ordinary, c.called, achieved,
                          share < 0 ? std::string("null") : fmt::format("{}", share), ok);
      first = false;
    }
    // With no ordinary complaint counted there is no share to judge: "ok" is null, not a
    // pass (a file whose every line was rejected once read "ok": true).
    const std::string ok_json = by_level.empty() ? "null" : all_ok ? "true" : "false";
    if (g.format != "text") {
      fmt::print("{}}}, \"ok\": {}, \"bad_lines\": {}}}\n", json, ok_json, bad);
    } else {
      if (by_level.empty()) fmt::print("{}\n", paint(g, t["callback.nothing_counted"], 33, true));
      // Lines left out are said where the figures are read, not only in stderr's stream.
      // With the first of them, worded in the language asked (stderr's lines are JSON,
      // for programs, unless --format text is given).
      if (bad) {
        fmt::print("{}\n", paint(g, t.fill("callback.not_counted", {std::to_string(bad)}), 33, true));
        for (const auto& line : first_bad) fmt::print("  {}\n", line);
        if (bad > first_bad.size()) fmt::print("  {}\n", t.fill("callback.more_bad", {std::to_string(bad - first_bad.size())}));
      }
    }
    fmt::print(stderr, "{}\n", t.fill(bad == 1 ? "callback.reported_one" : "callback.reported", {std::to_string(counted), std::to_string(bad)}));
    exit_code = bad || unreadable ? 1 : 0;
  });
}};

}  // namespace
}  // namespace shixian::cli
