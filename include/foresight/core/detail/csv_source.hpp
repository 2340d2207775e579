// SPDX-License-Identifier: Apache-2.0
/// \file
/// Byte sources of the CSV reader: a file read in large blocks with `std::fread`, a
/// `std::istream`, or an in-memory string. Internal to `core/csv_reader.hpp`.
#pragma once

#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <istream>
#include <memory>
#include <string>
#include <system_error>

namespace foresight::core::detail {

/// Where the CSV reader takes its bytes from. A file or stream is read block by block, so memory
/// stays bounded by the longest record rather than the file size.
class csv_source {
 public:
  /// A source with no bytes.
  csv_source() = default;

  /// Opens `path` for binary reading; on failure returns false and leaves the reason in `error`.
  bool open(const std::filesystem::path& path, std::string& error) {
    errno = 0;
    file_.reset(std::fopen(path.c_str(), "rb"));
    if (!file_) {
      error = std::error_code(errno != 0 ? errno : ENOENT, std::generic_category()).message();
      return false;
    }
    return true;
  }

  /// Reads from `in`, which must outlive the source.
  void attach(std::istream& in) noexcept { stream_ = &in; }

  /// Copies up to `n` bytes into `dst`; returns how many (0 only at the end of the input).
  /// On a read failure returns 0 and sets `error`.
  std::size_t read(char* dst, std::size_t n, std::string& error) {
    if (file_) {
      errno = 0;
      const std::size_t got = std::fread(dst, 1, n, file_.get());
      if (got == 0 && std::ferror(file_.get()) != 0) {
        error = std::error_code(errno != 0 ? errno : EIO, std::generic_category()).message();
      }
      return got;
    }
    if (stream_ != nullptr) {
      stream_->read(dst, static_cast<std::streamsize>(n));
      const auto got = static_cast<std::size_t>(stream_->gcount());
      if (got == 0 && stream_->bad())
        error = "the stream reported a read error";
      return got;
    }
    return 0;
  }

 private:
  struct file_closer {
    void operator()(std::FILE* f) const noexcept { std::fclose(f); }
  };
  std::unique_ptr<std::FILE, file_closer> file_;
  std::istream* stream_ = nullptr;
};

}  // namespace foresight::core::detail
