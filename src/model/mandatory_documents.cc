#include "model/mandatory_documents.h"

#include "util/text_util.h"

namespace isms {
namespace {

constexpr MandatoryDocument kMandatoryDocuments[] = {
    {"4.3", {"4.3"}, "the scope of the ISMS"},
    {"5.2", {"5.2"}, "an information security policy"},
    {"6.1.2", {"6.1.2"}, "the information security risk assessment process"},
    {"6.1.3", {"6.1.3"}, "the information security risk treatment process"},
    {"6.1.3 d)", {}, "a Statement of Applicability"},
    {"6.2", {"6.2"}, "the information security objectives"},
    {"7.2", {"7.2"}, "evidence of the competence of people doing work that affects information security"},
    {"8.1", {"8.1"}, "enough operational records to show that processes were carried out as planned"},
    {"8.2", {"8.2"}, "the results of the information security risk assessments"},
    {"8.3", {"8.3"}, "the results of the information security risk treatment"},
    {"9.1", {"9.1"}, "the results of monitoring and measurement"},
    {"9.2", {"9.2", "9.2.1", "9.2.2"}, "the internal audit programme and the audit results"},
    {"9.3", {"9.3", "9.3.1", "9.3.2", "9.3.3"}, "the results of management reviews"},
    {"10.2", {"10.2"}, "the nonconformities, the actions taken and the results of corrective actions"},
};

}  // namespace

std::span<const MandatoryDocument> mandatory_documents() { return kMandatoryDocuments; }

bool document_supplies(const Document& document, const MandatoryDocument& required) {
  if (!document.clause.present) return false;
  const std::string_view clause = trimmed(document.clause.value);
  for (std::string_view accepted : required.accepted) {
    if (!accepted.empty() && accepted == clause) return true;
  }
  return false;
}

}  // namespace isms
