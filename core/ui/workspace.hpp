// The open workspace: the files it was read from and what was read from them, and how it
// is kept across restarts (a copy of its input files under Platform::StorageDir()/workspace).
#pragma once
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "registry/i18n.hpp"
#include "registry/loaded.hpp"

namespace kompilasi::ui {

// What one input file holds: its data records (header and blank lines not counted).
struct FileSummary {
  std::string path;
  std::size_t records = 0;
};

struct Workspace {
  std::string name;                  // submission name (DATA.md section 2)
  std::vector<InputFile> files;      // as read; stored so a restart reopens the same data
  std::vector<FileSummary> summary;  // one per file, in file-name order
  std::size_t total_records() const;
};

// Reads the given files and folders (a folder contributes the files directly inside it).
// The name is the single folder's or file's base name, else the parent folder's.
// Throws std::runtime_error with an Indonesian/English message (already rendered in lang).
Workspace ReadWorkspace(const std::vector<std::filesystem::path>& paths, Lang lang);
Workspace MakeWorkspace(std::string name, std::vector<InputFile> files);

// Replaces the stored copy in dir; returns false when it could not be written.
bool StoreWorkspace(const Workspace& w, const std::filesystem::path& dir);
void ForgetStoredWorkspace(const std::filesystem::path& dir);
// True when a stored workspace exists (even an empty one the user closed on purpose).
bool HasStoredWorkspace(const std::filesystem::path& dir);
Workspace LoadStoredWorkspace(const std::filesystem::path& dir, Lang lang);

}  // namespace kompilasi::ui
