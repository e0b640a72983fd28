#include "output/security_severity.h"

#include <algorithm>

namespace isms {
namespace {

// Most findings are gaps in the management system's records (a missing approval, a stale review,
// a malformed file). A number on those would claim a precision they lack, and GitHub would list
// them among vulnerabilities, so they carry none and GitHub ranks them by level. The rules below
// are those whose finding means information is exposed today, or a tool run is under attack:
// the score says how directly. High (7+): data or models reachable by someone who should not
// reach them, or a risk above what management accepted. Medium (4 to 6.9): a safeguard missing
// whose absence is exposure only together with a threat.
constexpr SecuritySeverity kSeverities[] = {
    {"AI002", "5.0"},   // AI threats (prompt injection, poisoning, model theft) not assessed
    {"AI004", "7.0"},   // customer data sent to a model API without known data-use terms
    {"AI007", "6.5"},   // model weights neither version-controlled nor backed up
    {"AI008", "6.0"},   // an agent acts with unrecorded privileges, unlogged
    {"AI009", "6.0"},   // a third-party model API used without supplier due diligence
    {"AI010", "7.0"},   // an agent's actions unbounded, none needing a human's approval
    {"AST002", "6.0"},  // personal data classified at the lowest level, so handled as public
    {"AST004", "4.0"},  // personal data without retention or lawful basis
    {"IO006", "8.0"},   // the repository reaches outside itself: hostile content in a CI run
    {"RSK004", "7.5"},  // a residual risk above the acceptance threshold that nobody accepted
    {"SUP001", "4.0"},  // a supplier's security certification has expired
    {"SUP003", "6.0"},  // a high or critical supplier without a security agreement
    {"SUP004", "7.0"},  // a supplier processes personal data without a processing agreement
};

}  // namespace

std::span<const SecuritySeverity> security_severities() { return kSeverities; }

std::optional<std::string_view> security_severity(std::string_view code) {
  const auto* found = std::find_if(std::begin(kSeverities), std::end(kSeverities),
                                   [code](const SecuritySeverity& entry) { return entry.code == code; });
  if (found == std::end(kSeverities)) return std::nullopt;
  return found->score;
}

}  // namespace isms
