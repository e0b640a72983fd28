// The profile: the controls the Statement of Applicability marks applicable, selected from the
// catalog. The import names the catalog through a back-matter resource whose rlink is
// "catalog.json", the file `isms export oscal catalog -o catalog.json` writes beside it: one
// place to change if the catalog is kept elsewhere, and a media type for the tools that resolve it.
#include "oscal/oscal_models.h"
#include "oscal/oscal_text.h"

namespace isms {

Result<Json> profile_body(const ExportInput& input) {
  const Repository& repository = *input.repository;
  Json with_ids = Json::array();
  for (const SoaEntry* entry : decided_soa_entries(repository)) {
    if (entry->applicable.value) with_ids.push_back(control_token(entry->control.value));
  }
  if (with_ids.empty()) {
    return Error{"the Statement of Applicability marks no Annex A control applicable, and a profile selects at least one"};
  }
  const std::string version = register_version(repository, "soa");
  Json body;
  body["metadata"] = document_metadata(
      input, organisation_name(repository) + ": applicable Annex A controls (Statement of Applicability " + version + ")",
      version);
  body["metadata"]["parties"] = Json::array({organisation_party(repository)});
  const Json catalog = sibling_resource("isms:resource:catalog", "ISO/IEC 27001:2022 Annex A (isms export oscal catalog)",
                                        kCatalogFile, "application/oscal.catalog+json");
  body["imports"] = Json::array(
      {Json{{"href", "#" + catalog["uuid"].get<std::string>()}, {"include-controls", Json::array({Json{{"with-ids", with_ids}}})}}});
  // as-is keeps the catalog's groups (the four themes) in the resolved profile.
  body["merge"] = Json{{"as-is", true}};
  body["back-matter"] = Json{{"resources", Json::array({catalog})}};
  return body;
}

}  // namespace isms
