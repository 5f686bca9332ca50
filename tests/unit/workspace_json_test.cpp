#include <doctest/doctest.h>

#include <cstdint>

#include "registry/generate.hpp"
#include "registry/input_error.hpp"
#include "registry/workspace_json.hpp"

using namespace kompilasi;

namespace {

// A file as write_workspace_json lays it out, with every optional part present.
const std::string kWritten = R"({
  "format": "kompilasi/1",
  "instansi": "Pemerintah Kota Blitar",
  "tahun": 2024,
  "tanggal_kompilasi": "2024-12-31",
  "tabel": {
    "unit": [
      {"kode_unit": "1.01", "nama_unit": "Dinas \"Pendidikan\"\n\u0001", "induk": "", "jenis": "dinas", "catatan": "baru"},
      {"kode_unit": "1.02", "nama_unit": "Kecamatan Sananwétan", "induk": "1.01", "jenis": "", "catatan": ""}
    ],
    "pegawai": [
      {"nip": "198609262015051001", "nama": "=Dewi", "jenis_asn": "PNS", "jenis_kelamin": "P", "kode_unit": "1.01", "jabatan": "", "email": "", "no_hp": "+62812"}
    ],
    "akun": [],
    "akun_resmi": [],
    "konten": [],
    "laporan": [],
    "lampiran": [
      1,
      2
    ]
  },
  "sumber": {
    "unit": [
      ["dinkes", "opd1/data"],
      ["dinkes"]
    ],
    "pegawai": [
      []
    ]
  },
  "konflik": [
    {"tabel": "pegawai", "kunci": {"nip": "198609262015051001"}, "kolom": ["kode_unit"], "nilai": [{"sumber": ["a"], "baris": {"nip": "198609262015051001", "nama": "Dewi", "jenis_asn": "PNS", "jenis_kelamin": "P", "kode_unit": "1.01", "jabatan": "", "email": "", "no_hp": ""}}, {"sumber": ["b"], "baris": {"nip": "198609262015051001", "nama": "Dewi", "jenis_asn": "PNS", "jenis_kelamin": "P", "kode_unit": "1.02", "jabatan": "", "email": "", "no_hp": ""}}], "dipilih": 1}
  ],
  "pengaturan": {
    "ambang_influencer": 1000,
    "bahasa": "id"
  },
  "versi_aplikasi": "0.1"
}
)";

InputError error_of(const std::string& text) {
  try {
    read_workspace_json(text, "x.kompilasi.json", "x");
  } catch (const InputError& e) {
    return e;
  }
  FAIL("no InputError");
  return InputError("", "");
}

}  // namespace

TEST_CASE("workspace: load -> save gives the same bytes, every part kept") {
  const Loaded l = read_workspace_json(kWritten, "blitar.kompilasi.json", "blitar");
  const Compilation& c = l.comp;
  CHECK(c.instansi == "Pemerintah Kota Blitar");
  CHECK(c.tahun == 2024);
  CHECK(c.tanggal_kompilasi == "2024-12-31");
  REQUIRE(c.table(TableId::unit).rows() == 2);
  CHECK(c.text(TableId::unit, 0, col::unit::nama_unit) == "Dinas \"Pendidikan\"\n\x01");
  CHECK(c.table(TableId::unit).columns.back() == "catatan");
  CHECK(c.text(TableId::unit, 0, 4) == "baru");
  CHECK(c.text(TableId::pegawai, 0, col::pegawai::nama) == "=Dewi");  // never altered
  CHECK(c.pool.view(c.table(TableId::unit).sumber[0]) == "dinkes\nopd1/data");
  CHECK(c.table(TableId::pegawai).sumber.size() == 1);
  REQUIRE(c.konflik.size() == 1);
  CHECK(c.konflik[0].table == TableId::pegawai);
  CHECK(c.konflik[0].kolom == std::vector<std::string>{"kode_unit"});
  CHECK(c.konflik[0].nilai[1].row[col::pegawai::kode_unit] == "1.02");
  CHECK(c.konflik[0].nilai[1].sumber == std::vector<std::string>{"b"});
  CHECK(c.konflik[0].dipilih == 1);
  CHECK(c.extra["pengaturan"]["ambang_influencer"] == 1000);
  CHECK(c.extra["tabel"]["lampiran"].size() == 2);
  CHECK(l.findings.empty());
  CHECK(write_workspace_json(c) == kWritten);
}

