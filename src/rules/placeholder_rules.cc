// Placeholder text in any register (issue: a document built on placeholders is never issued).
// Every text field of every register goes through the one detector, src/model/placeholder.cc.
// The declared record types (model/records/) mark their prose fields; the manifest, the register
// blocks and the scope are listed here.
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include <fmt/format.h>

#include "model/placeholder.h"
#include "model/records/asset.h"
#include "model/records/audit.h"
#include "model/records/context_issue.h"
#include "model/records/document.h"
#include "model/records/competence.h"
#include "model/records/evidence.h"
#include "model/records/interested_party.h"
#include "model/records/objective.h"
#include "model/records/risk.h"
#include "model/records/review.h"
#include "model/records/nonconformity.h"
#include "model/records/role.h"
#include "model/records/soa_entry.h"
#include "model/records/supplier.h"
#include "model/records/treatment_action.h"
#include "rules/rules.h"

namespace isms {
namespace {

/// Reports the placeholder fields of one record. The subject
/// "placeholder:<register>:<record>:<field>" is what `isms render` reads to decide whether a
/// document shows the value (src/render/placeholder_blocking.cc), so keep its form.
class PlaceholderScan {
 public:
  PlaceholderScan(RuleContext& context, std::string_view register_name, std::string record, std::string described)
      : context_(context), register_(register_name), record_(std::move(record)), described_(std::move(described)) {}

  void text(const Text& value, std::string_view field, FieldKind kind = FieldKind::Text) {
    if (!value.present) return;
    context_.examined(1, "text value", "text values");
    const std::optional<std::string> marker = find_placeholder(value.value, kind);
    if (!marker) return;
    context_.report(value.location,
                    fmt::format("`{}` of {} is placeholder text (\"{}\"), not content", field, described_, *marker),
                    kind == FieldKind::Reason ? "give the actual reason, specific to this organisation"
                                              : "write the real value, or delete the record if it does not apply",
                    fmt::format("placeholder:{}:{}:{}", register_, record_, field));
  }

  void list(const IdList& values, std::string_view field) {
    for (const Text& value : values) text(value, field);
  }

  void approval(const Approval& value, std::string_view field) {
    if (!value.present) return;
    text(value.by, fmt::format("{}.by", field));
    text(value.role, fmt::format("{}.role", field));
  }

