#include "diff/record_fields.h"

#include <string_view>

#include <fmt/format.h>

#include "model/catalogue.h"

namespace isms {
namespace {

/// Builds one record field by field; the helpers read each kind of model value as text.
class RecordBuilder {
 public:
  RecordBuilder(std::string id, std::string title) {
    record_.id = std::move(id);
    record_.title = std::move(title);
  }

  RecordBuilder& text(std::string_view name, const Text& value) { return add(name, value.present ? value.value : ""); }
  RecordBuilder& flag(std::string_view name, const Flag& value) {
    return add(name, value.present ? (value.value ? "true" : "false") : "");
  }
  RecordBuilder& number(std::string_view name, const Number& value) {
    return add(name, value.present ? std::to_string(value.value) : "");
  }
  RecordBuilder& date(std::string_view name, const LocatedDate& value) { return add(name, value.present ? value.value.text : ""); }
  RecordBuilder& ids(std::string_view name, const IdList& values) {
    std::vector<std::string> items;
    for (const Text& value : values) items.push_back(value.value);
    return list(name, std::move(items));
  }
  RecordBuilder& list(std::string_view name, std::vector<std::string> items) {
    FieldValue field{std::string(name), {}, std::move(items), true};
    for (const std::string& item : field.items) field.text += (field.text.empty() ? "" : ", ") + item;
    record_.fields.push_back(std::move(field));
    return *this;
  }
  RecordBuilder& approval(std::string_view name, const Approval& value) {
    text(fmt::format("{}.by", name), value.by);
    text(fmt::format("{}.role", name), value.role);
    return date(fmt::format("{}.date", name), value.date);
  }
  RecordBuilder& add(std::string_view name, std::string value) {
    record_.fields.push_back(FieldValue{std::string(name), std::move(value), {}, false});
    return *this;
  }
  FlatRecord take() { return std::move(record_); }

