#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "rules/codes.h"
#include "output/formats.h"
#include "sample_report.h"

using namespace isms;

namespace {

struct JunitSample {
  SourceFiles files;
  CheckReport report;

  JunitSample() {
    const std::uint32_t risks =
        files.add(SourceFile{"repo/registers/risks.yaml", "registers/risks.yaml", "risks:\n  - id: R-1\n"});
    const std::uint32_t manifest = files.add(SourceFile{"repo/isms.yaml", "isms.yaml", "format: 1\n"});
    report = sample_report(files);
    report.repository = "repo & <co>";
    report.diagnostics = {
        {"IO004", Severity::Error, {}, "too many files", "", ""},
        {"SCH003", Severity::Error, {risks, 2, 5}, "a & b < c > d \"e\" 'f'", "use id", "R-1/a"},
        {"SCH003", Severity::Error, {risks, 3, 1}, "ctrl \x01 bad \xFF cr\r", "", "R-1/b"},
        {"REG003", Severity::Warning, {risks, 0, 0}, "no <approval>", "", "risks"},
        {"SCH007", Severity::Note, {manifest, 1, 0}, "a note", "", ""},
    };
  }
};

/// The reference schemas live outside the project; a CI run must have them, a local one may not.
bool reference_file_available(const std::string& path) {
  if (std::filesystem::exists(path)) return true;
  const char* ci = std::getenv("CI");
  if (ci != nullptr && std::string_view(ci) == "true") FAIL("reference schema missing in CI: " << path);
  WARN("JUnit schema validation skipped: reference schemas not found at " << path);
  return false;
}

/// A report written to a temporary file for xmllint, removed again at the end of the test.
class TempXmlFile {
 public:
  explicit TempXmlFile(const std::string& contents)
      : path_(std::filesystem::temp_directory_path() /
              ("isms-junit-test-" + std::to_string(::getpid()) + ".xml")) {
    std::ofstream(path_, std::ios::binary) << contents;
  }
  ~TempXmlFile() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
  TempXmlFile(const TempXmlFile&) = delete;
  TempXmlFile& operator=(const TempXmlFile&) = delete;
  std::string path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

bool xmllint_available() { return std::system("command -v xmllint > /dev/null 2>&1") == 0; }

/// Runs a shell command and returns its standard output.
std::string command_output(const std::string& command) {
  std::string out;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return out;
  char buffer[4096];
  std::size_t read = 0;
  while ((read = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, read);
  ::pclose(pipe);
  return out;
}

/// The string value of an XPath expression over a file (expressions here never contain a single quote).
std::string xpath(const TempXmlFile& file, const std::string& expression) {
  // A sentinel marks the end of the value: some xmllint versions add a newline after it, some do not.
  const std::string out =
      command_output("xmllint --xpath 'concat(string(" + expression + "), \"|\")' '" + file.path() + "' 2>/dev/null");
  const std::size_t end = out.rfind('|');
  return end == std::string::npos ? out : out.substr(0, end);
}

}  // namespace

TEST_CASE("junit output validates against the JUnit schema", "[output][junit]") {
  const std::string xsd = std::string(ISMS_REFDATA_DIR) + "/junit.xsd";
  if (!reference_file_available(xsd)) return;
  if (!xmllint_available()) FAIL("xmllint not found: install libxml2-utils (the set-up script does)");

  JunitSample sample;
  for (Severity fail_on : {Severity::Error, Severity::Note}) {
    sample.report.fail_on = fail_on;
    const TempXmlFile file(format_junit(sample.report));
    const std::string command = "xmllint --noout --schema '" + xsd + "' '" + file.path() + "'";
    INFO(command_output(command + " 2>&1"));
    CHECK(std::system((command + " > /dev/null 2>&1").c_str()) == 0);
  }
  sample.report.diagnostics.clear();
  sample.report.as_of.clear();
  const TempXmlFile clean(format_junit(sample.report));
  CHECK(std::system(("xmllint --noout --schema '" + xsd + "' '" + clean.path() + "' > /dev/null 2>&1").c_str()) == 0);
}

TEST_CASE("junit output has one test case per code and one failure per failing code", "[output][junit]") {
  if (!xmllint_available()) FAIL("xmllint not found: install libxml2-utils (the set-up script does)");
  JunitSample sample;
  const std::string xml = format_junit(sample.report);
  CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n", 0) == 0);
  const TempXmlFile file(xml);

  const std::string suite = "/testsuites/testsuite";
  CHECK(xpath(file, "count(//testcase)") == std::to_string(diagnostic_codes().size()));
  CHECK(xpath(file, suite + "/@tests") == std::to_string(diagnostic_codes().size()));
  CHECK(xpath(file, suite + "/@failures") == "2");
  CHECK(xpath(file, "count(//failure)") == "2");
  CHECK(xpath(file, suite + "/@timestamp") == "2026-11-22T00:00:00");
  CHECK(xpath(file, suite + "/properties/property[@name=\"repository\"]/@value") == "repo & <co>");

  const std::string sch003 = "//testcase[@name=\"SCH003 unknown-field\"]";
  CHECK(xpath(file, sch003 + "/@classname") == "isms.sch");
  CHECK(xpath(file, sch003 + "/failure/@message") == "2 findings");
  CHECK(xpath(file, sch003 + "/failure/@type") == "error");
  CHECK(xpath(file, sch003 + "/failure") ==
        "repo/registers/risks.yaml:2:5: error: a & b < c > d \"e\" 'f'\n"
        "  help: use id\n"
        "repo/registers/risks.yaml:3:1: error: ctrl \xEF\xBF\xBD bad \xEF\xBF\xBD cr\r\n");
  CHECK(xpath(file, "//testcase[@name=\"IO004 too-many-files\"]/failure") == "isms: error: too many files\n");
  CHECK(xpath(file, "//testcase[@name=\"IO004 too-many-files\"]/failure/@message") == "1 finding");
  CHECK(xpath(file, "count(//testcase[@name=\"REG003 register-unapproved\"]/*)") == "0");
  CHECK(xpath(file, suite + "/system-out") ==
        "repo/registers/risks.yaml: warning: no <approval> [REG003]\n"
        "repo/isms.yaml:1: note: a note [SCH007]\n");
}

TEST_CASE("junit output fails below-error codes when fail-on is lower", "[output][junit]") {
  JunitSample sample;
  sample.report.fail_on = Severity::Warning;
  const std::string xml = format_junit(sample.report);
  CHECK(xml.find("failures=\"3\"") != std::string::npos);
  CHECK(xml.find("<failure message=\"1 finding\" type=\"warning\">repo/registers/risks.yaml: warning: no "
                 "&lt;approval&gt;\n</failure>") != std::string::npos);
  CHECK(xml.find("<system-out>repo/isms.yaml:1: note: a note [SCH007]\n</system-out>") != std::string::npos);
}

TEST_CASE("junit output keeps findings of codes missing from the table", "[output][junit]") {
  JunitSample sample;
  sample.report.diagnostics = {{"ZZZ999", Severity::Error, {}, "from a newer check", "", ""}};
  const std::string xml = format_junit(sample.report);
  CHECK(xml.find("tests=\"" + std::to_string(diagnostic_codes().size() + 1) + "\"") != std::string::npos);
  CHECK(xml.find("<testcase name=\"ZZZ999\" classname=\"isms.zzz\" time=\"0\">") != std::string::npos);
}
