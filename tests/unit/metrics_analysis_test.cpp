// MetricsAnalysis (ui/workspace.hpp): the import's metrics step in slices leaves the workspace
// exactly as AnalyzeMetrics does: the same metrics, the same finding index, one revision more.
#include <doctest/doctest.h>

#include "registry/generate.hpp"
#include "registry/metrics_json.hpp"
#include "ui/workspace.hpp"

using namespace kompilasi;
using namespace kompilasi::ui;

TEST_CASE("MetricsAnalysis in slices gives AnalyzeMetrics' metrics and finding index") {
  // The same validated, not yet analysed workspace each time (a workspace is not copied).
  const auto validated = [] {
    GenerateOptions o;
    o.asn = 3000;
    o.seed = 3;
    o.err_rate = 0.05;
    Workspace w = MakeWorkspace(ReadInput{Loaded{"gen", generate(o).comp, {}, {}}, std::nullopt}, false);
    TakeValidation(w, validate(w.comp, w.import_findings));
    return w;
  };
  Workspace whole = validated();
  const std::uint64_t before = whole.revision;
  REQUIRE(whole.validation.findings.size() > 100);
  AnalyzeMetrics(whole);
  CHECK(whole.revision == before + 1);
  for (const std::size_t slice : {std::size_t{1}, std::size_t{4096}, MetricsBuilder::kAllRows}) {
    CAPTURE(slice);
    Workspace w = validated();
    MetricsAnalysis analysis(w);
    std::size_t calls = 1;
    while (!analysis.Step(slice)) {
      CHECK(w.revision == before);  // the views see the result only once it is whole
      ++calls;
    }
    if (slice == MetricsBuilder::kAllRows) CHECK(calls == 1);
    else CHECK(calls > FindingIndex::kBuildSteps);
    CHECK(w.revision == whole.revision);
    CHECK(metrics_json(w.comp, w.metrics).dump() == metrics_json(whole.comp, whole.metrics).dump());
    CHECK(w.metrics.pelapor_rows == whole.metrics.pelapor_rows);
    CHECK(w.index.row_start == whole.index.row_start);
    CHECK(w.index.by_row == whole.index.by_row);
    CHECK(w.index.worst == whole.index.worst);
    CHECK(w.index.by_severity == whole.index.by_severity);
  }
}
