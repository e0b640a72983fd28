#pragma once
/// The codes that no rule reports: the findings of the loader and the format checks (the files,
/// YAML, schemas, ids, references, control ids, values, document control) and of the tool's own
/// configuration (CFG, SPR, RUL, BSL). The rules' codes are in src/rules/registry.cc;
/// `diagnostic_codes()` in src/rules/codes.h joins the two.

#include <span>

#include "model/code_meta.h"

namespace isms {

/// Every code without a rule, in code order.
std::span<const CodeMeta> load_codes();

}  // namespace isms
