// Inside the generator (generate.hpp): the state shared by the files that write the tables.
// generate.cpp writes unit, akun_resmi and konten, generate_pegawai.cpp pegawai, and
// generate_accounts.cpp akun and laporan, person by person.
#pragma once
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "flat_map.hpp"
#include "generate.hpp"
#include "generate_data.hpp"
#include "generate_rng.hpp"
#include "normalize.hpp"

namespace kompilasi::gen {

// Every kind of planted defect; each gives exactly one finding of the rule in its comment.
enum class Defect : std::uint8_t {
  none,
  nip_format,       // pegawai NIP_FORMAT: an NIP of 17 digits and the like (the ASN has no accounts)
  usia,             // pegawai PEGAWAI_USIA: 65 or older
  kelamin_beda,     // pegawai NIP_KELAMIN_BEDA: jenis_kelamin against digit 15
  unit_unknown,     // pegawai UNIT_TIDAK_DIKENAL
  nama_kosong,      // pegawai WAJIB_KOSONG (nama)
  nip_ganda,        // pegawai NIP_GANDA: an ASN entered again
  handle_format,    // akun AKUN_FORMAT: a handle with a space
  url_platform,     // akun AKUN_URL_PLATFORM: another site's profile URL
  pengikut_format,  // akun PENGIKUT_FORMAT: "1.5" and the like
  tanggal_cek,      // akun TANGGAL_FORMAT: "31/09/2024"
  akun_ganda,       // akun AKUN_GANDA: an account claimed again under another NIP
  resmi_pribadi,    // akun AKUN_RESMI_PRIBADI: an official account listed as personal
  akun_twice,       // akun KUNCI_GANDA (warning): the same account twice for one NIP
  akun_phantom,     // akun REFERENSI_PEGAWAI: an account of an NIP not in pegawai
  laporan_url,      // laporan LAPORAN_URL: a screenshot link as proof
  sebelum_terbit,   // laporan LAPORAN_SEBELUM_TERBIT
  konten_unknown,   // laporan REFERENSI_KONTEN
  laporan_ganda,    // laporan LAPORAN_GANDA: another ASN's proof link
  terlambat,        // laporan LAPORAN_TERLAMBAT (info; at scale late reports are natural)
  laporan_phantom,  // laporan REFERENSI_PEGAWAI
  count
};

// Decides where defects go. At scale each opportunity of a table draws one of the table's
// kinds with probability err_rate; in the sample each listed kind is planted once, at the
// first opportunity at or after its position that suits it (the caller says whether it did).
class Planner {
 public:
  static Planner scale(double rate) { Planner p; p.rate_ = rate; return p; }
  static Planner sample(std::span<const std::pair<Defect, std::size_t>> at);

  Defect draw(std::span<const Defect> kinds, std::size_t position, Rng& r);
  void planted(Defect d) { pending_[static_cast<std::size_t>(d)] = kNever; }
  bool is_sample() const { return rate_ < 0; }

 private:
  static constexpr std::size_t kNever = SIZE_MAX;
  double rate_ = -1;
  std::array<std::size_t, static_cast<std::size_t>(Defect::count)> pending_{};
};

struct UnitInfo {
  std::string kode, nama, induk, jenis, slug;
  std::uint32_t weight = 0;
  Role role = Role::umum;
  std::int32_t parent = -1;
};

struct Person {
  std::uint64_t nip = 0;
  std::int32_t unit = 0;        // index into units; the row may carry an unknown code
  std::int32_t birth = 0;       // days since 1970-01-01
  std::uint16_t first = 0, last = 0;  // name indexes; last == kNoLast: one name only
  std::uint8_t sex = 1;         // NIP digit 15
  std::uint8_t accounts = 0;    // own accounts to write
  bool pns = true;
  bool clean = true;            // pegawai row without any finding
  bool nip_ok = true;           // 18 digits in the row (not a planted NIP_FORMAT)
};
inline constexpr std::uint16_t kNoLast = UINT16_MAX;

inline std::int32_t days(int y, int m, int d) { return days_from_civil(Date{y, m, d}); }

struct Official {
  int unit = 0, platform = 0;
  std::string handle;
  std::string followers;        // as written
  std::uint64_t pengelola = 0;  // NIP or 0
  bool used = false;            // already listed as personal once
};

struct Campaign {
  std::string id;
  int platform = 0;
  std::int32_t terbit = 0, batas = -1;  // days; batas -1: no deadline
  std::uint32_t pop = 100;              // relative popularity (percent)
  std::vector<std::uint8_t> eligible;   // per unit: in the sasaran (sub-units included)
  bool everyone = true;                 // empty sasaran
};

struct Builder {
  Builder(std::uint64_t seed, std::size_t asn, bool sample, Planner planner);
  Generated run();

  void make_units();    // generate.cpp
  void make_pegawai();  // generate_pegawai.cpp
  void make_resmi();    // generate.cpp
  void make_konten();   // generate.cpp
  // generate_accounts.cpp
  void make_akun_laporan();

  // shared helpers
  bool claim_handle(int platform, std::string_view handle);  // false when taken
  std::uint64_t phantom_nip(Rng& r);                         // well-formed, in no pegawai row
  std::string person_name(const Person& p, std::string_view jabatan, Rng& r) const;
  void plant(Defect d, Rule rule, TableId t, std::string_view column, std::string_view value, std::string note);

  std::uint64_t seed;
  std::size_t asn;
  bool sample;
  Planner planner;
  Generated out;
  Compilation& comp;
  std::int32_t today = 0;       // tanggal_kompilasi in days
  std::vector<UnitInfo> units;
  std::vector<std::uint32_t> unit_cumulative;
  std::vector<std::string> unknown_codes;
  std::vector<Person> people;
  std::vector<std::vector<std::uint32_t>> clean_by_unit;  // a few clean people per unit (admins)
  std::vector<Official> officials;
  std::vector<Campaign> konten;
  FlatMap<std::uint64_t> nips{1024};
  FlatMap<std::uint64_t> handles{1024};
  std::size_t late_reports = 0;
};

}  // namespace kompilasi::gen
