#include "schema.hpp"

namespace kompilasi {
namespace {

// The third field marks the distinct columns (ColumnSpec::distinct): names, contacts,
// handles and links, where nearly every row has a text of its own.
constexpr ColumnSpec kUnit[] = {{"kode_unit", true}, {"nama_unit", true}, {"induk", false}, {"jenis", false}};
constexpr ColumnSpec kPegawai[] = {{"nip", true},       {"nama", true, true},  {"jenis_asn", true},
                                   {"jenis_kelamin", false}, {"kode_unit", true}, {"jabatan", false},
                                   {"email", false, true}, {"no_hp", false, true}};
constexpr ColumnSpec kAkun[] = {{"nip", true},       {"platform", true}, {"akun", true, true},
                                {"pengikut", false}, {"status", false},  {"tanggal_cek", false}};
constexpr ColumnSpec kAkunResmi[] = {{"kode_unit", true}, {"platform", true},       {"akun", true},
                                     {"pengikut", false}, {"pengelola_nip", false}, {"tanggal_cek", false}};
constexpr ColumnSpec kKonten[] = {{"id_konten", true},         {"judul", true, true},    {"platform", true},
                                  {"url", true, true},         {"tanggal_terbit", true}, {"batas_lapor", false},
                                  {"kode_unit_sumber", false}, {"sasaran", false}};
constexpr ColumnSpec kLaporan[] = {{"id_konten", true}, {"nip", true}, {"platform", true},
                                   {"url_bukti", true, true}, {"tanggal_lapor", true}};

constexpr std::uint8_t kUnitKey[] = {col::unit::kode_unit};
constexpr std::uint8_t kPegawaiKey[] = {col::pegawai::nip};
constexpr std::uint8_t kAkunKey[] = {col::akun::platform, col::akun::akun};
constexpr std::uint8_t kAkunResmiKey[] = {col::akun_resmi::platform, col::akun_resmi::akun};
constexpr std::uint8_t kKontenKey[] = {col::konten::id_konten};
constexpr std::uint8_t kLaporanKey[] = {col::laporan::id_konten, col::laporan::nip, col::laporan::platform};

const std::array<TableSpec, kTableCount> kSpecs = {{
    {TableId::unit, "unit", kUnit, kUnitKey},
    {TableId::pegawai, "pegawai", kPegawai, kPegawaiKey},
    {TableId::akun, "akun", kAkun, kAkunKey},
    {TableId::akun_resmi, "akun_resmi", kAkunResmi, kAkunResmiKey},
    {TableId::konten, "konten", kKonten, kKontenKey},
    {TableId::laporan, "laporan", kLaporan, kLaporanKey},
}};

}  // namespace

const TableSpec& spec(TableId t) { return kSpecs[index(t)]; }

std::optional<TableId> table_by_name(std::string_view name) {
  for (const auto& s : kSpecs)
    if (s.name == name) return s.id;
  return std::nullopt;
}

int column_index(TableId t, std::string_view name) {
  const auto cols = spec(t).columns;
  for (std::size_t i = 0; i < cols.size(); ++i)
    if (cols[i].name == name) return static_cast<int>(i);
  return -1;
}

}  // namespace kompilasi
