#pragma once
/// SHA-256, for the digests that pin an approval to the content it approved. Approval digests
/// are integrity evidence that an auditor may rely on, so the hash comes from nettle, a vetted
/// and widely used implementation, not from code of our own.

#include <nettle/sha2.h>

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
  /// Returns the 32-byte digest; the object must not be used afterwards.
  std::array<std::uint8_t, 32> finish();

 private:
  sha256_ctx context_;
};

/// The SHA-256 of `bytes` as 64 lower-case hexadecimal digits.
std::string sha256_hex(std::string_view bytes);

/// 32 bytes as 64 lower-case hexadecimal digits.
std::string to_hex(const std::array<std::uint8_t, 32>& digest);

}  // namespace isms
