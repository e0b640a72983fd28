#pragma once
/// The records of the ISMS in operation: the risk treatment plan (6.1.3 e, 8.3), objectives
/// (6.2), competence and awareness (7.2, 7.3), internal audits (9.2), management reviews (9.3)
/// and nonconformities (10.2). Plain structs with their positions, like model/model.h; each
/// register is optional until the organisation operates its ISMS.

#include <vector>

#include "model/choice.h"
#include "model/operating_choices.h"
#include "model/values.h"

namespace isms {

// ---- Risk treatment plan (treatment.yaml) --------------------------------------------------

/// True when an action of the treatment plan or of a management review still has work to do:
/// neither done nor cancelled. An unknown status, which the schema reports, counts as open, so
/// that a typo does not hide a late action.
inline bool action_open(const Choice<ActionStatus>& status) {
  return !status.is(ActionStatus::Done) && !status.is(ActionStatus::Cancelled);
}

/// An action of the risk treatment plan (6.1.3 e, 8.3): who does what by when, for which risks
/// and controls.
struct TreatmentAction {
  Text id, title, description;
  Text owner;  ///< a person of the roles register
  LocatedDate due, completed;
  Choice<ActionStatus> status;
  IdList risks;     ///< the risks it treats
  IdList controls;  ///< the Annex A controls it implements
  Text resources;
  IdList evidence;
  SourceLocation location;
};

// ---- Objectives (objectives.yaml) ------------------------------------------------------------

/// One dated measurement of an objective.
struct ObjectiveMeasurement {
  LocatedDate date;
  Text value;       ///< what was measured, as written: "93%"
  Flag met;         ///< whether the target was met at that date
  Text evidence;    ///< an evidence record or document
  Text note;
};

/// An information security objective (6.2).
struct Objective {
  Text id, title;
  Text policy;       ///< the policy document it is consistent with
  Text measure, target;
  Text owner;        ///< a person of the roles register
  Text resources;
  LocatedDate due;
  Text evaluation;   ///< how the results are evaluated
  Number monitoring_months;  ///< how often it is measured; absent: the manifest's monitoring period
  Choice<ObjectiveStatus> status;
  Text decision;     ///< what management decided when the objective was not met by its due date
  std::vector<ObjectiveMeasurement> measurements;
  SourceLocation location;
};

/// The objective's measurement with the latest date (the last written of one date), or nullptr
/// when none is dated.
inline const ObjectiveMeasurement* latest_measurement(const Objective& objective) {
  const ObjectiveMeasurement* latest = nullptr;
  for (const ObjectiveMeasurement& measurement : objective.measurements) {
    if (!measurement.date.present) continue;
    if (latest == nullptr || measurement.date.value.days >= latest->date.value.days) latest = &measurement;
  }
  return latest;
}

// ---- Competence and awareness (competence.yaml) ---------------------------------------------

/// The competence a role requires (7.2 a).
struct CompetenceRequirement {
  Text id;
  Text role;        ///< a role of the roles register
  Text competence;  ///< what the role must be able to do
  SourceLocation location;
};

/// One piece of evidence of competence (7.2 d).
struct CompetenceEvidence {
  Choice<CompetenceEvidenceType> type;
  Text title;
  LocatedDate date, expires;
  IdList requirements;  ///< the competence requirements it evidences
  Text evidence;        ///< an evidence record or document
};

/// One awareness session a person attended (7.3).
struct AwarenessRecord {
  Text course;
  LocatedDate date;
  Text evidence;
};

/// A person's competence and awareness record.
struct CompetenceRecord {
  Text person;  ///< a person of the roles register; the record's id
  std::vector<CompetenceEvidence> competence;
  std::vector<AwarenessRecord> awareness;
  SourceLocation location;
};

// ---- Internal audit (audits.yaml) -------------------------------------------------------------

/// The audit programme (9.2.2): how often the whole ISMS is covered and against what.
struct AuditProgramme {
  Number cycle_months;  ///< every clause and applicable control is audited within this cycle
  Text criteria;
  Text document;        ///< the programme document
  Text owner;
  SourceLocation location;
  bool present = false;
};

/// A finding of an internal audit.
struct AuditFinding {
  Text id;
  Choice<FindingGrade> grade;
  Text requirement;    ///< the clause or control: "9.1", "A.8.13"
  Text description;
  Text nonconformity;  ///< the nonconformity it raised, for a major or minor finding
};

/// An internal audit, planned or performed (9.2.2).
struct Audit {
  Text id, title;
  Choice<AuditStatus> status;
  LocatedDate planned;  ///< when it is planned
  LocatedDate date;     ///< when it was performed (completed audits)
  Text auditor;         ///< a person of the roles register
  IdList auditees;      ///< people interviewed or whose work was audited
  IdList areas;         ///< the areas, teams or processes audited, as written
  Flag whole_isms;      ///< the audit covers the whole ISMS (every clause, every applicable control)
  Text scope;
  IdList clauses;       ///< clauses covered: "4", "6.1.2", ...
  IdList controls;      ///< Annex A controls covered
  Text report;          ///< the audit report: a document or evidence record
  LocatedDate reported;  ///< when the results were reported to management (9.2.2 e)
  std::vector<AuditFinding> findings;
  SourceLocation location;
};

// ---- Management review (reviews.yaml) -------------------------------------------------------

/// 9.3.2 d): feedback on information security performance, by its four trends.
struct PerformanceFeedback {
  Text nonconformities;     ///< d) 1) nonconformities and corrective actions
  Text monitoring_results;  ///< d) 2) monitoring and measurement results
  Text audit_results;       ///< d) 3) audit results
  Text objectives;          ///< d) 4) fulfilment of information security objectives
  bool present = false;
};

/// The inputs 9.3.2 requires, one key each.
struct ReviewInputs {
  Text previous_actions;           ///< a) status of actions from previous management reviews
  Text issue_changes;              ///< b) changes in external and internal issues
  Text party_changes;              ///< c) changes in needs and expectations of interested parties
  PerformanceFeedback performance;  ///< d) feedback on performance, by its four trends
  Text party_feedback;             ///< e) feedback from interested parties
  Text risk_results;               ///< f) results of risk assessment and status of the treatment plan
  Text improvement_opportunities;  ///< g) opportunities for continual improvement
  bool present = false;
};

/// A decision of a management review (9.3.3).
struct ReviewDecision {
  Text id, decision;
};

/// An action a management review assigned (9.3.3).
struct ReviewAction {
  Text id, description;
  Text owner;  ///< a person of the roles register
  LocatedDate due, completed;
  Choice<ActionStatus> status;
};

/// A management review (9.3).
struct ManagementReview {
  Text id, title;
  Choice<ReviewStatus> status;
  LocatedDate planned, date;
  Text chair;             ///< a person of the roles register
  IdList attendees;       ///< people of the roles register
  Text minutes;           ///< the minutes: a document or evidence record
  ReviewInputs inputs;
  std::vector<ReviewDecision> decisions;
  std::vector<ReviewAction> actions;
  IdList followed_up;     ///< actions of earlier reviews whose status this review recorded
  SourceLocation location;
};

// ---- Nonconformities and corrective actions (nonconformities.yaml) -------------------------

/// The corrective action of a nonconformity (10.2 c).
struct CorrectiveAction {
  Text description;
  Text owner;  ///< a person of the roles register
  LocatedDate due, completed;
  bool present = false;
};

/// The review of whether the corrective action worked (10.2 d).
struct EffectivenessReview {
  LocatedDate date;
  Choice<EffectivenessResult> result;
  Text by;        ///< a person of the roles register
  Text evidence;  ///< an evidence record or document
  bool present = false;
};

/// A nonconformity, or an observation, and what was done about it (10.2).
struct Nonconformity {
  Text id, title;
  Choice<NonconformitySource> source;
  Text source_record;   ///< the audit, audit finding or management review it came from
  Text requirement;     ///< the clause or control not met: "9.2", "A.5.15"
  LocatedDate raised;
  Choice<FindingGrade> grade;
  Text description, correction, root_cause;
  CorrectiveAction action;
  Choice<NonconformityStatus> status;
  LocatedDate closed;
  EffectivenessReview effectiveness;
  SourceLocation location;
};

}  // namespace isms
