// Writes an .xlsx workbook (bytes) from sheets of typed cells, streamed row by row so that
// a large table is never held twice. Every sheet gets a bold header row that stays in view
// (frozen pane), an autofilter over its columns and widths fitted to the text of its first
// rows. Text is written as inline strings, XML-escaped (CR as &#13;, control characters
// and literal `_xHHHH_` as ST_Xstring escapes) so a reader gets the very text back;
// numbers as numbers, dates as date serials with a yyyy-mm-dd format. Formula
// neutralisation is the caller's choice (neutralize.hpp): the writer writes text as given.
//
//   XlsxSheet s{.name = "pegawai", .columns = {{"nip", XlsxFormat::text}, {"nama"}}, .rows = n,
//               .row = [&](std::size_t r, std::vector<XlsxCell>& cells) { ... }};
//   std::string bytes = write_xlsx({s});
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace kompilasi {

enum class XlsxFormat : std::uint8_t {
  general,
  text,     // "@": what a user types there stays text (NIP columns)
  date,     // yyyy-mm-dd
  percent,  // 0.0%
};

struct XlsxCell {
  enum class Type : std::uint8_t { empty, text, number, date };
  Type type = Type::empty;
  std::string_view text;  // Type::text; valid until the next row is asked for
  double number = 0;      // Type::number; Type::date: Excel serial (days since 1899-12-30)

  static XlsxCell of_text(std::string_view t) { return {Type::text, t, 0}; }
  static XlsxCell of_number(double v) { return {Type::number, {}, v}; }
  static XlsxCell of_date(double serial) { return {Type::date, {}, serial}; }
};

struct XlsxColumn {
  std::string header;
  XlsxFormat format = XlsxFormat::general;
};

struct XlsxSheet {
  std::string name;                  // at most 31 characters, none of []:*?/\ (not checked)
  std::vector<XlsxColumn> columns;
  std::size_t rows = 0;              // data rows, header excluded
  // Fills cells (cleared by the writer) with data row r's cells in column order; missing
  // trailing cells are empty.
  std::function<void(std::size_t r, std::vector<XlsxCell>& cells)> row;
};

std::string write_xlsx(const std::vector<XlsxSheet>& sheets);

// The Excel serial of a date (1900 system), or a negative number for dates before
// 1900-03-01, which the 1900 system cannot hold faithfully.
double excel_serial(int y, int m, int d);

}  // namespace kompilasi
