// Complaints in and classifications out as JSON (CONTRACT.md, `shixian classify`).
#include <simdjson.h>

#include <charconv>
#include <cmath>

#include "shixian/classify/classify.hpp"
#include "shixian/classify/numerals.hpp"
#include "shixian/error.hpp"
#include "shixian/io/line_reader.hpp"
#include "io/json_line.hpp"

namespace shixian::classify {

namespace {
using io::append_json_string;

void append_number(std::string& out, double v) {
  // JSON has no inf or nan; the readers bound every amount, and this is the last guard.
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  // Shortest form, except that a whole number past 2^53 (where doubles stop being exact
  // integers) is written with an exponent: as 22222222222222221312 it would be valid JSON
  // that parsers holding integers in 64 bits (simdjson among them) reject.
  // A whole number below that is written out whole: the shortest form of 100000 is
  // 1e+05, valid JSON but not an amount a person reads.
  char buf[64];
  const bool big = std::fabs(v) >= 0x1p53;
  const auto format = big ? std::chars_format::scientific : std::chars_format::fixed;
  auto [p, ec] = !big && v != std::floor(v) ? std::to_chars(buf, buf + sizeof buf, v)
                                            : std::to_chars(buf, buf + sizeof buf, v, format);
  out.append(buf, ec == std::errc() ? p : buf);
}

void append_reasons(std::string& out, const std::vector<Reason>& reasons) {
  out += '[';
  for (std::size_t i = 0; i < reasons.size(); ++i) {
    if (i) out += ',';
    out += "{\"rule\":";
    append_json_string(out, reasons[i].rule);
    out += ",\"detail\":";
    append_json_string(out, reasons[i].detail);
    out += '}';
  }
  out += ']';
}

namespace od = simdjson::ondemand;

// The value as it was written, for error messages: "three", [1], null.
std::string shown(od::value& v) {
  std::string_view raw = v.raw_json_token();
  while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t' || raw.back() == ',' || raw.back() == '}'))
    raw.remove_suffix(1);
  if (!raw.empty() && (raw.front() == '{' || raw.front() == '[')) return raw.front() == '{' ? "an object" : "an array";
  if (raw.size() > 80) return std::string(raw.substr(0, 77)) + "...";
  return std::string(raw);
}

[[noreturn]] void bad_field(std::string_view field, od::value& v, std::string_view expected) {
  // A string that cannot be read (a lone surrogate, a bad escape) is not a wrong type.
  if (std::string_view raw = v.raw_json_token(); !raw.empty() && raw.front() == '"')
    if (auto why = io::describe_bad_string(raw); !why.empty()) throw InputError(std::string(field) + ": " + why);
  throw InputError(std::string(field) + " " + shown(v) + " is not " + std::string(expected));
}

bool is_null(od::value& v) {
  bool null = false;
  return v.is_null().get(null) == simdjson::SUCCESS && null;
}

bool get_bool(std::string_view field, od::value& v) {
  if (is_null(v)) return false;
  bool b = false;
  if (v.get_bool().get(b) != simdjson::SUCCESS) bad_field(field, v, "true or false");
  return b;
}

// `json`: the line, to say which string could not be read (simdjson does not).
// In the words every reader uses (src/io/json_line.hpp).
[[noreturn]] void invalid_json(simdjson::error_code e, const std::optional<std::string>& id, std::string_view json) {
  throw ComplaintError(io::json::json_error_words(e, json), id);
}
constexpr std::string_view kShape = R"({"id": ..., "text": ...})";

// Reads a field the classifier knows into c; false for any other field.
bool read_field(std::string_view key, od::value& v, Complaint& c);
}  // namespace

