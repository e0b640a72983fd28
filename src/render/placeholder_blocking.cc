#include "render/placeholder_blocking.h"

#include <algorithm>
#include <string_view>

namespace isms {
namespace {

/// The parts of a PLH001 subject, "placeholder:<register>:<record>:<field>". Record ids and
/// field names hold no colon, so the split is unambiguous.
struct PlaceholderSubject {
  std::string_view register_name, record, field;
};

bool parse_subject(std::string_view subject, PlaceholderSubject& out) {
  constexpr std::string_view kPrefix = "placeholder:";
  if (!subject.starts_with(kPrefix)) return false;
  subject.remove_prefix(kPrefix.size());
  const std::size_t first = subject.find(':');
  const std::size_t last = subject.rfind(':');
  if (first == std::string_view::npos || first == last) return false;
  out = {subject.substr(0, first), subject.substr(first + 1, last - first - 1), subject.substr(last + 1)};
  return true;
}

bool listed(const IdList& ids, std::string_view id) {
  return std::any_of(ids.begin(), ids.end(), [id](const Text& item) { return item.value == id; });
}

/// The scope document shows the considered issues (title), the considered requirements and
/// their parties (name, description) and the scope's suppliers (name): src/render/scope_data.cc.
bool scope_shows(const PlaceholderSubject& subject, const Repository& repository) {
  const Scope& scope = repository.scope;
  if (subject.register_name == "scope") return true;
  if (subject.register_name == "context") return listed(scope.considered_issues, subject.record) && subject.field == "title";
  if (subject.register_name == "suppliers") return listed(scope.suppliers, subject.record) && subject.field == "name";
  if (subject.register_name != "parties") return false;
  if (listed(scope.considered_requirements, subject.record)) return subject.field == "description";
  return subject.field == "name" &&
         std::any_of(repository.parties.begin(), repository.parties.end(), [&](const InterestedParty& party) {
           return party.id.value == subject.record &&
                  std::any_of(party.requirements.begin(), party.requirements.end(), [&](const Requirement& requirement) {
                    return listed(scope.considered_requirements, requirement.id.value);
                  });
         });
}

/// The SoA shows, per control, the risks that name it (title), the parties whose requirements
/// it addresses (name) and its evidence and documents (title, version): src/render/soa_data.cc.
bool soa_shows(const PlaceholderSubject& subject, const Repository& repository) {
  if (subject.register_name == "soa") return true;
  if (subject.register_name == "risks") {
    return subject.field == "title" && std::any_of(repository.risks.begin(), repository.risks.end(), [&](const Risk& risk) {
             return risk.id.value == subject.record && !risk.controls.empty();
           });
  }
  if (subject.register_name == "parties") {
    return subject.field == "name" &&
           std::any_of(repository.parties.begin(), repository.parties.end(), [&](const InterestedParty& party) {
             return party.id.value == subject.record &&
                    std::any_of(party.requirements.begin(), party.requirements.end(),
                                [](const Requirement& requirement) { return !requirement.addressed_by.empty(); });
           });
  }
  if (subject.register_name != "evidence" && subject.register_name != "documents") return false;
  if (subject.field != "title" && subject.field != "version") return false;
  return std::any_of(repository.soa.begin(), repository.soa.end(), [&](const SoaEntry& entry) {
    return listed(subject.register_name == "evidence" ? entry.evidence : entry.documents, subject.record);
  });
}

/// The management review pack shows records of the registers its 9.3.2 inputs come from:
/// src/render/review_data.cc. Placeholder text there would be reviewed as if it were data.
bool review_shows(const PlaceholderSubject& subject) {
  static constexpr std::string_view kShown[] = {"reviews",    "audits", "nonconformities", "objectives", "treatment",
                                                "context",    "parties", "risks",          "evidence"};
  return std::find(std::begin(kShown), std::end(kShown), subject.register_name) != std::end(kShown);
}

}  // namespace

bool placeholder_shown_in(DocumentKind kind, const Diagnostic& diagnostic, const Repository& repository) {
  PlaceholderSubject subject;
  if (diagnostic.code != "PLH001" || !parse_subject(diagnostic.subject, subject)) return false;
  // Every document's header shows the organisation, its legal entities and each register's block.
  if (subject.register_name == "manifest" || subject.record == "register") return true;
  switch (kind) {
    case DocumentKind::Scope: return scope_shows(subject, repository);
    case DocumentKind::Soa: return soa_shows(subject, repository);
    // The report scores the readiness of every register, so placeholder text anywhere makes
    // its figures describe a template rather than an ISMS.
    case DocumentKind::Report: return true;
    case DocumentKind::Review: return review_shows(subject);
  }
  return false;
}

}  // namespace isms
