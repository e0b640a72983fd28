// Decoders for the inventories: assets, risks, suppliers, SoA, documents and evidence.
#include "load/decode_registers.h"

namespace isms {

void decode_assets(const YamlNode& root, const FieldReader& read, std::vector<Asset>& out) {
  for (const YamlNode* node : read.records(&root, "assets")) {
    Asset asset;
    asset.id = read.text(node, "id");
    asset.name = read.text(node, "name");
    asset.type = read.text(node, "type");
    asset.owner = read.text(node, "owner");
    asset.classification = read.text(node, "classification");
    asset.location = read.text(node, "location");
    asset.supplier = read.text(node, "supplier");
    asset.description = read.text(node, "description");
    asset.personal_data = read.flag(node, "personal_data");
    asset.retention = read.text(node, "retention");
    asset.lawful_basis = read.text(node, "lawful_basis");
    asset.privileges = read.text(node, "privileges");
    asset.logging = read.text(node, "logging");
    asset.actions = read.list(node, "actions");
    asset.human_approval = read.list(node, "human_approval");
    if (const YamlNode* approval = node->find("human_approval")) {
      asset.human_approval_recorded = Located<bool>{true, approval->location, true};
    }
    asset.version_controlled = read.flag(node, "version_controlled");
    asset.backup = read.flag(node, "backup");
    const YamlNode* lineage = read.mapping(node, "lineage");
    asset.derived_from = read.list(lineage, "derived_from");
    asset.lineage_notes = read.text(lineage, "notes");
    asset.location_in_file = node->location;
    out.push_back(std::move(asset));
  }
}

void decode_risks(const YamlNode& root, const FieldReader& read, std::vector<Risk>& out) {
  for (const YamlNode* node : read.records(&root, "risks")) {
    Risk risk;
    risk.id = read.text(node, "id");
    risk.title = read.text(node, "title");
    risk.threat = read.text(node, "threat");
    risk.threat_category = read.text(node, "threat_category");
    risk.vulnerability = read.text(node, "vulnerability");
    risk.owner = read.text(node, "owner");
    risk.treatment = read.text(node, "treatment");
    risk.assets = read.list(node, "assets");
    risk.controls = read.list(node, "controls");
    risk.likelihood = read.number(node, "likelihood");
    risk.impact = read.number(node, "impact");
    const YamlNode* residual = read.mapping(node, "residual");
    risk.residual_likelihood = read.number(residual, "likelihood");
    risk.residual_impact = read.number(residual, "impact");
    risk.acceptance = read.approval(node, "acceptance");
    risk.review_date = read.date(node, "review_date");
    risk.location = node->location;
    out.push_back(std::move(risk));
  }
}

void decode_suppliers(const YamlNode& root, const FieldReader& read, std::vector<Supplier>& out) {
  for (const YamlNode* node : read.records(&root, "suppliers")) {
    Supplier supplier;
    supplier.id = read.text(node, "id");
    supplier.name = read.text(node, "name");
    supplier.criticality = read.text(node, "criticality");
    supplier.services = read.list(node, "services");
    supplier.assets = read.list(node, "assets");
    const YamlNode* diligence = read.mapping(node, "due_diligence");
    supplier.due_diligence_date = read.date(diligence, "date");
    supplier.due_diligence_evidence = read.text(diligence, "evidence");
    for (const YamlNode* item : read.records(node, "certifications")) {
      supplier.certifications.push_back(Certification{read.text(item, "standard"), read.text(item, "scope"),
                                                      read.text(item, "certificate"), read.date(item, "expiry"),
                                                      read.list(item, "covers")});
    }
    for (const YamlNode* item : read.records(node, "agreements")) {
      supplier.agreements.push_back(Agreement{read.text(item, "type"), read.text(item, "reference"),
                                              read.text(item, "document"), read.date(item, "signed")});
    }
    if (const YamlNode* use = read.mapping(node, "ai_data_use")) {
      supplier.ai_data_use = AiDataUse{read.flag(use, "trains_on_customer_data"), read.flag(use, "opt_out"),
                                       read.number(use, "retention_days"), read.text(use, "terms"), true};
    }
    supplier.location = node->location;
    out.push_back(std::move(supplier));
  }
}

void decode_soa(const YamlNode& root, const FieldReader& read, std::vector<SoaEntry>& out) {
  for (const YamlNode* node : read.records(&root, "controls")) {
    out.push_back(SoaEntry{read.text(node, "control"), read.text(node, "justification"), read.text(node, "status"),
                           read.text(node, "owner"), read.text(node, "ai_coverage"), read.flag(node, "applicable"),
                           read.list(node, "reasons"), read.list(node, "evidence"), read.list(node, "documents"),
                           node->location});
  }
}

void decode_documents(const YamlNode& root, const FieldReader& read, std::vector<Document>& out) {
  for (const YamlNode* node : read.records(&root, "documents")) {
    out.push_back(Document{read.text(node, "id"), read.text(node, "title"), read.text(node, "type"),
                           read.text(node, "version"), read.text(node, "owner"), read.text(node, "clause"),
                           read.text(node, "location"), read.approval(node, "approval"),
                           read.date(node, "last_review"), read.date(node, "date"), node->location,
                           LocationState::NotChecked, {}});
  }
}

void decode_evidence(const YamlNode& root, const FieldReader& read, std::vector<Evidence>& out) {
  for (const YamlNode* node : read.records(&root, "evidence")) {
    out.push_back(Evidence{read.text(node, "id"), read.text(node, "title"), read.text(node, "shows"),
                           read.text(node, "location"), read.text(node, "collected_by"), read.date(node, "date"),
                           read.list(node, "controls"), read.list(node, "documents"), node->location});
  }
}

}  // namespace isms
