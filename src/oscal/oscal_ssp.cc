// The system security plan: the ISMS scope as the system (statement, boundaries, services), the
// owners as roles, and one implemented requirement per control the SoA decided, with its status,
// justification, owner, and links to its documents and evidence in the back matter.
#include <fmt/format.h>

#include "model/catalogue.h"
#include "oscal/oscal_models.h"
#include "oscal/oscal_references.h"
#include "oscal/oscal_text.h"

namespace isms {
namespace {

/// The SoA's statuses as OSCAL's implementation-status values. OSCAL has no "not started":
/// such a control is planned work, and the soa-status prop keeps the SoA's own word.
std::string_view implementation_status(const Choice<SoaStatus>& soa_status, bool applicable) {
  if (!applicable || soa_status.is(SoaStatus::NotApplicable)) return "not-applicable";
  if (soa_status.is(SoaStatus::Implemented)) return "implemented";
  if (soa_status.is(SoaStatus::Partial)) return "partial";
  return "planned";
}

std::string boundary_description(const Scope& scope) {
  std::string text;
  const std::pair<const char*, const Text*> boundaries[] = {{"Organisational boundary", &scope.organisational_boundary},
                                                            {"Physical boundary", &scope.physical_boundary},
                                                            {"Logical boundary", &scope.logical_boundary}};
  for (const auto& [label, boundary] : boundaries) {
    if (!boundary->present) continue;
    if (!text.empty()) text += "\n\n";
    text += fmt::format("**{}.** {}", label, markup_multiline(boundary->value));
  }
  return text.empty() ? "The scope states no boundaries." : text;
}

/// One information type per classification level the asset inventory uses, in the manifest's
/// order, naming the assets; OSCAL needs at least one, so an empty inventory gives a general one.
Json information_types(const Repository& repository) {
  std::vector<std::string> levels = repository.manifest.classification_levels;
  for (const Asset& asset : repository.assets) {
    if (asset.classification.present && std::find(levels.begin(), levels.end(), asset.classification.value) == levels.end()) {
      levels.push_back(asset.classification.value);
    }
  }
  Json types = Json::array();
  for (const std::string& level : levels) {
    std::string assets;
    for (const Asset& asset : repository.assets) {
      if (asset.classification.value != level) continue;
      assets += fmt::format("{}{} {}", assets.empty() ? "" : "; ", markup_line(asset.id.value, "?"),
                            markup_line(asset.name.value, ""));
    }
    if (assets.empty()) continue;
    types.push_back(Json{{"uuid", oscal_uuid("isms:ssp:information-type:" + level)},
                         {"title", markup_line(level + " information", "information")},
                         {"description", "Assets classified " + markup_line(level, "?") + " in the asset inventory: " + assets + "."},
                         {"props", Json::array({isms_prop("classification", level)})}});
  }
  if (types.empty()) {
    types.push_back(Json{{"uuid", oscal_uuid("isms:ssp:information-type:all")},
                         {"title", "Information within the scope of the ISMS"},
                         {"description", "The asset inventory lists no classified assets."}});
  }
  return types;
}

Json components(const Repository& repository) {
  const Json operational = Json{{"state", "operational"}};
  Json list = Json::array({Json{{"uuid", oscal_uuid("isms:ssp:component:this-system")},
                                {"type", "this-system"},
                                {"title", markup_line(organisation_name(repository) + " ISMS", "ISMS")},
                                {"description", "The information security management system within the scope."},
                                {"status", operational}}});
  for (const ScopeItem& service : repository.scope.services) {
    if (!service.in_scope.present || !service.in_scope.value || !service.id.present) continue;
    list.push_back(Json{{"uuid", oscal_uuid("isms:ssp:component:service:" + service.id.value)},
                        {"type", "service"},
                        {"title", markup_line(service.name.value, service.id.value)},
                        {"description", service.description.present ? markup_multiline(service.description.value)
                                                                    : std::string("A service within the scope.")},
                        {"props", Json::array({isms_prop("scope-id", service.id.value)})},
                        {"status", operational}});
  }
  return list;
}

Json implemented_requirement(const SoaEntry& entry, const OwnerRoles& roles, const RecordResources& records) {
  const std::string& control = entry.control.value;
  Json requirement;
  requirement["uuid"] = oscal_uuid("isms:ssp:control:" + control);
  requirement["control-id"] = control_token(control);
  Json props = Json::array({prop("label", control),
                            prop("implementation-status", implementation_status(entry.status, entry.applicable.value)),
                            isms_prop("applicable", entry.applicable.value ? "true" : "false")});
  if (entry.status.present) props.push_back(isms_prop("soa-status", text_of(entry.status)));
  for (const Text& reason : entry.reasons) props.push_back(isms_prop("reason", reason.value));
  requirement["props"] = std::move(props);
  Json links = Json::array();
  for (const auto& [ids, rel, known] : {std::tuple{&entry.documents, "reference", &records.documents},
                                        std::tuple{&entry.evidence, "evidence", &records.evidence}}) {
    for (const Text& id : *ids) {
      if (auto found = known->find(id.value); found != known->end()) {
        links.push_back(Json{{"href", "#" + found->second}, {"rel", rel}});
      }
    }
  }
  if (!links.empty()) requirement["links"] = std::move(links);
  if (auto role = roles.ids.find(plain_line(entry.owner.value, "")); entry.owner.present && role != roles.ids.end()) {
    requirement["responsible-roles"] = Json::array({Json{{"role-id", role->second}}});
  }
  std::string remarks = entry.justification.present ? markup_multiline(entry.justification.value) : std::string();
  if (entry.ai_coverage.present) remarks += (remarks.empty() ? "" : "\n\n") + std::string("**AI coverage.** ") +
                                            markup_multiline(entry.ai_coverage.value);
  if (!remarks.empty()) requirement["remarks"] = remarks;
  return requirement;
}

}  // namespace

Result<Json> ssp_body(const ExportInput& input) {
  const Repository& repository = *input.repository;
  const std::vector<const SoaEntry*> entries = decided_soa_entries(repository);
  if (entries.empty()) {
    return Error{
        "the Statement of Applicability decides no Annex A control, and a system security plan implements at least one"};
  }
  const OwnerRoles roles = owner_roles(repository);
  const RecordResources records = record_resources(repository);
  const std::string name = organisation_name(repository);

  Json body;
  body["metadata"] = document_metadata(input, name + ": ISMS system security plan", register_version(repository, "scope"));
  if (!roles.roles.empty()) body["metadata"]["roles"] = roles.roles;
  body["metadata"]["parties"] = Json::array({organisation_party(repository)});
  const Json profile = sibling_resource("isms:resource:profile", "Applicable Annex A controls (isms export oscal profile)",
                                        kProfileFile, "application/oscal.profile+json");
  body["import-profile"] = Json{{"href", "#" + profile["uuid"].get<std::string>()}};

  const Scope& scope = repository.scope;
  Json characteristics;
  characteristics["system-ids"] = Json::array({system_id(repository)});
  characteristics["system-name"] = plain_line(name + " ISMS", "ISMS");
  characteristics["description"] =
      scope.statement.present ? markup_multiline(scope.statement.value) : std::string("The scope has no statement.");
  characteristics["props"] = Json::array({isms_prop("soa-version", register_version(repository, "soa"))});
  characteristics["system-information"] = Json{{"information-types", information_types(repository)}};
  characteristics["status"] = Json{{"state", "operational"}};
  characteristics["authorization-boundary"] = Json{{"description", boundary_description(scope)}};
  body["system-characteristics"] = std::move(characteristics);

  Json users = Json::array();
  for (const Json& role : roles.roles) {
    const std::string id = role["id"].get<std::string>();
    users.push_back(Json{{"uuid", oscal_uuid("isms:ssp:user:" + id)}, {"title", role["title"]}, {"role-ids", Json::array({id})}});
  }
  Json implementation;
  if (!users.empty()) implementation["users"] = std::move(users);
  implementation["components"] = components(repository);
  body["system-implementation"] = std::move(implementation);

  Json requirements = Json::array();
  for (const SoaEntry* entry : entries) requirements.push_back(implemented_requirement(*entry, roles, records));
  body["control-implementation"] = Json{
      {"description", "Each control as the Statement of Applicability (version " + markup_line(register_version(repository, "soa"), "") +
                          ") decides it: its implementation status, justification, owner, documents and evidence. "
                          "Excluded controls are listed as not applicable, with the justification for excluding them."},
      {"implemented-requirements", std::move(requirements)}};

  Json resources = Json::array({profile});
  for (const Json& resource : records.resources) resources.push_back(resource);
  body["back-matter"] = Json{{"resources", std::move(resources)}};
  return body;
}

}  // namespace isms
