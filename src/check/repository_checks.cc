#include "check/repository_checks.h"

#include <algorithm>
#include <span>
#include <type_traits>
#include <variant>
#include <string>
#include <unordered_map>

#include <fmt/format.h>

#include "check/id_index.h"
#include "model/records/asset.h"
#include "model/records/context_issue.h"
#include "model/records/evidence.h"
#include "model/records/competence.h"
#include "model/records/interested_party.h"
#include "model/records/risk.h"
#include "model/records/soa_entry.h"
#include "model/records/audit.h"
#include "model/records/review.h"
#include "model/records/nonconformity.h"
#include "model/records/objective.h"
#include "model/records/role.h"
#include "model/records/supplier.h"
#include "model/records/treatment_action.h"
#include "model/catalogue.h"
#include "util/suggest.h"

namespace isms {
namespace {

bool looks_like_control(std::string_view id) { return id.size() > 2 && id[0] == 'A' && id[1] == '.'; }

/// "an asset", "a risk": the noun with its indefinite article.
std::string with_article(std::string_view noun) {
  const bool vowel = !noun.empty() && std::string_view("aeiouAEIOU").find(noun[0]) != std::string_view::npos;
  return fmt::format("{} {}", vowel ? "an" : "a", noun);
}

/// "A.5.36", "A.5.36 and A.8.8", "A, B and C".
std::string join(const std::vector<std::string_view>& parts) {
  std::string text;
  for (std::size_t i = 0; i < parts.size(); ++i)
    text += (i == 0 ? "" : (i + 1 == parts.size() ? " and " : ", ")) + std::string(parts[i]);
  return text;
}

/// A referring field's name, such as "risks[R-001].assets". Most references resolve, so the
/// name is put together only when a finding needs it.
struct FieldName {
  FieldName(const char* fixed) : list(fixed) {}  // NOLINT(google-explicit-constructor): a fixed name
  FieldName(std::string_view list_name, const Text& record_id, std::string_view field_suffix)
      : list(list_name), id(&record_id), suffix(field_suffix) {}

  std::string text() const { return id == nullptr ? std::string(list) : fmt::format("{}[{}]{}", list, id->value, suffix); }

  std::string_view list;
  const Text* id = nullptr;
  std::string_view suffix;
};

/// Checks references from one field against the index and the catalogue.
class ReferenceChecker {
 public:
  ReferenceChecker(const IdIndex& index, const std::vector<RegisterInfo>& registers, DiagnosticSink& sink)
      : index_(index), sink_(sink) {
    for (const RegisterInfo& info : registers) {
      if (info.incomplete) incomplete_registers_.push_back(info.name);
    }
  }

  /// `field` names the referring field in messages ("risks[R-001].assets").
  void check(const Text& reference, const FieldName& field_name, std::initializer_list<RecordKind> allowed,
             bool controls_allowed = false) {
    check(reference, field_name, std::span<const RecordKind>(allowed.begin(), allowed.size()), controls_allowed);
  }

  void check(const Text& reference, const FieldName& field_name, std::span<const RecordKind> allowed,
             bool controls_allowed) {
    if (!reference.present || reference.value.empty()) return;
    const std::string& id = reference.value;
    if (controls_allowed && looks_like_control(id)) {
      check_control(reference, field_name);
      return;
    }
    const IdEntry* entry = index_.find(id);
    if (entry != nullptr && std::find(allowed.begin(), allowed.end(), entry->kind) != allowed.end()) return;
    const std::string expected = describe(allowed, controls_allowed);
    const std::string field = field_name.text();
    if (entry == nullptr) {
      // A register that failed to load is missing records; its own finding says why.
      if (std::any_of(allowed.begin(), allowed.end(), [this](RecordKind kind) { return unreliable(kind); })) return;
      std::string suggestion = suggest(id, allowed);
      sink_.report("REF001", Severity::Error, reference.location,
                   fmt::format("{} refers to '{}', but no {} has that id", field, id, expected),
                   suggestion.empty() ? fmt::format("add the record or correct the id")
                                      : fmt::format("did you mean '{}'?", suggestion),
                   fmt::format("{}->{}", field, id));
      return;
    }
    sink_.report("REF002", Severity::Error, reference.location,
                 fmt::format("{} refers to '{}', which is {}, not {}", field, id,
                             with_article(record_kind_name(entry->kind)), with_article(expected)),
                 fmt::format("reference {} here", with_article(expected)), fmt::format("{}->{}", field, id));
  }

