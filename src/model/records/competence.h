#pragma once
/// The competence register (competence.schema.json, Clauses 7.2 and 7.3): the competence each
/// role requires (definition `requirement`), and each person's record (definition `person`):
/// the evidence of their competence (`competence`) and the awareness sessions they attended
/// (`awareness`), each declared once.

#include "model/record_fields.h"

namespace isms::records {

inline constexpr FieldSpec<CompetenceRequirement> kCompetenceRequirementFields[] = {
    {"id", FieldType::Id, true, "id", &CompetenceRequirement::id},
    {"role", FieldType::Id, true, "role", &CompetenceRequirement::role},
    {"competence", FieldType::Text, true, "competence", &CompetenceRequirement::competence, {}, Prose::Text},
};

inline constexpr ImportColumn kCompetenceRequirementColumns[] = {
    {"id", "id", "id|requirementid|competenceid|ref|reference|identifier"},
    {"role", "role", "role|roleid|position|for"},
    {"competence", "competence", "competence|requirement|competencerequired|requiredcompetence|skill|skills|knowledge"},
};

inline constexpr Reference kCompetenceRequirementReferences[] = {
    {"role", {RecordKind::Role}, 1},
};

inline constexpr RecordDeclaration<CompetenceRequirement> kCompetenceRequirementRecord{
    "competence", "requirements", "competence.schema.json", "requirement", "competence requirement",
    &CompetenceRequirement::id, &CompetenceRequirement::competence, &CompetenceRequirement::location,
    kCompetenceRequirementFields, kCompetenceRequirementColumns, nullptr, nullptr, kCompetenceRequirementReferences};

inline constexpr FieldSpec<CompetenceEvidence> kCompetenceEvidenceFields[] = {
    {"type", FieldType::Enum, true, "type", choice_access<&CompetenceEvidence::type>(), kCompetenceEvidenceTypeValues},
    {"title", FieldType::Text, true, "title", &CompetenceEvidence::title, {}, Prose::Text},
    {"date", FieldType::Date, true, "date", &CompetenceEvidence::date},
    {"expires", FieldType::Date, false, "expires", &CompetenceEvidence::expires},
    {"requirements", FieldType::IdList, true, "requirements", &CompetenceEvidence::requirements},
    {"evidence", FieldType::Id, false, "evidence", &CompetenceEvidence::evidence},
};

/// "certification CISSP (2019-05-01; expires 2028-05-01)".
std::string competence_evidence_summary(const CompetenceEvidence& evidence);

inline constexpr Reference kCompetenceEvidenceReferences[] = {
    {"requirements", {RecordKind::CompetenceRequirement}, 1},
    {"evidence", {RecordKind::Evidence, RecordKind::Document}, 2},
};

/// Everyday words for a kind of competence evidence, as training logs and HR systems write them.
inline constexpr ValueWord kCompetenceEvidenceWords[] = {
    {"course", "training"}, {"elearning", "training"}, {"workshop", "training"}, {"classroom", "training"},
    {"certificate", "certification"}, {"cert", "certification"}, {"exam", "certification"},
    {"degree", "qualification"}, {"diploma", "qualification"}, {"workexperience", "experience"},
    {"onthejob", "experience"},
};

/// The columns of one piece of competence evidence; `isms import competence-evidence` adds the
/// person each row belongs to, so a training log of many people imports in one go.
inline constexpr ImportColumn kCompetenceEvidenceColumns[] = {
    {"type", "type", "type|evidencetype|kind|category|trainingtype", ImportReading::AsDeclared, kCompetenceEvidenceWords},
    {"title", "title", "title|course|coursename|training|certification|qualification|name|description"},
    {"date", "date", "date|completed|completedon|completiondate|passed|awarded|achieved|attended"},
    {"expires", "expires", "expires|expiry|expirydate|validuntil|renewal|renewby"},
    {"requirements", "requirements", "requirements|requirement|competencerequirements|requirementids|evidences"},
    {"evidence", "evidence", "evidence|evidenceid|certificateid|record|proof"},
};

inline constexpr RecordDeclaration<CompetenceEvidence> kCompetenceEvidenceRecord{
    "", "", "competence.schema.json", "competence", "competence evidence", nullptr, nullptr, nullptr,
    kCompetenceEvidenceFields, kCompetenceEvidenceColumns,
    competence_evidence_summary, nullptr, kCompetenceEvidenceReferences};

inline constexpr FieldSpec<AwarenessRecord> kAwarenessFields[] = {
    {"course", FieldType::Text, true, "course", &AwarenessRecord::course, {}, Prose::Text},
    {"date", FieldType::Date, true, "date", &AwarenessRecord::date},
    {"evidence", FieldType::Id, false, "evidence", &AwarenessRecord::evidence},
};

/// "Annual security awareness 2026 (2026-03-02)".
std::string awareness_summary(const AwarenessRecord& awareness);

inline constexpr Reference kAwarenessReferences[] = {
    {"evidence", {RecordKind::Evidence, RecordKind::Document}, 2},
};

/// The columns of one awareness session; `isms import awareness` adds the person who attended.
inline constexpr ImportColumn kAwarenessColumns[] = {
    {"course", "course", "course|coursename|session|training|module|title|name"},
    {"date", "date", "date|completed|completedon|completiondate|attended|attendedon"},
    {"evidence", "evidence", "evidence|evidenceid|record|proof|certificate"},
};

inline constexpr RecordDeclaration<AwarenessRecord> kAwarenessRecord{
    "", "", "competence.schema.json", "awareness", "awareness session", nullptr, nullptr, nullptr, kAwarenessFields,
    kAwarenessColumns,
    awareness_summary, nullptr, kAwarenessReferences};

inline constexpr FieldSpec<CompetenceRecord> kCompetenceRecordFields[] = {
    {"person", FieldType::Id, true, "person", &CompetenceRecord::person},
    {"competence", FieldType::Records, false, "competence", &CompetenceRecord::competence},
    {"awareness", FieldType::Records, false, "awareness", &CompetenceRecord::awareness},
};

inline constexpr Reference kCompetenceRecordReferences[] = {
    {"person", {RecordKind::Person}, 1},
};

/// A person's record is named by the person it is about; diff lists these after the requirements.
inline constexpr RecordDeclaration<CompetenceRecord> kCompetenceRecordRecord{
    "competence", "people", "competence.schema.json", "person", "competence record of", &CompetenceRecord::person,
    &CompetenceRecord::person, &CompetenceRecord::location, kCompetenceRecordFields, {}, nullptr, nullptr,
    kCompetenceRecordReferences};

}  // namespace isms::records
