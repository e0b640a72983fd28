// The decoder of the risk treatment plan (6.1.3 e, 8.3). The actions decode by their
// declaration (model/records/treatment_action.h).
#include "load/decode_record.h"
#include "load/decode_registers.h"
#include "model/records/treatment_action.h"

namespace isms {

void decode_treatment(const YamlNode& root, const FieldReader& read, std::vector<TreatmentAction>& out) {
  decode_records(root, read, records::kTreatmentActionRecord, out);
}

}  // namespace isms
