// The rules of DATA.md section 3 on small compilations: what must be flagged, what must
// not, and the conventions (one defect one finding, first row of a key group stays valid,
// NIPs compared as 18 digits, aliases, no cascade).
#include <doctest/doctest.h>

#include <algorithm>

#include "registry/validate.hpp"

using namespace kompilasi;

namespace {

constexpr std::string_view kBudi = "198609262015051001";   // PNS, born 1986-09-26, TMT 2015-05, male
constexpr std::string_view kSiti = "199003152021212002";   // PPPK, born 1990-03-15, 2021, contract 21, female

// Two units (one a sub-unit), two ASN with one account each, one content with one report.
Compilation base() {
  Compilation c;
  c.instansi = "Pemerintah Kota Blitar";
  c.tahun = 2024;
  c.tanggal_kompilasi = "2024-12-31";
  c.add_row(TableId::unit, {"1.01", "Dinas Pendidikan", "", "dinas"});
  c.add_row(TableId::unit, {"1.01.01", "UPT Pendidikan Utara", "1.01", "lainnya"});
  c.add_row(TableId::pegawai, {kBudi, "Budi Santoso", "PNS", "L", "1.01"});
  c.add_row(TableId::pegawai, {kSiti, "Siti Rahayu", "PPPK", "P", "1.01.01"});
  c.add_row(TableId::akun, {kBudi, "instagram", "@budi.santoso", "1.234", "aktif", "2024-12-01"});
  c.add_row(TableId::akun, {kSiti, "tiktok", "https://www.tiktok.com/@siti.r?lang=id", "1,2 rb", "", ""});
  c.add_row(TableId::konten, {"K001", "Hari Jadi", "instagram", "https://www.instagram.com/p/abc/", "2024-08-01",
                              "2024-08-10", "1.01", ""});
  c.add_row(TableId::laporan, {"K001", kBudi, "IG", "https://www.instagram.com/p/xyz/", "2024-08-05"});
  return c;
}

std::vector<Finding> of(const Validation& v, Rule r) {
  std::vector<Finding> out;
  for (const Finding& f : v.findings)
    if (f.rule == r) out.push_back(f);
  return out;
}

std::size_t count(const Validation& v, Rule r) { return v.counts[static_cast<std::size_t>(r)]; }

// Every finding as "RULE table:row:column", for failure messages.
std::string dump(const Validation& v) {
  std::string out;
  for (const Finding& f : v.findings)
    out += std::string(rule_id(f.rule)) + " " + std::string(spec(f.table).name) + ":" + std::to_string(f.row) + ":" +
           std::string(f.column()) + "\n";
  return out;
}

#define CHECK_TOTAL(v, n)           \
  do {                              \
    const Validation& v_ = (v);     \
    INFO(dump(v_));                 \
    CHECK(v_.findings.size() == (n)); \
  } while (0)

// A compilation with one extra pegawai row (and its account, so that PEGAWAI_TANPA_AKUN stays quiet).
Validation with_pegawai(std::initializer_list<std::string_view> row) {
  Compilation c = base();
  c.add_row(TableId::pegawai, row);
  c.add_row(TableId::akun, {*row.begin(), "facebook", "budi.santoso.99"});
  return validate(c);
}

}  // namespace

TEST_CASE("a clean compilation has no findings") {
  const Validation v = validate(base());
  CHECK_TOTAL(v, 0);
  CHECK(v.norm.pegawai_nip[0] == 198609262015051001ULL);
  CHECK(v.norm.pegawai_unit[1] == 1);
  CHECK(v.norm.unit_parent[1] == 0);
  CHECK(v.norm.unit_parent[0] == kNone);
  CHECK(v.norm.akun_pegawai[1] == 1);
  CHECK(v.norm.akun_platform[1] == static_cast<std::int8_t>(Platform::tiktok));
  CHECK(v.norm.keys.view(v.norm.akun_handle[1]) == "siti.r");
  CHECK(v.norm.akun_pengikut[0] == 1234);
  CHECK(v.norm.akun_pengikut[1] == 1200);
  CHECK(v.norm.akun_counts[0] == 1);
  CHECK(v.norm.konten_terbit[0] == days_from_civil({2024, 8, 1}));
  CHECK(v.norm.konten_batas[0] == days_from_civil({2024, 8, 10}));
  CHECK(v.norm.konten_sasaran[0].empty());
  CHECK(v.norm.laporan_konten[0] == 0);
  CHECK(v.norm.laporan_pegawai[0] == 0);
  CHECK(v.norm.laporan_tanggal[0] == days_from_civil({2024, 8, 5}));
  for (const auto& rows : v.row_error) CHECK(std::count(rows.begin(), rows.end(), 1) == 0);
}

