// Risk rows: the risk register's fields, with scale labels, treatment words and control ids
// read the way risk spreadsheets write them.
#include <fmt/format.h>

#include "import/import_records.h"
#include "import/register_rows.h"

namespace isms {
namespace {

std::optional<std::string> parse_treatment(std::string_view text) {
  struct Word {
    std::string_view key;
    std::string_view treatment;
  };
  static constexpr Word kWords[] = {
      {"modify", "modify"}, {"mitigate", "modify"}, {"mitigation", "modify"}, {"reduce", "modify"},
      {"reduction", "modify"}, {"treat", "modify"}, {"control", "modify"}, {"modification", "modify"},
      {"share", "share"}, {"transfer", "share"}, {"insure", "share"}, {"insurance", "share"}, {"sharing", "share"},
      {"avoid", "avoid"}, {"avoidance", "avoid"}, {"terminate", "avoid"}, {"eliminate", "avoid"},
      {"accept", "accept"}, {"acceptance", "accept"}, {"retain", "accept"}, {"retention", "accept"},
      {"tolerate", "accept"},
  };
  const std::string key = normalise_key(text);
  for (const Word& word : kWords) {
    if (word.key == key) return std::string(word.treatment);
  }
  return std::nullopt;
}

std::optional<std::string> parse_threat_category(std::string_view text) {
  const std::string key = normalise_key(text);
  for (std::string_view category : kThreatCategoryValues) {
    if (normalise_key(category) == key) return std::string(category);
  }
  return std::nullopt;
}

/// A score on a risk scale: a number ("3", "3 - Possible") or one of the scale's labels.
std::optional<std::int64_t> read_score(const RowFields& fields, std::string_view field, bool required,
                                       std::int64_t min, const std::vector<std::string>& labels) {
  const std::string text = fields.text(field);
  if (text.empty()) {
    if (required && !fields.unreadable(field)) fields.report().error(fmt::format("{} is empty", field));
    return std::nullopt;
  }
  if (std::optional<std::int64_t> number = parse_whole_number(text)) return number;
  for (std::size_t index = 0; index < labels.size(); ++index) {
    if (normalise_key(labels[index]) == normalise_key(text)) return min + static_cast<std::int64_t>(index);
  }
  std::string message = fmt::format("{} {} is not a whole number", field, quote_for_message(text));
  if (!labels.empty()) {
    std::string names;
    for (const std::string& label : labels) names += (names.empty() ? "" : ", ") + label;
    message += fmt::format(" or a label of the scale ({})", names);
  }
  fields.report().error(message);
  return std::nullopt;
}

}  // namespace

YamlFields convert_risk_row(const RowFields& fields, const ImportSettings& settings) {
  RowReport& report = fields.report();
  YamlFields out;
  out.push_back(text_field("id", fields.id("id", true)));
  out.push_back(text_field("title", fields.required_text("title")));
  out.push_back(text_field("threat", fields.required_text("threat")));
  if (const std::string category = fields.text("threat_category"); !category.empty()) {
    std::optional<std::string> value = parse_threat_category(category);
    if (!value) {
      report.error(fmt::format("threat_category {} is not {}", quote_for_message(category),
                               values_or(kThreatCategoryValues)));
    }
    out.push_back(text_field("threat_category", value.value_or("")));
  }
  out.push_back(text_field("vulnerability", fields.required_text("vulnerability")));
  std::vector<std::string> assets = fields.id_list("assets");
  if (assets.empty() && fields.text("assets").empty() && !fields.unreadable("assets")) report.error("assets is empty; name at least one asset id");
  out.push_back(list_field("assets", assets));
  out.push_back(text_field("owner", fields.required_text("owner")));
  const std::optional<std::int64_t> likelihood =
      read_score(fields, "likelihood", true, settings.likelihood_min, settings.likelihood_labels);
  const std::optional<std::int64_t> impact = read_score(fields, "impact", true, settings.impact_min, settings.impact_labels);
  out.push_back(integer_field("likelihood", likelihood.value_or(0)));
  out.push_back(integer_field("impact", impact.value_or(0)));

  const std::string treatment_text = fields.required_text("treatment");
  std::optional<std::string> treatment = parse_treatment(treatment_text);
  if (!treatment_text.empty() && !treatment) {
    report.error(fmt::format("treatment {} is not {}", quote_for_message(treatment_text), values_or(kRiskTreatmentValues)));
  }
  out.push_back(text_field("treatment", treatment.value_or("")));
  if (std::vector<std::string> controls = fields.control_list("controls"); !controls.empty()) {
    out.push_back(list_field("controls", controls));
  }

  const std::optional<std::int64_t> residual_likelihood =
      read_score(fields, "residual_likelihood", false, settings.likelihood_min, settings.likelihood_labels);
  const std::optional<std::int64_t> residual_impact =
      read_score(fields, "residual_impact", false, settings.impact_min, settings.impact_labels);
  if (residual_likelihood && residual_impact) {
    out.push_back(flow_field("residual", {{"likelihood", std::to_string(*residual_likelihood)},
                                          {"impact", std::to_string(*residual_impact)}}));
  } else if (residual_likelihood.has_value() != residual_impact.has_value() && !report.failed()) {
    report.error("residual risk needs both residual_likelihood and residual_impact, or neither");
  }

  const std::string by = fields.text("acceptance_by");
  const std::string role = fields.text("acceptance_role");
  const std::string date = fields.date("acceptance_date");
  const int given = (by.empty() ? 0 : 1) + (role.empty() ? 0 : 1) + (date.empty() ? 0 : 1);
  if (given == 3) {
    out.push_back(flow_field("acceptance", {{"by", yaml_scalar(by)}, {"role", yaml_scalar(role)}, {"date", date}}));
  } else if (given != 0 && !report.failed()) {
    report.error("risk acceptance needs acceptance_by, acceptance_role and acceptance_date together");
  }
  if (std::string review = fields.date("review_date"); !review.empty()) out.push_back(date_field("review_date", review));
  return out;
}

}  // namespace isms
