// The app's row index (core/ui/rows_job.hpp) against a plain filter and sort, built in many
// small steps, and the step runner of long jobs (core/ui/job.hpp).
#include <doctest/doctest.h>

#include <algorithm>
#include <charconv>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <thread>

#include "registry/csv_bundle.hpp"
#include "ui/job.hpp"
#include "ui/rows_job.hpp"
#include "ui/table_rows.hpp"

using namespace kompilasi;
using namespace kompilasi::ui;

namespace {

const Workspace& Sample() {
  // The bundled sample (every table, planted problems), read as the app reads it.
  static const Workspace w = [] {
    std::vector<InputFile> files;
    for (const auto& e : std::filesystem::directory_iterator(std::filesystem::path(KOMPILASI_SOURCE_DIR) / "assets/sample")) {
      if (e.path().extension() != ".csv") continue;
      std::ifstream in(e.path(), std::ios::binary);
      files.push_back({e.path().filename().string(), std::string(std::istreambuf_iterator<char>(in), {})});
    }
    return MakeWorkspace(ReadInput{read_csv_bundle(files, "sample", "sample"), std::nullopt});
  }();
  return w;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The order the view promises, written out plainly.
std::vector<std::uint32_t> Reference(const Workspace& w, TableId t, const RowQuery& q) {
  const Table& table = w.comp.table(t);
  std::vector<std::uint32_t> rows;
  const std::string needle = Lower(q.search);
  for (std::uint32_t r = 0; r < table.rows(); ++r) {
    if (q.only_findings && w.index.worst[index(t)][r] == FindingIndex::kNone) continue;
    if (q.filter_platform >= 0 && RowPlatform(w, t, r) != q.filter_platform) continue;
    if (q.filter_unit >= 0 && !UnitWithin(w, RowUnit(w, t, r), q.filter_unit)) continue;
    if (!needle.empty()) {
      bool hit = false;
      for (std::size_t c = 0; c < table.width() && !hit; ++c) hit = Lower(w.comp.text(t, r, c)).find(needle) != std::string::npos;
      if (!hit) continue;
    }
    rows.push_back(r);
  }
  if (q.sort_column < 0) return rows;
  const auto rank = [&](std::uint32_t r) {
    const std::string_view s = w.comp.text(t, r, static_cast<std::size_t>(q.sort_column));
    long long x = 0;
    const auto res = std::from_chars(s.data(), s.data() + s.size(), x);
    const int kind = s.empty() ? 2 : (res.ec == std::errc() && res.ptr == s.data() + s.size() && s.size() < 19) ? 0 : 1;
    return std::tuple(kind, x, s);
  };
  std::stable_sort(rows.begin(), rows.end(), [&](std::uint32_t a, std::uint32_t b) {
    const auto [ka, xa, sa] = rank(a);
    const auto [kb, xb, sb] = rank(b);
    if (ka == 2 || kb == 2) return ka != 2 && kb == 2;
    const bool less = ka != kb ? ka < kb : ka == 0 ? xa < xb : sa < sb;
    const bool greater = ka != kb ? ka > kb : ka == 0 ? xa > xb : sa > sb;
    return q.sort_desc ? greater : less;
  });
  return rows;
}

// Builds with no time to spare (one unit of work per step); counts the steps.
RowsResult Build(const Workspace& w, TableId t, const RowQuery& q, const RowsResult* previous, int* steps = nullptr) {
  RowsJob job;
  job.Start(w, t, q, previous);
  int n = 1;
  double last = -1;
  while (!job.Step(w, 0.0)) {
    CHECK(job.Active());
    CHECK(job.Progress() >= last);
    last = job.Progress();
    ++n;
  }
  if (steps) *steps = n;
  return job.Take();
}

}  // namespace

TEST_CASE("rows job: no filter and no sort is table order") {
  const Workspace& w = Sample();
  const RowsResult r = Build(w, TableId::pegawai, {}, nullptr);
  REQUIRE(r.rows.size() == w.comp.table(TableId::pegawai).rows());
  for (std::size_t i = 0; i < r.rows.size(); ++i) REQUIRE(r.rows[i] == i);
  CHECK(r.revision == w.revision);
}

TEST_CASE("rows job: search and sort, in many steps, equal a plain filter and stable sort") {
  const Workspace& w = Sample();
  RowQuery q;
  q.search = "MA";
  q.sort_column = static_cast<int>(col::pegawai::nama);
  q.sort_desc = true;
  int steps = 0;
  const RowsResult r = Build(w, TableId::pegawai, q, nullptr, &steps);
  CHECK(steps >= 2);  // filtered, then sorted in a later step
  CHECK(!r.rows.empty());
  CHECK(r.rows == Reference(w, TableId::pegawai, q));
}

TEST_CASE("rows job: numbers sort by value, empty cells last in both directions") {
  const Workspace& w = Sample();
  const Table& akun = w.comp.table(TableId::akun);
  const int c = akun.find_column("pengikut");
  REQUIRE(c >= 0);
  for (const bool desc : {false, true}) {
    RowQuery q;
    q.sort_column = c;
    q.sort_desc = desc;
    const RowsResult r = Build(w, TableId::akun, q, nullptr);
    CHECK(r.rows == Reference(w, TableId::akun, q));
    CHECK(w.comp.text(TableId::akun, r.rows.back(), static_cast<std::size_t>(c)).empty() ==
          std::any_of(r.rows.begin(), r.rows.end(), [&](std::uint32_t x) { return w.comp.text(TableId::akun, x, static_cast<std::size_t>(c)).empty(); }));
  }
}

TEST_CASE("rows job: typing narrows the previous rows and keeps their order; other changes rebuild") {
  const Workspace& w = Sample();
  RowQuery q;
  q.sort_column = static_cast<int>(col::pegawai::nip);
  q.search = "s";
  const RowsResult first = Build(w, TableId::pegawai, q, nullptr);
  q.search = "si";
  int narrow_steps = 0, fresh_steps = 0;
  const RowsResult narrowed = Build(w, TableId::pegawai, q, &first, &narrow_steps);
  const RowsResult fresh = Build(w, TableId::pegawai, q, nullptr, &fresh_steps);
  CHECK(narrowed.rows == fresh.rows);
  CHECK(narrowed.rows == Reference(w, TableId::pegawai, q));
  CHECK(narrow_steps < fresh_steps);  // neither the whole table searched nor sorted again
  // Back to a shorter text, and a new sort of the same rows.
  q.search = "s";
  CHECK(Build(w, TableId::pegawai, q, &narrowed).rows == first.rows);
  q.sort_column = static_cast<int>(col::pegawai::nama);
  CHECK(Build(w, TableId::pegawai, q, &first).rows == Reference(w, TableId::pegawai, q));
  // Another table's or another revision's rows are never reused.
  RowsResult stale = first;
  stale.revision = w.revision + 1;
  CHECK(Build(w, TableId::pegawai, q, &stale).rows == Reference(w, TableId::pegawai, q));
}

TEST_CASE("rows job: unit, platform and findings filters, konten through its source unit") {
  const Workspace& w = Sample();
  const Table& units = w.comp.table(TableId::unit);
  REQUIRE(units.rows() > 2);
  // A unit with rows under it: the first with a parent's child.
  int unit = -1;
  for (std::size_t u = 0; u < units.rows() && unit < 0; ++u)
    if (w.validation.norm.unit_parent[u] >= 0) unit = w.validation.norm.unit_parent[u];
  REQUIRE(unit >= 0);
  for (const TableId t : {TableId::pegawai, TableId::akun, TableId::konten, TableId::laporan}) {
    CAPTURE(spec(t).name);
    RowQuery q;
    q.filter_unit = unit;
    CHECK(Build(w, t, q, nullptr).rows == Reference(w, t, q));
    q.filter_unit = -1;
    q.only_findings = true;
    const RowsResult with = Build(w, t, q, nullptr);
    CHECK(with.rows == Reference(w, t, q));
    if (TableHasPlatform(t)) {
      q.filter_platform = 0;
      CHECK(Build(w, t, q, &with).rows == Reference(w, t, q));
    }
  }
  RowQuery all;
  all.filter_unit = unit;
  CHECK(!Build(w, TableId::pegawai, all, nullptr).rows.empty());
}

TEST_CASE("job: steps in order one per poll, progress by weight, a throw stops the rest") {
  std::vector<int> ran;
  Job job;
  job.Add("a", 1, [&] { ran.push_back(1); });
  job.Add("b", 3, [&] { ran.push_back(2); });
  job.Add("c", 1, [&] { ran.push_back(3); });
  job.Start(false);
  CHECK(job.Label() == "a");
  CHECK(!job.Poll());
  CHECK(job.Progress() == doctest::Approx(0.2));
  CHECK(job.Label() == "b");
  CHECK(!job.Poll());
  CHECK(job.Poll());
  job.Finish();
  CHECK(ran == std::vector<int>{1, 2, 3});
  CHECK(job.Timings().size() == 3);

  Job failing;
  bool after = false;
  failing.Add("x", 1, [] { throw std::runtime_error("rusak"); });
  failing.Add("y", 1, [&] { after = true; });
  failing.Start(false);
  CHECK(failing.Poll());
  CHECK_THROWS_WITH(failing.Finish(), "rusak");
  CHECK(!after);
}

TEST_CASE("job: the part of a sliced step done counts in the progress until the step ends") {
  Job job;
  int slices = 0;
  job.AddSliced("read", 4, [&] {
    job.SetStepPart(++slices / 4.0);
    return slices == 4;
  });
  job.Add("validate", 1, [] {});
  job.Start(false);
  CHECK(!job.Poll());
  CHECK(job.Progress() == doctest::Approx(0.8 * 0.25));
  CHECK(!job.Poll());
  CHECK(job.Progress() == doctest::Approx(0.8 * 0.5));
  CHECK(!job.Poll());
  CHECK(!job.Poll());  // the step ends: the next one starts from none of it done
  CHECK(job.Progress() == doctest::Approx(0.8));
  CHECK(job.Poll());
  job.Finish();
}

TEST_CASE("job: on a worker thread every step runs and Poll reports the end") {
  std::vector<int> ran;
  Job job;
  for (int i = 0; i < 4; ++i) job.Add("s", 1, [&ran, i] { ran.push_back(i); });
  job.Start(true);
  while (!job.Poll()) std::this_thread::yield();
  job.Finish();
  CHECK(ran == std::vector<int>{0, 1, 2, 3});
  CHECK(job.Progress() == 1.0);
}

TEST_CASE("job: a sliced step runs once per poll until it says it is done, on a thread to the end") {
  for (const bool thread : {false, true}) {
    CAPTURE(thread);
    int slices = 0;
    bool after = false;
    Job job;
    job.AddSliced("read", 4, [&] { return ++slices == 3; });
    job.Add("validate", 1, [&] { after = true; });
    job.Start(thread);
    if (!thread) {
      CHECK(!job.Poll());
      CHECK(job.Label() == "read");
      CHECK(job.Progress() == 0.0);
      CHECK(!job.Poll());
      CHECK(!job.Poll());  // the third slice ends the step
      CHECK(job.Label() == "validate");
      CHECK(job.Progress() == doctest::Approx(0.8));
    }
    while (!job.Poll()) std::this_thread::yield();
    job.Finish();
    CHECK(slices == 3);
    CHECK(after);
    REQUIRE(job.Timings().size() == 2);
    CHECK(job.Timings()[0].label_key == "read");
  }
}
