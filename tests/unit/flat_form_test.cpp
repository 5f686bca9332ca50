// Flat forms (DATA.md section 2): header aliases, unit matching, re-submissions, --peta
// files, relabelling (alone, after a merge, imported into an open compilation as the app does),
// preview, and the sample forms of assets/sample/forms.
#include <doctest/doctest.h>

#include <filesystem>
#include <regex>
#include <set>

#include "registry/csv_bundle.hpp"
#include "registry/csv_sheet.hpp"
#include "registry/finding_message.hpp"
#include "registry/flat_form.hpp"
#include "registry/flat_form_aliases.hpp"
#include "registry/flat_form_timestamp.hpp"
#include "registry/flat_form_units.hpp"
#include "registry/input_error.hpp"
#include "registry/io_messages.hpp"
#include "registry/merge.hpp"
#include "registry/validate.hpp"
#include "ui/workspace.hpp"
#include "test_files.hpp"

using namespace kompilasi;

using kompilasi::test::slurp;

namespace {

std::string guessed(std::string_view header) {
  const auto g = guess_header(header);
  return g ? target_name(g->target) : "-";
}

Sheet sheet(std::vector<std::vector<std::string>> rows) {
  Sheet s;
  s.name = "Form Responses 1";
  s.rows = std::move(rows);
  return s;
}

// Kecamatan Sananwetan of Kota Blitar with its kelurahan, a Dinas with a sub-unit, and two
// units both named "Bagian Umum".
Compilation units() {
  Compilation c;
  c.instansi = "Pemerintah Kota Blitar";
  c.tahun = 2024;
  c.add_row(TableId::unit, {"35.72.03", "Kecamatan Sananwetan", "", "kecamatan"});
  c.add_row(TableId::unit, {"35.72.03.1002", "Kelurahan Klampok", "35.72.03", "kelurahan"});
  c.add_row(TableId::unit, {"35.72.03.1004", "Kelurahan Plosokerep", "35.72.03", "kelurahan"});
  c.add_row(TableId::unit, {"1.02.01", "Dinas Kesehatan", "", "dinas"});
  c.add_row(TableId::unit, {"1.02.01.01", "UPT Puskesmas Sananwetan", "1.02.01", "lainnya"});
  c.add_row(TableId::unit, {"4.01.01.01", "Bagian Umum", "", "lainnya"});
  c.add_row(TableId::unit, {"4.02.01.01", "Bagian Umum", "", "lainnya"});
  return c;
}

FlatFormResult read(const Sheet& s, const Compilation* u, const FlatFormMapping* m = nullptr) {
  const FlatFormMapping mapping = m ? *m : guess_mapping(s);
  return read_flat_form(s, mapping, {.name = "form", .file = "form.csv", .units = u, .tanggal_kompilasi = "2024-12-31"});
}

std::vector<const Finding*> with_rule(const std::vector<Finding>& fs, Rule r) {
  std::vector<const Finding*> out;
  for (const auto& f : fs)
    if (f.rule == r) out.push_back(&f);
  return out;
}

std::string cell(const Compilation& c, TableId t, std::size_t row, std::size_t col) {
  return std::string(c.text(t, row, col));
}

}  // namespace

TEST_CASE("flat form headers: Google Forms and Indonesian wordings") {
  CHECK(guessed("NIP") == "nip");
  CHECK(guessed("NIP (18 digit)") == "nip");
  CHECK(guessed("3. NIP") == "nip");
  CHECK(guessed("Nama") == "nama");
  CHECK(guessed("Nama Lengkap") == "nama");
  CHECK(guessed("Nama Lengkap dan Gelar") == "nama");
  CHECK(guessed("Nama Lengkap (beserta gelar)") == "nama");
  CHECK(guessed("Unit Kerja") == "kode_unit");
  CHECK(guessed("OPD") == "kode_unit");
  CHECK(guessed("Perangkat Daerah") == "kode_unit");
  CHECK(guessed("Jabatan") == "jabatan");
  CHECK(guessed("Jenis ASN") == "jenis_asn");
  CHECK(guessed("Status Kepegawaian") == "jenis_asn");
  CHECK(guessed("Jenis Kelamin") == "jenis_kelamin");
  CHECK(guessed("Jenis Kelamin (L/P)") == "jenis_kelamin");
  CHECK(guessed("Email") == "email");
  CHECK(guessed("Email Address") == "email");
  CHECK(guessed("Alamat email") == "email");
  CHECK(guessed("No. HP") == "no_hp");
  CHECK(guessed("No. HP/WA") == "no_hp");
  CHECK(guessed("Nomor WhatsApp") == "no_hp");
  CHECK(guessed("Akun Instagram") == "akun:instagram");
  CHECK(guessed("Username Instagram") == "akun:instagram");
  CHECK(guessed("Username Instagram (tanpa @)") == "akun:instagram");
  CHECK(guessed("Username Instagram - tulis tanpa @") == "akun:instagram");
  CHECK(guessed("Link Instagram") == "akun:instagram");
  CHECK(guessed("Instagram Username") == "akun:instagram");
  CHECK(guessed("IG") == "akun:instagram");
  CHECK(guessed("Link Akun TikTok") == "akun:tiktok");
  CHECK(guessed("Akun Tik Tok") == "akun:tiktok");
  CHECK(guessed("Akun Facebook") == "akun:facebook");
  CHECK(guessed("Link Facebook") == "akun:facebook");
  CHECK(guessed("Channel YouTube") == "akun:youtube");
  CHECK(guessed("Akun X") == "akun:x");
  CHECK(guessed("Twitter") == "akun:x");
  CHECK(guessed("Akun X (Twitter)") == "akun:x");
  CHECK(guessed("Threads") == "akun:threads");
  CHECK(guessed("Pengikut Instagram") == "pengikut:instagram");
  CHECK(guessed("Jumlah Followers IG") == "pengikut:instagram");
  CHECK(guessed("Followers TikTok") == "pengikut:tiktok");
  CHECK(guessed("Jumlah Pengikut Facebook") == "pengikut:facebook");
  CHECK(guessed("Jumlah Teman Facebook") == "pengikut:facebook");
  CHECK(guessed("Subscriber YouTube") == "pengikut:youtube");
  CHECK(guessed("YouTube Subscribers") == "pengikut:youtube");
  CHECK(guessed("Status Akun Instagram") == "status:instagram");
  CHECK(guessed("Status Akun") == "status");
  CHECK(guessed("Tanggal Cek") == "tanggal_cek");
  CHECK(guessed("Timestamp") == "timestamp");
  CHECK(guessed("Stempel waktu") == "timestamp");
  // things that are not columns of ours
  CHECK(guessed("Kolom X") == "-");
  CHECK(guessed("Apakah Anda bersedia membagikan konten Pemkot?") == "-");
  CHECK(guessed("Akun Instagram OPD") == "-");  // an official account is another table
  CHECK(guessed("Skor") == "-");
  CHECK(guessed("Status") == "-");             // status of what?
}

