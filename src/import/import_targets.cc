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
    {ImportTarget::Audits, "audits", "audits", "audit", "audits", "the internal audits (their findings are added in YAML)"},
    {ImportTarget::Reviews, "reviews", "reviews", "review", "reviews",
     "the management reviews (their inputs, decisions and actions are added in YAML)"},
    {ImportTarget::Nonconformities, "nonconformities", "nonconformities", "nonconformity", "nonconformities",
     "the nonconformities and their corrective actions"},
    {ImportTarget::Roles, "roles", "roles", "role", "roles", "the roles of the roles register", "the people"},
    {ImportTarget::People, "people", "roles", "person", "people", "the people of the roles register, and the roles they hold", "the roles"},
    {ImportTarget::Competence, "competence", "competence", "requirement", "requirements",
     "the competence each role requires (people's evidence is added in YAML)", "the people's competence records"},
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
