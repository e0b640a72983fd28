// Holds each record declaration (src/model/records/) equal to its JSON Schema, as embedded in
// the binary: the same keys, the same required ones, the same allowed values, the same types.
// The loader, diff and import all work from the declarations, so this is what keeps them and the
// schema from drifting apart.

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "model/records/asset.h"
#include "model/records/audit.h"
#include "model/records/context_issue.h"
#include "model/records/document.h"
#include "model/records/competence.h"
#include "model/records/evidence.h"
#include "model/records/interested_party.h"
#include "model/records/objective.h"
#include "model/records/risk.h"
#include "model/records/review.h"
#include "model/records/nonconformity.h"
#include "model/records/role.h"
#include "model/records/soa_entry.h"
#include "model/records/supplier.h"
#include "model/records/treatment_action.h"
#include "util/embedded.h"

using namespace isms;
using Json = nlohmann::json;

namespace {

Json schema_named(std::string_view file) {
  const std::optional<std::string_view> text = find_embedded(schema_files(), file);
  REQUIRE(text.has_value());
  return Json::parse(*text);
}

/// Follows local "$ref"s ("#/definitions/x") to the schema they name.
const Json& resolved(const Json& root, const Json& schema) {
  const Json* at = &schema;
  for (int hops = 0; at->is_object() && at->contains("$ref") && hops < 16; ++hops) {
    at = &root.at(Json::json_pointer((*at)["$ref"].get<std::string>().substr(1)));
  }
  return *at;
}

std::set<std::string> property_names(const Json& object) {
  std::set<std::string> names;
  for (const auto& [name, value] : object.at("properties").items()) {
    if (name != "suppress") names.insert(name);  // every record may carry suppressions; the loader reads them apart
  }
  return names;
}

std::set<std::string> required_names(const Json& object) {
  std::set<std::string> names;
  if (object.contains("required")) {
    for (const Json& name : object["required"]) names.insert(name.get<std::string>());
  }
  return names;
}

/// The JSON type a field of each kind has in the schema.
Json expected_type(FieldType kind) {
  switch (kind) {
    case FieldType::Text:
    case FieldType::Id:
    case FieldType::Date:
    case FieldType::Enum: return "string";
    case FieldType::Version: return Json::array({"string", "number"});
    case FieldType::Integer: return "integer";
    case FieldType::Bool: return "boolean";
    case FieldType::IdList:
    case FieldType::TextList:
    case FieldType::EnumList: return "array";
    case FieldType::Approval: return "object";
    case FieldType::Presence: return nullptr;
  }
  return nullptr;
}

std::vector<std::string> strings(const Json& list) {
  std::vector<std::string> out;
  for (const Json& item : list) out.push_back(item.get<std::string>());
  return out;
}

std::vector<std::string> strings(std::span<const std::string_view> list) { return {list.begin(), list.end()}; }

/// One mapping level of a declaration: its keys and its required keys.
struct Level {
  std::set<std::string> keys, required;
};

template <typename Record>
void check_fields(const Json& root, const Json& object, const RecordDeclaration<Record>& declaration);

/// Checks the declaration of the record type an Object or Records field holds against the
/// schema of one such record.
template <typename Record>
void check_nested(const Json& root, const Json& schema, const FieldSpec<Record>& field) {
  std::visit(
      [&](const auto& member) {
        using Member = std::decay_t<decltype(member)>;
        if constexpr (std::is_member_object_pointer_v<Member>) {
          using Value = std::remove_cvref_t<decltype(std::declval<Record&>().*member)>;
          using Child = typename NestedRecord<Value>::type;
          if constexpr (NestedRecordType<Child>) {
            const Json& child = field.kind == FieldType::Records ? resolved(root, schema.at("items")) : schema;
            check_fields(root, child, declaration_of(Child{}));
            return;
          }
        }
        FAIL("an Object or Records field names no nested record type");
      },
      field.member);
}

template <typename Record>
void check_fields(const Json& root, const Json& object, const RecordDeclaration<Record>& declaration) {
  std::map<std::string, Level> levels;  // "" is the mapping itself, "residual" its residual object
  for (const FieldSpec<Record>& field : declaration.fields) {
    const std::string key(field.key);
    INFO("field " << key);
    const std::size_t dot = key.find('.');
    const std::string parent = dot == std::string::npos ? "" : key.substr(0, dot);
    const std::string leaf = dot == std::string::npos ? key : key.substr(dot + 1);
    REQUIRE(leaf.find('.') == std::string::npos);  // one level of dotted nesting is all the schemas have
    levels[parent].keys.insert(leaf);
    if (!parent.empty()) levels[""].keys.insert(parent);
    if (field.required) levels[parent].required.insert(leaf);

    const Json& holder = parent.empty() ? object : resolved(root, object.at("properties").at(parent));
    REQUIRE(holder.at("properties").contains(leaf));
    const Json& schema = resolved(root, holder.at("properties").at(leaf));
    if (field.kind == FieldType::Presence) {
      if (std::holds_alternative<bool Record::*>(field.member)) CHECK(schema.at("type") == "object");
      continue;
    }
    if (field.kind == FieldType::Object || field.kind == FieldType::Records) {
      CHECK(schema.at("type") == (field.kind == FieldType::Object ? "object" : "array"));
      check_nested(root, schema, field);
      continue;
    }
    CHECK(schema.at("type") == expected_type(field.kind));
    if (field.kind == FieldType::Enum) {
      REQUIRE(schema.contains("enum"));
      CHECK(strings(schema["enum"]) == strings(field.values));
    } else if (field.kind == FieldType::EnumList) {
      const Json& item = resolved(root, schema.at("items"));
      REQUIRE(item.contains("enum"));
      CHECK(strings(item["enum"]) == strings(field.values));
    } else {
      CHECK_FALSE(schema.contains("enum"));
      CHECK(field.values.empty());
      if (schema.contains("items")) CHECK_FALSE(resolved(root, schema["items"]).contains("enum"));
    }
    if (field.kind == FieldType::Approval) {
      for (const std::string& part : property_names(schema)) {
        CHECK((part == "by" || part == "role" || part == "date" || part == "digest"));
      }
    }
  }

  CHECK(levels[""].keys == property_names(object));
  CHECK(levels[""].required == required_names(object));
  for (const auto& [parent, level] : levels) {
    if (parent.empty()) continue;
    INFO("nested object " << parent);
    const Json& nested = resolved(root, object.at("properties").at(parent));
    CHECK(nested.at("type") == "object");
    CHECK(level.keys == property_names(nested));
    CHECK(level.required == required_names(nested));
    CHECK_FALSE(required_names(object).contains(parent));  // required_in_record() counts on it
  }
}

/// Every declared reference names a field that holds ids, so the repository checks reach it.
template <typename Record>
void check_declared_references(const RecordDeclaration<Record>& declaration) {
  for (const Reference& reference : declaration.references) {
    INFO("reference " << reference.key);
    const FieldSpec<Record>* field = find_field(declaration, reference.key);
    REQUIRE(field != nullptr);
    CHECK((field->kind == FieldType::Id || field->kind == FieldType::IdList));
    CHECK((std::holds_alternative<Text Record::*>(field->member) || std::holds_alternative<IdList Record::*>(field->member)));
    CHECK((reference.kind_count > 0 || reference.controls));
  }
}

template <typename Record>
void check_against_schema(const RecordDeclaration<Record>& declaration) {
  check_declared_references(declaration);
  INFO("declaration of " << declaration.register_name << " (" << declaration.schema << ")");
  const Json root = schema_named(declaration.schema);
  const Json& list = root.at("properties").at(std::string(declaration.list_key));
  CHECK(list.at("type") == "array");
  const Json& record = resolved(root, list.at("items"));
  CHECK(&record == &resolved(root, root.at("definitions").at(std::string(declaration.definition))));
  check_fields(root, record, declaration);

  for (const ImportColumn& column : declaration.import_columns) {
    INFO("import column " << column.name);
    // A column of a nested object ("corrective_action.owner") names the object's field; the
    // member is typed from the object's own declaration (import/import_records.h).
    const std::string_view key = column.key;
    const FieldSpec<Record>* field = find_field(declaration, key);
    if (field == nullptr && key.find('.') != std::string_view::npos) {
      field = find_field(declaration, key.substr(0, key.find('.')));
      CHECK((field != nullptr && field->kind == FieldType::Object));
    } else {
      CHECK(field != nullptr);
    }
  }
  const bool identified = std::any_of(declaration.fields.begin(), declaration.fields.end(), [&](const FieldSpec<Record>& field) {
    const auto* member = std::get_if<Text Record::*>(&field.member);
    return member != nullptr && *member == declaration.id && field.required;
  });
  CHECK(identified);
}

}  // namespace

