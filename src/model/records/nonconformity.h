#pragma once
/// The nonconformity register (nonconformities.schema.json, Clause 10.2): each nonconformity or
/// observation, where it came from, what was done to correct it, its cause, its corrective
/// action (definition `corrective_action`) and the review of that action's effectiveness
/// (definition `effectiveness`), each declared once.

#include "model/record_fields.h"

namespace isms::records {

inline constexpr FieldSpec<CorrectiveAction> kCorrectiveActionFields[] = {
    {"description", FieldType::Text, true, "description", &CorrectiveAction::description, {}, Prose::Text},
    {"owner", FieldType::Id, false, "owner", &CorrectiveAction::owner},
    {"due", FieldType::Date, false, "due", &CorrectiveAction::due},
    {"completed", FieldType::Date, false, "completed", &CorrectiveAction::completed},
};

/// A person holds a corrective action, or a role does until a person is named.
inline constexpr Reference kCorrectiveActionReferences[] = {
    {"owner", {RecordKind::Person, RecordKind::Role}, 2},
};

inline constexpr RecordDeclaration<CorrectiveAction> kCorrectiveActionRecord{
    "", "", "nonconformities.schema.json", "corrective_action", "", nullptr, nullptr, nullptr,
    kCorrectiveActionFields, {}, nullptr, &CorrectiveAction::present, kCorrectiveActionReferences};

inline constexpr FieldSpec<EffectivenessReview> kEffectivenessFields[] = {
    {"date", FieldType::Date, true, "date", &EffectivenessReview::date},
    {"result", FieldType::Enum, true, "result", choice_access<&EffectivenessReview::result>(),
     kEffectivenessResultValues},
    {"by", FieldType::Id, false, "by", &EffectivenessReview::by},
    {"evidence", FieldType::Id, false, "evidence", &EffectivenessReview::evidence},
};

inline constexpr Reference kEffectivenessReferences[] = {
    {"by", {RecordKind::Person}, 1},
    {"evidence", {RecordKind::Evidence, RecordKind::Document}, 2},
};

inline constexpr RecordDeclaration<EffectivenessReview> kEffectivenessRecord{
    "", "", "nonconformities.schema.json", "effectiveness", "", nullptr, nullptr, nullptr,
    kEffectivenessFields, {}, nullptr, &EffectivenessReview::present, kEffectivenessReferences};

inline constexpr FieldSpec<Nonconformity> kNonconformityFields[] = {
    {"id", FieldType::Id, true, "id", &Nonconformity::id},
    {"title", FieldType::Text, true, "title", &Nonconformity::title, {}, Prose::Text},
    {"source", FieldType::Enum, true, "source", choice_access<&Nonconformity::source>(), kNonconformitySourceValues},
    {"source_record", FieldType::Id, false, "source_record", &Nonconformity::source_record},
    {"requirement", FieldType::Text, true, "requirement", &Nonconformity::requirement},
    {"raised", FieldType::Date, true, "raised", &Nonconformity::raised},
    {"grade", FieldType::Enum, true, "grade", choice_access<&Nonconformity::grade>(), kFindingGradeValues},
    {"description", FieldType::Text, true, "description", &Nonconformity::description, {}, Prose::Text},
    {"correction", FieldType::Text, false, "correction", &Nonconformity::correction, {}, Prose::Text},
    {"root_cause", FieldType::Text, false, "root_cause", &Nonconformity::root_cause, {}, Prose::Text},
    {"corrective_action", FieldType::Object, false, "corrective_action", &Nonconformity::action},
    {"status", FieldType::Enum, true, "status", choice_access<&Nonconformity::status>(), kNonconformityStatusValues},
    {"closed", FieldType::Date, false, "closed", &Nonconformity::closed},
    {"effectiveness", FieldType::Object, false, "effectiveness", &Nonconformity::effectiveness},
};

/// Everyday words for a nonconformity's source, grade and status.
inline constexpr ValueWord kNonconformityWords[] = {
    {"internalaudit", "internal-audit"}, {"audit", "internal-audit"}, {"externalaudit", "external-audit"},
    {"certificationaudit", "external-audit"}, {"managementreview", "management-review"},
    {"majornonconformity", "major"}, {"minornonconformity", "minor"}, {"ofi", "observation"},
    {"opportunityforimprovement", "observation"}, {"new", "open"}, {"raised", "open"},
    {"inprogress", "in-progress"}, {"ongoing", "in-progress"}, {"done", "closed"}, {"resolved", "closed"},
    {"noteffective", "not-effective"}, {"ineffective", "not-effective"},
};

/// A nonconformity's columns, with its corrective action and effectiveness review as the
/// columns corrective_action_* and effectiveness_*.
inline constexpr ImportColumn kNonconformityColumns[] = {
    {"id", "id", "id|ncid|ncrid|nonconformityid|ref|reference|identifier|carid"},
    {"title", "title", "title|nonconformity|summary|name|finding"},
    {"source", "source", "source|origin|raisedby|foundby|foundin", ImportReading::AsDeclared, kNonconformityWords},
    {"source_record", "source_record", "sourcerecord|auditfinding|findingid|sourceid|raisedat"},
    {"requirement", "requirement", "requirement|clause|control|clauseorcontrol|requirementnotmet|criteria"},
    {"raised", "raised", "raised|raisedon|dateraised|date|identified|identifiedon|opened"},
    {"grade", "grade", "grade|severity|classification|type|category", ImportReading::AsDeclared, kNonconformityWords},
    {"description", "description", "description|details|nonconformitydescription|statement|evidence"},
    {"correction", "correction", "correction|immediateaction|containment|immediatecorrection"},
    {"root_cause", "root_cause", "rootcause|cause|rootcauseanalysis|rca"},
    {"corrective_action_description", "corrective_action.description",
     "correctiveaction|correctiveactiondescription|action|capa"},
    {"corrective_action_owner", "corrective_action.owner", "correctiveactionowner|actionowner|owner|responsible"},
    {"corrective_action_due", "corrective_action.due", "correctiveactiondue|actiondue|due|duedate|targetdate"},
    {"corrective_action_completed", "corrective_action.completed",
     "correctiveactioncompleted|actioncompleted|completed|completedon|implemented"},
    {"status", "status", "status|state|ncstatus", ImportReading::AsDeclared, kNonconformityWords},
    {"closed", "closed", "closed|closedon|dateclosed|closuredate"},
    {"effectiveness_date", "effectiveness.date", "effectivenessdate|effectivenessreview|verifiedon|verificationdate"},
    {"effectiveness_result", "effectiveness.result", "effectivenessresult|effective|effectiveness|verification",
     ImportReading::AsDeclared, kNonconformityWords},
    {"effectiveness_by", "effectiveness.by", "effectivenessby|verifiedby|reviewedby"},
    {"effectiveness_evidence", "effectiveness.evidence", "effectivenessevidence|verificationevidence"},
};

/// `source_record` names the audit finding or the management review the nonconformity came from.
inline constexpr Reference kNonconformityReferences[] = {
    {"source_record", {RecordKind::AuditFinding, RecordKind::Review}, 2},
};

inline constexpr RecordDeclaration<Nonconformity> kNonconformityRecord{
    "nonconformities", "nonconformities", "nonconformities.schema.json", "nonconformity", "nonconformity",
    &Nonconformity::id, &Nonconformity::title, &Nonconformity::location, kNonconformityFields, kNonconformityColumns, nullptr, nullptr,
    kNonconformityReferences};

}  // namespace isms::records
