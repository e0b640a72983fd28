#pragma once
/// The management review register (reviews.schema.json, Clause 9.3): the reviews top management
/// holds (definition `review`), the inputs each considered (9.3.2), and the decisions and actions
/// it recorded (9.3.3), each declared once.

#include "model/record_fields.h"

namespace isms::records {

/// 9.3.2 d): the four trends of the information security performance.
inline constexpr FieldSpec<PerformanceFeedback> kPerformanceFeedbackFields[] = {
    {"nonconformities", FieldType::Text, false, "nonconformities", &PerformanceFeedback::nonconformities, {}, Prose::Text},
    {"monitoring_results", FieldType::Text, false, "monitoring_results", &PerformanceFeedback::monitoring_results, {},
     Prose::Text},
    {"audit_results", FieldType::Text, false, "audit_results", &PerformanceFeedback::audit_results, {}, Prose::Text},
    {"objectives", FieldType::Text, false, "objectives", &PerformanceFeedback::objectives, {}, Prose::Text},
};

inline constexpr RecordDeclaration<PerformanceFeedback> kPerformanceFeedbackRecord{
    "", "", "reviews.schema.json", "performance", "", nullptr, nullptr, nullptr, kPerformanceFeedbackFields, {},
    nullptr, &PerformanceFeedback::present};

/// 9.3.2 a) to g), one key each. None is required by the schema: MRV002 says which a held
/// review lacks, so that a planned review can be written before its inputs are known.
inline constexpr FieldSpec<ReviewInputs> kReviewInputsFields[] = {
    {"previous_actions", FieldType::Text, false, "previous_actions", &ReviewInputs::previous_actions, {}, Prose::Text},
    {"issue_changes", FieldType::Text, false, "issue_changes", &ReviewInputs::issue_changes, {}, Prose::Text},
    {"party_changes", FieldType::Text, false, "party_changes", &ReviewInputs::party_changes, {}, Prose::Text},
    {"performance", FieldType::Object, false, "performance", &ReviewInputs::performance},
    {"party_feedback", FieldType::Text, false, "party_feedback", &ReviewInputs::party_feedback, {}, Prose::Text},
    {"risk_results", FieldType::Text, false, "risk_results", &ReviewInputs::risk_results, {}, Prose::Text},
    {"improvement_opportunities", FieldType::Text, false, "improvement_opportunities",
     &ReviewInputs::improvement_opportunities, {}, Prose::Text},
};

inline constexpr RecordDeclaration<ReviewInputs> kReviewInputsRecord{
    "", "", "reviews.schema.json", "inputs", "", nullptr, nullptr, nullptr, kReviewInputsFields, {}, nullptr,
    &ReviewInputs::present};

inline constexpr FieldSpec<ReviewDecision> kReviewDecisionFields[] = {
    {"id", FieldType::Id, true, "id", &ReviewDecision::id},
    {"decision", FieldType::Text, true, "decision", &ReviewDecision::decision, {}, Prose::Text},
};

/// A decision or action in its review's list: its id.
std::string review_decision_summary(const ReviewDecision& decision);
std::string review_action_summary(const ReviewAction& action);

/// A decision's columns; `isms import review-decisions` adds the review each row belongs to.
inline constexpr ImportColumn kReviewDecisionColumns[] = {
    {"id", "id", "id|decisionid|decisionno|decisionnumber|ref|reference"},
    {"decision", "decision", "decision|decisiontext|decided|description|outcome|resolution|details"},
};

/// Diff lists the decisions and the actions as registers of their own.
inline constexpr RecordDeclaration<ReviewDecision> kReviewDecisionRecord{
    "review decisions", "", "reviews.schema.json", "decision", "decision", &ReviewDecision::id,
    &ReviewDecision::decision, nullptr, kReviewDecisionFields, kReviewDecisionColumns, review_decision_summary};

inline constexpr FieldSpec<ReviewAction> kReviewActionFields[] = {
    {"id", FieldType::Id, true, "id", &ReviewAction::id},
    {"description", FieldType::Text, true, "description", &ReviewAction::description, {}, Prose::Text},
    {"owner", FieldType::Id, false, "owner", &ReviewAction::owner},
    {"due", FieldType::Date, false, "due", &ReviewAction::due},
    {"status", FieldType::Enum, true, "status", choice_access<&ReviewAction::status>(), kActionStatusValues},
    {"completed", FieldType::Date, false, "completed", &ReviewAction::completed},
};

inline constexpr Reference kReviewActionReferences[] = {
    {"owner", {RecordKind::Person, RecordKind::Role}, 2},
};

/// Everyday words for an action's status.
inline constexpr ValueWord kReviewActionWords[] = {
    {"open", "planned"}, {"notstarted", "planned"}, {"todo", "planned"}, {"inprogress", "in-progress"},
    {"ongoing", "in-progress"}, {"started", "in-progress"}, {"completed", "done"}, {"complete", "done"},
    {"closed", "done"}, {"canceled", "cancelled"}, {"dropped", "cancelled"},
};

/// An action's columns; `isms import review-actions` adds the review each row belongs to.
inline constexpr ImportColumn kReviewActionColumns[] = {
    {"id", "id", "id|actionid|actionno|actionnumber|ref|reference"},
    {"description", "description", "description|action|actiondescription|task|details"},
    {"owner", "owner", "owner|actionowner|responsible|assignee|assignedto|who"},
    {"due", "due", "due|duedate|targetdate|deadline|by|when"},
    {"status", "status", "status|state|actionstatus", ImportReading::AsDeclared, kReviewActionWords},
    {"completed", "completed", "completed|completedon|donedate|closedon|dateclosed"},
};

inline constexpr RecordDeclaration<ReviewAction> kReviewActionRecord{
    "review actions", "", "reviews.schema.json", "action", "review action", &ReviewAction::id,
    &ReviewAction::description, nullptr, kReviewActionFields, kReviewActionColumns, review_action_summary, nullptr,
    kReviewActionReferences};

inline constexpr FieldSpec<ManagementReview> kReviewFields[] = {
    {"id", FieldType::Id, true, "id", &ManagementReview::id},
    {"title", FieldType::Text, true, "title", &ManagementReview::title, {}, Prose::Text},
    {"status", FieldType::Enum, true, "status", choice_access<&ManagementReview::status>(), kReviewStatusValues},
    {"planned", FieldType::Date, false, "planned", &ManagementReview::planned},
    {"date", FieldType::Date, false, "date", &ManagementReview::date},
    {"chair", FieldType::Id, false, "chair", &ManagementReview::chair},
    {"attendees", FieldType::IdList, false, "attendees", &ManagementReview::attendees},
    {"minutes", FieldType::Id, false, "minutes", &ManagementReview::minutes},
    {"inputs", FieldType::Object, false, "inputs", &ManagementReview::inputs},
    {"decisions", FieldType::Records, false, "decisions", &ManagementReview::decisions},
    {"actions", FieldType::Records, false, "actions", &ManagementReview::actions},
    {"followed_up", FieldType::IdList, false, "followed_up", &ManagementReview::followed_up},
};

/// Everyday words for a review's status.
inline constexpr ValueWord kReviewStatusWords[] = {
    {"scheduled", "planned"}, {"notheld", "planned"}, {"done", "held"},     {"completed", "held"},
    {"complete", "held"},     {"met", "held"},        {"canceled", "cancelled"}, {"postponed", "cancelled"},
};

/// A review's own columns; its decisions and actions come from sheets of their own, its inputs
/// (the minutes' prose for each of 9.3.2 a) to g)) are added in YAML.
inline constexpr ImportColumn kReviewColumns[] = {
    {"id", "id", "id|reviewid|ref|reference|identifier|meetingid"},
    {"title", "title", "title|review|meeting|name|subject"},
    {"status", "status", "status|state", ImportReading::AsDeclared, kReviewStatusWords},
    {"planned", "planned", "planned|planneddate|scheduled|scheduleddate|plannedfor"},
    {"date", "date", "date|reviewdate|meetingdate|heldon|held"},
    {"chair", "chair", "chair|chairedby|chairperson|lead"},
    {"attendees", "attendees", "attendees|attendance|participants|present"},
    {"minutes", "minutes", "minutes|minutesid|record|minutesdocument"},
};

inline constexpr Reference kReviewReferences[] = {
    {"chair", {RecordKind::Person}, 1},
    {"attendees", {RecordKind::Person}, 1},
    {"minutes", {RecordKind::Document, RecordKind::Evidence}, 2},
    {"followed_up", {RecordKind::ReviewAction}, 1},
};

inline constexpr RecordDeclaration<ManagementReview> kReviewRecord{
    "reviews", "reviews", "reviews.schema.json", "review", "management review", &ManagementReview::id,
    &ManagementReview::title, &ManagementReview::location, kReviewFields, kReviewColumns, nullptr, nullptr, kReviewReferences};

}  // namespace isms::records
