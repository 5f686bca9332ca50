// RFC 4180 records over UTF-8 text, one pass, without allocating per cell: fields are views
// into the text, except fields with "" escapes (or text after a closing quote), which are
// unescaped into a scratch buffer reused from record to record.
//
//   CsvParser p(text, "pegawai.csv", detect_delimiter(text));
//   while (p.next()) for (std::string_view f : p.fields()) …;   // views valid until next()
//
// Reading (the same records as Python's csv module in its default dialect):
// - records end at LF, CRLF or a lone CR (classic Mac); line breaks inside quotes are kept
//   byte for byte;
// - a quote opens a quoted field only as the field's first character; elsewhere it is text;
//   text after a closing quote is appended as it stands (`"ab"c` → `abc`);
// - a blank record (every field empty, none quoted: an empty line or a line of delimiters)
//   is skipped and not counted: record() numbers the others from 1 (the header is 1);
// - unusable text throws InputError naming the file and the line: "unterminated_quote",
//   "nul_byte", "too_many_columns" (over 16 384), "cell_too_long" (over 32 767 characters;
//   detail: the 1-based column).
#pragma once
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kompilasi {

inline constexpr std::size_t kMaxColumns = 16384;
inline constexpr std::size_t kMaxCellChars = 32767;

// The delimiter of the first record's line: the most frequent of , ; and tab outside
// quotes; ',' when there is none (a one-column file).
char detect_delimiter(std::string_view text);

class CsvParser {
 public:
  CsvParser(std::string_view text, std::string file, char delimiter);
  bool next();                                          // false at the end of the text
  std::span<const std::string_view> fields() const { return fields_; }
  // Every field of the record is a view into text() (none had "" unescaped into a buffer of
  // the parser's), so the views stay valid past next().
  bool fields_in_text() const { return scratch_fields_.empty(); }
  std::uint32_t record() const { return record_; }      // 1-based, blank records not counted
  std::size_t line() const { return record_line_; }     // 1-based line where the record starts
  std::size_t offset() const { return pos_; }           // bytes consumed so far
  std::string_view text() const { return text_; }
  const std::string& file() const { return file_; }

 private:
  bool read_record();  // one record, blank or not; false at the end
  void finish_field(std::size_t begin, std::size_t end, bool scratch, std::size_t line);
  [[noreturn]] void fail(const char* code, std::size_t line, std::string detail = {}) const;

  std::string_view text_;
  std::string file_;
  char delim_;
  std::array<std::uint8_t, 256> stop_{};   // bytes that end an unquoted run
  std::array<std::uint8_t, 256> qstop_{};  // bytes that end a quoted run
  std::size_t pos_ = 0, line_ = 1, record_line_ = 1;
  std::uint32_t record_ = 0;
  bool any_quoted_ = false;
  std::vector<std::string_view> fields_;
  std::string scratch_;
  std::vector<std::uint32_t> scratch_fields_;  // indexes of fields_ whose text is in scratch_
  std::vector<std::pair<std::size_t, std::size_t>> scratch_spans_;
};

}  // namespace kompilasi
