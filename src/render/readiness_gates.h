#pragma once
/// The certification prerequisites: what a certification body looks for before Stage 1 (the
/// documentation review) and before Stage 2 (the certification audit), each item met only on
/// real records. ISO/IEC 17021-1 has Stage 1 evaluate whether internal audits and management
/// reviews are planned and performed; Stage 2 needs them performed, on a system that has run.

#include <cstdint>
#include <string>
#include <vector>

#include "model/model.h"
#include "rules/engine.h"

namespace isms {

struct MandatoryDocumentStatus;

/// One prerequisite and what the records show.
struct Prerequisite {
  std::string clause;  ///< the requirement behind it: "9.2"
  std::string label;   ///< "An internal audit of the whole ISMS completed"
  bool met = false;
  std::string detail{};  ///< what was found, or what is missing: "IA-2026-01, completed 2026-09-15"
};

/// The prerequisites of one audit stage.
struct StageGate {
  std::string stage;  ///< "Stage 1", "Stage 2"
  std::vector<Prerequisite> items;

  bool ready() const;
  /// "Ready for Stage 2", "Not ready for Stage 2".
  std::string verdict() const;
  /// "Clause 9.2: no internal audit of the whole ISMS completed", one per unmet item.
  std::vector<std::string> reasons() const;
};

/// Both gates. Stage 2 repeats none of Stage 1's items, but is ready only when Stage 1 is.
struct CertificationGates {
  StageGate stage1;
  StageGate stage2;
  bool stage2_ready() const { return stage1.ready() && stage2.ready(); }
};

/// The gates from the repository's records and the check run that read them.
CertificationGates assess_certification_gates(const Repository& repository, const CheckReport& report,
                                              const std::vector<MandatoryDocumentStatus>& documents,
                                              std::int64_t as_of_days);

}  // namespace isms
