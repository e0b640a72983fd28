// Clause 4.1: understanding the organisation and its context.
#include <algorithm>

#include <fmt/format.h>

#include "rules/rules.h"

namespace isms {
namespace {

}  // namespace

void check_issue_types_recorded(RuleContext& context) {
  const Repository& repository = context.repository();
  context.examined(repository.issues.size(), "context issue", "context issues");
  bool internal = false;
  bool external = false;
  for (const ContextIssue& issue : repository.issues) {
    internal = internal || issue.type.is(IssueOrigin::Internal);
    external = external || issue.type.is(IssueOrigin::External);
  }
  if (internal && external) return;
  const std::string missing = !internal && !external ? "internal or external" : (internal ? "external" : "internal");
  context.report(context.register_location("context"),
                 fmt::format("no {} issues are recorded; Clause 4.1 asks for both internal and external issues", missing),
                 "record at least one internal and one external issue in the context register", "context:types");
}

void check_issue_linked(RuleContext& context) {
  const Scope& scope = context.repository().scope;
  context.examined(context.repository().issues.size(), "context issue", "context issues");
  for (const ContextIssue& issue : context.repository().issues) {
    const bool in_scope_list = std::any_of(scope.considered_issues.begin(), scope.considered_issues.end(),
                                           [&issue](const Text& id) { return id.value == issue.id.value; });
    const bool marked = issue.in_scope.present && issue.in_scope.value;
    if (!issue.risks.empty() || in_scope_list || marked) continue;
    context.report(issue.id.location,
                   fmt::format("context issue {} is linked neither to a risk nor to the scope", issue.id.value),
                   "list the risks it gives rise to (risks: [...]) or the scope's considered.issues", "issue:" + issue.id.value);
  }
}

void check_climate_change_determined(RuleContext& context) {
  const Repository& repository = context.repository();
  const ClimateDetermination& climate = repository.climate_change;
  context.examined(1, "climate-change determination", "climate-change determinations");
  if (!climate.present || !climate.relevant.present) {
    context.report(context.register_location("context"),
                   "the context register does not record whether climate change is a relevant issue",
                   "add climate_change: {relevant: true|false, reasoning: ...} (ISO/IEC 27001:2022/Amd 1:2024)",
                   "context:climate");
    return;
  }
  if (!has_text(climate.reasoning)) {
    context.report(climate.location, "the climate-change determination gives no reasoning",
                   "explain why climate change is or is not relevant to the ISMS", "context:climate");
  }
}

}  // namespace isms