TEST_CASE("NIP_FORMAT: not 18 digits, and it stops the other NIP checks") {
  CHECK_TOTAL(with_pegawai({"19860926 201505 1 002", "Nama", "PNS", "L", "1.01"}), 0);
  CHECK_TOTAL(with_pegawai({"19860926.201505.1.002", "Nama", "PNS", "L", "1.01"}), 0);
  for (std::string_view bad : {"1986092620150510", "1.98609262015051E+17", "19860926/201505/1/002", "1986O9262015051002"}) {
    CAPTURE(bad);
    const Validation v = with_pegawai({bad, "Nama", "PNS", "P", "1.01"});
    REQUIRE(count(v, Rule::NIP_FORMAT) == 2);  // the pegawai row and the account naming it
    CHECK(of(v, Rule::NIP_FORMAT)[0].table == TableId::pegawai);
    CHECK(of(v, Rule::NIP_FORMAT)[0].row == 3);
    CHECK(of(v, Rule::NIP_FORMAT)[0].column() == "nip");
    CHECK(of(v, Rule::NIP_FORMAT)[0].value() == bad);
    CHECK_TOTAL(v, 2);
    CHECK(v.row_error[index(TableId::pegawai)][2] == 1);
  }
}

TEST_CASE("NIP_TANGGAL_LAHIR: digits 1-8 a real date, year 1940 or later; it skips the age checks") {
  for (std::string_view bad : {"198602302015051002", "198613012015051002", "198601002015051002", "193909262015051002",
                               "198302292015051002"}) {
    CAPTURE(bad);
    const Validation v = with_pegawai({bad, "Nama", "PNS", "L", "1.01"});
    CHECK(count(v, Rule::NIP_TANGGAL_LAHIR) == 1);
    CHECK_TOTAL(v, 1);
  }
  CHECK_TOTAL(with_pegawai({"194001012000011002", "Nama", "PNS", "L", "1.01"}), 1);  // born 1940: only 65+
  CHECK_TOTAL(with_pegawai({"198402292015051002", "Nama", "PNS", "L", "1.01"}), 0);  // a leap day
}

TEST_CASE("NIP_TMT for PNS: YYYYMM, month 1-12, 18 years after birth, not after tanggal_kompilasi") {
  CHECK(count(with_pegawai({"198609262015131002", "Nama", "PNS", "L", "1.01"}), Rule::NIP_TMT) == 1);  // month 13
  CHECK(count(with_pegawai({"198609262015001002", "Nama", "PNS", "L", "1.01"}), Rule::NIP_TMT) == 1);  // month 0
  CHECK(count(with_pegawai({"198609262025011002", "Nama", "PNS", "L", "1.01"}), Rule::NIP_TMT) == 1);  // after 2024-12
  CHECK(count(with_pegawai({"198609262024121002", "Nama", "PNS", "L", "1.01"}), Rule::NIP_TMT) == 0);  // 2024-12 itself
  CHECK(count(with_pegawai({"198609262004081002", "Nama", "PNS", "L", "1.01"}), Rule::NIP_TMT) == 1);  // 17y 11m
  CHECK(count(with_pegawai({"198609262004091002", "Nama", "PNS", "L", "1.01"}), Rule::NIP_TMT) == 0);  // 18 years
  // a rejected birth date skips the 18-year part only
  CHECK(count(with_pegawai({"198602302000011002", "Nama", "PNS", "L", "1.01"}), Rule::NIP_TMT) == 0);
  CHECK(count(with_pegawai({"198602302015131002", "Nama", "PNS", "L", "1.01"}), Rule::NIP_TMT) == 1);
  // CPNS is PNS
  CHECK(count(with_pegawai({"198609262015131002", "Nama", "CPNS", "L", "1.01"}), Rule::NIP_TMT) == 1);
}

TEST_CASE("NIP_TMT for PPPK: year 2019 to tahun, 18 years after birth, contract code unchecked") {
  CHECK_TOTAL(with_pegawai({"199003152021211002", "Nama", "PPPK", "L", "1.01"}), 0);
  CHECK_TOTAL(with_pegawai({"199003152019991002", "Nama", "P3K", "L", "1.01"}), 0);
  CHECK(count(with_pegawai({"199003152018211002", "Nama", "PPPK", "L", "1.01"}), Rule::NIP_TMT) == 1);
  CHECK(count(with_pegawai({"199003152025211002", "Nama", "PPPK", "L", "1.01"}), Rule::NIP_TMT) == 1);
  CHECK(count(with_pegawai({"200801012021211002", "Nama", "PPPK", "L", "1.01"}), Rule::NIP_TMT) == 1);  // 13 years
  // a PPPK number read as PNS is wrong (month 21)
  CHECK(count(with_pegawai({"199003152021211002", "Nama", "PNS", "L", "1.01"}), Rule::NIP_TMT) == 1);
}

