#pragma once
/// Every rule check, one function each; they are registered in the table in src/codes.cc.

#include "rules/rule_context.h"

namespace isms {

// Clause 4.1: context issues (src/rules/context_rules.cc)
void check_issue_types_recorded(RuleContext& context);      ///< CTX001
void check_issue_linked(RuleContext& context);              ///< CTX002
void check_climate_change_determined(RuleContext& context); ///< CTX003

}  // namespace isms
