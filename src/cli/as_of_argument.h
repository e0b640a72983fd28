#pragma once
/// The --as-of option, checked the same way by every command that takes it.

#include <string>

namespace isms {

/// True when `as_of` is empty or a real YYYY-MM-DD date; otherwise prints the usage error.
bool as_of_argument_valid(const std::string& as_of);

}  // namespace isms
