// The table of import targets: one row per register `isms import` writes. The columns each
// reads come from the record declarations (import/import_records.h).
#include "import/import.h"

namespace isms {
namespace {

constexpr ImportTargetInfo kTargets[] = {
    {ImportTarget::Soa, "soa", "soa", "control", "controls", "the Statement of Applicability"},
    {ImportTarget::Assets, "assets", "assets", "asset", "assets", "the asset register"},
    {ImportTarget::Risks, "risks", "risks", "risk", "risks", "the risk register"},
    {ImportTarget::Treatment, "treatment", "treatment", "action", "actions", "the actions of the risk treatment plan"},
    {ImportTarget::Objectives, "objectives", "objectives", "objective", "objectives", "the information security objectives"},
    {ImportTarget::Measurements, "measurements", "objectives", "measurement", "measurements",
     "the measurements of the objectives, added to each row's objective", {},
     {"objectives", "id", "objective", "objective", "measurements", "date"}},
    {ImportTarget::Audits, "audits", "audits", "audit", "audits", "the internal audits"},
    {ImportTarget::Findings, "findings", "audits", "finding", "findings",
     "the findings of the internal audits, added to each row's audit", {},
     {"audits", "id", "audit", "audit", "findings", "id"}},
    {ImportTarget::Reviews, "reviews", "reviews", "review", "reviews",
     "the management reviews (their inputs are added in YAML)"},
    {ImportTarget::ReviewDecisions, "review-decisions", "reviews", "decision", "decisions",
     "the decisions of the management reviews, added to each row's review", {},
     {"reviews", "id", "review", "review", "decisions", "id"}},
    {ImportTarget::ReviewActions, "review-actions", "reviews", "action", "actions",
     "the actions of the management reviews, added to each row's review", {},
     {"reviews", "id", "review", "review", "actions", "id"}},
    {ImportTarget::Nonconformities, "nonconformities", "nonconformities", "nonconformity", "nonconformities",
     "the nonconformities and their corrective actions"},
    {ImportTarget::Roles, "roles", "roles", "role", "roles", "the roles of the roles register", "the people"},
    {ImportTarget::People, "people", "roles", "person", "people", "the people of the roles register, and the roles they hold", "the roles"},
    {ImportTarget::Competence, "competence", "competence", "requirement", "requirements",
     "the competence each role requires", "the people's competence records"},
    {ImportTarget::CompetenceEvidence, "competence-evidence", "competence", "piece of evidence", "pieces of evidence",
     "people's evidence of competence (a training log), added to each row's person", {},
     {"people", "person", "person", "person", "competence", "title|date", true}},
    {ImportTarget::Awareness, "awareness", "competence", "awareness session", "awareness sessions",
     "the awareness sessions people attended, added to each row's person", {},
     {"people", "person", "person", "person", "awareness", "course|date", true}},
};

}  // namespace

std::span<const ImportTargetInfo> import_targets() { return kTargets; }

const ImportTargetInfo& import_target_info(ImportTarget target) {
  for (const ImportTargetInfo& info : kTargets) {
    if (info.target == target) return info;
  }
  return kTargets[0];
}

std::optional<ImportTarget> parse_import_target(std::string_view name) {
  for (const ImportTargetInfo& info : kTargets) {
    if (info.name == name) return info.target;
  }
  return std::nullopt;
}

std::string_view import_target_name(ImportTarget target) { return import_target_info(target).name; }

std::string_view import_register_name(ImportTarget target) { return import_target_info(target).register_name; }

}  // namespace isms
