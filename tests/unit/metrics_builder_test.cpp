// MetricsBuilder (metrics.hpp): compute_metrics in slices gives exactly compute_metrics' result,
// whatever the slice size, on the sample, on generated data (with more than one batch of 64
// contents), on the benchmark's bundle and on the corpus's files read as flat forms.
#include <doctest/doctest.h>

#include <string>

#include "registry/generate.hpp"
#include "registry/metrics.hpp"
#include "registry/metrics_json.hpp"
#include "registry/validate.hpp"
#include "test_inputs.hpp"

using namespace kompilasi;

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
  const Loaded loaded = test::read_bundle_folder(test::bench_bundle_2000());
  check_slices(loaded.comp, loaded.findings);
}

TEST_CASE("MetricsBuilder in slices: the corpus's CSV files and the sample's forms, read as flat forms") {
  for (const test::FormInput& form : test::corpus_flat_forms()) {
    CAPTURE(form.name);
    check_slices(form.loaded.comp, form.loaded.findings);
  }
}
