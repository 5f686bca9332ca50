#include <doctest/doctest.h>

#include <algorithm>
#include <mutex>
#include <stdexcept>

#include "registry/csv_bundle.hpp"
#include "registry/finding.hpp"
#include "registry/input_error.hpp"
#include "registry/validate.hpp"
#include "registry/workspace_json.hpp"

using namespace kompilasi;

namespace {

std::vector<Finding> of_rule(const Loaded& l, Rule r) {
  std::vector<Finding> out;
  std::copy_if(l.findings.begin(), l.findings.end(), std::back_inserter(out), [&](const Finding& f) { return f.rule == r; });
  return out;
}

const std::vector<InputFile> kBundle = {
    {"kompilasi.csv", "kunci,nilai\ninstansi,Pemerintah Kota Blitar\ntahun,2024\ntanggal_kompilasi,31/12/2024\n"},
    {"Unit.CSV", "Kode Unit;Nama Unit;Jenis\n1.01;Dinas Pendidikan;dinas\n1.02;Dinas Kesehatan;dinas\n"},
    // columns in another order, headers as people write them, an unknown column, Excel's ' prefix,
    // a blank line, a quoted field over two lines, a short row and a long one
    {"pegawai.csv",
     "\xEF\xBB\xBFNIP,Nama,Jenis ASN,Kode Unit,Keterangan,No. HP\r\n"
     "'198609262015051001,\"Dewi, S.Pd.\",PNS,1.01,mutasi,0812\r\n"
     "\r\n"
     "199001012019032002,\"Sari\r\nAyu\",PPPK,1.02\r\n"
     "199202022020121003,Dewi, S.Pd.,PNS,1.01,,0813\r\n"
     "199303032021011004,Budi,PNS,1.01,,0814,,\r\n"},
    {"catatan.txt", "not read"},
    {"sub/akun.csv", "not read either: only the folder's own files"},
};

}  // namespace

TEST_CASE("bundle: header fields, tables by name in any case, missing tables empty, other files ignored") {
  const Loaded l = read_csv_bundle(kBundle, "opd1", "opd1");
  CHECK(l.name == "opd1");
  CHECK(l.comp.instansi == "Pemerintah Kota Blitar");
  CHECK(l.comp.tahun == 2024);
  CHECK(l.comp.tanggal_kompilasi == "2024-12-31");
  CHECK(l.comp.table(TableId::unit).rows() == 2);
  CHECK(l.comp.text(TableId::unit, 1, col::unit::nama_unit) == "Dinas Kesehatan");
  CHECK(l.comp.text(TableId::unit, 1, col::unit::jenis) == "dinas");
  CHECK(l.comp.table(TableId::akun).rows() == 0);
  CHECK(l.comp.table(TableId::laporan).rows() == 0);
  CHECK(l.notices.empty());
}

TEST_CASE("bundle: headers matched like flat-form headers, ' stripped, every row taken in and numbered by record") {
  const Loaded l = read_csv_bundle(kBundle, "opd1", "opd1");
  const Compilation& c = l.comp;
  const Table& p = c.table(TableId::pegawai);
  REQUIRE(p.rows() == 4);
  CHECK(c.text(TableId::pegawai, 0, col::pegawai::nip) == "198609262015051001");
  CHECK(c.text(TableId::pegawai, 0, col::pegawai::nama) == "Dewi, S.Pd.");
  CHECK(c.text(TableId::pegawai, 0, col::pegawai::no_hp) == "0812");
  CHECK(c.text(TableId::pegawai, 1, col::pegawai::nama) == "Sari\r\nAyu");
  CHECK(c.text(TableId::pegawai, 1, col::pegawai::no_hp) == "");  // short row padded
  CHECK(p.source_row == std::vector<std::uint32_t>{1, 2, 3, 4});

  const auto ignored = of_rule(l, Rule::KOLOM_DIABAIKAN);
  REQUIRE(ignored.size() == 1);
  CHECK(ignored[0].severity == Severity::info);
  CHECK(ignored[0].table == TableId::pegawai);
  CHECK(ignored[0].column() == "Keterangan");

  // "Dewi, S.Pd." unquoted: one field too many, kept with the header's fields, and reported;
  // the last row's trailing empty fields drop nothing and are not
  const auto ragged = of_rule(l, Rule::BARIS_TIDAK_RATA);
  REQUIRE(ragged.size() == 1);
  CHECK(ragged[0].severity == Severity::error);
  CHECK(ragged[0].row == 3);
  CHECK(ragged[0].table_row == 2);
  CHECK(ragged[0].column() == "No. HP");
  CHECK(ragged[0].value() == "0813");
  CHECK(c.text(TableId::pegawai, 2, col::pegawai::nama) == "Dewi");
  CHECK(c.text(TableId::pegawai, 2, col::pegawai::kode_unit) == "PNS");
  CHECK(c.text(TableId::pegawai, 3, col::pegawai::no_hp) == "0814");
}

