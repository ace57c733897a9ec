#pragma once
// Fields a ticket line carries that `check` does not read.
//
// The contract lets a line carry other fields (an export's own columns), so they are
// not errors. But a misspelt event ("replyed" for "replied") would otherwise read as
// "not happened" without a word, and the audit would quietly call a stage pending or
// breached. So the parser tallies them (an allocation only for a name not seen before)
// and `check` names them at the end, with the field it probably meant:
//
//   shixian: note: field 'replyed' (1,204 lines) is not read by check (rule set 95580)
//   and was ignored; did you mean 'replied'?
#include "shixian/abi.hpp"
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

SHIXIAN_NAMESPACE_BEGIN
namespace audit {

class IgnoredFields {
 public:
  // Distinct names kept: the first kNames to come, or, once more came, the kNames
  // smallest in byte order (so the names kept do not depend on --jobs); occurrences of
  // any further names are only counted (others()).
  // 256: a bank export's own columns are often more than 32, and a misspelt event among
  // them must still be named (a name past the kept ones is only counted).
  static constexpr std::size_t kNames = 256;

  struct Entry {
    std::string name;  // "note", or "reopened[].note" inside a reopened cycle
    std::uint64_t count = 0;
  };

  void add(std::string_view name, bool in_cycle = false);
  void merge(const IgnoredFields& other);
  // names() and others() as a saved summary state holds them (Summary::merge_state);
  // false for more than kNames names.
  bool restore(std::vector<Entry> names, std::uint64_t others);

  // In order of first appearance; in byte order once others() is not zero.
  const std::vector<Entry>& names() const noexcept { return names_; }
  std::uint64_t others() const noexcept { return others_; }
  bool empty() const noexcept { return names_.empty() && others_ == 0; }

 private:
  void add_count(std::string_view prefix, std::string_view name, std::uint64_t count);
  std::vector<Entry> names_;
  std::uint64_t others_ = 0;
};

// shixian::closest_name (rules/names.hpp) for a field name, a reopened cycle's
// "reopened[]." prefix set aside.
std::string_view closest_name(std::string_view name, std::span<const std::string> known);

// The same notes for programs (the C ABI, Python, Java): one JSON object,
//   {"fields": [{"field": "replyed", "count": 2, "did_you_mean": "replied"}, ...], "others": 0}
// in names() order, did_you_mean null when no known field is near; `others` counts
// occurrences of names past the kNames kept.
std::string ignored_fields_json(const IgnoredFields& ignored, std::span<const std::string> known);

}  // namespace audit
SHIXIAN_NAMESPACE_END
