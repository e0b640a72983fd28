#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <fstream>
#include <span>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "rules/codes.h"
#include "output/formats.h"
#include "sample_report.h"
#include "output/security_severity.h"

using namespace isms;

namespace {

struct SarifSample {
  SourceFiles files;
  CheckReport report;

  SarifSample() {
    const std::uint32_t risks = files.add(SourceFile{"repo/registers/my risks #1.yaml",
                                                     "registers/my risks #1.yaml", "risks:\n  - id: R-1\n"});
    const std::uint32_t manifest = files.add(SourceFile{"repo/isms.yaml", "isms.yaml", "format: 1\n"});
    report = sample_report(files);
    report.repository_root = "/srv/my repo";
    report.diagnostics = {
        {"IO004", Severity::Error, {}, "too many files", "raise the limit", ""},
        {"SCH003", Severity::Error, {risks, 2, 5}, "unknown \"idd\" <x> & 100%, a::b\nnext", "use id", "R-1/idd"},
        {"REG003", Severity::Warning, {risks, 0, 0}, "no approval.", "", "risks"},
        {"SCH007", Severity::Note, {manifest, 1, 0}, "a note", "", ""},
    };
  }
};

/// The reference schemas live outside the project; a CI run must have them, a local one may not.
bool reference_file_available(const std::string& path) {
  if (std::filesystem::exists(path)) return true;
  const char* ci = std::getenv("CI");
  if (ci != nullptr && std::string_view(ci) == "true") FAIL("reference schema missing in CI: " << path);
  WARN("SARIF schema validation skipped: reference schemas not found at " << path);
  return false;
}

/// RFC 3986 characters of a URI reference, with '%' only as the start of a two-digit escape.
bool is_uri_reference(std::string_view uri) {
  static constexpr std::string_view kAllowed =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=";
  for (std::size_t at = 0; at < uri.size(); ++at) {
    if (uri[at] == '%') {
      if (at + 2 >= uri.size() || !std::isxdigit(static_cast<unsigned char>(uri[at + 1])) ||
          !std::isxdigit(static_cast<unsigned char>(uri[at + 2]))) {
        return false;
      }
      at += 2;
    } else if (kAllowed.find(uri[at]) == std::string_view::npos) {
      return false;
    }
  }
  return true;
}

}  // namespace

TEST_CASE("sarif output validates against the official SARIF 2.1.0 schema", "[output][sarif]") {
  const std::string schema_path = std::string(ISMS_REFDATA_DIR) + "/sarif-schema-2.1.0.json";
  if (!reference_file_available(schema_path)) return;
  std::ifstream schema_stream(schema_path);
  const nlohmann::json schema_document = nlohmann::json::parse(schema_stream);
  valijson::Schema schema;
  valijson::SchemaParser parser(valijson::SchemaParser::kDraft4);
  valijson::adapters::NlohmannJsonAdapter schema_adapter(schema_document);
  parser.populateSchema(schema_adapter, schema);

  SarifSample sample;
  const nlohmann::json sarif = nlohmann::json::parse(format_sarif(sample.report));
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter target(sarif);
  const bool valid = validator.validate(schema, target, &results);
  valijson::ValidationResults::Error error;
  while (results.popError(error)) {
    std::string context;
    for (const std::string& part : error.context) context += part;
    UNSCOPED_INFO(context << ": " << error.description);
  }
  CHECK(valid);

  // A run with no findings and no known root is valid too.
  sample.report.diagnostics.clear();
  sample.report.repository_root.clear();
  const nlohmann::json empty = nlohmann::json::parse(format_sarif(sample.report));
  valijson::adapters::NlohmannJsonAdapter empty_target(empty);
  CHECK(validator.validate(schema, empty_target, nullptr));

  // Proves the schema is really enforced, so the checks above cannot pass vacuously.
  nlohmann::json broken = sarif;
  broken["runs"][0]["results"][0]["level"] = "fatal";
  valijson::adapters::NlohmannJsonAdapter broken_target(broken);
  CHECK_FALSE(validator.validate(schema, broken_target, nullptr));
}

TEST_CASE("sarif rule links follow the configured rules URL", "[output][sarif]") {
  SarifSample sample;
  sample.report.rules_url = "https://forge.test/org/isms/blob/v1/docs/rules/";
  nlohmann::json sarif = nlohmann::json::parse(format_sarif(sample.report));
  CHECK(sarif["runs"][0]["tool"]["driver"]["rules"][0]["helpUri"] ==
        "https://forge.test/org/isms/blob/v1/docs/rules/" + std::string(diagnostic_codes()[0].code) + ".md");
  sample.report.rules_url = "https://docs.test/rules?code={code}";
  sarif = nlohmann::json::parse(format_sarif(sample.report));
  CHECK(sarif["runs"][0]["tool"]["driver"]["rules"][0]["helpUri"] ==
        "https://docs.test/rules?code=" + std::string(diagnostic_codes()[0].code));
}