TEST_CASE("bundle: a repeated column and a filled column without a header are ignored with a finding") {
  const std::vector<InputFile> files = {{"unit.csv", "kode_unit,nama_unit,Kode-Unit,,\n1,A,2,,\n3,B,4,x,\n"}};
  const Loaded l = read_csv_bundle(files, "b", "b");
  const auto ignored = of_rule(l, Rule::KOLOM_DIABAIKAN);
  REQUIRE(ignored.size() == 2);
  CHECK(ignored[0].column() == "Kode-Unit");
  CHECK(ignored[1].column() == "D");
  CHECK(l.comp.text(TableId::unit, 1, col::unit::kode_unit) == "3");
}

TEST_CASE("bundle: a Windows-1252 file is decoded whole, with a notice naming it") {
  const std::vector<InputFile> files = {{"unit.csv", "kode_unit;nama_unit\n1;Kecamatan Sanan\xE9tan\n"}};
  const Loaded l = read_csv_bundle(files, "opd1/", "opd1");
  CHECK(l.comp.text(TableId::unit, 0, col::unit::nama_unit) == "Kecamatan Sanan\xC3\xA9tan");
  REQUIRE(l.notices.size() == 1);
  CHECK(l.notices[0].code == "decoded_windows1252");
  CHECK(l.notices[0].file == "opd1/unit.csv");
}

TEST_CASE("bundle: unusable files throw InputError naming the file and the line") {
  const auto error_of = [](std::vector<InputFile> files) {
    try {
      read_csv_bundle(files, "opd1", "opd1");
    } catch (const InputError& e) {
      return e;
    }
    FAIL("no InputError");
    return InputError("", "");
  };
  InputError e = error_of({{"unit.csv", "kode_unit,nama_unit\n1,\"A\n"}});
  CHECK(e.code == "unterminated_quote");
  CHECK(e.file == "opd1/unit.csv");
  CHECK(e.where == "line:2");
  e = error_of({{"kompilasi.csv", "kunci,nilai\ninstansi,X\ntahun,dua ribu\n"}});
  CHECK(e.code == "bad_tahun");
  CHECK(e.where == "line:3");
  e = error_of({{"kompilasi.csv", "kunci,nilai\ntanggal_kompilasi,31/02/2024\n"}});
  CHECK(e.code == "bad_tanggal");
  e = error_of({{"kompilasi.csv", "key,value\n"}});
  CHECK(e.code == "header_file_columns");
  e = error_of({{"unit.csv", "kode_unit\n"}, {"UNIT.csv", "kode_unit\n"}});
  CHECK(e.code == "bundle_duplicate_file");
}

