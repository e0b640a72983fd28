#include "oscal/oscal_document.h"

#include <fmt/format.h>

#include "model/catalogue.h"
#include "oscal/oscal.h"
#include "oscal/oscal_text.h"
#include "util/sha256.h"

namespace isms {
namespace {

/// Serialised as everywhere in isms: text that is not valid UTF-8 becomes U+FFFD instead of
/// stopping the export.
std::string serialise(const Json& value, int indent) {
  return value.dump(indent, ' ', false, Json::error_handler_t::replace);
}

std::string blocking_remarks(const ExportInput& input) {
  std::string text = fmt::format(
      "{}: {} finding{} of `isms check` make{} this document wrong; it was exported with --force.\n",
      kDraftMarking, input.blocking.size(), input.blocking.size() == 1 ? "" : "s", input.blocking.size() == 1 ? "s" : "");
  for (const Diagnostic& diagnostic : input.blocking) {
    const std::string where = input.report != nullptr ? repository_location(*input.report, diagnostic) : std::string();
    // The message and path come from the data: escaped, so that they stay text.
    text += fmt::format("\n- {} {}: {}", diagnostic.code, where.empty() ? "(repository)" : markup_line(where, ""),
                        markup_line(diagnostic.message, "(no message)"));
  }
  return text;
}

}  // namespace

std::string oscal_uuid(std::string_view name) { return uuid_text(uuid_v5(isms_oscal_namespace(), name)); }

Json prop(std::string_view name, std::string_view value) {
  return Json{{"name", std::string(name)}, {"value", plain_line(value, "unknown")}};
}

Json isms_prop(std::string_view name, std::string_view value) {
  return Json{{"name", std::string(name)}, {"ns", std::string(kIsmsPropNamespace)}, {"value", plain_line(value, "unknown")}};
}

std::string generation_timestamp(const ExportInput& input) { return input.date + "T00:00:00Z"; }

Json document_metadata(const ExportInput& input, std::string_view title, std::string_view version) {
  Json metadata;
  metadata["title"] = markup_line(title, "ISMS");
  metadata["last-modified"] = generation_timestamp(input);
  metadata["version"] = plain_line(version, "unversioned");
  metadata["oscal-version"] = std::string(kOscalVersion);
  Json props = Json::array();
  if (input.draft()) props.push_back(prop("marking", kDraftMarking));
  props.push_back(isms_prop("generator", std::string("isms ") + ISMS_VERSION));
  if (!input.git_commit.empty()) {
    props.push_back(isms_prop("git-commit", input.git_commit));
    if (input.git_modified) props.push_back(isms_prop("git-working-tree", "modified"));
  }
  metadata["props"] = std::move(props);
  if (input.draft()) metadata["remarks"] = blocking_remarks(input);
  return metadata;
}

std::string organisation_party_uuid() { return oscal_uuid("isms:party:organisation"); }

std::string organisation_name(const Repository& repository) {
  return plain_line(repository.manifest.organisation_name.value, "The organisation");
}

Json organisation_party(const Repository& repository) {
  return Json{{"uuid", organisation_party_uuid()}, {"type", "organization"}, {"name", organisation_name(repository)}};
}

std::string register_version(const Repository& repository, std::string_view register_name) {
  for (const RegisterInfo& info : repository.registers) {
    if (info.name == register_name && info.control.version.present) {
      return plain_line(info.control.version.value, "unversioned");
    }
  }
  return "unversioned";
}

std::string repository_file(const CheckReport& report, const Diagnostic& diagnostic) {
  const SourceFile* file = source_file_of(report, diagnostic);
  return file == nullptr ? std::string() : file->relative_path;
}

std::string repository_location(const CheckReport& report, const Diagnostic& diagnostic) {
  std::string label = repository_file(report, diagnostic);
  if (label.empty()) return label;
  const SourceLocation& where = diagnostic.location;
  if (where.line != 0) label += fmt::format(":{}", where.line);
  if (where.line != 0 && where.column != 0) label += fmt::format(":{}", where.column);
  return label;
}

Json system_id(const Repository& repository) {
  return Json{{"identifier-type", "https://ietf.org/rfc/rfc4122"},
              {"id", oscal_uuid("isms:system:" + organisation_name(repository))}};
}

std::vector<const SoaEntry*> decided_soa_entries(const Repository& repository) {
  std::vector<const SoaEntry*> entries;
  for (const AnnexAControl& control : annex_a_controls()) {
    for (const SoaEntry& entry : repository.soa) {
      if (entry.control.value == control.id && entry.applicable.present) {
        entries.push_back(&entry);
        break;
      }
    }
  }
  return entries;
}

Json sibling_resource(std::string_view uuid_name, std::string_view title, std::string_view file,
                      std::string_view media_type) {
  return Json{{"uuid", oscal_uuid(uuid_name)},
              {"title", markup_line(title, "Document")},
              {"rlinks", Json::array({Json{{"href", std::string(file)}, {"media-type", std::string(media_type)}}})}};
}

std::string finish_document(std::string_view root_key, const Json& body) {
  const std::string content = serialise(body, -1);
  Json model;
  model["uuid"] = oscal_uuid(fmt::format("isms:{}:document:{}", root_key, sha256_hex(content)));
  for (const auto& [key, value] : body.items()) model[key] = value;
  Json document;
  document[std::string(root_key)] = std::move(model);
  return serialise(document, 2) + "\n";
}

}  // namespace isms
