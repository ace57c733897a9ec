// Complaints in and classifications out as JSON (CONTRACT.md, `shixian classify`).
#include <simdjson.h>

#include <charconv>
#include <cmath>

#include "shixian/classify/classify.hpp"
#include "shixian/classify/numerals.hpp"
#include "shixian/error.hpp"
#include "shixian/io/line_reader.hpp"

namespace shixian::classify {

namespace {
using io::append_json_string;

void append_number(std::string& out, double v) {
  // JSON has no inf or nan; the readers bound every amount, and this is the last guard.
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  char buf[64];
  auto [p, ec] = std::to_chars(buf, buf + sizeof buf, v);
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

// The value as it was written, for error messages: "three", [1], null.
std::string shown(simdjson::dom::element v) {
  std::string s = simdjson::minify(v);
  if (s.size() > 80) s = s.substr(0, 77) + "...";
  return s;
}

[[noreturn]] void bad_field(std::string_view field, simdjson::dom::element v, std::string_view expected) {
  throw InputError(std::string(field) + " " + shown(v) + " is not " + std::string(expected));
}

bool get_bool(std::string_view field, simdjson::dom::element v) {
  if (v.is_null()) return false;
  bool b = false;
  if (v.get_bool().get(b) != simdjson::SUCCESS) bad_field(field, v, "true or false");
  return b;
}

void read_fields(simdjson::dom::object obj, Complaint& c);
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

Complaint parse_complaint_json(std::string_view json, std::size_t padding) {
  if (auto bad = io::describe_invalid_utf8(json); !bad.empty())
    throw ComplaintError("line is not valid UTF-8 (" + bad + ")", std::nullopt);
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element doc;
  // In place when the caller promises the padding simdjson reads ahead (LineReader
  // does), else simdjson copies the line into a padded buffer.
  const bool in_place = padding >= simdjson::SIMDJSON_PADDING;
  if (auto err = parser.parse(json.data(), json.size(), !in_place).get(doc))
    throw ComplaintError(std::string("invalid JSON (") + simdjson::error_message(err) + ")",
                         std::nullopt);
  simdjson::dom::object obj;
  if (doc.get_object().get(obj) != simdjson::SUCCESS)
    throw ComplaintError("expected a JSON object per line, got " + shown(doc), std::nullopt);

  Complaint c;
  // The id first, so that an error in a later field can still name the ticket.
  if (simdjson::dom::element v; obj["id"].get(v) == simdjson::SUCCESS && !v.is_null()) {
    std::string_view s;
    if (v.get_string().get(s) == simdjson::SUCCESS) {
      // An empty id cannot name the ticket in output or errors: omit the field instead.
      if (s.empty()) throw ComplaintError("id \"\" is empty (expected a ticket id, or no id field)", std::nullopt);
      c.id = std::string(s);
    }
    else if (v.is_int64() || v.is_uint64()) c.id = shown(v);
    else throw ComplaintError("id " + shown(v) + " is not a string or a whole number", std::nullopt);
  }
  std::optional<std::string> id;
  if (!c.id.empty()) id = c.id;
  try {
    read_fields(obj, c);
  } catch (const InputError& e) {
    throw ComplaintError(e.what(), id);
  }
  return c;
}

namespace {
void read_fields(simdjson::dom::object obj, Complaint& c) {
  for (auto [key, v] : obj) {
    if (key == "id") continue;
    if (key == "text") {
      if (v.is_null()) continue;
      std::string_view s;
      if (v.get_string().get(s) != simdjson::SUCCESS) bad_field("text", v, "a string");
      c.text = std::string(s);
    } else if (key == "complainants") {
      if (v.is_null()) continue;
      std::int64_t n = 0;
      double d = 0;
      if (v.get_int64().get(n) == simdjson::SUCCESS) {
      } else if (v.get_double().get(d) == simdjson::SUCCESS && d == std::floor(d) && std::abs(d) < 1e9) {
        n = static_cast<std::int64_t>(d);
      } else {
        bad_field("complainants", v, "a whole number ≥ 1");
      }
      if (n < 1 || n > 1000000000) bad_field("complainants", v, "a whole number ≥ 1");
      c.complainants = static_cast<int>(n);
    } else if (key == "amount") {
      if (v.is_null()) continue;
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
      if (v.is_null()) continue;
      std::string_view s;
      if (v.get_string().get(s) != simdjson::SUCCESS) bad_field("channel", v, "a string");
      c.channel = std::string(s);
    } else if (key == "responsibility") {
      if (v.is_null()) continue;
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
    }
  }
}
}  // namespace

}  // namespace shixian::classify