TEST_CASE("NIP_TMT without jenis_asn reads the layout from the NIP") {
  // digits 13-14 > 12 and 9-12 >= 2019: PPPK, fine
  Validation v = with_pegawai({"199003152021211002", "Nama", "", "L", "1.01"});
  CHECK(count(v, Rule::WAJIB_KOSONG) == 1);
  CHECK(count(v, Rule::NIP_TMT) == 0);
  // digits 13-14 <= 12: PNS layout, fine
  CHECK(count(with_pegawai({"198609262015051002", "Nama", "", "L", "1.01"}), Rule::NIP_TMT) == 0);
  // month 13 but year before 2019: PNS layout, so month 13 is wrong
  CHECK(count(with_pegawai({"198609262015131002", "Nama", "", "L", "1.01"}), Rule::NIP_TMT) == 1);
  // a value outside the list reads the layout the same way
  v = with_pegawai({"199003152021211002", "Nama", "Honorer", "L", "1.01"});
  CHECK(count(v, Rule::NILAI_TIDAK_DIKENAL) == 1);
  CHECK(count(v, Rule::NIP_TMT) == 0);
}

TEST_CASE("NIP_KELAMIN and NIP_KELAMIN_BEDA") {
  Validation v = with_pegawai({"198609262015053002", "Nama", "PNS", "L", "1.01"});
  CHECK(count(v, Rule::NIP_KELAMIN) == 1);
  CHECK(count(v, Rule::NIP_KELAMIN_BEDA) == 0);
  v = with_pegawai({"198609262015051002", "Nama", "PNS", "Perempuan", "1.01"});
  REQUIRE(count(v, Rule::NIP_KELAMIN_BEDA) == 1);
  CHECK(of(v, Rule::NIP_KELAMIN_BEDA)[0].column() == "jenis_kelamin");
  CHECK(of(v, Rule::NIP_KELAMIN_BEDA)[0].severity == Severity::warning);
  CHECK(v.row_error[index(TableId::pegawai)][2] == 0);
  CHECK_TOTAL(with_pegawai({"198609262015051002", "Nama", "PNS", "Laki-laki", "1.01"}), 0);
  CHECK_TOTAL(with_pegawai({"198609262015052002", "Nama", "PNS", "perempuan", "1.01"}), 0);
  CHECK_TOTAL(with_pegawai({"198609262015052002", "Nama", "PNS", "", "1.01"}), 0);
  v = with_pegawai({"198609262015052002", "Nama", "PNS", "L/P", "1.01"});
  CHECK(count(v, Rule::NILAI_TIDAK_DIKENAL) == 1);
  CHECK_TOTAL(v, 1);
}

TEST_CASE("NIP_GANDA: NIPs compared as 18 digits; the first row stays valid") {
  Compilation c = base();
  c.add_row(TableId::pegawai, {"19860926 201505 1 001", "Budi S.", "PNS", "L", "1.01"}, 7);
  const Validation v = validate(c);
  REQUIRE(count(v, Rule::NIP_GANDA) == 1);
  const Finding f = of(v, Rule::NIP_GANDA)[0];
  CHECK(f.row == 7);
  CHECK(f.first_row == 1);
  CHECK(f.column() == "nip");
  CHECK(v.row_error[index(TableId::pegawai)][0] == 0);
  CHECK(v.row_error[index(TableId::pegawai)][2] == 1);
  CHECK_TOTAL(v, 1);
}

TEST_CASE("PEGAWAI_USIA: 65 or older in completed years at tanggal_kompilasi") {
  Validation v = with_pegawai({"195912311985031002", "Nama", "PNS", "L", "1.01"});  // 65 on the day
  REQUIRE(count(v, Rule::PEGAWAI_USIA) == 1);
  CHECK(of(v, Rule::PEGAWAI_USIA)[0].severity == Severity::warning);
  CHECK(of(v, Rule::PEGAWAI_USIA)[0].detail() == "65");
  CHECK_TOTAL(with_pegawai({"196001011985031002", "Nama", "PNS", "L", "1.01"}), 0);  // 64
}

