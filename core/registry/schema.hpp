// The six tables of the data contract (DATA.md section 1): names, columns, required
// columns and keys. Column indexes are fixed: code refers to them through the `col`
// enums below, files refer to them by name.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace kompilasi {

enum class TableId : std::uint8_t { unit, pegawai, akun, akun_resmi, konten, laporan };
inline constexpr std::size_t kTableCount = 6;
inline constexpr std::array<TableId, kTableCount> kAllTables = {
    TableId::unit, TableId::pegawai, TableId::akun, TableId::akun_resmi, TableId::konten, TableId::laporan};

struct ColumnSpec {
  std::string_view name;
  bool required;
  // Nearly every row has a text of its own (names, handles, links): its cells are stored in
  // the pool without interning (StringPool::append), so equal texts there may have different
  // ids and whatever compares these cells compares their texts.
  bool distinct = false;
};

struct TableSpec {
  TableId id;
  std::string_view name;                 // file and JSON name: "pegawai"
  std::span<const ColumnSpec> columns;   // in the order of DATA.md section 1
  std::span<const std::uint8_t> key;     // column indexes of the key
};

const TableSpec& spec(TableId t);
std::optional<TableId> table_by_name(std::string_view name);
inline std::size_t index(TableId t) { return static_cast<std::size_t>(t); }

// Column indexes per table, in section-1 order.
namespace col {
namespace unit { enum : std::uint8_t { kode_unit, nama_unit, induk, jenis, count }; }
namespace pegawai { enum : std::uint8_t { nip, nama, jenis_asn, jenis_kelamin, kode_unit, jabatan, email, no_hp, count }; }
namespace akun { enum : std::uint8_t { nip, platform, akun, pengikut, status, tanggal_cek, count }; }
namespace akun_resmi { enum : std::uint8_t { kode_unit, platform, akun, pengikut, pengelola_nip, tanggal_cek, count }; }
namespace konten { enum : std::uint8_t { id_konten, judul, platform, url, tanggal_terbit, batas_lapor, kode_unit_sumber, sasaran, count }; }
namespace laporan { enum : std::uint8_t { id_konten, nip, platform, url_bukti, tanggal_lapor, count }; }
}  // namespace col

// Index of a schema column of table t by exact name, or -1.
int column_index(TableId t, std::string_view name);

}  // namespace kompilasi
