// Clauses 6.1.2, 6.1.3 and 8.2: risk assessment and treatment.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "model/catalogue.h"
#include "rules/risk_level.h"
#include "rules/rules.h"
#include "util/text_util.h"

namespace isms {

namespace {

/// True when the SoA was loaded whole and lists at least one control, so absence from it means something.
bool soa_usable(const RuleContext& context) {
  return !context.repository().soa.empty() && !context.register_incomplete("soa");
}


/// How a level was computed, e.g. "3 x 4" under the product method.
std::string level_formula(const ResidualLevel& residual, const RiskMethod& method) {
  if (method.level_method() == RiskLevelMethod::Sum) return fmt::format("{} + {}", residual.likelihood, residual.impact);
  if (method.level_method() == RiskLevelMethod::Max) return fmt::format("max({}, {})", residual.likelihood, residual.impact);
  return fmt::format("{} x {}", residual.likelihood, residual.impact);
}

/// Reports a risk control that the SoA does not list or excludes.
void check_control_in_soa(RuleContext& context, const Risk& risk, const Text& control, bool soa_listed) {
  const SoaEntry* entry = context.soa_entry(control.value);
  const std::string subject = fmt::format("risk:{}:control:{}", risk.id.value, control.value);
  if (entry == nullptr) {
    // With no usable SoA, SOA002 reports the gap once; a finding per risk control would only repeat it.
    if (!soa_listed) return;
    context.report(control.location,
                   fmt::format("risk {} is treated by control {}, which the Statement of Applicability does not list",
                               risk.id.value, control.value),
                   fmt::format("add {} to the SoA as applicable, or treat the risk with another control",
                               control.value),
                   subject);
    return;
  }
  if (!entry->applicable.present || entry->applicable.value) return;
  context.report(control.location,
                 fmt::format("risk {} is treated by control {}, which the Statement of Applicability excludes "
                             "(applicable: false)",
                             risk.id.value, control.value),
                 fmt::format("make {} applicable in the SoA with a justification naming {}, or change the risk's "
                             "controls",
                             control.value, risk.id.value),
                 subject);
}

/// Reports a risk that needs the owner's acceptance and has none.
void report_missing_acceptance(RuleContext& context, const Risk& risk, const ResidualLevel& residual,
                               bool above_threshold) {
  const RiskMethod& method = context.repository().manifest.risk;
  const std::string level = fmt::format("{} level {} ({})", residual.from_residual ? "residual" : "inherent",
                                        residual.level, level_formula(residual, method));
  const std::string reason =
      above_threshold ? fmt::format("its {} is above the acceptance threshold {}", level, method.acceptance_threshold)
                      : fmt::format("it is treated by accept at {} (acceptance threshold {})", level,
                                    method.acceptance_threshold);
  context.report(risk.id.location, fmt::format("risk {} has no recorded acceptance, but {}", risk.id.value, reason),
                 "record the risk owner's acceptance of the residual risk: acceptance: {by: ..., role: ..., date: "
                 "...}, or treat the risk further",
                 fmt::format("risk:{}:acceptance", risk.id.value));
}

/// The text lower-cased and without surrounding blanks, so names compare as people write them.
std::string comparable(std::string_view text) { return lower_case(trimmed(text)); }

/// True when the acceptance names the risk's owner, as the person or as the role.
bool accepted_by_owner(const Risk& risk) {
  const std::string owner = comparable(risk.owner.value);
  return comparable(risk.acceptance.by.value) == owner || comparable(risk.acceptance.role.value) == owner;
}

/// Reports an acceptance recorded by someone other than the risk owner.
void report_acceptance_not_by_owner(RuleContext& context, const Risk& risk) {
  context.report(risk.acceptance.location,
                 fmt::format("risk {} was accepted by {} (role {}), not by the risk owner {}", risk.id.value,
                             risk.acceptance.by.value, risk.acceptance.role.value, risk.owner.value),
                 fmt::format("only the risk owner can accept the residual risk (Clause 6.1.3 f)): record {}'s "
                             "acceptance, or make the person who accepted it the risk's owner",
                             risk.owner.value),
                 fmt::format("risk:{}:acceptance-owner", risk.id.value));
}

}  // namespace

void check_risk_register_present(RuleContext& context) {
  context.examined(1, "risk register", "risk registers");
  if (!context.repository().risks.empty()) return;
  const RegisterInfo* info = context.find_register("risks");
  const bool has_file = info != nullptr && !info->files.empty();
  context.report(context.register_location("risks"),
                 has_file ? "the risk register lists no risks; Clause 6.1.2 requires the information security risks "
                            "to be identified, analysed and evaluated"
                          : "the repository has no risk register; Clause 6.1.2 requires the information security risks "
                            "to be identified, analysed and evaluated",
                 "record the risk assessment's results in risks.yaml (or a risks/ folder), one entry per risk",
                 "register:risks");
}

void check_treatment_has_controls(RuleContext& context) {
  context.examined(count_where(context.repository().risks,
                               [](const Risk& r) { return r.treatment.is(RiskTreatment::Modify) || r.treatment.is(RiskTreatment::Share); }),
                   "risk treated by modify or share", "risks treated by modify or share");
  for (const Risk& risk : context.repository().risks) {
    const bool modify_or_share = risk.treatment.is(RiskTreatment::Modify) || risk.treatment.is(RiskTreatment::Share);
    if (!modify_or_share || !risk.controls.empty()) continue;
    const std::string treatment = text_of(risk.treatment);
    context.report(risk.treatment.location,
                   fmt::format("risk {} is treated by {} but lists no controls", risk.id.value, treatment),
                   "list the Annex A controls that implement the treatment under controls: [...]",
                   fmt::format("risk:{}:controls", risk.id.value));
  }
}

void check_risk_controls_applicable(RuleContext& context) {
  const bool soa_listed = soa_usable(context);
  for (const Risk& risk : context.repository().risks) {
    for (const Text& control : risk.controls) {
      if (find_control(control.value) == nullptr) continue;  // not an Annex A 2022 id: CTL001 reports it
      context.examined(1, "control treating a risk", "controls treating risks");
      check_control_in_soa(context, risk, control, soa_listed);
    }
  }
}

void check_residual_risk_accepted(RuleContext& context) {
  const RiskMethod& method = context.repository().manifest.risk;
  for (const Risk& risk : context.repository().risks) {
    if (!risk.likelihood.present || !risk.impact.present) continue;
    context.examined(1, "scored risk", "scored risks");
    const ResidualLevel residual = residual_level(risk, method);
    const bool above_threshold = residual.level > method.acceptance_threshold;
    if (!above_threshold && !risk.treatment.is(RiskTreatment::Accept)) continue;
    if (!risk.acceptance.present) {
      report_missing_acceptance(context, risk, residual, above_threshold);
    } else if (has_text(risk.owner) && method.authority.empty() && !accepted_by_owner(risk)) {
      // With authority bands in the risk criteria, who may accept is ROL002's question.
      report_acceptance_not_by_owner(context, risk);
    }
  }
}

void check_risk_review_overdue(RuleContext& context) {
  context.examined(count_where(context.repository().risks, [](const Risk& r) { return r.review_date.present; }),
                   "risk review date", "risk review dates");
  for (const Risk& risk : context.repository().risks) {
    if (!risk.review_date.present || risk.review_date.value.days >= context.today()) continue;
    context.report(risk.review_date.location,
                   fmt::format("risk {} was due for review on {} ({} days ago)", risk.id.value,
                               risk.review_date.value.text, context.today() - risk.review_date.value.days),
                   "reassess the risk (Clause 8.2), update its scores and treatment, and set the next review_date",
                   fmt::format("risk:{}:review", risk.id.value));
  }
}

void check_residual_exceeds_inherent(RuleContext& context) {
  context.examined(count_where(context.repository().risks,
                               [](const Risk& r) { return r.residual_likelihood.present || r.residual_impact.present; }),
                   "risk with residual scores", "risks with residual scores");
  for (const Risk& risk : context.repository().risks) {
    const bool likelihood_higher = risk.residual_likelihood.present && risk.likelihood.present &&
                                   risk.residual_likelihood.value > risk.likelihood.value;
    const bool impact_higher =
        risk.residual_impact.present && risk.impact.present && risk.residual_impact.value > risk.impact.value;
    if (!likelihood_higher && !impact_higher) continue;
    std::vector<std::string> raised;
    if (likelihood_higher) {
      raised.push_back(fmt::format("residual likelihood {} > likelihood {}", risk.residual_likelihood.value,
                                   risk.likelihood.value));
    }
    if (impact_higher) {
      raised.push_back(fmt::format("residual impact {} > impact {}", risk.residual_impact.value, risk.impact.value));
    }
    context.report(likelihood_higher ? risk.residual_likelihood.location : risk.residual_impact.location,
                   fmt::format("risk {} scores higher after treatment than before: {}", risk.id.value,
                               fmt::join(raised, ", ")),
                   "treatment should not raise a risk: check the residual scores, or re-score the inherent risk if "
                   "it was underestimated",
                   fmt::format("risk:{}:residual", risk.id.value));
  }
}

void check_risk_method_defined(RuleContext& context) {
  const RiskMethod& method = context.repository().manifest.risk;
  context.examined(1, "risk method", "risk methods");
  if (method.present) return;
  context.report(SourceLocation{context.repository().manifest.location.file, 1, 1},
                 "isms.yaml does not define the risk method; the defaults (1..5 scales, likelihood x impact, "
                 "threshold 6) are being used",
                 "add settings.risk: {likelihood: {min, max}, impact: {min, max}, level: product, "
                 "acceptance_threshold: N}",
                 "manifest:risk-method");
}

}  // namespace isms
