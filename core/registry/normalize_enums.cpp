// The enumerations of section 1 with the common spellings of section 3, compared after
// fold_short (case, spaces and punctuation ignored: "Laki-laki" → "lakilaki").
#include <array>

#include "normalize.hpp"

namespace kompilasi {
namespace {

template <class E, std::size_t N>
std::optional<E> lookup(std::string_view s, const std::array<std::pair<std::string_view, E>, N>& table) {
  char buf[kFoldShort];
  const std::string_view f = fold_short(s, buf);
  if (f.empty()) return std::nullopt;
  for (const auto& [name, value] : table)
    if (f == name) return value;
  return std::nullopt;
}

constexpr std::array<std::pair<std::string_view, JenisAsn>, 4> kJenisAsn = {{
    {"pns", JenisAsn::pns}, {"cpns", JenisAsn::pns}, {"pppk", JenisAsn::pppk}, {"p3k", JenisAsn::pppk}}};

constexpr std::array<std::pair<std::string_view, Kelamin>, 7> kKelamin = {{
    {"l", Kelamin::l}, {"lakilaki", Kelamin::l}, {"laki", Kelamin::l}, {"pria", Kelamin::l},
    {"p", Kelamin::p}, {"perempuan", Kelamin::p}, {"wanita", Kelamin::p}}};

constexpr std::array<std::pair<std::string_view, StatusAkun>, 6> kStatus = {{
    {"aktif", StatusAkun::aktif}, {"privat", StatusAkun::privat}, {"private", StatusAkun::privat},
    {"nonaktif", StatusAkun::nonaktif}, {"tidakaktif", StatusAkun::nonaktif},
    {"tidakditemukan", StatusAkun::tidak_ditemukan}}};

constexpr std::array<std::pair<std::string_view, JenisUnit>, 7> kJenisUnit = {{
    {"sekretariat", JenisUnit::sekretariat}, {"dinas", JenisUnit::dinas}, {"badan", JenisUnit::badan},
    {"kecamatan", JenisUnit::kecamatan}, {"kelurahan", JenisUnit::kelurahan}, {"lainnya", JenisUnit::lainnya},
    {"lainlain", JenisUnit::lainnya}}};

}  // namespace

std::optional<JenisAsn> parse_jenis_asn(std::string_view s) { return lookup(s, kJenisAsn); }
std::optional<Kelamin> parse_kelamin(std::string_view s) { return lookup(s, kKelamin); }
std::optional<StatusAkun> parse_status(std::string_view s) { return lookup(s, kStatus); }
std::optional<JenisUnit> parse_jenis_unit(std::string_view s) { return lookup(s, kJenisUnit); }

}  // namespace kompilasi
