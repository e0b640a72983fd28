// The scope document (Clause 4.3) and the certificate scope statement.
#include <string>
#include <unordered_map>

#include <fmt/format.h>

#include "render/document_data.h"
#include "util/text_util.h"

namespace isms {
namespace {

/// The statement as it goes on the certificate. Certification bodies print the statement with
/// the SoA version it refers to; when the text does not cite it, the sentence is completed.
std::string certificate_statement(const Scope& scope) {
  std::string statement = collapse_whitespace(scope.statement.value);
  if (statement.empty()) return statement;
  const bool cites_soa = statement.find("Statement of Applicability") != std::string::npos;
  if (!cites_soa && scope.soa_version.present) {
    if (statement.back() == '.') statement.pop_back();
    statement += fmt::format(", in accordance with the Statement of Applicability version {}.", scope.soa_version.value);
  } else if (statement.back() != '.') {
    statement += '.';
  }
  return statement;
}

Json item_row(const ScopeItem& item) {
  return Json{{"id", text_value(item.id)},
              {"name", text_value(item.name)},
              {"type", text_value(item.type)},
              {"description", collapse_whitespace(item.description.value)},
              {"in_scope", item.in_scope.value},
              {"ai", item.ai.value},
              {"rationale", collapse_whitespace(item.rationale.value)}};
}

/// Adds the items inside the boundary under `in_key` and those outside under `out_key`, in that order.
void split_items(const std::vector<ScopeItem>& items, Json& body, const char* in_key, const char* out_key) {
  Json in = Json::array();
  Json out = Json::array();
  for (const ScopeItem& item : items) (item.in_scope.value ? in : out).push_back(item_row(item));
  body[in_key] = std::move(in);
  body[out_key] = std::move(out);
}

Json considered_issues(const Repository& repository) {
  std::unordered_map<std::string, const ContextIssue*> by_id;
  for (const ContextIssue& issue : repository.issues) by_id.emplace(issue.id.value, &issue);
  Json rows = Json::array();
  for (const Text& id : repository.scope.considered_issues) {
    auto found = by_id.find(id.value);
    const ContextIssue* issue = found == by_id.end() ? nullptr : found->second;
    rows.push_back({{"id", id.value},
                    {"title", issue != nullptr ? text_value(issue->title) : Json("")},
                    {"type", issue != nullptr ? Json(text_of(issue->type)) : Json("")}});
  }
  return rows;
}

Json considered_requirements(const Repository& repository) {
  std::unordered_map<std::string, std::pair<const InterestedParty*, const Requirement*>> by_id;
  for (const InterestedParty& party : repository.parties) {
    for (const Requirement& requirement : party.requirements) by_id.emplace(requirement.id.value, std::make_pair(&party, &requirement));
  }
  Json rows = Json::array();
  for (const Text& id : repository.scope.considered_requirements) {
    auto found = by_id.find(id.value);
    Json row{{"id", id.value}, {"party", ""}, {"description", ""}};
    if (found != by_id.end()) {
      row["party"] = text_value(found->second.first->name);
      row["description"] = collapse_whitespace(found->second.second->description.value);
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

Json scope_suppliers(const Repository& repository) {
  std::unordered_map<std::string, const Supplier*> by_id;
  for (const Supplier& supplier : repository.suppliers) by_id.emplace(supplier.id.value, &supplier);
  Json rows = Json::array();
  for (const Text& id : repository.scope.suppliers) {
    auto found = by_id.find(id.value);
    const Supplier* supplier = found == by_id.end() ? nullptr : found->second;
    rows.push_back({{"id", id.value},
                    {"name", supplier != nullptr ? text_value(supplier->name) : Json("")},
                    {"services", supplier != nullptr ? joined(supplier->services) : std::string()},
                    {"criticality", supplier != nullptr ? Json(text_of(supplier->criticality)) : Json("")}});
  }
  return rows;
}

const RegisterInfo* find_register(const Repository& repository, std::string_view name) {
  for (const RegisterInfo& info : repository.registers) {
    if (info.name == name) return &info;
  }
  return nullptr;
}

}  // namespace

Json scope_data(const DocumentInput& input) {
  const Repository& repository = input.repository;
  const Scope& scope = repository.scope;
  Json data;
  data["document"] = document_header(input, "Scope of the Information Security Management System");

  Json body;
  const RegisterInfo* info = find_register(repository, "scope");
  const RegisterControl empty_control;
  const RegisterControl& control = info != nullptr ? info->control : empty_control;
  body["version"] = text_value(control.version);
  body["owner"] = text_value(control.owner);
  body["approval"] = approval_value(control.approval);
  body["last_review"] = date_value(control.last_review);
  body["certificate_statement"] = certificate_statement(scope);
  body["statement"] = text_value(scope.statement);
  body["soa_version"] = text_value(scope.soa_version);
  body["boundaries"] = {{"organisational", collapse_whitespace(scope.organisational_boundary.value)},
                        {"physical", collapse_whitespace(scope.physical_boundary.value)},
                        {"logical", collapse_whitespace(scope.logical_boundary.value)},
                        {"legal_entities", joined(scope.boundary_entities)}};
  split_items(scope.services, body, "services_in_scope", "services_out_of_scope");
  split_items(scope.locations, body, "locations", "locations_out_of_scope");
  split_items(scope.technology, body, "technology", "technology_out_of_scope");
  split_items(scope.people, body, "people", "people_out_of_scope");
  body["suppliers"] = scope_suppliers(repository);
  Json interfaces = Json::array();
  for (const ScopeInterface& interface : scope.interfaces) {
    interfaces.push_back({{"id", text_value(interface.id)},
                          {"with", text_value(interface.with)},
                          {"description", collapse_whitespace(interface.description.value)},
                          {"dependency", collapse_whitespace(interface.dependency.value)}});
  }
  body["interfaces"] = std::move(interfaces);
  Json exclusions = Json::array();
  for (const ScopeExclusion& exclusion : scope.exclusions) {
    exclusions.push_back({{"id", text_value(exclusion.id)},
                          {"what", collapse_whitespace(exclusion.what.value)},
                          {"rationale", collapse_whitespace(exclusion.rationale.value)}});
  }
  body["exclusions"] = std::move(exclusions);
  body["considered_issues"] = considered_issues(repository);
  body["considered_requirements"] = considered_requirements(repository);
  Json communication = Json::array();
  for (const Communication& entry : scope.communication) {
    communication.push_back({{"date", date_value(entry.date)},
                             {"audience", text_value(entry.audience)},
                             {"method", text_value(entry.method)}});
  }
  body["communication"] = std::move(communication);
  Json history = Json::array();
  for (const HistoryEntry& entry : scope.history) {
    history.push_back({{"version", text_value(entry.version)},
                       {"date", date_value(entry.date)},
                       {"change", collapse_whitespace(entry.change.value)}});
  }
  body["history"] = std::move(history);
  data["scope"] = std::move(body);
  return data;
}

}  // namespace isms
