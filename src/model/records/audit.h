#pragma once
/// The internal audit register (audits.schema.json, Clause 9.2): the audit programme (definition
/// `programme`), the audits planned and performed (definition `audit`) and their findings
/// (definition `finding`), each declared once.

#include "model/record_fields.h"

namespace isms::records {

inline constexpr FieldSpec<AuditProgramme> kAuditProgrammeFields[] = {
    {"cycle_months", FieldType::Integer, false, "cycle_months", &AuditProgramme::cycle_months},
    {"criteria", FieldType::Text, false, "criteria", &AuditProgramme::criteria, {}, Prose::Text},
    {"document", FieldType::Id, false, "document", &AuditProgramme::document},
    {"owner", FieldType::Id, false, "owner", &AuditProgramme::owner},
};

inline constexpr Reference kAuditProgrammeReferences[] = {
    {"document", {RecordKind::Document}, 1},
    {"owner", {RecordKind::Person, RecordKind::Role}, 2},
};

/// The programme is one mapping, not a list: `list_key` names the key that holds it.
inline constexpr RecordDeclaration<AuditProgramme> kAuditProgrammeRecord{
    "audit programme", "programme", "audits.schema.json", "programme", "audit programme", nullptr, nullptr,
    &AuditProgramme::location, kAuditProgrammeFields, {}, nullptr, &AuditProgramme::present,
    kAuditProgrammeReferences};

inline constexpr FieldSpec<AuditFinding> kAuditFindingFields[] = {
    {"id", FieldType::Id, true, "id", &AuditFinding::id},
    {"grade", FieldType::Enum, false, "grade", choice_access<&AuditFinding::grade>(), kFindingGradeValues},
    {"requirement", FieldType::Text, false, "requirement", &AuditFinding::requirement},
    {"description", FieldType::Text, true, "description", &AuditFinding::description, {}, Prose::Text},
    {"nonconformity", FieldType::Id, false, "nonconformity", &AuditFinding::nonconformity},
};

/// "IA-2026-01-F1 minor A.8.13 (NC-2026-001)".
std::string audit_finding_summary(const AuditFinding& finding);

inline constexpr Reference kAuditFindingReferences[] = {
    {"nonconformity", {RecordKind::Nonconformity}, 1},
};

/// Everyday words for a finding's grade.
inline constexpr ValueWord kFindingGradeWords[] = {
    {"majornonconformity", "major"}, {"majornc", "major"}, {"minornonconformity", "minor"}, {"minornc", "minor"},
    {"ofi", "observation"}, {"opportunityforimprovement", "observation"}, {"improvement", "observation"},
};

/// A finding's columns; `isms import findings` adds the audit each row belongs to.
inline constexpr ImportColumn kAuditFindingColumns[] = {
    {"id", "id", "id|findingid|findingno|findingnumber|findingref|ref|reference"},
    {"grade", "grade", "grade|severity|classification|type|category|findingtype", ImportReading::AsDeclared,
     kFindingGradeWords},
    {"requirement", "requirement", "requirement|clause|control|clausecontrol|clauseorcontrol|criteria"},
    {"description", "description", "description|finding|details|findingdescription|statement|evidence|observation"},
    {"nonconformity", "nonconformity", "nonconformity|ncid|nc|ncr|ncrid|nonconformityid|raisedas"},
};

inline constexpr RecordDeclaration<AuditFinding> kAuditFindingRecord{
    "findings", "", "audits.schema.json", "finding", "finding", &AuditFinding::id, &AuditFinding::description,
    nullptr, kAuditFindingFields, kAuditFindingColumns, audit_finding_summary, nullptr, kAuditFindingReferences};

inline constexpr FieldSpec<Audit> kAuditFields[] = {
    {"id", FieldType::Id, true, "id", &Audit::id},
    {"title", FieldType::Text, true, "title", &Audit::title, {}, Prose::Text},
    {"status", FieldType::Enum, true, "status", choice_access<&Audit::status>(), kAuditStatusValues},
    {"planned", FieldType::Date, false, "planned", &Audit::planned},
    {"date", FieldType::Date, false, "date", &Audit::date},
    {"auditor", FieldType::Id, false, "auditor", &Audit::auditor},
    {"auditees", FieldType::IdList, false, "auditees", &Audit::auditees},
    {"areas", FieldType::TextList, false, "areas", &Audit::areas, {}, Prose::Text},
    {"whole_isms", FieldType::Bool, false, "whole_isms", &Audit::whole_isms},
    {"scope", FieldType::Text, false, "scope", &Audit::scope, {}, Prose::Text},
    {"clauses", FieldType::TextList, false, "clauses", &Audit::clauses},
    {"controls", FieldType::IdList, false, "controls", &Audit::controls},
    {"report", FieldType::Id, false, "report", &Audit::report},
    {"reported", FieldType::Date, false, "reported", &Audit::reported},
    {"findings", FieldType::Records, false, "findings", &Audit::findings},
};

/// Everyday words for an audit's status.
inline constexpr ValueWord kAuditStatusWords[] = {
    {"scheduled", "planned"}, {"notstarted", "planned"}, {"open", "planned"},   {"inprogress", "in-progress"},
    {"ongoing", "in-progress"}, {"fieldwork", "in-progress"}, {"done", "completed"}, {"complete", "completed"},
    {"closed", "completed"},  {"reported", "completed"},  {"canceled", "cancelled"}, {"dropped", "cancelled"},
};

/// An audit's own columns; its findings come from a sheet of their own (`isms import findings`).
inline constexpr ImportColumn kAuditColumns[] = {
    {"id", "id", "id|auditid|auditno|auditnumber|ref|reference|identifier"},
    {"title", "title", "title|audit|audittitle|name|subject"},
    {"status", "status", "status|auditstatus|state", ImportReading::AsDeclared, kAuditStatusWords},
    {"planned", "planned", "planned|planneddate|scheduled|scheduleddate|plannedfor|month"},
    {"date", "date", "date|auditdate|performed|performedon|heldon|conducted"},
    {"auditor", "auditor", "auditor|leadauditor|auditedby|internalauditor"},
    {"auditees", "auditees", "auditees|auditee|interviewees|interviewed"},
    {"areas", "areas", "areas|area|departments|teams|processes|functions"},
    {"whole_isms", "whole_isms", "wholeisms|fullisms|entireisms|fullscope|wholescope"},
    {"scope", "scope", "scope|auditscope|coverage"},
    {"clauses", "clauses", "clauses|clause|isoclauses|requirements"},
    {"controls", "controls", "controls|annexacontrols|controlids|control|annexa", ImportReading::ControlIds},
    {"report", "report", "report|reportid|auditreport|reportdocument"},
    {"reported", "reported", "reported|reportedon|reporteddate|reportedtomanagement|reportdate"},
};

inline constexpr Reference kAuditReferences[] = {
    {"auditor", {RecordKind::Person}, 1},
    {"auditees", {RecordKind::Person}, 1},
    {"controls", {}, 0, true},
    {"report", {RecordKind::Document, RecordKind::Evidence}, 2},
};

inline constexpr RecordDeclaration<Audit> kAuditRecord{
    "audits", "audits", "audits.schema.json", "audit", "audit", &Audit::id, &Audit::title, &Audit::location,
    kAuditFields, kAuditColumns, nullptr, nullptr, kAuditReferences};

}  // namespace isms::records
