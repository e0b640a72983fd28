#include <catch2/catch.hpp>

#include <string>

#include <nlohmann/json.hpp>

#include "output/formats.h"
#include "sample_report.h"

using namespace isms;

namespace {

struct JsonSample {
  SourceFiles files;
  CheckReport report;

  JsonSample() {
    const std::uint32_t risks =
        files.add(SourceFile{"repo/registers/risks.yaml", "registers/risks.yaml", "risks:\n  - id: R-1\n"});
    const std::uint32_t manifest = files.add(SourceFile{"repo/isms.yaml", "isms.yaml", "format: 1\n"});
    report = sample_report(files);
    report.fail_on = Severity::Warning;
    report.diagnostics = {
        {"MAN001", Severity::Error, {}, "no manifest", "", ""},
        {"SCH003", Severity::Error, {risks, 2, 5}, "unknown \"idd\" <x> & 100%\nnext", "use id", "risks/R-1/idd"},
        {"REG003", Severity::Warning, {risks, 0, 0}, "no approval", "record one", "risks"},
        {"SCH007", Severity::Note, {manifest, 1, 0}, "note", "", ""},
    };
  }
};

}  // namespace

TEST_CASE("json output follows the documented schema", "[output][json]") {
  JsonSample sample;
  const std::string out = format_json(sample.report);
  REQUIRE(!out.empty());
  CHECK(out.back() == '\n');
  CHECK(out.rfind("{\n  \"schema_version\": 1,\n  \"tool\": {\n    \"name\": \"isms\",", 0) == 0);

  const nlohmann::json document = nlohmann::json::parse(out);
  CHECK(document["schema_version"] == 1);
  CHECK(document["tool"] == nlohmann::json{{"name", "isms"}, {"version", "0.1.0"}});
  CHECK(document["repository"] == "repo");
  CHECK(document["as_of"] == "2026-11-22");
  CHECK(document["fail_on"] == "warning");
  CHECK(document["summary"] == nlohmann::json{{"errors", 2}, {"warnings", 1}, {"notes", 1}, {"files", 2}, {"baselined", 0}});
  REQUIRE(document["diagnostics"].size() == 4);

  const nlohmann::json& no_file = document["diagnostics"][0];
  CHECK(no_file["code"] == "MAN001");
  CHECK(no_file["name"] == "manifest-missing");
  CHECK(no_file["file"].is_null());
  CHECK(no_file["line"].is_null());
  CHECK(no_file["column"].is_null());
  CHECK(no_file["hint"].is_null());
  CHECK(no_file["subject"].is_null());

  const nlohmann::json& field = document["diagnostics"][1];
  CHECK(field["severity"] == "error");
  CHECK(field["message"] == "unknown \"idd\" <x> & 100%\nnext");
  CHECK(field["hint"] == "use id");
  CHECK(field["file"] == "registers/risks.yaml");
  CHECK(field["line"] == 2);
  CHECK(field["column"] == 5);
  CHECK(field["subject"] == "risks/R-1/idd");
  CHECK(field["fingerprint"] == fingerprint(sample.report.diagnostics[1], sample.files));

  const nlohmann::json& whole_file = document["diagnostics"][2];
  CHECK(whole_file["file"] == "registers/risks.yaml");
  CHECK(whole_file["line"].is_null());
  CHECK(document["diagnostics"][3]["severity"] == "note");
  CHECK(document["diagnostics"][3]["column"].is_null());
}

TEST_CASE("json output replaces invalid UTF-8 instead of failing", "[output][json]") {
  JsonSample sample;
  sample.report.diagnostics[0].message = "bad \xFF\xFE bytes";
  const nlohmann::json document = nlohmann::json::parse(format_json(sample.report));
  CHECK(document["diagnostics"][0]["message"] == "bad \xEF\xBF\xBD\xEF\xBF\xBD bytes");
}

TEST_CASE("json output of a clean run has an empty diagnostics array", "[output][json]") {
  JsonSample sample;
  sample.report.diagnostics.clear();
  const nlohmann::json document = nlohmann::json::parse(format_json(sample.report));
  CHECK(document["diagnostics"] == nlohmann::json::array());
  CHECK(document["summary"]["errors"] == 0);
}

TEST_CASE("fingerprints ignore position but not code, file or subject", "[output][fingerprint]") {
  JsonSample sample;
  const Diagnostic& original = sample.report.diagnostics[1];
  const std::string identity = fingerprint(original, sample.files);
  CHECK(identity.size() == 16);
  CHECK(identity.find_first_not_of("0123456789abcdef") == std::string::npos);

  Diagnostic moved = original;
  moved.location.line = 40;
  moved.location.column = 1;
  moved.message = "reworded";
  CHECK(fingerprint(moved, sample.files) == identity);

  Diagnostic other_code = original;
  other_code.code = "SCH004";
  CHECK(fingerprint(other_code, sample.files) != identity);

  Diagnostic other_file = original;
  other_file.location.file = 2;
  CHECK(fingerprint(other_file, sample.files) != identity);

  Diagnostic other_subject = original;
  other_subject.subject = "risks/R-2/idd";
  CHECK(fingerprint(other_subject, sample.files) != identity);

  // Without a subject the message stands in for it.
  Diagnostic no_subject = original;
  no_subject.subject.clear();
  Diagnostic no_subject_reworded = no_subject;
  no_subject_reworded.message = "reworded";
  CHECK(fingerprint(no_subject, sample.files) != fingerprint(no_subject_reworded, sample.files));
}

TEST_CASE("fingerprints are stable across versions", "[output][fingerprint]") {
  SourceFiles files;
  const std::uint32_t file = files.add(SourceFile{"x/a.yaml", "a.yaml", ""});
  const Diagnostic diagnostic{"SCH003", Severity::Error, {file, 3, 4}, "message", "", "subject"};
  // FNV-1a 64 of "SCH003\0a.yaml\0subject": changing it re-opens every finding tracked by SARIF consumers.
  CHECK(fingerprint(diagnostic, files) == "f015bcb4b005a156");
}
