#pragma once
/// The documented information that ISO/IEC 27001:2022 requires, shared by rule DOC001 and
/// the audit-readiness report so that both read the same list.

#include <array>
#include <span>
#include <string_view>

#include "model/model.h"

namespace isms {

/// One piece of required documented information, and the `clause` values that supply it.
struct MandatoryDocument {
  std::string_view clause;
  std::array<std::string_view, 4> accepted;  ///< document clauses that count; empty slots unused
  std::string_view what;                     ///< what the clause asks for, paraphrased
};

/// Every requirement, in clause order. The scope (4.3) and the SoA (6.1.3 d) are also
/// supplied by their own registers.
std::span<const MandatoryDocument> mandatory_documents();

/// True when the document's `clause` is one the requirement accepts.
bool document_supplies(const Document& document, const MandatoryDocument& required);

}  // namespace isms
