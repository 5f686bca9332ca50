// WorkspaceJsonReader: read in steps of any size, the workspace file gives what
// read_workspace_json (its one-call form) gives, and the same InputError on every broken file.
#include <doctest/doctest.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "registry/generate.hpp"
#include "registry/input_error.hpp"
#include "registry/merge.hpp"
#include "registry/workspace_json.hpp"
#include "test_files.hpp"
#include "test_inputs.hpp"

using namespace kompilasi;

namespace {

constexpr std::size_t kSteps[] = {1, 7, 4096, WorkspaceJsonReader::kAllRows};
// Read from memory (0), or from a stream that many bytes at a time.
constexpr std::size_t kChunks[] = {0, 1, 5, 4096};

struct Read {
  std::optional<Loaded> loaded;
  std::optional<InputError> error;
  std::size_t steps = 0;
};

// chunk: 0 to read from the bytes in memory, else from a stream that many bytes at a time
Read read_in_steps(const std::string& bytes, std::size_t rows, std::size_t chunk = 0) {
  Read r;
  try {
    WorkspaceJsonReader reader = chunk ? WorkspaceJsonReader(std::make_unique<std::istringstream>(bytes), "x.kompilasi.json", "x", chunk)
                                       : WorkspaceJsonReader(bytes, "x.kompilasi.json", "x");
    double done = 0;
    for (r.steps = 1; !reader.step(rows); ++r.steps) {
      CHECK(reader.done() >= done);  // the progress never goes back
      done = reader.done();
      CHECK(done <= 1);  // a cut file: the bytes may all be read before the step that finds the end
    }
    CHECK(reader.done() == 1);
    r.loaded = reader.take();
  } catch (const InputError& e) {
    r.error = e;
  }
  return r;
}

// Everything a Loaded holds, to the pool ids of the cells: the same reads give equal values.
void check_same(const Loaded& a, const Loaded& b) {
  CHECK(a.name == b.name);
  CHECK(a.findings.size() == b.findings.size());
  CHECK(a.comp.instansi == b.comp.instansi);
  CHECK(a.comp.tahun == b.comp.tahun);
  CHECK(a.comp.tanggal_kompilasi == b.comp.tanggal_kompilasi);
  CHECK(a.comp.extra == b.comp.extra);
  CHECK(a.comp.konflik.size() == b.comp.konflik.size());
  for (const TableId t : kAllTables) {
    CAPTURE(spec(t).name);
    const Table& x = a.comp.table(t);
    const Table& y = b.comp.table(t);
    CHECK(x.columns == y.columns);
    CHECK(x.cells == y.cells);
    CHECK(x.source_row == y.source_row);
    CHECK(x.sumber == y.sumber);
  }
  CHECK(a.comp.pool.size() == b.comp.pool.size());
  CHECK(write_workspace_json(a.comp) == write_workspace_json(b.comp));
}

// read_workspace_json's result or error, and each step size's the same.
void check_every_step_size(const std::string& bytes) {
  std::optional<Loaded> whole;
  std::optional<InputError> error;
  try {
    whole = read_workspace_json(bytes, "x.kompilasi.json", "x");
  } catch (const InputError& e) {
    error = e;
  }
  for (const std::size_t chunk : kChunks)
  for (const std::size_t rows : kSteps) {
    CAPTURE(chunk);
    CAPTURE(rows);
    const Read r = read_in_steps(bytes, rows, chunk);
    REQUIRE(r.error.has_value() == error.has_value());
    if (error) {
      CHECK(r.error->code == error->code);
      CHECK(r.error->file == error->file);
      CHECK(r.error->where == error->where);
      CHECK(r.error->detail == error->detail);
    } else {
      check_same(*r.loaded, *whole);
    }
  }
}

// The file of the workspace test's every part, hand-written forms and all.
const std::string kEveryPart = R"({
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
    "lampiran": [1, 2]
  },
  "sumber": {
    "unit": [["dinkes", "opd1/data"], ["dinkes"]],
    "pegawai": [[]]
  },
  "konflik": [
    {"tabel": "pegawai", "kunci": {"nip": "198609262015051001"}, "kolom": ["kode_unit"], "nilai": [{"sumber": ["a"], "baris": {"nip": "198609262015051001", "kode_unit": "1.01"}}, {"sumber": ["b"], "baris": {"nip": "198609262015051001", "kode_unit": "1.02", "baru": "x"}}], "dipilih": 1}
  ],
  "pengaturan": {"ambang_influencer": 1000, "bahasa": "id"},
  "versi_aplikasi": "0.1"
}
)";

