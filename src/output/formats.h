#pragma once
/// The output formats of `isms check`: each renders a finished run, and each lives in its own
/// output/output_<format>.cc.

#include <string>

#include "model/report.h"

namespace isms {

/// Output formats of `isms check`.
enum class OutputFormat { Text, Json, Sarif, Junit, Github, Codequality };

/// Options that only some formats use.
struct FormatOptions {
  bool color = false;   ///< text: ANSI colours
  bool quiet = false;   ///< text: summary line only when there is nothing at or above fail-on
};

/// Renders a report.
std::string format_text(const CheckReport& report, const FormatOptions& options);
std::string format_json(const CheckReport& report);
std::string format_sarif(const CheckReport& report);
std::string format_junit(const CheckReport& report);
std::string format_github(const CheckReport& report);
/// GitLab Code Quality JSON (an array of issues).
std::string format_codequality(const CheckReport& report);
/// Markdown summary of all findings for $GITHUB_STEP_SUMMARY.
std::string format_github_step_summary(const CheckReport& report);

}  // namespace isms
