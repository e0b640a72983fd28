#include "rules/rule_context.h"

#include <cmath>

namespace isms {

RuleContext::RuleContext(const Repository& repository, std::int64_t as_of_days, DiagnosticSink& sink)
    : repository_(repository), as_of_days_(as_of_days), sink_(sink), ids_(repository, scratch_) {
  for (const SoaEntry& entry : repository.soa) {
    if (entry.control.present) soa_by_control_.emplace(entry.control.value, &entry);
  }
}

const SoaEntry* RuleContext::soa_entry(std::string_view control) const {
  auto found = soa_by_control_.find(std::string(control));
  return found == soa_by_control_.end() ? nullptr : found->second;
}

std::int64_t RuleContext::review_period_days() const {
  return static_cast<std::int64_t>(std::lround(static_cast<double>(repository_.manifest.review_period_months) * 30.44));
}

bool RuleContext::overdue(const LocatedDate& date) const {
  return date.present && as_of_days_ - date.value.days > review_period_days();
}

void RuleContext::report(SourceLocation where, std::string message, std::string hint, std::string subject) {
  sink_.report(std::string(current_->code), current_->default_severity, where, std::move(message), std::move(hint),
               std::move(subject));
}

}  // namespace isms
