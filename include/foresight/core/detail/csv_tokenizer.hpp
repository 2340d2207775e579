// SPDX-License-Identifier: Apache-2.0
/// \file
/// The tokenizer behind `core::csv_reader`: splits an RFC 4180 input into records of fields,
/// refilling a block buffer from a file or stream, and reports malformed input as a status with
/// its line and column (the reader turns it into `csv_error`). Internal to
/// `core/csv_reader.hpp`.
/// References: Shafranovich (2005), RFC 4180, section 2 (grammar of records and fields).
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstring>
#include <filesystem>
#include <istream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <foresight/core/detail/csv_source.hpp>
#include <foresight/core/types.hpp>

namespace foresight::core::detail {

/// One field of the current record: bytes [begin, begin + size) of the buffer.
struct csv_field_ref {
  std::size_t begin = 0;
  std::size_t size = 0;
  index line = 0;        // 1-based line where the field starts
  index column = 0;      // 1-based byte column where the field starts (its opening quote if quoted)
  bool escaped = false;  // quoted, with "" pairs still to be collapsed
};

/// What went wrong in `csv_tokenizer::next`.
enum class csv_scan_error : int {
  none = 0,
  nul_byte = 1,            // a NUL byte in a field
  unterminated_quote = 2,  // the input ends inside a quoted field (located at its opening quote)
  after_quote = 3,         // a character other than delimiter / line end after a closing quote
  read_failed = 4,         // the file or stream reported an error (message in read_error)
};

/// Splits an input into records. Line ends are CRLF, LF or a lone CR; empty lines are skipped;
/// a UTF-8 byte-order mark at the start is dropped and not counted in columns.
class csv_tokenizer {
 public:
  /// A tokenizer of the RFC 4180 dialect (',' and '"', trimming spaces) with no input yet.
  csv_tokenizer() { set_dialect(',', '"', true); }

  /// Sets the delimiter, the quote and whether spaces/tabs around fields are trimmed.
  void set_dialect(char delimiter, char quote, bool trim) {
    delimiter_ = delimiter;
    quote_ = quote;
    trim_ = trim;
    special_.fill(0);
    for (const char c : {delimiter, '\r', '\n', '\0'})
      special_[static_cast<unsigned char>(c)] = 1;
  }

  /// Reads from the file `path`; false (and the system's message in `reason`) on failure.
  bool open(const std::filesystem::path& path, std::string& reason) {
    return source_.open(path, reason);
  }
  /// Reads from `in`, which must outlive the tokenizer.
  void attach(std::istream& in) { source_.attach(in); }
  /// Reads the bytes of `text`.
  void assign(std::string text) {
    buf_ = std::move(text);
    end_ = buf_.size();
    eof_ = true;
  }

  /// Largest block read from a file or stream at once (1 MiB; the fuzzer uses tiny ones).
  void set_block_size(std::size_t bytes) noexcept { block_size_ = std::max<std::size_t>(bytes, 1); }

  /// Drops a UTF-8 byte-order mark at the start of the input; false on a read error.
  bool skip_bom() {
    while (end_ - pos_ < 3 && !eof_) {
      if (!refill())
        return false;
    }
    if (end_ - pos_ >= 3 && std::memcmp(buf_.data() + pos_, "\xEF\xBB\xBF", 3) == 0)
      pos_ += 3;
    return true;
  }

  /// Reads the next record into `fields()`; false at the end of the input or on an error
  /// (`error != none`, located at `error_line`:`error_column`).
  bool next() {
    for (;;) {
      if (!skip_empty_lines())
        return false;
      if (scan_record())
        break;
      if (error != csv_scan_error::none || !refill())
        return false;
    }
    for (auto& f : fields_) {
      if (f.escaped)
        unescape(f);
    }
    return true;
  }

  /// Fields of the current record.
  [[nodiscard]] const std::vector<csv_field_ref>& fields() const noexcept { return fields_; }
  /// Bytes of field `f`.
  [[nodiscard]] std::string_view text(const csv_field_ref& f) const noexcept {
    return {buf_.data() + f.begin, f.size};
  }
  /// Line of the next unread byte (after the last record: the line after it).
  [[nodiscard]] index next_line() const noexcept { return line_; }

  csv_scan_error error = csv_scan_error::none;  ///< the last error, if any
  index error_line = 0;                         ///< its 1-based line
  index error_column = 0;                       ///< its 1-based column
  std::string read_error;                       ///< the system's message for read_failed
  index end_line = 0;                           ///< line where the current record ends
  index end_column = 0;  ///< column of the current record's line end (one past its last byte)

 private:
  // Moves the unread bytes to the front and appends the next block; false on a read error.
  bool refill() {
    if (pos_ > 0) {
      std::memmove(buf_.data(), buf_.data() + pos_, end_ - pos_);
      end_ -= pos_;
      pos_ = 0;
    }
    // Start with 4 KiB and double on each refill up to the block size, so small inputs stay
    // cheap; beyond that grow only when one record fills the whole buffer.
    std::size_t want = buf_.size();
    if (want < block_size_)
      want = std::min(block_size_, std::max<std::size_t>(4096, 2 * want));
    if (end_ == want)
      want *= 2;
    if (want != buf_.size())
      buf_.resize(want);
    const std::size_t got = source_.read(buf_.data() + end_, buf_.size() - end_, read_error);
    if (!read_error.empty())
      return fail(csv_scan_error::read_failed, line_, 0);
    if (got == 0)
      eof_ = true;
    end_ += got;
    return true;
  }

