// The one state of the ImGui app, shared by the desktop and the browser build.
//
// How to use: the platform's main creates an AppState, calls InitApp once the fonts can be
// built, then per frame: ApplyCommands (changes made since the last frame), DrawApp between
// ImGui::NewFrame and ImGui::Render. Views are free functions DrawX(AppState&) (views.hpp),
// one per file; they read the state and push Commands, they never change the workspace
// themselves. That keeps every change in one place (commands.cpp): the hook that saves the
// workspace and the undo history live there.
#pragma once
#include <array>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "registry/i18n.hpp"
#include "ui/commands.hpp"
#include "ui/file_browser.hpp"
#include "ui/frame_stats.hpp"
#include "ui/history.hpp"
#include "ui/import_job.hpp"
#include "ui/said.hpp"
#include "ui/view_state.hpp"
#include "ui/workspace.hpp"

namespace kompilasi::ui {

class Platform;

// Which windows are open (the menu "Tampilan" toggles them).
struct OpenWindows {
  bool overview = false;  // the reading summary window (Tampilan → Ringkasan)
  bool about = false;
};

// Whether files arriving from the platform replace the open workspace or join it.
enum class OpenMode { replace, into_current };

struct AppState {
  Platform* platform = nullptr;
  Lang lang = Lang::id;
  bool dark = false;
  int applied_dark = -1;  // the theme the style was last built for

  // The open workspace; empty before anything was opened.
  std::optional<Workspace> workspace;
  History history;
  OpenMode open_mode = OpenMode::into_current;
  // Set once the saved workspace (or the sample on first start) has been restored.
  bool restored = false;
  std::uint64_t restored_frame = 0;  // the frame in which it was
  // An error to show in a modal dialog (already in the user's language), then cleared.
  std::string error;
  // One line for the status bar.
  Said status;
  // A notice shown once above the tabs (e.g. "the workspace was restored"), until closed.
  Said banner;
  // ImGui time at which the workspace is to be saved (a change was made); < 0: nothing due.
  double save_due = -1;
  // The save running across frames (commands.cpp) and the save_due and revision it started
  // for: when a change moves either, or an import starts, it is abandoned (its temp files
  // removed) and a new one starts once the save is due again.
  std::unique_ptr<WorkspaceStore> saving;
  double saving_for = -1;
  std::uint64_t saving_revision = 0;
  // Milliseconds of the save running or last done, in all and in its longest frame (the benchmark).
  double save_ms = 0, save_longest_ms = 0;
  std::string last_export;  // where the last export went (file name or path)

  OpenWindows windows;
  Tab tab = Tab::dashboard;
  std::optional<Tab> tab_request;          // selects a tab on the next frame
  TableId table = TableId::pegawai;
  std::optional<TableId> table_request;
  std::array<TableViewState, kTableCount> tables;
  FindingsViewState findings;
  DashboardState dashboard;
  CampaignState campaign;
  ConflictsState conflicts;
  std::optional<PendingImport> import;     // the flat form in its mapping step
  std::deque<PendingImport> import_queue;  // further flat forms of the same drop
  NewCompilationForm new_form;
  FileBrowserState file_browser;  // the desktop's open and save dialog (view_file_browser.cpp)
  RecoveryOffer recovery;         // the desktop's offer to recover unsaved changes (view_recovery.cpp)

  std::vector<Command> commands;  // pushed by views and the platform, applied between frames
  // Opening files in progress (import_job.hpp); commands wait while it runs.
  std::unique_ptr<ImportWork> import_job;
  bool worker_threads = false;  // set by a platform main that lets jobs run on a thread (desktop)
  // The last import's wall time and its steps' times (ms), for the test hook and the benchmark.
  double last_import_ms = 0;
  std::vector<Job::Timing> last_import_steps;
  FrameStats frames;  // durations of the last frames, measured by the platform main

  // Display: the UI scale (device pixels per ImGui unit of layout, e.g. 2 on a high-DPI screen).
  float ui_scale = 1.0f;
  std::string font;  // file of the face in use ("NotoSans-Regular.ttf"); empty: it failed to load
  std::uint64_t frame = 0;
  bool quit_requested = false;
  // Screen rectangles (x, y, w, h in ImGui coordinates) of named items of the last frame,
  // for the end-to-end tests (test_hook.cpp); views record them with TestItem().
  std::map<std::string, std::array<float, 4>> test_items;

  void Push(Command c) { commands.push_back(std::move(c)); }
};

}  // namespace kompilasi::ui
