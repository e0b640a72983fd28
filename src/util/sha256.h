#pragma once
/// SHA-256 (FIPS 180-4), for the digests that pin an approval to the content it approved.
/// Written here because the allowed dependencies have no crypto library; it is not used for
/// anything secret, so no constant-time care is taken.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace isms {

/// An incremental SHA-256 computation: feed bytes with update(), then call finish() once.
class Sha256 {
 public:
  Sha256();

  /// Adds bytes to the message.
  void update(std::string_view bytes);
  /// Pads the message and returns the 32-byte digest; the object must not be used afterwards.
  std::array<std::uint8_t, 32> finish();

 private:
  void compress(const std::uint8_t* block);

  std::array<std::uint32_t, 8> state_;
  std::array<std::uint8_t, 64> buffer_{};
  std::size_t buffered_ = 0;
  std::uint64_t length_ = 0;  ///< message length in bytes
};

/// The SHA-256 of `bytes` as 64 lower-case hexadecimal digits.
std::string sha256_hex(std::string_view bytes);

/// 32 bytes as 64 lower-case hexadecimal digits.
std::string to_hex(const std::array<std::uint8_t, 32>& digest);

}  // namespace isms
