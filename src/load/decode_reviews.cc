// The decoder of the management review register (9.3); the reviews decode by their declaration.
#include "load/decode_record.h"
#include "load/decode_registers.h"
#include "model/records/review.h"

namespace isms {

void decode_reviews(const YamlNode& root, const FieldReader& read, std::vector<ManagementReview>& out) {
  decode_records(root, read, records::kReviewRecord, out);
}

}  // namespace isms
