// The generator: deterministic, realistic, and its planted problems are exactly what
// validate() finds (the sample of assets/sample/ and data at scale).
#include <doctest/doctest.h>

#include <map>
#include <set>
#include <tuple>

#include "registry/csv_bundle.hpp"
#include "registry/generate.hpp"
#include "registry/normalize.hpp"
#include "registry/validate.hpp"
#include "test_files.hpp"

using namespace kompilasi;

using kompilasi::test::slurp;

namespace {

std::string bundle_bytes(const Compilation& c) {
  std::string all;
  for (const InputFile& f : write_csv_bundle(c)) all += f.path + "\n" + f.bytes;
  return all;
}

using Where = std::tuple<std::string, std::string, std::uint32_t, std::string>;  // rule, table, row, column

Where where(const Finding& f) {
  return {std::string(rule_id(f.rule)), std::string(spec(f.table).name), f.row, std::string(f.column())};
}
Where where(const PlantedProblem& p) {
  return {std::string(rule_id(p.rule)), std::string(spec(p.table).name), p.row, p.column};
}

}  // namespace

TEST_CASE("generate: same options give the same bytes, another seed other data") {
  GenerateOptions o;
  o.asn = 3000;
  o.seed = 11;
  const std::string a = bundle_bytes(generate(o).comp);
  CHECK(a == bundle_bytes(generate(o).comp));
  o.seed = 12;
  CHECK(a != bundle_bytes(generate(o).comp));
}

TEST_CASE("generate: validate finds exactly the planted problems, at scale") {
  GenerateOptions o;
  o.asn = 20000;
  o.seed = 3;
  o.err_rate = 0.004;
  const Generated g = generate(o);
  const Validation v = validate(g.comp);
  for (std::size_t r = 0; r < kRuleCount; ++r) {
    INFO(rule_id(static_cast<Rule>(r)));
    CHECK(v.counts[r] == g.expected[r]);
  }
  // every planted problem is found where it was put
  std::set<Where> found;
  for (const Finding& f : v.findings) found.insert(where(f));
  for (const PlantedProblem& p : g.planted) {
    INFO(rule_id(p.rule) << " " << spec(p.table).name << " row " << p.row << " " << p.value);
    CHECK(found.count(where(p)) == 1);
  }
  CHECK(g.planted.size() > 100);
  CHECK(g.comp.table(TableId::pegawai).rows() >= 20000);
  CHECK(g.comp.table(TableId::akun).rows() > 30000);
  CHECK(g.comp.table(TableId::laporan).rows() > 40000);
  CHECK(g.comp.table(TableId::unit).rows() > 200);  // schools and puskesmas at this size
}

TEST_CASE("generate_sample: Kota Blitar with 14 planted problems, each found once and nothing else") {
  const Generated g = generate_sample();
  const Compilation& c = g.comp;
  CHECK(c.instansi == "Pemerintah Kota Blitar");
  CHECK(c.tahun == 2024);
  CHECK(c.tanggal_kompilasi == "2024-12-31");
  CHECK(c.table(TableId::unit).rows() == 51);
  CHECK(c.table(TableId::pegawai).rows() == 301);  // 300 ASN and one entered twice
  CHECK(c.table(TableId::konten).rows() == 6);
  REQUIRE(g.planted.size() == 14);
  std::set<Rule> kinds;
  for (const auto& p : g.planted) kinds.insert(p.rule);
  CHECK(kinds.size() == 14);

  const Validation v = validate(c);
  std::map<Where, int> found;
  std::size_t tanpa_akun = 0;
  for (const Finding& f : v.findings) {
    if (f.rule == Rule::PEGAWAI_TANPA_AKUN) ++tanpa_akun;
    else ++found[where(f)];
  }
  std::map<Where, int> planted;
  for (const auto& p : g.planted) ++planted[where(p)];
  for (const auto& [w, n] : found)
    if (!planted.count(w)) FAIL_CHECK("not planted: " << std::get<0>(w) << " " << std::get<1>(w) << " row " << std::get<2>(w) << " " << std::get<3>(w));
  for (const auto& [w, n] : planted)
    if (found[w] != 1) FAIL_CHECK("found " << found[w] << " times: " << std::get<0>(w) << " " << std::get<1>(w) << " row " << std::get<2>(w) << " " << std::get<3>(w));
  CHECK(tanpa_akun == g.expected[static_cast<std::size_t>(Rule::PEGAWAI_TANPA_AKUN)]);
  CHECK(tanpa_akun > 20);
}

