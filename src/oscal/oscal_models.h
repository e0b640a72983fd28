#pragma once
/// The body of each OSCAL model (everything under its root key but the document UUID, which
/// finish_document adds). A model that would be empty, which OSCAL does not allow, is an error.

#include <string>

#include "oscal/oscal_document.h"
#include "util/result.h"

namespace isms {

/// The 93 Annex A controls in four groups, ids and titles only (src/oscal/oscal_catalog.cc).
Result<Json> catalog_body(const ExportInput& input);
/// The controls the SoA marks applicable, imported from the catalog (src/oscal/oscal_profile.cc).
Result<Json> profile_body(const ExportInput& input);
/// The scope and the SoA as a system security plan (src/oscal/oscal_ssp.cc).
Result<Json> ssp_body(const ExportInput& input);
/// The findings of `isms check` as assessment results (src/oscal/oscal_assessment_results.cc).
Result<Json> assessment_results_body(const ExportInput& input);
/// The applicable controls not yet implemented as POA&M items (src/oscal/oscal_poam.cc).
Result<Json> poam_body(const ExportInput& input);

}  // namespace isms
