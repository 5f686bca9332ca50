#include "ui/commands.hpp"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <exception>
#include <filesystem>

#include "registry/csv_sheet.hpp"
#include "registry/input_error.hpp"
#include "registry/io_messages.hpp"
#include "registry/merge.hpp"
#include "registry/xlsx_reader.hpp"
#include "ui/app_state.hpp"
#include "ui/export.hpp"
#include "ui/file_browser.hpp"
#include "ui/fixes.hpp"
#include "registry/report_format.hpp"
#include "ui/import_job.hpp"
#include "ui/platform.hpp"
#include "ui/settings.hpp"

namespace kompilasi::ui {
namespace {

constexpr double kSaveDelay = 0.4;  // seconds after the last change
constexpr double kImportBudgetMs = 16;  // per frame for an import's steps without a worker thread: a 60 Hz frame
constexpr double kSaveBudgetMs = 16;    // per frame for the save's steps, likewise
constexpr std::size_t kSaveSlice = 4096;  // rows of the workspace file written per step: a few milliseconds

std::string T(const AppState& s, const char* key) { return std::string(tr(s.lang, key)); }

void SaveSettingsNow(AppState& s) {
  SaveSettings({s.lang, true, s.dark}, s.platform->StorageDir());
  s.platform->StorageChanged();
}

// Runs the due save for about budget_ms: the settings, and the workspace streamed to its files a
// slice of rows per step (WorkspaceStore), so that a million rows never freeze a frame nor sit in
// memory as one string. The platform's storage is told (the page's IndexedDB sync) only once the
// files are complete.
void SaveSteps(AppState& s, double budget_ms) {
  Platform& p = *s.platform;
  // A change since the running save started: that save is abandoned.
  if (s.saving && (s.save_due != s.saving_for || !s.workspace || s.workspace->revision != s.saving_revision)) s.saving.reset();
  bool ok = true;
  try {
    if (s.workspace) {
      const auto t0 = std::chrono::steady_clock::now();
      if (!s.saving) {
        s.saving = std::make_unique<WorkspaceStore>(*s.workspace, p.StorageDir());
        s.saving_for = s.save_due;
        s.saving_revision = s.workspace->revision;
        s.save_ms = s.save_longest_ms = 0;
      }
      const auto end = t0 + std::chrono::microseconds(static_cast<std::int64_t>(budget_ms * 1000));
      bool done = s.saving->Step(kSaveSlice);
      while (!done && std::chrono::steady_clock::now() < end) done = s.saving->Step(kSaveSlice);
      const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
      s.save_ms += ms;
      s.save_longest_ms = std::max(s.save_longest_ms, ms);
      if (!done) return;
      ok = s.saving->Ok();
    } else {
      ForgetStoredWorkspace(p.StorageDir());
    }
  } catch (const std::exception&) {  // e.g. out of memory: the stored copy stays the previous one
    ok = false;
  }
  s.saving.reset();
  ok = SaveSettings({s.lang, true, s.dark}, p.StorageDir()) && ok;
  p.StorageChanged();
  s.save_due = -1;
  if (!ok) s.status = Say("ui.status.save_failed", "detail", p.StorageDir().string());
}

void Changed(AppState& s) { s.save_due = ImGui::GetTime() + kSaveDelay; }

void Rows(AppState& s) {
  if (s.workspace)
    s.status = SayCount("ui.status.rows", "n", static_cast<std::int64_t>(s.workspace->total_records()));
}

// Replaces the open workspace (or clears it), keeping the previous one as an undo step.
void Replace(AppState& s, std::optional<Workspace> next, const char* label) {
  ReplaceWorkspace(s, std::move(next), label);
}

}  // namespace

void ReplaceWorkspace(AppState& s, std::optional<Workspace> next, const char* label) {
  Step step;
  step.label_key = label;
  std::swap(s.workspace, next);
  if (s.workspace && next) s.workspace->revision = next->revision + 1;
  step.snapshot = std::make_unique<std::optional<Workspace>>(std::move(next));
  s.history.Record(std::move(step));
  for (auto& t : s.tables) t.selected_row = -1;
  s.banner.clear();  // "restored from this device's storage" was about the workspace replaced
  Changed(s);
  Rows(s);
}

void PutRestored(AppState& s, Workspace w) {
  SetDocumentRevision(w);
  s.workspace = std::move(w);
  Rows(s);
  s.banner = Say("views.banner.restored", "name", s.workspace->name);
}

namespace {

// The bundled sample is small: opened at once, not across frames.
void OpenSampleInto(AppState& s) {
  const auto dir = s.platform->SampleDir();
  if (dir.empty()) return;
  StartOpen(s, {dir}, true, "views.undo.open", T(s, "ui.sample_name"));
  FinishImportNow(s);
}

void Fail(AppState& s, const std::string& message) { s.error = message; }

struct Apply {
  AppState& s;

