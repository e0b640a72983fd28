// Decoders for the inventories: assets, risks, suppliers, SoA, documents, evidence and roles. The
// declared records (model/records/) decode by their declarations.
#include "load/decode_record.h"
#include "load/decode_registers.h"
#include "model/records/asset.h"
#include "model/records/document.h"
#include "model/records/evidence.h"
#include "model/records/risk.h"
#include "model/records/soa_entry.h"
#include "model/records/role.h"
#include "model/records/supplier.h"

namespace isms {

void decode_assets(const YamlNode& root, const FieldReader& read, std::vector<Asset>& out) {
  decode_records(root, read, records::kAssetRecord, out);
}

void decode_risks(const YamlNode& root, const FieldReader& read, std::vector<Risk>& out) {
  decode_records(root, read, records::kRiskRecord, out);
}

void decode_suppliers(const YamlNode& root, const FieldReader& read, std::vector<Supplier>& out) {
  decode_records(root, read, records::kSupplierRecord, out);
}

void decode_soa(const YamlNode& root, const FieldReader& read, std::vector<SoaEntry>& out) {
  decode_records(root, read, records::kSoaEntryRecord, out);
}

void decode_documents(const YamlNode& root, const FieldReader& read, std::vector<Document>& out) {
  decode_records(root, read, records::kDocumentRecord, out);
}

void decode_evidence(const YamlNode& root, const FieldReader& read, std::vector<Evidence>& out) {
  decode_records(root, read, records::kEvidenceRecord, out);
}

void decode_roles(const YamlNode& root, const FieldReader& read, Repository& out) {
  decode_records(root, read, records::kRoleRecord, out.roles);
  decode_records(root, read, records::kPersonRecord, out.people);
}

}  // namespace isms
