// Validator (validate.hpp): validate() in slices gives exactly validate()'s result, whatever
// the slice size, on the sample, on generated data, on the benchmark's bundle (the reader's
// findings included) and on the corpus's files read as flat forms; and the blocks its checks
// collect findings in (FoundFindings).
#include <doctest/doctest.h>

#include <string>

#include "registry/generate.hpp"
#include "registry/validate.hpp"
#include "registry/validate_context.hpp"
#include "test_inputs.hpp"

using namespace kompilasi;

namespace {

void check_same_finding(const Finding& a, const Finding& b) {
  CHECK(a.rule == b.rule);
  CHECK(a.severity == b.severity);
  CHECK(a.table == b.table);
  CHECK(a.row == b.row);
  CHECK(a.table_row == b.table_row);
  CHECK(a.column() == b.column());
  CHECK(a.value() == b.value());
  CHECK(a.first_row == b.first_row);
  CHECK(a.detail() == b.detail());
  CHECK(a.source() == b.source());
}

void check_same(const Validation& a, const Validation& b) {
  REQUIRE(a.findings.size() == b.findings.size());
  for (std::size_t i = 0; i < a.findings.size(); ++i) {
    CAPTURE(i);
    check_same_finding(a.findings[i], b.findings[i]);
  }
  CHECK(a.counts == b.counts);
  CHECK(a.row_error == b.row_error);
  const Normalized &n = a.norm, &m = b.norm;
  REQUIRE(n.keys.size() == m.keys.size());
  for (std::uint32_t id = 0; id < n.keys.size(); ++id) CHECK(n.keys.view(id) == m.keys.view(id));
  CHECK(n.unit_parent == m.unit_parent);
  CHECK(n.pegawai_nip == m.pegawai_nip);
  CHECK(n.pegawai_unit == m.pegawai_unit);
  CHECK(n.akun_nip == m.akun_nip);
  CHECK(n.akun_platform == m.akun_platform);
  CHECK(n.akun_handle == m.akun_handle);
  CHECK(n.akun_pengikut == m.akun_pengikut);
  CHECK(n.akun_counts == m.akun_counts);
  CHECK(n.akun_pegawai == m.akun_pegawai);
  CHECK(n.resmi_unit == m.resmi_unit);
  CHECK(n.resmi_platform == m.resmi_platform);
  CHECK(n.resmi_handle == m.resmi_handle);
  CHECK(n.resmi_pengikut == m.resmi_pengikut);
  CHECK(n.konten_platform == m.konten_platform);
  CHECK(n.konten_terbit == m.konten_terbit);
  CHECK(n.konten_batas == m.konten_batas);
  CHECK(n.konten_sasaran == m.konten_sasaran);
  CHECK(n.laporan_konten == m.laporan_konten);
  CHECK(n.laporan_nip == m.laporan_nip);
  CHECK(n.laporan_pegawai == m.laporan_pegawai);
  CHECK(n.laporan_platform == m.laporan_platform);
  CHECK(n.laporan_tanggal == m.laporan_tanggal);
}

// The compilation validated in slices of each size against validate() in one call.
void check_slices(const Compilation& c, const std::vector<Finding>& imports) {
  const Validation whole = validate(c, imports);
  for (const std::size_t slice : {std::size_t{1}, std::size_t{7}, std::size_t{4096}, Validator::kAllRows}) {
    CAPTURE(slice);
    Validator check(c, imports);
    std::size_t calls = 1;
    while (!check.step(slice)) ++calls;
    if (slice == Validator::kAllRows) CHECK(calls == 1);
    if (slice == 1) CHECK(calls > c.row_count());  // a row per call, at least
    check_same(check.take(), whole);
  }
}

}  // namespace

TEST_CASE("Validator in slices: the sample") {
  check_slices(generate_sample().comp, {});
}

TEST_CASE("Validator in slices: generated data with many findings (several sorted runs to merge)") {
  GenerateOptions o;
  o.asn = 20000;
  o.seed = 5;
  o.err_rate = 0.1;
  const Generated g = generate(o);
  REQUIRE(validate(g.comp).findings.size() > 3 * 4096);
  check_slices(g.comp, {});
}

TEST_CASE("Validator in slices: an empty compilation") {
  check_slices(Compilation{}, {});
}

TEST_CASE("Validator in slices: the benchmark's bundle with the reader's findings") {
  const Loaded loaded = test::read_bundle_folder(test::bench_bundle_2000());
  check_slices(loaded.comp, loaded.findings);
}

TEST_CASE("Validator in slices: the corpus's CSV files and the sample's forms, read as flat forms") {
  for (const test::FormInput& form : test::corpus_flat_forms()) {
    CAPTURE(form.name);
    check_slices(form.loaded.comp, form.loaded.findings);
  }
}

TEST_CASE("FoundFindings: every finding comes back once, in order, across blocks") {
  detail::FoundFindings found;
  const std::size_t n = 2 * detail::FoundFindings::kBlock + 3;
  for (std::size_t i = 0; i < n; ++i) {
    Finding f;
    f.row = static_cast<std::uint32_t>(i);
    f.set_value("a value " + std::to_string(i));
    found.push_back(std::move(f));
  }
  REQUIRE(found.size() == n);
  std::size_t wrong = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const Finding f = found.take(i);
    wrong += f.row != i || f.value() != "a value " + std::to_string(i);
  }
  CHECK(wrong == 0);
}

TEST_CASE("FirstByAccount: a handle's first row per platform, its other platforms chained") {
  const std::vector<std::int8_t> platform = {0, 1, 0, 2, 1, 0};
  detail::FirstByAccount first(1, platform);  // one key id sized for: key 3 makes it grow
  CHECK(first.try_emplace(3, 0, 0) == 0);
  CHECK(first.try_emplace(3, 1, 1) == 1);  // the same handle on another platform is no repeat
  CHECK(first.try_emplace(3, 0, 2) == 0);
  CHECK(first.try_emplace(3, 2, 3) == 3);
  CHECK(first.try_emplace(3, 1, 4) == 1);
  CHECK(first.try_emplace(5, 0, 5) == 5);
  CHECK(first.find(3, 0) == 0);
  CHECK(first.find(3, 1) == 1);
  CHECK(first.find(3, 2) == 3);
  CHECK(first.find(3, 3) == UINT32_MAX);
  CHECK(first.find(4, 0) == UINT32_MAX);
  CHECK(first.find(99, 0) == UINT32_MAX);
  CHECK(detail::FirstByAccount().find(0, 0) == UINT32_MAX);
}
