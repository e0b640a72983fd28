#pragma once
/// The body of each OSCAL model (everything under its root key but the document UUID, which
/// finish_document adds). A model that would be empty, which OSCAL does not allow, sets
/// `error` and returns null.

#include <string>

#include "oscal/oscal_document.h"

namespace isms {

/// The 93 Annex A controls in four groups, ids and titles only (src/oscal/oscal_catalog.cc).
Json catalog_body(const ExportInput& input, std::string& error);
/// The controls the SoA marks applicable, imported from the catalog (src/oscal/oscal_profile.cc).
Json profile_body(const ExportInput& input, std::string& error);
/// The scope and the SoA as a system security plan (src/oscal/oscal_ssp.cc).
Json ssp_body(const ExportInput& input, std::string& error);
/// The findings of `isms check` as assessment results (src/oscal/oscal_assessment_results.cc).
Json assessment_results_body(const ExportInput& input, std::string& error);
/// The applicable controls not yet implemented as POA&M items (src/oscal/oscal_poam.cc).
Json poam_body(const ExportInput& input, std::string& error);

}  // namespace isms