  bool fail(csv_scan_error e, index line, index column) {
    error = e;
    error_line = line;
    error_column = column;
    return false;
  }

  // Skips empty lines; false at the end of the input or on a read error.
  bool skip_empty_lines() {
    for (;;) {
      if (pos_ >= end_) {
        if (eof_ || !refill())
          return false;
        continue;
      }
      const char c = buf_[pos_];
      if (c == '\n') {
        ++pos_;
        ++line_;
      } else if (c == '\r') {
        if (pos_ + 1 >= end_ && !eof_) {
          if (!refill())
            return false;
          continue;
        }
        pos_ += (pos_ + 1 < end_ && buf_[pos_ + 1] == '\n') ? 2 : 1;
        ++line_;
      } else {
        return true;
      }
    }
  }

  [[nodiscard]] bool is_blank(char c) const noexcept {
    return trim_ && (c == ' ' || c == '\t') && c != delimiter_;
  }

  // Tokenises the record at pos_ into fields_. Returns false either on a malformed record
  // (error set) or when the buffer ends before the record does: then pos_ and line_ are
  // unchanged and the caller refills and rescans. On success advances past the line end.
  bool scan_record() {
    fields_.clear();
    const char* b = buf_.data();
    std::size_t p = pos_;
    std::size_t line_start = pos_;
    index line = line_;
    const auto col = [&](std::size_t at) { return static_cast<index>(at - line_start) + 1; };
    for (;;) {
      csv_field_ref f;
      while (p < end_ && is_blank(b[p]))
        ++p;
      f.line = line;
      f.column = col(p);
      if (p < end_ && b[p] == quote_) {
        f.begin = ++p;
        for (;;) {
          // RFC 4180 2.6-2.7: inside quotes anything but a lone quote is data, line ends too.
          while (p < end_ && b[p] != quote_) {
            const char c = b[p];
            if (c == '\0')
              return fail(csv_scan_error::nul_byte, line, col(p));
            if (c == '\r' || c == '\n') {
              if (c == '\r' && p + 1 >= end_ && !eof_)
                return false;
              if (c == '\r' && p + 1 < end_ && b[p + 1] == '\n')
                ++p;
              ++line;
              line_start = p + 1;
            }
            ++p;
          }
          if (p >= end_) {
            if (!eof_)
              return false;
            return fail(csv_scan_error::unterminated_quote, f.line, f.column);
          }
          if (p + 1 >= end_ && !eof_)
            return false;  // a closing quote or the first of a "" pair: not known yet
          if (p + 1 < end_ && b[p + 1] == quote_) {
            f.escaped = true;
            p += 2;
            continue;
          }
          f.size = p - f.begin;
          ++p;
          break;
        }
        while (p < end_ && is_blank(b[p]))
          ++p;
        if (p >= end_ && !eof_)
          return false;
        if (p < end_ && b[p] != delimiter_ && b[p] != '\r' && b[p] != '\n') {
          return fail(b[p] == '\0' ? csv_scan_error::nul_byte : csv_scan_error::after_quote, line,
                      col(p));
        }
      } else {
        // Unquoted: up to the delimiter or line end; a quote inside is kept as data.
        f.begin = p;
        while (p < end_ && special_[static_cast<unsigned char>(b[p])] == 0)
          ++p;
        if (p >= end_ && !eof_)
          return false;
        if (p < end_ && b[p] == '\0')
          return fail(csv_scan_error::nul_byte, line, col(p));
        std::size_t e = p;
        while (e > f.begin && is_blank(b[e - 1]))
          --e;
        f.size = e - f.begin;
      }
      fields_.push_back(f);
      if (p < end_ && b[p] == delimiter_) {
        ++p;
        continue;
      }
      if (p < end_ && b[p] == '\r' && p + 1 >= end_ && !eof_)
        return false;
      end_line = line;
      end_column = col(p);
      if (p < end_) {  // CR, LF or CRLF
        if (b[p] == '\r' && p + 1 < end_ && b[p + 1] == '\n')
          ++p;
        ++p;
        ++line;
      }
      pos_ = p;
      line_ = line;
      return true;
    }
  }

  // Collapses the "" pairs of a quoted field in place (RFC 4180 2.7).
  void unescape(csv_field_ref& f) {
    char* s = buf_.data() + f.begin;
    std::size_t out = 0;
    for (std::size_t i = 0; i < f.size; ++i, ++out) {
      s[out] = s[i];
      if (s[i] == quote_)
        ++i;
    }
    f.size = out;
    f.escaped = false;
  }

  csv_source source_;
  std::string buf_;
  std::size_t pos_ = 0;  // first unread byte of buf_
  std::size_t end_ = 0;  // end of the valid bytes of buf_
  bool eof_ = false;
  index line_ = 1;  // line of buf_[pos_]
  char delimiter_ = ',';
  char quote_ = '"';
  bool trim_ = true;
  std::array<unsigned char, 256> special_{};
  std::vector<csv_field_ref> fields_;
  std::size_t block_size_ = std::size_t{1} << 20U;
};

}  // namespace foresight::core::detail
