#pragma once
/// The table of every diagnostic code `isms` can emit, with its metadata.

#include <span>
#include <string_view>

#include "isms/diagnostic.h"

namespace isms {

/// Metadata for one diagnostic code, used by `isms rules`, SARIF and JUnit.
struct CodeInfo {
  std::string_view code;        ///< "SCH003"
  std::string_view name;        ///< kebab-case, "unknown-field"
  Severity default_severity;
  std::string_view reference;   ///< ISO clause or control it enforces, or "format"
  std::string_view summary;     ///< one line
};

/// All codes, in code order.
std::span<const CodeInfo> diagnostic_codes();
/// The metadata for a code, or nullptr.
const CodeInfo* find_code(std::string_view code);

}  // namespace isms
