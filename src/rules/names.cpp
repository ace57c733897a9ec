// Unknown names and the one probably meant: see include/shixian/rules/names.hpp.
#include "shixian/rules/names.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <vector>

#include "shixian/error.hpp"
#include "shixian/i18n/terms.hpp"

SHIXIAN_NAMESPACE_BEGIN

namespace {

char lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

std::size_t name_distance(std::string_view a, std::string_view b, std::size_t limit) {
  if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > limit) return limit + 1;
  std::vector<std::size_t> prev2(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    std::size_t row_min = cur[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const bool same = lower(a[i - 1]) == lower(b[j - 1]);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (same ? 0 : 1)});
      if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1]))
        cur[j] = std::min(cur[j], prev2[j - 2] + 1);
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > limit) return limit + 1;
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

bool same_name(std::string_view a, std::string_view b) noexcept {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == lower(y); });
}

bool likely_misspelt(std::string_view name, std::string_view meant) {
  if (same_name(name, meant)) return true;
  if (name.size() < 4) return false;
  const std::size_t limit = std::max<std::size_t>(1, meant.size() / 4);
  return name_distance(name, meant, limit) <= limit;
}

std::string_view closest_name(std::string_view name, std::span<const std::string_view> known) {
  const std::size_t limit = std::min<std::size_t>(2, name.size() > 0 ? name.size() - 1 : 0);
  std::string_view best;
  std::size_t best_distance = limit + 1;
  for (const auto k : known) {
    const std::size_t d = name_distance(name, k, limit);
    if (d < best_distance) {
      best_distance = d;
      best = k;
    }
  }
  return best;
}

std::string_view closest_name(std::string_view name, std::span<const std::string> known) {
  const std::vector<std::string_view> views(known.begin(), known.end());
  return closest_name(name, std::span<const std::string_view>(views));
}

std::string did_you_mean(std::string_view name, std::span<const std::string> known) {
  const auto near = closest_name(name, known);
  return near.empty() ? std::string() : fmt::format("; did you mean '{}'?", near);
}

void throw_unknown_name(std::string_view kind, std::string_view name, std::string_view rule_set,
                        std::span<const std::string> known) {
  ErrorDetail d;
  d.value = std::string(name);
  d.suggestion = std::string(closest_name(name, known));
  d.valid.assign(known.begin(), known.end());
  d.expected = known.empty() ? fmt::format("no {} (rule set {} defines none)", kind, rule_set)
                             : fmt::format("one of: {}", fmt::join(known, ", "));
  const std::string message =
      fmt::format("unknown {} '{}' (rule set {} has: {}){}", kind, name, rule_set,
                  known.empty() ? std::string("none") : fmt::format("{}", fmt::join(known, ", ")),
                  did_you_mean(name, known));
  // In another language the names read as its terms, each with its id (紧急投诉(urgent)).
  auto words = [message, kind = std::string(kind), name = std::string(name), valid = d.valid,
                near = d.suggestion](const i18n::Terms& t) -> std::string {
    if (t.lang() == i18n::Lang::en) return message;
    std::string names;
    for (const auto& v : valid) {
      const auto term = t.name(kind, v);
      names += (names.empty() ? "" : "、") + std::string(term) + (term == v ? "" : "(" + v + ")");
    }
    std::string out = t.fill("error.unknown_name", {t["error.kind_" + kind], name, "", names});
    if (!near.empty()) out += t.fill("error.did_you_mean", {near});
    return out;
  };
  throw UnknownName(std::string(kind), message, std::move(words), std::move(d));
}

SHIXIAN_NAMESPACE_END
