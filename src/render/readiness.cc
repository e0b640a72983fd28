#include "render/readiness.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include <fmt/format.h>

#include "model/catalogue.h"
#include "rules/codes.h"
#include "model/mandatory_documents.h"

namespace isms {
namespace {

/// Severity weights: an error counts three times a note, because it is what fails an audit.
double weight_of(Severity severity) {
  switch (severity) {
    case Severity::Error: return 3;
    case Severity::Warning: return 2;
    case Severity::Note: return 1;
  }
  return 1;
}

constexpr std::string_view kThemeIds[] = {"A.5", "A.6", "A.7", "A.8"};
constexpr std::string_view kThemeKeys[] = {"organizational", "people", "physical", "technological"};
constexpr std::string_view kThemeTitles[] = {"Organizational controls", "People controls", "Physical controls",
                                             "Technological controls"};

/// The credit a control earns: full when implemented or justifiably excluded, half when partly done.
double control_credit(const SoaEntry* entry) {
  if (entry == nullptr || !entry->applicable.present) return 0;
  if (!entry->applicable.value) return entry->justification.present ? 1 : 0;
  if (entry->status.is(SoaStatus::Implemented)) return 1;
  if (entry->status.is(SoaStatus::Partial)) return 0.5;
  return 0;
}

/// The mandatory documented information that a register of the ISMS in operation supplies.
constexpr std::pair<std::string_view, std::string_view> kRecordRegisters[] = {
    {"6.2", "objectives"}, {"7.2", "competence"}, {"8.3", "treatment"},
    {"9.2", "audits"},     {"9.3", "reviews"},    {"10.2", "nonconformities"},
};

bool register_found(const Repository& repository, std::string_view name) {
  return std::any_of(repository.registers.begin(), repository.registers.end(),
                     [&](const RegisterInfo& info) { return info.name == name && info.found; });
}

/// The register's approval and review, for mandatory documents the scope and SoA registers supply.
void describe_register(const Repository& repository, std::string_view name, std::int64_t as_of_days,
                       MandatoryDocumentStatus& status) {
  for (const RegisterInfo& info : repository.registers) {
    if (info.name != name || !info.found) continue;
    status.present = true;
    status.supplied_by = fmt::format("the {}{}", register_title(name),
                                     info.control.version.present ? " (v" + info.control.version.value + ")" : "");
    status.approved = info.control.approval.present;
    status.reviewed = info.control.last_review.present &&
                      as_of_days - info.control.last_review.value.days <= repository.manifest.review_period_days();
  }
}

std::vector<MandatoryDocumentStatus> mandatory_status(const Repository& repository, std::int64_t as_of_days) {
  std::vector<MandatoryDocumentStatus> out;
  for (const MandatoryDocument& required : mandatory_documents()) {
    MandatoryDocumentStatus status;
    status.clause = std::string(required.clause);
    status.what = std::string(required.what);
    for (const Document& document : repository.documents) {
      if (!document_supplies(document, required)) continue;
      const bool reviewed = document.last_review.present &&
                            as_of_days - document.last_review.value.days <= repository.manifest.review_period_days();
      // The best of several documents counts: one approved and reviewed one is enough.
      if (!status.present || (document.approval.present && reviewed)) {
        status.present = true;
        status.supplied_by = document.id.value + (document.version.present ? " (v" + document.version.value + ")" : "");
        status.approved = document.approval.present;
        status.reviewed = reviewed;
      }
    }
    if (!status.present && required.clause == "4.3") describe_register(repository, "scope", as_of_days, status);
    if (!status.present && required.clause == "6.1.3 d)") describe_register(repository, "soa", as_of_days, status);
    // The records of the ISMS in operation are their registers: where one exists it supplies the
    // clause, whatever a document's title says, and the clause's rules judge its records.
    for (const auto& [clause, name] : kRecordRegisters) {
      if (required.clause == clause && register_found(repository, name)) {
        MandatoryDocumentStatus from_register;
        from_register.clause = status.clause;
        from_register.what = status.what;
        status = std::move(from_register);
        describe_register(repository, name, as_of_days, status);
      }
    }
    out.push_back(std::move(status));
  }
  return out;
}

/// "6.1.3 d)" -> "6"; "10.2" -> "10".
std::string clause_number(std::string_view clause) {
  std::size_t end = 0;
  while (end < clause.size() && clause[end] >= '0' && clause[end] <= '9') ++end;
  return std::string(clause.substr(0, end));
}

/// What a rule's check covered, for the report: "checked 6 context issues; 1 finding".
std::string coverage_of(const Repository& repository, const CodeInfo& info, const RuleOutcome* outcome,
                        std::size_t findings) {
  const std::string found = findings == 0 ? "no findings" : fmt::format("{} finding{}", findings, findings == 1 ? "" : "s");
  if (outcome == nullptr) return findings > 0 ? found : "not assessed: the rule did not run";
  switch (outcome->state) {
    case RuleOutcome::State::StoodDown: return "not assessed: stood down, because " + outcome->reason;
    case RuleOutcome::State::Assessed:
      if (outcome->examined == 0) return found;
      return fmt::format("checked {} {}; {}", outcome->examined, outcome->what, found);
    case RuleOutcome::State::NothingToCheck: break;
  }
  // Name the missing register when that is why there was nothing to check.
  for (const RegisterInfo& register_info : repository.registers) {
    const std::string_view inputs = info.inputs;
    if (register_info.found || inputs.find(register_info.name) == std::string_view::npos) continue;
    return fmt::format("not assessed: no {}", register_title(register_info.name));
  }
  return "not assessed: nothing to check";
}

/// The verdict and the conditions behind it. Errors, missing mandatory documents and applicable
/// controls that are only planned, not started or undecided are what an auditor raises as
/// nonconformities; warnings, partial controls and documents not approved or reviewed are what
/// they note as observations.
void decide_verdict(const Repository& repository, const CheckReport& report, Readiness& readiness) {
  const SeverityCounts counts = count_by_severity(report);
  if (counts.errors > 0) readiness.blockers.push_back(fmt::format("{} error finding{}", counts.errors, counts.errors == 1 ? "" : "s"));
  std::size_t missing = 0, unapproved = 0;
  for (const MandatoryDocumentStatus& status : readiness.mandatory_documents) {
    if (!status.present) ++missing;
    else if (!status.ready()) ++unapproved;
  }
  if (missing > 0) readiness.blockers.push_back(fmt::format("{} mandatory document{} missing", missing, missing == 1 ? "" : "s"));
  std::unordered_map<std::string, const SoaEntry*> entries;
  for (const SoaEntry& entry : repository.soa) entries.emplace(entry.control.value, &entry);
  std::size_t open = 0, undecided = 0, partial = 0;
  for (const AnnexAControl& control : annex_a_controls()) {
    auto found = entries.find(std::string(control.id));
    const SoaEntry* entry = found == entries.end() ? nullptr : found->second;
    if (entry == nullptr || !entry->applicable.present) ++undecided;
    else if (!entry->applicable.value) continue;
    else if (entry->status.is(SoaStatus::Partial)) ++partial;
    else if (!entry->status.is(SoaStatus::Implemented)) ++open;
  }
  if (open > 0) readiness.blockers.push_back(fmt::format("{} applicable control{} planned, not started or without a status", open, open == 1 ? "" : "s"));
  if (undecided > 0) readiness.blockers.push_back(fmt::format("{} Annex A control{} with no decision in the SoA", undecided, undecided == 1 ? "" : "s"));
  for (const ReadinessArea& area : readiness.clauses) {
    if (!area.assessed()) readiness.blockers.push_back(fmt::format("Clause {} not assessed: none of its checks had anything to check", area.id));
  }
  if (counts.warnings > 0) readiness.observations.push_back(fmt::format("{} warning{}", counts.warnings, counts.warnings == 1 ? "" : "s"));
  if (partial > 0) readiness.observations.push_back(fmt::format("{} applicable control{} only partially implemented", partial, partial == 1 ? "" : "s"));
  if (unapproved > 0) readiness.observations.push_back(fmt::format("{} mandatory document{} not approved or not reviewed in time", unapproved, unapproved == 1 ? "" : "s"));
  // The gates come after the findings: a certification body plans Stage 1 only on a system whose
  // audits and reviews are at least planned, and Stage 2 only once they have been performed.
  const CertificationGates& gates = readiness.gates;
  if (!gates.stage1.ready()) readiness.gate_reasons = gates.stage1.reasons();
  else if (!gates.stage2.ready()) readiness.gate_reasons = gates.stage2.reasons();
  if (!readiness.blockers.empty()) {
    readiness.verdict = "Not ready for audit";
    readiness.verdict_level = "poor";
  } else if (!gates.stage1.ready()) {
    readiness.verdict = "Not ready for Stage 1";
    readiness.verdict_level = "poor";
  } else if (!gates.stage2.ready()) {
    readiness.verdict = "Ready for Stage 1, not ready for Stage 2";
    readiness.verdict_level = "fair";
  } else if (!readiness.observations.empty()) {
    readiness.verdict = "Ready, with observations to address";
    readiness.verdict_level = "fair";
  } else {
    readiness.verdict = "Ready for audit";
    readiness.verdict_level = "good";
  }
}

}  // namespace

int ReadinessArea::score() const {
  double weight = 0, earned = 0;
  for (const ReadinessCheck& check : checks) {
    if (!check.assessed) continue;
    weight += check.weight;
    earned += check.earned;
  }
  if (weight <= 0) return 0;
  return static_cast<int>(earned * 100.0 / weight + 1e-9);
}

bool ReadinessArea::assessed() const { return assessed_checks() > 0; }

std::size_t ReadinessArea::assessed_checks() const {
  return static_cast<std::size_t>(
      std::count_if(checks.begin(), checks.end(), [](const ReadinessCheck& check) { return check.assessed; }));
}

std::size_t ReadinessArea::stood_down_checks() const {
  return static_cast<std::size_t>(
      std::count_if(checks.begin(), checks.end(), [](const ReadinessCheck& check) { return check.stood_down; }));
}

std::size_t ReadinessArea::passed() const {
  return static_cast<std::size_t>(std::count_if(checks.begin(), checks.end(), [](const ReadinessCheck& check) {
    return check.assessed && check.earned >= check.weight;
  }));
}

std::string area_of_code(std::string_view code) {
  const CodeInfo* info = find_code(code);
  if (info == nullptr) return "integrity";
  std::string_view reference = info->reference;
  // The first clause named wins; a rule that names only Annex A controls belongs to their theme.
  std::size_t start = 0;
  std::string theme;
  while (start < reference.size()) {
    std::size_t end = reference.find(", ", start);
    if (end == std::string_view::npos) end = reference.size();
    const std::string_view token = reference.substr(start, end - start);
    if (!token.empty() && token[0] >= '0' && token[0] <= '9') return clause_number(token);
    if (theme.empty() && token.size() >= 3 && token.starts_with("A.") && token[2] >= '5' && token[2] <= '8') {
      theme = std::string(token.substr(0, 3));
    }
    start = end + 2;
  }
  return theme.empty() ? "integrity" : theme;
}

Readiness assess_readiness(const Repository& repository, const CheckReport& report, std::int64_t as_of_days) {
  Readiness readiness;
  std::map<std::string, ReadinessArea*> by_id;
  for (const Clause& clause : clauses()) {
    // Clauses 4 to 10 hold the requirements; 1 to 3 are scope, references and terms.
    const std::string number = clause_number(clause.id);
    if (number != clause.id || number.empty() || std::stoi(number) < 4) continue;
    readiness.clauses.push_back(ReadinessArea{std::string(clause.id), std::string(clause.title), {}, {}});
  }
  for (std::size_t i = 0; i < std::size(kThemeIds); ++i) {
    readiness.themes.push_back(ReadinessArea{std::string(kThemeIds[i]), std::string(kThemeTitles[i]), {}, {}});
  }
  readiness.integrity = ReadinessArea{"integrity", "Repository integrity (format and references)", {}, {}};
  for (ReadinessArea& area : readiness.clauses) by_id[area.id] = &area;
  for (ReadinessArea& area : readiness.themes) by_id[area.id] = &area;
  by_id["integrity"] = &readiness.integrity;
  auto area_for = [&](const std::string& id) -> ReadinessArea& {
    auto found = by_id.find(id);
    return found == by_id.end() ? readiness.integrity : *found->second;
  };

  std::unordered_map<std::string, std::size_t> findings_per_code;
  for (const Diagnostic& diagnostic : report.diagnostics) {
    ++findings_per_code[diagnostic.code];
    area_for(area_of_code(diagnostic.code)).findings.push_back(&diagnostic);
  }

  // Rules enabled by the manifest: a check each, passed when the rule examined something and has
  // no finding; one with nothing to examine, or that stood down, is not assessed.
  const RuleSelection every_rule;
  std::unordered_map<std::string_view, const RuleOutcome*> outcomes;
  for (const RuleOutcome& outcome : report.rules) outcomes.emplace(outcome.code, &outcome);
  for (const CodeInfo& info : diagnostic_codes()) {
    if (!info.credited_per_check() || !rule_runs(info.code, repository.manifest.rules, every_rule)) continue;
    const double weight = weight_of(configured_severity(info.code, info.default_severity, repository.manifest.rules));
    const auto found = findings_per_code.find(std::string(info.code));
    const std::size_t findings = found == findings_per_code.end() ? 0 : found->second;
    auto outcome = outcomes.find(info.code);
    ReadinessCheck check{fmt::format("{} {}", info.code, info.name), weight, findings == 0 ? weight : 0};
    check.assessed = findings > 0 || (outcome != outcomes.end() && outcome->second->state == RuleOutcome::State::Assessed);
    check.stood_down = findings == 0 && outcome != outcomes.end() && outcome->second->state == RuleOutcome::State::StoodDown;
    check.coverage = coverage_of(repository, info, outcome == outcomes.end() ? nullptr : outcome->second, findings);
    area_for(area_of_code(info.code)).checks.push_back(std::move(check));
  }
  // Codes that are no check of their own (the loader's, the format's, and the rules credited only
  // when found) have nothing to pass: each code found costs its weight in its area.
  for (const auto& [code, count] : findings_per_code) {
    const CodeInfo* info = find_code(code);
    if (info != nullptr && info->credited_per_check()) continue;
    const double weight = weight_of(info != nullptr ? info->default_severity : Severity::Error);
    area_for(area_of_code(code)).checks.push_back(ReadinessCheck{code, weight, 0});
  }

  readiness.mandatory_documents = mandatory_status(repository, as_of_days);
  for (const MandatoryDocumentStatus& status : readiness.mandatory_documents) {
    const double earned = (status.present ? 1.0 : 0.0) + (status.approved ? 1.0 : 0.0) + (status.reviewed ? 1.0 : 0.0);
    ReadinessCheck check{fmt::format("Clause {} documented information", status.clause), 3, earned};
    check.coverage = !status.present ? "missing" : fmt::format("supplied by {}{}{}", status.supplied_by,
                                                                 status.approved ? "" : ", not approved",
                                                                 status.reviewed ? "" : ", review overdue");
    area_for(clause_number(status.clause)).checks.push_back(std::move(check));
  }

  std::unordered_map<std::string, const SoaEntry*> entries;
  for (const SoaEntry& entry : repository.soa) entries.emplace(entry.control.value, &entry);
  for (const AnnexAControl& control : annex_a_controls()) {
    for (std::size_t i = 0; i < std::size(kThemeKeys); ++i) {
      if (control.theme != kThemeKeys[i]) continue;
      auto found = entries.find(std::string(control.id));
      const double credit = control_credit(found == entries.end() ? nullptr : found->second);
      readiness.themes[i].checks.push_back(ReadinessCheck{std::string(control.id), 1, credit});
    }
  }

  ReadinessArea everything;
  for (const std::vector<ReadinessArea>* group : {&readiness.clauses, &readiness.themes}) {
    for (const ReadinessArea& area : *group) everything.checks.insert(everything.checks.end(), area.checks.begin(), area.checks.end());
  }
  everything.checks.insert(everything.checks.end(), readiness.integrity.checks.begin(), readiness.integrity.checks.end());
  readiness.overall = everything.score();
  readiness.gates = assess_certification_gates(repository, report, readiness.mandatory_documents, as_of_days);
  decide_verdict(repository, report, readiness);
  return readiness;
}

}  // namespace isms