TEST_CASE("flat form headers: 'Instansi' names the unit only when nothing else does") {
  auto m = guess_mapping(sheet({{"NIP", "Instansi"}}));
  CHECK(target_name(m.targets[1]) == "kode_unit");
  m = guess_mapping(sheet({{"NIP", "Instansi", "Unit Kerja"}}));
  CHECK(target_name(m.targets[1]).empty());
  CHECK(target_name(m.targets[2]) == "kode_unit");
}

TEST_CASE("FLAT_FORM_ALIASES.md names every alias, and every alias maps to its own target") {
  const std::string doc = slurp(KOMPILASI_SOURCE_DIR "/core/registry/FLAT_FORM_ALIASES.md");
  const auto named = [&doc](std::string_view w) { return doc.find("`" + std::string(w) + "`") != std::string::npos; };
  for (const auto& a : fixed_header_aliases()) {
    CHECK_MESSAGE(named(a.header), a.header);
    const auto g = guess_header(a.header);
    REQUIRE_MESSAGE(g, a.header);
    CHECK_MESSAGE(target_name(g->target) == a.target, a.header);
    CHECK(g->weak == a.weak);
  }
  const auto check_words = [&](std::span<const std::string_view> words, FormTarget::Kind kind, Platform p,
                               std::string_view name) {
    for (std::string_view w : words) {
      if (!w.empty()) CHECK_MESSAGE(named(w), w);
      const FormTarget want{kind, 0, static_cast<std::int8_t>(p)};
      for (const std::string h : {std::string(w) + " " + std::string(name), std::string(name) + " " + std::string(w)}) {
        const auto g = guess_header(h);
        REQUIRE_MESSAGE(g, h);
        CHECK_MESSAGE(g->target == want, h);
      }
    }
  };
  for (const auto& pw : platform_words()) {
    for (std::string_view name : pw.names) {
      CHECK_MESSAGE(named(name), name);
      check_words(account_words(), FormTarget::Kind::akun, pw.platform, name);
      check_words(pw.account_extra, FormTarget::Kind::akun, pw.platform, name);
      check_words(followers_words(), FormTarget::Kind::pengikut, pw.platform, name);
      check_words(pw.followers_extra, FormTarget::Kind::pengikut, pw.platform, name);
      check_words(status_words(), FormTarget::Kind::status, pw.platform, name);
      check_words(check_date_words(), FormTarget::Kind::tanggal_cek, pw.platform, name);
    }
  }
  for (std::string_view w : no_account_words()) {
    CHECK_MESSAGE(named(w), w);
    CHECK(is_no_account(w));
  }
}

TEST_CASE("unit names: Kec./Kel. read as Kecamatan/Kelurahan, code or name, two matches are no match") {
  CHECK(unit_name_key("Kec. Sananwetan") == unit_name_key("Kecamatan Sananwetan"));
  CHECK(unit_name_key("KECAMATAN SANANWETAN") == unit_name_key("Kecamatan Sananwetan"));
  CHECK(unit_name_key("kec sananwetan") == "kecamatansananwetan");
  CHECK(unit_name_key("Kel.Klampok") == "kelurahanklampok");
  CHECK(unit_name_key("Kelurahan Klampok") == "kelurahanklampok");
  CHECK(unit_name_key("Kecamatan") == "kecamatan");
  CHECK(unit_name_key("Dinas Kelautan") == "dinaskelautan");  // "Kel" inside a word stays

  const Compilation u = units();
  const UnitMatcher m(u);
  CHECK(m.match("Kec. Sananwetan").row == 0);
  CHECK(m.match("KECAMATAN SANANWETAN").row == 0);
  CHECK(m.match("  35.72.03 ").row == 0);
  CHECK(m.match("Kel. Klampok").row == 1);
  CHECK(m.match("kelurahan plosokerep").row == 2);
  CHECK(m.match("upt puskesmas sananwetan").row == 4);
  CHECK(m.match("Sananwetan").row == -1);
  CHECK(m.match("Sananwetan").candidates.empty());
  const auto two = m.match("Bagian Umum");
  CHECK(two.row == -1);
  CHECK(two.candidates == std::vector<int>{5, 6});
  CHECK(m.match("4.02.01.01").row == 6);  // the code settles it
  CHECK(m.match("1.02.01 - Dinas Kesehatan").row == 3);
  CHECK(m.match("Dinas Kesehatan (1.02.01)").row == 3);
  CHECK(m.match("1.02.01.01 UPT Puskesmas Sananwetan").row == 4);
  CHECK(m.match("4.02.01.01 - Bagian Umum").row == 6);
  CHECK(m.match("Bagian Umum (Setda)").candidates == std::vector<int>{5, 6});
  CHECK(m.match("1.02.01 - Kelurahan Klampok").candidates == std::vector<int>{1, 3});  // parts disagree
  CHECK(m.match("Dinas Kesehatan - Bidang P2P").row == 3);
}

