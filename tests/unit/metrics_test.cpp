// Metrics of DATA.md section 4 against small compilations worked out by hand.
#include <doctest/doctest.h>

#include "registry/metrics.hpp"
#include "registry/metrics_json.hpp"
#include "registry/validate.hpp"

using namespace kompilasi;

namespace {

// Well-formed PNS NIPs: born 1986-09-26, appointed 2015-05, male, sequence n.
std::string nip(int n) {
  std::string s = "198609262015051000";
  s[15] = static_cast<char>('0' + n / 100 % 10), s[16] = static_cast<char>('0' + n / 10 % 10);
  s[17] = static_cast<char>('0' + n % 10);
  return s;
}

const UnitMetrics& unit(const Compilation& c, const Metrics& m, std::string_view code) {
  for (const auto& u : m.units)
    if (c.text(TableId::unit, u.unit_row, col::unit::kode_unit) == code) return u;
  FAIL("no unit " << code);
  return m.units.front();
}

std::size_t unit_pos(const Compilation& c, const Metrics& m, std::string_view code) {
  return static_cast<std::size_t>(&unit(c, m, code) - m.units.data());
}

// Five units (two levels of sub-units under 1.01, an empty unit 3.01), six ASN of whom one
// (the sixth) is left out, accounts of every kind, three contents.
Compilation fixture() {
  Compilation c;
  c.instansi = "Pemerintah Kota Contoh";
  c.tahun = 2024;
  c.tanggal_kompilasi = "2024-12-31";
  using T = TableId;
  c.add_row(T::unit, {"1.01", "Dinas A"});
  c.add_row(T::unit, {"1.01.01", "Bidang A1", "1.01"});
  c.add_row(T::unit, {"1.01.01.01", "Seksi A1a", "1.01.01"});
  c.add_row(T::unit, {"2.01", "Dinas B"});
  c.add_row(T::unit, {"3.01", "Dinas Kosong"});
  const char* units[] = {"1.01", "1.01.01", "1.01.01.01", "2.01", "2.01", "2.01"};
  for (int i = 1; i <= 6; ++i)
    c.add_row(T::pegawai, {nip(i), "Pegawai " + std::to_string(i), i == 6 ? "Honorer" : "PNS", "", units[i - 1]});
  c.add_row(T::akun, {nip(1), "instagram", "@andi", "1.200", "aktif"});
  c.add_row(T::akun, {nip(1), "tiktok", "tiktok.com/@andi_t", "300"});
  c.add_row(T::akun, {nip(2), "instagram", "budi", "100", "nonaktif"});
  c.add_row(T::akun, {nip(2), "instagram", "bad..name", "100"});              // AKUN_FORMAT
  c.add_row(T::akun, {nip(3), "instagram", "citra", "700", "privat"});
  c.add_row(T::akun, {nip(3), "IG", "https://www.instagram.com/Citra/", "700"});  // the same account again
  c.add_row(T::akun, {nip(4), "x", "dedi", ""});
  c.add_row(T::akun, {nip(4), "instagram", "dinasb", "2000"});               // the unit's official account
  c.add_row(T::akun, {nip(5), "facebook", "eko.prasetyo", "50"});
  c.add_row(T::akun, {nip(6), "instagram", "fajar", "5000"});                // ASN left out
  c.add_row(T::akun_resmi, {"1.01", "instagram", "dinasa", "10.000"});
  c.add_row(T::akun_resmi, {"2.01", "instagram", "dinasb", "2 rb"});
  c.add_row(T::konten, {"K1", "Hari Jadi", "instagram", "https://www.instagram.com/p/k1/", "2024-11-01", "2024-11-10",
                        "1.01", "1.01.01"});
  c.add_row(T::konten, {"K2", "Pelayanan", "tiktok", "https://www.tiktok.com/@pemkot/video/2", "2024-11-01", "", "", ""});
  c.add_row(T::konten, {"K3", "Lomba", "facebook", "https://www.facebook.com/pemkot/posts/3", "2024-11-01", "", "",
                        "2.01;3.01"});
  c.add_row(T::laporan, {"K1", nip(3), "instagram", "https://www.instagram.com/p/c3/", "2024-11-05"});
  c.add_row(T::laporan, {"K1", nip(3), "tiktok", "https://www.tiktok.com/@citra/video/1", "2024-11-12"});
  c.add_row(T::laporan, {"K1", nip(1), "instagram", "https://www.instagram.com/p/a1/", "2024-11-03"});  // outside
  c.add_row(T::laporan, {"K1", nip(2), "instagram", "https://www.instagram.com/p/b2/", "2024-11-20"});  // late
  c.add_row(T::laporan, {"K1", nip(6), "instagram", "https://www.instagram.com/p/f6/", "2024-11-02"});  // left out
  c.add_row(T::laporan, {"K2", nip(1), "tiktok", "https://www.tiktok.com/@andi_t/video/9", "2024-11-02"});
  c.add_row(T::laporan, {"K2", nip(4), "tiktok", "https://vt.tiktok.com/ZS4/", "2024-11-02"});
  c.add_row(T::laporan, {"K2", nip(5), "tiktok", "https://www.tiktok.com/@eko/video/5", "2024-10-01"});  // before terbit
  return c;
}

}  // namespace