TEST_CASE("NILAI_TIDAK_DIKENAL: error for jenis_asn, warning for jenis_kelamin, status, jenis") {
  Compilation c = base();
  c.add_row(TableId::unit, {"1.02", "RSUD", "", "rumah_sakit"});
  c.add_row(TableId::pegawai, {"198609262015051002", "Nama", "Honorer", "X", "1.01"});
  c.add_row(TableId::akun, {"198609262015051002", "facebook", "budi.santoso.99", "", "dihapus"});
  c.add_row(TableId::akun, {kBudi, "x", "budi_s", "", "Tidak ditemukan"});
  const Validation v = validate(c);
  const auto f = of(v, Rule::NILAI_TIDAK_DIKENAL);
  REQUIRE(f.size() == 4);
  CHECK((f[0].table == TableId::unit && f[0].severity == Severity::warning && f[0].column() == "jenis"));
  CHECK((f[1].table == TableId::pegawai && f[1].severity == Severity::error && f[1].column() == "jenis_asn"));
  CHECK((f[2].table == TableId::pegawai && f[2].severity == Severity::warning && f[2].column() == "jenis_kelamin"));
  CHECK((f[3].table == TableId::akun && f[3].severity == Severity::warning && f[3].column() == "status"));
  CHECK(v.norm.akun_counts[2] == 0);  // an unknown status does not count
  CHECK(v.norm.akun_counts[3] == 0);  // tidak_ditemukan does not count
  CHECK_TOTAL(v, 4);
}

TEST_CASE("WAJIB_KOSONG: an empty required cell is only that") {
  Compilation c = base();
  c.add_row(TableId::pegawai, {"", "Tanpa NIP", "PNS", "L", "1.01"});
  c.add_row(TableId::pegawai, {"198609262015051002", "  ", "PNS", "L", ""});
  c.add_row(TableId::akun, {"198609262015051002", "", "budi"});
  c.add_row(TableId::laporan, {"K001", kSiti, "instagram", "https://www.instagram.com/p/q/", ""});
  const Validation v = validate(c);
  const auto f = of(v, Rule::WAJIB_KOSONG);
  REQUIRE(f.size() == 5);
  CHECK(f[0].column() == "nip");
  CHECK(f[1].column() == "nama");
  CHECK(f[2].column() == "kode_unit");
  CHECK((f[3].table == TableId::akun && f[3].column() == "platform"));
  CHECK((f[4].table == TableId::laporan && f[4].column() == "tanggal_lapor"));
  CHECK_TOTAL(v, 5);
}

TEST_CASE("UNIT_TIDAK_DIKENAL: one finding per unknown code, codes trimmed") {
  Compilation c = base();
  c.add_row(TableId::unit, {"2.01", "Dinas X", "9.99", "dinas"});
  c.add_row(TableId::pegawai, {"198609262015051002", "Nama", "PNS", "L", "8.01"});
  c.add_row(TableId::pegawai, {"198609262015051003", "Nama", "PNS", "L", " 1.01.01 "});
  c.add_row(TableId::akun, {"198609262015051002", "facebook", "budi.santoso.99"});
  c.add_row(TableId::akun, {"198609262015051003", "facebook", "budi.santoso.98"});
  c.add_row(TableId::akun_resmi, {"7.07", "instagram", "kec.x"});
  c.add_row(TableId::konten, {"K002", "Judul", "tiktok", "https://www.tiktok.com/@a/video/1", "2024-08-01", "",
                              "5.55", "1.01; 9.01 ;1.01.01;;4.04"});
  const Validation v = validate(c);
  const auto f = of(v, Rule::UNIT_TIDAK_DIKENAL);
  REQUIRE(f.size() == 6);
  CHECK((f[0].table == TableId::unit && f[0].column() == "induk" && f[0].value() == "9.99"));
  CHECK((f[1].table == TableId::pegawai && f[1].value() == "8.01"));
  CHECK((f[2].table == TableId::akun_resmi && f[2].value() == "7.07"));
  CHECK((f[3].table == TableId::konten && f[3].column() == "kode_unit_sumber" && f[3].value() == "5.55"));
  CHECK((f[4].column() == "sasaran" && f[4].value() == "9.01"));
  CHECK((f[5].column() == "sasaran" && f[5].value() == "4.04"));
  CHECK(v.norm.pegawai_unit[3] == 1);
  CHECK(v.norm.konten_sasaran[1] == std::vector<std::int32_t>{0, 1});
  CHECK_TOTAL(v, 6);
}

TEST_CASE("a loop in the unit tree is broken and reported once") {
  Compilation c = base();
  c.add_row(TableId::unit, {"3.01", "A", "3.02", "dinas"});
  c.add_row(TableId::unit, {"3.02", "B", "3.01", "dinas"});
  c.add_row(TableId::unit, {"3.03", "C", "3.03", "dinas"});
  const Validation v = validate(c);
  REQUIRE(count(v, Rule::UNIT_TIDAK_DIKENAL) == 2);
  for (const Finding& f : v.findings) CHECK(f.detail() == "siklus");
  const auto& parent = v.norm.unit_parent;
  CHECK(((parent[2] == kNone) != (parent[3] == kNone)));
  CHECK(parent[4] == kNone);
}

