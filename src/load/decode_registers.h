#pragma once
/// Decoders from a schema-checked YAML file into the model, one per file kind.

#include "load/decode_fields.h"
#include "model/model.h"
#include "load/yaml_tree.h"

namespace isms {

/// isms.yaml into the manifest.
void decode_manifest(const YamlNode& root, const FieldReader& read, Manifest& out);
/// The optional `register:` block of any register file.
RegisterControl decode_register_control(const YamlNode& root, const FieldReader& read);
/// Every `suppress:` list in a file: at the top level (whole file) or on any record.
void decode_suppressions(const YamlNode& root, const FieldReader& read, std::vector<Suppression>& out);
/// A context-issues file (4.1); appends its issues.
void decode_context(const YamlNode& root, const FieldReader& read, Repository& out);
/// An interested-parties file (4.2); appends its parties.
void decode_parties(const YamlNode& root, const FieldReader& read, Repository& out);
/// scope.yaml (4.3).
void decode_scope(const YamlNode& root, const FieldReader& read, Scope& out);
/// An assets file; appends its assets.
void decode_assets(const YamlNode& root, const FieldReader& read, std::vector<Asset>& out);
/// A risks file; appends its risks.
void decode_risks(const YamlNode& root, const FieldReader& read, std::vector<Risk>& out);
/// A suppliers file; appends its suppliers.
void decode_suppliers(const YamlNode& root, const FieldReader& read, std::vector<Supplier>& out);
/// An SoA file; appends its entries.
void decode_soa(const YamlNode& root, const FieldReader& read, std::vector<SoaEntry>& out);
/// A documents file; appends its documents.
void decode_documents(const YamlNode& root, const FieldReader& read, std::vector<Document>& out);
/// An evidence file; appends its records.
void decode_evidence(const YamlNode& root, const FieldReader& read, std::vector<Evidence>& out);
/// A roles file (5.3); appends its roles and its people.
void decode_roles(const YamlNode& root, const FieldReader& read, Repository& out);
/// A competence file (7.2, 7.3); appends its requirements and its people's records.
void decode_competence(const YamlNode& root, const FieldReader& read, Repository& out);
/// An internal audit file (9.2); its programme, and appends its audits.
void decode_audits(const YamlNode& root, const FieldReader& read, Repository& out);
/// A management review file (9.3); appends its reviews.
void decode_reviews(const YamlNode& root, const FieldReader& read, std::vector<ManagementReview>& out);
/// A nonconformities file (10.2); appends its nonconformities.
void decode_nonconformities(const YamlNode& root, const FieldReader& read, std::vector<Nonconformity>& out);
/// A treatment plan file (6.1.3 e, 8.3); appends its actions.
void decode_treatment(const YamlNode& root, const FieldReader& read, std::vector<TreatmentAction>& out);
/// An objectives file (6.2); appends its objectives.
void decode_objectives(const YamlNode& root, const FieldReader& read, std::vector<Objective>& out);

}  // namespace isms