TEST_CASE("the asset declaration is the asset schema", "[records]") { check_against_schema(records::kAssetRecord); }

TEST_CASE("the risk declaration is the risk schema", "[records]") { check_against_schema(records::kRiskRecord); }

TEST_CASE("the SoA entry declaration is the SoA schema", "[records]") { check_against_schema(records::kSoaEntryRecord); }

TEST_CASE("the supplier declaration is the supplier schema", "[records]") { check_against_schema(records::kSupplierRecord); }

TEST_CASE("the interested party declaration is the parties schema", "[records]") {
  check_against_schema(records::kInterestedPartyRecord);
}

TEST_CASE("the context issue declaration is the context schema", "[records]") {
  check_against_schema(records::kContextIssueRecord);
}

TEST_CASE("the document declaration is the documents schema", "[records]") { check_against_schema(records::kDocumentRecord); }

TEST_CASE("the evidence declaration is the evidence schema", "[records]") { check_against_schema(records::kEvidenceRecord); }

TEST_CASE("the role declaration is the roles schema", "[records]") { check_against_schema(records::kRoleRecord); }

TEST_CASE("the person declaration is the roles schema", "[records]") { check_against_schema(records::kPersonRecord); }

TEST_CASE("the competence requirement declaration is the competence schema", "[records]") {
  check_against_schema(records::kCompetenceRequirementRecord);
}