TEST_CASE("KUNCI_GANDA: repeated keys in unit, akun_resmi, konten and laporan are errors") {
  Compilation c = base();
  c.add_row(TableId::unit, {"1.01", "Dinas Pendidikan", "", "dinas"}, 9);
  c.add_row(TableId::akun_resmi, {"1.01", "instagram", "@disdik.blitar"});
  c.add_row(TableId::akun_resmi, {"1.01", "IG", "https://www.instagram.com/Disdik.Blitar/"});
  c.add_row(TableId::akun_resmi, {"1.01", "threads", "@disdik.blitar"});  // another platform: fine
  c.add_row(TableId::konten, {"K001", "Lagi", "instagram", "https://www.instagram.com/p/abc/", "2024-08-01"});
  c.add_row(TableId::laporan, {"K001", "19860926 201505 1 001", "instagram", "https://www.instagram.com/p/zzz/",
                               "2024-08-06"});
  c.add_row(TableId::laporan, {"K001", kBudi, "facebook", "https://www.facebook.com/share/p/1/", "2024-08-06"});
  const Validation v = validate(c);
  const auto f = of(v, Rule::KUNCI_GANDA);
  REQUIRE(f.size() == 4);
  for (const Finding& x : f) CHECK(x.severity == Severity::error);
  CHECK((f[0].table == TableId::unit && f[0].row == 9 && f[0].first_row == 1 && f[0].column() == "kode_unit"));
  CHECK((f[1].table == TableId::akun_resmi && f[1].row == 2 && f[1].first_row == 1 && f[1].column() == "platform"));
  CHECK((f[2].table == TableId::konten && f[2].row == 2 && f[2].first_row == 1 && f[2].column() == "id_konten"));
  CHECK((f[3].table == TableId::laporan && f[3].row == 2 && f[3].first_row == 1 && f[3].column() == "id_konten"));
  CHECK_TOTAL(v, 4);
}

TEST_CASE("akun: the same account twice for one NIP is KUNCI_GANDA (warning), under another NIP AKUN_GANDA") {
  Compilation c = base();
  c.add_row(TableId::akun, {"19860926 201505 1 001", "Instagram", "https://www.instagram.com/Budi.Santoso/?hl=id"});
  c.add_row(TableId::akun, {kSiti, "IG", "instagram.com/budi.santoso"});
  c.add_row(TableId::akun, {kSiti, "threads", "@budi.santoso"});  // another platform: another account
  const Validation v = validate(c);
  REQUIRE(count(v, Rule::KUNCI_GANDA) == 1);
  const Finding k = of(v, Rule::KUNCI_GANDA)[0];
  CHECK((k.severity == Severity::warning && k.row == 3 && k.first_row == 1));
  REQUIRE(count(v, Rule::AKUN_GANDA) == 1);
  const Finding a = of(v, Rule::AKUN_GANDA)[0];
  CHECK((a.row == 4 && a.first_row == 1 && a.column() == "akun" && a.detail() == kBudi));
  CHECK(v.norm.akun_handle[2] == v.norm.akun_handle[0]);
  CHECK_TOTAL(v, 2);
}

TEST_CASE("YouTube channel ids compare case-sensitively, handles do not") {
  Compilation c = base();
  c.add_row(TableId::akun, {kBudi, "youtube", "https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv"});
  c.add_row(TableId::akun, {kSiti, "youtube", "youtube.com/channel/UCABCDEFGHIJKLMNOPQRSTUV"});
  c.add_row(TableId::akun, {kBudi, "youtube", "@BudiTV"});
  c.add_row(TableId::akun, {kSiti, "youtube", "https://m.youtube.com/@buditv/videos"});
  const Validation v = validate(c);
  REQUIRE(count(v, Rule::AKUN_GANDA) == 1);
  CHECK(of(v, Rule::AKUN_GANDA)[0].row == 6);
  CHECK_TOTAL(v, 1);
}

