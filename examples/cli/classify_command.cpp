// `shixian classify`: urgent or ordinary, with reasons, and the category (CONTRACT.md).
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "command.hpp"
#include "context.hpp"
#include "shixian/classify/classify.hpp"
#include "shixian/classify/numerals.hpp"
#include "shixian/classify/wording.hpp"
#include "shixian/i18n/text.hpp"
#include "shixian/error.hpp"
#include "shixian/io/line_reader.hpp"

namespace {
using namespace shixian;
using namespace shixian::classify;

struct Options {
  std::optional<std::string> text;
  std::string complainants, amount, group_threshold, review_amount;
  bool repeat = false, fund_safety = false, media = false, special_source = false;
  bool public_figure = false, sensitive = false, reputational_risk = false;
  std::string channel, id, responsibility, lexicon, model;
  bool no_model = false, lexicon_scores = false;
  std::vector<std::string> files;
  std::size_t max_line = io::LineReader::kDefaultMaxLine;
};

// Numbers on the command line may be written as in the text (五, 5万): the same parser.
// `expected` is an [error] term worded with the flag and the value as given.
std::optional<double> number_option(const std::string& flag, const std::string& value, const char* expected,
                                    const i18n::Terms& t) {
  if (value.empty()) return std::nullopt;
  std::string_view v = value;
  if (v.size() > 3 && v.substr(v.size() - 3) == "元") v.remove_suffix(3);
  const auto n = parse_chinese_number(v);
  if (!n || n->or_more)
    throw InputError(t.fill(expected, {flag, io::json_string(value)}));
  return n->value;
}

int whole_option(const std::string& flag, const std::string& value, int fallback, const i18n::Terms& t) {
  const auto n = number_option(flag, value, "error.not_count", t);
  if (!n) return fallback;
  if (*n < 1 || *n > 1e9 || *n != static_cast<double>(static_cast<long long>(*n)))
    throw InputError(t.fill("error.not_count", {flag, io::json_string(value)}));
  return static_cast<int>(*n);
}

// The result for a person, in the chosen language: every line words the result's
// record (wording.hpp), the same record the JSON's English details come from.
void append_text(std::string& out, const Classification& r, const i18n::Terms& t, const Wording& w, bool color) {
  const char* bold = color ? "\033[1m" : "";
  const char* red = color ? "\033[31m" : "";
  const char* off = color ? "\033[0m" : "";
  const bool urgent = r.cls == ComplaintClass::urgent;
  if (!r.id.empty()) out += io::terminal_safe_cell(r.id) + ": ";  // the input's: escaped, as all such text
  out += std::string(bold) + (urgent ? red : "") + std::string(t[urgent ? "classify.urgent" : "classify.ordinary"]) + off;
  // A headline resting on no text is not a decision: say so where it is read first.
  // (Urgent by a structured fact: the class stands; the category still needs a person.)
  if (r.text_unreadable) out += t[urgent ? "classify.unread_category" : "classify.unread"];
  // Labels padded by display columns, so Chinese labels line up too.
  auto row = [&](std::string_view label, std::string_view value) {
    out += "\n  ";
    out += i18n::columns(label) < 19 ? i18n::pad(label, 19) : std::string(label) + ' ';
    out += value;
  };
  row(t["classify.label_category"], std::string(w.category_name(r.category)) + "   " + w.category(r));
  row(t["classify.label_review"], t[r.review_recording ? "classify.review_yes" : "classify.no"]);
  if (r.justified) {
    const auto resp = name(*r.responsibility);
    row(t["classify.label_justified"],
        t.fill("classify.justified", {t[*r.justified ? "classify.yes" : "classify.no"],
                                      t[std::string("classify.") + std::string(resp)]}));
  }
  for (const auto& warning : w.warnings(r)) row(t["classify.label_warning"], warning);
  if (r.reasons.empty()) out += "\n  " + std::string(t["classify.no_trigger"]);
  for (const auto& x : r.reasons) row(w.trigger(parse_trigger(x.rule)), w.reason(x));
  for (const auto& x : r.review_reasons) row(t.fill("classify.review_rule", {w.review(x.rule)}), w.reason(x));
  for (const auto& n : r.negated) {
    if (n.settled) {  // withdrawn by a later phrase (@settle), not negated
      for (std::size_t k = 0; k < kTriggerCount; ++k)
        if (n.triggers >> k & 1U)
          row(t["classify.label_not_counted"],
              t.fill("classify.settled_by", {n.word, w.trigger(static_cast<Trigger>(k)), n.negator}));
      continue;
    }
    row(t["classify.label_not_counted"], t.fill("classify.not_counted", {n.word, w.effects(n), n.negator, n.context}));
  }
  out += '\n';
}

void print_text(const Classification& r, const i18n::Terms& t, bool color) {
  std::string out;
  append_text(out, r, t, Wording(t), color);
  std::fwrite(out.data(), 1, out.size(), stdout);
}

// How each line of a batch is written: JSON (CONTRACT.md), the lexicon's totals, or text
// for a person (`--format text` given: one block per complaint, a bad line as one line).
struct StreamOutput {
  enum class Kind : std::uint8_t { json, lexicon_scores, text } kind = Kind::json;
  const i18n::Terms* terms = nullptr;
  std::optional<Wording> wording;
  bool color = false;
};

struct StreamCounts {
  std::size_t classified = 0, bad = 0, blank = 0, lines = 0;
  audit::IgnoredFields ignored;  // fields the lines carried that classify does not read
};

void error_line(std::string& out, std::size_t line, const std::string* file,
                const std::optional<std::string>& id, std::string_view message) {
  out += "{\"line\":" + std::to_string(line);
  if (file) {
    out += ",\"file\":";
    io::append_json_string(out, *file);
  }
  out += ",\"id\":";
  if (id) io::append_json_string(out, *id);
  else out += "null";
  out += ",\"error\":";
  io::append_json_string(out, message);
  out += "}\n";
}

// --lexicon-scores: the lexicon's per-category totals and the triggers it found words for
// (and took back) in the text: the input scripts/train_classifier.py learns the
// lexicon's weights from.
void append_lexicon_scores(std::string& out, const Classification& r) {
  out += "{\"id\":";
  io::append_json_string(out, r.id);
  out += ",\"lexicon_scores\":{";
  for (std::size_t k = 0; k < kCategoryCount; ++k) {
    if (k) out += ',';
    out += '"';
    out += name(static_cast<Category>(k));
    out += "\":" + std::to_string(r.lexicon_scores[k]);
  }
  auto triggers = [&](std::string_view key, std::uint8_t bits) {
    out += ",\"";
    out += key;
    out += "\":[";
    bool first = true;
    for (std::size_t t = 0; t < kTriggerCount; ++t) {
      if (!(bits >> t & 1U)) continue;
      if (!first) out += ',';
      first = false;
      out += '"';
      out += name(static_cast<Trigger>(t));
      out += '"';
    }
    out += ']';
  };
  out += '}';
  triggers("text_triggers", r.text_triggers);
  triggers("withdrawn_triggers", r.withdrawn_triggers);
  triggers("stated_triggers", r.stated_triggers);
  out += '}';
}

void stream(io::LineReader& in, const std::string* file, const Lexicon& lex,
            const ClassifySettings& settings, StreamCounts& counts, const StreamOutput& how) {
  std::string out;
  io::Line line;
  using Kind = StreamOutput::Kind;
  // A bad line: the JSON object of every reader, or one line of text naming the line.
  auto bad = [&](std::size_t number, const std::optional<std::string>& id, std::string_view message) {
    if (how.kind != Kind::text) {
      error_line(out, number, file, id, message);
      return;
    }
    // The file and the line number apart: the Chinese wording puts 第…行 around the number only.
    const std::string n = std::to_string(number), shown_id = id ? io::terminal_safe_cell(*id) : std::string("-");
    out += file ? how.terms->fill("classify.bad_line_file", {*file, n, shown_id, message})
                : how.terms->fill("classify.bad_line", {n, shown_id, message});
    out += "\n\n";
  };
  // Before the reader waits on a pipe or terminal, what is classified so far goes out.
  in.on_wait([&out] {
    std::fwrite(out.data(), 1, out.size(), stdout);
    out.clear();
    std::fflush(stdout);
  });
  while (in.next(line)) {
    if (line.blank()) continue;
    if (line.too_long) {  // read past, not kept: a bad line like any other
      bad(line.number, std::nullopt, io::too_long_error(in.max_line(), line.rest_unread));
      ++counts.bad;
      continue;
    }
    std::optional<std::string> id;
    try {
      Complaint c = parse_complaint_json(line.text, io::LineReader::kPadding,
                                         [&counts](std::string_view key) { counts.ignored.add(key); });
      if (!c.id.empty()) id = c.id;
      const auto r = classify::classify(c, lex, settings);
      switch (how.kind) {
        case Kind::lexicon_scores: append_lexicon_scores(out, r); break;
        case Kind::json: append_json(out, r); break;
        case Kind::text: append_text(out, r, *how.terms, *how.wording, how.color); break;
      }
      out += '\n';
      ++counts.classified;
    } catch (const ComplaintError& e) {
      bad(line.number, e.id, how.kind == Kind::text ? e.worded(*how.terms) : std::string(e.what()));
      ++counts.bad;
    } catch (const InputError& e) {
      bad(line.number, id, how.kind == Kind::text ? e.worded(*how.terms) : std::string(e.what()));
      ++counts.bad;
    }
    if (out.size() >= (1U << 16)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  in.on_wait(nullptr);
  std::fwrite(out.data(), 1, out.size(), stdout);
  counts.lines += in.lines();
  counts.blank += in.blank_lines();
}

const char* const kHelp =
    "Classify complaints as urgent (紧急投诉) or ordinary (普通投诉) by the triggers of 95580\n"
    "实施细则 第十条, with the reasons, the category and whether the call recording must be\n"
    "re-heard (重大投诉). Facts come from flags/fields and from the Chinese text, read with a\n"
    "lexicon (built in, or --lexicon FILE; format at the top of data/lexicon/zh.lex). The\n"
    "category is the lexicon's evidence plus a linear model over character n-grams trained\n"
    "on a labelled corpus (built in, or --model FILE; --no-model for the lexicon alone).\n"
    "Text with no Chinese cannot be read: the result carries a warning and rests on the facts.\n"
    "\n"
    "Examples:\n"
    "  shixian classify --text \"我的信用卡被盗刷了两万元\"\n"
    "      urgent: fund_safety (text: 被盗刷); category account_transaction\n"
    "  shixian classify --text \"我没有被盗刷，只是年费扣得不合理\"\n"
    "      ordinary: 被盗刷 is negated by 没有; category fees_rates\n"
    "  shixian classify --text \"五位客户联名投诉ATM吞卡\" --group-threshold 5\n"
    "      urgent: group (text: 五位 = 5 complainants, threshold 5)\n"
    "  shixian classify --text \"理财经理说保本，结果亏了6万元\" --format json\n"
    "      the CONTRACT.md JSON object; review_recording true (6万元 > 50000)\n"
    "  shixian classify --complainants 3 --channel regulator --id T-9\n"
    "      facts alone, no text: urgent by group and special_source\n"
    "  shixian classify < complaints.jsonl > classes.jsonl\n"
    "      one JSON line per input line, in order; fields text, complainants, repeat,\n"
    "      fund_safety, media, special_source, amount, channel, id (others ignored, named on stderr).\n"
    "      A bad line (invalid UTF-8 or JSON, a wrong field) becomes\n"
    "      {\"line\":N,\"id\":…,\"error\":\"…\"} and the run goes on; exit 1 if any was bad.\n"
    "  shixian --lang zh --format text classify complaints.jsonl\n"
    "      the same complaints for a person to read: a block per complaint, in Chinese\n"
    "\n"
    "Exit codes: 0 ok; 1 an input was rejected (the message names it); 2 bad usage.";

shixian::cli::Registration reg{40, [](CLI::App& app, shixian::cli::Globals& g, int& exit_code) {
  auto opt = std::make_shared<Options>();
  CLI::App* sub = app.add_subcommand("classify", "urgent or ordinary, with reasons, and category");
  sub->footer(kHelp);
  sub->add_option("--text", opt->text, "the complaint's Chinese text (else JSON Lines on stdin or FILEs)");
  sub->add_option("--complainants", opt->complainants, "number of complainants (5 or 五)")
      ->type_name("N");
  sub->add_flag("--repeat", opt->repeat, "the customer complains again about the same matter");
  sub->add_flag("--fund-safety", opt->fund_safety, "the customer's funds are at risk or lost");
  sub->add_flag("--media", opt->media, "media exposure or negative publicity is possible");
  sub->add_flag("--special-source", opt->special_source,
                "special identity, source or channel (regulator, journalist, public figure)");
  sub->add_flag("--public-figure", opt->public_figure, "review: the customer is a public figure");
  sub->add_flag("--sensitive", opt->sensitive, "review: a hot or sensitive topic");
  sub->add_flag("--reputational-risk", opt->reputational_risk, "review: reputational risk");
  sub->add_option("--amount", opt->amount, "amount at stake in yuan (60000, 50,000 or 6万)")
      ->type_name("YUAN");
  sub->add_option("--channel", opt->channel,
                  "where the complaint came from; regulator, media, government, 12378, 12363, "
                  "12345 and letters_and_visits make it special_source");
  sub->add_option("--id", opt->id, "ticket id, echoed in the output");
  sub->add_option("--responsibility", opt->responsibility,
                  "after investigation: bank, shared or none (bank or shared = justified)");
  sub->add_option("--lexicon", opt->lexicon, "lexicon file replacing the built-in one")
      ->type_name("FILE");
  sub->add_option("--model", opt->model,
                  "n-gram category model replacing the built-in one (format at the top of "
                  "data/lexicon/zh.ngram; written by scripts/train_classifier.py)")
      ->type_name("FILE");
  sub->add_flag("--no-model", opt->no_model, "decide the category by the lexicon alone");
  sub->add_flag("--lexicon-scores", opt->lexicon_scores,
                "JSON Lines in: print each line's id, the lexicon's per-category totals and the "
                "triggers it found words for, took back, and took back by a statement of the whole "
                "outcome (the input scripts/train_classifier.py learns from)");
  sub->add_option("--group-threshold", opt->group_threshold,
                  "complainants that make a group complaint (default 3; seed 003's bank: 5)")
      ->type_name("N");
  sub->add_option("--review-amount", opt->review_amount,
                  "amount in yuan above which the recording is re-heard (default 50000)")
      ->type_name("YUAN");
  sub->add_option("files", opt->files, "JSON Lines files (default: stdin; '-' is stdin)")->type_name("FILE");
  cli::add_max_line_option(sub, opt->max_line, g.t());

  sub->callback([opt, &g, &exit_code] {
    ClassifySettings settings;
    settings.group_threshold = whole_option("--group-threshold", opt->group_threshold, 3, g.t());
    if (auto a = number_option("--review-amount", opt->review_amount, "error.not_amount", g.t()))
      settings.review_amount_yuan = *a;
    settings.validate();
    const auto lex = opt->lexicon.empty() ? Lexicon::builtin() : Lexicon::load(opt->lexicon);
    if (opt->no_model && !opt->model.empty())
      throw CLI::ValidationError("classify: --model FILE and --no-model contradict each other; give one");
    settings.use_model = !opt->no_model;
    if (!opt->model.empty()) settings.model = NgramModel::load(opt->model);

    const bool has_fact = opt->text || !opt->complainants.empty() || !opt->amount.empty() ||
                          opt->repeat || opt->fund_safety || opt->media || opt->special_source ||
                          opt->public_figure || opt->sensitive || opt->reputational_risk ||
                          !opt->channel.empty() || !opt->responsibility.empty();
    if (has_fact) {
      if (!opt->files.empty())
        throw CLI::ValidationError("classify: give either one complaint (--text and flags) or "
                                   "JSON Lines files, not both");
      Complaint c;
      c.id = opt->id;
      c.text = opt->text;
      if (!opt->complainants.empty()) c.complainants = whole_option("--complainants", opt->complainants, 1, g.t());
      c.amount = number_option("--amount", opt->amount, "error.not_amount", g.t());
      c.repeat = opt->repeat;
      c.fund_safety = opt->fund_safety;
      c.media = opt->media;
      c.special_source = opt->special_source;
      c.public_figure = opt->public_figure;
      c.sensitive_topic = opt->sensitive;
      c.reputational_risk = opt->reputational_risk;
      c.channel = opt->channel;
      if (!opt->responsibility.empty()) c.responsibility = parse_responsibility(opt->responsibility);
      const auto r = classify::classify(c, *lex, settings);
      if (g.format == "text") {
        print_text(r, g.t(), g.color);
      } else {
        const std::string json = to_json(r) + "\n";
        std::fwrite(json.data(), 1, json.size(), stdout);
      }
      exit_code = 0;
      return;
    }

    StreamCounts counts;
    bool unreadable = false;
    StreamOutput how;
    if (opt->lexicon_scores) {
      how.kind = StreamOutput::Kind::lexicon_scores;
    } else if (g.text_asked()) {  // JSON Lines stay the default
      how.kind = StreamOutput::Kind::text;
      how.terms = &g.t();
      how.wording.emplace(g.t());
      how.color = g.color;
    }
    if (opt->files.empty()) {
      // stdin by its descriptor: fread would wait for a whole block from a pipe, where
      // read(2) returns each line as it comes (see LineReader::on_wait).
      io::LineReader in(::fileno(stdin), io::LineReader::kDefaultBlock, opt->max_line);
      stream(in, nullptr, *lex, settings, counts, how);
    } else {
      for (const auto& f : opt->files) {
        // "-" names stdin among the files, as it does for `check`.
        const bool is_stdin = f == "-";
        std::FILE* fp = is_stdin ? stdin : std::fopen(f.c_str(), "rb");
        if (fp == nullptr) {
          std::fflush(stdout);
          std::fprintf(stderr, "shixian: %s\n",
                       cli::printable(g.t().fill("error.cannot_open", {f, std::string(g.t().name("phrase", std::strerror(errno)))})).c_str());
          unreadable = true;
          continue;
        }
        io::LineReader in = is_stdin ? io::LineReader(::fileno(stdin), io::LineReader::kDefaultBlock, opt->max_line)
                                     : io::LineReader(fp, io::LineReader::kDefaultBlock, opt->max_line);
        try {
          stream(in, &f, *lex, settings, counts, how);
        } catch (...) {
          if (!is_stdin) std::fclose(fp);
          throw;
        }
        if (!is_stdin) std::fclose(fp);
      }
    }
    std::fflush(stdout);
    cli::report_ignored(counts.ignored, complaint_field_names(), g.t(), "classify");
    const std::string tail =
        g.t().fill(counts.lines == 1 ? "classify.tail_one" : "classify.tail",
                   {std::to_string(counts.lines), std::to_string(counts.classified), std::to_string(counts.bad),
                    std::to_string(counts.blank)});
    std::fprintf(stderr, "shixian classify: %s\n", tail.c_str());
    exit_code = (counts.bad > 0 || unreadable) ? 1 : 0;
  });
}};

}  // namespace
