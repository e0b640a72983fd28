#pragma once
/// The declared record type (model/records/) behind each import target: the columns it maps,
/// the list its records sit in, the field that keys them.

#include <array>
#include <span>
#include <string>
#include <variant>
#include <string_view>

#include "import/import.h"
#include "model/records/asset.h"
#include "model/records/audit.h"
#include "model/records/competence.h"
#include "model/records/nonconformity.h"
#include "model/records/objective.h"
#include "model/records/review.h"
#include "model/records/risk.h"
#include "model/records/role.h"
#include "model/records/soa_entry.h"
#include "model/records/treatment_action.h"

namespace isms {

/// A spreadsheet column as import maps and converts it: the declaration's column and its field.
struct ImportField {
  std::string_view name;
  std::string_view synonyms;
  bool required;            ///< a sheet must fill it (fields of nested objects never must)
  std::string_view key;     ///< the declared field: "residual.likelihood", "acceptance"
  FieldType kind = FieldType::Text;
  std::span<const std::string_view> values = {};  ///< Enum fields
  ImportReading reading = ImportReading::AsDeclared;
  std::span<const ValueWord> words = {};
  std::string_view names = {};  ///< reference fields: what an id names, for messages ("asset")
  bool required_in_object = false;  ///< a nested object's field, needed once any of its columns is filled
};

/// What import needs of a target's record declaration.
struct ImportRecordShape {
  std::string_view list_key;  ///< "controls"
  std::string_view id_key;    ///< "control"
  std::span<const ImportField> fields;
  std::string_view noun;      ///< "risk"
};

namespace detail {

template <typename Record, std::size_t N>
constexpr std::array<ImportField, N> import_fields_of(const RecordDeclaration<Record>& record) {
  std::array<ImportField, N> fields{};
  for (std::size_t index = 0; index < N; ++index) {
    const ImportColumn& column = record.import_columns[index];
    // Compares keys, not a found pointer with nullptr: GCC's -fsanitize=undefined instruments
    // pointer comparisons, which then no longer evaluate at compile time.
    ImportField& out = fields[index];
    out = ImportField{column.name, column.synonyms, false, column.key};
    out.reading = column.reading;
    out.words = column.words;
    for (const FieldSpec<Record>& field : record.fields) {
      if (field.key != column.key) continue;
      out.required = required_in_record(field);
      out.kind = field.kind;
      out.values = field.values;
    }
    for (const Reference& reference : record.references) {
      if (reference.key == column.key && reference.kind_count > 0) out.names = record_kind_name(reference.kinds[0]);
    }
  }
  return fields;
}

/// Types the columns of the nested object `object` ("corrective_action.owner") from that
/// object's own declaration: a column outside the record's flat fields is otherwise read as text.
template <typename Child, std::size_t N>
constexpr std::array<ImportField, N> with_object(std::array<ImportField, N> fields, std::string_view object,
                                                 const RecordDeclaration<Child>& child) {
  for (ImportField& out : fields) {
    if (!out.key.starts_with(object) || out.key.size() <= object.size() || out.key[object.size()] != '.') continue;
    const std::string_view member = out.key.substr(object.size() + 1);
    for (const FieldSpec<Child>& field : child.fields) {
      if (field.key != member) continue;
      out.kind = field.kind;
      out.values = field.values;
      out.required_in_object = required_in_record(field);
    }
    for (const Reference& reference : child.references) {
      if (reference.key == member && reference.kind_count > 0) out.names = record_kind_name(reference.kinds[0]);
    }
  }
  return fields;
}

template <typename Record>
constexpr std::string_view id_key_of(const RecordDeclaration<Record>& record) {
  for (const FieldSpec<Record>& field : record.fields) {
    const auto* member = std::get_if<Text Record::*>(&field.member);
    if (member != nullptr && *member == record.id) return field.key;
  }
  return {};
}

inline constexpr auto kSoaImportFields = import_fields_of<SoaEntry, std::size(records::kSoaEntryColumns)>(records::kSoaEntryRecord);
inline constexpr auto kAssetImportFields = import_fields_of<Asset, std::size(records::kAssetColumns)>(records::kAssetRecord);
inline constexpr auto kRiskImportFields = import_fields_of<Risk, std::size(records::kRiskColumns)>(records::kRiskRecord);
inline constexpr auto kTreatmentImportFields =
    import_fields_of<TreatmentAction, std::size(records::kTreatmentActionColumns)>(records::kTreatmentActionRecord);
inline constexpr auto kObjectiveImportFields =
    import_fields_of<Objective, std::size(records::kObjectiveColumns)>(records::kObjectiveRecord);
inline constexpr auto kAuditImportFields = import_fields_of<Audit, std::size(records::kAuditColumns)>(records::kAuditRecord);
inline constexpr auto kReviewImportFields =
    import_fields_of<ManagementReview, std::size(records::kReviewColumns)>(records::kReviewRecord);
inline constexpr auto kNonconformityImportFields = with_object(
    with_object(import_fields_of<Nonconformity, std::size(records::kNonconformityColumns)>(records::kNonconformityRecord),
                "corrective_action", records::kCorrectiveActionRecord),
    "effectiveness", records::kEffectivenessRecord);
inline constexpr auto kRoleImportFields = import_fields_of<Role, std::size(records::kRoleColumns)>(records::kRoleRecord);
inline constexpr auto kPersonImportFields = import_fields_of<Person, std::size(records::kPersonColumns)>(records::kPersonRecord);
inline constexpr auto kCompetenceImportFields =
    import_fields_of<CompetenceRequirement, std::size(records::kCompetenceRequirementColumns)>(
        records::kCompetenceRequirementRecord);

/// A nested target's columns: first the one that names the parent record, required, then the
/// nested record's own.
template <std::size_t N>
constexpr std::array<ImportField, N + 1> with_parent(const ImportField& parent, const std::array<ImportField, N>& fields) {
  std::array<ImportField, N + 1> all{};
  all[0] = parent;
  for (std::size_t index = 0; index < N; ++index) all[index + 1] = fields[index];
  return all;
}

inline constexpr auto kFindingImportFields = with_parent(
    ImportField{"audit", "audit|auditid|auditref|auditreference|auditno|auditnumber", true, "audit", FieldType::Id, {},
                ImportReading::AsDeclared, {}, "audit"},
    import_fields_of<AuditFinding, std::size(records::kAuditFindingColumns)>(records::kAuditFindingRecord));
inline constexpr ImportField kReviewColumn{
    "review", "review|reviewid|managementreview|meeting|meetingid|raisedat", true, "review", FieldType::Id,
    {}, ImportReading::AsDeclared, {}, "review"};
inline constexpr auto kReviewDecisionImportFields = with_parent(
    kReviewColumn, import_fields_of<ReviewDecision, std::size(records::kReviewDecisionColumns)>(records::kReviewDecisionRecord));
inline constexpr auto kReviewActionImportFields = with_parent(
    kReviewColumn, import_fields_of<ReviewAction, std::size(records::kReviewActionColumns)>(records::kReviewActionRecord));
inline constexpr auto kMeasurementImportFields = with_parent(
    ImportField{"objective", "objective|objectiveid|objectiveref|kpi|kpiid|metric|metricid", true, "objective",
                FieldType::Id, {}, ImportReading::AsDeclared, {}, "objective"},
    import_fields_of<ObjectiveMeasurement, std::size(records::kObjectiveMeasurementColumns)>(
        records::kObjectiveMeasurementRecord));
inline constexpr ImportField kPersonColumn{
    "person", "person|personid|employee|employeeid|staff|staffid|attendee|learner|user|userid|who",
    true, "person", FieldType::Id, {}, ImportReading::AsDeclared, {}, "person"};
inline constexpr auto kCompetenceEvidenceImportFields = with_parent(
    kPersonColumn, import_fields_of<CompetenceEvidence, std::size(records::kCompetenceEvidenceColumns)>(
                       records::kCompetenceEvidenceRecord));
inline constexpr auto kAwarenessImportFields = with_parent(
    kPersonColumn, import_fields_of<AwarenessRecord, std::size(records::kAwarenessColumns)>(records::kAwarenessRecord));

/// A nested target's shape: its records sit, while imported, in a list named as the one inside
/// each parent, and each starts with the column that names its parent.
template <typename Record, std::size_t N>
constexpr ImportRecordShape nested_shape_of(const RecordDeclaration<Record>& record, const std::array<ImportField, N>& fields,
                                            std::string_view list) {
  return {list, fields[0].key, fields, record.noun};
}

/// A target's shape from its record declaration and the columns typed from it.
template <typename Record, std::size_t N>
constexpr ImportRecordShape shape_of(const RecordDeclaration<Record>& record, const std::array<ImportField, N>& fields) {
  return {record.list_key, id_key_of(record), fields, record.noun};
}

}  // namespace detail

/// The shape of a target's records, from its declaration.
constexpr ImportRecordShape import_record_shape(ImportTarget target) {
  using namespace detail;
  switch (target) {
    case ImportTarget::Soa: return shape_of(records::kSoaEntryRecord, kSoaImportFields);
    case ImportTarget::Assets: return shape_of(records::kAssetRecord, kAssetImportFields);
    case ImportTarget::Risks: return shape_of(records::kRiskRecord, kRiskImportFields);
    case ImportTarget::Treatment: return shape_of(records::kTreatmentActionRecord, kTreatmentImportFields);
    case ImportTarget::Objectives: return shape_of(records::kObjectiveRecord, kObjectiveImportFields);
    case ImportTarget::Audits: return shape_of(records::kAuditRecord, kAuditImportFields);
    case ImportTarget::Reviews: return shape_of(records::kReviewRecord, kReviewImportFields);
    case ImportTarget::Nonconformities: return shape_of(records::kNonconformityRecord, kNonconformityImportFields);
    case ImportTarget::Roles: return shape_of(records::kRoleRecord, kRoleImportFields);
    case ImportTarget::People: return shape_of(records::kPersonRecord, kPersonImportFields);
    case ImportTarget::Competence: return shape_of(records::kCompetenceRequirementRecord, kCompetenceImportFields);
    case ImportTarget::Findings: return nested_shape_of(records::kAuditFindingRecord, kFindingImportFields, "findings");
    case ImportTarget::ReviewDecisions:
      return nested_shape_of(records::kReviewDecisionRecord, kReviewDecisionImportFields, "decisions");
    case ImportTarget::ReviewActions:
      return nested_shape_of(records::kReviewActionRecord, kReviewActionImportFields, "actions");
    case ImportTarget::Measurements:
      return nested_shape_of(records::kObjectiveMeasurementRecord, kMeasurementImportFields, "measurements");
    case ImportTarget::CompetenceEvidence:
      return nested_shape_of(records::kCompetenceEvidenceRecord, kCompetenceEvidenceImportFields, "competence");
    case ImportTarget::Awareness: return nested_shape_of(records::kAwarenessRecord, kAwarenessImportFields, "awareness");
  }
  return shape_of(records::kSoaEntryRecord, kSoaImportFields);
}

/// "a, b or c": declared values for a message.
inline std::string values_or(std::span<const std::string_view> values) {
  std::string text;
  for (std::size_t i = 0; i < values.size(); ++i) {
    text += i == 0 ? "" : i + 1 == values.size() ? " or " : ", ";
    text += values[i];
  }
  return text;
}

/// "a, b, c": declared values for a message.
inline std::string values_listed(std::span<const std::string_view> values) {
  std::string text;
  for (std::string_view value : values) text += (text.empty() ? "" : ", ") + std::string(value);
  return text;
}

}  // namespace isms