TEST_CASE("sarif security-severity only on rules whose finding is an exposure", "[output][sarif]") {
  SarifSample sample;
  const nlohmann::json sarif = nlohmann::json::parse(format_sarif(sample.report));
  std::size_t scored = 0;
  for (const nlohmann::json& rule : sarif["runs"][0]["tool"]["driver"]["rules"]) {
    const std::optional<std::string_view> score = isms::security_severity(rule["id"].get<std::string>());
    const nlohmann::json& tags = rule["properties"]["tags"];
    const bool tagged = std::find(tags.begin(), tags.end(), "security") != tags.end();
    INFO("rule " << rule["id"]);
    CHECK(rule["properties"].contains("security-severity") == score.has_value());
    CHECK(tagged == score.has_value());  // GitHub reads the score only with the security tag
    if (!score) continue;
    ++scored;
    const double value = std::stod(rule["properties"]["security-severity"].get<std::string>());
    CHECK(value > 0.0);
    CHECK(value <= 10.0);
  }
  CHECK(scored == isms::security_severities().size());  // every entry names a real code
  CHECK(isms::security_severity("RSK004") == std::string_view("7.5"));
  CHECK_FALSE(isms::security_severity("SCH001"));  // a format finding is no vulnerability
  CHECK_FALSE(isms::security_severity("REG003"));  // nor a missing approval
}

TEST_CASE("sarif output describes every rule", "[output][sarif]") {
  SarifSample sample;
  const nlohmann::json sarif = nlohmann::json::parse(format_sarif(sample.report));
  CHECK(sarif["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json");
  CHECK(sarif["version"] == "2.1.0");
  REQUIRE(sarif["runs"].size() == 1);
  const nlohmann::json& driver = sarif["runs"][0]["tool"]["driver"];
  CHECK(driver["name"] == "isms");
  CHECK(driver["version"] == "0.1.0");
  CHECK_FALSE(driver.contains("informationUri"));  // the tool has no site of its own to link to
  const std::span<const CodeInfo> codes = diagnostic_codes();
  REQUIRE(driver["rules"].size() == codes.size());
  for (std::size_t index = 0; index < codes.size(); ++index) {
    const nlohmann::json& rule = driver["rules"][index];
    const std::string code(codes[index].code);
    CHECK(rule["id"] == code);
    CHECK(rule["name"] == std::string(codes[index].name));
    CHECK(rule["shortDescription"]["text"] == std::string(codes[index].summary));
    CHECK(rule["fullDescription"]["text"].get<std::string>().find(codes[index].reference) != std::string::npos);
    CHECK(rule["defaultConfiguration"]["level"] == std::string(severity_name(codes[index].default_severity)));
    CHECK_FALSE(rule.contains("helpUri"));  // no link unless --rules-url names where the pages are
    CHECK(rule["help"]["text"].get<std::string>().starts_with("# " + code + " "));
    CHECK(rule["help"]["markdown"] == rule["help"]["text"]);
    CHECK(rule["properties"]["tags"][0].get<std::string>().find(codes[index].reference) != std::string::npos);
  }
}

TEST_CASE("sarif results carry level, message, location and fingerprint", "[output][sarif]") {
  SarifSample sample;
  const nlohmann::json sarif = nlohmann::json::parse(format_sarif(sample.report));
  const nlohmann::json& run = sarif["runs"][0];
  CHECK(run["originalUriBaseIds"]["SRCROOT"]["uri"] == "file:///srv/my%20repo/");
  CHECK(run["columnKind"] == "unicodeCodePoints");
  const nlohmann::json& results = run["results"];
  REQUIRE(results.size() == 4);

  for (std::size_t index = 0; index < results.size(); ++index) {
    const nlohmann::json& result = results[index];
    const Diagnostic& diagnostic = sample.report.diagnostics[index];
    CHECK(result["ruleId"] == diagnostic.code);
    CHECK(run["tool"]["driver"]["rules"][result["ruleIndex"].get<std::size_t>()]["id"] == diagnostic.code);
    CHECK(result["level"] == std::string(severity_name(diagnostic.severity)));
    CHECK(result["partialFingerprints"]["isms/v1"] == fingerprint(diagnostic, sample.files));
  }

  // A finding about the whole repository is placed on the manifest, since GitHub needs a location.
  CHECK(results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "isms.yaml");
  CHECK(results[0]["locations"][0]["physicalLocation"]["region"] == nlohmann::json{{"startLine", 1}});
  CHECK(results[0]["message"]["text"] == "too many files. Raise the limit");

  const nlohmann::json& located = results[1]["locations"][0]["physicalLocation"];
  CHECK(results[1]["message"]["text"] == "unknown \"idd\" <x> & 100%, a::b\nnext. Use id");
  CHECK(located["artifactLocation"]["uri"] == "registers/my%20risks%20%231.yaml");
  CHECK(located["artifactLocation"]["uriBaseId"] == "SRCROOT");
  CHECK(located["region"] == nlohmann::json{{"startLine", 2}, {"startColumn", 5}});
  CHECK(is_uri_reference(located["artifactLocation"]["uri"].get<std::string>()));
  CHECK(is_uri_reference(run["originalUriBaseIds"]["SRCROOT"]["uri"].get<std::string>()));

  CHECK(results[2]["message"]["text"] == "no approval.");
  CHECK(!results[2]["locations"][0]["physicalLocation"].contains("region"));
  CHECK(results[3]["locations"][0]["physicalLocation"]["region"] == nlohmann::json{{"startLine", 1}});
}

TEST_CASE("sarif base uri handles Windows roots and codes missing from the table", "[output][sarif]") {
  SarifSample sample;
  sample.report.repository_root = "C:\\data\\repo";
  sample.report.diagnostics = {{"ZZZ999", Severity::Warning, {}, "from a newer check", "", ""}};
  const nlohmann::json sarif = nlohmann::json::parse(format_sarif(sample.report));
  CHECK(sarif["runs"][0]["originalUriBaseIds"]["SRCROOT"]["uri"] == "file:///C:/data/repo/");
  const nlohmann::json& result = sarif["runs"][0]["results"][0];
  CHECK(result["ruleId"] == "ZZZ999");
  CHECK(!result.contains("ruleIndex"));
}