TEST_CASE("flat form rows: unit by code or name, UNIT_TIDAK_DIKENAL names the form's row and header") {
  const Compilation u = units();
  const Sheet s = sheet({{"NIP", "Nama", "Unit Kerja"},
                         {"198609262015051001", "Budi", "Kec. Sananwetan"},
                         {"199103152019032012", "Dewi", "Bagian Umum"},
                         {"197812052006041003", "Ahmad", "Kelurahan Rendang"},
                         {"199507212020122005", "Rina", "1.02.01.01"}});
  const FlatFormResult r = read(s, &u);
  const Compilation& c = r.loaded.comp;
  REQUIRE(c.table(TableId::pegawai).rows() == 4);  // every row taken in
  CHECK(cell(c, TableId::pegawai, 0, col::pegawai::kode_unit) == "35.72.03");
  CHECK(cell(c, TableId::pegawai, 1, col::pegawai::kode_unit) == "Bagian Umum");
  CHECK(cell(c, TableId::pegawai, 2, col::pegawai::kode_unit) == "Kelurahan Rendang");
  CHECK(cell(c, TableId::pegawai, 3, col::pegawai::kode_unit) == "1.02.01.01");
  const auto unknown = with_rule(r.loaded.findings, Rule::UNIT_TIDAK_DIKENAL);
  REQUIRE(unknown.size() == 2);
  CHECK(unknown[0]->table == TableId::pegawai);
  CHECK(unknown[0]->row == 2);
  CHECK(unknown[0]->table_row == 1);
  CHECK(unknown[0]->column() == "Unit Kerja");
  CHECK(unknown[0]->value() == "Bagian Umum");
  CHECK(unknown[0]->detail() == "4.01.01.01, 4.02.01.01");
  CHECK(finding_message(*unknown[0], Lang::id).find("lebih dari satu unit") != std::string::npos);
  CHECK(unknown[1]->row == 3);
  CHECK(unknown[1]->detail().empty());
  // The units used, with their parents, come along: the result validates alone.
  const Table& out_units = c.table(TableId::unit);
  REQUIRE(out_units.rows() == 3);
  CHECK(cell(c, TableId::unit, 0, col::unit::kode_unit) == "35.72.03");
  CHECK(cell(c, TableId::unit, 1, col::unit::kode_unit) == "1.02.01");
  CHECK(cell(c, TableId::unit, 2, col::unit::kode_unit) == "1.02.01.01");
  CHECK(c.instansi == "Pemerintah Kota Blitar");
  CHECK(c.tahun == 2024);
  CHECK(c.tanggal_kompilasi == "2024-12-31");
  CHECK(r.loaded.notices.empty());
}

TEST_CASE("flat form rows: without a unit table the form's own names are the units") {
  const Sheet s = sheet({{"NIP", "Nama", "OPD"},
                         {"198609262015051001", "Budi", "Kec. Sananwetan"},
                         {"199103152019032012", "Dewi", "KECAMATAN SANANWETAN"},
                         {"197812052006041003", "Ahmad", "Dinas Kesehatan"},
                         {"199507212020122005", "Rina", ""}});
  const FlatFormResult r = read(s, nullptr);
  const Compilation& c = r.loaded.comp;
  CHECK(cell(c, TableId::pegawai, 0, col::pegawai::kode_unit) == "Kec. Sananwetan");
  CHECK(cell(c, TableId::pegawai, 1, col::pegawai::kode_unit) == "Kec. Sananwetan");
  CHECK(cell(c, TableId::pegawai, 2, col::pegawai::kode_unit) == "Dinas Kesehatan");
  CHECK(cell(c, TableId::pegawai, 3, col::pegawai::kode_unit).empty());
  REQUIRE(c.table(TableId::unit).rows() == 2);
  CHECK(cell(c, TableId::unit, 1, col::unit::nama_unit) == "Dinas Kesehatan");
  CHECK(with_rule(r.loaded.findings, Rule::UNIT_TIDAK_DIKENAL).empty());
  REQUIRE(r.loaded.notices.size() == 1);
  CHECK(r.loaded.notices[0].code == "flatform_units_from_form");
  CHECK(r.loaded.notices[0].detail == "2");
  CHECK(notice_message(Lang::id, r.loaded.notices[0]).find("form.csv") != std::string::npos);
  const Validation v = validate(c, r.loaded.findings);
  CHECK(v.counts[static_cast<std::size_t>(Rule::UNIT_TIDAK_DIKENAL)] == 0);
}

TEST_CASE("flat form accounts: no-account cells make no akun row, the others do with their followers") {
  CHECK(is_no_account("-"));
  CHECK(is_no_account(" Tidak Ada "));
  CHECK(is_no_account("TIDAK PUNYA"));
  CHECK(is_no_account("belum ada"));
  CHECK(is_no_account("--"));
  CHECK(is_no_account("Belum punya."));
  CHECK_FALSE(is_no_account(""));
  CHECK_FALSE(is_no_account("@tidakada_official"));
  CHECK_FALSE(is_no_account("budi.santoso"));

  const Sheet s = sheet({{"NIP", "Username Instagram", "Jumlah Followers IG", "Link Akun TikTok", "Followers TikTok",
                          "Akun Facebook", "Jumlah Pengikut Facebook", "Akun X"},
                         {"198609262015051001", "@budi.blt", "1,2 rb", "tidak ada", "", "-", "", "Tidak Punya"},
                         {"199103152019032012", "belum ada", "0", "https://www.tiktok.com/@dewi?lang=id", "850", "",
                          "300", ""}});
  const FlatFormResult r = read(s, nullptr);
  const Compilation& c = r.loaded.comp;
  REQUIRE(c.table(TableId::akun).rows() == 3);
  CHECK(cell(c, TableId::akun, 0, col::akun::nip) == "198609262015051001");
  CHECK(cell(c, TableId::akun, 0, col::akun::platform) == "instagram");
  CHECK(cell(c, TableId::akun, 0, col::akun::akun) == "@budi.blt");
  CHECK(cell(c, TableId::akun, 0, col::akun::pengikut) == "1,2 rb");
  CHECK(c.table(TableId::akun).source_row[0] == 1);
  CHECK(cell(c, TableId::akun, 1, col::akun::platform) == "tiktok");
  CHECK(cell(c, TableId::akun, 1, col::akun::akun) == "https://www.tiktok.com/@dewi?lang=id");
  CHECK(cell(c, TableId::akun, 1, col::akun::pengikut) == "850");
  // Followers without a handle: the row is kept so that the missing handle is reported.
  CHECK(cell(c, TableId::akun, 2, col::akun::platform) == "facebook");
  CHECK(cell(c, TableId::akun, 2, col::akun::akun).empty());
  CHECK(c.table(TableId::akun).source_row[2] == 2);
}