TEST_CASE("the competence record declaration is the competence schema", "[records]") {
  check_against_schema(records::kCompetenceRecordRecord);
}

TEST_CASE("the audit declaration is the audits schema", "[records]") { check_against_schema(records::kAuditRecord); }

TEST_CASE("the audit programme declaration is the audits schema's programme", "[records]") {
  check_declared_references(records::kAuditProgrammeRecord);
  const Json root = schema_named(records::kAuditProgrammeRecord.schema);
  const Json& programme = resolved(root, root.at("properties").at(std::string(records::kAuditProgrammeRecord.list_key)));
  CHECK(&programme == &resolved(root, root.at("definitions").at(std::string(records::kAuditProgrammeRecord.definition))));
  check_fields(root, programme, records::kAuditProgrammeRecord);
}
TEST_CASE("the review declaration is the reviews schema", "[records]") { check_against_schema(records::kReviewRecord); }

TEST_CASE("the nonconformity declaration is the nonconformities schema", "[records]") {
  check_against_schema(records::kNonconformityRecord);
}

TEST_CASE("the treatment action declaration is the treatment schema", "[records]") {
  check_against_schema(records::kTreatmentActionRecord);
}

TEST_CASE("the objective declaration is the objectives schema", "[records]") {
  check_against_schema(records::kObjectiveRecord);
  check_declared_references(records::kObjectiveMeasurementRecord);
}

TEST_CASE("the nested records' references name fields that hold ids", "[records]") {
  check_declared_references(records::kRequirementRecord);
  check_declared_references(records::kAgreementRecord);
  check_declared_references(records::kCompetenceEvidenceRecord);
  check_declared_references(records::kAwarenessRecord);
  CHECK(records::kRequirementRecord.references.size() == 2);
  CHECK(records::kAgreementRecord.references.size() == 1);
}

TEST_CASE("an enumerated field decodes its declared values and keeps any other text", "[records]") {
  Choice<SoaStatus> status;
  assign_choice(status, "partial", SourceLocation{});
  CHECK(status.is(SoaStatus::Partial));
  CHECK(text_of(status) == "partial");
  assign_choice(status, "done", SourceLocation{});
  CHECK_FALSE(status.known);
  CHECK(status.present);
  CHECK(text_of(status) == "done");
  CHECK(text_of(Choice<RiskTreatment>{}).empty());
  for (std::size_t index = 0; index < std::size(kRiskTreatmentValues); ++index) {
    CHECK(text_of(static_cast<RiskTreatment>(index)) == kRiskTreatmentValues[index]);
  }
}