TEST_CASE("metrics: the fixture's findings are the ones the figures below assume") {
  const Compilation c = fixture();
  const Validation v = validate(c);
  CHECK(v.row_error[index(TableId::pegawai)] == std::vector<std::uint8_t>{0, 0, 0, 0, 0, 1});
  CHECK(v.row_error[index(TableId::akun)] == std::vector<std::uint8_t>{0, 0, 0, 1, 0, 0, 0, 0, 0, 0});
  CHECK(v.row_error[index(TableId::laporan)] == std::vector<std::uint8_t>{0, 0, 0, 0, 0, 0, 0, 1});
  CHECK(v.counts[static_cast<std::size_t>(Rule::AKUN_RESMI_PRIBADI)] == 1);
  CHECK(v.counts[static_cast<std::size_t>(Rule::KUNCI_GANDA)] == 1);
}

TEST_CASE("metrics: units roll up their sub-units at any depth") {
  const Compilation c = fixture();
  const Metrics m = compute_metrics(c, validate(c));
  REQUIRE(m.units.size() == 5);
  const auto& a = unit(c, m, "1.01");
  CHECK(a.jumlah_asn == 3);
  CHECK(a.asn_langsung == 1);
  CHECK(a.asn_berakun == 2);  // Pegawai 2 has only a nonaktif and a rejected account
  CHECK(*a.cakupan == doctest::Approx(2.0 / 3));
  CHECK(a.total_pengikut == 2200);
  CHECK(*a.median_pengikut == 700);  // odd: 300, 700, 1200
  CHECK(a.pengikut_resmi == 10000);
  CHECK(a.asn_influencer == 2);
  const auto& a1 = unit(c, m, "1.01.01");
  CHECK(a1.jumlah_asn == 2);
  CHECK(a1.asn_berakun == 1);
  CHECK(a1.total_pengikut == 700);  // citra once, though listed twice
  CHECK(a1.pengikut_resmi == 0);
  CHECK(a1.parent == unit_pos(c, m, "1.01"));
  const auto& b = unit(c, m, "2.01");
  CHECK(b.jumlah_asn == 2);  // the sixth ASN is left out
  CHECK(b.asn_berakun == 2);
  CHECK(b.total_pengikut == 50);  // dedi's count unknown, dinasb is official, fajar's ASN left out
  CHECK(*b.median_pengikut == 50);
  CHECK(b.asn_influencer == 0);
  CHECK(b.pengikut_resmi == 2000);
}

TEST_CASE("metrics: an empty unit has null ratios and no rank") {
  const Compilation c = fixture();
  const Metrics m = compute_metrics(c, validate(c));
  const auto& e = unit(c, m, "3.01");
  CHECK(e.jumlah_asn == 0);
  CHECK_FALSE(e.cakupan.has_value());
  CHECK_FALSE(e.median_pengikut.has_value());
  CHECK_FALSE(e.kelengkapan.has_value());
  CHECK_FALSE(e.peringkat_cakupan.has_value());
  CHECK_FALSE(e.peringkat_kepatuhan.has_value());
  CHECK_FALSE(e.kepatuhan_rata.has_value());
}

