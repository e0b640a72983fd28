// `isms export oscal`: checks the repository as `isms render` does, refuses a document that the
// findings make wrong (or marks it as a draft with --force), and builds the model.
#include <fmt/format.h>

#include "oscal/oscal.h"
#include "model/dates.h"
#include "render/render.h"
#include "oscal/oscal_models.h"
#include "util/git_revision.h"

namespace isms {
namespace {

struct ModelInfo {
  OscalModel model;
  std::string_view name;      ///< on the command line
  std::string_view root_key;  ///< the document's root property in OSCAL JSON
  Result<Json> (*body)(const ExportInput&);
};

constexpr ModelInfo kModels[] = {
    {OscalModel::Catalog, "catalog", "catalog", catalog_body},
    {OscalModel::Profile, "profile", "profile", profile_body},
    {OscalModel::Ssp, "ssp", "system-security-plan", ssp_body},
    {OscalModel::AssessmentResults, "assessment-results", "assessment-results", assessment_results_body},
    {OscalModel::Poam, "poam", "plan-of-action-and-milestones", poam_body},
};

const ModelInfo& info_of(OscalModel model) {
  for (const ModelInfo& info : kModels) {
    if (info.model == model) return info;
  }
  return kModels[0];
}

/// Which rendered documents show what this model shows, so that the same findings block both:
/// the profile and the POA&M are the SoA's content, the SSP is the scope's and the SoA's, and
/// the assessment results are the readiness report's (its findings are its content).
bool blocks_model(OscalModel model, const Diagnostic& diagnostic, const Repository& repository) {
  switch (model) {
    case OscalModel::Catalog: return false;
    case OscalModel::Profile:
    case OscalModel::Poam: return blocks_document(DocumentKind::Soa, diagnostic, repository);
    case OscalModel::Ssp:
      return blocks_document(DocumentKind::Scope, diagnostic, repository) ||
             blocks_document(DocumentKind::Soa, diagnostic, repository);
    case OscalModel::AssessmentResults: return blocks_document(DocumentKind::Report, diagnostic, repository);
  }
  return false;
}

}  // namespace


std::optional<OscalModel> parse_oscal_model(std::string_view name) {
  for (const ModelInfo& info : kModels) {
    if (info.name == name) return info.model;
  }
  return std::nullopt;
}

std::vector<std::string> oscal_model_names() {
  std::vector<std::string> names;
  for (const ModelInfo& info : kModels) names.emplace_back(info.name);
  return names;
}

void run_oscal_export(const OscalOptions& options, OscalResult& result) {
  ExportInput input;
  Result<std::string> date = generation_date(options.check.as_of);
  if (!date) {
    result.error = date.error();
    result.status = OscalStatus::Failed;
    return;
  }
  input.date = *date;
  // The catalog is the built-in Annex A: it reads no repository, so it is the same for all.
  if (options.model != OscalModel::Catalog) {
    CheckOptions check = options.check;
    check.as_of = input.date;
    run_check(check, result.run);
    if (result.run.status != LoadStatus::Loaded) {
      result.status = OscalStatus::NotARepository;
      return;
    }
    for (const Diagnostic& diagnostic : result.run.report.diagnostics) {
      if (blocks_model(options.model, diagnostic, result.run.repository)) result.blocking.push_back(diagnostic);
    }
    if (!result.blocking.empty() && !options.force) {
      result.status = OscalStatus::Refused;
      return;
    }
    const GitRevision revision = read_git_revision(options.check.repository);
    input.repository = &result.run.repository;
    input.report = &result.run.report;
    input.git_commit = revision.commit;
    input.git_modified = revision.modified;
    input.blocking = result.blocking;
  }
  const ModelInfo& info = info_of(options.model);
  const Result<Json> body = info.body(input);
  if (!body) {
    result.error = body.error();
    result.status = OscalStatus::Failed;
    return;
  }
  result.json = finish_document(info.root_key, *body);
  result.status = OscalStatus::Exported;
}

}  // namespace isms
