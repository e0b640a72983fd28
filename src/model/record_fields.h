#pragma once
/// How a record type is declared once, as plain data: its fields with their YAML keys, kinds,
/// allowed values, whether they are required, how they are labelled, and where each lives in the
/// model struct. The loader decodes by it, diff compares and labels by it, import maps spreadsheet
/// columns by it, PLH001 scans the prose fields it marks, and a unit test
/// (tests/unit/record_declarations_test.cc) holds it equal to the record's JSON Schema. The
/// declarations themselves are in model/records/, one file per record type.
///
/// Adding a field to a declared record type: its member in the model struct (model/model.h),
/// its line in the declaration (model/records/<record>.h; an enum the model holds as a C++ enum
/// also gets its enum and texts in model/choices.h), its property in schemas/<register>.schema.json
/// and its row in docs/reference/<register>.md. In the same declaration, a field that `isms
/// import` fills gets an ImportColumn line (import/declared_rows.cc converts by it), and a field
/// that names other records gets a Reference line (check/repository_checks.cc resolves it).

#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "model/model.h"
#include "model/record_kind.h"

namespace isms {

/// What a field holds, as the schema types it.
enum class FieldType : unsigned char {
  Text,      ///< a non-empty string
  Id,        ///< a record id
  Version,   ///< a version label, string or number, kept as written
  Date,      ///< YYYY-MM-DD
  Enum,      ///< one of `values`
  Integer,   ///< a whole number
  Bool,      ///< true or false
  IdList,    ///< a list of record ids (or control ids)
  TextList,  ///< a list of strings
  EnumList,  ///< a list of `values`
  Approval,  ///< {by, role, date}
  Presence,  ///< not a value: whether the key is written (a Flag: with any value; a bool: as a mapping)
  Object,    ///< a nested mapping, declared as a record of its own
  Records,   ///< a list of nested mappings, each declared as a record of its own
};

/// Whether a field is prose that PLH001 reads for placeholder text ("TBD", "lorem ipsum"), and
/// if so whether it gives a reason (a justification, a rationale), which the detector reads more strictly.
enum class Prose : unsigned char { No, Text, Reason };

/// Reads and writes an enumerated field held as a Choice<E>, for any E.
template <typename Record>
struct ChoiceAccess {
  void (*assign)(Record& record, std::string_view written, SourceLocation where);
  std::string (*text)(const Record& record);  ///< the field as text; "" when absent
};

namespace detail {
template <typename T>
struct MemberOf;
template <typename Record, typename Value>
struct MemberOf<Value Record::*> {
  using record = Record;
};
}  // namespace detail

/// The ChoiceAccess of the Choice member `Member` (`choice_access<&SoaEntry::status>()`).
template <auto Member>
constexpr ChoiceAccess<typename detail::MemberOf<decltype(Member)>::record> choice_access() {
  using Record = typename detail::MemberOf<decltype(Member)>::record;
  return {[](Record& record, std::string_view written, SourceLocation where) { assign_choice(record.*Member, written, where); },
          [](const Record& record) { return text_of(record.*Member); }};
}

/// Where a field lives in its record. Object and Records fields name one of the nested record
/// types here; each has a declaration of its own, found by declaration_of() below.
template <typename Record>
using FieldMember =
    std::variant<Text Record::*, Flag Record::*, Number Record::*, LocatedDate Record::*, IdList Record::*,
                 Approval Record::*, ChoiceAccess<Record>, bool Record::*, AiDataUse Record::*,
                 RequirementSource Record::*, std::vector<Certification> Record::*,
                 std::vector<Agreement> Record::*, std::vector<Requirement> Record::*,
                 std::vector<CompetenceEvidence> Record::*, std::vector<AwarenessRecord> Record::*,
                 std::vector<AuditFinding> Record::*, ReviewInputs Record::*,
                 PerformanceFeedback Record::*, std::vector<ReviewDecision> Record::*,
                 std::vector<ReviewAction> Record::*, CorrectiveAction Record::*, EffectivenessReview Record::*,
                 std::vector<ObjectiveMeasurement> Record::*>;

/// One field of a record type.
template <typename Record>
struct FieldSpec {
  std::string_view key;  ///< the YAML key, with '.' between nesting levels: "residual.likelihood"
  FieldType kind;
  /// Required in the mapping that holds it (the record itself, or the nested object its key
  /// names): the schema's `required`. Nested objects are themselves optional.
  bool required;
  std::string_view label;  ///< how diff names it; "" for a field that is not compared (Presence)
  FieldMember<Record> member;
  std::span<const std::string_view> values = {};  ///< Enum and EnumList: the allowed values
  Prose prose = Prose::No;
};

/// How `isms import` reads a column's cells where the field's type alone does not say.
enum class ImportReading : unsigned char {
  AsDeclared,           ///< by the field's type
  ControlIds,           ///< Annex A ids; a 2013 id becomes its 2022 controls, with a warning
  LikelihoodScore,      ///< a number or a label of the manifest's likelihood scale
  ImpactScore,          ///< a number or a label of the manifest's impact scale
  ClassificationLevel,  ///< one of the manifest's classification levels, in its spelling
};

/// An everyday word for an enumerated value, as normalise_key() writes it: "mitigate" for
/// "modify". Import also accepts each declared value itself.
struct ValueWord {
  std::string_view word;
  std::string_view value;
};

/// A spreadsheet column that `isms import` fills a field from. Import writes a record's fields
/// in the order of its columns; the columns of one nested object or approval are written together.
struct ImportColumn {
  std::string_view name;      ///< the field name in --map and in messages: "residual_likelihood"
  std::string_view key;       ///< the declared field it fills: "residual.likelihood"
  std::string_view synonyms;  ///< header spellings meaning it, as normalise_key() writes them, '|'-separated
  ImportReading reading = ImportReading::AsDeclared;
  std::span<const ValueWord> words = {};  ///< Enum fields: everyday words for the values
};

/// A field that names other records: the kinds it may name, and whether an Annex A control id
/// may stand there too. The repository checks resolve every declared reference.
struct Reference {
  std::string_view key;  ///< the declared field: "lineage.derived_from"
  RecordKind kinds[2] = {RecordKind::Asset, RecordKind::Asset};
  unsigned char kind_count = 0;
  bool controls = false;
};

/// A record type: the list that holds its records, its identity, its fields. A nested record
/// type (a supplier's certification) has no list, schema or identity of its own: its parent's
/// field names it, and it is shown by its summary.
template <typename Record>
struct RecordDeclaration {
  std::string_view register_name;  ///< "assets": the register, as diff names it
  std::string_view list_key;       ///< the top-level key of the list of records: "controls"
  std::string_view schema;         ///< the schema file: "soa.schema.json"
  std::string_view definition;     ///< the schema's definition of one record: "entry"
  std::string_view noun;           ///< how messages name one record, before its id: "control"
  Text Record::*id;                ///< the field that identifies a record
  Text Record::*title;             ///< what to call a record; nullptr where it is looked up elsewhere
  SourceLocation Record::*location;  ///< where the record starts; nullptr when not kept
  std::span<const FieldSpec<Record>> fields;      ///< in the order diff lists them
  std::span<const ImportColumn> import_columns = {};  ///< in the order import lists them
  std::string (*summary)(const Record&) = nullptr;  ///< nested records: one line for a list of them
  bool Record::*present = nullptr;  ///< nested objects: set when the mapping is written
  std::span<const Reference> references = {};  ///< the fields that name other records
};

/// The declarations of the nested record types (model/records/), found by argument lookup.
const RecordDeclaration<Certification>& declaration_of(const Certification&);
const RecordDeclaration<Agreement>& declaration_of(const Agreement&);
const RecordDeclaration<Requirement>& declaration_of(const Requirement&);
const RecordDeclaration<RequirementSource>& declaration_of(const RequirementSource&);
const RecordDeclaration<AiDataUse>& declaration_of(const AiDataUse&);
const RecordDeclaration<CompetenceEvidence>& declaration_of(const CompetenceEvidence&);
const RecordDeclaration<AwarenessRecord>& declaration_of(const AwarenessRecord&);
const RecordDeclaration<AuditFinding>& declaration_of(const AuditFinding&);
const RecordDeclaration<ReviewInputs>& declaration_of(const ReviewInputs&);
const RecordDeclaration<PerformanceFeedback>& declaration_of(const PerformanceFeedback&);
const RecordDeclaration<ReviewDecision>& declaration_of(const ReviewDecision&);
const RecordDeclaration<ReviewAction>& declaration_of(const ReviewAction&);

/// A record type nested in another (a supplier's certifications, a review's inputs): one that has
/// a declaration of its own. The walkers over declared fields (references, placeholders, the
/// records test) recurse into exactly these, so a new nested type needs only its declaration.
template <typename T>
concept NestedRecordType = requires(const T& record) { declaration_of(record); };

/// A member holding a list of nested records.
template <typename Member>
inline constexpr bool kNestedListMember = false;
template <typename Record, typename Child>
inline constexpr bool kNestedListMember<std::vector<Child> Record::*> = NestedRecordType<Child>;

/// A member holding one nested record.
template <typename Member>
inline constexpr bool kNestedObjectMember = false;
template <typename Record, typename Child>
inline constexpr bool kNestedObjectMember<Child Record::*> = NestedRecordType<Child>;
const RecordDeclaration<CorrectiveAction>& declaration_of(const CorrectiveAction&);
const RecordDeclaration<EffectivenessReview>& declaration_of(const EffectivenessReview&);
const RecordDeclaration<ObjectiveMeasurement>& declaration_of(const ObjectiveMeasurement&);

/// The record type a nested field holds: Certification for std::vector<Certification>.
template <typename T>
struct NestedRecord {
  using type = T;
};
template <typename T>
struct NestedRecord<std::vector<T>> {
  using type = T;
};

/// The declared field with this key, or nullptr.
template <typename Record>
constexpr const FieldSpec<Record>* find_field(const RecordDeclaration<Record>& record, std::string_view key) {
  for (const FieldSpec<Record>& field : record.fields) {
    if (field.key == key) return &field;
  }
  return nullptr;
}

/// True when a record must have the field: required, and not inside an (optional) nested object.
template <typename Record>
constexpr bool required_in_record(const FieldSpec<Record>& field) {
  return field.required && field.key.find('.') == std::string_view::npos;
}

}  // namespace isms
