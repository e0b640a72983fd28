// The competence register's decoder: its requirements and its people's records decode by their
// declarations (model/records/competence.h).
#include "load/decode_record.h"
#include "load/decode_registers.h"
#include "model/records/competence.h"

namespace isms {

void decode_competence(const YamlNode& root, const FieldReader& read, Repository& out) {
  decode_records(root, read, records::kCompetenceRequirementRecord, out.competence_requirements);
  decode_records(root, read, records::kCompetenceRecordRecord, out.competence_records);
}

}  // namespace isms