 private:
  RuleContext& context_;
  std::string_view register_;
  std::string record_;
  std::string described_;
};

template <typename Record>
void scan_declared(RuleContext& context, PlaceholderScan& scan, const Record& record,
                   const RecordDeclaration<Record>& declaration, std::string_view register_name, const std::string& prefix);

/// A nested record: one with an id of its own (a party's requirement) is a record of its own
/// for PLH001; one without (a supplier's certification) counts as fields of its parent.
template <typename Child>
void scan_nested(RuleContext& context, PlaceholderScan& scan, const Child& child, std::string_view register_name,
                 const std::string& key) {
  const RecordDeclaration<Child>& declaration = declaration_of(child);
  if (declaration.id == nullptr) {
    scan_declared(context, scan, child, declaration, register_name, key + ".");
    return;
  }
  const std::string& id = (child.*declaration.id).value;
  PlaceholderScan inner(context, register_name, id, fmt::format("{} {}", declaration.noun, id));
  scan_declared(context, inner, child, declaration, register_name, "");
}

/// The prose fields of a declared record, named by their YAML keys.
template <typename Record>
void scan_declared(RuleContext& context, PlaceholderScan& scan, const Record& record,
                   const RecordDeclaration<Record>& declaration, std::string_view register_name, const std::string& prefix) {
  for (const FieldSpec<Record>& field : declaration.fields) {
    const std::string key = prefix + std::string(field.key);
    const FieldKind kind = field.prose == Prose::Reason ? FieldKind::Reason : FieldKind::Text;
    std::visit(
        [&](const auto& member) {
          using Member = std::decay_t<decltype(member)>;
          if constexpr (std::is_same_v<Member, Text Record::*>) {
            if (field.prose != Prose::No) scan.text(record.*member, key, kind);
          } else if constexpr (std::is_same_v<Member, IdList Record::*>) {
            if (field.prose != Prose::No) scan.list(record.*member, key);
          } else if constexpr (std::is_same_v<Member, Approval Record::*>) {
            if (field.prose != Prose::No) scan.approval(record.*member, key);
          } else if constexpr (kNestedObjectMember<Member>) {
            scan_nested(context, scan, record.*member, register_name, key);
          } else if constexpr (kNestedListMember<Member>) {
            for (const auto& child : record.*member) scan_nested(context, scan, child, register_name, key);
          }
        },
        field.member);
  }
}

/// Every record of a declared type.
template <typename Record>
void scan_records(RuleContext& context, const std::vector<Record>& records, const RecordDeclaration<Record>& declaration) {
  for (const Record& record : records) {
    const std::string& id = (record.*declaration.id).value;
    PlaceholderScan scan(context, declaration.register_name, id, fmt::format("{} {}", declaration.noun, id));
    scan_declared(context, scan, record, declaration, declaration.register_name, "");
  }
}

void scan_manifest(RuleContext& context, const Manifest& manifest) {
  PlaceholderScan organisation(context, "manifest", "organisation", "the organisation");
  organisation.text(manifest.organisation_name, "name");
  for (std::size_t index = 0; index < manifest.legal_entities.size(); ++index) {
    const LegalEntity& entity = manifest.legal_entities[index];
    PlaceholderScan scan(context, "manifest", fmt::format("legal-entity-{}", index + 1),
                         fmt::format("legal entity {}", index + 1));
    scan.text(entity.name, "name");
    scan.text(entity.jurisdiction, "jurisdiction");
    scan.text(entity.registration, "registration");
  }
}

void scan_register_blocks(RuleContext& context, const Repository& repository) {
  for (const RegisterInfo& info : repository.registers) {
    if (!info.control.present) continue;
    PlaceholderScan scan(context, info.name, "register", fmt::format("the {}'s register block", register_title(info.name)));
    scan.text(info.control.version, "version");
    scan.text(info.control.owner, "owner");
    scan.approval(info.control.approval, "approval");
  }
}

void scan_context(RuleContext& context, const Repository& repository) {
  if (repository.climate_change.present) {
    PlaceholderScan scan(context, "context", "climate_change", "the climate-change determination");
    scan.text(repository.climate_change.reasoning, "reasoning", FieldKind::Reason);
  }
  scan_records(context, repository.issues, records::kContextIssueRecord);
}

void scan_scope_items(RuleContext& context, const std::vector<ScopeItem>& items, std::string_view kind) {
  for (const ScopeItem& item : items) {
    PlaceholderScan scan(context, "scope", item.id.value, fmt::format("{} {}", kind, item.id.value));
    scan.text(item.name, "name");
    scan.text(item.description, "description");
    scan.text(item.rationale, "rationale", FieldKind::Reason);
  }
}

void scan_scope(RuleContext& context, const Scope& scope) {
  if (!scope.present) return;
  PlaceholderScan top(context, "scope", "-", "the scope");
  top.text(scope.statement, "statement");
  top.text(scope.organisational_boundary, "boundaries.organisational");
  top.text(scope.physical_boundary, "boundaries.physical");
  top.text(scope.logical_boundary, "boundaries.logical");
  top.list(scope.boundary_entities, "boundaries.legal_entities");
  scan_scope_items(context, scope.services, "service");
  scan_scope_items(context, scope.locations, "location");
  scan_scope_items(context, scope.technology, "technology");
  scan_scope_items(context, scope.people, "function");
  for (const ScopeInterface& interface : scope.interfaces) {
    PlaceholderScan scan(context, "scope", interface.id.value, fmt::format("interface {}", interface.id.value));
    scan.text(interface.with, "with");
    scan.text(interface.description, "description");
    scan.text(interface.dependency, "dependency");
  }
  for (const ScopeExclusion& exclusion : scope.exclusions) {
    PlaceholderScan scan(context, "scope", exclusion.id.value, fmt::format("exclusion {}", exclusion.id.value));
    scan.text(exclusion.what, "what");
    scan.text(exclusion.rationale, "rationale", FieldKind::Reason);
  }
  for (const Communication& entry : scope.communication) {
    PlaceholderScan scan(context, "scope", "communication", "a communication of the scope");
    scan.text(entry.audience, "audience");
    scan.text(entry.method, "method");
  }
  for (const HistoryEntry& entry : scope.history) {
    PlaceholderScan scan(context, "scope", "history", fmt::format("scope history entry {}", entry.version.value));
    scan.text(entry.change, "change");
  }
}

}  // namespace

void check_placeholder_text(RuleContext& context) {
  const Repository& repository = context.repository();
  scan_manifest(context, repository.manifest);
  scan_register_blocks(context, repository);
  scan_context(context, repository);
  scan_records(context, repository.parties, records::kInterestedPartyRecord);
  scan_scope(context, repository.scope);
  scan_records(context, repository.assets, records::kAssetRecord);
  scan_records(context, repository.risks, records::kRiskRecord);
  scan_records(context, repository.suppliers, records::kSupplierRecord);
  // SOA003, SOA008 and SOA012 leave placeholder justifications and AI coverage notes to this
  // rule (see docs/rules/PLH001.md): the SoA declaration marks them as reasons.
  scan_records(context, repository.soa, records::kSoaEntryRecord);
  scan_records(context, repository.documents, records::kDocumentRecord);
  scan_records(context, repository.evidence, records::kEvidenceRecord);
  scan_records(context, repository.roles, records::kRoleRecord);
  scan_records(context, repository.reviews, records::kReviewRecord);
  scan_records(context, repository.people, records::kPersonRecord);
  scan_records(context, repository.competence_requirements, records::kCompetenceRequirementRecord);
  scan_records(context, repository.competence_records, records::kCompetenceRecordRecord);
  scan_records(context, repository.audits, records::kAuditRecord);
  scan_records(context, repository.nonconformities, records::kNonconformityRecord);
  scan_records(context, repository.treatment_actions, records::kTreatmentActionRecord);
  scan_records(context, repository.objectives, records::kObjectiveRecord);
}

}  // namespace isms
