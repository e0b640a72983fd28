#pragma once
/// The kinds of record an id can name. The model declares them because record declarations
/// (model/records/) say which kinds a referencing field may name; the check layer indexes them.

#include <cstdint>
#include <string_view>

namespace isms {

enum class RecordKind : std::uint8_t {
  Issue, Party, Requirement, Service, Location, Technology, Function, Interface, Exclusion,
  Asset, Risk, Supplier, Document, Evidence, Role, Person,
  TreatmentAction, Objective, CompetenceRequirement, Audit, AuditFinding, Review, ReviewAction, Nonconformity
};

/// "context issue", "asset", ...
constexpr std::string_view record_kind_name(RecordKind kind) {
  switch (kind) {
    case RecordKind::Issue: return "context issue";
    case RecordKind::Party: return "interested party";
    case RecordKind::Requirement: return "requirement";
    case RecordKind::Service: return "scope service";
    case RecordKind::Location: return "scope location";
    case RecordKind::Technology: return "scope technology";
    case RecordKind::Function: return "scope function";
    case RecordKind::Interface: return "scope interface";
    case RecordKind::Exclusion: return "scope exclusion";
    case RecordKind::Asset: return "asset";
    case RecordKind::Risk: return "risk";
    case RecordKind::Supplier: return "supplier";
    case RecordKind::Document: return "document";
    case RecordKind::Evidence: return "evidence record";
    case RecordKind::Role: return "role";
    case RecordKind::Person: return "person";
    case RecordKind::TreatmentAction: return "treatment action";
    case RecordKind::Objective: return "objective";
    case RecordKind::CompetenceRequirement: return "competence requirement";
    case RecordKind::Audit: return "internal audit";
    case RecordKind::AuditFinding: return "audit finding";
    case RecordKind::Review: return "management review";
    case RecordKind::ReviewAction: return "management review action";
    case RecordKind::Nonconformity: return "nonconformity";
  }
  return "record";
}

}  // namespace isms
