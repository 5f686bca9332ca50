// Opening files in the app as a Job (job.hpp): collect the inputs, read them, make or merge
// the workspace, validate, compute the metrics; on a worker thread where the platform has
// one (AppState::worker_threads), else one step per frame. The UI shows the progress
// (view_loading.cpp) and defers its commands until the job is done; then the result takes
// the open workspace's place as one undo step, exactly as a synchronous open did.
#pragma once
#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

#include "ui/job.hpp"
#include "ui/view_state.hpp"
#include "ui/workspace.hpp"

namespace kompilasi::ui {

struct AppState;

// What a running import reads and produces (AppState::import_job).
struct ImportWork {
  const char* label_key = "views.undo.import";  // the undo step's name
  std::string rename;                           // non-empty: the opened workspace's name
  // The stored workspace read back at start (StartRestore): put in place as it was, neither an
  // undo step nor a change to save.
  bool restore = false;
  // Produced by the steps.
  std::vector<InputSource> sources;
  std::vector<ReadInput> reads;
  std::vector<PendingImport> forms;  // flat forms found: they go to the mapping step
  std::optional<Workspace> result;
  // Last, so that it is destroyed first: its thread is stopped and joined before the data its
  // steps use goes (closing the app during an import).
  Job job;
};

// Starts opening paths (replace: they become the workspace, else they join the open one;
// handed_over: the paths are removed once read, see OpenPaths).
void StartOpen(AppState& s, std::vector<std::filesystem::path> paths, bool replace, const char* label_key,
               std::string rename = {}, bool handed_over = false);
// Starts taking in the flat form waiting in AppState::import with its confirmed mapping.
void StartConfirmedImport(AppState& s);
// Starts reading back the workspace stored in dir (HasStoredWorkspace): read, parse, then the
// import's validate and metrics steps.
void StartRestore(AppState& s, const std::filesystem::path& dir);
// Per frame, before the commands: advances the running import for about budget_ms (a step
// may take longer); once it is done puts its result in place. Rethrows what a step threw
// (the workspace is then as it was). Returns true while an import is still running.
bool PollImport(AppState& s, double budget_ms);
// How a flat form waiting in the mapping step is read: its name and file, and (joining the open
// workspace) that workspace's units and date. The mapping preview reads it the same way.
FlatFormOptions FormOptions(const AppState& s, const PendingImport& p);
// Runs a started import to its end now (the small bundled sample).
void FinishImportNow(AppState& s);

// commands.cpp: replaces the open workspace (or clears it), keeping the previous one as an
// undo step, and schedules a save.
void ReplaceWorkspace(AppState& s, std::optional<Workspace> next, const char* label_key);
// commands.cpp: the restored workspace becomes the open one, with the notice that says so.
void PutRestored(AppState& s, Workspace w);

}  // namespace kompilasi::ui
