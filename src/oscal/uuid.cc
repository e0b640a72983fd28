// Name-based UUIDs (version 5). OSCAL asks for a UUID on every document and on most objects
// in it; deriving them from stable names, instead of drawing random ones, is what makes two
// exports of the same repository byte-identical and two commits' exports diff line by line.

#include "oscal/oscal.h"
#include "oscal/sha1.h"

namespace isms {
namespace {

/// The URL namespace of RFC 9562 appendix A (6ba7b811-9dad-11d1-80b4-00c04fd430c8).
constexpr Uuid kUrlNamespace = {0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1,
                                0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool is_dash_position(std::size_t at) { return at == 8 || at == 13 || at == 18 || at == 23; }

}  // namespace

Uuid uuid_v5(const Uuid& namespace_id, std::string_view name) {
  Sha1 hash;
  hash.update(std::string_view(reinterpret_cast<const char*>(namespace_id.data()), namespace_id.size()));
  hash.update(name);
  const std::array<std::uint8_t, 20> digest = hash.finish();
  Uuid uuid{};
  for (std::size_t i = 0; i < uuid.size(); ++i) uuid[i] = digest[i];
  uuid[6] = static_cast<std::uint8_t>((uuid[6] & 0x0F) | 0x50);  // version 5 in the high nibble
  uuid[8] = static_cast<std::uint8_t>((uuid[8] & 0x3F) | 0x80);  // variant 10xx (RFC 9562)
  return uuid;
}

std::string uuid_text(const Uuid& uuid) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string text;
  text.reserve(36);
  for (std::size_t i = 0; i < uuid.size(); ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) text += '-';
    text += kDigits[uuid[i] >> 4];
    text += kDigits[uuid[i] & 0x0F];
  }
  return text;
}

std::optional<Uuid> parse_uuid(std::string_view text) {
  if (text.size() != 36) return std::nullopt;
  Uuid uuid{};
  std::size_t byte = 0;
  for (std::size_t at = 0; at < text.size();) {
    if (is_dash_position(at)) {
      if (text[at] != '-') return std::nullopt;
      ++at;
      continue;
    }
    if (is_dash_position(at + 1)) return std::nullopt;  // a lone digit before a dash
    const int high = hex_digit(text[at]);
    const int low = hex_digit(text[at + 1]);
    if (high < 0 || low < 0) return std::nullopt;
    uuid[byte++] = static_cast<std::uint8_t>(high << 4 | low);
    at += 2;
  }
  return uuid;
}

const Uuid& isms_oscal_namespace() {
  static const Uuid kNamespace = uuid_v5(kUrlNamespace, "urn:isms:oscal");
  return kNamespace;
}

}  // namespace isms