// Rows as people edit them: keys in any order, numbers, booleans, null, objects in cells.
const std::string kHand = "\xEF\xBB\xBF" R"({"tabel": {"pegawai": [{"nama": "Budi", "nip": 198609262015051001, "aktif": true,
    "catatan": null, "x": {"a": [1, 2.50, -0, 1e5, 18446744073709551616]}},
    {"kode_unit": "1.01", "nip": -12, "nama": "Citra"}, {}]}, "tahun": "2023", "tanggal_kompilasi": "31/12/2023",
    "lain": [[1], {"b": null}, 3, "empat"]})";

std::string merged_workspace() {
  GenerateOptions o;
  o.asn = 400;
  Loaded a;
  a.name = "a";
  a.comp = generate(o).comp;
  o.seed = 2;
  Loaded b;
  b.name = "b";
  b.comp = generate(o).comp;
  std::vector<Loaded> in;
  in.push_back(std::move(a));
  in.push_back(std::move(b));
  return write_workspace_json(merge(in));
}

}  // namespace

TEST_CASE("workspace reader: any step size reads what read_workspace_json reads") {
  GenerateOptions o;
  o.asn = 2000;
  const std::string generated = write_workspace_json(generate(o).comp);
  const std::string sample = write_workspace_json(test::read_bundle_folder(KOMPILASI_SOURCE_DIR "/assets/sample").comp);
  const std::string merged = merged_workspace();
  REQUIRE(merged.find("\"sumber\": {") != std::string::npos);
  REQUIRE(merged.find("\"konflik\": [") != std::string::npos);
  for (const std::string* bytes : {&kEveryPart, &kHand, &generated, &sample, &merged}) {
    check_every_step_size(*bytes);
  }
  // A step reads about as many rows as it is given: the file comes in many steps, not one.
  const Read one = read_in_steps(generated, 1);
  const Read many = read_in_steps(generated, 4096);
  REQUIRE(one.loaded);
  CHECK(one.steps > one.loaded->comp.row_count());
  CHECK(many.steps > 2);
  CHECK(many.steps < one.steps / 1000);
}