TEST_CASE("metrics: instansi and platforms; even median is the mean of the middle two") {
  const Compilation c = fixture();
  const Metrics m = compute_metrics(c, validate(c));
  const auto& i = m.instansi;
  CHECK(i.jumlah_asn == 5);
  CHECK(i.asn_berakun == 4);
  CHECK(*i.cakupan == doctest::Approx(0.8));
  CHECK(i.total_pengikut == 2250);
  CHECK(*i.median_pengikut == 500);  // 50, 300, 700, 1200
  CHECK(i.pengikut_resmi == 12000);
  CHECK(i.asn_influencer == 2);
  CHECK(i.baris_dikecualikan == 3);  // Honorer, bad..name, the report before publication
  // 50 | 300 | 700 | 1200 | — ; dedi's count unknown
  CHECK(m.sebaran_pengikut == std::array<std::int64_t, 5>{1, 1, 1, 1, 0});
  CHECK(m.akun_pengikut_tidak_diketahui == 1);
  const auto& ig = m.platforms[static_cast<int>(Platform::instagram)];
  CHECK(ig.jumlah_asn == 5);
  CHECK(ig.asn_berakun == 2);
  CHECK(*ig.cakupan == doctest::Approx(0.4));
  CHECK(ig.total_pengikut == 1900);
  CHECK(*ig.median_pengikut == 950);
  CHECK(ig.pengikut_resmi == 12000);
  CHECK(ig.asn_influencer == 2);
  const auto& x = m.platforms[static_cast<int>(Platform::x)];
  CHECK(x.asn_berakun == 1);
  CHECK(x.total_pengikut == 0);
  CHECK_FALSE(x.median_pengikut.has_value());
  const auto& yt = m.platforms[static_cast<int>(Platform::youtube)];
  CHECK(yt.asn_berakun == 0);
  CHECK(*yt.cakupan == 0.0);
}

TEST_CASE("metrics: the influencer threshold is a setting") {
  const Compilation c = fixture();
  const Metrics m = compute_metrics(c, validate(c), MetricSettings{1000});
  CHECK(m.instansi.asn_influencer == 1);
  CHECK(unit(c, m, "1.01.01").asn_influencer == 0);
}

TEST_CASE("metrics: contents with and without sasaran, outside reporters, timeliness") {
  const Compilation c = fixture();
  const Metrics m = compute_metrics(c, validate(c));
  REQUIRE(m.konten.size() == 3);
  const auto& k1 = m.konten[0];
  CHECK(k1.sasaran_asn == 2);  // 1.01.01 and its sub-unit
  CHECK(k1.pelapor == 2);      // citra counted once over two platforms; the left-out ASN not at all
  CHECK(k1.pelapor_luar_sasaran == 1);
  CHECK(*k1.kepatuhan == 1.0);
  CHECK(k1.jangkauan == 700);
  CHECK(k1.tepat_waktu == 1);
  const auto& k2 = m.konten[1];
  CHECK(k2.sasaran_asn == 5);  // empty sasaran: every unit
  CHECK(k2.pelapor == 2);
  CHECK(*k2.kepatuhan == doctest::Approx(0.4));
  CHECK(k2.jangkauan == 300);
  CHECK_FALSE(k2.tepat_waktu.has_value());
  const auto& k3 = m.konten[2];
  CHECK(k3.sasaran_asn == 2);
  CHECK(k3.pelapor == 0);
  CHECK(*k3.kepatuhan == 0.0);
  CHECK(k3.jangkauan == 0);

  const std::size_t a = unit_pos(c, m, "1.01"), a1 = unit_pos(c, m, "1.01.01"), b = unit_pos(c, m, "2.01"),
                    e = unit_pos(c, m, "3.01");
  CHECK_FALSE(m.targets(0, a));
  CHECK(m.targets(0, unit_pos(c, m, "1.01.01.01")));
  CHECK(*m.kepatuhan_unit(0, a1) == 1.0);
  CHECK(*m.kepatuhan_unit(1, a) == doctest::Approx(1.0 / 3));
  CHECK(*m.kepatuhan_unit(1, b) == 0.5);
  CHECK(m.targets(2, e));
  CHECK_FALSE(m.kepatuhan_unit(2, e).has_value());  // targeted, but no ASN
  CHECK(*unit(c, m, "1.01.01").kepatuhan_rata == 0.5);
  CHECK(*unit(c, m, "2.01").kepatuhan_rata == 0.25);

  CHECK(belum_lapor(m, 0).empty());
  CHECK(belum_lapor(m, 1) == std::vector<std::uint32_t>{1, 2, 4});
  CHECK(belum_lapor(m, 2) == std::vector<std::uint32_t>{3, 4});
  CHECK(asn_tanpa_akun(m, a1) == std::vector<std::uint32_t>{1});
  CHECK(asn_tanpa_akun(m, b).empty());
}

