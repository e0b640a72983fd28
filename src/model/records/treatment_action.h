#pragma once
/// The risk treatment plan (treatment.schema.json, definition `action`, Clauses 6.1.3 e and
/// 8.3): the actions that implement the chosen treatments, each declared once.

#include "model/operating_choices.h"
#include "model/record_fields.h"

namespace isms::records {

inline constexpr FieldSpec<TreatmentAction> kTreatmentActionFields[] = {
    {"id", FieldType::Id, true, "id", &TreatmentAction::id},
    {"title", FieldType::Text, true, "title", &TreatmentAction::title, {}, Prose::Text},
    {"description", FieldType::Text, false, "description", &TreatmentAction::description, {}, Prose::Text},
    {"owner", FieldType::Id, false, "owner", &TreatmentAction::owner},
    {"due", FieldType::Date, false, "due", &TreatmentAction::due},
    {"status", FieldType::Enum, true, "status", choice_access<&TreatmentAction::status>(), kActionStatusValues},
    {"completed", FieldType::Date, false, "completed", &TreatmentAction::completed},
    {"risks", FieldType::IdList, false, "risks", &TreatmentAction::risks},
    {"controls", FieldType::IdList, false, "controls", &TreatmentAction::controls},
    {"resources", FieldType::Text, false, "resources", &TreatmentAction::resources, {}, Prose::Text},
    {"evidence", FieldType::IdList, false, "evidence", &TreatmentAction::evidence},
};

/// Everyday words for where an action stands, for `isms import`.
inline constexpr ValueWord kActionStatusWords[] = {
    {"open", "planned"},       {"notstarted", "planned"}, {"todo", "planned"},      {"new", "planned"},
    {"inprogress", "in-progress"}, {"ongoing", "in-progress"}, {"started", "in-progress"}, {"wip", "in-progress"},
    {"underway", "in-progress"}, {"complete", "done"},     {"completed", "done"},    {"closed", "done"},
    {"implemented", "done"},   {"finished", "done"},      {"canceled", "cancelled"}, {"dropped", "cancelled"},
    {"withdrawn", "cancelled"},
};

inline constexpr ImportColumn kTreatmentActionColumns[] = {
    {"id", "id", "id|actionid|actionno|actionnumber|ref|reference|rtpid|treatmentid|identifier"},
    {"title", "title", "title|action|actiontitle|treatmentaction|name|summary"},
    {"description", "description", "description|details|actiondescription|notes"},
    {"owner", "owner", "owner|actionowner|responsible|assignee|assignedto"},
    {"due", "due", "due|duedate|targetdate|deadline|targetcompletion"},
    {"status", "status", "status|actionstatus|state|progress", ImportReading::AsDeclared, kActionStatusWords},
    {"completed", "completed", "completed|completiondate|completedon|datecompleted|closedon|donedate"},
    {"risks", "risks", "risks|risk|riskids|riskid|relatedrisks|risksaddressed"},
    {"controls", "controls", "controls|annexacontrols|controlids|control|annexa|isocontrols|iso27001controls",
     ImportReading::ControlIds},
    {"resources", "resources", "resources|resourcesrequired|budget|cost|effort"},
    {"evidence", "evidence", "evidence|evidenceids|proof"},
};

inline constexpr Reference kTreatmentActionReferences[] = {
    {"owner", {RecordKind::Person, RecordKind::Role}, 2},
    {"risks", {RecordKind::Risk}, 1},
    {"controls", {}, 0, true},
    {"evidence", {RecordKind::Evidence, RecordKind::Document}, 2},
};

inline constexpr RecordDeclaration<TreatmentAction> kTreatmentActionRecord{
    "treatment", "actions", "treatment.schema.json", "action", "treatment action", &TreatmentAction::id,
    &TreatmentAction::title, &TreatmentAction::location, kTreatmentActionFields, kTreatmentActionColumns,
    nullptr, nullptr, kTreatmentActionReferences};

}  // namespace isms::records
