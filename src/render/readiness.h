#pragma once
/// Audit readiness: scores per clause, per Annex A theme and overall, the pre-audit checklist
/// and the gaps to fix first. The method is stated in the report; keep the two in step.

#include <cstdint>
#include <string>
#include <vector>

#include "model/model.h"
#include "model/report.h"
#include "render/readiness_gates.h"
#include "rules/engine.h"

namespace isms {

/// One check counted in a score: a rule that ran, a mandatory document, or an Annex A control.
struct ReadinessCheck {
  std::string label;  ///< "RSK004 residual-risk-accepted", "Clause 9.2 documented information"
  double weight = 0;
  double earned = 0;  ///< weight when it passes; part of it for partly implemented controls
  /// False when the check had nothing to examine or stood down: it then earns and costs nothing.
  bool assessed = true;
  /// True when it could not run because a register it reads was not read completely: unlike a
  /// check with nothing to examine, it leaves its area open.
  bool stood_down = false;
  std::string coverage{};  ///< what it covered: "checked 6 context issues", "not assessed: no scope register"
};

/// A scored area: a clause (4 to 10), an Annex A theme, or the repository's integrity.
struct ReadinessArea {
  std::string id;     ///< "4", "A.5", "integrity"
  std::string title;  ///< "Context of the organization"
  std::vector<ReadinessCheck> checks;
  std::vector<const Diagnostic*> findings;  ///< the run's findings that count against the area

  /// Earned weight over the weight of the assessed checks, as a whole percentage rounded
  /// down; 0 when no check was assessed (see assessed()).
  int score() const;
  /// True when at least one check was assessed; an area without one is "not assessed".
  bool assessed() const;
  /// Assessed checks that earned their full weight.
  std::size_t passed() const;
  /// Checks that were assessed.
  std::size_t assessed_checks() const;
  /// Checks that stood down because a register they read was not read completely.
  std::size_t stood_down_checks() const;
};

/// A mandatory document and whether it is ready for audit.
struct MandatoryDocumentStatus {
  std::string clause, what;
  std::string supplied_by;  ///< "DOC-004 (v1.2)", "the scope register", or empty
  bool present = false, approved = false, reviewed = false;
  bool ready() const { return present && approved && reviewed; }
};

/// The whole assessment.
struct Readiness {
  std::vector<ReadinessArea> clauses;  ///< 4 to 10
  std::vector<ReadinessArea> themes;   ///< A.5 to A.8
  ReadinessArea integrity;             ///< format and reference findings
  std::vector<MandatoryDocumentStatus> mandatory_documents;
  CertificationGates gates;            ///< the Stage 1 and Stage 2 prerequisites
  int overall = 0;                     ///< over every assessed check of every area
  /// The verdict and the conditions that produced it, in the words the report uses.
  /// "Not ready for audit", "Not ready for Stage 1", "Ready for Stage 1, not ready for Stage 2",
  /// "Ready, with observations to address", "Ready for audit".
  std::string verdict;
  std::string verdict_level;           ///< "poor", "fair", "good"
  std::vector<std::string> blockers;      ///< conditions that make it "Not ready for audit"
  std::vector<std::string> gate_reasons;  ///< the unmet prerequisites of the first stage not ready, by clause
  std::vector<std::string> observations;  ///< conditions that make it "Ready, with observations"
};

/// Scores the repository from a finished check run.
Readiness assess_readiness(const Repository& repository, const CheckReport& report, std::int64_t as_of_days);

/// The area id a diagnostic code belongs to, from its reference: "6", "A.8" or "integrity".
std::string area_of_code(std::string_view code);

}  // namespace isms
