// WorkspaceStore (ui/workspace.hpp): the app's autosave written across frames. In slices it
// stores exactly what StoreWorkspace stores; abandoned half-way it leaves the stored copy whole.
#include <doctest/doctest.h>

#include <filesystem>
#include <stdexcept>

#include "registry/generate.hpp"
#include "registry/workspace_json.hpp"
#include "test_files.hpp"
#include "ui/workspace.hpp"

using namespace kompilasi;
namespace fs = std::filesystem;
using kompilasi::test::slurp;

namespace {

ui::Workspace MakeGenerated(std::size_t asn, std::uint64_t seed) {
  GenerateOptions o;
  o.asn = asn;
  o.seed = seed;
  ui::Workspace w;
  w.name = "generated";
  w.comp = generate(o).comp;
  ui::Analyze(w);
  return w;
}

}  // namespace

TEST_CASE("WorkspaceStore: in slices the stored copy is StoreWorkspace's; abandoned, the previous copy stays whole") {
  const fs::path dir = fs::temp_directory_path() / "kompilasi-store-test";
  fs::remove_all(dir);
  const fs::path data = dir / "workspace" / "data.kompilasi.json";
  const ui::Workspace a = MakeGenerated(300, 1), b = MakeGenerated(2000, 2);
  const std::string a_bytes = write_workspace_json(a.comp), b_bytes = write_workspace_json(b.comp);
  REQUIRE(ui::StoreWorkspace(a, dir));
  CHECK(slurp(data) == a_bytes);
  {
    ui::WorkspaceStore store(b, dir);
    for (int i = 0; i < 10; ++i) CHECK_FALSE(store.Step(7));
  }  // abandoned: the workspace changed
  CHECK(slurp(data) == a_bytes);
  CHECK_FALSE(fs::exists(data.string() + ".tmp"));
  CHECK(ui::LoadStoredWorkspace(dir).comp.row_count() == a.comp.row_count());

  for (const std::size_t slice : {std::size_t{7}, std::size_t{4096}}) {
    CAPTURE(slice);
    ui::WorkspaceStore store(b, dir);
    while (!store.Step(slice)) {
    }
    CHECK(store.Ok());
    CHECK(slurp(data) == b_bytes);
  }
  const ui::Workspace restored = ui::LoadStoredWorkspace(dir);
  CHECK(write_workspace_json(restored.comp) == b_bytes);
  CHECK(restored.validation.counts == b.validation.counts);
  fs::remove_all(dir);
}

TEST_CASE("WorkspaceStore: a saved document's autosave is written beside it while they differ, removed when not") {
  const fs::path dir = fs::temp_directory_path() / "kompilasi-store-doc-test";
  fs::remove_all(dir);
  ui::Workspace w = MakeGenerated(300, 3);
  w.document = (dir / "docs" / "blitar.kompilasi.json").string();
  w.document_revision = w.revision - 1;  // changed since it was saved
  {
    ui::WorkspaceStore store(w, dir);
    while (!store.Step(5)) {
    }
    CHECK(store.Ok());
  }
  CHECK(slurp(ui::AutosavePath(w.document)) == write_workspace_json(w.comp));
  w.document_revision = w.revision;
  REQUIRE(ui::StoreWorkspace(w, dir));
  CHECK_FALSE(fs::exists(ui::AutosavePath(w.document)));
  fs::remove_all(dir);
}

TEST_CASE("stored workspace: parsed in steps from the stored file it is what was stored") {
  const fs::path dir = fs::temp_directory_path() / "kompilasi-stored-steps-test";
  fs::remove_all(dir);
  ui::Workspace w = MakeGenerated(2000, 3);
  w.name = "kota";
  w.document = "/tmp/kota.kompilasi.json";
  w.notices.push_back({"windows_1252", "pegawai.csv", ""});
  w.import_findings.push_back(Finding(Rule::KOLOM_DIABAIKAN, Severity::error, TableId::pegawai, 0, kNoRow, "catatan"));
  REQUIRE(ui::StoreWorkspace(w, dir));
  const ui::StoredFiles files = ui::ReadStoredFiles(dir);
  CHECK(files.data == dir / "workspace" / "data.kompilasi.json");
  CHECK(files.side == test::slurp(dir / "workspace" / "workspace.json"));
  const std::string data = write_workspace_json(w.comp);
  CHECK(test::slurp(files.data) == data);
  ui::StoredWorkspaceReader parse(files);
  int steps = 1;
  for (; !parse.Step(7); ++steps) {
  }
  CHECK(steps > static_cast<int>(w.comp.row_count() / 7));
  const ui::Workspace back = parse.Take();
  CHECK(back.name == "kota");
  CHECK(back.document == w.document);
  CHECK(back.notices.size() == 1);
  REQUIRE(back.import_findings.size() == 1);
  CHECK(back.import_findings[0].column() == "catatan");
  CHECK(write_workspace_json(back.comp) == data);
  for (const TableId t : kAllTables) {  // reserved from the side file's counts, so never regrown
    CAPTURE(spec(t).name);
    CHECK(back.comp.table(t).cells.capacity() == w.comp.table(t).cells.size());
  }
  // either file gone: the restore says it cannot read it
  fs::rename(dir / "workspace" / "data.kompilasi.json", dir / "data.kompilasi.json");
  CHECK_THROWS_AS(ui::ReadStoredFiles(dir), std::runtime_error);
  CHECK_THROWS_AS(ui::StoredWorkspaceReader{files}, std::runtime_error);
  fs::rename(dir / "data.kompilasi.json", dir / "workspace" / "data.kompilasi.json");
  fs::remove(dir / "workspace" / "workspace.json");
  CHECK_THROWS_AS(ui::ReadStoredFiles(dir), std::runtime_error);
  fs::remove_all(dir);
}
