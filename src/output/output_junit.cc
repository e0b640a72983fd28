// JUnit XML (Apache Ant flavour): every CI server can show it as a test report.
// Each code is one test case, so a clean run lists every rule as passed.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "util/escape.h"
#include "rules/codes.h"
#include "output/formats.h"

namespace isms {
namespace {

/// The findings of one code, split by whether they fail the run.
struct CodeFindings {
  std::vector<const Diagnostic*> failing;
  std::vector<const Diagnostic*> passing;
};

/// "isms.sch" for SCH003: groups test cases by the code's area in CI test trees.
std::string class_name(std::string_view code) {
  std::string name = "isms.";
  for (char c : code) {
    if (c >= 'A' && c <= 'Z') {
      name += static_cast<char>(c - 'A' + 'a');
    } else if (c >= 'a' && c <= 'z') {
      name += c;
    } else {
      break;
    }
  }
  if (name.size() == 5) name += "other";
  return name;
}

/// The as-of date at midnight: the run's real start time would make the report differ on every run.
std::string timestamp_of(std::string_view as_of) {
  const bool looks_like_date = as_of.size() == 10 && as_of[4] == '-' && as_of[7] == '-' &&
                               as_of.find_first_not_of("0123456789-") == std::string_view::npos;
  return fmt::format("{}T00:00:00", looks_like_date ? as_of : std::string_view("1970-01-01"));
}

/// One finding as a log line; the hint follows on an indented line.
std::string finding_line(const CheckReport& report, const Diagnostic& diagnostic, bool with_code) {
  std::string location = location_label(report, diagnostic);
  if (location.empty()) location = "isms";
  std::string line = fmt::format("{}: {}: {}", location, severity_name(diagnostic.severity), diagnostic.message);
  if (with_code) line += fmt::format(" [{}]", diagnostic.code);
  line += '\n';
  if (!diagnostic.hint.empty()) line += fmt::format("  help: {}\n", diagnostic.hint);
  return line;
}

std::string plural_findings(std::size_t count) {
  return fmt::format("{} finding{}", count, count == 1 ? "" : "s");
}

void append_testcase(std::string& out, const CheckReport& report, std::string_view code, std::string_view name,
                     const CodeFindings* findings) {
  const std::string test_name = name.empty() ? std::string(code) : fmt::format("{} {}", code, name);
  out += fmt::format(R"(    <testcase name="{}" classname="{}" time="0")", xml_escape_attribute(test_name),
                     xml_escape_attribute(class_name(code)));
  if (findings == nullptr || findings->failing.empty()) {
    out += "/>\n";
    return;
  }
  Severity worst = Severity::Note;
  std::string details;
  for (const Diagnostic* diagnostic : findings->failing) {
    if (diagnostic->severity > worst) worst = diagnostic->severity;
    details += finding_line(report, *diagnostic, false);
  }
  out += ">\n";
  out += fmt::format(R"(      <failure message="{}" type="{}">{}</failure>)",
                     xml_escape_attribute(plural_findings(findings->failing.size())), severity_name(worst),
                     xml_escape(details));
  out += "\n    </testcase>\n";
}

/// Run settings that explain the result, shown by CI servers next to the tests.
void append_properties(std::string& out, const CheckReport& report) {
  const std::pair<std::string_view, std::string> properties[] = {
      {"repository", report.repository},
      {"as_of", report.as_of},
      {"fail_on", std::string(severity_name(report.fail_on))},
      {"files_checked", std::to_string(report.files_checked)},
      {"isms_version", report.tool_version},
  };
  out += "    <properties>\n";
  for (const auto& [name, value] : properties) {
    out += fmt::format(R"(      <property name="{}" value="{}"/>)", name, xml_escape_attribute(value));
    out += '\n';
  }
  out += "    </properties>\n";
}

}  // namespace

std::string format_junit(const CheckReport& report) {
  std::map<std::string, CodeFindings, std::less<>> by_code;
  for (const Diagnostic& diagnostic : report.diagnostics) {
    CodeFindings& findings = by_code[diagnostic.code];
    (diagnostic.severity >= report.fail_on ? findings.failing : findings.passing).push_back(&diagnostic);
  }
  const auto findings_for = [&by_code](std::string_view code) -> const CodeFindings* {
    const auto found = by_code.find(code);
    return found == by_code.end() ? nullptr : &found->second;
  };

  // Codes missing from the table still get a test case, so that no finding is silently dropped.
  std::vector<std::string_view> unlisted_codes;
  for (const auto& [code, findings] : by_code) {
    if (find_code(code) == nullptr) unlisted_codes.push_back(code);
  }
  const std::size_t tests = diagnostic_codes().size() + unlisted_codes.size();
  std::size_t failures = 0;
  for (const auto& [code, findings] : by_code) failures += findings.failing.empty() ? 0 : 1;

  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n";
  out += fmt::format(
      R"(  <testsuite name="isms check" package="isms" id="0" timestamp="{}" hostname="localhost" tests="{}" )"
      R"(failures="{}" errors="0" skipped="0" time="0">)",
      timestamp_of(report.as_of), tests, failures);
  out += '\n';
  append_properties(out, report);

  for (const CodeInfo& info : diagnostic_codes()) {
    append_testcase(out, report, info.code, info.name, findings_for(info.code));
  }
  for (std::string_view code : unlisted_codes) append_testcase(out, report, code, {}, findings_for(code));

  // Findings below the fail-on level do not fail their test case but must still be visible somewhere.
  std::string below_fail_on;
  for (const Diagnostic& diagnostic : report.diagnostics) {
    if (diagnostic.severity < report.fail_on) below_fail_on += finding_line(report, diagnostic, true);
  }
  out += fmt::format("    <system-out>{}</system-out>\n", xml_escape(below_fail_on));
  out += "    <system-err></system-err>\n";
  out += "  </testsuite>\n</testsuites>\n";
  return out;
}

}  // namespace isms
