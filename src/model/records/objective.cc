// The objective measurement's declaration, found by argument lookup (declaration_of), and how a
// list of measurements is shown in one line each.
#include <fmt/format.h>

#include "model/records/objective.h"

namespace isms {

std::string records::objective_measurement_summary(const ObjectiveMeasurement& measurement) {
  const char* verdict = !measurement.met.present ? "" : measurement.met.value ? " (met)" : " (not met)";
  return fmt::format("{}: {}{}", measurement.date.value.text, measurement.value.value, verdict);
}

const RecordDeclaration<ObjectiveMeasurement>& declaration_of(const ObjectiveMeasurement&) {
  return records::kObjectiveMeasurementRecord;
}

}  // namespace isms
