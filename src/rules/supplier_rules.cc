// Annex A 5.19 to 5.22: suppliers.
#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "rules/asset_types.h"
#include "rules/rules.h"
#include "util/suggest.h"
#include "util/text_util.h"

namespace isms {
namespace {

/// How far ahead SUP005 warns of a certificate's expiry.
constexpr std::int64_t kExpiryNoticeDays = 60;

/// How many certifications the suppliers hold.
std::size_t certification_count(const Repository& repository) {
  std::size_t count = 0;
  for (const Supplier& supplier : repository.suppliers) count += supplier.certifications.size();
  return count;
}

/// True for the suppliers whose failure would stop or seriously harm the service.
bool is_high_or_critical(const Supplier& supplier) {
  return supplier.criticality.is(SupplierCriticality::High) || supplier.criticality.is(SupplierCriticality::Critical);
}

/// True when the supplier has a data processing agreement.
bool has_dpa(const Supplier& supplier) {
  return std::any_of(supplier.agreements.begin(), supplier.agreements.end(),
                     [](const Agreement& agreement) { return agreement.type.is(AgreementType::Dpa); });
}

/// Maps each supplier id to the first personal-data asset it is linked to, through the
/// asset's `supplier` or the supplier's `assets`.
std::unordered_map<std::string_view, std::string_view> suppliers_of_personal_data(const Repository& repository) {
  return suppliers_linked_to_assets(repository, [](const Asset& asset) { return asset.personal_data.value; });
}

/// Why a supplier's due diligence is expected: "criticality: high" or "touches asset AST-5".
std::string due_diligence_reason(const Supplier& supplier,
                                 const std::unordered_map<std::string_view, std::string_view>& touched) {
  if (is_high_or_critical(supplier)) return fmt::format("criticality: {}", text_of(supplier.criticality));
  return fmt::format("touches asset {}", touched.at(supplier.id.value));
}

/// "today", "in 1 day" or "in N days".
std::string days_from_now(std::int64_t days) {
  if (days == 0) return "today";
  return fmt::format("in {} day{}", days, days == 1 ? "" : "s");
}

/// The fingerprint subject of one certification of a supplier.
std::string certification_subject(const Supplier& supplier, const Certification& certification) {
  return fmt::format("supplier:{}:certification:{}", supplier.id.value, certification.standard.value);
}

}  // namespace

void check_certification_expired(RuleContext& context) {
  context.examined(certification_count(context.repository()), "supplier certification", "supplier certifications");
  for (const Supplier& supplier : context.repository().suppliers) {
    for (const Certification& certification : supplier.certifications) {
      if (!certification.expiry.present || certification.expiry.value.days >= context.today()) continue;
      context.report(certification.expiry.location,
                     fmt::format("the {} certification of supplier {} passed its expiry date {}",
                                 certification.standard.value, supplier.id.value, certification.expiry.value.text),
                     "obtain the renewed certificate and update its expiry, or remove the certification and "
                     "reassess the supplier",
                     certification_subject(supplier, certification));
    }
  }
}

void check_due_diligence_current(RuleContext& context) {
  const std::int64_t period_months = context.repository().manifest.review_period_months;
  const std::unordered_map<std::string_view, std::string_view> touched =
      suppliers_linked_to_assets(context.repository(), [](const Asset&) { return true; });
  for (const Supplier& supplier : context.repository().suppliers) {
    if (!is_high_or_critical(supplier) && !touched.contains(supplier.id.value)) continue;
    context.examined(1, "supplier needing due diligence", "suppliers needing due diligence");
    const std::string reason = due_diligence_reason(supplier, touched);
    const std::string subject = fmt::format("supplier:{}:due_diligence", supplier.id.value);
    if (!supplier.due_diligence_date.present) {
      context.report(supplier.criticality.location,
                     fmt::format("supplier {} ({}) has no due_diligence record", supplier.id.value, reason),
                     "review the supplier's security and record due_diligence: {date: ..., evidence: ...}", subject);
    } else if (context.overdue(supplier.due_diligence_date)) {
      context.report(supplier.due_diligence_date.location,
                     fmt::format("due diligence on supplier {} ({}) dates from {}, older than the {}-month review "
                                 "period",
                                 supplier.id.value, reason, supplier.due_diligence_date.value.text, period_months),
                     "repeat the supplier review and update due_diligence.date (and its evidence)", subject);
    }
  }
}

void check_critical_supplier_agreement(RuleContext& context) {
  context.examined(count_where(context.repository().suppliers, is_high_or_critical), "high or critical supplier",
                   "high or critical suppliers");
  for (const Supplier& supplier : context.repository().suppliers) {
    if (!is_high_or_critical(supplier) || !supplier.agreements.empty()) continue;
    context.report(supplier.criticality.location,
                   fmt::format("supplier {} (criticality: {}) has no recorded agreement", supplier.id.value,
                               text_of(supplier.criticality)),
                   "record the signed contract with its security requirements under agreements (e.g. type: MSA)",
                   fmt::format("supplier:{}:agreements", supplier.id.value));
  }
}

void check_personal_data_supplier_dpa(RuleContext& context) {
  const std::unordered_map<std::string_view, std::string_view> linked =
      suppliers_of_personal_data(context.repository());
  context.examined(count_where(context.repository().suppliers,
                               [&linked](const Supplier& s) { return linked.contains(s.id.value); }),
                   "supplier handling personal data", "suppliers handling personal data");
  for (const Supplier& supplier : context.repository().suppliers) {
    auto found = linked.find(supplier.id.value);
    if (found == linked.end() || has_dpa(supplier)) continue;
    context.report(supplier.id.location,
                   fmt::format("supplier {} handles personal data in asset {} but has no agreement of type DPA",
                               supplier.id.value, found->second),
                   "sign a data processing agreement (GDPR Art. 28) and record it under agreements with type: DPA",
                   fmt::format("supplier:{}:dpa", supplier.id.value));
  }
}

void check_certification_expiring(RuleContext& context) {
  context.examined(certification_count(context.repository()), "supplier certification", "supplier certifications");
  for (const Supplier& supplier : context.repository().suppliers) {
    for (const Certification& certification : supplier.certifications) {
      if (!certification.expiry.present) continue;
      const std::int64_t days_left = certification.expiry.value.days - context.today();
      if (days_left < 0 || days_left > kExpiryNoticeDays) continue;
      context.report(certification.expiry.location,
                     fmt::format("the {} certification of supplier {} expires on {}, {}", certification.standard.value,
                                 supplier.id.value, certification.expiry.value.text, days_from_now(days_left)),
                     "ask the supplier for the renewed certificate or the recertification audit date",
                     certification_subject(supplier, certification));
    }
  }
}

void check_certification_scope_recorded(RuleContext& context) {
  context.examined(certification_count(context.repository()), "supplier certification", "supplier certifications");
  for (const Supplier& supplier : context.repository().suppliers) {
    for (const Certification& certification : supplier.certifications) {
      if (has_text(certification.scope)) continue;
      context.report(certification.standard.location,
                     fmt::format("the {} certification of supplier {} does not record its scope",
                                 certification.standard.value, supplier.id.value),
                     "copy the scope from the certificate (or the system description of the report) into scope, and "
                     "check that it covers the services and locations you use",
                     certification_subject(supplier, certification) + ":scope");
    }
  }
}

}  // namespace isms

