// Clause 5.3: roles, responsibilities and authorities. Where a roles register exists, the names
// written as owners, approvers and acceptors elsewhere must be found in it, and what they sign
// must be within the authority it gives them.
#include <string>
#include <vector>

#include <fmt/format.h>

#include "rules/people_directory.h"
#include "rules/risk_level.h"
#include "rules/rules.h"
#include "util/suggest.h"
#include "util/text_util.h"

namespace isms {
namespace {

/// A field that names someone, and how a message refers to it.
struct NamedParty {
  const Text* name;
  std::string what;  ///< "risk R-2's owner"
  std::string subject;
};

std::vector<NamedParty> named_parties(const Repository& repository) {
  std::vector<NamedParty> out;
  auto add = [&](const Text& name, std::string what, std::string subject) {
    if (has_text(name)) out.push_back({&name, std::move(what), std::move(subject)});
  };
  auto add_approval = [&](const Approval& approval, const std::string& whose, const std::string& subject) {
    if (!approval.present) return;
    add(approval.by, whose + " approver", subject + ":by");
    add(approval.role, whose + " approver's role", subject + ":role");
  };
  for (const RegisterInfo& info : repository.registers) {
    const std::string whose = fmt::format("the {}'s", register_title(info.name));
    add(info.control.owner, whose + " owner", fmt::format("register:{}:owner", info.name));
    add_approval(info.control.approval, whose, fmt::format("register:{}:approval", info.name));
  }
  for (const Risk& risk : repository.risks) {
    add(risk.owner, fmt::format("risk {}'s owner", risk.id.value), fmt::format("risk:{}:owner", risk.id.value));
    if (risk.acceptance.present) {
      add(risk.acceptance.by, fmt::format("risk {}'s acceptor", risk.id.value), fmt::format("risk:{}:acceptance:by", risk.id.value));
      add(risk.acceptance.role, fmt::format("risk {}'s acceptor's role", risk.id.value),
          fmt::format("risk:{}:acceptance:role", risk.id.value));
    }
  }
  for (const Asset& asset : repository.assets) {
    add(asset.owner, fmt::format("asset {}'s owner", asset.id.value), fmt::format("asset:{}:owner", asset.id.value));
  }
  for (const SoaEntry& entry : repository.soa) {
    add(entry.owner, fmt::format("control {}'s owner", entry.control.value), fmt::format("soa:{}:owner", entry.control.value));
  }
  for (const Document& document : repository.documents) {
    const std::string whose = fmt::format("document {}'s", document.id.value);
    add(document.owner, whose + " owner", fmt::format("document:{}:owner", document.id.value));
    add_approval(document.approval, whose, fmt::format("document:{}:approval", document.id.value));
  }
  for (const Evidence& evidence : repository.evidence) {
    add(evidence.collected_by, fmt::format("evidence {}'s collector", evidence.id.value),
        fmt::format("evidence:{}:collected_by", evidence.id.value));
  }
  return out;
}

/// "CISO" or "ROLE-CISO (CISO)" for a band's authority.
std::string authority_text(const PeopleDirectory& directory, std::string_view authority) {
  if (authority == "risk-owner") return "the risk owner";
  if (authority == "top-management") return "top management";
  const Role* role = directory.role(authority);
  return role == nullptr ? std::string(authority) : fmt::format("{} ({})", authority, role->title.value);
}

/// True when whoever accepted holds the band's authority.
bool holds_authority(const PeopleDirectory& directory, const Risk& risk, std::string_view authority) {
  const Approval& acceptance = risk.acceptance;
  if (authority == "risk-owner") {
    if (equals_ignoring_case(trimmed(acceptance.by.value), trimmed(risk.owner.value)) ||
        equals_ignoring_case(trimmed(acceptance.role.value), trimmed(risk.owner.value))) {
      return true;
    }
    for (const Role* owner_role : directory.roles_of(risk.owner.value)) {
      if (directory.holds(acceptance.by.value, owner_role->id.value) ||
          directory.holds(acceptance.role.value, owner_role->id.value)) {
        return true;
      }
    }
    return false;
  }
  if (authority == "top-management") {
    return directory.top_management(acceptance.by.value) || directory.top_management(acceptance.role.value);
  }
  return directory.holds(acceptance.by.value, authority) || directory.holds(acceptance.role.value, authority);
}

/// The band a level falls in: the first whose `up_to` it does not exceed, else the last.
std::size_t band_of(const std::vector<RiskAuthorityBand>& bands, std::int64_t level) {
  for (std::size_t index = 0; index < bands.size(); ++index) {
    if (!bands[index].up_to.present || level <= bands[index].up_to.value) return index;
  }
  return bands.size() - 1;
}

}  // namespace

void check_names_resolve_to_roles(RuleContext& context) {
  const PeopleDirectory directory(context.repository());
  if (!directory.available()) return;
  const std::vector<NamedParty> parties = named_parties(context.repository());
  context.examined(parties.size(), "owner, approver or acceptor", "owners, approvers and acceptors");
  for (const NamedParty& party : parties) {
    if (directory.names_someone(party.name->value)) continue;
    context.report(party.name->location,
                   fmt::format("{} is '{}', which is not a role or a person in the roles register{}", party.what,
                               party.name->value, did_you_mean(party.name->value, directory.spellings())),
                   "write a role's title or id, or a person's name or id, as roles.yaml records them; or add the "
                   "role or person there",
                   party.subject);
  }
}

void check_risk_acceptance_authority(RuleContext& context) {
  const Repository& repository = context.repository();
  const std::vector<RiskAuthorityBand>& bands = repository.manifest.risk.authority;
  if (bands.empty()) return;
  const PeopleDirectory directory(repository);
  for (const RiskAuthorityBand& band : bands) {
    const std::string_view authority = band.authority.value;
    if (authority == "risk-owner" || authority == "top-management" || directory.role(authority) != nullptr) continue;
    context.report(band.authority.location,
                   fmt::format("the risk criteria give authority to '{}', which is neither risk-owner, "
                               "top-management nor a role of the roles register{}",
                               authority, did_you_mean(authority, directory.spellings())),
                   "name risk-owner, top-management or the id of a role in roles.yaml",
                   fmt::format("manifest:risk:authority:{}", authority));
  }
  for (const Risk& risk : repository.risks) {
    if (!risk.acceptance.present || !risk.likelihood.present || !risk.impact.present) continue;
    context.examined(1, "risk acceptance", "risk acceptances");
    const ResidualLevel residual = residual_level(risk, repository.manifest.risk);
    const std::size_t needed = band_of(bands, residual.level);
    bool held = false;
    for (std::size_t index = needed; index < bands.size() && !held; ++index) {
      held = holds_authority(directory, risk, bands[index].authority.value);
    }
    if (held) continue;
    const RiskAuthorityBand& band = bands[needed];
    context.report(
        risk.acceptance.location,
        fmt::format("risk {} at level {} needs acceptance by {}{} under the risk criteria, but was accepted by {}{}",
                    risk.id.value, residual.level, authority_text(directory, band.authority.value),
                    needed + 1 < bands.size() ? " or a higher authority" : "", risk.acceptance.by.value,
                    has_text(risk.acceptance.role) ? fmt::format(" ({})", risk.acceptance.role.value) : ""),
        directory.available()
            ? "have the risk accepted by someone who holds that authority in roles.yaml, or lower the residual level"
            : "record the roles register (roles.yaml), so that who holds that authority is on record",
        fmt::format("risk:{}:acceptance", risk.id.value));
  }
}

void check_top_management_approval(RuleContext& context) {
  const Repository& repository = context.repository();
  const PeopleDirectory directory(repository);
  const bool any_top_management = std::any_of(repository.roles.begin(), repository.roles.end(), [](const Role& role) {
    return role.top_management.present && role.top_management.value;
  });
  if (!any_top_management) return;
  struct Signed {
    const Approval* approval;
    std::string what, subject;
  };
  std::vector<Signed> approvals;
  for (const Document& document : repository.documents) {
    if (!document.approval.present || trimmed(document.clause.value) != "5.2") continue;
    approvals.push_back({&document.approval, fmt::format("the information security policy {}", document.id.value),
                         fmt::format("document:{}:approval", document.id.value)});
  }
  for (const RegisterInfo& info : repository.registers) {
    if (info.name == "scope" && info.control.approval.present) {
      approvals.push_back({&info.control.approval, "the scope", "register:scope:approval"});
    }
  }
  context.examined(approvals.size(), "top-management approval", "top-management approvals");
  for (const Signed& item : approvals) {
    const Approval& approval = *item.approval;
    if (directory.top_management(approval.by.value) || directory.top_management(approval.role.value)) continue;
    context.report(approval.location,
                   fmt::format("{} is approved by {}{}, who holds no top-management role in the roles register",
                               item.what, approval.by.value,
                               has_text(approval.role) ? fmt::format(" ({})", approval.role.value) : ""),
                   "have it approved by a person whose role has top_management: true in roles.yaml (Clauses 5.1 "
                   "and 5.2 make the policy top management's)",
                   item.subject);
  }
}

}  // namespace isms
