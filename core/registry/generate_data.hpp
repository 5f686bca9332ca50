// The word lists behind the generator: the units of Kota Blitar, Javanese and Indonesian
// names, degrees, positions by kind of unit, and the campaigns ASN are asked to share.
#pragma once
#include <cstdint>
#include <span>
#include <string_view>

namespace kompilasi::gen {

// What kind of work a unit does: picks positions and degrees.
enum class Role : std::uint8_t {
  umum, pendidikan, sekolah, kesehatan, puskesmas, rsud, satpol, kewilayahan, pengawasan,
  perencanaan, keuangan, kepegawaian, sosial, lingkungan, pertanian, perhubungan, kominfo,
  perpustakaan, pariwisata, pekerjaan_umum, count
};

struct UnitDef {
  std::string_view kode, nama, induk, jenis;
  std::uint32_t weight;      // relative share of the ASN
  std::string_view slug;     // official accounts "<slug>.kotablitar"; empty: none
  Role role;
};

inline constexpr std::string_view kInstansi = "Pemerintah Kota Blitar";
inline constexpr std::string_view kEmailDomain = "blitarkota.go.id";

std::span<const UnitDef> blitar_units();
std::span<const std::string_view> kelurahan_names();   // for school and puskesmas names

std::span<const std::string_view> male_first_names();
std::span<const std::string_view> female_first_names();
std::span<const std::string_view> male_last_names();
std::span<const std::string_view> female_last_names();

// Degrees after the name (", S.Pd."), by role; general ones for every role.
std::span<const std::string_view> degrees(Role role);
// Positions (jabatan) by role; general ones for every role.
std::span<const std::string_view> positions(Role role);
std::span<const std::string_view> general_positions();

struct CampaignDef {
  std::string_view judul;
  int month, day;            // publication date in the compilation year
  std::string_view source;   // kode_unit_sumber
  std::string_view sasaran;  // ';'-separated unit codes, empty = every unit
  std::uint8_t platform;     // Platform index
};
std::span<const CampaignDef> campaigns();

}  // namespace kompilasi::gen
