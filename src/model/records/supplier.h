#pragma once
/// The supplier record (suppliers.schema.json, definition `supplier`) and the records nested in
/// it: certifications, agreements and the AI data use, each declared once.

#include "model/record_fields.h"

namespace isms::records {

inline constexpr FieldSpec<Certification> kCertificationFields[] = {
    {"standard", FieldType::Text, true, "standard", &Certification::standard, {}, Prose::Text},
    {"scope", FieldType::Text, false, "scope", &Certification::scope, {}, Prose::Text},
    {"certificate", FieldType::Text, false, "certificate", &Certification::certificate, {}, Prose::Text},
    {"expiry", FieldType::Date, true, "expiry", &Certification::expiry},
    {"covers", FieldType::TextList, false, "covers", &Certification::covers},
};

/// "ISO/IEC 27001 (expires 2027-01-31; covers hosting; backups)".
std::string certification_summary(const Certification& certification);

inline constexpr RecordDeclaration<Certification> kCertificationRecord{
    "", "", "suppliers.schema.json", "certification", "", nullptr, nullptr, nullptr, kCertificationFields, {},
    certification_summary};

inline constexpr FieldSpec<Agreement> kAgreementFields[] = {
    {"type", FieldType::Enum, true, "type", choice_access<&Agreement::type>(), kAgreementTypeValues},
    {"reference", FieldType::Text, false, "reference", &Agreement::reference, {}, Prose::Text},
    {"document", FieldType::Id, false, "document", &Agreement::document},
    {"signed", FieldType::Date, false, "signed", &Agreement::signed_on},
};

/// "DPA DPA-2025-03 (2025-03-01)".
std::string agreement_summary(const Agreement& agreement);

inline constexpr Reference kAgreementReferences[] = {
    {"document", {RecordKind::Document}, 1},
};

inline constexpr RecordDeclaration<Agreement> kAgreementRecord{
    "", "", "suppliers.schema.json", "agreement", "", nullptr, nullptr, nullptr, kAgreementFields, {}, agreement_summary, nullptr,
    kAgreementReferences};

inline constexpr FieldSpec<AiDataUse> kAiDataUseFields[] = {
    {"trains_on_customer_data", FieldType::Bool, true, "trains_on_customer_data", &AiDataUse::trains_on_customer_data},
    {"opt_out", FieldType::Bool, false, "opt_out", &AiDataUse::opt_out},
    {"retention_days", FieldType::Integer, false, "retention_days", &AiDataUse::retention_days},
    {"terms", FieldType::Text, false, "terms", &AiDataUse::terms, {}, Prose::Text},
};

inline constexpr RecordDeclaration<AiDataUse> kAiDataUseRecord{
    "", "", "suppliers.schema.json", "", "", nullptr, nullptr, nullptr, kAiDataUseFields, {}, nullptr, &AiDataUse::present};

inline constexpr FieldSpec<Supplier> kSupplierFields[] = {
    {"id", FieldType::Id, true, "id", &Supplier::id},
    {"name", FieldType::Text, true, "name", &Supplier::name, {}, Prose::Text},
    {"criticality", FieldType::Enum, true, "criticality", choice_access<&Supplier::criticality>(),
     kSupplierCriticalityValues},
    {"services", FieldType::TextList, true, "services", &Supplier::services, {}, Prose::Text},
    {"assets", FieldType::IdList, false, "assets", &Supplier::assets},
    {"due_diligence.date", FieldType::Date, true, "due_diligence.date", &Supplier::due_diligence_date},
    {"due_diligence.evidence", FieldType::Id, false, "due_diligence.evidence", &Supplier::due_diligence_evidence},
    {"certifications", FieldType::Records, false, "certifications", &Supplier::certifications},
    {"agreements", FieldType::Records, false, "agreements", &Supplier::agreements},
    {"ai_data_use", FieldType::Object, false, "ai_data_use", &Supplier::ai_data_use},
};

inline constexpr Reference kSupplierReferences[] = {
    {"assets", {RecordKind::Asset}, 1},
    {"due_diligence.evidence", {RecordKind::Evidence}, 1},
};

inline constexpr RecordDeclaration<Supplier> kSupplierRecord{
    "suppliers", "suppliers", "suppliers.schema.json", "supplier", "supplier", &Supplier::id, &Supplier::name,
    &Supplier::location, kSupplierFields, {}, nullptr, nullptr, kSupplierReferences};

}  // namespace isms::records
