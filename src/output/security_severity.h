#pragma once
/// GitHub's `security-severity` for the rules whose finding is an exposure of information.

#include <optional>
#include <span>
#include <string_view>

namespace isms {

/// A rule whose finding means information is exposed now, and the score GitHub ranks it by.
struct SecuritySeverity {
  std::string_view code;
  std::string_view score;  ///< "0.1" to "10.0": GitHub shows 9+ critical, 7+ high, 4+ medium, else low
};

/// The rules that carry a security-severity, in code order.
std::span<const SecuritySeverity> security_severities();

/// The score of a rule, or nothing for a rule whose finding is a gap in documentation or format.
std::optional<std::string_view> security_severity(std::string_view code);

}  // namespace isms
