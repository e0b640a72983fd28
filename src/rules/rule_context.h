#pragma once
/// What a rule sees while it runs: the model, the as-of date, indexes, and a way to report.

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_map>

#include "check/id_index.h"
#include "rules/codes.h"
#include "model/diagnostic.h"
#include "model/model.h"
#include "model/report.h"

namespace isms {

/// True when a text field is present and not only whitespace.
bool has_text(const Text& field);

/// The context passed to every rule check. Rules only read the model and report.
class RuleContext {
 public:
  RuleContext(const Repository& repository, std::int64_t as_of_days, DiagnosticSink& sink);

  /// The repository being checked.
  const Repository& repository() const { return repository_; }
  /// Every record id, by kind.
  const IdIndex& ids() const { return ids_; }
  /// The as-of date, in days since 1970-01-01.
  std::int64_t today() const { return as_of_days_; }
  /// The SoA entry for an Annex A control id ("A.5.1"), or nullptr.
  const SoaEntry* soa_entry(std::string_view control) const;
  /// True when a dated review is older than the manifest's review period.
  bool overdue(const LocatedDate& date) const;
  /// The register of this name ("assets"), or nullptr when the loader did not record it.
  const RegisterInfo* find_register(std::string_view name) const;
  /// True when a file of the register failed to load, so its records may be missing.
  bool register_incomplete(std::string_view name) const;
  /// Line 1 of the register's first file, or of isms.yaml when the register has no file:
  /// where a finding about a whole register is reported.
  SourceLocation register_location(std::string_view name) const;
  /// The review period in days (months × 30.44, rounded).
  std::int64_t review_period_days() const;

  /// The running rule's setting from isms.yaml rules.options, or `fallback` when it is not set.
  std::int64_t option(std::int64_t fallback) const;

  /// Reports a finding of the rule that is running.
  void report(SourceLocation where, std::string message, std::string hint, std::string subject);

  /// Says what the running rule examined: `count` records of a kind, named in the plural
  /// ("issue", "issues"). A rule earns readiness credit only for
  /// what it examined: one that never calls this, or examines nothing and reports nothing,
  /// is "not assessed", never "passed". Calls add up; the first name given is kept.
  void examined(std::size_t count, std::string_view one, std::string_view many);

  /// Used by the engine: sets the rule that subsequent reports belong to.
  void begin_rule(const CodeInfo& rule);
  /// Used by the engine: what the rule begun last assessed.
  RuleOutcome end_rule() const;

 private:
  const Repository& repository_;
  std::int64_t as_of_days_;
  DiagnosticSink& sink_;
  DiagnosticSink scratch_;  ///< duplicate ids were already reported by the loader
  IdIndex ids_;
  std::unordered_map<std::string, const SoaEntry*> soa_by_control_;
  const CodeInfo* current_ = nullptr;
  std::size_t examined_ = 0;
  std::size_t findings_ = 0;
  std::string examined_one_, examined_many_;
};

/// How many elements of `range` satisfy `predicate`: what a rule examined, for `examined()`.
template <typename Range, typename Predicate>
std::size_t count_where(const Range& range, Predicate predicate) {
  return static_cast<std::size_t>(std::count_if(std::begin(range), std::end(range), predicate));
}

}  // namespace isms