TEST_CASE("AKUN_FORMAT and PLATFORM_TIDAK_DIKENAL") {
  Compilation c = base();
  c.add_row(TableId::akun, {kBudi, "instagram", "budi santoso"});
  c.add_row(TableId::akun, {kBudi, "facebook", "budi"});
  c.add_row(TableId::akun, {kBudi, "x", "@budi.s"});
  c.add_row(TableId::akun, {kBudi, "LinkedIn", "budi santoso"});  // only the platform
  c.add_row(TableId::akun, {kBudi, "facebook", "https://m.facebook.com/profile.php?id=100012345678901"});
  c.add_row(TableId::akun, {kBudi, "Tik Tok", "@budi.tv"});
  c.add_row(TableId::akun, {kBudi, "instagram", "https://www.instagram.com/"});  // no handle in the link
  const Validation v = validate(c);
  const auto f = of(v, Rule::AKUN_FORMAT);
  REQUIRE(f.size() == 4);
  CHECK((f[0].row == 3 && f[0].detail() == "budi santoso"));
  CHECK(f[1].row == 4);
  CHECK((f[2].row == 5 && f[2].detail() == "budi.s"));
  CHECK(f[3].row == 9);
  REQUIRE(count(v, Rule::PLATFORM_TIDAK_DIKENAL) == 1);
  CHECK(of(v, Rule::PLATFORM_TIDAK_DIKENAL)[0].row == 6);
  CHECK_TOTAL(v, 5);
}

TEST_CASE("AKUN_URL_PLATFORM: a URL of another site is only that") {
  Compilation c = base();
  c.add_row(TableId::akun, {kSiti, "instagram", "https://www.tiktok.com/@siti.r"});  // same text as row 2's handle
  c.add_row(TableId::akun, {kBudi, "tiktok", "https://linktr.ee/budi santoso"});
  c.add_row(TableId::akun_resmi, {"1.01", "facebook", "https://www.instagram.com/disdik/"});
  const Validation v = validate(c);
  const auto f = of(v, Rule::AKUN_URL_PLATFORM);
  REQUIRE(f.size() == 3);
  CHECK((f[0].table == TableId::akun && f[0].row == 3 && f[0].detail() == "tiktok"));
  CHECK((f[1].row == 4 && f[1].detail() == "linktr.ee"));
  CHECK((f[2].table == TableId::akun_resmi && f[2].detail() == "instagram"));
  CHECK(v.norm.akun_handle[2] == 0);
  CHECK_TOTAL(v, 3);
}

TEST_CASE("AKUN_RESMI_PRIBADI: an official account listed as personal does not count") {
  Compilation c = base();
  c.add_row(TableId::akun_resmi, {"1.01", "instagram", "https://www.instagram.com/disdik.blitar/", "12.345", kSiti});
  c.add_row(TableId::akun, {kBudi, "IG", "@Disdik.Blitar", "12.345", "aktif"});
  c.add_row(TableId::akun, {kBudi, "tiktok", "@disdik.blitar"});  // not official on TikTok
  const Validation v = validate(c);
  REQUIRE(count(v, Rule::AKUN_RESMI_PRIBADI) == 1);
  const Finding f = of(v, Rule::AKUN_RESMI_PRIBADI)[0];
  CHECK((f.row == 3 && f.severity == Severity::warning && f.detail() == "1.01"));
  CHECK(v.norm.akun_counts[2] == 0);
  CHECK(v.norm.akun_counts[3] == 1);
  CHECK(v.norm.resmi_pengikut[0] == 12345);
  CHECK(v.norm.resmi_unit[0] == 0);
  CHECK(v.norm.resmi_handle[0] == v.norm.akun_handle[2]);
  CHECK_TOTAL(v, 1);
}

TEST_CASE("PENGIKUT_FORMAT: followers must read as a whole number; empty or - is unknown") {
  Compilation c = base();
  c.add_row(TableId::akun, {kBudi, "x", "budi_1", "1.5"});
  c.add_row(TableId::akun, {kBudi, "x", "budi_2", "-"});
  c.add_row(TableId::akun, {kBudi, "x", "budi_3", "12.345"});
  c.add_row(TableId::akun, {kBudi, "x", "budi_4", "1,25 juta"});
  c.add_row(TableId::akun, {kBudi, "x", "budi_5", "banyak"});
  c.add_row(TableId::akun_resmi, {"1.01", "x", "disdik", "2,5"});
  const Validation v = validate(c);
  REQUIRE(count(v, Rule::PENGIKUT_FORMAT) == 3);
  CHECK(v.norm.akun_pengikut[2] == kNoCount);
  CHECK(v.norm.akun_pengikut[3] == kNoCount);
  CHECK(v.norm.akun_pengikut[4] == 12345);
  CHECK(v.norm.akun_pengikut[5] == 1250000);
  CHECK_TOTAL(v, 3);
}

