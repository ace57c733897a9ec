// Fields `check` does not read: see include/shixian/audit/ignored_fields.hpp.
#include "shixian/audit/ignored_fields.hpp"

#include <algorithm>

#include "shixian/rules/names.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace audit {

namespace {
constexpr std::string_view kCyclePrefix = "reopened[].";
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
  return shixian::closest_name(name, known);
}

}  // namespace audit
SHIXIAN_NAMESPACE_END
