// The catalog: ISO/IEC 27001:2022 Annex A as OSCAL, from the catalogue compiled into the
// binary. Ids and short titles only: the text of the controls is the standard's, which is
// copyrighted, so a control here has no parts.
#include <fmt/format.h>

#include "model/catalogue.h"
#include "oscal/oscal_models.h"
#include "oscal/oscal_text.h"

namespace isms {
namespace {

/// "A.5.1" -> "a.05.01": sorts in the standard's order where the ids themselves do not (A.5.10
/// before A.5.2).
std::string sort_id(std::string_view control_id) {
  const std::size_t dot = control_id.find('.', 2);
  if (control_id.size() < 3 || dot == std::string_view::npos) return control_token(control_id);
  return fmt::format("a.{:0>2}.{:0>2}", control_id.substr(2, dot - 2), control_id.substr(dot + 1));
}

Json control_of(const AnnexAControl& control) {
  return Json{{"id", control_token(control.id)},
              {"class", "annex-a-control"},
              {"title", markup_line(control.title, control.id)},
              {"props", Json::array({prop("label", control.id), prop("sort-id", sort_id(control.id))})}};
}

}  // namespace

Result<Json> catalog_body(const ExportInput& input) {
  Json body;
  body["metadata"] = document_metadata(input, "ISO/IEC 27001:2022 Annex A information security controls", "2022");
  body["metadata"]["remarks"] =
      "The control identifiers and short titles of ISO/IEC 27001:2022 Annex A. The text of the controls is "
      "not included: it is in the standard, which is copyrighted. Each control's `label` prop is its id as the "
      "standard writes it.";
  Json groups = Json::array();
  for (const AnnexATheme& theme : annex_a_themes()) {
    Json controls = Json::array();
    for (const AnnexAControl& control : annex_a_controls()) {
      if (control.theme == theme.key) controls.push_back(control_of(control));
    }
    const std::string label = fmt::format("A.{}", theme.number);
    groups.push_back(Json{{"id", control_token(label)},
                          {"class", "theme"},
                          {"title", std::string(theme.title)},
                          {"props", Json::array({prop("label", label)})},
                          {"controls", std::move(controls)}});
  }
  body["groups"] = std::move(groups);
  return body;
}

}  // namespace isms
