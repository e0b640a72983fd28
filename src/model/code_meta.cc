#include "model/code_meta.h"

namespace isms {

std::string_view lifecycle_name(Lifecycle lifecycle) {
  switch (lifecycle) {
    case Lifecycle::Stable: return "stable";
    case Lifecycle::Preview: return "preview";
    case Lifecycle::Retired: return "retired";
  }
  return "stable";
}

}  // namespace isms
