#pragma once
/// The built-in ISO/IEC 27001:2022 catalogue: Annex A controls, clauses and the 2013 mapping.

#include <span>
#include <string_view>
#include <vector>

namespace isms {

/// One Annex A 2022 control.
struct AnnexAControl {
  std::string_view id;     ///< "A.5.1"
  std::string_view theme;  ///< "organizational", "people", "physical" or "technological"
  std::string_view title;  ///< short control name
};

/// One of the four themes of Annex A, as clause 5 to 8 of ISO/IEC 27002:2022 name them.
struct AnnexATheme {
  std::string_view key;     ///< as AnnexAControl::theme names it: "organizational"
  std::string_view number;  ///< "5"
  std::string_view title;   ///< "Organizational controls"
};

/// One clause (4 to 10) of the management-system part of the standard.
struct Clause {
  std::string_view id;     ///< "4.1", "6.1.2"
  std::string_view title;
  bool assessable;         ///< false for headings such as "6.1" that only group sub-clauses
};

/// One 2013 control and one 2022 control replacing it (ISO/IEC 27002:2022 Annex B).
struct Replacement2013 {
  std::string_view id_2013;  ///< "A.12.6.1"
  std::string_view id_2022;  ///< "A.8.8"
};

/// All 93 Annex A 2022 controls, in catalogue order.
std::span<const AnnexAControl> annex_a_controls();
/// The four themes, in order (5 to 8).
std::span<const AnnexATheme> annex_a_themes();
/// Clauses 4 to 10, in order.
std::span<const Clause> clauses();
/// Every 2013 to 2022 pair in 2013 order; a split 2013 control has one row per replacement.
std::span<const Replacement2013> replacements_2013();
/// The 2022 control with this id ("A.5.1"), or nullptr.
const AnnexAControl* find_control(std::string_view id);
/// The 2022 controls ("A.8.8") that replace a 2013 Annex A id ("A.12.6.1"); empty if unknown.
std::vector<std::string_view> controls_replacing_2013(std::string_view id_2013);

}  // namespace isms
