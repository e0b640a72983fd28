// The assessment results: one run of `isms check` on the repository, as of the generation date.
// Each finding is an observation (what was seen, where: the rule code, severity and
// file:line:col, with the file as relevant evidence) and a finding that points at it (the rule
// as the objective, not satisfied). A clean repository has a result with neither.
#include <map>

#include <fmt/format.h>

#include "rules/codes.h"
#include "oscal/oscal_models.h"
#include "oscal/oscal_text.h"

namespace isms {
namespace {

/// isms has no assessment plan document: the plan is the rule set of this version of isms.
/// import-ap, which OSCAL requires, names it through a back-matter resource that says so.
Json assessment_plan_resource() {
  return Json{{"uuid", oscal_uuid("isms:resource:assessment-plan")},
              {"title", fmt::format("The checks and audit rules of isms {}", ISMS_VERSION)},
              {"description", "There is no separate assessment plan: the assessment is `isms check`, with every rule "
                              "and the repository's own rule configuration. `isms rules` lists the checks and "
                              "`isms explain CODE` documents each."}};
}

std::string rule_title(const Diagnostic& diagnostic) {
  const CodeInfo* info = find_code(diagnostic.code);
  if (info == nullptr || info->name.empty()) return markup_line(diagnostic.code, "finding");
  return markup_line(fmt::format("{} {}", diagnostic.code, info->name), diagnostic.code);
}

Json observation_of(const ExportInput& input, const Diagnostic& diagnostic, const std::string& uuid) {
  const CheckReport& report = *input.report;
  const std::string location = repository_location(report, diagnostic);
  Json observation;
  observation["uuid"] = uuid;
  observation["title"] = rule_title(diagnostic);
  std::string description = markup_multiline(diagnostic.message);
  if (!diagnostic.hint.empty()) description += "\n\n**Hint.** " + markup_multiline(diagnostic.hint);
  observation["description"] = description;
  Json props = Json::array({isms_prop("rule", diagnostic.code), isms_prop("severity", severity_name(diagnostic.severity))});
  if (!location.empty()) props.push_back(isms_prop("location", location));
  props.push_back(isms_prop("fingerprint", fingerprint(diagnostic, *report.files)));
  observation["props"] = std::move(props);
  observation["methods"] = Json::array({"TEST"});  // an automated check of the files
  observation["types"] = Json::array({"finding"});
  if (const std::string file = repository_file(report, diagnostic); !file.empty()) {
    Json evidence{{"description", "The finding's place in the repository: " + markup_line(location, file)}};
    if (const std::optional<std::string> href = location_href(file)) evidence = Json{{"href", *href}, {"description", evidence["description"]}};
    observation["relevant-evidence"] = Json::array({evidence});
  }
  observation["collected"] = generation_timestamp(input);
  return observation;
}

Json finding_of(const Diagnostic& diagnostic, const std::string& uuid, const std::string& observation_uuid) {
  return Json{{"uuid", uuid},
              {"title", rule_title(diagnostic)},
              {"description", markup_multiline(diagnostic.message)},
              {"props", Json::array({isms_prop("severity", severity_name(diagnostic.severity))})},
              {"target", Json{{"type", "objective-id"},
                              {"target-id", token_of(diagnostic.code, "rule")},
                              {"status", Json{{"state", "not-satisfied"}}}}},
              {"related-observations", Json::array({Json{{"observation-uuid", observation_uuid}}})}};
}

}  // namespace

Result<Json> assessment_results_body(const ExportInput& input) {
  const Repository& repository = *input.repository;
  const CheckReport& report = *input.report;
  Json body;
  body["metadata"] = document_metadata(input, organisation_name(repository) + ": ISMS assessment by isms check", input.date);
  body["metadata"]["parties"] = Json::array({organisation_party(repository)});
  const Json plan = assessment_plan_resource();
  body["import-ap"] = Json{{"href", "#" + plan["uuid"].get<std::string>()}};

  Json observations = Json::array();
  Json findings = Json::array();
  // A finding's fingerprint does not depend on its line, so its UUIDs survive edits elsewhere in
  // the file; a second copy of the same defect is told apart by its number.
  std::map<std::string, int> seen;
  for (const Diagnostic& diagnostic : report.diagnostics) {
    const std::string key = fingerprint(diagnostic, *report.files);
    const std::string name = fmt::format("{}:{}", key, ++seen[key]);
    const std::string observation_uuid = oscal_uuid("isms:assessment-results:observation:" + name);
    observations.push_back(observation_of(input, diagnostic, observation_uuid));
    findings.push_back(finding_of(diagnostic, oscal_uuid("isms:assessment-results:finding:" + name), observation_uuid));
  }
  const SeverityCounts counts = count_by_severity(report);
  Json result;
  result["uuid"] = oscal_uuid("isms:assessment-results:result:" + input.date);
  result["title"] = "isms check as of " + input.date;
  result["description"] = markup_line(summary_sentence(report), "No findings.");
  result["start"] = generation_timestamp(input);
  result["end"] = generation_timestamp(input);
  result["props"] = Json::array({isms_prop("as-of", input.date), isms_prop("errors", std::to_string(counts.errors)),
                                 isms_prop("warnings", std::to_string(counts.warnings)),
                                 isms_prop("notes", std::to_string(counts.notes))});
  result["reviewed-controls"] = Json{{"control-selections", Json::array({Json{{"include-all", Json::object()}}})}};
  if (!observations.empty()) result["observations"] = std::move(observations);
  if (!findings.empty()) result["findings"] = std::move(findings);
  body["results"] = Json::array({std::move(result)});
  body["back-matter"] = Json{{"resources", Json::array({plan})}};
  return body;
}

}  // namespace isms