TEST_CASE("REFERENSI_PEGAWAI: NIPs in akun, laporan and pengelola_nip must be in pegawai (18 digits)") {
  Compilation c = base();
  c.add_row(TableId::pegawai, {"198609262015131002", "TMT salah", "PNS", "L", "1.01"});  // an error of its own
  c.add_row(TableId::akun, {"19860926-201513-1-002", "x", "tmt_salah"});  // still a known NIP: no cascade
  c.add_row(TableId::akun, {"197001011995031009", "x", "orang_lain"});
  c.add_row(TableId::akun, {"1970010119950310", "x", "nip_pendek"});
  c.add_row(TableId::akun_resmi, {"1.01", "x", "disdik", "", "197001011995031009"});
  c.add_row(TableId::akun_resmi, {"1.01", "facebook", "disdik.blitar", "", "19900315 202121 2 002"});
  c.add_row(TableId::laporan, {"K001", "197001011995031009", "instagram", "https://www.instagram.com/p/q1/", "2024-08-05"});
  const Validation v = validate(c);
  const auto f = of(v, Rule::REFERENSI_PEGAWAI);
  REQUIRE(f.size() == 3);
  CHECK((f[0].table == TableId::akun && f[0].row == 4));
  CHECK((f[1].table == TableId::akun_resmi && f[1].column() == "pengelola_nip"));
  CHECK(f[2].table == TableId::laporan);
  REQUIRE(count(v, Rule::NIP_FORMAT) == 1);
  CHECK(of(v, Rule::NIP_FORMAT)[0].table == TableId::akun);
  CHECK(count(v, Rule::NIP_TMT) == 1);
  CHECK(v.norm.akun_pegawai[2] == 2);
  CHECK(v.norm.akun_nip[3] == 197001011995031009ULL);
  CHECK(v.norm.akun_pegawai[3] == kNone);
  CHECK_TOTAL(v, 5);
}

TEST_CASE("laporan: REFERENSI_KONTEN, LAPORAN_URL, LAPORAN_GANDA, dates against the content") {
  Compilation c = base();
  c.add_row(TableId::konten, {"K002", "Video", "tiktok", "https://www.tiktok.com/@pemkot/video/1", "1/8/2024", ""});
  c.add_row(TableId::laporan, {"K999", kBudi, "instagram", "https://www.instagram.com/p/r1/", "2024-08-05"});
  c.add_row(TableId::laporan, {"K002", kBudi, "tiktok", "IMG_20240801_1.jpg", "2024-08-05"});
  c.add_row(TableId::laporan, {"K002", kSiti, "Youtube", "https://www.instagram.com/p/r2/", "2024-08-05"});
  c.add_row(TableId::laporan, {"K002", kSiti, "Tik Tok", "https://vt.tiktok.com/ZS123/", "2024-08-05"});
  c.add_row(TableId::laporan, {"K001", kSiti, "instagram", "https://www.instagram.com/p/xyz/", "05/08/2024"});
  c.add_row(TableId::laporan, {"K001", kSiti, "threads", "https://www.threads.com/@siti/post/a", "31/07/2024"});
  c.add_row(TableId::laporan, {"K001", kSiti, "facebook", "https://fb.watch/abc/", "11 Agustus 2024 10:00"});
  c.add_row(TableId::laporan, {"K001", kSiti, "x", "https://x.com/siti/status/1", "10 Agu 2024"});
  c.add_row(TableId::laporan, {"K002", kBudi, "youtube", "https://youtu.be/abc", "kemarin"});
  const Validation v = validate(c);
  CHECK(count(v, Rule::REFERENSI_KONTEN) == 1);
  CHECK(of(v, Rule::REFERENSI_KONTEN)[0].row == 2);
  REQUIRE(count(v, Rule::LAPORAN_URL) == 2);
  CHECK((of(v, Rule::LAPORAN_URL)[0].row == 3 && of(v, Rule::LAPORAN_URL)[1].row == 4));
  REQUIRE(count(v, Rule::LAPORAN_GANDA) == 1);
  CHECK((of(v, Rule::LAPORAN_GANDA)[0].row == 6 && of(v, Rule::LAPORAN_GANDA)[0].first_row == 1));
  CHECK(of(v, Rule::LAPORAN_GANDA)[0].severity == Severity::warning);
  REQUIRE(count(v, Rule::LAPORAN_SEBELUM_TERBIT) == 1);
  CHECK((of(v, Rule::LAPORAN_SEBELUM_TERBIT)[0].row == 7 && of(v, Rule::LAPORAN_SEBELUM_TERBIT)[0].detail() == "2024-08-01"));
  REQUIRE(count(v, Rule::LAPORAN_TERLAMBAT) == 1);
  CHECK((of(v, Rule::LAPORAN_TERLAMBAT)[0].row == 8 && of(v, Rule::LAPORAN_TERLAMBAT)[0].severity == Severity::info));
  REQUIRE(count(v, Rule::TANGGAL_FORMAT) == 1);
  CHECK(of(v, Rule::TANGGAL_FORMAT)[0].row == 10);
  CHECK(v.norm.laporan_tanggal[9] == kNone);
  CHECK(v.norm.laporan_konten[1] == kNone);
  CHECK(v.norm.laporan_konten[2] == 1);
  CHECK_TOTAL(v, 7);
}

