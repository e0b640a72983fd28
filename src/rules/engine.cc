#include "rules/engine.h"

#include <algorithm>
#include <unordered_map>

#include <fmt/format.h>

#include "rules/codes.h"
#include "util/suggest.h"
#include "rules/rule_context.h"

namespace isms {
namespace {

/// A retired code in a pattern stands for its successor, so that a configuration or suppression
/// written for the old code keeps working (each is told to rename it).
bool matches(std::string_view code, std::string_view pattern) {
  return !pattern.empty() && code.starts_with(current_code(pattern));
}

bool matches_any(std::string_view code, const std::vector<std::string>& patterns) {
  return std::any_of(patterns.begin(), patterns.end(), [code](const std::string& p) { return matches(code, p); });
}

bool disabled_by_manifest(std::string_view code, const RuleConfig& config) {
  return std::any_of(config.disable.begin(), config.disable.end(),
                     [code](const Text& pattern) { return matches(code, pattern.value); });
}

/// --select chooses among the rules; findings about the repository's format are always shown
/// unless ignored by name, because a rule can only be trusted on a repository that reads correctly.
bool selected(std::string_view code, const RuleSelection& selection) {
  const CodeInfo* info = find_code(code);
  const bool is_rule = info != nullptr && info->check != nullptr;
  if (is_rule && !selection.select.empty() && !matches_any(code, selection.select)) return false;
  return !matches_any(code, selection.ignore);
}

/// The override whose code is the longest match for `code`, or nullptr.
const SeverityOverride* severity_override(std::string_view code, const RuleConfig& config) {
  const SeverityOverride* best = nullptr;
  for (const SeverityOverride& entry : config.severity) {
    if (matches(code, entry.code.value) && (best == nullptr || entry.code.value.size() > best->code.value.size()))
      best = &entry;
  }
  return best;
}

std::vector<std::string> all_codes() {
  std::vector<std::string> codes;
  for (const CodeInfo& info : diagnostic_codes()) codes.emplace_back(info.code);
  return codes;
}

/// An option must name one rule exactly (a prefix would set it on rules it does not fit) and
/// one of that rule's settings; anything else would silently leave the default in force.
void check_option(const RuleOption& option, std::vector<Diagnostic>& out) {
  const CodeInfo* info = find_code(current_code(option.code.value));
  if (info == nullptr || info->check == nullptr) {
    std::string suggestion = closest_match(option.code.value, all_codes());
    out.push_back(Diagnostic{"CFG001", Severity::Error, option.code.location,
                             fmt::format("rules.options names '{}', which is not the code of a rule", option.code.value),
                             suggestion.empty() ? "run 'isms rules' to list the codes"
                                                : fmt::format("did you mean '{}'?", suggestion),
                             fmt::format("rules.options:{}", option.code.value)});
    return;
  }
  if (option.name.value == info->option) return;
  out.push_back(Diagnostic{"CFG003", Severity::Error, option.name.location,
                           info->option.empty()
                               ? fmt::format("rule {} has no option '{}'; it takes no options", info->code,
                                             option.name.value)
                               : fmt::format("rule {} has no option '{}'", info->code, option.name.value),
                           info->option.empty() ? fmt::format("remove the entry; 'isms explain {}' describes the rule", info->code)
                                                : fmt::format("did you mean '{}'?", info->option),
                           fmt::format("rules.options:{}:{}", info->code, option.name.value)});
}

/// A retired code still works, for its successor; the note asks for the new name.
void report_retired_code(const Text& code, std::string_view where, std::vector<Diagnostic>& out) {
  if (!code.present || find_retired_code(code.value) == nullptr) return;
  out.push_back(Diagnostic{"CFG004", Severity::Warning, code.location,
                           fmt::format("rules.{} names {}, which was renamed {}; use {}", where, code.value,
                                       current_code(code.value), current_code(code.value)),
                           fmt::format("replace {} with {} in isms.yaml", code.value, current_code(code.value)),
                           fmt::format("rules.{}:{}", where, code.value)});
}

void check_configuration(const RuleConfig& config, std::vector<Diagnostic>& out) {
  auto check = [&out](const Text& pattern, std::string_view where) {
    report_retired_code(pattern, where, out);
    if (!pattern.present || is_known_code_pattern(pattern.value)) return;
    std::string suggestion = closest_match(pattern.value, all_codes());
    out.push_back(Diagnostic{"CFG001", Severity::Error, pattern.location,
                             fmt::format("rules.{} names '{}', which is not a rule code or prefix", where, pattern.value),
                             suggestion.empty() ? "run 'isms rules' to list the codes"
                                                : fmt::format("did you mean '{}'?", suggestion),
                             fmt::format("rules.{}:{}", where, pattern.value)});
  };
  for (const Text& pattern : config.disable) check(pattern, "disable");
  for (const SeverityOverride& entry : config.severity) check(entry.code, "severity");
  for (const RuleOption& option : config.options) {
    report_retired_code(option.code, "options", out);
    check_option(option, out);
  }
}

/// Applies inline suppressions; reports those without a reason, expired or unused.
class SuppressionFilter {
 public:
  SuppressionFilter(const std::vector<Suppression>& suppressions, std::int64_t as_of_days) {
    for (const Suppression& suppression : suppressions) {
      Entry entry{&suppression, false, has_text(suppression.reason),
                  suppression.expires.present && suppression.expires.value.days < as_of_days};
      by_file_[suppression.file].push_back(entries_.size());
      entries_.push_back(entry);
    }
  }

