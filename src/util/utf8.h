#pragma once
/// Decoding one UTF-8 sequence, for the escaping functions that look at code points.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace isms {

/// One decoded UTF-8 sequence; code_point is kInvalid for a byte that starts no valid sequence.
struct CodePoint {
  static constexpr std::uint32_t kInvalid = 0xFFFFFFFF;
  std::uint32_t code_point = kInvalid;
  std::size_t length = 1;
};

/// Decodes the sequence at `at`, rejecting overlong forms, surrogates and values above U+10FFFF.
inline CodePoint decode_utf8(std::string_view text, std::size_t at) {
  const auto byte = [&text](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  if (lead < 0x80) return {lead, 1};
  std::size_t length = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
  } else {
    return {};
  }
  static constexpr std::uint32_t kLeadMask[] = {0, 0, 0x1F, 0x0F, 0x07};
  static constexpr std::uint32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
  std::uint32_t value = lead & kLeadMask[length];
  const std::uint32_t minimum = kSmallest[length];
  if (at + length > text.size()) return {};
  for (std::size_t i = 1; i < length; ++i) {
    const unsigned char continuation = byte(at + i);
    if ((continuation & 0xC0) != 0x80) return {};
    value = (value << 6) | (continuation & 0x3Fu);
  }
  if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return {};
  return {value, length};
}

}  // namespace isms
