#pragma once
/// The level a risk is judged at after treatment, shared by the risk rules (RSK004) and the
/// authority rule (ROL002), so that both band a risk at the same level.

#include <cstdint>

#include "model/model.h"

namespace isms {

struct ResidualLevel {
  std::int64_t likelihood = 0;
  std::int64_t impact = 0;
  std::int64_t level = 0;
  bool from_residual = false;
};

/// The residual level of a risk under the manifest's method: the residual scores if both are
/// given, else the inherent ones.
inline ResidualLevel residual_level(const Risk& risk, const RiskMethod& method) {
  ResidualLevel result;
  result.from_residual = risk.residual_likelihood.present && risk.residual_impact.present;
  result.likelihood = result.from_residual ? risk.residual_likelihood.value : risk.likelihood.value;
  result.impact = result.from_residual ? risk.residual_impact.value : risk.impact.value;
  result.level = method.level_of(result.likelihood, result.impact);
  return result;
}

}  // namespace isms
