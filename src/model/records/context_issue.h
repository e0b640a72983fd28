#pragma once
/// The context issue (context.schema.json, definition `issue`), declared once.

#include "model/record_fields.h"

namespace isms::records {

inline constexpr std::string_view kIssueTypes[] = {"internal", "external"};
inline constexpr std::string_view kIssueFactors[] = {"political", "economic", "social",
                                                     "technological", "legal", "environmental"};

inline constexpr FieldSpec<ContextIssue> kContextIssueFields[] = {
    {"id", FieldKind::Id, true, "id", &ContextIssue::id},
    {"title", FieldKind::Text, true, "title", &ContextIssue::title},
    {"type", FieldKind::Enum, true, "type", &ContextIssue::type, kIssueTypes},
    {"factor", FieldKind::Enum, false, "factor", &ContextIssue::factor, kIssueFactors},
    {"description", FieldKind::Text, true, "description", &ContextIssue::description},
    {"risks", FieldKind::IdList, false, "risks", &ContextIssue::risks},
    {"in_scope", FieldKind::Bool, false, "in_scope", &ContextIssue::in_scope},
};

/// Diff lists the climate change determination before the issues, in the same register.
inline constexpr RecordDeclaration<ContextIssue> kContextIssueRecord{
    "context", "issues", "context.schema.json", "issue", &ContextIssue::id, &ContextIssue::title,
    &ContextIssue::location, kContextIssueFields};

}  // namespace isms::records
