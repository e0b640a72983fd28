// The Statement of Applicability (Clause 6.1.3 d): all 93 Annex A controls, grouped by theme.
#include <string>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "model/catalogue.h"
#include "render/document_data.h"

namespace isms {
namespace {

std::string status_label(std::string_view status) {
  if (status == "implemented") return "Implemented";
  if (status == "partial") return "Partially implemented";
  if (status == "planned") return "Planned";
  if (status == "not-started") return "Not started";
  if (status == "not-applicable") return "Not applicable";
  return std::string(status);
}

/// What links to each control from the other registers, built once so each control is a lookup.
struct ControlLinks {
  std::unordered_map<std::string, std::vector<const Risk*>> risks;
  std::unordered_map<std::string, std::vector<std::pair<const InterestedParty*, const Requirement*>>> requirements;
  std::unordered_map<std::string, const Evidence*> evidence;
  std::unordered_map<std::string, const Document*> documents;
  std::unordered_map<std::string, const SoaEntry*> entries;

  explicit ControlLinks(const Repository& repository) {
    for (const Risk& risk : repository.risks) {
      for (const Text& control : risk.controls) risks[control.value].push_back(&risk);
    }
    for (const InterestedParty& party : repository.parties) {
      for (const Requirement& requirement : party.requirements) {
        for (const Text& target : requirement.addressed_by) requirements[target.value].emplace_back(&party, &requirement);
      }
    }
    for (const Evidence& record : repository.evidence) evidence.emplace(record.id.value, &record);
    for (const Document& document : repository.documents) documents.emplace(document.id.value, &document);
    for (const SoaEntry& entry : repository.soa) entries.emplace(entry.control.value, &entry);
  }
};

/// The evidence of an entry, and the date of the newest record.
Json evidence_rows(const SoaEntry& entry, const ControlLinks& links, std::string& latest) {
  Json rows = Json::array();
  for (const Text& id : entry.evidence) {
    auto found = links.evidence.find(id.value);
    const Evidence* record = found == links.evidence.end() ? nullptr : found->second;
    const std::string date = record != nullptr && record->date.present ? record->date.value.text : std::string();
    if (date > latest) latest = date;
    rows.push_back({{"id", id.value}, {"title", record != nullptr ? text_value(record->title) : Json("")}, {"date", date}});
  }
  return rows;
}

Json document_rows(const SoaEntry& entry, const ControlLinks& links) {
  Json rows = Json::array();
  for (const Text& id : entry.documents) {
    auto found = links.documents.find(id.value);
    const Document* document = found == links.documents.end() ? nullptr : found->second;
    rows.push_back({{"id", id.value},
                    {"title", document != nullptr ? text_value(document->title) : Json("")},
                    {"version", document != nullptr ? text_value(document->version) : Json("")}});
  }
  return rows;
}

/// "EV-001 (2026-05-01); EV-002 (2026-06-30)": how a cell in csv, xlsx and Markdown shows a list.
std::string list_text(const Json& rows, const char* detail) {
  std::string out;
  for (const Json& row : rows) {
    if (!out.empty()) out += "; ";
    out += row["id"].get<std::string>();
    const std::string extra = row[detail].get<std::string>();
    if (!extra.empty()) out += fmt::format(" ({})", extra);
  }
  return out;
}

Json control_row(const AnnexAControl& control, const ControlLinks& links) {
  Json row;
  const std::string id(control.id);
  row["id"] = id;
  row["title"] = std::string(control.title);
  auto found = links.entries.find(id);
  const SoaEntry* entry = found == links.entries.end() ? nullptr : found->second;
  const bool decided = entry != nullptr && entry->applicable.present;
  const bool applicable = decided && entry->applicable.value;
  row["decided"] = decided;
  row["applicable"] = applicable;
  row["excluded"] = decided && !applicable;
  row["applicability"] = !decided ? "Not decided" : applicable ? "Applicable" : "Excluded";
  row["justification"] = entry != nullptr ? text_value(entry->justification) : Json("");
  row["ai_coverage"] = entry != nullptr ? text_value(entry->ai_coverage) : Json("");
  Json reasons = Json::array();
  if (entry != nullptr) {
    for (const Text& reason : entry->reasons) reasons.push_back(reason.value);
  }
  row["reasons"] = reasons;
  row["reasons_text"] = entry != nullptr ? joined(entry->reasons) : std::string();
  const std::string status = entry != nullptr ? text_of(entry->status) : std::string();
  row["status"] = status;
  row["status_label"] = status_label(status);
  row["owner"] = entry != nullptr ? text_value(entry->owner) : Json("");

  Json risks = Json::array();
  if (auto linked = links.risks.find(id); linked != links.risks.end()) {
    for (const Risk* risk : linked->second) risks.push_back({{"id", risk->id.value}, {"title", text_value(risk->title)}});
  }
  Json requirements = Json::array();
  if (auto linked = links.requirements.find(id); linked != links.requirements.end()) {
    for (const auto& [party, requirement] : linked->second) {
      requirements.push_back({{"id", requirement->id.value}, {"party", text_value(party->name)}});
    }
  }
  row["risks_text"] = list_text(risks, "title");
  row["requirements_text"] = list_text(requirements, "party");
  row["risks"] = std::move(risks);
  row["requirements"] = std::move(requirements);
  Json documents = entry != nullptr ? document_rows(*entry, links) : Json::array();
  row["documents_text"] = list_text(documents, "version");
  row["documents"] = std::move(documents);
  std::string latest;
  Json evidence = entry != nullptr ? evidence_rows(*entry, links, latest) : Json::array();
  row["evidence_text"] = list_text(evidence, "date");
  row["evidence"] = std::move(evidence);
  row["latest_evidence"] = latest;
  return row;
}

/// Counts of one group of control rows.
Json totals_of(const Json& rows) {
  std::size_t applicable = 0, excluded = 0, undecided = 0, implemented = 0, partial = 0, planned = 0;
  for (const Json& row : rows) {
    if (!row["decided"].get<bool>()) ++undecided;
    if (row["excluded"].get<bool>()) ++excluded;
    if (!row["applicable"].get<bool>()) continue;
    ++applicable;
    const std::string status = row["status"].get<std::string>();
    if (status == "implemented") ++implemented;
    if (status == "partial") ++partial;
    if (status == "planned" || status == "not-started") ++planned;
  }
  return Json{{"controls", rows.size()}, {"applicable", applicable}, {"excluded", excluded},
              {"undecided", undecided},  {"implemented", implemented}, {"partial", partial},
              {"planned", planned}};
}

}  // namespace

Json soa_data(const DocumentInput& input) {
  const Repository& repository = input.repository;
  const ControlLinks links(repository);
  Json data;
  data["document"] = document_header(input, "Statement of Applicability");

  Json body;
  RegisterControl control;
  for (const RegisterInfo& info : repository.registers) {
    if (info.name == "soa") control = info.control;
  }
  body["version"] = text_value(control.version);
  body["owner"] = text_value(control.owner);
  body["approval"] = approval_value(control.approval);
  body["last_review"] = date_value(control.last_review);

  Json all_rows = Json::array();
  Json themes = Json::array();
  for (const AnnexATheme& theme : annex_a_themes()) {
    Json rows = Json::array();
    for (const AnnexAControl& annex_control : annex_a_controls()) {
      if (annex_control.theme != theme.key) continue;
      Json row = control_row(annex_control, links);
      row["theme"] = std::string(theme.title);
      all_rows.push_back(row);
      rows.push_back(std::move(row));
    }
    Json group;
    group["number"] = std::string(theme.number);
    group["title"] = std::string(theme.title);
    group["totals"] = totals_of(rows);
    group["controls"] = std::move(rows);
    themes.push_back(std::move(group));
  }
  body["totals"] = totals_of(all_rows);
  body["themes"] = std::move(themes);
  data["soa"] = std::move(body);
  return data;
}

}  // namespace isms
