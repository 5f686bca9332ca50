// The changes views and platforms ask for. They are queued on AppState::commands during a
// frame and applied by ApplyCommands before the next one, so no view changes the state
// while another view of the same frame is drawing it. Every command that changes the
// compilation leaves an undo step (history.hpp) and schedules a save.
#pragma once
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "registry/i18n.hpp"
#include "registry/schema.hpp"

namespace kompilasi::ui {

struct AppState;

// Files or folders from the platform (picker, drop, command line). Whether they replace the
// open workspace or are taken into it is AppState::open_mode (drops: into it when one is open).
// handed_over: the platform wrote these files for the app (the browser's picked and dropped
// files, in its in-memory file system); they are removed once read, so that the page does not
// keep a second copy of every import.
struct OpenPaths {
  std::vector<std::string> paths;
  bool handed_over = false;
};
struct OpenSample {};
struct CloseWorkspace {};
struct SetLanguage { Lang lang; };
struct SetTheme { bool dark; };
// First start: restore the saved workspace, or open the sample when nothing was saved.
struct RestoreWorkspace {};
struct NewCompilation { std::string instansi; int tahun = 0; std::string tanggal; };

// Edits of the open compilation.
struct EditCell { TableId table; std::uint32_t row; std::uint16_t column; std::string text; };
// Replaces each listed row's cell by its suggested fix (fixes.hpp); rows without one are left.
struct ApplyFix { TableId table; std::uint16_t column; std::vector<std::uint32_t> rows; };
struct AddRow { TableId table; };
struct DeleteRows { TableId table; std::vector<std::uint32_t> rows; };
// Merge conflicts: conflict i takes value `dipilih`; or every conflict the value of one submission.
struct ChooseConflict { std::uint32_t conflict; int dipilih; };
struct PreferSubmission { std::string name; };
struct Undo {};
struct Redo {};

// The flat form waiting in AppState::import (mapping step): take it in, or drop it.
struct ConfirmImport {};
struct CancelImport {};

enum class ExportFormat { workspace_json, csv_zip, csv_excel_zip, xlsx, html, belum_lapor_csv };
// belum_lapor_csv: content row `konten` (the others ignore it).
struct Export { ExportFormat format; std::int32_t konten = -1; };

using Command = std::variant<OpenPaths, OpenSample, CloseWorkspace, SetLanguage, SetTheme, RestoreWorkspace,
                             NewCompilation, EditCell, ApplyFix, AddRow, DeleteRows, ChooseConflict,
                             PreferSubmission, Undo, Redo, ConfirmImport, CancelImport, Export>;

// Applies and clears the queued commands; saves the workspace shortly after a change.
void ApplyCommands(AppState& s);
// Whether a change is waiting to be saved (the tests wait for it to clear).
bool SavePending(const AppState& s);
// Completes the pending save now, in one go (closing the app).
void FinishSave(AppState& s);

}  // namespace kompilasi::ui
