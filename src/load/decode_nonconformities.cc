// Decoder for the nonconformity register (10.2): its records decode by their declaration,
// the corrective action and effectiveness review with them.
#include "load/decode_record.h"
#include "load/decode_registers.h"
#include "model/records/nonconformity.h"

namespace isms {

void decode_nonconformities(const YamlNode& root, const FieldReader& read, std::vector<Nonconformity>& out) {
  decode_records(root, read, records::kNonconformityRecord, out);
}

}  // namespace isms
