#include "output/formats.h"

namespace isms {

std::vector<std::string> output_format_names() {
  std::vector<std::string> names;
  for (const OutputFormatName& entry : kOutputFormats) names.emplace_back(entry.name);
  return names;
}

std::optional<OutputFormat> parse_output_format(std::string_view name) {
  for (const OutputFormatName& entry : kOutputFormats) {
    if (entry.name == name) return entry.format;
  }
  return std::nullopt;
}

std::string format_report(OutputFormat format, const CheckReport& report, const FormatOptions& options) {
  switch (format) {
    case OutputFormat::Text: return format_text(report, options);
    case OutputFormat::Json: return format_json(report);
    case OutputFormat::Sarif: return format_sarif(report);
    case OutputFormat::Junit: return format_junit(report);
    case OutputFormat::Github: return format_github(report);
    case OutputFormat::Codequality: return format_codequality(report);
  }
  return {};
}

StreamSyntax report_stream_syntax(OutputFormat format, bool color) {
  switch (format) {
    case OutputFormat::Text: return color ? StreamSyntax::ColouredText : StreamSyntax::Text;
    case OutputFormat::Junit: return StreamSyntax::Markup;
    case OutputFormat::Github: return StreamSyntax::WorkflowCommands;
    case OutputFormat::Json:
    case OutputFormat::Sarif:
    case OutputFormat::Codequality: return StreamSyntax::Json;
  }
  return StreamSyntax::Text;
}

}  // namespace isms
