#include "as_of_argument.h"

#include <cstdio>

#include "decode_fields.h"

namespace isms {

bool as_of_argument_valid(const std::string& as_of) {
  Date date;
  if (as_of.empty() || parse_date(as_of, date)) return true;
  std::fprintf(stderr, "isms: error: --as-of must be a real date written YYYY-MM-DD, not '%s'\n", as_of.c_str());
  return false;
}

}  // namespace isms
