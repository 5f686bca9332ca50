#include <doctest/doctest.h>

#include "registry/input_error.hpp"
#include "registry/inputs.hpp"
#include "registry/io_messages.hpp"
#include "registry/workspace_json.hpp"
#include "registry/xlsx_workbook.hpp"

using namespace kompilasi;

TEST_CASE("inputs: the form by name") {
  CHECK(input_form("opd1", true) == InputForm::csv_bundle);
  CHECK(input_form("dinkes.kompilasi.json", false) == InputForm::workspace);
  CHECK(input_form("DINKES.Kompilasi.JSON", false) == InputForm::workspace);
  CHECK(input_form("rekap.xlsx", false) == InputForm::xlsx);
  CHECK(input_form("makro.XLSM", false) == InputForm::xlsx);
  CHECK(input_form("Form Responses 1.csv", false) == InputForm::flat_csv);
  CHECK_FALSE(input_form("data.json", false));
  CHECK_FALSE(input_form("data.xls", false));
  try {
    read_input({"catatan.txt", "catatan", false, {{"catatan.txt", "x"}}});
    FAIL("no InputError");
  } catch (const InputError& e) {
    CHECK(e.code == "not_a_form");
    CHECK(input_error_message(Lang::id, e).starts_with("catatan.txt: bukan salah satu bentuk masukan"));
  }
}

TEST_CASE("inputs: submission names, with parent folders where names are shared") {
  const std::vector<std::string> a = {"/data/dinkes.kompilasi.json", "/data/opd1/data/", "/data/opd2/data", "/x/rekap.xlsx"};
  CHECK(submission_names(a) == std::vector<std::string>{"dinkes", "opd1/data", "opd2/data", "rekap"});
  const std::vector<std::string> b = {"/kab/a/2024/pegawai.csv", "/kab/b/2024/pegawai.csv", "/kab/b/2023/pegawai.csv"};
  CHECK(submission_names(b) == std::vector<std::string>{"a/2024/pegawai", "b/2024/pegawai", "2023/pegawai"});
  const std::vector<std::string> c = {"/p/dinkes.csv", "/q/dinkes.kompilasi.json"};
  CHECK(submission_names(c) == std::vector<std::string>{"p/dinkes", "q/dinkes"});
}

TEST_CASE("inputs: this project's workbook reads back like its bundle") {
  Compilation c;
  c.instansi = "Pemerintah Kota Blitar";
  c.tahun = 2024;
  c.tanggal_kompilasi = "2024-12-31";
  c.add_row(TableId::unit, {"1.01", "Dinas Pendidikan", "", "dinas"});
  c.add_row(TableId::pegawai, {"198609262015051001", "=Budi", "PNS", "L", "1.01", "'Guru", "", "+62812"});
  c.add_row(TableId::akun, {"198609262015051001", "instagram", "@budi", "1234", "aktif", "2024-12-01"});
  const std::string bytes = write_workbook_xlsx(c, {});
  const ReadInput r = read_input({"blitar.xlsx", "blitar", false, {{"blitar.xlsx", bytes}}});
  CHECK_FALSE(r.labels);
  CHECK(r.loaded.findings.empty());
  const Compilation& back = r.loaded.comp;
  CHECK(back.instansi == c.instansi);
  CHECK(back.tahun == 2024);
  CHECK(back.tanggal_kompilasi == "2024-12-31");
  CHECK(write_workspace_json(back) == write_workspace_json(c));
}

TEST_CASE("inputs: InputReader in slices gives what read_input gives, for a bundle, a workspace and another file") {
  const InputSource bundle{"/data/opd1", "opd1", true,
                           {{"kompilasi.csv", "kunci,nilai\ninstansi,Kota Contoh\ntahun,2024\n"},
                            {"unit.csv", "kode_unit,nama_unit\n1.01,Dinas A\n1.02,Dinas B\n1.03,Dinas C\n"}}};
  InputReader sliced(bundle, {});
  int steps = 1;
  while (!sliced.step(1)) ++steps;
  CHECK(steps >= 3);
  const ReadInput a = sliced.take();
  CHECK(a.loaded.comp.table(TableId::unit).rows() == 3);
  CHECK(write_workspace_json(a.loaded.comp) == write_workspace_json(read_input(bundle).loaded.comp));

  // a workspace file a slice of rows at a time, its error included
  const std::string json = write_workspace_json(a.loaded.comp);
  const InputSource workspace{"opd1.kompilasi.json", "opd1", false, {{"opd1.kompilasi.json", json}}};
  InputReader rows(workspace, {});
  steps = 1;
  while (!rows.step(1)) ++steps;
  CHECK(steps >= 3);
  CHECK(write_workspace_json(rows.take().loaded.comp) == json);
  const InputSource broken{"rusak.kompilasi.json", "rusak", false, {{"rusak.kompilasi.json", json.substr(0, json.size() / 2)}}};
  InputReader cut(broken, {});
  CHECK_THROWS_AS(while (!cut.step(1)) {}, InputError);

  const InputSource file{"catatan.txt", "catatan", false, {{"catatan.txt", "x"}}};
  InputReader other(file, {});
  CHECK_THROWS_AS(other.step(1), InputError);  // another form is read whole, its error included
}