void append_json(std::string& out, const Classification& c) {
  out += "{\"id\":";
  if (c.id.empty()) out += "null";
  else append_json_string(out, c.id);
  out += ",\"class\":\"";
  out += name(c.cls);
  out += "\",\"reasons\":";
  append_reasons(out, c.reasons);
  out += ",\"category\":\"";
  out += name(c.category);
  out += "\",\"review_recording\":";
  out += c.review_recording ? "true" : "false";
  out += ",\"review_reasons\":";
  append_reasons(out, c.review_reasons);
  out += ",\"category_detail\":";
  append_json_string(out, c.category_detail);
  if (!c.warnings.empty()) {
    // Only when there is something to say: a result that was read in full keeps the
    // CONTRACT.md shape byte for byte.
    out += ",\"warnings\":[";
    for (std::size_t i = 0; i < c.warnings.size(); ++i) {
      if (i) out += ',';
      append_json_string(out, c.warnings[i]);
    }
    out += ']';
  }
  out += ",\"negated\":[";
  for (std::size_t i = 0; i < c.negated.size(); ++i) {
    const auto& n = c.negated[i];
    if (i) out += ',';
    out += "{\"word\":";
    append_json_string(out, n.word);
    out += ",\"negator\":";
    append_json_string(out, n.negator);
    out += ",\"context\":";
    append_json_string(out, n.context);
    out += ",\"effects\":";
    append_json_string(out, n.effects);
    out += '}';
  }
  out += "],\"complainants\":";
  if (c.complainants) out += std::to_string(*c.complainants);
  else out += "null";
  out += ",\"amount\":";
  if (c.amount) append_number(out, *c.amount);
  else out += "null";
  out += ",\"responsibility\":";
  if (c.responsibility) {
    out += '"';
    out += name(*c.responsibility);
    out += '"';
  } else {
    out += "null";
  }
  out += ",\"justified\":";
  out += c.justified ? (*c.justified ? "true" : "false") : "null";
  out += '}';
}

std::string to_json(const Classification& c) {
  std::string out;
  append_json(out, c);
  return out;
}

// One reader, the rules of every JSON Lines reader (src/io/json_line.hpp): a repeated
// field is an error naming it, and a field not read is only checked to be valid JSON.
std::span<const std::string> complaint_field_names() {
  static const std::vector<std::string> names = {
      "id",    "text",   "complainants", "amount",       "channel",         "responsibility",   "repeat",
      "fund_safety", "media", "special_source", "public_figure", "sensitive_topic", "reputational_risk"};
  return names;
}

Complaint parse_complaint_json(std::string_view json, std::size_t padding,
                               const std::function<void(std::string_view)>& unread) {
  if (auto bad = io::describe_invalid_utf8_with_hint(json); !bad.empty())
    throw ComplaintError("line is not valid UTF-8 (" + bad + ")", std::nullopt);
  thread_local od::parser parser;
  thread_local std::string copy;
  // In place when the caller promises the padding simdjson reads ahead (LineReader
  // does), else from a padded copy.
  simdjson::padded_string_view view;
  if (padding >= simdjson::SIMDJSON_PADDING) {
    view = simdjson::padded_string_view(json.data(), json.size(), json.size() + padding);
  } else {
    copy.assign(json);
    copy.resize(json.size() + simdjson::SIMDJSON_PADDING, ' ');
    view = simdjson::padded_string_view(copy.data(), json.size(), copy.size());
  }
  od::document doc;
  if (auto err = parser.iterate(view).get(doc)) throw ComplaintError(io::json::not_an_object_words(err, json, kShape), std::nullopt);
  od::object obj;
  if (auto err = doc.get_object().get(obj)) throw ComplaintError(io::json::not_an_object_words(err, json, kShape), std::nullopt);
  Complaint c;
  std::optional<std::string> id;
  io::json::SeenKeys keys;
  std::string error;  // the first error; reading goes on to find the id
  for (auto field : obj) {
    std::string_view key;
    if (auto err = field.unescaped_key().get(key)) invalid_json(err, id, json);
    od::value v;
    if (auto err = field.value().get(v)) invalid_json(err, id, json);
    if (!keys.add(key) && error.empty()) error = io::json::duplicate_field(key);
    try {
      if (key == "id") {
        if (is_null(v)) continue;
        std::string_view s;
        if (v.get_string().get(s) == simdjson::SUCCESS) {
          if (io::json::blank_id(s)) throw InputError(io::json::blank_id_error(s, true));
          c.id = std::string(s);
        } else if (io::json::whole_number_id(v, s)) {  // as every reader reads it
          c.id = std::string(s);
        } else {
          bad_field("id", v, io::json::id_expected);
        }
        id = c.id;
        continue;
      }
      if (!error.empty()) {
        if (auto err = io::json::validate(v)) invalid_json(err, id, json);
        continue;
      }
      if (!read_field(key, v, c)) {
        if (auto err = io::json::validate(v)) invalid_json(err, id, json);
        if (unread) unread(key);
      }
    } catch (const ComplaintError&) {
      throw;
    } catch (const InputError& e) {
      if (error.empty()) error = e.what();
    }
  }
  // Anything after the object ("{...} x") makes the line invalid JSON.
  const char* trailing = nullptr;
  if (doc.current_location().get(trailing) == simdjson::SUCCESS)
    throw ComplaintError(io::json::content_after_object_words(json, static_cast<std::size_t>(trailing - view.data())), id);
  // On Demand reads a bare NaN or Infinity as a value of the wrong type: named as the
  // invalid JSON it is, in the words of every reader (check's, callback's).
  if (!error.empty())
    if (auto word = io::describe_bare_word_json(json); !word.empty()) throw ComplaintError("invalid JSON: " + word, id);
  if (!error.empty()) throw ComplaintError(error, id);
  return c;
}

