#include "load/register_kinds.h"

#include "load/decode_registers.h"

namespace isms {

std::span<const RegisterKind> register_kinds() {
  static const RegisterKind kinds[] = {
      {"context", false, [](const YamlNode& n, const FieldReader& r, Repository& o) { decode_context(n, r, o); }},
      {"parties", false, [](const YamlNode& n, const FieldReader& r, Repository& o) { decode_parties(n, r, o); }},
      {"scope", true, [](const YamlNode& n, const FieldReader& r, Repository& o) { decode_scope(n, r, o.scope); }},
      {"assets", false, [](const YamlNode& n, const FieldReader& r, Repository& o) { decode_assets(n, r, o.assets); }},
      {"risks", false, [](const YamlNode& n, const FieldReader& r, Repository& o) { decode_risks(n, r, o.risks); }},
      {"suppliers", false,
       [](const YamlNode& n, const FieldReader& r, Repository& o) { decode_suppliers(n, r, o.suppliers); }},
      {"soa", false, [](const YamlNode& n, const FieldReader& r, Repository& o) { decode_soa(n, r, o.soa); }},
      {"documents", false,
       [](const YamlNode& n, const FieldReader& r, Repository& o) { decode_documents(n, r, o.documents); }},
      {"evidence", false,
       [](const YamlNode& n, const FieldReader& r, Repository& o) { decode_evidence(n, r, o.evidence); }},
      {"roles", false, [](const YamlNode& n, const FieldReader& r, Repository& o) { decode_roles(n, r, o); }},
      {"competence", false,
       [](const YamlNode& n, const FieldReader& r, Repository& o) { decode_competence(n, r, o); }},
      {"audits", false, [](const YamlNode& n, const FieldReader& r, Repository& o) { decode_audits(n, r, o); }},
      {"reviews", false, [](const YamlNode& n, const FieldReader& r, Repository& o) { decode_reviews(n, r, o.reviews); }},
      {"nonconformities", false,
       [](const YamlNode& n, const FieldReader& r, Repository& o) { decode_nonconformities(n, r, o.nonconformities); }},
      {"treatment", false,
       [](const YamlNode& n, const FieldReader& r, Repository& o) { decode_treatment(n, r, o.treatment_actions); }},
      {"objectives", false,
       [](const YamlNode& n, const FieldReader& r, Repository& o) { decode_objectives(n, r, o.objectives); }},
  };
  return kinds;
}

const RegisterKind* find_register_kind(std::string_view name) {
  for (const RegisterKind& kind : register_kinds()) {
    if (name == kind.name) return &kind;
  }
  return nullptr;
}

}  // namespace isms