TEST_CASE("workspace: a minimal file and hand edits are read; what we write then is stable") {
  const std::string hand = R"({"tabel": {"pegawai": [{"nama": "Budi", "nip": 198609262015051001, "aktif": true,
      "catatan": null, "x": {"a": [1, 2.50]}}]}, "tahun": "2023", "tanggal_kompilasi": "31/12/2023"})";
  const Loaded l = read_workspace_json(hand, "h.kompilasi.json", "h");
  const Compilation& c = l.comp;
  CHECK(c.tahun == 2023);
  CHECK(c.tanggal_kompilasi == "2023-12-31");
  CHECK(c.text(TableId::pegawai, 0, col::pegawai::nip) == "198609262015051001");
  CHECK(c.text(TableId::pegawai, 0, col::pegawai::nama) == "Budi");
  const Table& p = c.table(TableId::pegawai);
  CHECK(c.text(TableId::pegawai, 0, p.find_column("aktif")) == "true");
  CHECK(c.text(TableId::pegawai, 0, p.find_column("catatan")) == "");
  CHECK(c.text(TableId::pegawai, 0, p.find_column("x")) == "{\"a\":[1,2.5]}");
  CHECK(p.source_row == std::vector<std::uint32_t>{1});
  const std::string once = write_workspace_json(c);
  CHECK(once.find("\"tahun\": 2023,\n  \"tanggal_kompilasi\": \"2023-12-31\"") != std::string::npos);
  CHECK(write_workspace_json(read_workspace_json(once, "h", "h").comp) == once);

  const Loaded empty = read_workspace_json("{}", "e.kompilasi.json", "e");
  CHECK(empty.comp.tahun == 0);
  CHECK(write_workspace_json(empty.comp).find("\"tahun\": null") != std::string::npos);
}

TEST_CASE("workspace: unusable files throw InputError naming the place") {
  InputError e = error_of("{\n  \"tabel\": {\n    \"unit\": [\n      {\"kode_unit\": \"1\"\n    ]\n");
  CHECK(e.code == "json_syntax");
  CHECK(e.file == "x.kompilasi.json");
  CHECK(e.where == "line:5");
  CHECK(error_of("").code == "json_syntax");
  CHECK(error_of("[1, 2]").code == "not_workspace");
  e = error_of(std::string("{\"a\":\n\"b\0\"}", 11));
  CHECK(e.code == "nul_byte");
  CHECK(e.where == "line:2");
  CHECK(error_of(R"({"format": "kompilasi/2"})").code == "unsupported_format");
  CHECK(error_of(R"({"tahun": "dua"})").code == "bad_tahun");
  CHECK(error_of(R"({"tanggal_kompilasi": "kemarin"})").code == "bad_tanggal");
  e = error_of(R"({"tabel": {"unit": [{"kode_unit": "1"}, ["2"]]}})");
  CHECK(e.code == "bad_structure");
  CHECK(e.where == "path:tabel.unit[2]");
  CHECK(error_of(R"({"tabel": {"unit": {"kode_unit": "1"}}})").code == "bad_structure");
  CHECK(error_of(R"({"tabel": []})").code == "bad_structure");
  e = error_of(R"({"tabel": {"unit": [{"kode_unit": "1"}]}, "sumber": {"unit": []}})");
  CHECK(e.code == "sumber_length");
  CHECK(error_of(R"({"konflik": [{"tabel": "meja"}]})").code == "bad_structure");
  const std::string deep = "{\"pengaturan\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
  CHECK(error_of(deep).code == "bad_structure");
  CHECK(error_of(R"({"konflik": [{"tabel": "unit", "nilai": [], "dipilih": 3}]})").code == "bad_structure");
}

TEST_CASE("workspace: the writer in slices gives write_workspace_json's bytes, whatever the slice") {
  const Loaded every_part = read_workspace_json(kWritten, "blitar.kompilasi.json", "blitar");
  GenerateOptions o;
  o.asn = 3000;
  const Generated big = generate(o);
  for (const Compilation* c : {&every_part.comp, &big.comp}) {
    const std::string whole = write_workspace_json(*c);
    for (const std::size_t slice : {std::size_t{1}, std::size_t{7}, std::size_t{4096}, SIZE_MAX}) {
      CAPTURE(slice);
      WorkspaceJsonWriter json(*c);
      std::string out, chunk;
      std::size_t steps = 1;
      while (!json.step(slice, chunk)) {
        CHECK(chunk.size() < whole.size());
        out += chunk;
        chunk.clear();
        ++steps;
      }
      out += chunk;
      CHECK(out == whole);
      if (slice == 1) CHECK(steps >= c->row_count());
    }
    // and it reads back as the same compilation: load → save, the same bytes again
    CHECK(write_workspace_json(read_workspace_json(whole, "x.kompilasi.json", "x").comp) == whole);
  }
}