  /// True when a valid suppression covers the finding.
  bool suppresses(const Diagnostic& diagnostic) {
    if (is_fundamental_code(diagnostic.code) || diagnostic.code.starts_with("SPR")) return false;
    auto found = by_file_.find(diagnostic.location.file);
    if (found == by_file_.end()) return false;
    for (std::size_t index : found->second) {
      Entry& entry = entries_[index];
      const Suppression& s = *entry.suppression;
      const bool covers = s.whole_file || (diagnostic.location.line >= s.first_line && diagnostic.location.line <= s.last_line);
      if (!covers || !matches(diagnostic.code, s.rule.value)) continue;
      entry.used = true;
      if (entry.has_reason && !entry.expired) return true;
    }
    return false;
  }

  /// Findings about the suppressions themselves. `ran` tells whether any rule a pattern
  /// names was run, so that a suppression is not called unused when its rule was switched off.
  template <typename RanPredicate>
  void report(std::vector<Diagnostic>& out, RanPredicate ran) const {
    for (const Entry& entry : entries_) {
      const Suppression& s = *entry.suppression;
      const SourceLocation where = s.rule.present ? s.rule.location : SourceLocation{s.file, s.first_line, 1};
      if (find_retired_code(s.rule.value) != nullptr) {
        out.push_back(Diagnostic{"SPR004", Severity::Warning, where,
                                 fmt::format("suppression names {}, which was renamed {}; use {}", s.rule.value,
                                             current_code(s.rule.value), current_code(s.rule.value)),
                                 fmt::format("replace rule: {} with rule: {}", s.rule.value, current_code(s.rule.value)),
                                 fmt::format("suppress:{}:{}", s.rule.value, s.first_line)});
      }
      if (!entry.has_reason) {
        out.push_back(Diagnostic{"SPR001", Severity::Warning, where,
                                 fmt::format("suppression of {} has no reason, so it has no effect", s.rule.value),
                                 "add reason: explaining why the finding does not apply here",
                                 fmt::format("suppress:{}:{}", s.rule.value, s.first_line)});
      } else if (entry.expired) {
        out.push_back(Diagnostic{"SPR002", Severity::Warning, s.expires.location,
                                 fmt::format("suppression of {} expired on {}, so it has no effect", s.rule.value,
                                             s.expires.value.text),
                                 "fix the finding, or review the reason and set a new expiry date",
                                 fmt::format("suppress:{}:{}", s.rule.value, s.first_line)});
      } else if (!entry.used && ran(s.rule.value)) {
        out.push_back(Diagnostic{"SPR003", Severity::Note, where,
                                 fmt::format("suppression of {} matches no finding", s.rule.value),
                                 "remove the suppression: the finding it was for is gone",
                                 fmt::format("suppress:{}:{}", s.rule.value, s.first_line)});
      }
    }
  }

 private:
  struct Entry {
    const Suppression* suppression;
    bool used;
    bool has_reason;
    bool expired;
  };
  std::vector<Entry> entries_;
  std::unordered_map<std::uint32_t, std::vector<std::size_t>> by_file_;
};

/// True when `inputs` ("risks soa") names the register.
bool reads_register(std::string_view inputs, std::string_view name) {
  std::size_t start = 0;
  while (start < inputs.size()) {
    std::size_t end = inputs.find(' ', start);
    if (end == std::string_view::npos) end = inputs.size();
    if (inputs.substr(start, end - start) == name) return true;
    start = end + 1;
  }
  return false;
}

/// The first register the rule reads that could not be read completely, or nullptr. A rule
/// run on it would report records as missing that are only in the file that failed to load.
const RegisterInfo* unreadable_input(const Repository& repository, std::string_view inputs) {
  // A rule that judges each value where it stands infers nothing from what is missing.
  if (inputs.empty() || inputs == kEachValue) return nullptr;
  for (const RegisterInfo& info : repository.registers) {
    if (info.incomplete && reads_register(inputs, info.name)) return &info;
  }
  return nullptr;
}

/// The rules that stood down, by the register that made them: reported as one RUL001 note, so
/// that the error in the register is the finding to fix and is not buried under consequences.
class StoodDownRules {
 public:
  void add(const RegisterInfo& cause, std::string_view code) {
    auto found = std::find_if(groups_.begin(), groups_.end(), [&](const Group& g) { return g.cause == &cause; });
    if (found == groups_.end()) found = groups_.insert(groups_.end(), Group{&cause, {}});
    found->codes.emplace_back(code);
  }

