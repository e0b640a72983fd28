#include <catch2/catch.hpp>

#include <string>

#include "output/formats.h"
#include "sample_report.h"

using namespace isms;

namespace {

/// Two files, a finding of each severity, one without a file and one on a line that starts with a tab.
struct TextSample {
  SourceFiles files;
  CheckReport report;

  TextSample() {
    const std::uint32_t risks = files.add(SourceFile{"repo/registers/risks.yaml", "registers/risks.yaml",
                                                     "risks:\n  - idd: R-1\n\tlikelihood: 9\n    owner: x\n"});
    const std::uint32_t manifest = files.add(SourceFile{"repo/isms.yaml", "isms.yaml", "format: 1\nname: Ex\n"});
    report = sample_report(files);
    report.diagnostics = {
        {"IO004", Severity::Error, {}, "The repository has more than 2 files", "raise the limit", ""},
        {"SCH003", Severity::Error, {risks, 2, 5}, "unknown field \"idd\"", "did you mean \"id\"?", "risks/R-1/idd"},
        {"VAL001", Severity::Error, {risks, 3, 14}, "likelihood 9 is outside the risk scale 1..5", "", "R-1"},
        {"REG003", Severity::Warning, {risks, 4, 5}, "50% done: \"A & B\" <ceo>\nsecond line", "record it", ""},
        {"SCH007", Severity::Note, {manifest, 2, 0}, "the name is short", "", ""},
    };
  }
};

}  // namespace

TEST_CASE("text output is compiler style with source, caret, help and summary", "[output][text]") {
  TextSample sample;
  const std::string expected =
      "isms: error: The repository has more than 2 files [IO004]\n"
      "  help: raise the limit\n"
      "repo/registers/risks.yaml:2:5: error: unknown field \"idd\" [SCH003]\n"
      "      - idd: R-1\n"
      "        ^\n"
      "  help: did you mean \"id\"?\n"
      "repo/registers/risks.yaml:3:14: error: likelihood 9 is outside the risk scale 1..5 [VAL001]\n"
      "    \tlikelihood: 9\n"
      "    \t            ^\n"
      "repo/registers/risks.yaml:4:5: warning: 50% done: \"A & B\" <ceo>\\nsecond line [REG003]\n"
      "        owner: x\n"
      "        ^\n"
      "  help: record it\n"
      "repo/isms.yaml:2: note: the name is short [SCH007]\n"
      "    name: Ex\n"
      "3 errors, 1 warning, 1 note in 2 files\n";
  CHECK(format_text(sample.report, FormatOptions{}) == expected);
}

TEST_CASE("text output colours with standard ANSI sequences", "[output][text]") {
  TextSample sample;
  sample.report.diagnostics.erase(sample.report.diagnostics.begin());
  const std::string out = format_text(sample.report, FormatOptions{true, false});
  CHECK(out.find("\x1b[1mrepo/registers/risks.yaml:2:5:\x1b[0m \x1b[1;31merror\x1b[0m: unknown field") !=
        std::string::npos);
  CHECK(out.find("\x1b[1;33mwarning\x1b[0m") != std::string::npos);
  CHECK(out.find("\x1b[1;36mnote\x1b[0m") != std::string::npos);
  CHECK(out.find("        \x1b[1;32m^\x1b[0m\n") != std::string::npos);
  CHECK(format_text(sample.report, FormatOptions{}).find('\x1b') == std::string::npos);
}

TEST_CASE("quiet text output keeps findings at or above fail-on and the summary", "[output][text]") {
  TextSample sample;
  sample.report.fail_on = Severity::Warning;
  const std::string out = format_text(sample.report, FormatOptions{false, true});
  CHECK(out.find("[REG003]") != std::string::npos);
  CHECK(out.find("[SCH003]") != std::string::npos);
  CHECK(out.find("[SCH007]") == std::string::npos);
  CHECK(out.find("3 errors, 1 warning, 1 note in 2 files\n") != std::string::npos);

  sample.report.diagnostics.resize(0);
  CHECK(format_text(sample.report, FormatOptions{false, true}) == "No findings in 2 files.\n");
}

TEST_CASE("text summary pluralises every count", "[output][text]") {
  SourceFiles files;
  CheckReport report;
  report.files = &files;
  report.files_checked = 1;
  report.diagnostics = {{"SCH001", Severity::Error, {}, "a", "", ""},
                        {"SCH001", Severity::Warning, {}, "b", "", ""},
                        {"SCH001", Severity::Note, {}, "c", "", ""}};
  CHECK(summary_sentence(report) == "1 error, 1 warning, 1 note in 1 file");
  report.diagnostics.clear();
  report.files_checked = 0;
  CHECK(summary_sentence(report) == "No findings in 0 files.");
}

TEST_CASE("text output never passes terminal control sequences through", "[output][text]") {
  SourceFiles files;
  const std::uint32_t file = files.add(SourceFile{"a.yaml", "a.yaml", "key: \x1b[31mred\n"});
  CheckReport report;
  report.files = &files;
  report.files_checked = 1;
  report.diagnostics = {{"SCH004", Severity::Error, {file, 1, 7}, "bad \x1b]0;title\x07 value \u202e", "", ""}};
  const std::string out = format_text(report, FormatOptions{});
  CHECK(out.find('\x1b') == std::string::npos);
  CHECK(out.find('\x07') == std::string::npos);
  CHECK(out.find("bad \\e]0;title\\x07 value \\u202e [SCH004]") != std::string::npos);
  // The caret stays under the character it points at, past an escape two characters wide.
  CHECK(out.find("    key: \\e[31mred\n           ^\n") != std::string::npos);
}

TEST_CASE("text output shows a line break inside a message as an escape, never as a new line", "[output][text]") {
  SourceFiles files;
  CheckReport report;
  report.files = &files;
  report.diagnostics = {{"SCH004", Severity::Error, {}, "one\r\ntwo\n::error::three", "four\r\nfive", ""}};
  CHECK(format_text(report, FormatOptions{}) ==
        "isms: error: one\\r\\ntwo\\n::error::three [SCH004]\n  help: four\\r\\nfive\n"
        "1 error, 0 warnings, 0 notes in 0 files\n");
}

TEST_CASE("a caret past the end of the line sits just after it", "[output][text]") {
  SourceFiles files;
  const std::uint32_t file = files.add(SourceFile{"a.yaml", "a.yaml", "k\xC3\xA9y:\n"});
  CheckReport report;
  report.files = &files;
  report.diagnostics = {{"SCH002", Severity::Error, {file, 1, 40}, "missing value", "", ""},
                        {"SCH002", Severity::Error, {file, 1, 3}, "multibyte", "", ""}};
  const std::string out = format_text(report, FormatOptions{});
  CHECK(out.find("    k\xC3\xA9y:\n         ^\n") != std::string::npos);
  CHECK(out.find("    k\xC3\xA9y:\n      ^\n") != std::string::npos);
}
