// The anonymised export: HMAC-SHA-256 (RFC 4231), the key derivation, the pseudonyms, and
// "metrics unchanged": analyze of the anonymised compilation equals analyze of the original,
// in memory and after a round trip through every file form.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "registry/anonymize.hpp"
#include "registry/csv_bundle.hpp"
#include "registry/generate.hpp"
#include "registry/inputs.hpp"
#include "registry/keyed_hash.hpp"
#include "registry/metrics.hpp"
#include "registry/metrics_json.hpp"
#include "registry/validate.hpp"
#include "registry/workspace_json.hpp"
#include "registry/xlsx_workbook.hpp"

using namespace kompilasi;

namespace {

std::string hex_of(const HmacDigest& d) { return to_hex(d.data(), d.size()); }
std::string bytes(std::size_t n, unsigned char b) { return std::string(n, static_cast<char>(b)); }

const HmacKey& test_key() {
  static const HmacKey k = derive_anon_key("kuda laut makan bakso");
  return k;
}

std::string analyze(const Compilation& c) {
  const Validation v = validate(c);
  return metrics_json(c, compute_metrics(c, v)).dump();
}

// Findings as (rule, severity, table, table row, column), sorted, without those on the
// columns the anonymised export empties on purpose.
using Where = std::tuple<std::string, int, int, std::uint32_t, std::string>;
std::vector<Where> findings_of(const Compilation& c) {
  std::vector<Where> out;
  for (const Finding& f : validate(c).findings) {
    if (f.table == TableId::pegawai && (f.column() == "jenis_kelamin" || f.column() == "jabatan" || f.column() == "email" ||
                                        f.column() == "no_hp"))
      continue;
    out.emplace_back(std::string(rule_id(f.rule)), static_cast<int>(f.severity), static_cast<int>(f.table),
                     f.table_row, f.column());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Every kind of defect whose judgement depends on a replaced value.
Compilation hostile_cases() {
  Compilation c;
  c.instansi = "Pemerintah Kota Contoh";
  c.tahun = 2024;
  c.tanggal_kompilasi = "2024-06-30";
  c.extra["pengaturan"] = nlohmann::ordered_json{{"ambang_influencer", 1000}};
  using T = TableId;
  c.add_row(T::unit, {"1.01", "Dinas Satu", "", "dinas"});
  c.add_row(T::unit, {"1.02", "Dinas Dua", "", "dinas"});
  // nip, nama, jenis_asn, jenis_kelamin, kode_unit, jabatan, email, no_hp
  c.add_row(T::pegawai, {"19860926 201505 1 001", "Budi Santoso", "PNS", "P", "1.01", "Kepala", "budi@contoh.go.id", "0812"});
  c.add_row(T::pegawai, {"198609262015051001", "Budi Lagi", "PNS", "L", "1.01"});         // NIP_GANDA
  c.add_row(T::pegawai, {"19861326 201505 1 002", "Tanggal Salah", "PNS", "", "1.01"});   // NIP_TANGGAL_LAHIR
  c.add_row(T::pegawai, {"19900101 200001 2 003", "TMT Dini", "PNS", "", "1.02"});        // NIP_TMT
  c.add_row(T::pegawai, {"19900101 201501 3 004", "Kelamin Tiga", "PNS", "", "1.02"});    // NIP_KELAMIN
  c.add_row(T::pegawai, {"19580101 198001 1 005", "Sudah Tua", "PNS", "", "1.02"});       // PEGAWAI_USIA
  c.add_row(T::pegawai, {"1234", "NIP Pendek", "PNS", "", "1.02"});                       // NIP_FORMAT
  c.add_row(T::pegawai, {"19910202 201601 2 006", "", "PNS", "", "1.02"});                // WAJIB_KOSONG nama
  c.add_row(T::pegawai, {"19920303 202101 1 007", "Siti", "PPPK", "X", "1.02"});
  c.add_row(T::pegawai, {"19930404 201801 2 008", "Tanpa Akun", "PNS", "", "1.01"});
  // akun_resmi: kode_unit, platform, akun, pengikut, pengelola_nip, tanggal_cek
  c.add_row(T::akun_resmi, {"1.01", "instagram", "@dinassatu", "12.000", "19860926 201505 1 001", "2024-06-01"});
  c.add_row(T::akun_resmi, {"1.02", "tiktok", "dinasdua", "800", "19999999", ""});   // pengelola NIP_FORMAT
  // akun: nip, platform, akun, pengikut, status, tanggal_cek
  c.add_row(T::akun, {"19860926 201505 1 001", "IG", "@budi.santoso", "1,2 rb", "aktif", "2024-06-01"});
  c.add_row(T::akun, {"198609262015051001", "instagram", "instagram.com/Budi.Santoso/?hl=id", "1200", "", ""});  // KUNCI_GANDA
  c.add_row(T::akun, {"19900101 200001 2 003", "instagram", "budi.santoso", "5", "", ""});   // AKUN_GANDA
  c.add_row(T::akun, {"19920303 202101 1 007", "tiktok", "siti..", "900", "aktif", ""});      // AKUN_FORMAT
  c.add_row(T::akun, {"19920303 202101 1 007", "tiktok", "https://instagram.com/siti", "9", "", ""});  // AKUN_URL_PLATFORM
  c.add_row(T::akun, {"19920303 202101 1 007", "x", "https://linktr.ee/siti", "9", "", ""});        // AKUN_URL_PLATFORM
  c.add_row(T::akun, {"19910202 201601 2 006", "instagram", "@DinasSatu", "12000", "", ""});    // AKUN_RESMI_PRIBADI
  c.add_row(T::akun, {"19910202 201601 2 006", "youtube", "UCabcdefghijklmnopqrstuv", "3 jt", "", ""});
  c.add_row(T::akun, {"19910202 201601 2 006", "facebook", "@", "", "", ""});                  // AKUN_FORMAT, no handle
  c.add_row(T::akun, {"19580101 198001 1 005", "friendster", "tuaku", "700", "", ""});        // PLATFORM_TIDAK_DIKENAL
  c.add_row(T::akun, {"1234", "threads", "pendek", "600", "", ""});                           // NIP_FORMAT
  c.add_row(T::akun, {"19950505 202001 1 009", "x", "orang_lain", "600", "", ""});            // REFERENSI_PEGAWAI
  c.add_row(T::akun, {"19861326 201505 1 002", "x", "tanggal_salah", "1.5", "", ""});         // PENGIKUT_FORMAT
  // konten: id_konten, judul, platform, url, tanggal_terbit, batas_lapor, kode_unit_sumber, sasaran
  c.add_row(T::konten, {"K1", "Hari Jadi", "instagram", "https://instagram.com/p/abc", "2024-06-01", "2024-06-10", "1.01", ""});
  c.add_row(T::konten, {"K2", "Vaksin", "tiktok", "https://tiktok.com/@dinasdua/video/1", "2024-06-05", "", "1.02", "1.02"});
  // laporan: id_konten, nip, platform, url_bukti, tanggal_lapor
  c.add_row(T::laporan, {"K1", "19860926 201505 1 001", "instagram", "https://instagram.com/p/bagi1", "2024-06-02"});
  c.add_row(T::laporan, {"K1", "19910202 201601 2 006", "instagram", " https://instagram.com/p/bagi1", "2024-06-12"});  // LAPORAN_GANDA
  c.add_row(T::laporan, {"K1", "19920303 202101 1 007", "instagram", "https://tiktok.com/@siti/video/2", "2024-06-03"});  // LAPORAN_URL
  c.add_row(T::laporan, {"K2", "19920303 202101 1 007", "tiktok", "https://vt.tiktok.com/ZS1", "2024-06-04"});  // SEBELUM_TERBIT
  c.add_row(T::laporan, {"K2", "19900101 201501 3 004", "tiktok", "https://tiktok.com/@x/video/3", "2024-06-06"});
  c.add_row(T::laporan, {"K9", "1234", "tiktok", "https://tiktok.com/@y/video/4", "2024-06-06"});  // REFERENSI_KONTEN, NIP_FORMAT
  c.add_row(T::laporan, {"K2", "19930404 201801 2 008", "myspace", "https://myspace.com/z", "2024-06-07"});
  return c;
}

void check_same_figures(const Compilation& original) {
  const Compilation anon = anonymize(original, test_key());
  CHECK(is_anonymised(anon));
  CHECK(analyze(anon) == analyze(original));
  CHECK(findings_of(anon) == findings_of(original));
  // through every file form: the marker and the pseudonyms survive
  Loaded json = read_workspace_json(write_workspace_json(anon), "anon.kompilasi.json", "anon");
  CHECK(analyze(json.comp) == analyze(original));
  const auto files = write_csv_bundle(anon);
  Loaded csv = read_csv_bundle(files, "anon", "anon");
  CHECK(is_anonymised(csv.comp));
  CHECK(analyze(csv.comp) == analyze(original));
  const Validation v = validate(anon);
  InputSource x{"anon.xlsx", "anon", false, {{"anon.xlsx", export_xlsx(anon, v, compute_metrics(anon, v), Lang::id)}}};
  const ReadInput xlsx = read_input(x);
  CHECK(is_anonymised(xlsx.loaded.comp));
  CHECK(analyze(xlsx.loaded.comp) == analyze(original));
}

bool contains_any(const Compilation& c, std::initializer_list<std::string_view> needles) {
  for (std::uint32_t id = 0; id < c.pool.size(); ++id)
    for (std::string_view n : needles)
      if (c.pool.view(id).find(n) != std::string_view::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("HMAC-SHA-256: RFC 4231 test cases 1-4, 6 and 7") {
  CHECK(hex_of(hmac_sha256(bytes(20, 0x0b), "Hi There")) ==
        "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
  CHECK(hex_of(hmac_sha256(std::string("Jefe"), "what do ya want for nothing?")) ==
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  CHECK(hex_of(hmac_sha256(bytes(20, 0xaa), bytes(50, 0xdd))) ==
        "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
  std::string key4;
  for (int i = 1; i <= 25; ++i) key4 += static_cast<char>(i);
  CHECK(hex_of(hmac_sha256(key4, bytes(50, 0xcd))) ==
        "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
  CHECK(hex_of(hmac_sha256(bytes(131, 0xaa), "Test Using Larger Than Block-Size Key - Hash Key First")) ==
        "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
  CHECK(hex_of(hmac_sha256(bytes(131, 0xaa),
                           "This is a test using a larger than block-size key and a larger than block-size data. "
                           "The key needs to be hashed before being used by the HMAC algorithm.")) ==
        "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
}

TEST_CASE("derive_anon_key: Argon2id with the fixed salt, the same key for the same passphrase everywhere") {
  const HmacKey k = derive_anon_key("kuda laut makan bakso");
  // pinned: the browser build and every later version must derive this very key; the reference
  // implementation agrees: echo -n "kuda laut makan bakso" | argon2 kompilasi-anon-1 -id -t 2 -m 16 -p 1 -l 32 -r
  CHECK(to_hex(k.data(), k.size()) == "a532b16d47c6c64fe43e91d5047290e57b2539e9324bb257aaa5a9e211bef6fb");
  CHECK(derive_anon_key("kuda laut makan bakso") == k);
  CHECK(derive_anon_key("kuda laut makan baksO") != k);
}

TEST_CASE("parse_nip_pseudonym") {
  const std::string h(64, 'a');
  REQUIRE(parse_nip_pseudonym(h));
  CHECK(parse_nip_pseudonym(h)->key == 0xaaaaaaaaaaaaaaaaULL);
  CHECK(parse_nip_pseudonym(h)->carried == 0);
  CHECK(parse_nip_pseudonym(" " + h + " ")->carried == 0);
  const auto t = parse_nip_pseudonym(h + " NIP_TMT PEGAWAI_USIA");
  REQUIRE(t);
  CHECK(t->carried == ((1u << static_cast<unsigned>(Rule::NIP_TMT)) | (1u << static_cast<unsigned>(Rule::PEGAWAI_USIA))));
  CHECK(parse_nip_pseudonym(std::string(64, '0'))->key == 1);
  CHECK_FALSE(parse_nip_pseudonym(std::string(63, 'a')));
  CHECK_FALSE(parse_nip_pseudonym(std::string(64, 'A')));            // lowercase only
  CHECK_FALSE(parse_nip_pseudonym(h + "b"));                         // 65 digits
  CHECK_FALSE(parse_nip_pseudonym(h + " NIP_GANDA"));                // not a carried rule
  CHECK_FALSE(parse_nip_pseudonym("198609262015051001"));
}

TEST_CASE("anonymize: personal values are gone, pseudonyms are the HMAC of the 18 digits") {
  const Compilation c = hostile_cases();
  const Compilation a = anonymize(c, test_key());
  CHECK_FALSE(contains_any(a, {"Budi", "Santoso", "budi@", "0812", "Kepala", "Siti", "siti", "19860926", "198609262015051001",
                               "budi.santoso", "bagi1", "linktr", "tuaku", "1234"}));
  const std::string p1 = hex_of(hmac_sha256(test_key(), "nip:198609262015051001"));
  CHECK(a.text(TableId::pegawai, 0, col::pegawai::nip) == p1);
  CHECK(a.text(TableId::pegawai, 1, col::pegawai::nip) == p1);          // written differently, same NIP
  CHECK(a.text(TableId::akun, 0, col::akun::nip) == p1);
  CHECK(a.text(TableId::akun_resmi, 0, col::akun_resmi::pengelola_nip) == p1);
  CHECK(a.text(TableId::pegawai, 3, col::pegawai::nip).substr(64) == " NIP_TMT");
  CHECK(a.text(TableId::pegawai, 5, col::pegawai::nip).substr(64) == " PEGAWAI_USIA");
  CHECK(a.text(TableId::pegawai, 6, col::pegawai::nip) == kBadNip);
  CHECK(a.text(TableId::pegawai, 0, col::pegawai::nama) == kHiddenName);
  CHECK(a.text(TableId::pegawai, 7, col::pegawai::nama).empty());
  for (auto column : {col::pegawai::jenis_kelamin, col::pegawai::jabatan, col::pegawai::email, col::pegawai::no_hp})
    CHECK(a.text(TableId::pegawai, 0, column).empty());
  CHECK(a.text(TableId::akun, 6, col::akun::akun) == "@DinasSatu");   // the unit's official account: public
  CHECK(a.text(TableId::akun_resmi, 0, col::akun_resmi::akun) == "@dinassatu");
  CHECK(a.text(TableId::unit, 0, col::unit::nama_unit) == "Dinas Satu");
  CHECK(a.extra["anonim"] == kAnonScheme);
  CHECK(a.extra["pengaturan"]["ambang_influencer"] == 1000);
  // another passphrase, other pseudonyms
  const Compilation b = anonymize(c, derive_anon_key("passphrase lain sama sekali"));
  CHECK(b.text(TableId::pegawai, 0, col::pegawai::nip) != p1);
  CHECK_THROWS_AS(anonymize(a, test_key()), std::logic_error);
}

TEST_CASE("anonymize: metrics and findings unchanged, every defect kind") {
  check_same_figures(hostile_cases());
}

TEST_CASE("anonymize: metrics unchanged on the sample and on generated data with many defects") {
  check_same_figures(generate_sample().comp);
  GenerateOptions o;
  o.asn = 3000;
  o.seed = 11;
  o.err_rate = 0.05;
  check_same_figures(generate(o).comp);
}

TEST_CASE("validate of an anonymised compilation: a real NIP is not a pseudonym") {
  Compilation a = anonymize(hostile_cases(), test_key());
  a.add_row(TableId::pegawai, {"19860926 201505 1 011", "(anonim)", "PNS", "", "1.01"});
  const Validation v = validate(a);
  const auto it = std::find_if(v.findings.begin(), v.findings.end(), [&](const Finding& f) {
    return f.rule == Rule::NIP_FORMAT && f.table == TableId::pegawai && f.table_row == a.table(TableId::pegawai).rows() - 1;
  });
  REQUIRE(it != v.findings.end());
  CHECK(it->detail() == "anonim");
}