TEST_CASE("TANGGAL_FORMAT in every date column") {
  Compilation c = base();
  c.add_row(TableId::akun, {kBudi, "x", "budi_1", "", "", "31/02/2024"});
  c.add_row(TableId::akun_resmi, {"1.01", "x", "disdik", "", "", "2024-13-01"});
  c.add_row(TableId::konten, {"K003", "J", "x", "https://x.com/a/status/1", "12 Agst 2024", "sudah"});
  const Validation v = validate(c);
  REQUIRE(count(v, Rule::TANGGAL_FORMAT) == 4);
  CHECK(of(v, Rule::TANGGAL_FORMAT)[2].column() == "tanggal_terbit");
  CHECK(of(v, Rule::TANGGAL_FORMAT)[3].column() == "batas_lapor");
  CHECK(v.norm.konten_terbit[1] == kNone);
  CHECK_TOTAL(v, 4);
}

TEST_CASE("PEGAWAI_TANPA_AKUN: well-formed NIPs that no akun row names, even one with an error") {
  Compilation c = base();
  c.add_row(TableId::pegawai, {"197001011995031009", "Tanpa Akun", "PNS", "L", "1.01"});
  c.add_row(TableId::pegawai, {"197001011995031", "NIP salah", "PNS", "L", "1.01"});
  c.add_row(TableId::pegawai, {"197001021995031009", "Akun rusak", "PNS", "L", "1.01"});
  c.add_row(TableId::akun, {"19700102 199503 1 009", "LinkedIn", "x"});
  const Validation v = validate(c);
  REQUIRE(count(v, Rule::PEGAWAI_TANPA_AKUN) == 1);
  const Finding f = of(v, Rule::PEGAWAI_TANPA_AKUN)[0];
  CHECK((f.row == 3 && f.severity == Severity::info && f.column() == "nip"));
  CHECK(v.row_error[index(TableId::pegawai)][2] == 0);
}

TEST_CASE("findings are sorted by table, row and column, and carry the reader's findings") {
  Compilation c = base();
  c.table(TableId::pegawai).source_row = {5, 2};  // rows as the source file numbered them
  c.add_row(TableId::laporan, {"K9", "", "instagram", "", "2024-08-05"});
  c.add_row(TableId::unit, {"1.09", "", "", "?"});
  std::vector<Finding> import;
  import.push_back(Finding(Rule::BARIS_TIDAK_RATA, Severity::error, TableId::akun, 2, 1, "tanggal_cek"));
  import.push_back(Finding(Rule::KOLOM_DIABAIKAN, Severity::info, TableId::pegawai, 0, kNoRow, "Keterangan"));
  const Validation v = validate(c, import);
  std::vector<std::pair<TableId, std::uint32_t>> where;
  for (const Finding& f : v.findings) where.emplace_back(f.table, f.row);
  const std::vector<std::pair<TableId, std::uint32_t>> want = {
      {TableId::unit, 3}, {TableId::unit, 3}, {TableId::pegawai, 0}, {TableId::akun, 2},
      {TableId::laporan, 2}, {TableId::laporan, 2}, {TableId::laporan, 2}};
  CHECK(where == want);
  CHECK(v.findings[0].column() == "nama_unit");  // column order within a row
  CHECK(v.findings[1].column() == "jenis");
  CHECK(v.findings[4].column() == "id_konten");
  CHECK(v.findings[5].column() == "nip");
  CHECK(v.findings[6].column() == "url_bukti");
  CHECK(v.row_error[index(TableId::akun)][1] == 1);
  CHECK(v.counts[static_cast<std::size_t>(Rule::BARIS_TIDAK_RATA)] == 1);
  CHECK(v.counts[static_cast<std::size_t>(Rule::KOLOM_DIABAIKAN)] == 1);
  CHECK(v.counts[static_cast<std::size_t>(Rule::WAJIB_KOSONG)] == 3);
  for (TableId t : kAllTables) CHECK(v.row_error[index(t)].size() == c.table(t).rows());
}

TEST_CASE("without tanggal_kompilasi the checks that need it are skipped") {
  Compilation c = base();
  c.tanggal_kompilasi.clear();
  c.add_row(TableId::pegawai, {"195001011975031002", "Tua", "PNS", "L", "1.01"});
  c.add_row(TableId::pegawai, {"199003152031211002", "PPPK 2031", "PPPK", "L", "1.01"});
  c.add_row(TableId::akun, {"195001011975031002", "x", "tua"});
  c.add_row(TableId::akun, {"199003152031211002", "x", "muda"});
  const Validation v = validate(c);
  CHECK_TOTAL(v, 0);
}
