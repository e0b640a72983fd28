#include "import/zip_archive.h"

#include <zip.h>

#include <algorithm>
#include <optional>

#include <fmt/format.h>

namespace isms {

ZipArchive::~ZipArchive() {
  if (archive_ != nullptr) zip_discard(archive_);
}

Status ZipArchive::open(std::string_view bytes, const TableLimits& limits) {
  limits_ = limits;
  if (bytes.size() > limits.max_file_bytes) {
    return Error{fmt::format("the file has {} bytes; the limit is {}", bytes.size(), limits.max_file_bytes)};
  }
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    std::string message = zip_error_strerror(&error);
    zip_error_fini(&error);
    return Error{fmt::format("cannot read the zip container: {}", message)};
  }
  archive_ = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (archive_ == nullptr) {
    std::string message = zip_error_strerror(&error);
    zip_source_free(source);
    zip_error_fini(&error);
    return Error{fmt::format("not an xlsx workbook: the zip container cannot be read ({})", message)};
  }
  zip_error_fini(&error);
  const zip_int64_t entries = zip_get_num_entries(archive_, 0);
  if (entries < 0 || static_cast<std::uint64_t>(entries) > limits.max_zip_entries) {
    return Error{fmt::format("the workbook holds {} files; the limit is {}", entries, limits.max_zip_entries)};
  }
  return Done{};
}

bool ZipArchive::contains(const std::string& name) const {
  return archive_ != nullptr && zip_name_locate(archive_, name.c_str(), ZIP_FL_NOCASE) >= 0;
}

Result<std::string> ZipArchive::read(const std::string& name, MemoryBudget& budget) {
  if (archive_ == nullptr) return Error{"no workbook is open"};
  const zip_int64_t index = zip_name_locate(archive_, name.c_str(), ZIP_FL_NOCASE);
  if (index < 0) return Error{fmt::format("the workbook has no part {}", name)};
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive_, static_cast<zip_uint64_t>(index), 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE) != 0 &&
      stat.size > limits_.max_entry_bytes) {
    return Error{fmt::format("{} uncompresses to {} bytes; the limit is {}", name, stat.size, limits_.max_entry_bytes)};
  }
  zip_file_t* file = zip_fopen_index(archive_, static_cast<zip_uint64_t>(index), 0);
  if (file == nullptr) return Error{fmt::format("cannot open {} in the workbook: {}", name, zip_strerror(archive_))};
  // The sizes in the zip directory may lie; the limits are enforced on the bytes actually read.
  char buffer[65536];
  std::string out;
  std::optional<Error> failure;  // set to break out of the loop, which closes the file first
  std::size_t charged = 0;
  for (;;) {
    const zip_int64_t count = zip_fread(file, buffer, sizeof buffer);
    if (count < 0) {
      failure = Error{fmt::format("cannot read {} in the workbook: {}", name, zip_file_strerror(file))};
      break;
    }
    if (count == 0) break;
    const std::size_t length = static_cast<std::size_t>(count);
    total_read_ += length;
    if (out.size() + length > limits_.max_entry_bytes) {
      failure = Error{fmt::format("{} uncompresses to more than {} bytes", name, limits_.max_entry_bytes)};
      break;
    }
    if (total_read_ > limits_.max_total_bytes) {
      failure = Error{fmt::format("the workbook uncompresses to more than {} bytes", limits_.max_total_bytes)};
      break;
    }
    // Growing by doubling, as std::string would, but charged before the memory is taken.
    if (out.size() + length > out.capacity()) {
      const std::size_t wanted = std::max(out.size() + length,
                                          std::min(std::max(2 * out.capacity(), sizeof buffer), limits_.max_entry_bytes));
      const Status held = budget.charge(wanted - charged);
      charged = wanted;
      if (!held) {
        failure = Error{held.error()};
        break;
      }
      out.reserve(wanted);
    }
    out.append(buffer, length);
  }
  zip_fclose(file);
  if (failure) {
    budget.release(charged);
    return std::move(*failure);
  }
  return out;
}

}  // namespace isms
