#include "oscal/oscal_references.h"

#include <set>

#include <fmt/format.h>

#include "oscal/oscal_text.h"

namespace isms {
namespace {

/// One resource: id and kind as props, the version or date when there is one, and the link.
Json resource_of(std::string_view kind, const Text& id, const Text& title, const Text& path, const Text& detail,
                 std::string_view detail_name) {
  Json resource;
  resource["uuid"] = oscal_uuid(fmt::format("isms:resource:{}:{}", kind, id.value));
  resource["title"] = markup_line(title.value, id.value);
  Json props = Json::array({isms_prop("record-id", id.value), isms_prop("record-kind", kind)});
  if (detail.present) props.push_back(isms_prop(detail_name, detail.value));
  resource["props"] = std::move(props);
  if (path.present) {
    if (const std::optional<std::string> href = location_href(path.value)) {
      resource["rlinks"] = Json::array({Json{{"href", *href}}});
    } else {
      // Kept visible but not as a link: an export links only into the repository or to the web.
      resource["remarks"] = "The location is not a path inside the repository nor an http(s) URL, so it is not linked: " +
                            markup_line(path.value, "(empty)");
    }
  }
  return resource;
}

}  // namespace

OwnerRoles owner_roles(const Repository& repository) {
  OwnerRoles result;
  std::set<std::string> taken;
  for (const SoaEntry* entry : decided_soa_entries(repository)) {
    if (!entry->owner.present) continue;
    const std::string owner = plain_line(entry->owner.value, "");
    if (owner.empty() || result.ids.contains(owner)) continue;
    const std::string base = token_of(owner, "owner");
    std::string id = base;
    for (int suffix = 2; taken.contains(id); ++suffix) id = fmt::format("{}-{}", base, suffix);
    taken.insert(id);
    result.ids.emplace(owner, id);
    result.roles.push_back(Json{{"id", id}, {"title", markup_line(owner, id)}});
  }
  return result;
}

RecordResources record_resources(const Repository& repository) {
  RecordResources result;
  for (const Document& document : repository.documents) {
    if (!document.id.present || result.documents.contains(document.id.value)) continue;
    Json resource = resource_of("document", document.id, document.title, document.path, document.version, "version");
    result.documents.emplace(document.id.value, resource["uuid"].get<std::string>());
    result.resources.push_back(std::move(resource));
  }
  for (const Evidence& record : repository.evidence) {
    if (!record.id.present || result.evidence.contains(record.id.value)) continue;
    Text date;
    date.present = record.date.present;
    date.value = record.date.value.text;
    Json resource = resource_of("evidence", record.id, record.title, record.path, date, "date");
    if (record.shows.present) resource["description"] = markup_multiline(record.shows.value);
    result.evidence.emplace(record.id.value, resource["uuid"].get<std::string>());
    result.resources.push_back(std::move(resource));
  }
  return result;
}

}  // namespace isms
