// The decoder of the objectives register (6.2); the objectives and their measurements decode by
// their declarations (model/records/objective.h).
#include "load/decode_record.h"
#include "load/decode_registers.h"
#include "model/records/objective.h"

namespace isms {

void decode_objectives(const YamlNode& root, const FieldReader& read, std::vector<Objective>& out) {
  decode_records(root, read, records::kObjectiveRecord, out);
}

}  // namespace isms
