// Decoders for the manifest and the Clause 4 registers: context, parties and scope.
#include "load/decode_record.h"
#include "load/decode_registers.h"
#include "model/records/context_issue.h"
#include "model/records/interested_party.h"

namespace isms {
namespace {

RiskScale decode_scale(const YamlNode* block, const FieldReader& read, RiskScale fallback) {
  if (block == nullptr) return fallback;
  RiskScale scale = fallback;
  Number min = read.number(block, "min");
  Number max = read.number(block, "max");
  if (min.present) scale.min = min.value;
  if (max.present) scale.max = max.value;
  for (const Text& label : read.list(block, "labels")) scale.labels.push_back(label.value);
  return scale;
}

std::vector<ScopeItem> decode_scope_items(const YamlNode& root, const FieldReader& read, std::string_view key) {
  std::vector<ScopeItem> items;
  for (const YamlNode* node : read.records(&root, key)) {
    items.push_back(ScopeItem{read.text(node, "id"), read.text(node, "name"), read.text(node, "type"),
                              read.text(node, "description"), read.text(node, "rationale"),
                              read.flag(node, "in_scope"), read.flag(node, "ai"), read.list(node, "markets"),
                              node->location});
  }
  return items;
}

}  // namespace

void decode_manifest(const YamlNode& root, const FieldReader& read, Manifest& out) {
  out.location = root.location;
  const YamlNode* organisation = read.mapping(&root, "organisation");
  out.organisation_name = read.text(organisation, "name");
  for (const YamlNode* entity : read.records(organisation, "legal_entities")) {
    out.legal_entities.push_back(
        LegalEntity{read.text(entity, "name"), read.text(entity, "jurisdiction"), read.text(entity, "registration")});
  }
  const YamlNode* standard = read.mapping(&root, "standard");
  out.standard_id = read.text(standard, "id");
  out.edition = read.number(standard, "edition");
  const YamlNode* settings = read.mapping(&root, "settings");
  Number review = read.number(settings, "review_period_months");
  if (review.present) out.review_period_months = review.value;
  const YamlNode* due = read.mapping(settings, "due");
  if (Number warn = read.number(due, "warn_days"); warn.present) out.due_warn_days = warn.value;
  if (Number error = read.number(due, "error_days"); error.present) out.due_error_days = error.value;
  const YamlNode* classification = read.mapping(settings, "classification");
  IdList levels = read.list(classification, "levels");
  if (!levels.empty()) {
    out.classification_levels.clear();
    for (const Text& level : levels) out.classification_levels.push_back(level.value);
  }
  const YamlNode* risk = read.mapping(settings, "risk");
  if (risk != nullptr) {
    out.risk.present = true;
    out.risk.location = risk->location;
    out.risk.likelihood = decode_scale(read.mapping(risk, "likelihood"), read, out.risk.likelihood);
    out.risk.impact = decode_scale(read.mapping(risk, "impact"), read, out.risk.impact);
    Text level = read.text(risk, "level");
    if (level.present) assign_choice(out.risk.level, level.value, level.location);
    Number threshold = read.number(risk, "acceptance_threshold");
    if (threshold.present) out.risk.acceptance_threshold = threshold.value;
    for (const YamlNode* band : read.records(risk, "authority")) {
      out.risk.authority.push_back(RiskAuthorityBand{read.number(band, "up_to"), read.text(band, "authority"), band->location});
    }
  }
  const YamlNode* operation = read.mapping(settings, "operation");
  out.operating_since = read.date(operation, "since");
  if (Number minimum = read.number(operation, "minimum_months"); minimum.present) {
    out.operation_minimum_months = minimum.value;
  }
  if (const YamlNode* certification = read.mapping(&root, "certification")) {
    out.certification = CertificationPlan{read.text(certification, "body"), read.date(certification, "stage1_date"),
                                          read.date(certification, "stage2_date"), certification->location, true};
  }
  const YamlNode* rules = read.mapping(&root, "rules");
  out.rules.disable = read.list(rules, "disable");
  out.rules.url = read.text(rules, "url");
  if (const YamlNode* severities = read.mapping(rules, "severity")) {
    for (const auto& [key, value] : severities->entries) {
      if (value->kind != YamlKind::Scalar) continue;
      out.rules.severity.push_back(
          SeverityOverride{Text{std::string(key->scalar), key->location, true}, Text{std::string(value->scalar), value->location, true}});
    }
  }
  if (const YamlNode* options = read.mapping(rules, "options")) {
    for (const auto& [code, settings] : options->entries) {
      if (settings->kind != YamlKind::Mapping) continue;
      for (const auto& [name, value] : settings->entries) {
        out.rules.options.push_back(RuleOption{Text{std::string(code->scalar), code->location, true},
                                               Text{std::string(name->scalar), name->location, true},
                                               read.number(settings, name->scalar)});
      }
    }
  }
  out.templates = read.text(read.mapping(&root, "render"), "templates");
}

namespace {

void collect_suppressions(const YamlNode& node, const FieldReader& read, bool top_level, std::vector<Suppression>& out) {
  if (node.kind == YamlKind::Sequence) {
    for (const YamlNode* item : node.items) collect_suppressions(*item, read, false, out);
    return;
  }
  if (node.kind != YamlKind::Mapping) return;
  for (const YamlNode* entry : read.records(&node, "suppress")) {
    Suppression suppression;
    suppression.rule = read.text(entry, "rule");
    suppression.reason = read.text(entry, "reason");
    suppression.expires = read.date(entry, "expires");
    suppression.file = node.location.file;
    suppression.first_line = node.location.line;
    suppression.last_line = node.end_line;
    suppression.whole_file = top_level;
    out.push_back(std::move(suppression));
  }
  for (const auto& [key, value] : node.entries) {
    if (key->scalar != "suppress") collect_suppressions(*value, read, false, out);
  }
}

}  // namespace

void decode_suppressions(const YamlNode& root, const FieldReader& read, std::vector<Suppression>& out) {
  collect_suppressions(root, read, true, out);
}

RegisterControl decode_register_control(const YamlNode& root, const FieldReader& read) {
  RegisterControl control;
  const YamlNode* block = read.mapping(&root, "register");
  if (block == nullptr) return control;
  control.version = read.text(block, "version");
  control.owner = read.text(block, "owner");
  control.approval = read.approval(block, "approval");
  control.last_review = read.date(block, "last_review");
  control.location = block->location;
  control.present = true;
  return control;
}

void decode_context(const YamlNode& root, const FieldReader& read, Repository& out) {
  if (const YamlNode* climate = read.mapping(&root, "climate_change")) {
    out.climate_change = ClimateDetermination{read.flag(climate, "relevant"), read.text(climate, "reasoning"),
                                              read.text(climate, "issue"), climate->location, true};
  }
  decode_records(root, read, records::kContextIssueRecord, out.issues);
}

void decode_parties(const YamlNode& root, const FieldReader& read, Repository& out) {
  if (const YamlNode* identification = read.mapping(&root, "identification")) {
    out.party_identification = PartyIdentification{read.text(identification, "method"),
                                                   read.date(identification, "date"),
                                                   read.list(identification, "evidence"), true};
  }
  decode_records(root, read, records::kInterestedPartyRecord, out.parties);
}

void decode_scope(const YamlNode& root, const FieldReader& read, Scope& out) {
  out.present = true;
  out.statement = read.text(&root, "statement");
  out.soa_version = read.text(&root, "soa_version");
  const YamlNode* boundaries = read.mapping(&root, "boundaries");
  out.organisational_boundary = read.text(boundaries, "organisational");
  out.physical_boundary = read.text(boundaries, "physical");
  out.logical_boundary = read.text(boundaries, "logical");
  out.boundary_entities = read.list(boundaries, "legal_entities");
  out.services = decode_scope_items(root, read, "services");
  out.locations = decode_scope_items(root, read, "locations");
  out.technology = decode_scope_items(root, read, "technology");
  out.people = decode_scope_items(root, read, "people");
  out.suppliers = read.list(&root, "suppliers");
  for (const YamlNode* node : read.records(&root, "interfaces")) {
    out.interfaces.push_back(ScopeInterface{read.text(node, "id"), read.text(node, "with"),
                                            read.text(node, "description"), read.text(node, "dependency"),
                                            node->location});
  }
  for (const YamlNode* node : read.records(&root, "exclusions")) {
    out.exclusions.push_back(
        ScopeExclusion{read.text(node, "id"), read.text(node, "what"), read.text(node, "rationale"), node->location});
  }
  const YamlNode* considered = read.mapping(&root, "considered");
  out.considered_issues = read.list(considered, "issues");
  out.considered_requirements = read.list(considered, "requirements");
  for (const YamlNode* node : read.records(&root, "communication")) {
    out.communication.push_back(Communication{read.date(node, "date"), read.text(node, "audience"), read.text(node, "method")});
  }
  for (const YamlNode* node : read.records(&root, "history")) {
    out.history.push_back(HistoryEntry{read.text(node, "version"), read.text(node, "change"), read.date(node, "date")});
  }
}

}  // namespace isms
