// Asset rows: the asset inventory's fields, with asset types and classification levels matched
// to the words the schema and the manifest use.
#include <fmt/format.h>

#include "import/import_records.h"
#include "import/register_rows.h"

namespace isms {
namespace {

/// The schema's asset types, and everyday words for them, as normalise_key() writes them.
std::optional<std::string> parse_asset_type(std::string_view text) {
  struct Word {
    std::string_view key;
    AssetType type;
  };
  static constexpr Word kWords[] = {
      {"information", AssetType::Information}, {"data", AssetType::Information},
      {"informationasset", AssetType::Information}, {"record", AssetType::Information},
      {"records", AssetType::Information}, {"document", AssetType::Information},
      {"documents", AssetType::Information}, {"database", AssetType::Information},
      {"dataset", AssetType::Information}, {"software", AssetType::Software},
      {"application", AssetType::Software}, {"app", AssetType::Software}, {"sourcecode", AssetType::Software},
      {"hardware", AssetType::Hardware}, {"device", AssetType::Hardware}, {"server", AssetType::Hardware},
      {"laptop", AssetType::Hardware}, {"equipment", AssetType::Hardware},
      {"networkdevice", AssetType::Hardware}, {"service", AssetType::Service},
      {"cloudservice", AssetType::Service}, {"saas", AssetType::Service}, {"paas", AssetType::Service},
      {"iaas", AssetType::Service}, {"people", AssetType::People}, {"person", AssetType::People},
      {"staff", AssetType::People}, {"personnel", AssetType::People}, {"site", AssetType::Site},
      {"office", AssetType::Site}, {"facility", AssetType::Site}, {"premises", AssetType::Site},
      {"building", AssetType::Site}, {"modelweights", AssetType::ModelWeights},
      {"model", AssetType::ModelWeights}, {"mlmodel", AssetType::ModelWeights},
      {"trainingdataset", AssetType::TrainingDataset}, {"trainingdata", AssetType::TrainingDataset},
      {"vectorstore", AssetType::VectorStore}, {"vectordatabase", AssetType::VectorStore},
      {"inferenceendpoint", AssetType::InferenceEndpoint}, {"datapipeline", AssetType::DataPipeline},
      {"experimenttracking", AssetType::ExperimentTracking}, {"agent", AssetType::Agent},
      {"aiagent", AssetType::Agent}, {"thirdpartymodelapi", AssetType::ThirdPartyModelApi},
      {"modelapi", AssetType::ThirdPartyModelApi},
  };
  const std::string key = normalise_key(text);
  for (const Word& word : kWords) {
    if (word.key == key) return std::string(text_of(word.type));
  }
  return std::nullopt;
}

}  // namespace

YamlFields convert_asset_row(const RowFields& fields, const ImportSettings& settings) {
  RowReport& report = fields.report();
  YamlFields out;
  out.push_back(text_field("id", fields.id("id", true)));
  out.push_back(text_field("name", fields.required_text("name")));

  const std::string type_text = fields.required_text("type");
  std::optional<std::string> type = parse_asset_type(type_text);
  if (!type_text.empty() && !type) {
    report.error(fmt::format("type {} is not an asset type ({})", quote_for_message(type_text),
                             values_listed(kAssetTypeValues)));
  }
  out.push_back(text_field("type", type.value_or("")));
  out.push_back(text_field("owner", fields.required_text("owner")));

  std::string classification = fields.required_text("classification");
  bool known_level = false;
  for (const std::string& level : settings.classification_levels) {
    if (normalise_key(level) == normalise_key(classification) && !classification.empty()) {
      classification = level;  // the manifest's spelling: "Restricted" becomes "restricted"
      known_level = true;
    }
  }
  if (!classification.empty() && !known_level) {
    std::string levels;
    for (const std::string& level : settings.classification_levels) levels += (levels.empty() ? "" : ", ") + level;
    report.warning(fmt::format("classification {} is not one of the manifest's levels ({}); isms check reports it",
                               quote_for_message(classification), levels));
  }
  out.push_back(text_field("classification", classification));
  out.push_back(text_field("location", fields.required_text("location")));

  out.push_back(bool_field("personal_data", fields.yes_no("personal_data", true).value_or(false)));

  if (std::vector<std::string> derived = fields.id_list("derived_from"); !derived.empty()) {
    std::string list;
    for (const std::string& id : derived) list += (list.empty() ? "" : ", ") + id;
    out.push_back(flow_field("lineage", {{"derived_from", "[" + list + "]"}}));
  }
  if (std::string supplier = fields.id("supplier", false); !supplier.empty()) out.push_back(text_field("supplier", supplier));
  for (const char* key : {"retention", "lawful_basis"}) {
    if (std::string value = fields.text(key); !value.empty()) out.push_back(text_field(key, value));
  }
  for (const char* key : {"version_controlled", "backup"}) {
    if (std::optional<bool> value = fields.yes_no(key, false)) out.push_back(bool_field(key, *value));
  }
  for (const char* key : {"privileges", "logging", "description"}) {
    if (std::string value = fields.text(key); !value.empty()) out.push_back(text_field(key, value));
  }
  return out;
}

}  // namespace isms
