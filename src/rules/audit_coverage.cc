#include "rules/audit_coverage.h"

#include <cctype>
#include <set>

namespace isms {

int top_clause(std::string_view number) {
  int clause = 0;
  for (char c : number) {
    if (c == '.') break;
    if (std::isdigit(static_cast<unsigned char>(c)) == 0) return 0;
    clause = clause * 10 + (c - '0');
  }
  return clause;
}

bool covers_whole_isms(const Audit& audit) {
  if (audit.whole_isms.present && audit.whole_isms.value) return true;
  std::set<int> covered;
  for (const Text& clause : audit.clauses) covered.insert(top_clause(clause.value));
  for (int clause = kFirstAuditedClause; clause <= kLastAuditedClause; ++clause) {
    if (!covered.contains(clause)) return false;
  }
  return true;
}

}  // namespace isms
