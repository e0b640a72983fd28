#include "diff/record_fields.h"

#include <string_view>
#include <type_traits>
#include <variant>

#include <fmt/format.h>

#include "model/catalogue.h"
#include "model/records/asset.h"
#include "model/records/audit.h"
#include "model/records/context_issue.h"
#include "model/records/document.h"
#include "model/records/evidence.h"
#include "model/records/competence.h"
#include "model/records/interested_party.h"
#include "model/records/objective.h"
#include "model/records/risk.h"
#include "model/records/soa_entry.h"
#include "model/records/review.h"
#include "model/records/nonconformity.h"
#include "model/records/role.h"
#include "model/records/supplier.h"
#include "model/records/treatment_action.h"

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

template <typename Record>
bool is_identity(const FieldSpec<Record>& field, const RecordDeclaration<Record>& declaration) {
  const auto* member = std::get_if<Text Record::*>(&field.member);
  return member != nullptr && *member == declaration.id;
}

template <typename Child>
void add_nested(RecordBuilder& out, const std::string& label, const std::vector<Child>& children);
template <typename Child>
void add_nested(RecordBuilder& out, const std::string& label, const Child& child);

/// A record's declared fields, in declaration order, labelled as declared (after `prefix`, for
/// a nested object); the identifying field is the record's key, not one of its fields.
template <typename Record>
void add_declared_fields(RecordBuilder& out, const Record& record, const RecordDeclaration<Record>& declaration,
                         const std::string& prefix) {
  for (const FieldSpec<Record>& field : declaration.fields) {
    if (field.label.empty() || is_identity(field, declaration)) continue;
    const std::string label = prefix + std::string(field.label);
    std::visit(
        [&](const auto& member) {
          using Member = std::decay_t<decltype(member)>;
          if constexpr (std::is_same_v<Member, Text Record::*>) {
            out.text(label, record.*member);
          } else if constexpr (std::is_same_v<Member, Flag Record::*>) {
            out.flag(label, record.*member);
          } else if constexpr (std::is_same_v<Member, Number Record::*>) {
            out.number(label, record.*member);
          } else if constexpr (std::is_same_v<Member, LocatedDate Record::*>) {
            out.date(label, record.*member);
          } else if constexpr (std::is_same_v<Member, IdList Record::*>) {
            out.ids(label, record.*member);
          } else if constexpr (std::is_same_v<Member, Approval Record::*>) {
            out.approval(label, record.*member);
          } else if constexpr (std::is_same_v<Member, ChoiceAccess<Record>>) {
            out.add(label, member.text(record));
          } else if constexpr (std::is_same_v<Member, bool Record::*>) {
            out.add(label, record.*member ? "true" : "false");
          } else {
            add_nested(out, label, record.*member);
          }
        },
        field.member);
  }
}

/// A list of nested records, one summary line each.
template <typename Child>
void add_nested(RecordBuilder& out, const std::string& label, const std::vector<Child>& children) {
  std::vector<std::string> lines;
  for (const Child& child : children) lines.push_back(declaration_of(child).summary(child));
  out.list(label, std::move(lines));
}

/// A nested object's fields, each named "object.field".
template <typename Child>
void add_nested(RecordBuilder& out, const std::string& label, const Child& child) {
  add_declared_fields(out, child, declaration_of(child), label + ".");
}

template <typename Record>
FlatRecord declared_record(const Record& record, const RecordDeclaration<Record>& declaration, std::string title) {
  RecordBuilder out((record.*declaration.id).value, std::move(title));
  add_declared_fields(out, record, declaration, "");
  return out.take();
}

/// Every record of a declared type, titled by its declared title field.
template <typename Record>
FlatRegister declared_register(const std::vector<Record>& records, const RecordDeclaration<Record>& declaration) {
  FlatRegister out{std::string(declaration.register_name), {}};
  for (const Record& record : records) {
    out.records.push_back(declared_record(record, declaration, (record.*declaration.title).value));
  }
  return out;
}

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
      .add("settings.risk.level", risk.level.present ? text_of(risk.level) : std::string("product"))
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
    out.records.push_back(declared_record(issue, records::kContextIssueRecord, issue.title.value));
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
    out.records.push_back(declared_record(party, records::kInterestedPartyRecord, party.name.value));
  }
  return out;
}

FlatRegister requirements_register(const Repository& repository) {
  FlatRegister out{std::string(records::kRequirementRecord.register_name), {}};
  for (const InterestedParty& party : repository.parties) {
    for (const Requirement& requirement : party.requirements) {
      RecordBuilder record(requirement.id.value, requirement.description.value);
      record.add("party", party.id.value);
      add_declared_fields(record, requirement, records::kRequirementRecord, "");
      out.records.push_back(record.take());
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

FlatRegister soa_register(const std::vector<SoaEntry>& entries) {
  FlatRegister out{std::string(records::kSoaEntryRecord.register_name), {}};
  for (const SoaEntry& entry : entries) {
    const AnnexAControl* control = find_control(entry.control.value);
    std::string title = control != nullptr ? std::string(control->title) : std::string();
    out.records.push_back(declared_record(entry, records::kSoaEntryRecord, std::move(title)));
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
  registers.push_back(declared_register(repository.assets, records::kAssetRecord));
  registers.push_back(declared_register(repository.risks, records::kRiskRecord));
  registers.push_back(declared_register(repository.suppliers, records::kSupplierRecord));
  registers.push_back(soa_register(repository.soa));
  registers.push_back(declared_register(repository.documents, records::kDocumentRecord));
  registers.push_back(declared_register(repository.evidence, records::kEvidenceRecord));
  registers.push_back(declared_register(repository.roles, records::kRoleRecord));
  registers.push_back(declared_register(repository.people, records::kPersonRecord));
  registers.push_back(declared_register(repository.competence_requirements, records::kCompetenceRequirementRecord));
  registers.push_back(declared_register(repository.competence_records, records::kCompetenceRecordRecord));
  registers.push_back(declared_register(repository.audits, records::kAuditRecord));
  registers.push_back(declared_register(repository.reviews, records::kReviewRecord));
  registers.push_back(declared_register(repository.nonconformities, records::kNonconformityRecord));
  registers.push_back(declared_register(repository.treatment_actions, records::kTreatmentActionRecord));
  registers.push_back(declared_register(repository.objectives, records::kObjectiveRecord));
  return registers;
}

}  // namespace isms
