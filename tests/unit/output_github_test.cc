#include <catch2/catch.hpp>

#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "output/formats.h"
#include "sample_report.h"

using namespace isms;

namespace {

struct GithubSample {
  SourceFiles files;
  CheckReport report;

  GithubSample() {
    const std::uint32_t risks = files.add(SourceFile{"repo/registers/a,b:c.yaml", "registers/a,b:c.yaml",
                                                     "risks:\n  - id: R-1\n"});
    const std::uint32_t manifest = files.add(SourceFile{"repo/isms.yaml", "isms.yaml", "format: 1\n"});
    report = sample_report(files);
    report.diagnostics = {
        {"IO004", Severity::Error, {}, "too many files", "", ""},
        {"SCH003", Severity::Error, {risks, 2, 5}, "100% wrong:: a,b\r\nc\nd=e", "fix: it, now", "R-1/a"},
        {"REG003", Severity::Warning, {risks, 0, 0}, "a | b <i>x</i> & y", "line one\nline two", "risks"},
        {"SCH007", Severity::Note, {manifest, 1, 0}, "a *note*", "", ""},
    };
  }
};

/// Reverses the Actions escaping: "%25" → '%', "%0D" → CR, "%0A" → LF, "%3A" → ':', "%2C" → ','.
std::string unescape(std::string_view text) {
  static const std::map<std::string_view, char> kEscapes = {
      {"%25", '%'}, {"%0D", '\r'}, {"%0A", '\n'}, {"%3A", ':'}, {"%2C", ','}};
  std::string out;
  for (std::size_t at = 0; at < text.size(); ++at) {
    const auto found = text[at] == '%' ? kEscapes.find(text.substr(at, 3)) : kEscapes.end();
    if (found != kEscapes.end()) {
      out += found->second;
      at += 2;
    } else {
      out += text[at];
    }
  }
  return out;
}

/// One workflow command, parsed the way the Actions runner does.
struct WorkflowCommand {
  std::string name;
  std::map<std::string, std::string> properties;
  std::string data;
};

/// `::name k=v,k=v::data`: the first "::" after the name ends the properties, which cannot contain ':'.
bool parse_command(std::string_view line, WorkflowCommand& out) {
  if (line.substr(0, 2) != "::") return false;
  const std::size_t end = line.find("::", 2);
  if (end == std::string_view::npos) return false;
  const std::string_view head = line.substr(2, end - 2);
  out.data = unescape(line.substr(end + 2));
  const std::size_t space = head.find(' ');
  out.name = std::string(head.substr(0, space));
  if (space == std::string_view::npos) return true;
  std::string_view properties = head.substr(space + 1);
  while (!properties.empty()) {
    const std::size_t comma = properties.find(',');
    const std::string_view pair = properties.substr(0, comma);
    const std::size_t equals = pair.find('=');
    if (equals == std::string_view::npos) return false;
    out.properties[std::string(pair.substr(0, equals))] = unescape(pair.substr(equals + 1));
    properties = comma == std::string_view::npos ? std::string_view() : properties.substr(comma + 1);
  }
  return true;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream stream(text);
  for (std::string line; std::getline(stream, line);) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("github annotations round-trip through the workflow-command grammar", "[output][github]") {
  GithubSample sample;
  const std::vector<std::string> lines = lines_of(format_github(sample.report));
  REQUIRE(lines.size() == sample.report.diagnostics.size() + 1);
  CHECK(lines.back() == "2 errors, 1 warning, 1 note in 2 files");

  WorkflowCommand command;
  REQUIRE(parse_command(lines[0], command));
  CHECK(command.name == "error");
  CHECK(command.properties == std::map<std::string, std::string>{{"title", "IO004 too-many-files"}});
  CHECK(command.data == "too many files");

  REQUIRE(parse_command(lines[1], command));
  CHECK(command.name == "error");
  CHECK(command.properties["file"] == "repo/registers/a,b:c.yaml");
  CHECK(command.properties["line"] == "2");
  CHECK(command.properties["col"] == "5");
  CHECK(command.properties["title"] == "SCH003 unknown-field");
  CHECK(command.data == "100% wrong:: a,b\r\nc\nd=e\nfix: it, now");

  command = {};
  REQUIRE(parse_command(lines[2], command));
  CHECK(command.name == "warning");
  CHECK(command.properties.count("line") == 0);
  CHECK(command.properties.count("col") == 0);
  CHECK(command.data == "a | b <i>x</i> & y\nline one\nline two");

  command = {};
  REQUIRE(parse_command(lines[3], command));
  CHECK(command.name == "notice");
  CHECK(command.properties["line"] == "1");
  CHECK(command.properties.count("col") == 0);
}

TEST_CASE("github annotations are escaped exactly as the Actions toolkit does", "[output][github]") {
  GithubSample sample;
  const std::vector<std::string> lines = lines_of(format_github(sample.report));
  CHECK(lines[1] ==
        "::error file=repo/registers/a%2Cb%3Ac.yaml,line=2,col=5,title=SCH003 unknown-field::"
        "100%25 wrong:: a,b%0D%0Ac%0Ad=e%0Afix: it, now");
  CHECK(lines[3] == "::notice file=repo/isms.yaml,line=1,title=SCH007 schema-violation::a *note*");
}

TEST_CASE("github step summary counts and lists every finding", "[output][github]") {
  GithubSample sample;
  const std::string summary = format_github_step_summary(sample.report);
  CHECK(summary.rfind("\n## ", 0) == 0);  // the leading blank line keeps it apart from earlier content
  CHECK(summary.find("| Error | 2 |\n| Warning | 1 |\n| Note | 1 |\n") != std::string::npos);
  CHECK(summary.find("| Location | Severity | Code | Message | Hint |\n| --- | --- | --- | --- | --- |\n") !=
        std::string::npos);
  CHECK(summary.find("| (repository) | Error | IO004 | too many files |  |\n") !=
        std::string::npos);
  CHECK(summary.find("| repo/registers/a,b:c.yaml:2 | Error | SCH003 | "
                     "100% wrong:: a,b<br>c<br>d=e | fix: it, now |\n") != std::string::npos);
  CHECK(summary.find("| repo/registers/a,b:c.yaml | Warning | REG003 | "
                     "a \\| b &lt;i&gt;x&lt;/i&gt; &amp; y | line one<br>line two |\n") != std::string::npos);
  CHECK(summary.find("| repo/isms.yaml:1 | Note | SCH007 | a \\*note\\* |  |\n") !=
        std::string::npos);
}

TEST_CASE("github step summary links codes only to configured rule pages", "[output][github]") {
  GithubSample sample;
  sample.report.rules_url = "https://forge.test/docs/rules/{code}.md";
  const std::string summary = format_github_step_summary(sample.report);
  CHECK(summary.find("| [SCH007](https://forge.test/docs/rules/SCH007.md) |") != std::string::npos);
}

TEST_CASE("github step summary of a clean run has no findings table", "[output][github]") {
  GithubSample sample;
  sample.report.diagnostics.clear();
  const std::string summary = format_github_step_summary(sample.report);
  CHECK(summary.find("No findings in 2 files.") != std::string::npos);
  CHECK(summary.find("| Location |") == std::string::npos);
}

TEST_CASE("github step summary stays under GitHub's 1 MiB limit", "[output][github]") {
  GithubSample sample;
  const Diagnostic big{"SCH003", Severity::Error, {1, 2, 5}, std::string(2000, 'x'), "", ""};
  sample.report.diagnostics.assign(1000, big);
  const std::string summary = format_github_step_summary(sample.report);
  CHECK(summary.size() < 1024 * 1024);
  CHECK(summary.find("more findings not shown") != std::string::npos);
}