namespace isms {

void check_asset_suppliers_in_scope(RuleContext& context) {
  const Repository& repository = context.repository();
  const Scope& scope = repository.scope;
  // Without a fully loaded scope there is no suppliers list to compare with (REG004 reports it).
  if (!scope.present || context.register_incomplete("scope")) return;
  // Model-API suppliers of an in-scope AI service are SCP012's, so they are not reported twice.
  const bool ai_service_in_scope = std::any_of(scope.services.begin(), scope.services.end(), [](const ScopeItem& service) {
    return service.in_scope.value && service.ai.value;
  });
  const auto selected = [ai_service_in_scope](const Asset& asset) {
    return !ai_service_in_scope || !asset.type.is(AssetType::ThirdPartyModelApi);
  };
  const std::unordered_map<std::string_view, std::string_view> linked = suppliers_linked_to_assets(repository, selected);
  context.examined(linked.size(), "supplier linked to an asset", "suppliers linked to an asset");
  std::unordered_set<std::string_view> listed;
  for (const Text& supplier : scope.suppliers) listed.insert(supplier.value);
  for (const Supplier& supplier : repository.suppliers) {
    const auto asset = linked.find(supplier.id.value);
    if (asset == linked.end() || listed.contains(supplier.id.value)) continue;
    context.report(supplier.id.location,
                   fmt::format("supplier {} provides or holds asset {}, but the scope's suppliers list leaves it out",
                               supplier.id.value, asset->second),
                   fmt::format("add {} to suppliers: in scope.yaml, so that the boundary names who operates what the "
                               "ISMS protects",
                               supplier.id.value),
                   fmt::format("supplier:{}:scope", supplier.id.value));
  }
}

}  // namespace isms