TEST_CASE("timestamps as Google Forms and spreadsheets write them") {
  const auto t = [](std::string_view s, DayOrder o = DayOrder::day_month) { return parse_timestamp(s, o); };
  REQUIRE(t("2024/03/01 10:15:32 GMT+7"));
  CHECK(*t("2024/03/01 10:15:32 GMT+7") == *t("01/03/2024 03:15:32"));
  CHECK(*t("2024/03/01 10:15:32 GMT+7") == *t("01/03/2024 10.15.32 WIB"));
  CHECK(*t("2024/03/01 10:15:32 GMT+7") == *t("2024-03-01T10:15:32+07:00"));
  CHECK(*t("2024/03/01 10:15:32 AM GMT+7") == *t("2024/03/01 10:15:32 GMT+7"));
  CHECK(*t("2024/03/01 1:05:00 PM GMT+7") == *t("2024-03-01 13:05:00 GMT+07:00"));
  CHECK(*t("2024/03/01 12:00:00 AM") == *t("2024-03-01"));
  CHECK(*t("2024-03-01T10:10:10") == *t("2024-03-01 10:10:10"));
  CHECK(*t("2024-03-01T10:10:10.250") == *t("2024-03-01 10:10:10"));
  CHECK(*t("1 Maret 2024 10:15") == *t("2024-03-01 10:15:00"));
  CHECK(*t("3/1/2024 10:15:32", DayOrder::month_day) == *t("2024-03-01 10:15:32"));
  CHECK(*t("02/03/2024 00:00:00") > *t("01/03/2024 23:59:59"));
  CHECK_FALSE(t("kemarin sore"));
  CHECK_FALSE(t("31/02/2024 10:00"));
  CHECK_FALSE(t("2024-03-01 25:00"));
  CHECK_FALSE(t("2024-03-01 10:00 besok"));
  const std::string_view us[] = {"3/1/2024 10:15:32", "3/14/2024 9:00:00"};
  CHECK(timestamp_day_order(us) == DayOrder::month_day);
  const std::string_view id[] = {"01/03/2024 10.15.32", "14/03/2024 09.00.00", "2024/03/01 10:15:32 GMT+7"};
  CHECK(timestamp_day_order(id) == DayOrder::day_month);
}

TEST_CASE("flat form with Timestamp: a repeated NIP keeps its latest answer, each earlier one is JAWABAN_GANDA") {
  const Sheet s = sheet({{"Timestamp", "NIP", "Nama Lengkap", "Akun Instagram"},
                         {"2024/03/01 10:15:32 GMT+7", "198609262015051001", "Budi", "budi.lama"},
                         {"2024/03/01 11:00:00 GMT+7", "199103152019032012", "Dewi", "dewi"},
                         // typed later in the sheet but answered earlier (pasted rows): the time decides
                         {"2024/03/03 09:00:00 GMT+7", "19860926 201505 1 001", "Budi Santoso", "budi.baru"},
                         {"2024/03/02 08:00:00 GMT+7", "198609262015051001", "Budi S", "budi.tengah"}});
  const FlatFormResult r = read(s, nullptr);
  const Compilation& c = r.loaded.comp;
  REQUIRE(c.table(TableId::pegawai).rows() == 2);
  CHECK(cell(c, TableId::pegawai, 0, col::pegawai::nama) == "Dewi");
  CHECK(cell(c, TableId::pegawai, 1, col::pegawai::nama) == "Budi Santoso");
  CHECK(c.table(TableId::pegawai).source_row[1] == 3);
  REQUIRE(c.table(TableId::akun).rows() == 2);
  CHECK(cell(c, TableId::akun, 1, col::akun::akun) == "budi.baru");
  const auto again = with_rule(r.loaded.findings, Rule::JAWABAN_GANDA);
  REQUIRE(again.size() == 2);
  CHECK(again[0]->severity == Severity::info);
  CHECK(again[0]->row == 1);
  CHECK(again[0]->table_row == kNoRow);
  CHECK(again[0]->column() == "NIP");
  CHECK(again[0]->value() == "198609262015051001");
  CHECK(again[0]->first_row == 3);
  CHECK(again[0]->detail() == "2024/03/03 09:00:00 GMT+7");
  CHECK(again[1]->row == 4);
  CHECK(finding_message(*again[0], Lang::id).find("baris 3") != std::string::npos);
  const Validation v = validate(c, r.loaded.findings);
  CHECK(v.counts[static_cast<std::size_t>(Rule::NIP_GANDA)] == 0);
  CHECK(v.counts[static_cast<std::size_t>(Rule::JAWABAN_GANDA)] == 2);
}

TEST_CASE("flat form with Timestamp: an unreadable time falls back to the later row; bad NIPs are never merged") {
  const Sheet s = sheet({{"Stempel waktu", "NIP", "Nama"},
                         {"01/03/2024 10.15.32", "198609262015051001", "Budi 1"},
                         {"(kosong)", "198609262015051001", "Budi 2"},
                         {"01/03/2024 10.20.00", "", "Tanpa NIP 1"},
                         {"01/03/2024 10.21.00", "", "Tanpa NIP 2"},
                         {"01/03/2024 10.22.00", "12345", "NIP pendek"},
                         {"01/03/2024 10.23.00", "12345", "NIP pendek lagi"}});
  const FlatFormResult r = read(s, nullptr);
  const Table& p = r.loaded.comp.table(TableId::pegawai);
  REQUIRE(p.rows() == 5);
  CHECK(cell(r.loaded.comp, TableId::pegawai, 0, col::pegawai::nama) == "Budi 2");
  const auto again = with_rule(r.loaded.findings, Rule::JAWABAN_GANDA);
  REQUIRE(again.size() == 1);
  CHECK(again[0]->row == 1);
}

TEST_CASE("flat form without Timestamp: every answer is taken in and validate() reports NIP_GANDA") {
  const Sheet s = sheet({{"NIP", "Nama", "Jenis ASN", "Unit Kerja"},
                         {"198609262015051001", "Budi", "PNS", "Kec. Sananwetan"},
                         {"198609262015051001", "Budi Santoso", "PNS", "Kec. Sananwetan"}});
  const Compilation u = units();
  const FlatFormResult r = read(s, &u);
  CHECK(r.loaded.comp.table(TableId::pegawai).rows() == 2);
  CHECK(with_rule(r.loaded.findings, Rule::JAWABAN_GANDA).empty());
  Validation v = validate(r.loaded.comp, r.loaded.findings);
  relabel_findings(v, r.loaded.comp, r.labels);
  const auto twice = with_rule(v.findings, Rule::NIP_GANDA);
  REQUIRE(twice.size() == 1);
  CHECK(twice[0]->row == 2);
  CHECK(twice[0]->first_row == 1);
  CHECK(twice[0]->column() == "NIP");
}