  Workspace* W() { return s.workspace ? &*s.workspace : nullptr; }

  void operator()(const OpenPaths& c) {
    std::vector<std::filesystem::path> paths(c.paths.begin(), c.paths.end());
    const bool replace = s.open_mode == OpenMode::replace || !s.workspace;
    StartOpen(s, std::move(paths), replace, replace ? "views.undo.open" : "views.undo.import", {}, c.handed_over);
    s.open_mode = OpenMode::into_current;
  }
  void operator()(const OpenSample&) { OpenSampleInto(s); }
  void operator()(const CloseWorkspace&) {
    Replace(s, std::nullopt, "views.undo.close");
    s.status = Say("ui.status.ready");
  }
  void operator()(const SetLanguage& c) {
    s.lang = c.lang;
    SaveSettingsNow(s);
  }
  void operator()(const SetTheme& c) {
    s.dark = c.dark;
    SaveSettingsNow(s);
  }
  void operator()(const RestoreWorkspace&) {
    Platform& p = *s.platform;
    const Settings settings = LoadSettings(p.StorageDir());
    s.lang = settings.lang;
    s.dark = settings.dark;
    s.restored = true;
    s.restored_frame = s.frame;
    if (HasStoredWorkspace(p.StorageDir())) {
      StartRestore(s, p.StorageDir());  // across frames, behind the progress window (PutRestored)
    } else if (!settings.started_before) {
      OpenSampleInto(s);
      s.history.Clear();  // the first start's sample is not an edit to undo
    }
  }
  void operator()(const NewCompilation& c) {
    Replace(s, NewWorkspace(c.instansi, c.tahun, c.tanggal), "views.undo.new");
  }
  void operator()(const EditCell& c) {
    Workspace* w = W();
    if (!w) return;
    Table& t = w->comp.table(c.table);
    if (c.row >= t.rows() || c.column >= t.width()) return;
    const std::uint32_t before = t.id_at(c.row, c.column);
    // by text: a distinct column's equal texts may have different ids
    if (w->comp.pool.view(before) == c.text) return;
    const std::uint32_t after = w->comp.cell_id(c.table, c.column, c.text);
    t.id_at(c.row, c.column) = after;
    Step step;
    step.label_key = "views.undo.edit";
    step.cells.push_back({c.table, c.row, c.column, before, after});
    s.history.Record(std::move(step));
    Analyze(*w);
    Changed(s);
  }
  void operator()(const ApplyFix& c) {
    Workspace* w = W();
    if (!w) return;
    Table& t = w->comp.table(c.table);
    if (c.column >= t.width()) return;
    Step step;
    step.label_key = c.rows.size() > 1 ? "views.undo.fix_all" : "views.undo.fix";
    for (const std::uint32_t r : c.rows) {
      if (r >= t.rows()) continue;
      const std::uint32_t before = t.id_at(r, c.column);
      const auto fixed = SuggestedFix(c.table, c.column, w->comp.pool.view(before));
      if (!fixed) continue;
      const std::uint32_t after = w->comp.cell_id(c.table, c.column, *fixed);
      t.id_at(r, c.column) = after;
      step.cells.push_back({c.table, r, c.column, before, after});
    }
    if (step.cells.empty()) return;
    s.status = SayCount("views.status.fixed", "n", static_cast<std::int64_t>(step.cells.size()));
    s.history.Record(std::move(step));
    Analyze(*w);
    Changed(s);
  }
  void operator()(const AddRow& c) {
    Workspace* w = W();
    if (!w) return;
    Table& t = w->comp.table(c.table);
    RowBlock block;
    block.table = c.table;
    block.at.push_back(static_cast<std::uint32_t>(t.rows()));
    block.cells.assign(t.width(), 0);
    block.source_row.push_back(0);
    if (!t.sumber.empty()) block.sumber.push_back(0);
    InsertRows(*w, block);
    Step step;
    step.label_key = "views.undo.add_row";
    step.added = std::move(block);
    s.history.Record(std::move(step));
    Analyze(*w);
    Changed(s);
    TableViewState& v = s.tables[index(c.table)];
    v.selected_row = static_cast<int>(t.rows() - 1);
    v.selected_col = 0;
    v.scroll_to_selected = true;
  }
  void operator()(const DeleteRows& c) {
    Workspace* w = W();
    if (!w || c.rows.empty()) return;
    RowBlock block;
    block.table = c.table;
    block.at = c.rows;
    std::sort(block.at.begin(), block.at.end());
    block.at.erase(std::unique(block.at.begin(), block.at.end()), block.at.end());
    const std::size_t n = w->comp.table(c.table).rows();
    block.at.erase(std::remove_if(block.at.begin(), block.at.end(), [&](std::uint32_t r) { return r >= n; }), block.at.end());
    if (block.at.empty()) return;
    Step step;
    step.label_key = "views.undo.delete_rows";
    // Import findings of the removed rows leave with them; later rows move up.
    std::vector<Finding> before = w->import_findings;
    std::vector<Finding> after;
    for (Finding f : before) {
      if (f.table == c.table && f.table_row != kNoRow) {
        if (std::binary_search(block.at.begin(), block.at.end(), f.table_row)) continue;
        f.table_row -= static_cast<std::uint32_t>(std::lower_bound(block.at.begin(), block.at.end(), f.table_row) - block.at.begin());
      }
      after.push_back(std::move(f));
    }
    RemoveRows(*w, block);
    w->import_findings = std::move(after);
    step.import_findings = std::move(before);
    step.removed = std::move(block);
    s.history.Record(std::move(step));
    Analyze(*w);
    Changed(s);
    s.tables[index(c.table)].selected_row = -1;
  }
  void operator()(const ChooseConflict& c) {
    Workspace* w = W();
    if (!w || c.conflict >= w->comp.konflik.size()) return;
    const int before = w->comp.konflik[c.conflict].dipilih;
    if (before == c.dipilih || !choose(w->comp, c.conflict, c.dipilih)) return;
    Step step;
    step.label_key = "views.undo.choose";
    step.choices.push_back({c.conflict, before, c.dipilih});
    s.history.Record(std::move(step));
    Analyze(*w);
    Changed(s);
  }
  void operator()(const PreferSubmission& c) {
    Workspace* w = W();
    if (!w) return;
    Step step;
    step.label_key = "views.undo.prefer";
    for (std::uint32_t i = 0; i < w->comp.konflik.size(); ++i) {
      const Conflict& k = w->comp.konflik[i];
      for (int v = 0; v < static_cast<int>(k.nilai.size()); ++v) {
        const auto& src = k.nilai[static_cast<std::size_t>(v)].sumber;
        if (std::find(src.begin(), src.end(), c.name) == src.end()) continue;
        if (v != k.dipilih) {
          const int before = k.dipilih;
          if (choose(w->comp, i, v)) step.choices.push_back({i, before, v});
        }
        break;
      }
    }
    if (step.choices.empty()) return;
    s.history.Record(std::move(step));
    Analyze(*w);
    Changed(s);
  }
  void operator()(const Undo&) {
    const std::string label = s.history.Undo(s.workspace);
    if (label.empty()) return;
    s.status = Say("views.status.undone", "what", [label](Lang l) { return std::string(tr(l, label)); });
    Changed(s);
  }
  void operator()(const Redo&) {
    const std::string label = s.history.Redo(s.workspace);
    if (label.empty()) return;
    s.status = Say("views.status.redone", "what", [label](Lang l) { return std::string(tr(l, label)); });
    Changed(s);
  }
  void operator()(const ConfirmImport&) { StartConfirmedImport(s); }
  void operator()(const CancelImport&) {
    s.import.reset();
    if (s.import_queue.empty()) return;
    s.import = std::move(s.import_queue.front());
    s.import_queue.pop_front();
  }
  void operator()(const Export& c) {
    if (!s.workspace) return;
    HandOut(s, MakeExport(*s.workspace, c.format, s.lang, c.konten));  // a download, or the desktop's save dialog
  }
};

// Runs f; what it throws goes to the error dialog.
template <class F>
void Guarded(AppState& s, F&& f) {
  try {
    f();
  } catch (const InputError& e) {
    // Unusable input never touches the open workspace: the message goes to the dialog.
    Fail(s, input_error_message(s.lang, e));
  } catch (const std::exception& e) {
    Fail(s, e.what());
  }
}

}  // namespace

void ApplyCommands(AppState& s) {
  bool importing = false;
  Guarded(s, [&] { importing = PollImport(s, kImportBudgetMs); });
  std::vector<Command> queued;
  queued.swap(s.commands);
  std::size_t i = 0;
  // While an import runs the workspace stays as it is: commands wait for it to finish.
  for (; i < queued.size() && !importing; ++i) {
    Guarded(s, [&] { std::visit(Apply{s}, queued[i]); });
    importing = s.import_job != nullptr;
  }
  if (i < queued.size()) s.commands.insert(s.commands.begin(), std::make_move_iterator(queued.begin() + static_cast<std::ptrdiff_t>(i)),
                                           std::make_move_iterator(queued.end()));
  if (s.import_job) s.saving.reset();  // the import's result will be saved
  if (s.save_due >= 0 && !s.import_job && ImGui::GetCurrentContext() && ImGui::GetTime() >= s.save_due)
    SaveSteps(s, kSaveBudgetMs);
}

bool SavePending(const AppState& s) { return s.save_due >= 0; }

void FinishSave(AppState& s) {
  if (SavePending(s)) SaveSteps(s, 1e12);
}

}  // namespace kompilasi::ui