 private:
  FlatRecord record_;
};

FlatRegister manifest_register(const Manifest& manifest) {
  const RiskMethod& risk = manifest.risk;
  std::vector<std::string> entities, severities;
  for (const LegalEntity& entity : manifest.legal_entities) entities.push_back(entity.name.value);
  for (const SeverityOverride& entry : manifest.rules.severity) {
    severities.push_back(fmt::format("{}: {}", entry.code.value, entry.severity.value));
  }
  RecordBuilder record("isms.yaml", manifest.organisation_name.value);
  record.text("organisation.name", manifest.organisation_name)
      .list("organisation.legal_entities", entities)
      .text("standard.id", manifest.standard_id)
      .number("standard.edition", manifest.edition)
      .add("settings.review_period_months", std::to_string(manifest.review_period_months))
      .list("settings.classification.levels", manifest.classification_levels)
      .add("settings.risk.likelihood", fmt::format("{}..{}", risk.likelihood.min, risk.likelihood.max))
      .add("settings.risk.impact", fmt::format("{}..{}", risk.impact.min, risk.impact.max))
      .add("settings.risk.level", risk.level)
      .add("settings.risk.acceptance_threshold", std::to_string(risk.acceptance_threshold))
      .ids("rules.disable", manifest.rules.disable)
      .list("rules.severity", severities)
      .text("render.templates", manifest.templates);
  return FlatRegister{"manifest", {record.take()}};
}

FlatRegister document_control_register(const Repository& repository) {
  FlatRegister out{"document-control", {}};
  for (const RegisterInfo& info : repository.registers) {
    if (!info.found) continue;
    const RegisterControl& control = info.control;
    RecordBuilder record(info.name, std::string(register_title(info.name)));
    record.text("version", control.version).text("owner", control.owner).approval("approval", control.approval);
    out.records.push_back(record.date("last_review", control.last_review).take());
  }
  return out;
}

FlatRegister context_register(const Repository& repository) {
  FlatRegister out{"context", {}};
  const ClimateDetermination& climate = repository.climate_change;
  if (climate.present) {
    RecordBuilder record("climate_change", "Climate change determination");
    out.records.push_back(record.flag("relevant", climate.relevant).text("reasoning", climate.reasoning).text("issue", climate.issue).take());
  }
  for (const ContextIssue& issue : repository.issues) {
    RecordBuilder record(issue.id.value, issue.title.value);
    record.text("title", issue.title).text("type", issue.type).text("factor", issue.factor);
    out.records.push_back(record.text("description", issue.description).ids("risks", issue.risks).flag("in_scope", issue.in_scope).take());
  }
  return out;
}

FlatRegister parties_register(const Repository& repository) {
  FlatRegister out{"parties", {}};
  const PartyIdentification& identification = repository.party_identification;
  if (identification.present) {
    RecordBuilder record("identification", "How the interested parties were identified");
    out.records.push_back(
        record.text("method", identification.method).date("date", identification.date).ids("evidence", identification.evidence).take());
  }
  for (const InterestedParty& party : repository.parties) {
    std::vector<std::string> requirements;
    for (const Requirement& requirement : party.requirements) requirements.push_back(requirement.id.value);
    RecordBuilder record(party.id.value, party.name.value);
    record.text("name", party.name).text("type", party.type).text("category", party.category);
    out.records.push_back(record.text("power", party.power).text("interest", party.interest).list("requirements", requirements).take());
  }
  return out;
}

FlatRegister requirements_register(const Repository& repository) {
  FlatRegister out{"requirements", {}};
  for (const InterestedParty& party : repository.parties) {
    for (const Requirement& requirement : party.requirements) {
      RecordBuilder record(requirement.id.value, requirement.description.value);
      record.add("party", party.id.value).text("description", requirement.description);
      record.text("source.type", requirement.source.type).text("source.reference", requirement.source.reference);
      record.add("confirmed", requirement.confirmed ? "true" : "false")
          .date("confirmed.date", requirement.confirmed_date)
          .text("confirmed.method", requirement.confirmed_method);
      out.records.push_back(record.ids("addressed_by", requirement.addressed_by).ids("services", requirement.services).take());
    }
  }
  return out;
}

void add_scope_items(FlatRegister& out, std::string_view kind, const std::vector<ScopeItem>& items) {
  for (const ScopeItem& item : items) {
    RecordBuilder record(item.id.value, item.name.value);
    record.add("kind", std::string(kind)).text("name", item.name).text("type", item.type);
    record.text("description", item.description).flag("in_scope", item.in_scope).text("rationale", item.rationale);
    if (kind == "service") record.flag("ai", item.ai).ids("markets", item.markets);
    out.records.push_back(record.take());
  }
}

FlatRegister scope_register(const Scope& scope) {
  FlatRegister out{"scope", {}};
  if (!scope.present) return out;
  std::vector<std::string> communication, history;
  for (const Communication& entry : scope.communication) {
    communication.push_back(fmt::format("{} {}", entry.date.value.text, entry.audience.value));
  }
  for (const HistoryEntry& entry : scope.history) history.push_back(fmt::format("{} {}", entry.version.value, entry.date.value.text));
  RecordBuilder statement("scope", "Scope of the ISMS");
  statement.text("statement", scope.statement).text("soa_version", scope.soa_version);
  statement.text("boundaries.organisational", scope.organisational_boundary)
      .text("boundaries.physical", scope.physical_boundary)
      .text("boundaries.logical", scope.logical_boundary)
      .ids("boundaries.legal_entities", scope.boundary_entities);
  statement.ids("suppliers", scope.suppliers).ids("considered.issues", scope.considered_issues);
  statement.ids("considered.requirements", scope.considered_requirements);
  out.records.push_back(statement.list("communication", communication).list("history", history).take());
  add_scope_items(out, "service", scope.services);
  add_scope_items(out, "location", scope.locations);
  add_scope_items(out, "technology", scope.technology);
  add_scope_items(out, "people", scope.people);
  for (const ScopeInterface& interface : scope.interfaces) {
    RecordBuilder record(interface.id.value, interface.with.value);
    record.add("kind", "interface").text("with", interface.with);
    out.records.push_back(record.text("description", interface.description).text("dependency", interface.dependency).take());
  }
  for (const ScopeExclusion& exclusion : scope.exclusions) {
    RecordBuilder record(exclusion.id.value, exclusion.what.value);
    out.records.push_back(record.add("kind", "exclusion").text("what", exclusion.what).text("rationale", exclusion.rationale).take());
  }
  return out;
}

FlatRegister assets_register(const std::vector<Asset>& assets) {
  FlatRegister out{"assets", {}};
  for (const Asset& asset : assets) {
    RecordBuilder record(asset.id.value, asset.name.value);
    record.text("name", asset.name).text("type", asset.type).text("owner", asset.owner);
    record.text("classification", asset.classification).text("location", asset.location).text("supplier", asset.supplier);
    record.text("description", asset.description).flag("personal_data", asset.personal_data);
    record.text("retention", asset.retention).text("lawful_basis", asset.lawful_basis);
    record.text("privileges", asset.privileges).text("logging", asset.logging).flag("backup", asset.backup);
    record.flag("version_controlled", asset.version_controlled).ids("derived_from", asset.derived_from);
    record.ids("actions", asset.actions).ids("human_approval", asset.human_approval);
    out.records.push_back(record.text("lineage_notes", asset.lineage_notes).take());
  }
  return out;
}

FlatRegister risks_register(const std::vector<Risk>& risks) {
  FlatRegister out{"risks", {}};
  for (const Risk& risk : risks) {
    RecordBuilder record(risk.id.value, risk.title.value);
    record.text("title", risk.title).text("threat", risk.threat).text("threat_category", risk.threat_category);
    record.text("vulnerability", risk.vulnerability).ids("assets", risk.assets).text("owner", risk.owner);
    record.number("likelihood", risk.likelihood).number("impact", risk.impact).text("treatment", risk.treatment);
    record.ids("controls", risk.controls)
        .number("residual.likelihood", risk.residual_likelihood)
        .number("residual.impact", risk.residual_impact);
    out.records.push_back(record.approval("acceptance", risk.acceptance).date("review_date", risk.review_date).take());
  }
  return out;
}

FlatRegister suppliers_register(const std::vector<Supplier>& suppliers) {
  FlatRegister out{"suppliers", {}};
  for (const Supplier& supplier : suppliers) {
    std::vector<std::string> certifications, agreements;
    for (const Certification& entry : supplier.certifications) {
      std::string covers;
      for (const Text& service : entry.covers) covers += (covers.empty() ? "; covers " : "; ") + service.value;
      certifications.push_back(fmt::format("{} (expires {}{})", entry.standard.value, entry.expiry.value.text, covers));
    }
    for (const Agreement& entry : supplier.agreements) {
      agreements.push_back(fmt::format("{} {} ({})", entry.type.value, entry.reference.value, entry.signed_on.value.text));
    }
    RecordBuilder record(supplier.id.value, supplier.name.value);
    record.text("name", supplier.name).text("criticality", supplier.criticality);
    record.ids("services", supplier.services).ids("assets", supplier.assets);
    record.date("due_diligence.date", supplier.due_diligence_date).text("due_diligence.evidence", supplier.due_diligence_evidence);
    record.list("certifications", certifications).list("agreements", agreements);
    const AiDataUse& ai = supplier.ai_data_use;
    record.flag("ai_data_use.trains_on_customer_data", ai.trains_on_customer_data).flag("ai_data_use.opt_out", ai.opt_out);
    out.records.push_back(record.number("ai_data_use.retention_days", ai.retention_days).text("ai_data_use.terms", ai.terms).take());
  }
  return out;
}

FlatRegister soa_register(const std::vector<SoaEntry>& entries) {
  FlatRegister out{"soa", {}};
  for (const SoaEntry& entry : entries) {
    const AnnexAControl* control = find_control(entry.control.value);
    RecordBuilder record(entry.control.value, control != nullptr ? std::string(control->title) : std::string());
    record.flag("applicable", entry.applicable).text("justification", entry.justification).ids("reasons", entry.reasons);
    record.text("status", entry.status).text("owner", entry.owner).text("ai_coverage", entry.ai_coverage);
    out.records.push_back(record.ids("documents", entry.documents).ids("evidence", entry.evidence).take());
  }
  return out;
}

FlatRegister documents_register(const std::vector<Document>& documents) {
  FlatRegister out{"documents", {}};
  for (const Document& document : documents) {
    RecordBuilder record(document.id.value, document.title.value);
    record.text("title", document.title).text("type", document.type).text("version", document.version);
    record.text("owner", document.owner).text("clause", document.clause).text("path", document.path);
    record.approval("approval", document.approval).date("last_review", document.last_review);
    out.records.push_back(record.date("date", document.date).take());
  }
  return out;
}

FlatRegister evidence_register(const std::vector<Evidence>& evidence) {
  FlatRegister out{"evidence", {}};
  for (const Evidence& entry : evidence) {
    RecordBuilder record(entry.id.value, entry.title.value);
    record.text("title", entry.title).text("shows", entry.shows).text("path", entry.path);
    record.text("collected_by", entry.collected_by).date("date", entry.date);
    out.records.push_back(record.ids("controls", entry.controls).ids("documents", entry.documents).take());
  }
  return out;
}

}  // namespace

std::vector<FlatRegister> flatten_repository(const Repository& repository) {
  std::vector<FlatRegister> registers;
  registers.push_back(manifest_register(repository.manifest));
  registers.push_back(document_control_register(repository));
  registers.push_back(context_register(repository));
  registers.push_back(parties_register(repository));
  registers.push_back(requirements_register(repository));
  registers.push_back(scope_register(repository.scope));
  registers.push_back(assets_register(repository.assets));
  registers.push_back(risks_register(repository.risks));
  registers.push_back(suppliers_register(repository.suppliers));
  registers.push_back(soa_register(repository.soa));
  registers.push_back(documents_register(repository.documents));
  registers.push_back(evidence_register(repository.evidence));
  return registers;
}

}  // namespace isms
