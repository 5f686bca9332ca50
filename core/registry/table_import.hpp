// Taking rows of a canonical table in from a grid whose first record is a header, shared by
// the CSV bundle (fields straight from CsvParser, nothing allocated per cell) and the
// project's XLSX workbook (fields of a Sheet). The rules are DATA.md section 2's:
// - headers are matched like flat-form headers (fold_header), in any order; an unknown or
//   repeated column is an info finding KOLOM_DIABAIKAN (value: the header); a column with an
//   empty header is passed over unless it holds text, then it is KOLOM_DIABAIKAN named by
//   its column letter;
// - one leading `'` is stripped from every cell;
// - a short row is padded with empty cells; a row with more fields keeps the header's
//   fields and, when a dropped field holds text, is an error BARIS_TIDAK_RATA (column: the
//   last header; value: the dropped fields joined by ','; detail: "fields/headers");
// - `record` is the row's 1-based record number (header and blank lines not counted).
//
// HeaderImport reads the `kunci,nilai` rows of kompilasi.csv (or the workbook's kompilasi
// sheet) into the header fields: tanggal_kompilasi normalised to YYYY-MM-DD, an unreadable
// tahun or date throws InputError ("bad_tahun", "bad_tanggal"), unknown keys are kept in
// Compilation::extra as strings.
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "loaded.hpp"

namespace kompilasi {

class TableImport {
 public:
  TableImport(Loaded& out, TableId table, std::span<const std::string_view> header, std::size_t reserve_rows = 0);
  // lasting: the fields' texts stay valid until finish() (not only until the next row), so
  // their interning may wait for the lookups of the rows after (StreamInterner).
  void row(std::span<const std::string_view> fields, std::uint32_t record, bool lasting = false);
  // The cells still being interned, and the findings that need every row seen (empty-header
  // columns holding text). The table is complete only after it.
  void finish();

 private:
  Loaded& out_;
  TableId table_;
  std::vector<int> map_;              // file column → table column, -1 when ignored
  std::vector<bool> distinct_;        // per file column: its table column is stored without interning
  std::vector<std::size_t> unnamed_;  // ignored columns with an empty header
  std::vector<bool> unnamed_text_;    // per file column: an ignored, unnamed column held text
  StreamInterner interner_;           // into the table's cells (the other columns)
  std::string last_header_;
};

class HeaderImport {
 public:
  // where: the InputError place of the header ("line:1"); throws "header_file_columns" unless
  // the header has `kunci` and `nilai`.
  HeaderImport(Compilation& c, std::string file, std::span<const std::string_view> header, const std::string& where);
  void row(std::span<const std::string_view> fields, const std::string& where);

 private:
  Compilation& c_;
  std::string file_;
  int key_ = -1, value_ = -1;
};

}  // namespace kompilasi
