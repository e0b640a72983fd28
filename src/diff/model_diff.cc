#include "diff/model_diff.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "diff/record_fields.h"
#include "model/catalogue.h"

namespace isms {
namespace {

/// Records by id.
template <typename Record>
using Index = std::unordered_map<std::string, const Record*>;

/// Indexes records by id; with duplicate ids the first one counts, as ID001 already reports the rest.
template <typename Record, typename Key>
Index<Record> index_by(const std::vector<Record>& records, Key key) {
  Index<Record> index;
  for (const Record& record : records) index.emplace(key(record), &record);
  return index;
}

/// Lists of ids compare as multisets: reordering a list is not a change an auditor cares about.
bool same_items(std::vector<std::string> a, std::vector<std::string> b) {
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  return a == b;
}

FieldChange list_change(const FieldValue* before, const FieldValue& after) {
  FieldChange change{after.name, before != nullptr ? before->text : "", after.text, true, {}, {}};
  const std::vector<std::string> none;
  const std::vector<std::string>& old_items = before != nullptr ? before->items : none;
  const std::set<std::string> old_set(old_items.begin(), old_items.end());
  const std::set<std::string> new_set(after.items.begin(), after.items.end());
  for (const std::string& item : after.items) {
    if (old_set.count(item) == 0 && std::find(change.added.begin(), change.added.end(), item) == change.added.end()) {
      change.added.push_back(item);
    }
  }
  for (const std::string& item : old_items) {
    if (new_set.count(item) == 0 && std::find(change.removed.begin(), change.removed.end(), item) == change.removed.end()) {
      change.removed.push_back(item);
    }
  }
  return change;
}

std::vector<FieldChange> compare_fields(const FlatRecord& base, const FlatRecord& head) {
  std::unordered_map<std::string, const FieldValue*> old_fields;
  for (const FieldValue& field : base.fields) old_fields.emplace(field.name, &field);
  std::vector<FieldChange> changes;
  std::set<std::string> seen;
  for (const FieldValue& field : head.fields) {
    seen.insert(field.name);
    auto found = old_fields.find(field.name);
    const FieldValue* before = found == old_fields.end() ? nullptr : found->second;
    if (field.list) {
      if (before != nullptr && same_items(before->items, field.items)) continue;
      if (before == nullptr && field.items.empty()) continue;
      changes.push_back(list_change(before, field));
      continue;
    }
    const std::string old_text = before != nullptr ? before->text : "";
    if (old_text != field.text) changes.push_back(FieldChange{field.name, old_text, field.text, false, {}, {}});
  }
  // Fields only the base record has, such as a service's `ai` after it became a location.
  for (const FieldValue& field : base.fields) {
    if (seen.count(field.name) != 0 || field.text.empty()) continue;
    FieldChange change{field.name, field.text, "", field.list, {}, field.list ? field.items : std::vector<std::string>{}};
    changes.push_back(std::move(change));
  }
  return changes;
}

void compare_register(const FlatRegister& base, const FlatRegister& head, std::vector<RecordChange>& out) {
  const Index<FlatRecord> old_records = index_by(base.records, [](const FlatRecord& record) { return record.id; });
  std::set<std::string> seen;
  for (const FlatRecord& record : head.records) {
    if (!seen.insert(record.id).second) continue;
    auto found = old_records.find(record.id);
    if (found == old_records.end()) {
      out.push_back(RecordChange{head.name, record.id, record.title, ChangeKind::Added, {}});
      continue;
    }
    std::vector<FieldChange> fields = compare_fields(*found->second, record);
    if (fields.empty()) continue;
    const std::string& title = record.title.empty() ? found->second->title : record.title;
    out.push_back(RecordChange{head.name, record.id, title, ChangeKind::Changed, std::move(fields)});
  }
  for (const FlatRecord& record : base.records) {
    if (seen.insert(record.id).second) out.push_back(RecordChange{base.name, record.id, record.title, ChangeKind::Removed, {}});
  }
}

std::string applicability_of(const SoaEntry* entry) {
  if (entry == nullptr) return "not listed";
  if (!entry->applicable.present) return "undecided";
  return entry->applicable.value ? "applicable" : "excluded";
}

/// Every control either side mentions: the catalogue's in its order, then unknown ids sorted.
std::vector<std::string> control_ids(const Repository& base, const Repository& head) {
  std::vector<std::string> ids;
  for (const AnnexAControl& control : annex_a_controls()) ids.emplace_back(control.id);
  std::set<std::string> unknown;
  for (const Repository* repository : {&base, &head}) {
    for (const SoaEntry& entry : repository->soa) {
      if (find_control(entry.control.value) == nullptr) unknown.insert(entry.control.value);
    }
  }
  ids.insert(ids.end(), unknown.begin(), unknown.end());
  return ids;
}

std::vector<ControlChange> compare_controls(const Repository& base, const Repository& head) {
  const auto key = [](const SoaEntry& entry) { return entry.control.value; };
  const Index<SoaEntry> old_entries = index_by(base.soa, key);
  const Index<SoaEntry> new_entries = index_by(head.soa, key);
  std::vector<ControlChange> changes;
  for (const std::string& id : control_ids(base, head)) {
    auto old_found = old_entries.find(id);
    auto new_found = new_entries.find(id);
    const SoaEntry* before = old_found == old_entries.end() ? nullptr : old_found->second;
    const SoaEntry* after = new_found == new_entries.end() ? nullptr : new_found->second;
    if (before == nullptr && after == nullptr) continue;
    ControlChange change;
    change.control = id;
    const AnnexAControl* control = find_control(id);
    change.title = control != nullptr ? std::string(control->title) : std::string();
    change.applicability_before = applicability_of(before);
    change.applicability_after = applicability_of(after);
    change.status_before = before != nullptr ? text_of(before->status) : std::string();
    change.status_after = after != nullptr ? text_of(after->status) : std::string();
    const std::string old_justification = before != nullptr ? before->justification.value : std::string();
    const std::string new_justification = after != nullptr ? after->justification.value : std::string();
    const bool excluded_now = change.applicability_after == "excluded";
    const bool justified_differently =
        excluded_now && change.applicability_before == "excluded" && old_justification != new_justification;
    if (change.applicability_before == change.applicability_after && change.status_before == change.status_after &&
        !justified_differently) {
      continue;
    }
    if (excluded_now) {
      change.justification_before = old_justification;
      change.justification_after = new_justification;
    }
    changes.push_back(std::move(change));
  }
  return changes;
}

RiskLevel inherent_level(const Risk& risk, const RiskMethod& method) {
  RiskLevel level;
  level.known = risk.likelihood.present && risk.impact.present;
  if (!level.known) return level;
  level.likelihood = risk.likelihood.value;
  level.impact = risk.impact.value;
  level.level = method.level_of(level.likelihood, level.impact);
  return level;
}

/// The level after treatment, as RSK004 computes it: the residual scores, else the inherent ones.
RiskLevel residual_level(const Risk& risk, const RiskMethod& method) {
  if (!risk.residual_likelihood.present || !risk.residual_impact.present) return inherent_level(risk, method);
  RiskLevel level;
  level.known = risk.likelihood.present && risk.impact.present;
  if (!level.known) return level;
  level.likelihood = risk.residual_likelihood.value;
  level.impact = risk.residual_impact.value;
  level.level = method.level_of(level.likelihood, level.impact);
  return level;
}

bool same_level(const RiskLevel& a, const RiskLevel& b) { return a.known == b.known && (!a.known || a.level == b.level); }

void fill_side(const Risk& risk, const RiskMethod& method, bool head_side, RiskChange& change) {
  const RiskLevel inherent = inherent_level(risk, method);
  const RiskLevel residual = residual_level(risk, method);
  const bool above = residual.known && residual.level > method.acceptance_threshold;
  (head_side ? change.inherent_after : change.inherent_before) = inherent;
  (head_side ? change.residual_after : change.residual_before) = residual;
  (head_side ? change.treatment_after : change.treatment_before) = text_of(risk.treatment);
  (head_side ? change.threshold_after : change.threshold_before) = method.acceptance_threshold;
  (head_side ? change.above_after : change.above_before) = above;
}

RiskChange blank_risk_change(const Risk& risk, ChangeKind kind) {
  RiskChange change;
  change.id = risk.id.value;
  change.title = risk.title.value;
  change.kind = kind;
  return change;
}

std::vector<RiskChange> compare_risks(const Repository& base, const Repository& head) {
  const auto key = [](const Risk& risk) { return risk.id.value; };
  const Index<Risk> old_risks = index_by(base.risks, key);
  std::vector<RiskChange> changes;
  std::set<std::string> seen;
  for (const Risk& risk : head.risks) {
    if (!seen.insert(risk.id.value).second) continue;
    RiskChange change = blank_risk_change(risk, ChangeKind::Changed);
    fill_side(risk, head.manifest.risk, true, change);
    change.threshold_before = base.manifest.risk.acceptance_threshold;
    auto found = old_risks.find(risk.id.value);
    if (found == old_risks.end()) {
      change.kind = ChangeKind::Added;
      change.crossing = change.above_after ? Crossing::Up : Crossing::None;
      changes.push_back(std::move(change));
      continue;
    }
    fill_side(*found->second, base.manifest.risk, false, change);
    if (change.title.empty()) change.title = found->second->title.value;
    if (same_level(change.inherent_before, change.inherent_after) && same_level(change.residual_before, change.residual_after) &&
        change.treatment_before == change.treatment_after && change.above_before == change.above_after) {
      continue;
    }
    if (change.above_before != change.above_after) change.crossing = change.above_after ? Crossing::Up : Crossing::Down;
    changes.push_back(std::move(change));
  }
  for (const Risk& risk : base.risks) {
    if (!seen.insert(risk.id.value).second) continue;
    RiskChange change = blank_risk_change(risk, ChangeKind::Removed);
    fill_side(risk, base.manifest.risk, false, change);
    change.threshold_after = head.manifest.risk.acceptance_threshold;
    changes.push_back(std::move(change));
  }
  return changes;
}

std::string scope_state(const ScopeItem& item) {
  if (!item.in_scope.present) return "not stated";
  return item.in_scope.value ? "in scope" : "out of scope";
}

void compare_scope_items(std::string_view aspect, const std::vector<ScopeItem>& base, const std::vector<ScopeItem>& head,
                         std::vector<ScopeChange>& out) {
  const auto key = [](const ScopeItem& item) { return item.id.value; };
  const Index<ScopeItem> old_items = index_by(base, key);
  std::set<std::string> seen;
  for (const ScopeItem& item : head) {
    if (!seen.insert(item.id.value).second) continue;
    auto found = old_items.find(item.id.value);
    if (found == old_items.end()) {
      out.push_back(ScopeChange{std::string(aspect), item.id.value, item.name.value, ChangeKind::Added, "", scope_state(item)});
    } else if (scope_state(*found->second) != scope_state(item)) {
      out.push_back(ScopeChange{std::string(aspect), item.id.value, item.name.value, ChangeKind::Changed,
                                scope_state(*found->second), scope_state(item)});
    }
  }
  for (const ScopeItem& item : base) {
    if (seen.insert(item.id.value).second) {
      out.push_back(ScopeChange{std::string(aspect), item.id.value, item.name.value, ChangeKind::Removed, scope_state(item), ""});
    }
  }
}

void compare_exclusions(const Scope& base, const Scope& head, std::vector<ScopeChange>& out) {
  const auto key = [](const ScopeExclusion& exclusion) { return exclusion.id.value; };
  const Index<ScopeExclusion> old_exclusions = index_by(base.exclusions, key);
  std::set<std::string> seen;
  for (const ScopeExclusion& exclusion : head.exclusions) {
    if (!seen.insert(exclusion.id.value).second) continue;
    auto found = old_exclusions.find(exclusion.id.value);
    if (found == old_exclusions.end()) {
      out.push_back(ScopeChange{"exclusion", exclusion.id.value, exclusion.what.value, ChangeKind::Added, "", exclusion.rationale.value});
      continue;
    }
    const ScopeExclusion& old = *found->second;
    if (old.rationale.value != exclusion.rationale.value) {
      out.push_back(ScopeChange{"exclusion", exclusion.id.value, exclusion.what.value, ChangeKind::Changed, old.rationale.value,
                                exclusion.rationale.value});
    } else if (old.what.value != exclusion.what.value) {
      out.push_back(ScopeChange{"exclusion", exclusion.id.value, exclusion.what.value, ChangeKind::Changed, old.what.value,
                                exclusion.what.value});
    }
  }
  for (const ScopeExclusion& exclusion : base.exclusions) {
    if (seen.insert(exclusion.id.value).second) {
      out.push_back(ScopeChange{"exclusion", exclusion.id.value, exclusion.what.value, ChangeKind::Removed, exclusion.rationale.value, ""});
    }
  }
}

void compare_text(std::string_view aspect, std::string_view id, const std::string& before, const std::string& after,
                  std::vector<ScopeChange>& out) {
  if (before == after) return;
  const ChangeKind kind = before.empty() ? ChangeKind::Added : after.empty() ? ChangeKind::Removed : ChangeKind::Changed;
  out.push_back(ScopeChange{std::string(aspect), std::string(id), {}, kind, before, after});
}

std::string joined_ids(const IdList& ids) {
  std::string out;
  for (const Text& id : ids) out += (out.empty() ? "" : ", ") + id.value;
  return out;
}

std::vector<ScopeChange> compare_scope(const Scope& base, const Scope& head) {
  std::vector<ScopeChange> changes;
  compare_text("statement", "statement", base.statement.value, head.statement.value, changes);
  compare_text("soa_version", "soa_version", base.soa_version.value, head.soa_version.value, changes);
  compare_text("boundary", "organisational", base.organisational_boundary.value, head.organisational_boundary.value, changes);
  compare_text("boundary", "physical", base.physical_boundary.value, head.physical_boundary.value, changes);
  compare_text("boundary", "logical", base.logical_boundary.value, head.logical_boundary.value, changes);
  compare_text("boundary", "legal_entities", joined_ids(base.boundary_entities), joined_ids(head.boundary_entities), changes);
  compare_scope_items("service", base.services, head.services, changes);
  compare_exclusions(base, head, changes);
  compare_scope_items("location", base.locations, head.locations, changes);
  compare_scope_items("technology", base.technology, head.technology, changes);
  compare_scope_items("people", base.people, head.people, changes);
  return changes;
}

void note_incomplete(const Repository& repository, std::string_view side, std::vector<IncompleteRegister>& out) {
  for (const RegisterInfo& info : repository.registers) {
    if (info.incomplete) out.push_back(IncompleteRegister{info.name, std::string(side)});
  }
}

}  // namespace

std::string_view change_kind_name(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::Added: return "added";
    case ChangeKind::Removed: return "removed";
    case ChangeKind::Changed: return "changed";
  }
  return "";
}

ModelDiff compare_repositories(const Repository& base, const Repository& head) {
  ModelDiff diff;
  const std::vector<FlatRegister> old_registers = flatten_repository(base);
  const std::vector<FlatRegister> new_registers = flatten_repository(head);
  for (std::size_t index = 0; index < new_registers.size(); ++index) {
    compare_register(old_registers.at(index), new_registers.at(index), diff.records);
  }
  diff.controls = compare_controls(base, head);
  diff.risks = compare_risks(base, head);
  diff.scope = compare_scope(base.scope, head.scope);
  note_incomplete(base, "BASE", diff.incomplete);
  note_incomplete(head, "HEAD", diff.incomplete);
  return diff;
}

}  // namespace isms
