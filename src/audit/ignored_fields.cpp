// Fields `check` does not read: see include/shixian/audit/ignored_fields.hpp.
#include "shixian/audit/ignored_fields.hpp"

#include <algorithm>

namespace shixian::audit {

namespace {
constexpr std::string_view kCyclePrefix = "reopened[].";

char lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Levenshtein distance with adjacent transpositions (optimal string alignment), on
// bytes, case ignored; gives up (returns limit + 1) once it must exceed `limit`.
std::size_t distance(std::string_view a, std::string_view b, std::size_t limit) {
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
}  // namespace

void IgnoredFields::add(std::string_view name, bool in_cycle) {
  add_count(in_cycle ? kCyclePrefix : std::string_view(), name, 1);
}

void IgnoredFields::add_count(std::string_view prefix, std::string_view name, std::uint64_t count) {
  // A name already seen (the common case) is matched without building anything.
  for (auto& e : names_) {
    const std::string_view n = e.name;
    if (n.size() == prefix.size() + name.size() && n.starts_with(prefix) && n.substr(prefix.size()) == name) {
      e.count += count;
      return;
    }
  }
  if (names_.size() >= kNames) {
    others_ += count;
    return;
  }
  names_.push_back({std::string(prefix) + std::string(name), count});
}

void IgnoredFields::merge(const IgnoredFields& other) {
  for (const auto& e : other.names_) add_count({}, e.name, e.count);
  others_ += other.others_;
}

std::string_view closest_name(std::string_view name, std::span<const std::string> known) {
  if (name.starts_with(kCyclePrefix)) name.remove_prefix(kCyclePrefix.size());
  const std::size_t limit = std::min<std::size_t>(2, name.size() > 0 ? name.size() - 1 : 0);
  std::string_view best;
  std::size_t best_distance = limit + 1;
  for (const auto& k : known) {
    const std::size_t d = distance(name, k, limit);
    if (d < best_distance) {
      best_distance = d;
      best = k;
    }
  }
  return best;
}

}  // namespace shixian::audit