TEST_CASE("workspace reader: every broken file gives the same InputError in steps of any size") {
  std::vector<std::string> broken = {
      "",
      "   ",
      "{\n  \"tabel\": {\n    \"unit\": [\n      {\"kode_unit\": \"1\"\n    ]\n",
      "[1, 2]",
      "\"teks\"",
      "{} {}",
      "{}]",
      std::string("{\"a\":\n\"b\0\"}", 11),
      std::string("{\"tabel\": {\"unit\": [{\"kode_unit\": \"1\"}, {]}}\n\n\0", 47),
      R"({"format": "kompilasi/2"})",
      R"({"format": 1})",
      R"({"instansi": 5})",
      R"({"tahun": "dua"})",
      R"({"tahun": 20.5})",
      R"({"tanggal_kompilasi": "kemarin"})",
      R"({"tanggal_kompilasi": 5})",
      R"({"tabel": {"unit": [{"kode_unit": "1"}, ["2"]]}})",
      R"({"tabel": {"unit": [{"kode_unit": "1"}, 2]}})",
      R"({"tabel": {"unit": {"kode_unit": "1"}}})",
      R"({"tabel": {"unit": 1}})",
      R"({"tabel": []})",
      R"({"sumber": 1})",
      R"({"sumber": {"unit": [1]}})",
      R"({"sumber": {"unit": [[{}]]}})",
      R"({"sumber": {"unit": {}}})",
      R"({"tabel": {"unit": [{"kode_unit": "1"}]}, "sumber": {"unit": []}})",
      R"({"konflik": [{"tabel": "meja"}]})",
      R"({"konflik": {}})",
      R"({"konflik": [{"tabel": "unit", "nilai": [], "dipilih": 3}]})",
      R"({"konflik": [{"tabel": "unit", "nilai": [{"baris": {"a": 1}}]}]})",
      R"({"tabel": {"pegawai": [{"nip": 1e999}]}})",
      R"({"tabel": {"pegawai": [{"nip": "\ud800"}]}})",
      "{\"tabel\": {\"pegawai\": [{\"nama\": \"a\nb\"}]}}",
      "{\"tabel\": {\"pegawai\": [{\"nama\": \"\xC3\x28\"}]}}",
      R"({"tabel": {"pegawai": [{"nama" "a"}]}})",
      R"({"tabel": {"pegawai": [{"nama": "a",}]}})",
      R"({"tabel": {"pegawai": [{"nama": "a"},]}})",
      R"({"tabel": {"pegawai": [{"nama": "a"} {"nama": "b"}]}})",
      R"({"tabel": {"pegawai": [{1: "a"}]}})",
      R"({"tabel": {"pegawai": [{"nama": tru}]}})",
      "{\"pengaturan\": " + std::string(100000, '[') + std::string(100000, ']') + "}",
      std::string(100000, '[') + std::string(100000, ']'),
      "{\"a\":" + [] {
        std::string s;
        for (int i = 0; i < 100000; ++i) s += "{\"a\":";
        return s + "1" + std::string(100001, '}');
      }(),
  };
  // Every cut of a file with every part: a syntax error where the bytes end.
  for (std::size_t cut = 0; cut + 1 < kEveryPart.size(); cut += 3) broken.push_back(kEveryPart.substr(0, cut));
  for (const std::string& bytes : broken) {
    CAPTURE(bytes.substr(0, 200));
    bool threw = false;
    try {
      read_workspace_json(bytes, "x.kompilasi.json", "x");
    } catch (const InputError&) {
      threw = true;
    }
    CHECK(threw);
    check_every_step_size(bytes);
  }
}

TEST_CASE("workspace reader: the fuzz corpus's workspace files read the same in steps of any size") {
  for (const auto& e : std::filesystem::directory_iterator(KOMPILASI_SOURCE_DIR "/tests/fuzz/corpus/fuzz_workspace_json")) {
    CAPTURE(e.path().string());
    check_every_step_size(test::slurp(e.path()));
  }
}

namespace {

// A stream whose reads fail from byte `fail_at` on (a stored file gone or cut while read):
// its size is the whole text's.
class FailingBuf : public std::streambuf {
 public:
  FailingBuf(std::string text, std::size_t fail_at) : text_(std::move(text)), fail_at_(fail_at) {}

 protected:
  pos_type seekoff(off_type off, std::ios::seekdir dir, std::ios::openmode) override {
    const off_type base = dir == std::ios::end ? static_cast<off_type>(text_.size()) : dir == std::ios::cur ? static_cast<off_type>(at_) : 0;
    return seekpos(static_cast<pos_type>(base + off), std::ios::in);
  }
  pos_type seekpos(pos_type pos, std::ios::openmode) override {
    at_ = static_cast<std::size_t>(pos);
    setg(nullptr, nullptr, nullptr);
    return pos;
  }
  int_type underflow() override {
    if (at_ >= fail_at_) throw std::runtime_error("gone");
    byte_ = text_[at_++];
    setg(&byte_, &byte_, &byte_ + 1);
    return traits_type::to_int_type(byte_);
  }

 private:
  std::string text_;
  std::size_t fail_at_, at_ = 0;
  char byte_ = 0;
};

}  // namespace

TEST_CASE("workspace reader from a stream: a stream that fails while read is InputError unreadable, not a cut file") {
  for (const std::size_t fail_at : {std::size_t{0}, std::size_t{10}, kEveryPart.size() / 2, kEveryPart.size() - 1}) {
    CAPTURE(fail_at);
    FailingBuf buf(kEveryPart, fail_at);
    auto in = std::make_unique<std::istream>(&buf);
    try {
      WorkspaceJsonReader reader(std::move(in), "x.kompilasi.json", "x", 7);
      while (!reader.step(3)) {
      }
      FAIL("no InputError");
    } catch (const InputError& e) {
      CHECK(e.code == "unreadable");
      CHECK(e.file == "x.kompilasi.json");
    }
  }
}
