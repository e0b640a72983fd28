// `isms diff --format json`: every change as data, documented in docs/reference/commands.md.
#include <string>

#include <nlohmann/json.hpp>

#include "diff/diff_format.h"

namespace isms {
namespace {

// ordered_json keeps keys in the documented order.
using Json = nlohmann::ordered_json;

/// Bump when a field is removed or changes meaning; adding fields keeps the version.
constexpr int kDiffSchemaVersion = 1;

/// Absent values are null, so consumers cannot mistake them for real empty text.
Json text_or_null(const std::string& value) { return value.empty() ? Json(nullptr) : Json(value); }

Json before_after(const std::string& before, const std::string& after) {
  return Json{{"before", text_or_null(before)}, {"after", text_or_null(after)}};
}

Json side_json(const DiffSide& side) {
  return Json{{"label", side.label},
              {"kind", side.kind},
              {"commit", text_or_null(side.commit)},
              {"files", side.files},
              {"findings", {{"errors", side.findings.errors}, {"warnings", side.findings.warnings}, {"notes", side.findings.notes}}}};
}

Json level_json(const RiskLevel& level, bool exists) {
  if (!exists || !level.known) return nullptr;
  return Json{{"likelihood", level.likelihood}, {"impact", level.impact}, {"level", level.level}};
}

Json crossing_json(Crossing crossing) {
  switch (crossing) {
    case Crossing::Up: return "up";
    case Crossing::Down: return "down";
    case Crossing::None: break;
  }
  return nullptr;
}

Json risk_json(const RiskChange& risk) {
  const bool had = risk.kind != ChangeKind::Added;
  const bool has = risk.kind != ChangeKind::Removed;
  Json entry;
  entry["id"] = risk.id;
  entry["title"] = risk.title;
  entry["change"] = std::string(change_kind_name(risk.kind));
  entry["inherent"] = {{"before", level_json(risk.inherent_before, had)}, {"after", level_json(risk.inherent_after, has)}};
  entry["residual"] = {{"before", level_json(risk.residual_before, had)}, {"after", level_json(risk.residual_after, has)}};
  entry["treatment"] = before_after(had ? risk.treatment_before : "", has ? risk.treatment_after : "");
  entry["threshold"] = {{"before", risk.threshold_before}, {"after", risk.threshold_after}};
  entry["above_threshold"] = {{"before", had ? Json(risk.above_before) : Json(nullptr)},
                              {"after", has ? Json(risk.above_after) : Json(nullptr)}};
  entry["crossing"] = crossing_json(risk.crossing);
  return entry;
}

Json control_json(const ControlChange& control) {
  Json entry;
  entry["control"] = control.control;
  entry["title"] = text_or_null(control.title);
  entry["applicability"] = before_after(control.applicability_before, control.applicability_after);
  entry["status"] = before_after(control.status_before, control.status_after);
  entry["justification"] = control.applicability_after == "excluded"
                               ? before_after(control.justification_before, control.justification_after)
                               : Json(nullptr);
  return entry;
}

Json scope_json(const ScopeChange& change) {
  return Json{{"aspect", change.aspect}, {"id", change.id},         {"name", text_or_null(change.name)},
              {"change", std::string(change_kind_name(change.kind))}, {"before", text_or_null(change.before)},
              {"after", text_or_null(change.after)}};
}

Json record_json(const RecordChange& record) {
  Json fields = Json::array();
  for (const FieldChange& field : record.fields) {
    Json entry = {{"field", field.field}, {"before", text_or_null(field.before)}, {"after", text_or_null(field.after)}};
    if (field.list) {
      entry["added"] = field.added;
      entry["removed"] = field.removed;
    }
    fields.push_back(std::move(entry));
  }
  return Json{{"register", record.register_name}, {"id", record.id},
              {"title", text_or_null(record.title)}, {"change", std::string(change_kind_name(record.kind))},
              {"fields", std::move(fields)}};
}

Json findings_json(const std::vector<FindingChange>& findings) {
  Json list = Json::array();
  for (const FindingChange& finding : findings) {
    list.push_back({{"code", finding.code},
                    {"severity", std::string(severity_name(finding.severity))},
                    {"file", text_or_null(finding.file)},
                    {"line", finding.line == 0 ? Json(nullptr) : Json(finding.line)},
                    {"message", finding.message},
                    {"hint", text_or_null(finding.hint)},
                    {"fingerprint", finding.fingerprint}});
  }
  return list;
}

template <typename Change, typename Convert>
Json list_json(const std::vector<Change>& changes, Convert convert) {
  Json list = Json::array();
  for (const Change& change : changes) list.push_back(convert(change));
  return list;
}

}  // namespace

std::string format_diff_json(const DiffReport& report) {
  const DiffCounts counts = count_changes(report);
  const ModelDiff& changes = report.changes;
  Json document;
  document["schema_version"] = kDiffSchemaVersion;
  document["tool"] = {{"name", "isms"}, {"version", report.tool_version}};
  document["as_of"] = report.as_of;
  document["base"] = side_json(report.base);
  document["head"] = side_json(report.head);
  document["git_prefix"] = report.base.kind == "revision" ? Json(report.prefix) : Json(nullptr);
  document["summary"] = {{"threshold_crossings", counts.crossings},
                         {"controls", changes.controls.size()},
                         {"scope", changes.scope.size()},
                         {"risks", changes.risks.size()},
                         {"records_added", counts.records_added},
                         {"records_removed", counts.records_removed},
                         {"records_changed", counts.records_changed},
                         {"new_findings", report.new_findings.size()},
                         {"new_errors", counts.new_errors},
                         {"fixed_findings", report.fixed_findings.size()}};
  Json incomplete = Json::array();
  for (const IncompleteRegister& entry : changes.incomplete) incomplete.push_back({{"register", entry.register_name}, {"side", entry.side}});
  document["incomplete_registers"] = std::move(incomplete);
  Json crossings = Json::array();
  for (const RiskChange& risk : changes.risks) {
    if (risk.crossing != Crossing::None) crossings.push_back(risk_json(risk));
  }
  document["threshold_crossings"] = std::move(crossings);
  document["controls"] = list_json(changes.controls, control_json);
  document["risks"] = list_json(changes.risks, risk_json);
  document["scope"] = list_json(changes.scope, scope_json);
  document["records"] = list_json(changes.records, record_json);
  document["findings"] = {{"new", findings_json(report.new_findings)}, {"fixed", findings_json(report.fixed_findings)}};
  std::string out = document.dump(2, ' ', false, Json::error_handler_t::replace);
  out += '\n';
  return out;
}

}  // namespace isms
