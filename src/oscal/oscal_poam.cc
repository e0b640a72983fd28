// The plan of action and milestones: one item for each control the SoA marks applicable but
// not implemented (planned, partial or not started). Treatment actions and nonconformities are
// not registers of isms yet, so they cannot be items; the remarks of the document say so.
#include <fmt/format.h>

#include "model/catalogue.h"
#include "oscal/oscal_models.h"
#include "oscal/oscal_text.h"

namespace isms {
namespace {

std::string_view status_words(const Choice<SoaStatus>& status) {
  if (status.is(SoaStatus::Partial)) return "partially implemented";
  if (status.is(SoaStatus::Planned)) return "planned";
  return "not started";
}

Json item_of(const SoaEntry& entry) {
  const std::string& control = entry.control.value;
  const AnnexAControl* known = find_control(control);
  const std::string words(status_words(entry.status));
  Json item;
  item["uuid"] = oscal_uuid("isms:poam:item:" + control);
  item["title"] = markup_line(fmt::format("{} {}: {}", control, known != nullptr ? known->title : "", words), control);
  std::string description = fmt::format("The Statement of Applicability marks {} applicable and {}.", control, words);
  if (entry.justification.present) description += "\n\n" + markup_multiline(entry.justification.value);
  item["description"] = description;
  Json props = Json::array({prop("label", control), isms_prop("soa-status", text_of(entry.status))});
  if (entry.owner.present) props.push_back(isms_prop("owner", entry.owner.value));
  item["props"] = std::move(props);
  return item;
}

}  // namespace

Result<Json> poam_body(const ExportInput& input) {
  const Repository& repository = *input.repository;
  Json items = Json::array();
  for (const SoaEntry* entry : decided_soa_entries(repository)) {
    const Choice<SoaStatus>& status = entry->status;
    if (entry->applicable.value &&
        (status.is(SoaStatus::Planned) || status.is(SoaStatus::Partial) || status.is(SoaStatus::NotStarted))) {
      items.push_back(item_of(*entry));
    }
  }
  if (items.empty()) {
    return Error{"no applicable control is planned, partial or not started, so there is nothing to plan; "
                 "a POA&M has at least one item"};
  }
  Json body;
  body["metadata"] = document_metadata(input, organisation_name(repository) + ": plan of action and milestones",
                                       register_version(repository, "soa"));
  body["metadata"]["parties"] = Json::array({organisation_party(repository)});
  std::string remarks = body["metadata"].value("remarks", "");
  remarks += std::string(remarks.empty() ? "" : "\n\n") +
             "The items are the applicable controls of the Statement of Applicability that are not yet implemented. "
             "Risk treatment actions and nonconformities are not kept as registers by isms yet, so they are not items.";
  body["metadata"]["remarks"] = remarks;
  const Json ssp = sibling_resource("isms:resource:ssp", "ISMS system security plan (isms export oscal ssp)", kSspFile,
                                    "application/oscal.ssp+json");
  body["import-ssp"] = Json{{"href", "#" + ssp["uuid"].get<std::string>()}};
  body["system-id"] = system_id(repository);
  body["poam-items"] = std::move(items);
  body["back-matter"] = Json{{"resources", Json::array({ssp})}};
  return body;
}

}  // namespace isms