  /// Checks that an id is an Annex A 2022 control, naming the replacement of a 2013 id.
  void check_control(const Text& reference, const FieldName& field_name) {
    if (!reference.present || find_control(reference.value) != nullptr) return;
    const std::string field = field_name.text();
    std::vector<std::string_view> replacements = controls_replacing_2013(reference.value);
    if (!replacements.empty()) {
      sink_.report("CTL001", Severity::Error, reference.location,
                   fmt::format("{} uses '{}', an ISO/IEC 27001:2013 Annex A id; in the 2022 edition it is {}", field,
                               reference.value, join(replacements)),
                   fmt::format("replace '{}' with {}", reference.value, join(replacements)),
                   fmt::format("{}->{}", field, reference.value));
      return;
    }
    std::vector<std::string> known;
    for (const AnnexAControl& control : annex_a_controls()) known.emplace_back(control.id);
    std::string suggestion = closest_match(reference.value, known);
    sink_.report("CTL001", Severity::Error, reference.location,
                 fmt::format("{} uses '{}', which is not an ISO/IEC 27001:2022 Annex A control", field, reference.value),
                 suggestion.empty() ? "Annex A 2022 controls run from A.5.1 to A.8.34"
                                    : fmt::format("did you mean '{}'?", suggestion),
                 fmt::format("{}->{}", field, reference.value));
  }

  void check_all(const IdList& references, const FieldName& field, std::initializer_list<RecordKind> allowed,
                 bool controls_allowed = false) {
    for (const Text& reference : references) check(reference, field, allowed, controls_allowed);
  }

  void check_all(const IdList& references, const FieldName& field, std::span<const RecordKind> allowed,
                 bool controls_allowed) {
    for (const Text& reference : references) check(reference, field, allowed, controls_allowed);
  }

 private:
  static std::string describe(std::span<const RecordKind> allowed, bool controls_allowed) {
    std::vector<std::string_view> names;
    if (controls_allowed) names.push_back("Annex A control");
    for (RecordKind kind : allowed) names.push_back(record_kind_name(kind));
    std::string text;
    for (std::size_t i = 0; i < names.size(); ++i)
      text += (i == 0 ? "" : (i + 1 == names.size() ? " or " : ", ")) + std::string(names[i]);
    return text;
  }

  /// A "did you mean" for an unknown id. Candidates are gathered once per set of kinds, and
  /// suggestions stop after a few hundred so that a mass of broken references stays linear.
  std::string suggest(const std::string& id, std::span<const RecordKind> allowed) {
    if (++suggestions_made_ > kMaxSuggestions) return {};
    std::string key;
    for (RecordKind kind : allowed) key += static_cast<char>('a' + static_cast<int>(kind));
    auto cached = candidates_.find(key);
    if (cached == candidates_.end()) cached = candidates_.emplace(key, index_.ids_of(allowed)).first;
    return closest_match(id, cached->second);
  }

  bool unreliable(RecordKind kind) const {
    const std::string_view name = register_of(kind);
    return std::find(incomplete_registers_.begin(), incomplete_registers_.end(), name) != incomplete_registers_.end();
  }

  static std::string_view register_of(RecordKind kind) {
    switch (kind) {
      case RecordKind::Issue: return "context";
      case RecordKind::Party:
      case RecordKind::Requirement: return "parties";
      case RecordKind::Asset: return "assets";
      case RecordKind::Risk: return "risks";
      case RecordKind::Supplier: return "suppliers";
      case RecordKind::Document: return "documents";
      case RecordKind::Evidence: return "evidence";
      case RecordKind::Role:
      case RecordKind::Person: return "roles";
      case RecordKind::TreatmentAction: return "treatment";
      case RecordKind::Objective: return "objectives";
      case RecordKind::CompetenceRequirement: return "competence";
      case RecordKind::Audit:
      case RecordKind::AuditFinding: return "audits";
      case RecordKind::Review:
      case RecordKind::ReviewAction: return "reviews";
      case RecordKind::Nonconformity: return "nonconformities";
      default: return "scope";
    }
  }

