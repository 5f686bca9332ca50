// XLSX against an independent implementation, python3-openpyxl (tests/xlsx/*.py, run at test
// time, writing into xlsx_openpyxl/ beside the test binary, in the build folder):
// - a flat form written by openpyxl (NIPs stored as numbers, dates as serials) reads right;
// - a workbook we export reads back in openpyxl with the values, types, formats, bold frozen
//   header and autofilter we wrote, and openpyxl's reading (corpus/derive_expected.py) of it
//   equals ours cell for cell.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "registry/inputs.hpp"
#include "registry/metrics.hpp"
#include "registry/validate.hpp"
#include "registry/xlsx_reader.hpp"
#include "registry/xlsx_workbook.hpp"

using namespace kompilasi;
namespace fs = std::filesystem;

namespace {

const std::string kScripts = std::string(KOMPILASI_SOURCE_DIR) + "/tests/xlsx/";

fs::path work_dir() {
  const fs::path dir = fs::read_symlink("/proc/self/exe").parent_path() / "xlsx_openpyxl";
  fs::create_directories(dir);
  return dir;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

int python(const std::string& args) { return std::system(("/usr/bin/python3 " + args).c_str()); }

}  // namespace

TEST_CASE("xlsx from openpyxl: a flat form with NIPs stored as numbers and dates as serials") {
  const fs::path dir = work_dir();
  const fs::path form = dir / "form.xlsx", literal = dir / "form_literal.xlsx";
  REQUIRE(python(kScripts + "make_flat_form.py '" + form.string() + "' '" + literal.string() + "'") == 0);

  const XlsxBook book = read_xlsx(slurp(form), "form.xlsx");
  REQUIRE(book.sheets.size() == 1);
  const auto& rows = book.sheets[0].rows;
  REQUIRE(rows.size() == 3);
  // openpyxl wrote "%.16g" (1.98609262015051e+17): the digits its file holds, never "1.98609E+17"
  CHECK(rows[1] == std::vector<std::string>{"2024-05-01T08:30:00", "198609262015051000", "Dewi Lestari, S.Pd.",
                                            "Dinas Pendidikan", "@dewi.lestari", "1200", "2024-05-02"});
  CHECK(rows[2] == std::vector<std::string>{"2024-05-01T09:15:45", "199001012019032000", "Budi Santoso",
                                            "Dinas Kesehatan", "budisantoso", "0.5", "2024-05-03"});

  // The same form with integer literals, as server exports write them: every digit kept,
  // through the flat-form reader into pegawai.
  InputSource in;
  in.path = literal.string();
  in.name = "form_literal";
  in.files.push_back({"form_literal.xlsx", slurp(literal)});
  const XlsxBook lit = read_xlsx(in.files[0].bytes, in.path);
  CHECK(lit.sheets[0].rows[1][1] == "198609262015051001");
  CHECK(lit.sheets[0].rows[2][1] == "199001012019032002");
  const ReadInput r = read_input(in, {.tanggal_kompilasi = "2024-06-30"});
  const Compilation& c = r.loaded.comp;
  REQUIRE(c.table(TableId::pegawai).rows() == 2);
  CHECK(c.text(TableId::pegawai, 0, col::pegawai::nip) == "198609262015051001");
  CHECK(c.text(TableId::pegawai, 1, col::pegawai::nip) == "199001012019032002");
  CHECK(c.table(TableId::akun).rows() == 2);
}

TEST_CASE("xlsx to openpyxl: an exported workbook reads back with the values we wrote") {
  Compilation c;
  c.instansi = "Pemerintah Kota Blitar";
  c.tahun = 2024;
  c.tanggal_kompilasi = "2024-06-30";
  c.add_row(TableId::unit, {"1.01", "Dinas Pendidikan", "", "dinas"});
  c.add_row(TableId::pegawai, {"198609262015051001", "Dewi Lestari", "PNS", "P", "1.01", "Guru", "dewi@contoh.id", "081234567890"});
  c.add_row(TableId::pegawai, {"=HYPERLINK(\"http://contoh.id\")", "@budi", "PPPK", "L", "1.01", "-", "", ""});
  c.add_row(TableId::akun, {"198609262015051001", "instagram", "@dewi.lestari", "1,2 rb", "aktif", "26/09/2024"});
  c.add_row(TableId::akun, {"198609262015051001", "tiktok", "dewi_l", "banyak", "", "kemarin"});
  c.add_row(TableId::konten, {"K1", "Hari Guru", "instagram", "https://instagram.com/p/abc", "2024-06-01", "2024-06-07", "1.01", ""});
  c.add_row(TableId::laporan, {"K1", "198609262015051001", "instagram", "https://instagram.com/p/xyz", "2024-06-02"});
  const Validation v = validate(c);
  const Metrics m = compute_metrics(c, v);
  const std::string bytes = export_xlsx(c, v, m, Lang::id);

  const fs::path dir = work_dir();
  const fs::path file = dir / "export.xlsx", dump = dir / "export.json", derived = dir / "export.expected.json";
  std::ofstream(file, std::ios::binary) << bytes;
  REQUIRE(python(kScripts + "dump_xlsx.py '" + file.string() + "' '" + dump.string() + "'") == 0);
  const auto got = nlohmann::json::parse(slurp(dump));

  std::vector<std::string> names;
  for (const auto& s : got) names.push_back(s.at("name"));
  CHECK(names == std::vector<std::string>{"kompilasi", "unit", "pegawai", "akun", "akun_resmi", "konten", "laporan", "rekap", "validasi"});
  std::map<std::string, nlohmann::json> sheet;
  for (const auto& s : got) {
    CAPTURE(s.at("name").get<std::string>());
    CHECK(s.at("freeze") == "A2");
    CHECK(s.at("filter").get<std::string>().rfind("A1:", 0) == 0);
    for (const auto& cell : s.at("rows").at(0)) CHECK(cell.at("bold") == true);
    for (const auto& [col, w] : s.at("widths").items()) CHECK(w.get<double>() >= 8);
    sheet[s.at("name")] = s;
  }
  const auto cell = [&](const std::string& s, std::size_t r, std::size_t c) { return sheet[s].at("rows").at(r).at(c); };
  CHECK(cell("pegawai", 1, 0).at("v") == "198609262015051001");
  CHECK(cell("pegawai", 1, 0).at("t") == "s");
  CHECK(cell("pegawai", 1, 0).at("fmt") == "@");
  CHECK(cell("pegawai", 2, 0).at("v") == "'=HYPERLINK(\"http://contoh.id\")");  // neutralised
  CHECK(cell("pegawai", 2, 1).at("v") == "'@budi");                              // '@' is a trigger too
  CHECK(cell("pegawai", 1, 7).at("v") == "081234567890");
  CHECK(cell("akun", 1, 3).at("v") == 1200);
  CHECK(cell("akun", 1, 3).at("t") == "n");
  CHECK(cell("akun", 1, 5).at("v") == "2024-09-26T00:00:00");
  CHECK(cell("akun", 1, 5).at("fmt") == "yyyy-mm-dd");
  CHECK(cell("akun", 2, 3).at("v") == "banyak");
  CHECK(cell("akun", 2, 5).at("v") == "kemarin");
  CHECK(cell("kompilasi", 1, 1).at("v") == "Pemerintah Kota Blitar");
  CHECK(cell("kompilasi", 2, 1).at("v") == 2024);
  CHECK(cell("kompilasi", 3, 1).at("v") == "2024-06-30T00:00:00");
  CHECK(sheet["rekap"].at("rows").size() == m.units.size() + 1);
  CHECK(sheet["validasi"].at("rows").size() == v.findings.size() + 1);
  CHECK(v.findings.size() > 0);

  // openpyxl's reading in the corpus conventions equals ours, cell for cell
  REQUIRE(python("'" + std::string(KOMPILASI_SHARED_DIR) + "/corpus/derive_expected.py' '" + file.string() + "' > '" +
                 derived.string() + "'") == 0);
  const auto expected = nlohmann::json::parse(slurp(derived));
  const XlsxBook ours = read_xlsx(bytes, "export.xlsx");
  REQUIRE(expected.at("sheets").size() == ours.sheets.size());
  for (std::size_t i = 0; i < ours.sheets.size(); ++i) {
    CAPTURE(ours.sheets[i].name);
    CHECK(expected.at("sheets")[i].at("name") == ours.sheets[i].name);
    CHECK(expected.at("sheets")[i].at("rows").get<std::vector<std::vector<std::string>>>() == ours.sheets[i].rows);
  }

  // and our own import takes the workbook back as the compilation it came from
  InputSource in;
  in.path = file.string();
  in.name = "export";
  in.files.push_back({"export.xlsx", bytes});
  const Compilation back = read_input(in).loaded.comp;
  CHECK(back.instansi == c.instansi);
  CHECK(back.tahun == 2024);
  CHECK(back.tanggal_kompilasi == "2024-06-30");
  CHECK(back.text(TableId::pegawai, 1, col::pegawai::nip) == "=HYPERLINK(\"http://contoh.id\")");
  CHECK(back.text(TableId::pegawai, 0, col::pegawai::nip) == "198609262015051001");
  CHECK(back.text(TableId::akun, 0, col::akun::pengikut) == "1200");
  CHECK(back.text(TableId::akun, 0, col::akun::tanggal_cek) == "2024-09-26");
  CHECK(back.text(TableId::pegawai, 1, col::pegawai::nama) == "@budi");
  CHECK(back.table(TableId::laporan).rows() == 1);
}
