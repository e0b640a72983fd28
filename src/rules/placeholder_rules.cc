// Placeholder text in any register (issue: a document built on placeholders is never issued).
// Every text field of every register goes through the one detector, src/model/placeholder.cc.
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "model/placeholder.h"
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
  for (const ContextIssue& issue : repository.issues) {
    PlaceholderScan scan(context, "context", issue.id.value, fmt::format("context issue {}", issue.id.value));
    scan.text(issue.title, "title");
    scan.text(issue.description, "description");
  }
}

void scan_parties(RuleContext& context, const Repository& repository) {
  for (const InterestedParty& party : repository.parties) {
    PlaceholderScan scan(context, "parties", party.id.value, fmt::format("interested party {}", party.id.value));
    scan.text(party.name, "name");
    for (const Requirement& requirement : party.requirements) {
      PlaceholderScan inner(context, "parties", requirement.id.value, fmt::format("requirement {}", requirement.id.value));
      inner.text(requirement.description, "description");
      inner.text(requirement.source.reference, "source.reference");
    }
  }
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

void scan_assets(RuleContext& context, const Repository& repository) {
  for (const Asset& asset : repository.assets) {
    PlaceholderScan scan(context, "assets", asset.id.value, fmt::format("asset {}", asset.id.value));
    scan.text(asset.name, "name");
    scan.text(asset.owner, "owner");
    scan.text(asset.location, "location");
    scan.text(asset.description, "description");
    scan.text(asset.lineage_notes, "lineage.notes");
    scan.text(asset.retention, "retention");
    scan.text(asset.lawful_basis, "lawful_basis", FieldKind::Reason);
    scan.text(asset.privileges, "privileges");
    scan.text(asset.logging, "logging");
  }
}

void scan_risks(RuleContext& context, const Repository& repository) {
  for (const Risk& risk : repository.risks) {
    PlaceholderScan scan(context, "risks", risk.id.value, fmt::format("risk {}", risk.id.value));
    scan.text(risk.title, "title");
    scan.text(risk.threat, "threat");
    scan.text(risk.vulnerability, "vulnerability");
    scan.text(risk.owner, "owner");
    scan.approval(risk.acceptance, "acceptance");
  }
}

void scan_suppliers(RuleContext& context, const Repository& repository) {
  for (const Supplier& supplier : repository.suppliers) {
    PlaceholderScan scan(context, "suppliers", supplier.id.value, fmt::format("supplier {}", supplier.id.value));
    scan.text(supplier.name, "name");
    scan.list(supplier.services, "services");
    for (const Certification& certification : supplier.certifications) {
      scan.text(certification.standard, "certifications.standard");
      scan.text(certification.scope, "certifications.scope");
      scan.text(certification.certificate, "certifications.certificate");
    }
    for (const Agreement& agreement : supplier.agreements) scan.text(agreement.reference, "agreements.reference");
    scan.text(supplier.ai_data_use.terms, "ai_data_use.terms");
  }
}

void scan_soa(RuleContext& context, const Repository& repository) {
  for (const SoaEntry& entry : repository.soa) {
    PlaceholderScan scan(context, "soa", entry.control.value, fmt::format("control {}", entry.control.value));
    // SOA003 and SOA008 leave placeholder justifications to this rule (see docs/rules/PLH001.md).
    scan.text(entry.justification, "justification", FieldKind::Reason);
    scan.text(entry.owner, "owner");
    // SOA012 leaves placeholder AI coverage notes to this rule too.
    scan.text(entry.ai_coverage, "ai_coverage", FieldKind::Reason);
  }
}

void scan_documents(RuleContext& context, const Repository& repository) {
  for (const Document& document : repository.documents) {
    PlaceholderScan scan(context, "documents", document.id.value, fmt::format("document {}", document.id.value));
    scan.text(document.title, "title");
    scan.text(document.version, "version");
    scan.text(document.owner, "owner");
    scan.text(document.path, "location");
    scan.approval(document.approval, "approval");
  }
  for (const Evidence& evidence : repository.evidence) {
    PlaceholderScan scan(context, "evidence", evidence.id.value, fmt::format("evidence {}", evidence.id.value));
    scan.text(evidence.title, "title");
    scan.text(evidence.shows, "shows");
    scan.text(evidence.path, "location");
    scan.text(evidence.collected_by, "collected_by");
  }
}

}  // namespace

void check_placeholder_text(RuleContext& context) {
  const Repository& repository = context.repository();
  scan_manifest(context, repository.manifest);
  scan_register_blocks(context, repository);
  scan_context(context, repository);
  scan_parties(context, repository);
  scan_scope(context, repository.scope);
  scan_assets(context, repository);
  scan_risks(context, repository);
  scan_suppliers(context, repository);
  scan_soa(context, repository);
  scan_documents(context, repository);
}

}  // namespace isms