  const IdIndex& index_;
  DiagnosticSink& sink_;
  std::vector<std::string> incomplete_registers_;
  static constexpr std::size_t kMaxSuggestions = 200;
  std::size_t suggestions_made_ = 0;
  std::unordered_map<std::string, std::vector<std::string>> candidates_;
};


/// Checks every reference a declared record type declares (model/records/), and those of the
/// records nested in it. A nested record with an id of its own is named by it
/// ("requirements[REQ-1].services"); one without is named through its parent
/// ("suppliers[S-1].agreements.document").
template <typename Record>
void check_declared_references(ReferenceChecker& refs, const RecordDeclaration<Record>& declaration,
                               const Record& record, std::string_view list, const Text& id, const std::string& prefix) {
  for (const Reference& reference : declaration.references) {
    const std::string suffix = prefix + "." + std::string(reference.key);
    const FieldName name(list, id, suffix);
    const std::span<const RecordKind> kinds(reference.kinds, reference.kind_count);
    const auto check_one = [&](const Text& value) {
      if (kinds.empty()) {
        refs.check_control(value, name);
      } else {
        refs.check(value, name, kinds, reference.controls);
      }
    };
    for (const FieldSpec<Record>& field : declaration.fields) {
      if (field.key != reference.key) continue;
      if (const auto* text = std::get_if<Text Record::*>(&field.member)) check_one(record.**text);
      if (const auto* ids = std::get_if<IdList Record::*>(&field.member)) {
        for (const Text& value : record.**ids) check_one(value);
      }
    }
  }
  for (const FieldSpec<Record>& field : declaration.fields) {
    if (field.kind == FieldType::Object) {
      // A nested object's references are named through its parent: "nonconformities[NC-1].corrective_action.owner".
      std::visit(
          [&](auto member) {
            using Member = decltype(member);
            if constexpr (kNestedObjectMember<Member>) {
              const auto& nested = record.*member;
              check_declared_references(refs, declaration_of(nested), nested, list, id, prefix + "." + std::string(field.key));
            }
          },
          field.member);
      continue;
    }
    if (field.kind != FieldType::Records) continue;
    std::visit(
        [&](auto member) {
          using Member = decltype(member);
          if constexpr (kNestedListMember<Member>) {
            for (const auto& nested : record.*member) {
              const auto& nested_declaration = declaration_of(nested);
              if (nested_declaration.id != nullptr) {
                check_declared_references(refs, nested_declaration, nested, nested_declaration.register_name,
                                          nested.*nested_declaration.id, "");
              } else {
                check_declared_references(refs, nested_declaration, nested, list, id, prefix + "." + std::string(field.key));
              }
            }
          }
        },
        field.member);
  }
}

/// The references of every record of one declared register.
template <typename Record>
void check_register_references(ReferenceChecker& refs, const RecordDeclaration<Record>& declaration,
                               const std::vector<Record>& records) {
  for (const Record& record : records) {
    check_declared_references(refs, declaration, record, declaration.list_key, record.*declaration.id, "");
  }
}

void check_references(const Repository& repo, const IdIndex& index, const SourceFiles& files, DiagnosticSink& sink) {
  ReferenceChecker refs(index, repo.registers, sink);
  refs.check(repo.climate_change.issue, "climate_change.issue", {RecordKind::Issue});
  check_register_references(refs, records::kContextIssueRecord, repo.issues);
  refs.check_all(repo.party_identification.evidence, "identification.evidence", {RecordKind::Evidence});
  check_register_references(refs, records::kInterestedPartyRecord, repo.parties);
  refs.check_all(repo.scope.suppliers, "scope.suppliers", {RecordKind::Supplier});
  refs.check_all(repo.scope.considered_issues, "scope.considered.issues", {RecordKind::Issue});
  refs.check_all(repo.scope.considered_requirements, "scope.considered.requirements", {RecordKind::Requirement});
  check_register_references(refs, records::kAssetRecord, repo.assets);
  check_register_references(refs, records::kRiskRecord, repo.risks);
  check_register_references(refs, records::kSupplierRecord, repo.suppliers);
  check_register_references(refs, records::kSoaEntryRecord, repo.soa);
  check_register_references(refs, records::kEvidenceRecord, repo.evidence);
  check_register_references(refs, records::kRoleRecord, repo.roles);
  check_register_references(refs, records::kPersonRecord, repo.people);
  check_register_references(refs, records::kCompetenceRequirementRecord, repo.competence_requirements);
  check_register_references(refs, records::kCompetenceRecordRecord, repo.competence_records);
  check_register_references(refs, records::kAuditRecord, repo.audits);
  // The programme is one mapping without an id: its references (kAuditProgrammeReferences) are named by key.
  refs.check(repo.audit_programme.document, "programme.document", {RecordKind::Document});
  refs.check(repo.audit_programme.owner, "programme.owner", {RecordKind::Person, RecordKind::Role});
  check_register_references(refs, records::kReviewRecord, repo.reviews);
  check_register_references(refs, records::kNonconformityRecord, repo.nonconformities);
  check_register_references(refs, records::kTreatmentActionRecord, repo.treatment_actions);
  check_register_references(refs, records::kObjectiveRecord, repo.objectives);
  std::unordered_map<std::string, SourceLocation> soa_seen;
  for (const SoaEntry& entry : repo.soa) {
    if (!entry.control.present) continue;
    auto [first, inserted] = soa_seen.emplace(entry.control.value, entry.control.location);
    if (!inserted) {
      const SourceLocation& earlier = first->second;
      const std::string where = earlier.file != entry.control.location.file
                                    ? fmt::format("{}:{}", files.at(earlier.file).display_path, earlier.line)
                                    : fmt::format("line {}", earlier.line);
      sink.report("ID002", Severity::Error, entry.control.location,
                  fmt::format("control {} is already in the Statement of Applicability at {}", entry.control.value,
                              where),
                  "merge the two entries into one", fmt::format("soa:{}", entry.control.value));
    }
  }
}

void check_scale(const Number& value, const RiskScale& scale, const FieldName& field_name, DiagnosticSink& sink) {
  if (!value.present || (value.value >= scale.min && value.value <= scale.max)) return;
  const std::string field = field_name.text();
  sink.report("VAL001", Severity::Error, value.location,
              fmt::format("{} is {}, outside the risk scale {}..{}", field, value.value, scale.min, scale.max),
              "use a value on the scale set in isms.yaml under settings.risk", field);
}

void check_values(const Repository& repo, DiagnosticSink& sink) {
  const RiskMethod& method = repo.manifest.risk;
  for (const Risk& risk : repo.risks) {
    check_scale(risk.likelihood, method.likelihood, FieldName("risks", risk.id, ".likelihood"), sink);
    check_scale(risk.impact, method.impact, FieldName("risks", risk.id, ".impact"), sink);
    check_scale(risk.residual_likelihood, method.likelihood, FieldName("risks", risk.id, ".residual.likelihood"), sink);
    check_scale(risk.residual_impact, method.impact, FieldName("risks", risk.id, ".residual.impact"), sink);
  }
  const std::vector<std::string>& levels = repo.manifest.classification_levels;
  for (const Asset& asset : repo.assets) {
    const Text& value = asset.classification;
    if (!value.present || std::find(levels.begin(), levels.end(), value.value) != levels.end()) continue;
    std::string allowed;
    for (const std::string& level : levels) allowed += (allowed.empty() ? "" : ", ") + level;
    std::string suggestion = closest_match(value.value, levels);
    sink.report("VAL002", Severity::Error, value.location,
                fmt::format("asset {} is classified '{}', which is not a level of the classification scheme",
                            asset.id.value, value.value),
                suggestion.empty() ? fmt::format("use one of: {}", allowed)
                                   : fmt::format("did you mean '{}'? Levels: {}", suggestion, allowed),
                FieldName("assets", asset.id, ".classification").text());
  }
}

void check_register_control(const Repository& repo, DiagnosticSink& sink) {
  bool scope_seen = false;
  for (const RegisterInfo& info : repo.registers) {
    if (info.name == "scope" && info.found) scope_seen = true;
    if (info.files.empty()) continue;
    // The register: block may be in the file that could not be read; that error is reported.
    if (info.incomplete) continue;
    // What the block records (its approval: REG003, APR001) is for the rules to judge.
    if (!info.control.present) {
      sink.report("REG001", Severity::Error, SourceLocation{info.files.front(), 1, 1},
                  fmt::format("the {} has no 'register:' block with its version, owner and approval",
                              register_title(info.name)),
                  "add register: {version, owner, approval: {by, role, date}, last_review} to one of its files",
                  "register:" + info.name);
    }
  }
  if (!scope_seen) {
    sink.report("REG004", Severity::Error, SourceLocation{},
                "the repository has no scope register: the ISMS scope (Clause 4.3) must be documented",
                "create scope.yaml (or the file that paths.scope in isms.yaml names); 'isms init' shows a starting point",
                "register:scope");
  }
}

}  // namespace

void check_repository(const Repository& repository, const SourceFiles& files, DiagnosticSink& sink) {
  IdIndex index(repository, sink, &files);
  check_references(repository, index, files, sink);
  check_values(repository, sink);
  check_register_control(repository, sink);
}

}  // namespace isms
