// Decoder for the internal audit register (9.2): the audit programme, one mapping, and the audits
// with their findings, by their declarations (model/records/audit.h).
#include "load/decode_record.h"
#include "load/decode_registers.h"
#include "model/records/audit.h"

namespace isms {

void decode_audits(const YamlNode& root, const FieldReader& read, Repository& out) {
  // A register split over several files has its programme in one of them.
  if (const YamlNode* programme = read.mapping(&root, records::kAuditProgrammeRecord.list_key)) {
    out.audit_programme = decode_record(*programme, read, records::kAuditProgrammeRecord);
  }
  decode_records(root, read, records::kAuditRecord, out.audits);
}

}  // namespace isms