namespace {
bool read_field(std::string_view key, od::value& v, Complaint& c) {
  if (key == "text") {
    if (is_null(v)) return true;
    std::string_view s;
    if (v.get_string().get(s) != simdjson::SUCCESS) bad_field("text", v, "a string");
    c.text = std::string(s);
  } else if (key == "complainants") {
    if (is_null(v)) return true;
    std::int64_t n = 0;
    double d = 0;
    std::string_view s;
    constexpr std::string_view expected = "a whole number from 1 to 1000000000 (3, \"3\", \"三\")";
    if (v.get_int64().get(n) == simdjson::SUCCESS) {
    } else if (v.get_double().get(d) == simdjson::SUCCESS && d == std::floor(d) && std::abs(d) < 1e9) {
      n = static_cast<std::int64_t>(d);
    } else if (v.get_string().get(s) == simdjson::SUCCESS) {
      // A spreadsheet's export writes every cell as a string, and amounts are already read
      // the way they are typed: a head count "3" or "三" is the same count.
      const auto num = parse_chinese_number(s);
      if (!num || num->value != std::floor(num->value) || !(std::abs(num->value) < 1e9))
        bad_field("complainants", v, expected);
      n = static_cast<std::int64_t>(num->value);
    } else {
      bad_field("complainants", v, expected);
    }
    if (n < 1 || n > 1000000000) bad_field("complainants", v, expected);
    c.complainants = static_cast<int>(n);
  } else if (key == "amount") {
    if (is_null(v)) return true;
    double d = 0;
    std::string_view s;
    if (v.get_double().get(d) == simdjson::SUCCESS) {
    } else if (v.get_string().get(s) == simdjson::SUCCESS) {
      // "5万元", "50,000": amounts are often typed the way they are said.
      if (s.size() >= 3 && s.substr(s.size() - 3) == "元") s.remove_suffix(3);
      auto num = parse_chinese_number(s);
      if (!num) bad_field("amount", v, "an amount in yuan (50000, \"50,000\", \"5万元\")");
      d = num->value;
    } else {
      bad_field("amount", v, "an amount in yuan (50000, \"50,000\", \"5万元\")");
    }
    if (!std::isfinite(d) || d < 0) bad_field("amount", v, "an amount in yuan ≥ 0");
    c.amount = d;
  } else if (key == "channel") {
    if (is_null(v)) return true;
    std::string_view s;
    if (v.get_string().get(s) != simdjson::SUCCESS) bad_field("channel", v, "a string");
    c.channel = std::string(s);
  } else if (key == "responsibility") {
    if (is_null(v)) return true;
    std::string_view s;
    if (v.get_string().get(s) != simdjson::SUCCESS) bad_field("responsibility", v, "bank, shared or none");
    c.responsibility = parse_responsibility(s);
  } else if (key == "repeat") {
    c.repeat = get_bool(key, v);
  } else if (key == "fund_safety") {
    c.fund_safety = get_bool(key, v);
  } else if (key == "media") {
    c.media = get_bool(key, v);
  } else if (key == "special_source") {
    c.special_source = get_bool(key, v);
  } else if (key == "public_figure") {
    c.public_figure = get_bool(key, v);
  } else if (key == "sensitive_topic") {
    c.sensitive_topic = get_bool(key, v);
  } else if (key == "reputational_risk") {
    c.reputational_risk = get_bool(key, v);
  } else {
    return false;
  }
  return true;
}
}  // namespace

}  // namespace shixian::classify