TEST_CASE("--peta: a JSON object of header → column corrects the guess, and a mapping round-trips") {
  const Sheet s = sheet({{"NIP", "Unit Kerja", "IG", "Followers IG", "Kolom X", "Catatan"}, {"1", "2", "3", "4", "5", "6"}});
  FlatFormMapping m = guess_mapping(s);
  CHECK(target_name(m.targets[4]).empty());
  const auto notices = apply_peta(
      m, R"({"Unit Kerja": "kode_unit", "IG": "akun:instagram", "followers ig": "Pengikut:IG", "Kolom X": "email",
            "Catatan": null, "Tidak Ada Di Formulir": "jabatan"})",
      "peta.json");
  CHECK(target_name(m.targets[1]) == "kode_unit");
  CHECK(target_name(m.targets[2]) == "akun:instagram");
  CHECK(target_name(m.targets[3]) == "pengikut:instagram");  // header matched like headers, platform alias read
  CHECK(target_name(m.targets[4]) == "email");
  CHECK(target_name(m.targets[5]).empty());
  REQUIRE(notices.size() == 1);
  CHECK(notices[0].code == "flatform_peta_unused");
  CHECK(notices[0].detail == "Tidak Ada Di Formulir");

  const std::string json = mapping_to_json(m);
  CHECK(json.find("\"Followers IG\": \"pengikut:instagram\"") != std::string::npos);
  CHECK(json.find("\"Catatan\": \"\"") != std::string::npos);
  FlatFormMapping back;
  back.headers = m.headers;
  back.targets.assign(m.headers.size(), FormTarget{FormTarget::Kind::timestamp});
  CHECK(apply_peta(back, json, "back.json").empty());
  CHECK(back.targets == m.targets);

  for (const FormTarget t : m.targets) CHECK(parse_target(target_name(t)) == t);
  CHECK(parse_target("status") == FormTarget{FormTarget::Kind::status, 0, -1});
  CHECK(parse_target("tanggal_cek:tiktok") == FormTarget{FormTarget::Kind::tanggal_cek, 0, 1});
  CHECK(target_label(*parse_target("akun:instagram"), Lang::id) == "Akun Instagram");
  CHECK(target_label(*parse_target("pengikut:tiktok"), Lang::en) == "TikTok followers");
  CHECK(target_label(*parse_target("kode_unit"), Lang::id) == "Unit (kode atau nama)");
  CHECK(target_label(*parse_target("status"), Lang::id) == "Status akun semua platform");
  const FormTarget nonsense{FormTarget::Kind::pegawai, 12};
  CHECK_FALSE(target_valid(nonsense));
  CHECK_FALSE(target_valid(FormTarget{FormTarget::Kind::akun, 0, -1}));
  CHECK_FALSE(target_valid(FormTarget{FormTarget::Kind::timestamp, 0, 2}));
  CHECK(target_name(nonsense).empty());
  CHECK(target_label(nonsense, Lang::en) == "(ignore)");
}

TEST_CASE("--peta: a wrong file is an InputError with a clear Indonesian message") {
  FlatFormMapping m = guess_mapping(sheet({{"NIP", "IG"}}));
  const auto code_of = [&m](std::string_view json) -> InputError {
    try {
      apply_peta(m, json, "peta.json");
    } catch (const InputError& e) {
      return e;
    }
    FAIL("no InputError for " << json);
    return InputError("", "");
  };
  const InputError bad = code_of("{\n  \"IG\": \"akun:instagram\",\n  \"NIP\" \"nip\"\n}");
  CHECK(bad.code == "peta_invalid_json");
  CHECK(bad.where == "line:3");
  const std::string msg = input_error_message(Lang::id, bad);
  CHECK(msg.find("peta.json") != std::string::npos);
  CHECK(msg.find("baris 3") != std::string::npos);
  CHECK(code_of("[\"NIP\"]").code == "peta_not_object");
  const InputError number = code_of(R"({"IG": 5})");
  CHECK(number.code == "peta_bad_value");
  CHECK(number.detail == "IG: 5");
  const InputError unknown = code_of(R"({"IG": "pengikut:myspace"})");
  CHECK(unknown.code == "peta_unknown_target");
  CHECK(input_error_message(Lang::id, unknown).find("pengikut:myspace") != std::string::npos);
  CHECK(code_of(R"({"IG": "akun"})").code == "peta_unknown_target");  // which platform?
  CHECK(code_of(R"({"IG": "timestamp:ig"})").code == "peta_unknown_target");
  CHECK(code_of("").code == "peta_invalid_json");
  CHECK(target_name(m.targets[1]) == "akun:instagram");  // a failed file changes nothing it had not reached
}

