// MetricsBuilder (metrics.hpp): compute_metrics in slices gives exactly compute_metrics' result,
// whatever the slice size, on the sample, on generated data (with more than one batch of 64
// contents), on the benchmark's bundle and on the corpus's files read as flat forms.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "registry/csv_bundle.hpp"
#include "registry/csv_sheet.hpp"
#include "registry/flat_form.hpp"
#include "registry/generate.hpp"
#include "registry/metrics.hpp"
#include "registry/metrics_json.hpp"
#include "registry/validate.hpp"
#include "test_files.hpp"

using namespace kompilasi;
namespace fs = std::filesystem;
using kompilasi::test::slurp;

namespace {

void check_same(const Compilation& c, const Metrics& a, const Metrics& b) {
  CHECK(metrics_json(c, a).dump() == metrics_json(c, b).dump());
  CHECK(a.sebaran_pengikut == b.sebaran_pengikut);
  CHECK(a.akun_pengikut_tidak_diketahui == b.akun_pengikut_tidak_diketahui);
  CHECK(a.instansi.baris_dikecualikan == b.instansi.baris_dikecualikan);
  REQUIRE(a.units.size() == b.units.size());
  for (std::size_t u = 0; u < a.units.size(); ++u) {
    CHECK(a.units[u].parent == b.units[u].parent);
    CHECK(a.units[u].asn_langsung == b.units[u].asn_langsung);
    CHECK(a.units[u].kepatuhan_rata == b.units[u].kepatuhan_rata);
  }
  CHECK(a.konten_unit_sasaran == b.konten_unit_sasaran);
  CHECK(a.konten_unit_pelapor == b.konten_unit_pelapor);
  CHECK(a.pegawai_unit == b.pegawai_unit);
  CHECK(a.pegawai_berakun == b.pegawai_berakun);
  CHECK(a.pelapor_start == b.pelapor_start);
  CHECK(a.pelapor_rows == b.pelapor_rows);
}

// The metrics computed in slices of each size against compute_metrics in one call.
void check_slices(const Compilation& c, const std::vector<Finding>& imports, MetricSettings settings = {}) {
  const Validation v = validate(c, imports);
  const Metrics whole = compute_metrics(c, v, settings);
  for (const std::size_t slice : {std::size_t{1}, std::size_t{7}, std::size_t{4096}, MetricsBuilder::kAllRows}) {
    CAPTURE(slice);
    MetricsBuilder build(c, v, settings);
    std::size_t calls = 1;
    while (!build.step(slice)) ++calls;
    if (slice == MetricsBuilder::kAllRows) CHECK(calls == 1);
    if (slice == 1) CHECK(calls >= c.table(TableId::pegawai).rows() + c.table(TableId::akun).rows());
    check_same(c, build.take(), whole);
  }
}

}  // namespace

TEST_CASE("MetricsBuilder in slices: the sample") {
  check_slices(generate_sample().comp, {});
}

TEST_CASE("MetricsBuilder in slices: generated data, 100 contents (two batches), another influencer threshold") {
  GenerateOptions o;
  o.asn = 3000;
  o.seed = 5;
  o.err_rate = 0.05;
  Compilation c = generate(o).comp;
  // Each content again under a new id, and its first reports again for it.
  const auto copy = [&](TableId t, std::size_t r) {
    std::vector<std::string> cells;
    for (std::size_t col = 0; col < c.table(t).width(); ++col) cells.emplace_back(c.text(t, r, col));
    cells[0] = "X" + cells[0];
    const std::size_t row = c.add_row(t, {});
    for (std::size_t col = 0; col < cells.size(); ++col) c.table(t).id_at(row, col) = c.cell_id(t, col, cells[col]);
  };
  const std::size_t konten = c.table(TableId::konten).rows(), laporan = c.table(TableId::laporan).rows();
  REQUIRE(konten >= 33);
  for (std::size_t r = 0; r < konten; ++r) copy(TableId::konten, r);
  for (std::size_t r = 0; r < laporan / 2; ++r) copy(TableId::laporan, r);
  const Metrics m = compute_metrics(c, validate(c));
  REQUIRE(m.konten.size() > 64);
  CHECK(m.pelapor_rows.size() > 0);
  check_slices(c, {});
  check_slices(c, {}, MetricSettings{.influencer = 100});
}

TEST_CASE("MetricsBuilder in slices: an empty compilation") {
  check_slices(Compilation{}, {});
}

TEST_CASE("MetricsBuilder in slices: the benchmark's bundle with the reader's findings") {
  const fs::path dir = fs::path(KOMPILASI_SHARED_DIR) / "bench";
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  const fs::path out = (ec ? fs::temp_directory_path() : exe.parent_path()) / "bench-asn2000-seed1";
  if (!fs::exists(out / "truth.json")) {
    const std::string cmd = "python3 " + (dir / "gen.py").string() + " --asn 2000 --seed 1 --out " + out.string() + " 2>/dev/null";
    REQUIRE(std::system(cmd.c_str()) == 0);
  }
  std::vector<InputFile> files;
  for (const auto& e : fs::directory_iterator(out))
    if (e.is_regular_file() && e.path().extension() == ".csv") files.push_back({e.path().filename().string(), slurp(e.path())});
  const Loaded loaded = read_csv_bundle(files, out.string(), out.filename().string());
  check_slices(loaded.comp, loaded.findings);
}

TEST_CASE("MetricsBuilder in slices: the corpus's CSV files and the sample's forms, read as flat forms") {
  std::vector<fs::path> paths;
  const std::string corpus = std::string(KOMPILASI_SHARED_DIR) + "/corpus/csv/";
  for (const auto& entry : nlohmann::json::parse(slurp(corpus + "manifest.json"))) paths.push_back(corpus + entry["file"].get<std::string>());
  for (const char* f : {"dinkes_excel.csv", "sananwetan_google_forms.csv"}) paths.push_back(fs::path(KOMPILASI_SOURCE_DIR) / "assets/sample/forms" / f);
  const Compilation units = generate_sample().comp;
  for (const fs::path& p : paths) {
    CAPTURE(p.string());
    std::vector<Notice> notices;
    const Sheet sheet = read_csv_sheet(slurp(p), p.filename().string(), notices);
    FlatFormOptions opt;
    opt.name = p.stem().string();
    opt.file = p.filename().string();
    opt.units = &units;
    opt.tanggal_kompilasi = "2024-12-31";
    const FlatFormResult r = read_flat_form(sheet, guess_mapping(sheet), opt);
    check_slices(r.loaded.comp, r.loaded.findings);
  }
}
