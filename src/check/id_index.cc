#include "check/id_index.h"

#include <algorithm>

#include <fmt/format.h>

namespace isms {

void IdIndex::add(const Text& id, RecordKind kind, DiagnosticSink& sink) {
  if (!id.present || id.value.empty()) return;
  auto [existing, inserted] = entries_.emplace(id.value, IdEntry{kind, id.location});
  if (inserted) return;
  const SourceLocation& first = existing->second.location;
  const std::string where = files_ != nullptr && first.file != 0 && first.file != id.location.file
                                ? fmt::format("{}:{}", files_->at(first.file).display_path, first.line)
                                : fmt::format("line {}", first.line);
  sink.report("ID001", Severity::Error, id.location,
              fmt::format("id '{}' is already used by the {} defined at {}", id.value,
                          record_kind_name(existing->second.kind), where),
              "give every record its own id; references would be ambiguous", fmt::format("id:{}", id.value));
}

IdIndex::IdIndex(const Repository& repository, DiagnosticSink& sink, const SourceFiles* files) : files_(files) {
  entries_.reserve(repository.assets.size() + repository.risks.size() + repository.evidence.size() +
                   repository.documents.size() + repository.suppliers.size() + 256);
  for (const ContextIssue& issue : repository.issues) add(issue.id, RecordKind::Issue, sink);
  for (const InterestedParty& party : repository.parties) {
    add(party.id, RecordKind::Party, sink);
    for (const Requirement& requirement : party.requirements) add(requirement.id, RecordKind::Requirement, sink);
  }
  const Scope& scope = repository.scope;
  for (const ScopeItem& item : scope.services) add(item.id, RecordKind::Service, sink);
  for (const ScopeItem& item : scope.locations) add(item.id, RecordKind::Location, sink);
  for (const ScopeItem& item : scope.technology) add(item.id, RecordKind::Technology, sink);
  for (const ScopeItem& item : scope.people) add(item.id, RecordKind::Function, sink);
  for (const ScopeInterface& item : scope.interfaces) add(item.id, RecordKind::Interface, sink);
  for (const ScopeExclusion& item : scope.exclusions) add(item.id, RecordKind::Exclusion, sink);
  for (const Asset& asset : repository.assets) add(asset.id, RecordKind::Asset, sink);
  for (const Risk& risk : repository.risks) add(risk.id, RecordKind::Risk, sink);
  for (const Supplier& supplier : repository.suppliers) add(supplier.id, RecordKind::Supplier, sink);
  for (const Document& document : repository.documents) add(document.id, RecordKind::Document, sink);
  for (const Evidence& evidence : repository.evidence) add(evidence.id, RecordKind::Evidence, sink);
  for (const Role& role : repository.roles) add(role.id, RecordKind::Role, sink);
  for (const Person& person : repository.people) add(person.id, RecordKind::Person, sink);
  for (const CompetenceRequirement& requirement : repository.competence_requirements) {
    add(requirement.id, RecordKind::CompetenceRequirement, sink);
  }
  for (const Audit& audit : repository.audits) {
    add(audit.id, RecordKind::Audit, sink);
    for (const AuditFinding& finding : audit.findings) add(finding.id, RecordKind::AuditFinding, sink);
  }

  for (const ManagementReview& review : repository.reviews) {
    add(review.id, RecordKind::Review, sink);
    for (const ReviewAction& action : review.actions) add(action.id, RecordKind::ReviewAction, sink);
  }

  for (const Nonconformity& nonconformity : repository.nonconformities) {
    add(nonconformity.id, RecordKind::Nonconformity, sink);
  }
  for (const TreatmentAction& action : repository.treatment_actions) add(action.id, RecordKind::TreatmentAction, sink);
  for (const Objective& objective : repository.objectives) add(objective.id, RecordKind::Objective, sink);
}

const IdEntry* IdIndex::find(std::string_view id) const {
  auto found = entries_.find(id);
  return found == entries_.end() ? nullptr : &found->second;
}

std::vector<std::string> IdIndex::ids_of(std::span<const RecordKind> kinds) const {
  std::vector<std::string> ids;
  for (const auto& [id, entry] : entries_) {
    if (std::find(kinds.begin(), kinds.end(), entry.kind) != kinds.end()) ids.emplace_back(id);
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace isms