TEST_CASE("relabelling: validate()'s findings name the form's headers, per platform and per row") {
  const Compilation u = units();
  const Sheet s = sheet({{"NIP", "Nama Lengkap", "Jenis ASN", "Unit Kerja", "Username Instagram", "Link Instagram",
                          "Link Akun TikTok", "Followers TikTok"},
                         {"198609262015051001", "Budi", "PNS", "Kec. Sananwetan", "budi..salah", "", "ok_tiktok", "1.5"},
                         {"1986092620150510", "Dewi", "PNS", "Kecamatan Entah", "", "https://www.tiktok.com/@dewi",
                          "dewi.tiktok", "100"}});
  const FlatFormResult r = read(s, &u);
  Validation v = validate(r.loaded.comp, r.loaded.findings);
  const std::size_t before = v.findings.size();
  relabel_findings(v, r.loaded.comp, r.labels);
  const auto column_of = [&v](Rule rule, std::uint32_t row) {
    for (const auto& f : v.findings)
      if (f.rule == rule && f.row == row) return std::string(f.column());
    return std::string("(none)");
  };
  CHECK(column_of(Rule::AKUN_FORMAT, 1) == "Username Instagram");
  CHECK(column_of(Rule::PENGIKUT_FORMAT, 1) == "Followers TikTok");
  CHECK(column_of(Rule::NIP_FORMAT, 2) == "NIP");
  CHECK(column_of(Rule::AKUN_URL_PLATFORM, 2) == "Link Instagram");  // this row used the second Instagram column
  CHECK(column_of(Rule::UNIT_TIDAK_DIKENAL, 2) == "Unit Kerja");
  // the reader's UNIT_TIDAK_DIKENAL and validate()'s on the same cell became one
  CHECK(with_rule(v.findings, Rule::UNIT_TIDAK_DIKENAL).size() == 1);
  CHECK(v.findings.size() == before - 1);
  CHECK(v.counts[static_cast<std::size_t>(Rule::UNIT_TIDAK_DIKENAL)] == 1);
  // two rows with the same unknown name: one finding each
  const FlatFormResult same = read(sheet({{"NIP", "OPD"}, {"198609262015051001", " Entah "}, {"199103152019032012", "Entah"}}), &u);
  Validation vs = validate(same.loaded.comp, same.loaded.findings);
  CHECK(vs.counts[static_cast<std::size_t>(Rule::UNIT_TIDAK_DIKENAL)] == 4);
  relabel_findings(vs, same.loaded.comp, same.labels);
  const auto units_left = with_rule(vs.findings, Rule::UNIT_TIDAK_DIKENAL);
  REQUIRE(units_left.size() == 2);
  CHECK(units_left[0]->row == 1);
  CHECK(units_left[1]->row == 2);
  CHECK(units_left[0]->source() == "form");  // the reader's, naming the form
  for (const auto& f : v.findings) {
    CHECK_MESSAGE(f.column() != "akun", rule_id(f.rule));
    CHECK_MESSAGE(f.column() != "pengikut", rule_id(f.rule));
  }
  // findings of another submission are left alone
  Validation other;
  other.findings.push_back(Finding{Rule::NIP_FORMAT, Severity::error, TableId::pegawai, 1, 0, "nip", "x", 0, {}, "dinkes"});
  relabel_findings(other, r.loaded.comp, r.labels);
  CHECK(other.findings[0].column() == "nip");
}

TEST_CASE("XLSX-like cells: NIP as 18-digit text, ISO dates and times, a text prefix") {
  const Sheet s = sheet({{"Timestamp", "NIP", "Nama", "Akun Instagram", "Pengikut Instagram", "Tanggal Cek"},
                         {"2024-03-01T10:10:10", "198609262015051001", "Budi", "budi", "1234", "2024-03-05"},
                         {"2024-03-02T08:00:00", "'198609262015051001", "Budi Santoso", "budi.s", "1300", "2024-03-05"},
                         {"2024-03-01", "199103152019032012", "Dewi", "dewi", "", "2024-03-05T00:00:00"}});
  const FlatFormResult r = read(s, nullptr);
  const Compilation& c = r.loaded.comp;
  REQUIRE(c.table(TableId::pegawai).rows() == 2);
  CHECK(cell(c, TableId::pegawai, 0, col::pegawai::nip) == "198609262015051001");  // the ' is stripped
  CHECK(cell(c, TableId::pegawai, 0, col::pegawai::nama) == "Budi Santoso");
  CHECK(c.table(TableId::pegawai).source_row[0] == 2);
  CHECK(with_rule(r.loaded.findings, Rule::JAWABAN_GANDA).size() == 1);
  REQUIRE(c.table(TableId::akun).rows() == 2);
  CHECK(cell(c, TableId::akun, 0, col::akun::tanggal_cek) == "2024-03-05");  // every account of the row
  CHECK(cell(c, TableId::akun, 1, col::akun::tanggal_cek) == "2024-03-05T00:00:00");
  const Validation v = validate(c, r.loaded.findings);
  CHECK(v.counts[static_cast<std::size_t>(Rule::NIP_FORMAT)] == 0);
  CHECK(v.counts[static_cast<std::size_t>(Rule::TANGGAL_FORMAT)] == 0);
}

TEST_CASE("flat form sheet shape: ignored columns, blank rows, ragged rows, records counted") {
  const Sheet s = sheet({{"NIP", "Nama", "Catatan", ""},
                         {"198609262015051001", "Budi", "ok", "x"},
                         {"", "  ", ""},
                         {"199103152019032012", "Dewi"},
                         {"197812052006041003", "Ahmad", "", "", "lebih", "lagi"}});
  const FlatFormResult r = read(s, nullptr);
  const Table& p = r.loaded.comp.table(TableId::pegawai);
  REQUIRE(p.rows() == 3);
  CHECK(p.source_row == std::vector<std::uint32_t>{1, 2, 3});  // the blank line is not a record
  const auto ignored = with_rule(r.loaded.findings, Rule::KOLOM_DIABAIKAN);
  REQUIRE(ignored.size() == 2);
  CHECK(ignored[0]->column() == "Catatan");
  CHECK(ignored[0]->row == 0);
  CHECK(ignored[1]->column() == "D");  // an empty header with text under it: named by its letter
  const auto ragged = with_rule(r.loaded.findings, Rule::BARIS_TIDAK_RATA);
  REQUIRE(ragged.size() == 1);
  CHECK(ragged[0]->row == 3);
  CHECK(ragged[0]->table_row == 2);
  CHECK(ragged[0]->value() == "lebih,lagi");
  CHECK(ragged[0]->detail() == "6/4");
  CHECK(r.loaded.notices.empty());

  // A mapping edited by hand: targets that name nothing, and fewer targets than headers, are ignored.
  FlatFormMapping odd = guess_mapping(s);
  odd.targets[1] = FormTarget{FormTarget::Kind::pegawai, 12};
  odd.targets[2] = FormTarget{FormTarget::Kind::akun, 0, -1};
  odd.targets.resize(3);
  const FlatFormResult edited = read(s, nullptr, &odd);
  CHECK(edited.loaded.comp.table(TableId::pegawai).rows() == 3);
  CHECK(cell(edited.loaded.comp, TableId::pegawai, 0, col::pegawai::nama).empty());
  CHECK(edited.loaded.comp.table(TableId::akun).rows() == 0);
  CHECK(with_rule(edited.loaded.findings, Rule::KOLOM_DIABAIKAN).size() == 3);  // Nama, Catatan, D

  const FlatFormResult none = read(sheet({{"Nama", "Alamat"}, {"Budi", "Jl. Merdeka"}}), nullptr);
  REQUIRE(none.loaded.notices.size() == 1);
  CHECK(none.loaded.notices[0].code == "flatform_no_nip_column");
  CHECK(none.loaded.comp.table(TableId::pegawai).rows() == 1);
  CHECK(read(sheet({}), nullptr).loaded.comp.row_count() == 0);
}