TEST_CASE("bundle read through a BundleFileReader: each wanted file read once, the same compilation, its errors passed on") {
  Loaded l = read_csv_bundle(kBundle, "opd1", "opd1");
  l.comp.add_row(TableId::laporan, {"K-01", "198609262015051001", "instagram", "https://instagram.com/p/1", "01/12/2024"});
  const std::vector<InputFile> files = write_csv_bundle(l.comp);
  std::vector<InputFile> names;  // what the command line passes: paths only
  for (const InputFile& f : files) names.push_back({f.path, {}});
  names.push_back({"catatan.txt", {}});
  std::mutex mutex;  // laporan is read on a thread of its own
  std::vector<std::string> asked;
  std::string unreadable;
  const BundleFileReader read = [&](const std::string& path) {
    const std::lock_guard lock(mutex);
    asked.push_back(path);
    if (path == unreadable) throw InputError("unreadable", "out/" + path);
    for (const InputFile& f : files)
      if (f.path == path) return std::make_unique<HeldBytes>(f.bytes);
    throw std::logic_error("asked for a file the bundle does not want: " + path);
  };
  const Loaded lazy = read_csv_bundle(names, "out", "out", read);
  const Loaded eager = read_csv_bundle(files, "out", "out");
  CHECK(lazy.comp.table(TableId::laporan).rows() == 1);
  CHECK(write_workspace_json(lazy.comp) == write_workspace_json(eager.comp));
  std::vector<std::string> want;
  for (const InputFile& f : files) want.push_back(f.path);
  std::sort(want.begin(), want.end());
  std::sort(asked.begin(), asked.end());
  CHECK(asked == want);
  // the command line's unreadable or too large file, from the main thread and from laporan's
  for (const char* file : {"pegawai.csv", "laporan.csv"}) {
    CAPTURE(file);
    unreadable = file;
    try {
      read_csv_bundle(names, "out", "out", read);
      FAIL("no InputError");
    } catch (const InputError& e) {
      CHECK(e.code == "unreadable");
      CHECK(e.file == "out/" + unreadable);
    }
  }
}

// A file's bytes that note what the reader hands back (FileBytes::release).
class NotedBytes final : public FileBytes {
 public:
  NotedBytes(std::string bytes, std::vector<std::pair<std::size_t, std::size_t>>& noted) : bytes_(std::move(bytes)), noted_(noted) {}
  std::string_view bytes() const override { return bytes_; }
  void release(std::size_t begin, std::size_t end) override { noted_.push_back({begin, end}); }

 private:
  std::string bytes_;
  std::vector<std::pair<std::size_t, std::size_t>>& noted_;
};

TEST_CASE("bundle read through a BundleFileReader: a large file's bytes are handed back as the check, then the parser, go past them") {
  const std::string nip = "198609262015051001";
  std::string laporan = "\xEF\xBB\xBFid_konten,nip,platform,url_bukti,tanggal_lapor\n";
  for (int i = 0; laporan.size() < (std::size_t{20} << 20); ++i)
    laporan += "K1," + nip + ",instagram,https://instagram.com/p/" + std::to_string(i) + ",2024-08-02\n";
  const std::vector<InputFile> files = {{"pegawai.csv", "nip,nama\n" + nip + ",Dewi\n"}, {"laporan.csv", laporan}};
  std::vector<InputFile> names;
  for (const InputFile& f : files) names.push_back({f.path, {}});
  std::vector<std::pair<std::size_t, std::size_t>> noted;
  const BundleFileReader read = [&](const std::string& path) -> std::unique_ptr<FileBytes> {
    if (path == "laporan.csv") return std::make_unique<NotedBytes>(laporan, noted);
    return std::make_unique<HeldBytes>(files[0].bytes);
  };
  const Loaded lazy = read_csv_bundle(names, "b", "b", read);
  CHECK(write_workspace_json(lazy.comp) == write_workspace_json(read_csv_bundle(files, "b", "b").comp));
  // two passes over the file (the UTF-8 check, then the records), each handing back its bytes
  std::vector<std::vector<std::pair<std::size_t, std::size_t>>> passes;
  for (const auto& r : noted) {
    if (r.first == 0) passes.emplace_back();
    REQUIRE(!passes.empty());
    if (passes.back().size()) CHECK(r.first == passes.back().back().second);
    passes.back().push_back(r);
  }
  // in order, 8 MiB or more at a time: the check up to the end, the parser up to its last
  // 8 MiB (then the table is built and the file let go)
  REQUIRE(passes.size() == 2);
  for (const auto& pass : passes) {
    CHECK(pass.size() >= 2);
    for (std::size_t i = 0; i + 1 < pass.size(); ++i) CHECK(pass[i].second - pass[i].first >= (std::size_t{8} << 20));
  }
  CHECK(passes[0].back().second == laporan.size());
  CHECK(passes[1].back().second + (std::size_t{8} << 20) >= laporan.size());
}

