#pragma once
/// What every diagnostic code says about itself, whichever layer reports it: the metadata that
/// `isms rules`, `isms explain`, SARIF and JUnit show. The rules layer adds the check function.

#include <cstdint>
#include <string_view>

#include "model/diagnostic.h"

namespace isms {

/// Where a code is in its life. A stable code keeps its meaning; a preview code may still change
/// what it reports; a retired code is never reported again and names the code that replaced it,
/// so that a configuration or suppression written for it keeps working.
enum class Lifecycle : std::uint8_t { Stable, Preview, Retired };

/// "stable", "preview", "retired".
std::string_view lifecycle_name(Lifecycle lifecycle);

/// The metadata of one diagnostic code.
struct CodeMeta {
  std::string_view code;        ///< "SCH003"
  std::string_view name;        ///< kebab-case, "unknown-field"
  Severity default_severity;
  std::string_view reference;   ///< ISO clause or control it enforces, or "format"
  std::string_view summary;     ///< one line
  Lifecycle lifecycle = Lifecycle::Stable;
  std::string_view successor = {};  ///< for a retired code, the code that reports its findings now
};

}  // namespace isms
