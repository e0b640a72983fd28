#pragma once
/// The objectives register (objectives.schema.json, Clause 6.2): the information security
/// objectives (definition `objective`) and the dated measurements of each (definition
/// `measurement`), each declared once.

#include "model/record_fields.h"

namespace isms::records {

inline constexpr FieldSpec<ObjectiveMeasurement> kObjectiveMeasurementFields[] = {
    {"date", FieldType::Date, true, "date", &ObjectiveMeasurement::date},
    {"value", FieldType::Text, true, "value", &ObjectiveMeasurement::value, {}, Prose::Text},
    {"met", FieldType::Bool, true, "met", &ObjectiveMeasurement::met},
    {"evidence", FieldType::Id, false, "evidence", &ObjectiveMeasurement::evidence},
    {"note", FieldType::Text, false, "note", &ObjectiveMeasurement::note, {}, Prose::Text},
};

/// "2026-09-30: 91% (not met)".
std::string objective_measurement_summary(const ObjectiveMeasurement& measurement);

inline constexpr Reference kObjectiveMeasurementReferences[] = {
    {"evidence", {RecordKind::Evidence, RecordKind::Document}, 2},
};

/// A measurement's columns; `isms import measurements` adds the objective each row belongs to.
inline constexpr ImportColumn kObjectiveMeasurementColumns[] = {
    {"date", "date", "date|measuredon|measurementdate|asof|period|periodend"},
    {"value", "value", "value|result|measurement|measured|actual|score"},
    {"met", "met", "met|targetmet|achieved|ontarget|pass"},
    {"evidence", "evidence", "evidence|evidenceid|source|report"},
    {"note", "note", "note|notes|comment|comments|remarks"},
};

inline constexpr RecordDeclaration<ObjectiveMeasurement> kObjectiveMeasurementRecord{
    "", "", "objectives.schema.json", "measurement", "measurement", nullptr, nullptr, nullptr, kObjectiveMeasurementFields,
    kObjectiveMeasurementColumns,
    objective_measurement_summary, nullptr, kObjectiveMeasurementReferences};

inline constexpr FieldSpec<Objective> kObjectiveFields[] = {
    {"id", FieldType::Id, true, "id", &Objective::id},
    {"title", FieldType::Text, true, "title", &Objective::title, {}, Prose::Text},
    {"policy", FieldType::Id, false, "policy", &Objective::policy},
    {"measure", FieldType::Text, false, "measure", &Objective::measure, {}, Prose::Text},
    {"target", FieldType::Text, false, "target", &Objective::target, {}, Prose::Text},
    {"owner", FieldType::Id, false, "owner", &Objective::owner},
    {"resources", FieldType::Text, false, "resources", &Objective::resources, {}, Prose::Text},
    {"due", FieldType::Date, false, "due", &Objective::due},
    {"evaluation", FieldType::Text, false, "evaluation", &Objective::evaluation, {}, Prose::Text},
    {"monitoring_months", FieldType::Integer, false, "monitoring_months", &Objective::monitoring_months},
    {"status", FieldType::Enum, true, "status", choice_access<&Objective::status>(), kObjectiveStatusValues},
    {"decision", FieldType::Text, false, "decision", &Objective::decision, {}, Prose::Reason},
    {"measurements", FieldType::Records, false, "measurements", &Objective::measurements},
};

/// `isms import --target objectives` would read these columns; the measurements are not
/// spreadsheet columns.
inline constexpr ImportColumn kObjectiveColumns[] = {
    {"id", "id", "id|objectiveid|ref|reference|identifier"},
    {"title", "title", "title|objective|objectivetitle|name|description"},
    {"policy", "policy", "policy|policyid|policydocument"},
    {"measure", "measure", "measure|metric|kpi|indicator|measurement"},
    {"target", "target", "target|targetvalue|goal|threshold"},
    {"owner", "owner", "owner|responsible|accountable"},
    {"resources", "resources", "resources|resourcing|budget"},
    {"due", "due", "due|duedate|deadline|targetdate|completionby"},
    {"evaluation", "evaluation", "evaluation|evaluatedby|evaluationmethod|review"},
    {"monitoring_months", "monitoring_months", "monitoringmonths|frequencymonths|measuredeverymonths"},
    {"status", "status", "status|state"},
};

inline constexpr Reference kObjectiveReferences[] = {
    {"policy", {RecordKind::Document}, 1},
    {"owner", {RecordKind::Person, RecordKind::Role}, 2},
};

inline constexpr RecordDeclaration<Objective> kObjectiveRecord{
    "objectives", "objectives", "objectives.schema.json", "objective", "objective", &Objective::id, &Objective::title,
    &Objective::location, kObjectiveFields, kObjectiveColumns, nullptr, nullptr, kObjectiveReferences};

}  // namespace isms::records
