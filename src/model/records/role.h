#pragma once
/// The roles register (roles.schema.json, Clause 5.3): the ISMS roles with their
/// responsibilities and authorities (definition `role`), and the people who hold them
/// (definition `person`), each declared once.

#include "model/record_fields.h"

namespace isms::records {

/// The ISMS duties a role may carry. Top management is not among them: `top_management` says
/// it, once, so that the two cannot disagree.
inline constexpr std::string_view kIsmsRoleValues[] = {"isms-manager",   "risk-owner",        "control-owner",
                                                       "asset-owner",    "document-owner",    "internal-auditor",
                                                       "incident-manager", "data-protection-officer"};

inline constexpr FieldSpec<Role> kRoleFields[] = {
    {"id", FieldType::Id, true, "id", &Role::id},
    {"title", FieldType::Text, true, "title", &Role::title, {}, Prose::Text},
    {"responsibilities", FieldType::Text, true, "responsibilities", &Role::responsibilities, {}, Prose::Text},
    {"authority", FieldType::Text, false, "authority", &Role::authority, {}, Prose::Text},
    {"top_management", FieldType::Bool, false, "top_management", &Role::top_management},
    {"isms_roles", FieldType::EnumList, false, "isms_roles", &Role::isms_roles, kIsmsRoleValues},
    {"reports_to", FieldType::Id, false, "reports_to", &Role::reports_to},
};

inline constexpr ImportColumn kRoleColumns[] = {
    {"id", "id", "id|roleid|ref|reference|identifier"},
    {"title", "title", "title|role|rolename|roletitle|position|name"},
    {"responsibilities", "responsibilities", "responsibilities|responsibility|duties|description"},
    {"authority", "authority", "authority|authorities|decisionrights|approves"},
    {"top_management", "top_management", "topmanagement|executive|board|seniormanagement|leadership"},
    {"isms_roles", "isms_roles", "ismsroles|ismsrole|ismsduties|ismsresponsibilities"},
    {"reports_to", "reports_to", "reportsto|manager|reportingline|linemanager"},
};

inline constexpr Reference kRoleReferences[] = {
    {"reports_to", {RecordKind::Role}, 1},
};

inline constexpr RecordDeclaration<Role> kRoleRecord{
    "roles", "roles", "roles.schema.json", "role", "role", &Role::id, &Role::title, &Role::location,
    kRoleFields, kRoleColumns, nullptr, nullptr, kRoleReferences};

inline constexpr FieldSpec<Person> kPersonFields[] = {
    {"id", FieldType::Id, true, "id", &Person::id},
    {"name", FieldType::Text, true, "name", &Person::name, {}, Prose::Text},
    {"roles", FieldType::IdList, true, "roles", &Person::roles},
    {"in_scope", FieldType::Bool, false, "in_scope", &Person::in_scope},
    {"appointed", FieldType::Date, false, "appointed", &Person::appointed},
    {"appointment", FieldType::Id, false, "appointment", &Person::appointment},
};

inline constexpr ImportColumn kPersonColumns[] = {
    {"id", "id", "id|personid|employeeid|staffid|ref|identifier"},
    {"name", "name", "name|fullname|person|employee|staffname"},
    {"roles", "roles", "roles|role|roleids|roleid|ismsroles|positions"},
    {"in_scope", "in_scope", "inscope|scope|ismsscope|inismsscope"},
    {"appointed", "appointed", "appointed|appointedon|appointmentdate|since|startdate"},
    {"appointment", "appointment", "appointment|appointmentletter|appointmentrecord"},
};

inline constexpr Reference kPersonReferences[] = {
    {"roles", {RecordKind::Role}, 1},
    {"appointment", {RecordKind::Document, RecordKind::Evidence}, 2},
};

/// Diff lists the people after the roles; both are in the roles register's files.
inline constexpr RecordDeclaration<Person> kPersonRecord{
    "people", "people", "roles.schema.json", "person", "person", &Person::id, &Person::name, &Person::location,
    kPersonFields, kPersonColumns, nullptr, nullptr, kPersonReferences};

}  // namespace isms::records
