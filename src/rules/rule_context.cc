#include "rules/rule_context.h"

#include <algorithm>
#include <cmath>

#include "util/text_util.h"

namespace isms {

bool has_text(const Text& field) {
  return field.present && !is_blank(field.value);
}

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

const RegisterInfo* RuleContext::find_register(std::string_view name) const {
  for (const RegisterInfo& info : repository_.registers) {
    if (info.name == name) return &info;
  }
  return nullptr;
}

bool RuleContext::register_incomplete(std::string_view name) const {
  const RegisterInfo* info = find_register(name);
  return info != nullptr && info->incomplete;
}

SourceLocation RuleContext::register_location(std::string_view name) const {
  const RegisterInfo* info = find_register(name);
  if (info != nullptr && !info->files.empty()) return SourceLocation{info->files.front(), 1, 1};
  return SourceLocation{repository_.manifest.location.file, 1, 1};
}

std::int64_t RuleContext::review_period_days() const {
  return repository_.manifest.review_period_days();
}

bool RuleContext::overdue(const LocatedDate& date) const {
  return date.present && as_of_days_ - date.value.days > review_period_days();
}

std::int64_t RuleContext::option(std::int64_t fallback) const {
  for (const RuleOption& option : repository_.manifest.rules.options) {
    if (current_code(option.code.value) == current_->code && option.name.value == current_->option && option.value.present)
      return option.value.value;
  }
  return fallback;
}

void RuleContext::begin_rule(const CodeInfo& rule) {
  current_ = &rule;
  examined_ = 0;
  findings_ = 0;
  examined_one_.clear();
  examined_many_.clear();
}

void RuleContext::examined(std::size_t count, std::string_view one, std::string_view many) {
  examined_ += count;
  if (examined_one_.empty()) {
    examined_one_ = std::string(one);
    examined_many_ = std::string(many);
  }
}

RuleOutcome RuleContext::end_rule() const {
  RuleOutcome outcome;
  outcome.code = std::string(current_->code);
  outcome.examined = examined_;
  outcome.what = examined_ == 1 ? examined_one_ : examined_many_;
  outcome.findings = findings_;
  // A finding is about something the rule looked at, even where the rule did not count it.
  outcome.state = examined_ > 0 || findings_ > 0 ? RuleOutcome::State::Assessed : RuleOutcome::State::NothingToCheck;
  return outcome;
}

void RuleContext::report(SourceLocation where, std::string message, std::string hint, std::string subject) {
  ++findings_;
  sink_.report(std::string(current_->code), current_->default_severity, where, std::move(message), std::move(hint),
               std::move(subject));
}

}  // namespace isms
