#include "model/diagnostic.h"

#include <algorithm>

namespace isms {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::Note: return "note";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "error";
}

bool parse_severity(std::string_view text, Severity& out) {
  for (Severity candidate : {Severity::Note, Severity::Warning, Severity::Error}) {
    if (text == severity_name(candidate)) {
      out = candidate;
      return true;
    }
  }
  return false;
}

void DiagnosticSink::report(std::string code, Severity severity, SourceLocation where, std::string message,
                            std::string hint, std::string subject) {
  diagnostics_.push_back(Diagnostic{std::move(code), severity, where, std::move(message), std::move(hint),
                                    std::move(subject)});
}

}  // namespace isms
