// The desktop's file browser (view_file_browser.cpp): an ImGui dialog over the platform's
// folder listing (Platform::ListFolder) for opening files or a CSV folder, and the save
// dialog of exports (choose folder and file name). The browser build never opens it: its
// page has a file picker and downloads (Platform::CanBrowseFolders is false there).
#pragma once
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "ui/export.hpp"
#include "ui/platform.hpp"

namespace kompilasi::ui {

struct AppState;

enum class BrowseMode { open_files, open_folder, save };

struct FileBrowserState {
  bool open = false;
  BrowseMode mode = BrowseMode::open_files;
  bool into_current = false;          // open modes: files join the open workspace
  std::filesystem::path folder;       // the folder listed
  std::string path_text;              // the editable path field
  std::vector<FolderEntry> entries;   // folders first, then files, by name
  bool listed = false;                // entries are those of `folder`
  std::string error;                  // why the folder could not be listed or the file written
  std::set<std::string> selected;     // open modes: names of selected files
  std::string file_name;              // save mode
  ExportFile pending;                 // save mode: what is to be written
  bool confirm_overwrite = false;     // save mode: the name exists, asked once
};

// Crash recovery (view_recovery.cpp): checked once after the restore; open while the user
// has not chosen between the autosave beside the document and the document itself.
struct RecoveryOffer {
  bool checked = false;
  bool open = false;
};

// Asks for input files as the platform can: its own picker (the page), or the file browser.
// into_current: they join the open workspace; else they replace it.
void RequestOpen(AppState& s, bool folder, bool into_current);
// Hands an export to the user: the save dialog where folders can be browsed, else
// Platform::SaveFileAs (a download). Sets the status line or the error.
void HandOut(AppState& s, ExportFile file);

}  // namespace kompilasi::ui
