#pragma once
/// The Statement of Applicability entry (soa.schema.json, definition `entry`), declared once.

#include "model/record_fields.h"

namespace isms::records {

inline constexpr std::string_view kSoaReasons[] = {"risk", "legal", "contract", "business", "best-practice"};

inline constexpr FieldSpec<SoaEntry> kSoaEntryFields[] = {
    {"control", FieldType::Id, true, "control", &SoaEntry::control},
    {"applicable", FieldType::Bool, true, "applicable", &SoaEntry::applicable},
    {"justification", FieldType::Text, true, "justification", &SoaEntry::justification, {}, Prose::Reason},
    {"reasons", FieldType::EnumList, false, "reasons", &SoaEntry::reasons, kSoaReasons},
    {"status", FieldType::Enum, true, "status", choice_access<&SoaEntry::status>(), kSoaStatusValues},
    {"owner", FieldType::Text, false, "owner", &SoaEntry::owner, {}, Prose::Text},
    {"ai_coverage", FieldType::Text, false, "ai_coverage", &SoaEntry::ai_coverage, {}, Prose::Reason},
    {"documents", FieldType::IdList, false, "documents", &SoaEntry::documents},
    {"evidence", FieldType::IdList, false, "evidence", &SoaEntry::evidence},
};

inline constexpr ImportColumn kSoaEntryColumns[] = {
    {"control", "control",
     "control|controlid|controlno|controlnumber|controlref|controlreference|annexa|annexaref|annexareference|"
     "annexacontrol|annexaid|isocontrol|iso27001control|ref|reference|id|no|number"},
    {"applicable", "applicable",
     "applicable|applicability|included|include|inscope|selected|applies|isapplicable|applicableyn|"
     "applicableyesno|inclusion|inclusionexclusion"},
    {"justification", "justification",
     "justification|rationale|reason|justificationforinclusion|justificationforexclusion|"
     "justificationforinclusionexclusion|inclusionexclusionjustification|reasonforinclusionexclusion|"
     "reasonforinclusion|reasonforexclusion|applicabilityjustification"},
    {"reasons", "reasons",
     "reasons|reasonsforinclusion|reasonforselection|reasonsforselection|selectionreason|selectionreasons|"
     "inclusionreasons|drivers|controldrivers|basis|sources"},
    {"status", "status", "status|implementationstatus|implemented|implementation|state|controlstatus"},
    {"owner", "owner",
     "owner|controlowner|responsible|responsibility|ownerrole|accountable|responsibleperson|responsiblerole"},
    {"ai_coverage", "ai_coverage",
     "aicoverage|aicoveragenote|ainote|ainotes|aiconsiderations|aiimplementation|coverageofaiassets"},
    {"evidence", "evidence", "evidence|evidenceids|evidenceid|evidencerefs|evidencereferences|evidencerecords"},
    {"documents", "documents",
     "documents|document|documentids|docs|relateddocuments|policies|policy|documentation|documentrefs|"
     "documentreferences|policyreference|policyreferences"},
};

inline constexpr Reference kSoaEntryReferences[] = {
    {"control", {}, 0, true},
    {"evidence", {RecordKind::Evidence}, 1},
    {"documents", {RecordKind::Document}, 1},
};

/// The SoA's records are keyed by control id; their titles come from the Annex A catalogue.
inline constexpr RecordDeclaration<SoaEntry> kSoaEntryRecord{
    "soa", "controls", "soa.schema.json", "entry", "control", &SoaEntry::control, nullptr, &SoaEntry::location,
    kSoaEntryFields, kSoaEntryColumns, nullptr, nullptr, kSoaEntryReferences};

}  // namespace isms::records
