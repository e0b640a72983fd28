// Name-based UUIDs (version 5) and the SHA-1 under them, against published vectors: FIPS 180
// examples for SHA-1, RFC 9562 appendix A.4 and Python's uuid.uuid5 for the UUIDs. Lengths
// around the padding boundaries and the other reference UUIDs come from Python's hashlib and
// uuid modules, an independent implementation.
#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>
#include <string>

#include "oscal/oscal.h"
#include "oscal/sha1.h"

using namespace isms;

namespace {

std::string sha1_hex(std::string_view message) {
  Sha1 hash;
  hash.update(message);
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string text;
  for (std::uint8_t byte : hash.finish()) {
    text += kDigits[byte >> 4];
    text += kDigits[byte & 0x0F];
  }
  return text;
}

Uuid namespace_of(const char* text) {
  const std::optional<Uuid> parsed = parse_uuid(text);
  REQUIRE(parsed.has_value());
  return *parsed;
}

const char* const kDns = "6ba7b810-9dad-11d1-80b4-00c04fd430c8";
const char* const kUrl = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";
const char* const kOid = "6ba7b812-9dad-11d1-80b4-00c04fd430c8";

}  // namespace

TEST_CASE("uuid: SHA-1 of the FIPS 180 example messages", "[uuid]") {
  CHECK(sha1_hex("") == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  CHECK(sha1_hex("abc") == "a9993e364706816aba3e25717850c26c9cd0d89d");
  CHECK(sha1_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
  CHECK(sha1_hex(std::string(1000000, 'a')) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
}

TEST_CASE("uuid: SHA-1 pads messages around the block boundaries", "[uuid]") {
  const std::pair<std::size_t, const char*> cases[] = {
      {55, "c1c8bbdc22796e28c0e15163d20899b65621d65a"}, {56, "c2db330f6083854c99d4b5bfb6e8f29f201be699"},
      {63, "03f09f5b158a7a8cdad920bddc29b81c18a551f5"}, {64, "0098ba824b5c16427bd7a1122a5a442a25ec644d"},
      {65, "11655326c708d70319be2610e8a57d9a5b959d3b"}, {119, "ee971065aaa017e0632a8ca6c77bb3bf8b1dfc56"},
      {120, "f34c1488385346a55709ba056ddd08280dd4c6d6"}, {128, "ad5b3fdbcb526778c2839d2f151ea753995e26a0"},
  };
  for (const auto& [length, expected] : cases) {
    INFO("length " << length);
    CHECK(sha1_hex(std::string(length, 'a')) == expected);
  }
}

TEST_CASE("uuid: SHA-1 gives the same digest however the message is split", "[uuid]") {
  const std::string message(1000, 'q');
  Sha1 hash;
  for (std::size_t fed = 0, piece = 1; fed < message.size(); piece = piece * 5 % 97 + 1) {
    const std::size_t size = std::min(piece, message.size() - fed);
    hash.update(std::string_view(message).substr(fed, size));
    fed += size;
  }
  Sha1 whole;
  whole.update(message);
  CHECK(hash.finish() == whole.finish());
}

TEST_CASE("uuid: UUIDv5 of the published vectors", "[uuid]") {
  CHECK(uuid_text(uuid_v5(namespace_of(kDns), "python.org")) == "886313e1-3b8a-5372-9b90-0c9aee199e5d");
  // RFC 9562 appendix A.4.
  CHECK(uuid_text(uuid_v5(namespace_of(kDns), "www.example.com")) == "2ed6657d-e927-568b-95e1-2665a8aea6a2");
  CHECK(uuid_text(uuid_v5(namespace_of(kUrl), "")) == "1b4db7eb-4057-5ddf-91e0-36dec72071f5");
  CHECK(uuid_text(uuid_v5(namespace_of(kOid), std::string(1000, 'x'))) == "0ee7e31f-a49b-55bf-a896-2c72533f360c");
}

TEST_CASE("uuid: the isms namespace is the URL-namespace UUID of urn:isms:oscal", "[uuid]") {
  CHECK(uuid_text(isms_oscal_namespace()) == "6b676c17-f922-5372-a771-0ab505ee2cec");
  CHECK(uuid_text(uuid_v5(isms_oscal_namespace(), "isms:ssp:control:A.5.1")) == "dedef73f-8ce0-5c0b-bbf2-4d56ef397650");
}

TEST_CASE("uuid: UUIDv5 sets the version and variant bits the OSCAL schema checks", "[uuid]") {
  // The UUID pattern of the OSCAL 1.2.1 schema (UUIDDatatype).
  const std::regex oscal_uuid("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$");
  for (int i = 0; i < 500; ++i) {
    const Uuid uuid = uuid_v5(isms_oscal_namespace(), "name " + std::to_string(i));
    INFO(uuid_text(uuid));
    CHECK((uuid[6] >> 4) == 5);
    CHECK((uuid[8] & 0xC0) == 0x80);
    CHECK(uuid_text(uuid)[14] == '5');
    CHECK(std::regex_match(uuid_text(uuid), oscal_uuid));
  }
  CHECK(uuid_v5(isms_oscal_namespace(), "a") != uuid_v5(isms_oscal_namespace(), "b"));
  CHECK(uuid_v5(isms_oscal_namespace(), "a") != uuid_v5(namespace_of(kDns), "a"));
}

TEST_CASE("uuid: UUIDs are parsed in the 8-4-4-4-12 form only", "[uuid]") {
  const std::optional<Uuid> upper = parse_uuid("886313E1-3B8A-5372-9B90-0C9AEE199E5D");
  REQUIRE(upper.has_value());
  CHECK(uuid_text(*upper) == "886313e1-3b8a-5372-9b90-0c9aee199e5d");
  CHECK_FALSE(parse_uuid("886313e13b8a53729b900c9aee199e5d").has_value());
  CHECK_FALSE(parse_uuid("886313e1-3b8a-5372-9b90-0c9aee199e5").has_value());
  CHECK_FALSE(parse_uuid("886313e1-3b8a-5372-9b90-0c9aee199e5dd").has_value());
  CHECK_FALSE(parse_uuid("886313e1-3b8a-5372-9b90_0c9aee199e5d").has_value());
  CHECK_FALSE(parse_uuid("886313g1-3b8a-5372-9b90-0c9aee199e5d").has_value());
  CHECK_FALSE(parse_uuid("886313e-13b8a-5372-9b90-0c9aee199e5d").has_value());
}
