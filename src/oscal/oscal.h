#pragma once
/// `isms export oscal`: the ISMS as OSCAL 1.2 JSON documents (a catalog of Annex A, a profile
/// of the applicable controls, a system security plan, assessment results and a POA&M), with
/// name-based UUIDs so that an export changes only where the repository did.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "run/check_run.h"

namespace isms {

/// The OSCAL models `isms export oscal` writes.
enum class OscalModel { Catalog, Profile, Ssp, AssessmentResults, Poam };

/// Parses a model name; nullopt for anything else.
std::optional<OscalModel> parse_oscal_model(std::string_view name);
/// Every model name, in the order of the list above.
std::vector<std::string> oscal_model_names();

/// What the user asked for.
struct OscalOptions {
  OscalModel model = OscalModel::Catalog;
  CheckOptions check;  ///< repository, --as-of and limits; the catalog reads no repository
  bool force = false;  ///< export despite blocking findings, marked as a draft
};

/// How an export ended.
enum class OscalStatus {
  Exported,        ///< `json` holds the document
  Refused,         ///< blocking findings and no --force; `blocking` says which
  NotARepository,  ///< the repository could not be loaded; the run's findings say why
  Failed,          ///< the date could not be determined; `error` says why
};

/// One export's result; `run` keeps the check run so its findings can be printed.
struct OscalResult {
  OscalStatus status = OscalStatus::Failed;
  std::string json;  ///< the OSCAL document, pretty-printed, ending in a newline
  std::string error;
  std::vector<Diagnostic> blocking;  ///< findings that make the document wrong
  CheckRun run;
};

/// Checks the repository (except for the catalog), decides whether the document may be
/// issued, as `isms render` does, and builds it.
void run_oscal_export(const OscalOptions& options, OscalResult& result);

/// A UUID as its 16 bytes, in network order.
using Uuid = std::array<std::uint8_t, 16>;

/// The name-based UUID of version 5 (RFC 9562 section 5.5, formerly RFC 4122 section 4.3):
/// SHA-1 of the namespace's bytes followed by the name, with the version and variant set.
Uuid uuid_v5(const Uuid& namespace_id, std::string_view name);
/// "886313e1-3b8a-5372-9b90-0c9aee199e5d": lower-case hexadecimal in the 8-4-4-4-12 form.
std::string uuid_text(const Uuid& uuid);
/// Parses the 8-4-4-4-12 form, either case; nullopt for anything else.
std::optional<Uuid> parse_uuid(std::string_view text);

/// The namespace of every UUID in an isms export: uuid_v5(the URL namespace of RFC 9562,
/// "urn:isms:oscal"; a URN, since isms has no web site), so that no other tool's names collide with ours.
const Uuid& isms_oscal_namespace();

}  // namespace isms
