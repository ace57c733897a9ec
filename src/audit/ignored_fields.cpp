// Fields `check` does not read: see include/shixian/audit/ignored_fields.hpp.
#include "shixian/audit/ignored_fields.hpp"

#include <algorithm>
#include <vector>

#include "shixian/io/line_reader.hpp"
#include "shixian/rules/names.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace audit {

namespace {
constexpr std::string_view kCyclePrefix = "reopened[].";
}  // namespace

void IgnoredFields::add(std::string_view name, bool in_cycle) {
  add_count(in_cycle ? kCyclePrefix : std::string_view(), name, 1);
}

namespace {
// prefix + name against s, byte order, without building the joined name (this runs for
// every occurrence of a name that found no slot).
int compare_joined(std::string_view prefix, std::string_view name, std::string_view s) {
  const std::size_t k = std::min(prefix.size(), s.size());
  if (const int c = prefix.substr(0, k).compare(s.substr(0, k)); c != 0) return c;
  if (s.size() < prefix.size()) return 1;
  return name.compare(s.substr(prefix.size()));
}
bool by_name(const IgnoredFields::Entry& a, const IgnoredFields::Entry& b) { return a.name < b.name; }
}  // namespace

void IgnoredFields::add_count(std::string_view prefix, std::string_view name, std::uint64_t count) {
  // A name already seen (the common case) is matched without building anything.
  for (auto& e : names_) {
    const std::string_view n = e.name;
    if (n.size() == prefix.size() + name.size() && n.starts_with(prefix) && n.substr(prefix.size()) == name) {
      e.count += count;
      return;
    }
  }
  if (names_.size() < kNames) {
    names_.push_back({std::string(prefix) + std::string(name), count});
    return;
  }
  // Full: keep the kNames smallest names in byte order, not the first ones to come. Which
  // names come first depends on how `--jobs` shares the lines out; the smallest do not:
  // a name among the kNames smallest overall is never dropped by any worker (fewer than
  // kNames names precede it), so after a merge the names kept and every count are the
  // same whatever the thread timing. Once anything overflowed, names_ is in that order.
  if (others_ == 0) std::sort(names_.begin(), names_.end(), by_name);
  Entry& largest = names_.back();
  if (compare_joined(prefix, name, largest.name) < 0) {
    others_ += largest.count;
    largest = {std::string(prefix) + std::string(name), count};
    std::sort(names_.begin(), names_.end(), by_name);
  } else {
    others_ += count;
  }
}

bool IgnoredFields::restore(std::vector<Entry> names, std::uint64_t others) {
  if (names.size() > kNames) return false;
  names_ = std::move(names);
  others_ = others;
  if (others_ != 0) std::sort(names_.begin(), names_.end(), by_name);
  return true;
}

void IgnoredFields::merge(const IgnoredFields& other) {
  for (const auto& e : other.names_) add_count({}, e.name, e.count);
  if (other.others_ != 0 && others_ == 0) std::sort(names_.begin(), names_.end(), by_name);
  others_ += other.others_;
}

std::string_view closest_name(std::string_view name, std::span<const std::string> known) {
  // A cycle's field against a cycle's fields ("reopened[]." names in `known`), a top-level
  // one against the top level's: 'reopened[].recieved' was told 'received', which a
  // cycle refuses.
  const bool in_cycle = name.starts_with(kCyclePrefix);
  if (in_cycle) name.remove_prefix(kCyclePrefix.size());
  // (A list without a cycle's own names, as a caller may pass: the cycle's name against
  // the top level's, as before.)
  const bool cycle_names = std::any_of(known.begin(), known.end(),
                                       [](const std::string& k) { return std::string_view(k).starts_with(kCyclePrefix); });
  const std::string_view prefix = in_cycle && cycle_names ? kCyclePrefix : std::string_view();
  std::vector<std::string_view> level;  // views into `known`, which outlives the answer
  for (const auto& k : known)
    if (std::string_view(k).starts_with(kCyclePrefix) == !prefix.empty()) level.push_back(std::string_view(k).substr(prefix.size()));
  return shixian::closest_name(name, std::span<const std::string_view>(level));
}

std::string ignored_fields_json(const IgnoredFields& ignored, std::span<const std::string> known) {
  std::string out = "{\"fields\": [";
  bool first = true;
  for (const auto& e : ignored.names()) {
    if (!first) out += ", ";
    first = false;
    out += "{\"field\": ";
    io::append_json_string(out, e.name);
    out += ", \"count\": " + std::to_string(e.count) + ", \"did_you_mean\": ";
    if (const auto near = closest_name(e.name, known); !near.empty()) io::append_json_string(out, near);
    else out += "null";
    out += '}';
  }
  out += "], \"others\": " + std::to_string(ignored.others()) + "}";
  return out;
}

}  // namespace audit
SHIXIAN_NAMESPACE_END
