// Rows below the header into one register file: convert each row, drop the bad ones, and write
// the good ones in the repository format.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "import/declared_rows.h"
#include "import/soa_rows.h"
#include "model/catalogue.h"

namespace isms {
namespace {

/// The first lines of an imported file.
std::vector<std::string> header_comments(ImportTarget target, const ImportSettings& settings) {
  return {fmt::format("Imported with `isms import {}` from {}.", import_target_name(target), settings.source),
          "A draft: check every entry, then record the approval in register.approval."};
}

/// Adds the SoA entries of the good rows; 2013 ids are merged into their 2022 controls.
void write_soa(const std::vector<SoaRecord>& records, ImportResult& result, YamlRecordWriter& writer) {
  std::map<std::string, std::vector<const SoaRecord*>, std::less<>> groups;
  std::map<std::string, std::uint32_t, std::less<>> seen;  // id as written -> row
  std::map<std::string, std::uint32_t, std::less<>> written_as_2022;  // 2022 id -> row
  for (const SoaRecord& record : records) {
    const bool is_2013 = record.control.edition == ControlEdition::Edition2013;
    const std::vector<std::string> targets = is_2013 ? replacements_of(record.control.id) : std::vector{record.control.id};
    if (const auto earlier = seen.find(record.control.id); earlier != seen.end()) {
      result.errors.push_back({record.row, fmt::format("control {} is already on row {}", record.control.id, earlier->second)});
      continue;
    }
    std::string clash;
    for (const std::string& target : targets) {
      if (const auto earlier = written_as_2022.find(target); earlier != written_as_2022.end()) {
        clash = fmt::format("{} is already on row {}", target, earlier->second);
      } else if (!is_2013 && groups.contains(target)) {
        clash = fmt::format("{} is already filled by the 2013 control {} on row {}", target,
                            groups[target].front()->control.id, groups[target].front()->row);
      }
    }
    if (!clash.empty()) {
      result.errors.push_back({record.row, is_2013 ? fmt::format("control {} becomes {}, but {}", record.control.id,
                                                                 join_and(targets), clash)
                                                   : fmt::format("control {}", clash)});
      continue;
    }
    seen.emplace(record.control.id, record.row);
    if (is_2013) {
      result.warnings.push_back({record.row, fmt::format("control {} is an ISO/IEC 27001:2013 id; written as {} "
                                                         "(ISO/IEC 27002:2022 Annex B)",
                                                         record.control.id, join_and(targets))});
    } else {
      written_as_2022.emplace(record.control.id, record.row);
    }
    for (const std::string& target : targets) groups[target].push_back(&record);
  }
  for (const AnnexAControl& control : annex_a_controls()) {
    const auto group = groups.find(control.id);
    if (group == groups.end()) continue;
    const std::vector<const SoaRecord*>& sources = group->second;
    const bool from_2013 = sources.front()->control.edition == ControlEdition::Edition2013;
    write_soa_entry(writer, from_2013 ? merge_2013_sources(control.id, sources) : entry_from_2022(*sources.front()));
    ++result.records;
  }
  if (result.records < annex_a_controls().size()) {
    result.notes.push_back(fmt::format("the SoA lists {} of the {} Annex A controls; 'isms check' reports the others (SOA002)",
                                       result.records, annex_a_controls().size()));
  }
}

/// What tells a record from the others in the sheet: its id, or for a nested record its parent
/// and the fields its target matches on ("P-003, ISO 27001 Lead Implementer, 2025-04-11").
std::string record_key(ImportTarget target, const YamlFields& record) {
  const NestedList& nested = import_target_info(target).nested;
  if (nested.empty()) return record.front().text;
  std::string key = record.front().text;
  for (std::string_view name : nested.match_fields()) {
    for (const YamlField& field : record) {
      if (field.key == name) key += ", " + field.text;
    }
  }
  return key;
}

}  // namespace

ImportResult import_table(ImportTarget target, const Table& table, const ColumnMapping& mapping,
                          const ImportSettings& settings) {
  ImportResult result;
  const std::string schema_path =
      settings.schema_path.empty() ? schema_path_for(import_register_name(target), "", "") : settings.schema_path;
  YamlRecordWriter writer(schema_path, header_comments(target, settings), "0.1",
                          settings.owner.empty() ? "TBD" : settings.owner, import_record_shape(target).list_key);
  std::vector<SoaRecord> soa_records;
  std::map<std::string, std::uint32_t, std::less<>> ids;  // record id -> row
  for (std::size_t index = 1; index < table.rows.size(); ++index) {
    const SheetRow& row = table.rows[index];
    ++result.data_rows;
    RowReport report(row.number, result.errors, result.warnings);
    const RowFields fields(row, mapping, table.date1904, report);
    if (target == ImportTarget::Soa) {
      SoaRecord record;
      if (read_soa_row(fields, record)) soa_records.push_back(std::move(record));
      continue;
    }
    const YamlFields record = convert_declared_row(import_record_shape(target), fields, settings);
    if (report.failed()) continue;
    const std::string id = record_key(target, record);
    if (const auto earlier = ids.find(id); earlier != ids.end()) {
      report.error(import_target_info(target).nested.empty()
                       ? fmt::format("id {} is already on row {}", id, earlier->second)
                       : fmt::format("{} {} is already on row {}", import_target_info(target).unit, id, earlier->second));
      continue;
    }
    ids.emplace(id, row.number);
    writer.record(record);
    ++result.records;
  }
  if (target == ImportTarget::Soa) write_soa(soa_records, result, writer);
  std::stable_sort(result.errors.begin(), result.errors.end(),
                   [](const RowProblem& a, const RowProblem& b) { return a.row < b.row; });
  std::stable_sort(result.warnings.begin(), result.warnings.end(),
                   [](const RowProblem& a, const RowProblem& b) { return a.row < b.row; });
  if (result.data_rows == 0) result.errors.push_back({0, "the sheet has a header row but no data rows"});
  if (result.records > 0) result.yaml = writer.finish();
  return result;
}

}  // namespace isms
