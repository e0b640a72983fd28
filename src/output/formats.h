#pragma once
/// The output formats of `isms check`: each renders a finished run, and each lives in its own
/// output/output_<format>.cc.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/report.h"
#include "util/std_streams.h"

namespace isms {

/// Output formats of `isms check`.
enum class OutputFormat { Text, Json, Sarif, Junit, Github, Codequality };

/// Options that only some formats use.
struct FormatOptions {
  bool color = false;   ///< text: ANSI colours
  bool quiet = false;   ///< text: summary line only when there is nothing at or above fail-on
};

/// A format and the name `--format` takes for it.
struct OutputFormatName {
  OutputFormat format;
  std::string_view name;
};

/// Every format, in the order --help shows them: the one list from which the choices of
/// `isms check --format`, and so the completion scripts, come (docs/reference/output.md lists
/// the same, which tests/scripts/formats_documented.sh compares).
inline constexpr OutputFormatName kOutputFormats[] = {
    {OutputFormat::Text, "text"},   {OutputFormat::Json, "json"},     {OutputFormat::Sarif, "sarif"},
    {OutputFormat::Junit, "junit"}, {OutputFormat::Github, "github"}, {OutputFormat::Codequality, "codequality"},
};

/// The names of kOutputFormats, in its order.
std::vector<std::string> output_format_names();

/// The format a name stands for; nothing for a name that is not one.
std::optional<OutputFormat> parse_output_format(std::string_view name);

/// Renders a report in `format`.
std::string format_report(OutputFormat format, const CheckReport& report, const FormatOptions& options);

/// How the text of a report in `format` is neutralised on standard output.
StreamSyntax report_stream_syntax(OutputFormat format, bool color);

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