TEST_CASE("generate_sample: the committed assets/sample bundle is the generator's output") {
  const Generated g = generate_sample();
  for (const InputFile& f : write_csv_bundle(g.comp)) {
    INFO(f.path);
    CHECK(slurp(std::string(KOMPILASI_SOURCE_DIR) + "/assets/sample/" + f.path) == f.bytes);
  }
}

TEST_CASE("generate_sample: the CSV bundle reads back to the same findings") {
  const Generated g = generate_sample();
  const std::vector<InputFile> files = write_csv_bundle(g.comp);
  Loaded l = read_csv_bundle(files, "sample", "sample");
  CHECK(l.findings.empty());
  const Validation a = validate(g.comp), b = validate(l.comp, l.findings);
  REQUIRE(a.findings.size() == b.findings.size());
  for (std::size_t i = 0; i < a.findings.size(); ++i) CHECK(where(a.findings[i]) == where(b.findings[i]));
}

TEST_CASE("generate: NIPs are built like real ones") {
  GenerateOptions o;
  o.asn = 2000;
  o.err_rate = 0;
  const Generated g = generate(o);
  const Compilation& c = g.comp;
  std::size_t pppk = 0, female = 0;
  for (std::size_t r = 0; r < c.table(TableId::pegawai).rows(); ++r) {
    const auto nip = parse_nip(c.text(TableId::pegawai, r, col::pegawai::nip));
    REQUIRE(nip);
    const std::string d = format_nip(*nip);
    const Date birth{std::stoi(d.substr(0, 4)), std::stoi(d.substr(4, 2)), std::stoi(d.substr(6, 2))};
    CHECK(valid_date(birth.y, birth.m, birth.d));
    const int age = completed_years(birth, Date{2024, 12, 31});
    CHECK(age >= 21);
    CHECK(age <= 60);
    const auto jenis = parse_jenis_asn(c.text(TableId::pegawai, r, col::pegawai::jenis_asn));
    REQUIRE(jenis);
    if (*jenis == JenisAsn::pppk) {
      ++pppk;
      CHECK(d.substr(12, 2) == "21");
      CHECK(std::stoi(d.substr(8, 4)) >= 2019);
    } else {
      CHECK(std::stoi(d.substr(8, 4)) * 12 + std::stoi(d.substr(12, 2)) >= (birth.y + 18) * 12 + birth.m);
    }
    female += d[14] == '2';
  }
  CHECK(pppk > 400);
  CHECK(pppk < 800);
  CHECK(female > 800);
  CHECK(female < 1300);
  for (std::size_t r = 0; r < kRuleCount; ++r)
    if (static_cast<Rule>(r) != Rule::PEGAWAI_TANPA_AKUN && static_cast<Rule>(r) != Rule::LAPORAN_TERLAMBAT)
      CHECK(g.expected[r] == 0);
}

TEST_CASE("generate: the stream is pinned (GCC, Clang and Emscripten gave this value)") {
  // Any expression with two draws whose order C++ leaves open (function arguments, operands
  // of +) makes compilers disagree; this hash was the same with g++ 12 (libstdc++),
  // clang++ 14 and em++ 3.1.6 (libc++, WebAssembly). Change it only with a deliberate
  // change of the generator, and check it with another compiler then.
  GenerateOptions o;
  o.asn = 5000;
  o.seed = 9;
  const Generated g = generate(o);
  const Generated s = generate_sample();
  std::uint64_t h = 1469598103934665603ull;
  for (const Compilation* c : {&g.comp, &s.comp})
    for (TableId t : kAllTables)
      for (std::size_t r = 0; r < c->table(t).rows(); ++r)
        for (std::size_t col = 0; col < c->table(t).width(); ++col) {
          for (char ch : c->text(t, r, col)) h = (h ^ static_cast<unsigned char>(ch)) * 1099511628211ull;
          h = (h ^ 0xff) * 1099511628211ull;
        }
  CHECK(h == 0x5662c1c5b592bbc4ull);
  CHECK(g.planted.size() == 57);
}
