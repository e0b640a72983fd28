#include "cli/as_of_argument.h"
#include "cli/console.h"

#include <fmt/format.h>

#include "model/dates.h"

namespace isms {

bool as_of_argument_valid(const std::string& as_of) {
  Date date;
  if (as_of.empty() || parse_date(as_of, date)) return true;
  print_error(fmt::format("--as-of must be a real date written YYYY-MM-DD, not '{}'", as_of));
  return false;
}

}  // namespace isms