TEST_CASE("bundle: repeated texts in columns stored without interning are found by text, laporan read beside or after") {
  // url_bukti and akun are distinct columns (ColumnSpec::distinct): each cell its own id
  const std::string nip1 = "198609262015051001", nip2 = "199001012019032002";
  const std::vector<InputFile> files = {
      {"unit.csv", "kode_unit,nama_unit\n1.01,Dinas\n"},
      {"pegawai.csv", "nip,nama,jenis_asn,kode_unit\n" + nip1 + ",Dewi,PNS,1.01\n" + nip2 + ",Dewi,PPPK,1.01\n"},
      {"akun.csv", "nip,platform,akun\n" + nip1 + ",instagram,@dewi\n" + nip2 + ",instagram,https://instagram.com/dewi\n"},
      {"konten.csv", "id_konten,judul,platform,url,tanggal_terbit\nK1,A,instagram,https://instagram.com/p/k,2024-08-01\n"},
      {"laporan.csv", "id_konten,nip,platform,url_bukti,tanggal_lapor\n"
                      "K1," + nip1 + ",instagram,https://instagram.com/p/1,2024-08-02\n"
                      "K1," + nip2 + ",instagram,https://instagram.com/p/1,2024-08-02\n"
                      "K1," + nip1 + ",instagram,\" https://instagram.com/p/1 \",2024-08-02\n"},
  };
  std::vector<InputFile> names;
  for (const InputFile& f : files) names.push_back({f.path, {}});
  const BundleFileReader read = [&](const std::string& path) {  // laporan then read on its own thread
    for (const InputFile& f : files)
      if (f.path == path) return std::make_unique<HeldBytes>(f.bytes);
    return std::make_unique<HeldBytes>(std::string());
  };
  for (const bool beside : {false, true}) {
    CAPTURE(beside);
    const Loaded l = beside ? read_csv_bundle(names, "b", "b", read) : read_csv_bundle(files, "b", "b");
    const Table& lap = l.comp.table(TableId::laporan);
    CHECK(lap.id_at(0, col::laporan::url_bukti) != lap.id_at(1, col::laporan::url_bukti));
    const Validation v = validate(l.comp, l.findings);
    std::vector<std::pair<Rule, std::uint32_t>> got;
    for (const Finding& f : v.findings)
      if (f.rule == Rule::LAPORAN_GANDA || f.rule == Rule::AKUN_GANDA || f.rule == Rule::KUNCI_GANDA) got.push_back({f.rule, f.row});
    // row 2 repeats row 1's link (another NIP), row 3 too with spaces around it (row 1's own NIP:
    // the same report, KUNCI_GANDA with row 1); the two handles are one account
    const std::vector<std::pair<Rule, std::uint32_t>> want = {
        {Rule::AKUN_GANDA, 2}, {Rule::LAPORAN_GANDA, 2}, {Rule::KUNCI_GANDA, 3}};
    CHECK(got == want);
  }
}

TEST_CASE("bundle read in slices (CsvBundleReader, the browser's import): the same compilation, findings, notices and errors") {
  std::vector<InputFile> files = kBundle;
  files.push_back({"akun.csv", "nip\xE9,platform,akun\n198609262015051001,instagram,dewi\n"});  // Windows-1252: a notice
  const Loaded whole = read_csv_bundle(files, "opd1", "opd1");
  const auto findings = [](const Loaded& l) {
    std::vector<std::string> out;
    for (const Finding& f : l.findings)
      out.push_back(std::string(rule_id(f.rule)) + " " + std::string(spec(f.table).name) + ":" + std::to_string(f.row) + " " + std::string(f.column()) + " " + std::string(f.value()));
    return out;
  };
  for (const std::size_t slice : {std::size_t{1}, std::size_t{2}, std::size_t{1000}}) {
    CAPTURE(slice);
    CsvBundleReader reader(files, "opd1", "opd1");
    int steps = 1;
    while (!reader.step(slice)) ++steps;
    if (slice == 1) CHECK(steps > 6);  // one record a step: every table took several
    const Loaded sliced = reader.take();
    CHECK(sliced.name == "opd1");
    CHECK(write_workspace_json(sliced.comp) == write_workspace_json(whole.comp));
    CHECK(findings(sliced) == findings(whole));
    REQUIRE(sliced.notices.size() == whole.notices.size());
    CHECK(!sliced.notices.empty());
  }
  // an unusable file throws from the step that reaches it, as read_csv_bundle does
  const std::vector<InputFile> broken = {{"unit.csv", "kode_unit,nama_unit\n1.01,A\n1.02,\"B\n"}};
  CsvBundleReader bad(broken, "opd1", "opd1");
  CHECK_FALSE(bad.step(1));
  try {
    while (!bad.step(1)) {
    }
    FAIL("no InputError");
  } catch (const InputError& e) {
    CHECK(e.code == "unterminated_quote");
    CHECK(e.file == "opd1/unit.csv");
  }
}