TEST_CASE("preview: the first records as they would be taken in, with their findings") {
  const Compilation u = units();
  const Sheet s = sheet({{"Timestamp", "NIP", "Nama", "Jenis ASN", "Unit Kerja", "IG"},
                         {"2024/03/01 10:00:00 GMT+7", "198609262015051001", "Budi", "PNS", "Kec. Sananwetan", "budi"},
                         {"2024/03/01 10:05:00 GMT+7", "199103152019032012", "Dewi", "PNS", "Bagian Umum", "de..wi"},
                         {"2024/03/01 10:10:00 GMT+7", "197812052006041003", "Ahmad", "PNS", "Kel. Klampok", "ahmad"},
                         {"2024/03/02 09:00:00 GMT+7", "198609262015051001", "Budi S", "PNS", "Kec. Sananwetan", "budi"}});
  const FlatFormMapping m = guess_mapping(s);
  const FlatFormOptions opt{.name = "form", .file = "form.csv", .units = &u, .tanggal_kompilasi = "2024-12-31"};
  const FlatFormPreview p = preview_flat_form(s, m, opt, 2);
  CHECK(p.records == 4);
  REQUIRE(p.comp.table(TableId::pegawai).rows() == 1);  // record 1 is replaced by record 4
  CHECK(cell(p.comp, TableId::pegawai, 0, col::pegawai::nama) == "Dewi");
  CHECK(p.comp.table(TableId::akun).rows() == 1);
  bool ganda = false, unit = false, format = false;
  for (const auto& f : p.findings) {
    CHECK(f.row <= 2);
    ganda |= f.rule == Rule::JAWABAN_GANDA && f.row == 1 && f.first_row == 4;
    unit |= f.rule == Rule::UNIT_TIDAK_DIKENAL && f.row == 2 && f.column() == "Unit Kerja" && !f.detail().empty();
    format |= f.rule == Rule::AKUN_FORMAT && f.row == 2 && f.column() == "IG";
  }
  CHECK(ganda);
  CHECK(unit);
  CHECK(format);
  CHECK(with_rule(p.findings, Rule::UNIT_TIDAK_DIKENAL).size() == 1);
}

TEST_CASE("sample forms of assets/sample/forms read as documented") {
  const std::string dir = KOMPILASI_SOURCE_DIR "/assets/sample/forms/";
  std::vector<InputFile> bundle = {{"kompilasi.csv", slurp(dir + "units/kompilasi.csv")},
                                   {"unit.csv", slurp(dir + "units/unit.csv")}};
  const Loaded u = read_csv_bundle(bundle, "units", "units");
  REQUIRE(u.comp.table(TableId::unit).rows() == 14);

  std::vector<Notice> notices;
  const Sheet gf = read_csv_sheet(slurp(dir + "sananwetan_google_forms.csv"), "sananwetan_google_forms.csv", notices);
  const FlatFormMapping m = guess_mapping(gf);
  const FlatFormResult r = read_flat_form(gf, m, {.name = "sananwetan_google_forms", .file = "sananwetan_google_forms.csv",
                                                  .units = &u.comp, .tanggal_kompilasi = "2024-03-31"});
  const Compilation& c = r.loaded.comp;
  CHECK(c.table(TableId::pegawai).rows() == 7);  // 8 answers, Budi's first one replaced
  CHECK(c.table(TableId::akun).rows() == 16);
  CHECK(c.table(TableId::unit).rows() == 4);
  CHECK(with_rule(r.loaded.findings, Rule::JAWABAN_GANDA).size() == 1);
  CHECK(with_rule(r.loaded.findings, Rule::UNIT_TIDAK_DIKENAL).size() == 2);
  const auto ignored = with_rule(r.loaded.findings, Rule::KOLOM_DIABAIKAN);
  REQUIRE(ignored.size() == 1);
  CHECK(ignored[0]->column() == "Apakah Anda bersedia membagikan konten Pemkot?");
  Validation v = validate(c, r.loaded.findings);
  relabel_findings(v, c, r.labels);
  CHECK(v.counts[static_cast<std::size_t>(Rule::NIP_FORMAT)] == 2);  // Yoga's 17 digits, in pegawai and in his akun row
  CHECK(v.counts[static_cast<std::size_t>(Rule::AKUN_FORMAT)] >= 2);
  CHECK(v.counts[static_cast<std::size_t>(Rule::UNIT_TIDAK_DIKENAL)] == 2);
  CHECK(v.counts[static_cast<std::size_t>(Rule::NILAI_TIDAK_DIKENAL)] == 0);  // Laki-laki, Perempuan, CPNS read
  CHECK(v.counts[static_cast<std::size_t>(Rule::NIP_KELAMIN_BEDA)] == 0);

  notices.clear();
  const Sheet xl = read_csv_sheet(slurp(dir + "dinkes_excel.csv"), "dinkes_excel.csv", notices);
  const FlatFormMapping mx = guess_mapping(xl);
  CHECK(target_name(mx.targets[1]) == "nip");
  CHECK(target_name(mx.targets[11]) == "pengikut:facebook");
  const FlatFormResult rx = read_flat_form(xl, mx, {.name = "dinkes_excel", .file = "dinkes_excel.csv",
                                                    .units = &u.comp, .tanggal_kompilasi = "2024-03-31"});
  CHECK(rx.loaded.comp.table(TableId::pegawai).rows() == 6);
  CHECK(cell(rx.loaded.comp, TableId::pegawai, 0, col::pegawai::nip) == "197504112000031005");
  CHECK(with_rule(rx.loaded.findings, Rule::KOLOM_DIABAIKAN).size() == 2);  // No, Keterangan
  const auto unit = with_rule(rx.loaded.findings, Rule::UNIT_TIDAK_DIKENAL);
  REQUIRE(unit.size() == 2);
  CHECK(unit[0]->value() == "Puskesmas Sananwetan");
  CHECK(unit[1]->detail() == "4.01.01.01, 4.02.01.01");
  Validation vx = validate(rx.loaded.comp, rx.loaded.findings);
  relabel_findings(vx, rx.loaded.comp, rx.labels);
  CHECK(vx.counts[static_cast<std::size_t>(Rule::NIP_GANDA)] == 1);
  CHECK(vx.counts[static_cast<std::size_t>(Rule::WAJIB_KOSONG)] >= 1);
  for (const auto& f : vx.findings)
    if (f.rule == Rule::NIP_GANDA) CHECK(f.column() == "1. NIP");
}

