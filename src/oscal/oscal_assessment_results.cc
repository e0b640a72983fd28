#include "oscal/oscal_models.h"

namespace isms {

Json assessment_results_body(const ExportInput& /*input*/, std::string& error) {
  error = "the OSCAL model is not exported yet";
  return nullptr;
}

}  // namespace isms
