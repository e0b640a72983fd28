#pragma once
/// "Did you mean" suggestions for misspelt keys, values and ids.

#include <span>
#include <string>
#include <string_view>

namespace isms {

/// Edit distance between two strings (insertions, deletions, substitutions, transpositions).
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word`, if it is close enough to be a plausible typo; else empty.
std::string closest_match(std::string_view word, std::span<const std::string> candidates);

/// " (did you mean 'x'?)" when there is a plausible candidate, else empty.
std::string did_you_mean(std::string_view word, std::span<const std::string> candidates);

}  // namespace isms