TEST_CASE("metrics: ranks share ties (1, 1, 3) and skip units without ASN") {
  const Compilation c = fixture();
  const Metrics m = compute_metrics(c, validate(c));
  // cakupan: 1.01.01.01 = 1, 2.01 = 1, 1.01 = 2/3, 1.01.01 = 1/2
  CHECK(unit(c, m, "1.01.01.01").peringkat_cakupan == 1);
  CHECK(unit(c, m, "2.01").peringkat_cakupan == 1);
  CHECK(unit(c, m, "1.01").peringkat_cakupan == 3);
  CHECK(unit(c, m, "1.01.01").peringkat_cakupan == 4);
  // mean kepatuhan: 1.01.01 = 0.5, 1.01.01.01 = 0.5, 1.01 = 1/3, 2.01 = 0.25
  CHECK(unit(c, m, "1.01.01").peringkat_kepatuhan == 1);
  CHECK(unit(c, m, "1.01.01.01").peringkat_kepatuhan == 1);
  CHECK(unit(c, m, "1.01").peringkat_kepatuhan == 3);
  CHECK(unit(c, m, "2.01").peringkat_kepatuhan == 4);
}

TEST_CASE("metrics: kelengkapan counts filled, finding-free required cells") {
  const Compilation c = fixture();
  const Metrics m = compute_metrics(c, validate(c));
  // 1.01.01.01: one pegawai row (4 cells, all good) and two akun rows (6 cells), one of
  // them flagged by the repeated-account warning
  const auto& s = unit(c, m, "1.01.01.01");
  CHECK(s.sel_wajib == 10);
  CHECK(s.sel_wajib_baik == 9);
  CHECK(*s.kelengkapan == doctest::Approx(0.9));
}

TEST_CASE("metrics: an induk cycle is cut, not followed forever") {
  Compilation c;
  c.tanggal_kompilasi = "2024-12-31";
  c.add_row(TableId::unit, {"A", "Unit A", "B"});
  c.add_row(TableId::unit, {"B", "Unit B", "A"});
  c.add_row(TableId::unit, {"C", "Unit C", "A"});
  c.add_row(TableId::pegawai, {nip(1), "Satu", "PNS", "", "A"});
  c.add_row(TableId::pegawai, {nip(2), "Dua", "PNS", "", "C"});
  const Metrics m = compute_metrics(c, validate(c));
  CHECK(unit(c, m, "A").jumlah_asn == 2);
  CHECK(unit(c, m, "B").jumlah_asn == 2);
  CHECK(unit(c, m, "C").jumlah_asn == 1);
  CHECK(m.instansi.jumlah_asn == 2);
}

TEST_CASE("metrics: an empty compilation has null ratios everywhere") {
  Compilation c;
  c.tanggal_kompilasi = "2024-12-31";
  const Metrics m = compute_metrics(c, validate(c));
  CHECK(m.instansi.jumlah_asn == 0);
  CHECK_FALSE(m.instansi.cakupan.has_value());
  CHECK_FALSE(m.instansi.median_pengikut.has_value());
  CHECK_FALSE(m.instansi.kelengkapan.has_value());
  CHECK(m.units.empty());
  CHECK(m.konten.empty());
  const auto j = metrics_json(c, m);
  CHECK(j["instansi"]["cakupan"].is_null());
  CHECK(j["platforms"].size() == 6);
}

TEST_CASE("metrics: a repeated unit row is one unit") {
  Compilation c;
  c.tanggal_kompilasi = "2024-12-31";
  c.add_row(TableId::unit, {"A", "Unit A"});
  c.add_row(TableId::unit, {"A", "Unit A"});
  c.add_row(TableId::pegawai, {nip(1), "Satu", "PNS", "", "A"});
  const Metrics m = compute_metrics(c, validate(c));
  REQUIRE(m.units.size() == 1);
  CHECK(m.units[0].jumlah_asn == 1);
  CHECK(m.instansi.baris_dikecualikan == 1);  // the repeat is a KUNCI_GANDA error
}

TEST_CASE("metrics JSON has the shape of DATA.md section 6") {
  const Compilation c = fixture();
  const auto j = metrics_json(c, compute_metrics(c, validate(c)));
  CHECK(j["instansi"]["baris_dikecualikan"] == 3);
  CHECK(j["instansi"]["median_pengikut"] == 500);
  CHECK(j["units"][0]["kode_unit"] == "1.01");
  CHECK(j["units"][4]["cakupan"].is_null());
  CHECK(j["platforms"][0]["platform"] == "instagram");
  CHECK(j["konten"][1]["tepat_waktu"].is_null());
  CHECK(j["konten"][0]["tepat_waktu"] == 1);
  CHECK(j["konten"][0]["kepatuhan_unit"]["1.01.01"] == 1);
}
