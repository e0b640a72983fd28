// Clause 7.5: documented information.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>

#include <fmt/format.h>

#include "model/mandatory_documents.h"
#include "rules/rules.h"

namespace isms {
namespace {

/// The hint for a missing requirement: where to record it.
std::string mandatory_hint(const MandatoryDocument& required) {
  if (required.clause == "6.1.3 d)") {
    return "record the Statement of Applicability in the SoA register (soa.yaml), one entry per Annex A control";
  }
  return fmt::format("list the document in the document register with clause: \"{}\"", required.clause);
}

/// "12 months" or "1 month": the manifest's review period, for messages.
std::string review_period_text(const RuleContext& context) {
  const std::int64_t months = context.repository().manifest.review_period_months;
  return fmt::format("{} month{}", months, months == 1 ? "" : "s");
}

/// " (version 1.1)", or nothing when the version is missing (the schema reports that).
std::string version_note(const Text& version) {
  return version.present ? fmt::format(" (version {})", version.value) : std::string();
}

/// True when the requirement is met by a register rather than by a listed document, or when
/// that register could not be fully loaded (its own finding says why).
bool satisfied_by_register(const RuleContext& context, std::string_view clause) {
  const Repository& repository = context.repository();
  if (clause == "4.3") return repository.scope.present || context.register_incomplete("scope");
  if (clause == "6.1.3 d)") return !repository.soa.empty() || context.register_incomplete("soa");
  return false;
}

/// Ids of the evidence records that the SoA, suppliers or the parties' identification cite.
std::unordered_set<std::string> cited_evidence(const Repository& repository) {
  std::unordered_set<std::string> cited;
  for (const SoaEntry& entry : repository.soa) {
    for (const Text& id : entry.evidence) cited.insert(id.value);
  }
  for (const Supplier& supplier : repository.suppliers) {
    if (supplier.due_diligence_evidence.present) cited.insert(supplier.due_diligence_evidence.value);
  }
  for (const Text& id : repository.party_identification.evidence) cited.insert(id.value);
  return cited;
}

}  // namespace

void check_mandatory_documents(RuleContext& context) {
  const Repository& repository = context.repository();
  // A documents file that failed to load hides its documents; reporting them missing would mislead.
  if (context.register_incomplete("documents")) return;
  context.examined(mandatory_documents().size(), "mandatory document", "mandatory documents");
  const SourceLocation where = context.register_location("documents");
  for (const MandatoryDocument& required : mandatory_documents()) {
    const bool listed = std::any_of(repository.documents.begin(), repository.documents.end(),
                                    [&required](const Document& document) { return document_supplies(document, required); });
    if (listed || satisfied_by_register(context, required.clause)) continue;
    context.report(where,
                   fmt::format("no documented information for Clause {}: the standard requires {}", required.clause,
                               required.what),
                   mandatory_hint(required), fmt::format("documents:mandatory:{}", required.clause));
  }
}

void check_document_approved(RuleContext& context) {
  context.examined(context.repository().documents.size(), "document", "documents");
  for (const Document& document : context.repository().documents) {
    if (document.approval.present) continue;
    context.report(document.id.location,
                   fmt::format("document {}{} has no recorded approval", document.id.value,
                               version_note(document.version)),
                   "record who approved the version in force: approval: {by, role, date}",
                   fmt::format("document:{}:approval", document.id.value));
  }
}

void check_document_review_overdue(RuleContext& context) {
  const std::string period = review_period_text(context);
  context.examined(context.repository().documents.size(), "document", "documents");
  for (const Document& document : context.repository().documents) {
    const LocatedDate& review = document.last_review;
    if (!review.present) {
      context.report(document.id.location, fmt::format("document {} has no last_review date", document.id.value),
                     fmt::format("review the document and record the date: last_review: YYYY-MM-DD (the review "
                                 "period is {})", period),
                     fmt::format("document:{}:review", document.id.value));
    } else if (context.overdue(review)) {
      context.report(review.location,
                     fmt::format("document {} was last reviewed on {}, {} days ago; the review period is {}",
                                 document.id.value, review.value.text, context.today() - review.value.days, period),
                     "review the document, then update last_review (and version and approval if it changed)",
                     fmt::format("document:{}:review", document.id.value));
    }
  }
}

void check_evidence_unlinked(RuleContext& context) {
  const Repository& repository = context.repository();
  // Records of a register that failed to load may cite the evidence.
  for (std::string_view name : {"soa", "suppliers", "parties"}) {
    if (context.register_incomplete(name)) return;
  }
  const std::unordered_set<std::string> cited = cited_evidence(repository);
  context.examined(repository.evidence.size(), "evidence record", "evidence records");
  for (const Evidence& evidence : repository.evidence) {
    if (!evidence.controls.empty() || !evidence.documents.empty() || cited.count(evidence.id.value) != 0) continue;
    context.report(evidence.id.location,
                   fmt::format("evidence {} names no control or document, and no SoA entry, supplier or party "
                               "identification cites it",
                               evidence.id.value),
                   "say what it supports: controls: [A.x.y] or documents: [DOC-...], or cite it from the SoA "
                   "entry it evidences",
                   fmt::format("evidence:{}:links", evidence.id.value));
  }
}

void check_document_location_exists(RuleContext& context) {
  const std::vector<Document>& documents = context.repository().documents;
  context.examined(std::count_if(documents.begin(), documents.end(),
                                 [](const Document& document) { return document.location_state != LocationState::NotChecked; }),
                   "document kept in the repository", "documents kept in the repository");
  for (const Document& document : documents) {
    const Text& location = document.path;
    if (document.location_state == LocationState::Missing) {
      context.report(location.location,
                     fmt::format("document {} is kept at '{}', which does not exist in the repository",
                                 document.id.value, location.value),
                     "add the document at that path (relative to the folder that holds isms.yaml), correct the "
                     "path, or give the https:// address where it is kept",
                     fmt::format("document:{}:location", document.id.value));
    } else if (document.location_state == LocationState::Outside) {
      context.report(location.location,
                     fmt::format("document {} is kept at '{}', which leads outside the repository",
                                 document.id.value, location.value),
                     "keep the document inside the repository and give its relative path, or give the https:// "
                     "address of the system that holds it",
                     fmt::format("document:{}:location", document.id.value));
    }
  }
}

void check_mandatory_document_written(RuleContext& context) {
  std::size_t mandatory_in_repository = 0;
  for (const Document& document : context.repository().documents) {
    if (document.location_state == LocationState::NotChecked) continue;
    for (const MandatoryDocument& candidate : mandatory_documents()) {
      if (document_supplies(document, candidate)) {
        ++mandatory_in_repository;
        break;
      }
    }
  }
  context.examined(mandatory_in_repository, "mandatory document kept in the repository",
                   "mandatory documents kept in the repository");
  for (const Document& document : context.repository().documents) {
    const bool empty = document.location_state == LocationState::Empty;
    if (!empty && document.location_state != LocationState::PlaceholderOnly) continue;
    const MandatoryDocument* required = nullptr;
    for (const MandatoryDocument& candidate : mandatory_documents()) {
      if (document_supplies(document, candidate)) required = &candidate;
    }
    if (required == nullptr) continue;
    const std::string what =
        empty ? std::string("is empty")
              : fmt::format("holds only template text ({})", document.location_placeholder);
    context.report(document.path.location,
                   fmt::format("document {}, the documented information for Clause {}, {} at '{}'",
                               document.id.value, required->clause, what, document.path.value),
                   fmt::format("write {} into the document, then record its approval", required->what),
                   fmt::format("document:{}:content", document.id.value));
  }
}

void check_register_review_overdue(RuleContext& context) {
  const std::string period = review_period_text(context);
  for (const RegisterInfo& info : context.repository().registers) {
    // A register without files or without a register block is reported by REG001.
    if (info.files.empty() || !info.control.present) continue;
    context.examined(1, "register", "registers");
    const LocatedDate& review = info.control.last_review;
    if (!review.present) {
      context.report(info.control.location,
                     fmt::format("the {} register{} has no last_review date", info.name,
                                 version_note(info.control.version)),
                     fmt::format("review the register and record the date: register.last_review: YYYY-MM-DD (the "
                                 "review period is {})", period),
                     fmt::format("register:{}:review", info.name));
    } else if (context.overdue(review)) {
      context.report(info.control.location,
                     fmt::format("the {} register was last reviewed on {}, {} days ago; the review period is {}",
                                 info.name, review.value.text, context.today() - review.value.days, period),
                     "review the register, then update register.last_review (and its version and approval if it "
                     "changed)",
                     fmt::format("register:{}:review", info.name));
    }
  }
}

}  // namespace isms