  void report(const Repository& repository, DiagnosticSink& sink) const {
    if (groups_.empty()) return;
    std::size_t total = 0;
    std::string reasons;
    for (const Group& group : groups_) {
      total += group.codes.size();
      std::string codes;
      for (const std::string& code : group.codes) codes += (codes.empty() ? "" : ", ") + code;
      reasons += fmt::format("{}the {} could not be read completely ({})", reasons.empty() ? "" : "; ",
                             register_title(group.cause->name), codes);
    }
    const RegisterInfo& first = *groups_.front().cause;
    const SourceLocation where = register_location(repository, first);
    sink.report("RUL001", Severity::Note, where,
                fmt::format("{} check{} did not run because {}", total, total == 1 ? "" : "s", reasons),
                "fix the error reported in that register; the checks run again once it reads completely",
                "rules:stood-down");
  }

 private:
  struct Group {
    const RegisterInfo* cause;
    std::vector<std::string> codes;
  };

  /// Where the note is reported: line 1 of the register's first file that loaded, else of isms.yaml.
  static SourceLocation register_location(const Repository& repository, const RegisterInfo& info) {
    if (!info.files.empty()) return SourceLocation{info.files.front(), 1, 1};
    return SourceLocation{repository.manifest.location.file, 1, 1};
  }

  std::vector<Group> groups_;
};

}  // namespace

bool is_known_code_pattern(const std::string& pattern) {
  if (find_retired_code(pattern) != nullptr) return true;
  for (const CodeInfo& info : diagnostic_codes()) {
    if (matches(info.code, pattern)) return true;
  }
  return false;
}

bool rule_runs(std::string_view code, const RuleConfig& config, const RuleSelection& selection) {
  return !disabled_by_manifest(code, config) && selected(code, selection);
}

Severity configured_severity(std::string_view code, Severity default_severity, const RuleConfig& config) {
  Severity severity = default_severity;
  if (const SeverityOverride* entry = severity_override(code, config)) parse_severity(entry->severity.value, severity);
  return severity;
}

std::vector<RuleOutcome> run_rules(const Repository& repository, std::int64_t as_of_days,
                                   const RuleSelection& selection, DiagnosticSink& sink) {
  RuleContext context(repository, as_of_days, sink);
  std::vector<RuleOutcome> outcomes;
  StoodDownRules stood_down;
  for (const CodeInfo& rule : diagnostic_codes()) {
    if (rule.check == nullptr || !rule_runs(rule.code, repository.manifest.rules, selection)) continue;
    if (const RegisterInfo* unreadable = unreadable_input(repository, rule.inputs)) {
      RuleOutcome outcome;
      outcome.code = std::string(rule.code);
      outcome.state = RuleOutcome::State::StoodDown;
      outcome.reason = fmt::format("the {} could not be read completely", register_title(unreadable->name));
      outcomes.push_back(std::move(outcome));
      stood_down.add(*unreadable, rule.code);
      continue;
    }
    context.begin_rule(rule);
    rule.check(context);
    outcomes.push_back(context.end_rule());
  }
  stood_down.report(repository, sink);
  return outcomes;
}

void apply_policy(const Repository& repository, std::int64_t as_of_days, const RuleSelection& selection,
                  std::vector<Diagnostic>& diagnostics) {
  const RuleConfig& config = repository.manifest.rules;
  std::vector<Diagnostic> extra;
  check_configuration(config, extra);
  SuppressionFilter suppressions(repository.suppressions, as_of_days);
  std::vector<Diagnostic> kept;
  kept.reserve(diagnostics.size());
  for (Diagnostic& diagnostic : diagnostics) {
    if (!is_fundamental_code(diagnostic.code)) {
      if (suppressions.suppresses(diagnostic)) continue;
      if (disabled_by_manifest(diagnostic.code, config) || !selected(diagnostic.code, selection)) continue;
      if (const SeverityOverride* entry = severity_override(diagnostic.code, config)) {
        parse_severity(entry->severity.value, diagnostic.severity);
      }
    }
    kept.push_back(std::move(diagnostic));
  }
  suppressions.report(extra, [&](const std::string& pattern) {
    for (const CodeInfo& info : diagnostic_codes()) {
      if (matches(info.code, pattern) && selected(info.code, selection) && !disabled_by_manifest(info.code, config))
        return true;
    }
    return false;
  });
  for (Diagnostic& diagnostic : extra) {
    if (selected(diagnostic.code, selection) && !disabled_by_manifest(diagnostic.code, config)) {
      if (const SeverityOverride* entry = severity_override(diagnostic.code, config)) {
        parse_severity(entry->severity.value, diagnostic.severity);
      }
      kept.push_back(std::move(diagnostic));
    }
  }
  diagnostics = std::move(kept);
}

}  // namespace isms
