// `isms migrate soa --from 2013`: a Statement of Applicability over the 114 controls of
// ISO/IEC 27001:2013 becomes one over the 93 controls of the 2022 edition, following the
// correspondence of ISO/IEC 27002:2022 Annex B (the catalogue's replacements_2013()).
#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "load/decode_fields.h"
#include "load/decode_registers.h"
#include "import/soa_rows.h"
#include "model/catalogue.h"
#include "load/yaml_tree.h"

namespace isms {
namespace {

/// The 2013 ids in the order of the catalogue, each once.
std::vector<std::string_view> ids_2013() {
  std::vector<std::string_view> ids;
  for (const Replacement2013& row : replacements_2013()) {
    if (ids.empty() || ids.back() != row.id_2013) ids.push_back(row.id_2013);
  }
  return ids;
}

/// Comment lines that stand for a control still to be decided, ready to uncomment.
void write_decision(YamlRecordWriter& writer, const AnnexAControl& control, bool new_in_2022) {
  writer.comment(fmt::format("DECISION NEEDED: {} {} {}.", control.id, control.title,
                             new_in_2022 ? "is new in ISO/IEC 27001:2022" : "has no 2013 source in the input"));
  writer.comment(fmt::format("- control: {}", control.id));
  writer.comment("  applicable:     # true or false");
  writer.comment("  justification:  # why it is included or excluded");
  writer.comment("  reasons: []     # risk, legal, contract, business, best-practice");
  writer.comment("  status:         # not-started, planned, partial, implemented or not-applicable");
  writer.comment("  owner:");
}

/// Builds the 2022 SoA from 2013 records that were read without errors.
void migrate_records(const std::vector<SoaRecord>& records, const ImportSettings& settings, std::string_view owner,
                     MigrationResult& result) {
  std::map<std::string, std::vector<const SoaRecord*>, std::less<>> groups;
  std::set<std::string, std::less<>> present;
  for (const SoaRecord& record : records) {
    present.insert(record.control.id);
    for (const std::string& target : replacements_of(record.control.id)) groups[target].push_back(&record);
  }
  std::set<std::string_view> replaced;  // 2022 controls that some 2013 control maps to
  for (const Replacement2013& row : replacements_2013()) replaced.insert(row.id_2022);
  std::size_t missing = 0;
  for (std::string_view id : ids_2013()) missing += present.contains(id) ? 0 : 1;

  std::vector<std::string> comments = {
      fmt::format("Migrated with `isms migrate soa --from 2013` from {}: each ISO/IEC 27001:2013 control is", settings.source),
      "written as the 2022 control(s) replacing it (ISO/IEC 27002:2022 Annex B). A control made of several",
      "2013 controls is applicable if any of them was, has the weakest status of the applicable ones, and",
      "its justification quotes each 2013 control by id.",
      "Controls marked DECISION NEEDED have no 2013 source: decide whether they apply and add them;",
      "until then 'isms check' reports each as missing (SOA002).",
      "A draft: review it, then record its approval in register.approval."};
  YamlRecordWriter writer(settings.schema_path.empty() ? schema_path_for("soa", "", "") : settings.schema_path, comments, "0.1", owner, "controls");
  for (const AnnexAControl& control : annex_a_controls()) {
    MigratedControl migrated{std::string(control.id), {}};
    const auto group = groups.find(control.id);
    if (group == groups.end()) {
      const bool is_new = !replaced.contains(control.id);
      (is_new ? result.new_in_2022 : result.not_in_input).push_back(std::string(control.id));
      write_decision(writer, control, is_new);
    } else {
      const SoaOutputEntry entry = merge_2013_sources(control.id, group->second);
      migrated.from_2013 = entry.from_2013;
      write_soa_entry(writer, entry);
    }
    result.controls.push_back(std::move(migrated));
  }
  if (missing > 0) {
    result.warnings.push_back({0, fmt::format("the input lists {} of the {} ISO/IEC 27001:2013 controls", present.size(),
                                              ids_2013().size())});
  }
  result.yaml = writer.finish();
}

/// Checks that every record is a 2013 control listed once; reports the others.
std::vector<SoaRecord> only_2013(std::vector<SoaRecord> records, const char* unit, MigrationResult& result) {
  std::vector<SoaRecord> kept;
  std::map<std::string, std::uint32_t, std::less<>> seen;
  for (SoaRecord& record : records) {
    if (record.control.edition == ControlEdition::Edition2022) {
      result.errors.push_back({record.row, fmt::format("control {} is an ISO/IEC 27001:2022 id; migrate reads a 2013 SoA "
                                                       "(a 2022 one is imported with 'isms import soa')",
                                                       record.control.id)});
    } else if (const auto earlier = seen.find(record.control.id); earlier != seen.end()) {
      result.errors.push_back(
          {record.row, fmt::format("control {} is already on {} {}", record.control.id, unit, earlier->second)});
    } else {
      seen.emplace(record.control.id, record.row);
      kept.push_back(std::move(record));
    }
  }
  return kept;
}

}  // namespace

MigrationResult migrate_soa_table(const Table& table, const ColumnMapping& mapping, const ImportSettings& settings) {
  MigrationResult result;
  std::vector<SoaRecord> records;
  for (std::size_t index = 1; index < table.rows.size(); ++index) {
    RowReport report(table.rows[index].number, result.errors, result.warnings);
    const RowFields fields(table.rows[index], mapping, table.date1904, report);
    SoaRecord record;
    if (read_soa_row(fields, record)) records.push_back(std::move(record));
  }
  records = only_2013(std::move(records), "row", result);
  result.sources = records.size();
  if (records.empty() && result.errors.empty()) result.errors.push_back({0, "the sheet has no 2013 controls to migrate"});
  if (!result.errors.empty()) return result;
  migrate_records(records, settings, settings.owner.empty() ? "TBD" : settings.owner, result);
  return result;
}

MigrationResult migrate_soa_yaml(std::string_view text, const ImportSettings& settings) {
  MigrationResult result;
  YamlDocument document;
  DiagnosticSink sink;
  if (!parse_yaml(text, 1, Limits{}, document, sink) || document.root == nullptr ||
      document.root->kind != YamlKind::Mapping) {
    for (const Diagnostic& diagnostic : sink.all()) result.errors.push_back({diagnostic.location.line, diagnostic.message});
    if (result.errors.empty()) result.errors.push_back({1, "the file is not an SoA: it is not a YAML mapping"});
    return result;
  }
  const FieldReader read(sink);
  const RegisterControl control = decode_register_control(*document.root, read);
  std::vector<SoaRecord> records;
  for (const YamlNode* node : read.records(document.root, "controls")) {
    SoaRecord record;
    record.row = node->location.line;
    const std::size_t errors_before = result.errors.size();
    const auto error = [&](std::string message) { result.errors.push_back({record.row, std::move(message)}); };
    const Text id = read.text(node, "control");
    record.control = parse_control_id(id.value);
    if (!id.present) error("the entry has no control");
    if (id.present && record.control.edition == ControlEdition::Invalid) {
      error(fmt::format("control {} is not an Annex A control id", quote_for_message(id.value)));
    }
    const Flag applicable = read.flag(node, "applicable");
    const Text applicable_text = read.text(node, "applicable");
    std::optional<bool> value = applicable.present ? std::optional<bool>(applicable.value)
                                                   : parse_yes_no(Cell{applicable_text.value, CellType::Text});
    if (!value) error(fmt::format("applicable {} is not true/false", quote_for_message(applicable_text.value)));
    record.applicable = value.value_or(false);
    record.justification = trim(read.text(node, "justification").value);
    if (record.justification.empty()) error("justification is empty");
    const Text status = read.text(node, "status");
    if (std::optional<std::string> parsed = parse_status(status.value)) {
      record.status = *parsed;
    } else if (!status.present && !record.applicable) {
      record.status = "not-applicable";
    } else {
      error(fmt::format("status {} is not an implementation status", quote_for_message(status.value)));
    }
    record.owner = trim(read.text(node, "owner").value);
    record.ai_coverage = trim(read.text(node, "ai_coverage").value);
    for (const Text& reason : read.list(node, "reasons")) {
      if (std::optional<std::string> parsed = parse_reason(reason.value)) record.reasons.push_back(*parsed);
    }
    for (const Text& item : read.list(node, "evidence")) record.evidence.push_back(item.value);
    for (const Text& item : read.list(node, "documents")) record.documents.push_back(item.value);
    if (result.errors.size() == errors_before) records.push_back(std::move(record));
  }
  records = only_2013(std::move(records), "line", result);
  result.sources = records.size();
  if (records.empty() && result.errors.empty()) result.errors.push_back({1, "the file has no 2013 controls to migrate"});
  if (!result.errors.empty()) return result;
  std::string owner = settings.owner;
  if (owner.empty()) owner = control.owner.present && !control.owner.value.empty() ? control.owner.value : "TBD";
  migrate_records(records, settings, owner, result);
  return result;
}

}  // namespace isms