namespace isms {
namespace {

/// The services of a supplier, keyed for comparison, and as written for suggestions.
struct SupplierServices {
  std::unordered_set<std::string> keys;
  std::vector<std::string> written;
};

SupplierServices services_of(const Supplier& supplier) {
  SupplierServices services;
  for (const Text& service : supplier.services) {
    services.keys.insert(comparison_key(service.value));
    services.written.push_back(service.value);
  }
  return services;
}

/// The `covers` entries that name none of the supplier's services: the certificate certifies
/// something other than what the organisation buys.
void report_foreign_covers(RuleContext& context, const Supplier& supplier, const SupplierServices& services) {
  for (const Certification& certification : supplier.certifications) {
    for (const Text& covered : certification.covers) {
      if (services.keys.contains(comparison_key(covered.value))) continue;
      context.report(covered.location,
                     fmt::format("the {} certification of supplier {} covers '{}', which is not a service used from "
                                 "the supplier{}",
                                 certification.standard.value, supplier.id.value, covered.value,
                                 did_you_mean(covered.value, services.written)),
                     "write each covered service exactly as it appears in the supplier's services:, or add the "
                     "service to services: if the organisation uses it",
                     certification_subject(supplier, certification) + ":covers:" + covered.value);
    }
  }
}

}  // namespace

void check_certification_covers_services(RuleContext& context) {
  std::size_t examined = 0;
  for (const Supplier& supplier : context.repository().suppliers) {
    if (!supplier.certifications.empty()) examined += supplier.services.size();
  }
  context.examined(examined, "service used from a certified supplier", "services used from certified suppliers");
  for (const Supplier& supplier : context.repository().suppliers) {
    if (supplier.certifications.empty() || supplier.services.empty()) continue;
    const SupplierServices services = services_of(supplier);
    report_foreign_covers(context, supplier, services);
    std::unordered_set<std::string> covered;
    for (const Certification& certification : supplier.certifications) {
      for (const Text& entry : certification.covers) covered.insert(comparison_key(entry.value));
    }
    if (covered.empty()) {
      // A certificate that does not say what it covers proves nothing about the service bought;
      // asked of the suppliers whose failure would stop the service, as due diligence is (SUP002).
      if (!is_high_or_critical(supplier)) continue;
      context.report(supplier.certifications.front().standard.location,
                     fmt::format("no certification of supplier {} (criticality: {}) records which of the services "
                                 "used from it the certified scope covers",
                                 supplier.id.value, text_of(supplier.criticality)),
                     "read the certificate's scope against the services you use and list them under covers: in "
                     "the certification that covers them",
                     fmt::format("supplier:{}:certification:covers", supplier.id.value));
      continue;
    }
    for (const Text& service : supplier.services) {
      if (covered.contains(comparison_key(service.value))) continue;
      context.report(service.location,
                     fmt::format("service '{}' used from supplier {} is not covered by any of its certifications",
                                 service.value, supplier.id.value),
                     "obtain assurance for it (a certificate or report whose scope includes it, or your own "
                     "assessment in due_diligence) and list it under covers:, or record the gap as a risk",
                     fmt::format("supplier:{}:service:{}", supplier.id.value, service.value));
    }
  }
}

}  // namespace isms
