// The in-memory compilation: header fields and six tables of interned cells.
//
// A Table is row-major: cells[row * width() + column] is a StringPool id of the text as
// entered (after the reader stripped one leading `'`); a distinct column's ids
// (ColumnSpec::distinct) are not interned, so its cells are compared by text. Columns 0..spec(id).columns.size()-1
// are the schema columns in section-1 order; any further columns are unknown keys kept
// from a workspace file so that saving loses nothing. source_row[r] is the record's
// 1-based number in the file it came from (what findings report).
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "schema.hpp"
#include "string_pool.hpp"

namespace kompilasi {

struct Table {
  TableId id = TableId::unit;
  std::vector<std::string> columns;       // schema columns, then kept extra columns
  std::vector<std::uint32_t> cells;       // row-major pool ids
  std::vector<std::uint32_t> source_row;  // 1-based record number in the source
  // After a merge: per row, a pool id of the sorted submission names joined by '\n'.
  // Empty when the table has no provenance.
  std::vector<std::uint32_t> sumber;

  std::size_t width() const { return columns.size(); }
  std::size_t rows() const { return width() ? cells.size() / width() : 0; }
  std::uint32_t id_at(std::size_t row, std::size_t c) const { return cells[row * width() + c]; }
  std::uint32_t& id_at(std::size_t row, std::size_t c) { return cells[row * width() + c]; }
  int find_column(std::string_view name) const;
  int add_column(std::string name);  // appends an extra column (empty cells), returns its index
};

// One value of a merge conflict: the row as one submission (or several, agreeing) had it.
struct ConflictValue {
  std::vector<std::string> sumber;   // sorted submission names
  std::vector<std::string> row;      // cells in the table's column order
};

struct Conflict {
  TableId table = TableId::unit;
  std::vector<std::pair<std::string, std::string>> kunci;  // key column → normalised value
  std::vector<std::string> kolom;                          // columns that differ
  std::vector<ConflictValue> nilai;
  int dipilih = 0;                                         // index into nilai
};

struct Compilation {
  std::string instansi;
  int tahun = 0;
  std::string tanggal_kompilasi;  // YYYY-MM-DD or empty when the input gave none
  StringPool pool;
  std::array<Table, kTableCount> tables;
  std::vector<Conflict> konflik;
  nlohmann::ordered_json extra = nlohmann::ordered_json::object();  // unknown top-level keys, kept

  Compilation();
  Table& table(TableId t) { return tables[index(t)]; }
  const Table& table(TableId t) const { return tables[index(t)]; }
  std::string_view text(TableId t, std::size_t row, std::size_t c) const {
    return pool.view(table(t).id_at(row, c));
  }
  // The pool id for a text of column c of table t: interned, or appended when the schema
  // marks the column distinct (ColumnSpec::distinct).
  std::uint32_t cell_id(TableId t, std::size_t c, std::string_view text);
  // Appends a row of texts (schema column order, missing ones empty); returns its index.
  std::size_t add_row(TableId t, std::initializer_list<std::string_view> cells, std::uint32_t source_row = 0);
  std::size_t row_count() const;  // all tables
};

}  // namespace kompilasi
