#pragma once
/// The rule registry: one row per rule, its code's metadata with the check that reports it.

#include <span>

#include "rules/codes.h"

namespace isms {

/// Every rule, in code order.
std::span<const CodeInfo> rule_registry();

}  // namespace isms
