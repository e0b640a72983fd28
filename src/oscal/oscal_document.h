#pragma once
/// What every OSCAL model of `isms export oscal` shares: the input, the metadata, UUIDs made
/// from names, props, and the document's own UUID, made from its content.

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/model.h"
#include "model/report.h"

namespace isms {

/// Key order is kept, so that a document reads in the order it is built and diffs stay small.
using Json = nlohmann::ordered_json;

inline constexpr std::string_view kOscalVersion = "1.2.1";
/// The namespace of the props that OSCAL does not define (severity, the SoA's own status, ...).
inline constexpr std::string_view kIsmsPropNamespace = "urn:isms:oscal:ns";
/// What a document whose findings make it wrong is marked with, as `isms render` marks drafts.
inline constexpr std::string_view kDraftMarking = "DRAFT \u2013 NOT FOR ISSUE";

/// The file names the documents refer to each other by: write them side by side.
inline constexpr std::string_view kCatalogFile = "catalog.json";
inline constexpr std::string_view kProfileFile = "profile.json";
inline constexpr std::string_view kSspFile = "ssp.json";

/// Everything a model is built from.
struct ExportInput {
  const Repository* repository = nullptr;  ///< null for the catalog, which reads none
  const CheckReport* report = nullptr;     ///< null for the catalog
  std::string date;                        ///< the generation date, YYYY-MM-DD
  std::string git_commit;                  ///< empty outside a git checkout
  bool git_modified = false;
  std::vector<Diagnostic> blocking;        ///< non-empty: exported with --force, as a draft

  bool draft() const { return !blocking.empty(); }
};

/// The UUIDv5 of `name` in the isms namespace. Names are "isms:<model>:<kind>:<stable id>",
/// so the same record gets the same UUID in every export.
std::string oscal_uuid(std::string_view name);

/// A prop of the OSCAL namespace ("label", "sort-id", "marking", "implementation-status").
Json prop(std::string_view name, std::string_view value);
/// A prop of the isms namespace.
Json isms_prop(std::string_view name, std::string_view value);

/// The generation date as an OSCAL date-time: midnight UTC, so the same date gives the same bytes.
std::string generation_timestamp(const ExportInput& input);

/// title, last-modified, version, oscal-version, props (the draft marking, the tool, the git
/// commit) and, for a draft, remarks that list the blocking findings.
Json document_metadata(const ExportInput& input, std::string_view title, std::string_view version);

/// The organisation of isms.yaml as a party, and its UUID.
Json organisation_party(const Repository& repository);
std::string organisation_party_uuid();
/// The organisation's name on one line, for titles.
std::string organisation_name(const Repository& repository);

/// The version of a register's `register:` block, or "unversioned".
std::string register_version(const Repository& repository, std::string_view register_name);

/// The SoA entries of Annex A controls, one per control (the first, where ID002 finds two), in
/// the standard's order; entries of unknown controls (CTL001) and undecided ones are left out.
std::vector<const SoaEntry*> decided_soa_entries(const Repository& repository);

/// "risks.yaml:43:32": where a finding is, relative to the repository root (not to the folder
/// isms ran in, so that the export is the same from anywhere); empty when it has no file.
std::string repository_location(const CheckReport& report, const Diagnostic& diagnostic);
/// The repository-relative path of the file a finding is in; empty when it has none.
std::string repository_file(const CheckReport& report, const Diagnostic& diagnostic);

/// The system's id, the same in the SSP and the POA&M: a UUID made from the organisation's name.
Json system_id(const Repository& repository);

/// A back-matter resource that names another document of the export by its file name.
Json sibling_resource(std::string_view uuid_name, std::string_view title, std::string_view file,
                      std::string_view media_type);

/// The document as written: `{"<root_key>": {"uuid": ..., body...}}`, pretty-printed, ending in
/// a newline. The UUID is made from the rest of the content: OSCAL asks for a new UUID on every
/// revision of a document, and this gives one exactly when something changed.
std::string finish_document(std::string_view root_key, const Json& body);

}  // namespace isms
