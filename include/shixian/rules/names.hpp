#pragma once
// Names that were not found, and the one probably meant: the library's one "did you
// mean". Used by rule-set lookups (UnknownName), `check`'s unread fields and the CLI.
#include "shixian/abi.hpp"

#include <span>
#include <string>
#include <string_view>

SHIXIAN_NAMESPACE_BEGIN

// Whether two names are the same with ASCII case ignored, as closest_name compares them.
bool same_name(std::string_view a, std::string_view b) noexcept;

// Levenshtein distance with adjacent transpositions (optimal string alignment), on
// bytes, ASCII case ignored; gives up (returns limit + 1) once it must exceed `limit`.
std::size_t name_distance(std::string_view a, std::string_view b, std::size_t limit);

// Whether a field `name` that nothing reads is probably a slip of the keyboard for `meant`
// (recieved, resloved, Received) rather than another system's own field that happens to
// look alike (uid and id, account and amount): the same name in other case, or a name of
// four or more characters at most a quarter of `meant`'s length away (one edit at least).
// `check`'s "missing field 'received' …; the line has 'recieved': misspelt?" and Python's
// unread-field warning both decide by it.
bool likely_misspelt(std::string_view name, std::string_view meant);

// The name in `known` closest to `name` (case ignored, at most two edits — insertions,
// deletions, substitutions, adjacent swaps — and fewer edits than the name is long), or
// "" when none is close.
std::string_view closest_name(std::string_view name, std::span<const std::string> known);
std::string_view closest_name(std::string_view name, std::span<const std::string_view> known);

// "; did you mean 'received'?" when a known name is close to `name`, else "".
std::string did_you_mean(std::string_view name, std::span<const std::string> known);

// The UnknownName (error.hpp) for a `kind` ("event", "class", "flag", "stage") named
// `name` that rule set `rule_set` does not define among `known`:
//   unknown event 'recieved' (rule set 95580 has: received, ...); did you mean 'received'?
[[noreturn]] void throw_unknown_name(std::string_view kind, std::string_view name, std::string_view rule_set,
                                     std::span<const std::string> known);

SHIXIAN_NAMESPACE_END