TEST_CASE("bundle: written and read back, plain and Excel (Indonesia), risky cells neutralised") {
  Loaded l = read_csv_bundle(kBundle, "opd1", "opd1");
  l.comp.add_row(TableId::akun, {"198609262015051001", "instagram", "@dewi", "=HYPERLINK(\"x\")", "", "-"});
  l.comp.add_row(TableId::akun, {});  // an empty row is still a row
  for (const bool excel_id : {false, true}) {
    CAPTURE(excel_id);
    const auto files = write_csv_bundle(l.comp, {.excel_id = excel_id});
    REQUIRE(files.size() == 7);
    CHECK(files[0].path == "kompilasi.csv");
    const auto akun = std::find_if(files.begin(), files.end(), [](const InputFile& f) { return f.path == "akun.csv"; });
    const std::string expected_akun = excel_id ? "\xEF\xBB\xBFnip;platform;akun;pengikut;status;tanggal_cek\r\n"
                                                 "198609262015051001;instagram;'@dewi;\"'=HYPERLINK(\"\"x\"\")\";;'-\r\n"
                                                 "\"\";;;;;\r\n"
                                               : "nip,platform,akun,pengikut,status,tanggal_cek\r\n"
                                                 "198609262015051001,instagram,'@dewi,\"'=HYPERLINK(\"\"x\"\")\",,'-\r\n"
                                                 "\"\",,,,,\r\n";
    CHECK(akun->bytes == expected_akun);
    const Loaded back = read_csv_bundle(files, "out", "out");
    CHECK(back.findings.empty());
    CHECK(back.comp.tanggal_kompilasi == "2024-12-31");
    CHECK(back.comp.text(TableId::akun, 0, col::akun::akun) == "@dewi");
    CHECK(back.comp.text(TableId::akun, 0, col::akun::pengikut) == "=HYPERLINK(\"x\")");
    CHECK(back.comp.table(TableId::akun).rows() == 2);
    CHECK(back.comp.text(TableId::pegawai, 1, col::pegawai::nama) == "Sari\r\nAyu");
    // the JSON is never altered
    CHECK(write_workspace_json(back.comp).find("\"pengikut\": \"=HYPERLINK(\\\"x\\\")\"") != std::string::npos);
  }
}

TEST_CASE("bundle round trip: CSV bundle -> JSON -> CSV bundle, byte for byte") {
  Loaded l = read_csv_bundle(kBundle, "opd1", "opd1");
  l.comp.add_row(TableId::akun, {"198609262015051001", "tiktok", "@dewi.s", "1,2 rb", "aktif", "+2024"});
  l.comp.extra["catatan"] = "dikirim lewat email";
  for (const bool excel_id : {false, true}) {
    CAPTURE(excel_id);
    const auto first = write_csv_bundle(l.comp, {.excel_id = excel_id});
    const Loaded from_csv = read_csv_bundle(first, "a", "a");
    const std::string json = write_workspace_json(from_csv.comp);
    const Loaded from_json = read_workspace_json(json, "a.kompilasi.json", "a");
    const auto second = write_csv_bundle(from_json.comp, {.excel_id = excel_id});
    REQUIRE(second.size() == first.size());
    for (std::size_t i = 0; i < first.size(); ++i) {
      CAPTURE(first[i].path);
      CHECK(second[i].path == first[i].path);
      CHECK(second[i].bytes == first[i].bytes);
    }
  }
}
