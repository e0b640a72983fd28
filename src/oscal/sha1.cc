#include "oscal/sha1.h"

namespace isms {

Sha1::Sha1() { sha1_init(&context_); }

void Sha1::update(std::string_view bytes) {
  sha1_update(&context_, bytes.size(), reinterpret_cast<const std::uint8_t*>(bytes.data()));
}

std::array<std::uint8_t, 20> Sha1::finish() {
  std::array<std::uint8_t, 20> digest{};
  sha1_digest(&context_, digest.size(), digest.data());
  return digest;
}

}  // namespace isms