TEST_CASE("relabelling after a merge with the unit bundle: rows found through sumber, one finding per defect") {
  const std::string dir = KOMPILASI_SOURCE_DIR "/assets/sample/forms/";
  std::vector<InputFile> bundle = {{"kompilasi.csv", slurp(dir + "units/kompilasi.csv")},
                                   {"unit.csv", slurp(dir + "units/unit.csv")}};
  std::vector<Loaded> inputs;
  inputs.push_back(read_csv_bundle(bundle, "units", "units"));
  std::vector<Notice> notices;
  const Sheet gf = read_csv_sheet(slurp(dir + "sananwetan_google_forms.csv"), "sananwetan_google_forms.csv", notices);
  FlatFormResult r = read_flat_form(gf, guess_mapping(gf), {.name = "sananwetan", .file = "sananwetan_google_forms.csv",
                                                            .units = &inputs[0].comp});
  std::vector<Finding> import = r.loaded.findings;
  for (Finding& f : import) f.table_row = kNoRow;  // the merge renumbers the rows
  // A second form whose rows must keep their own headers.
  const Sheet other = sheet({{"NIP ASN", "Nama", "OPD"}, {"12345", "Tono", "Kec. Sananwetan"}});
  FlatFormResult r2 = read_flat_form(other, guess_mapping(other), {.name = "lain", .file = "lain.csv", .units = &inputs[0].comp});
  inputs.push_back(std::move(r.loaded));
  inputs.push_back(std::move(r2.loaded));
  const Compilation merged = merge(inputs);
  CHECK(merged.table(TableId::unit).rows() == 14);  // the form's copies of the units merged silently
  CHECK(merged.konflik.empty());
  Validation v = validate(merged, import);
  CHECK(v.counts[static_cast<std::size_t>(Rule::UNIT_TIDAK_DIKENAL)] == 4);  // the reader's and validate()'s
  relabel_findings(v, merged, r.labels);
  relabel_findings(v, merged, r2.labels);
  CHECK(v.counts[static_cast<std::size_t>(Rule::UNIT_TIDAK_DIKENAL)] == 2);
  bool yoga = false, tono = false;
  for (const Finding& f : v.findings) {
    if (f.rule != Rule::NIP_FORMAT || f.table != TableId::pegawai) continue;
    const std::string_view nip = merged.text(TableId::pegawai, f.table_row, col::pegawai::nip);
    if (nip == "12345") tono = f.column() == "NIP ASN";
    else yoga = f.column() == "NIP";
  }
  CHECK(yoga);
  CHECK(tono);
}

TEST_CASE("a flat form imported into an open compilation: each defect of the form once, under the form's header") {
  // As the app does it (core/ui/import_job.cpp): the sample open, the form read against its
  // units, both merged (the open workspace as a lossless copy), validated and relabelled.
  const std::string dir = KOMPILASI_SOURCE_DIR "/assets/sample";
  const ui::Workspace open = ui::ReadWorkspace({dir}, nullptr);
  std::vector<Notice> notices;
  const Sheet form = read_csv_sheet(slurp(dir + "/forms/dinkes_excel.csv"), "dinkes_excel.csv", notices);
  FlatFormResult r = read_flat_form(form, guess_mapping(form), {.name = "dinkes_excel", .file = "dinkes_excel.csv",
                                                                .units = &open.comp, .tanggal_kompilasi = "2024-03-31"});
  const std::size_t reader_units = with_rule(r.loaded.findings, Rule::UNIT_TIDAK_DIKENAL).size();
  REQUIRE(reader_units == 3);  // Puskesmas Sananwetan, UPT Puskesmas Sananwetan, Bagian Umum: not units of the sample
  std::vector<Loaded> inputs;
  inputs.push_back(ui::AsLoaded(open));
  inputs.push_back(std::move(r.loaded));
  ui::Workspace w = ui::MergeIntoWorkspace(std::move(inputs), {std::move(r.labels)}, open.name);

  const auto count = [](const ui::Workspace& x, Rule rule) { return x.validation.counts[static_cast<std::size_t>(rule)]; };
  CHECK(count(w, Rule::UNIT_TIDAK_DIKENAL) == count(open, Rule::UNIT_TIDAK_DIKENAL) + reader_units);
  // No finding of the form's rows under a canonical column the form fills, and no two
  // findings of one rule on one cell.
  std::set<std::string> cells;
  for (const Finding& f : w.validation.findings) {
    if (f.table != TableId::pegawai || f.table_row == kNoRow) continue;
    const std::string_view sumber = w.comp.pool.view(w.comp.table(TableId::pegawai).sumber[f.table_row]);
    if (sumber != "dinkes_excel") continue;
    CHECK_MESSAGE(f.column() != "kode_unit", rule_id(f.rule) << " row " << f.row);
    CHECK_MESSAGE(cells.insert(std::string(rule_id(f.rule)) + '|' + std::to_string(f.table_row) + '|' + std::string(f.column())).second,
                  rule_id(f.rule) << " twice on row " << f.row << " " << f.column());
  }

  // The same after a restart: the stored workspace keeps the form's labels with its findings.
  const std::filesystem::path store = std::filesystem::temp_directory_path() / "kompilasi_flat_form_test_store";
  std::filesystem::remove_all(store);
  REQUIRE(ui::StoreWorkspace(w, store));
  const ui::Workspace restored = ui::LoadStoredWorkspace(store);
  std::filesystem::remove_all(store);
  CHECK(restored.labels.size() == 1);
  CHECK(restored.validation.counts == w.validation.counts);
  CHECK(restored.validation.findings.size() == w.validation.findings.size());
}
