#pragma once
/// What an internal audit covers, shared by the audit rules (AUD001, AUD004) and the Stage 2
/// prerequisite of the readiness report, so that both call the same audit "of the whole ISMS".

#include <string_view>

#include "model/model.h"

namespace isms {

/// The clauses whose requirements an ISMS audit covers: 4 to 10.
inline constexpr int kFirstAuditedClause = 4;
inline constexpr int kLastAuditedClause = 10;

/// The clause a listed clause number belongs to: 6 for "6.1.2"; 0 when it is not a number.
int top_clause(std::string_view number);

/// True when the audit says it covers the whole ISMS, or lists every clause 4 to 10.
bool covers_whole_isms(const Audit& audit);

}  // namespace isms
