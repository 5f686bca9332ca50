// What the app needs from the machine it runs on, implemented once for the browser
// (wasm/platform_web.cpp) and once for the desktop (native/desktop/platform_desktop.cpp).
// Views never ask which one they run on; they call these and push commands.
//
// Files in arrive asynchronously in the browser (the file picker and drops write into the
// in-memory file system first), so opening is a request: the platform later pushes an
// OpenPaths command with the paths it wrote or was given.
#pragma once
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace kompilasi::ui {

// One entry of a folder listing (the desktop's own file browser, view_file_browser.cpp).
struct FolderEntry {
  std::string name;
  bool folder = false;
  std::uintmax_t size = 0;
};

class Platform {
 public:
  virtual ~Platform() = default;

  // Folder whose contents survive a restart (browser: /kompilasi, kept in IndexedDB by the
  // page; desktop: $XDG_DATA_HOME/kompilasi). After writing into it, call StorageChanged().
  virtual std::filesystem::path StorageDir() = 0;
  // Makes the writes durable (browser: the page copies the folder to IndexedDB; desktop:
  // nothing to do).
  virtual void StorageChanged() = 0;
  // Fonts and other runtime assets (copied into the build by cmake/assets.cmake).
  virtual std::filesystem::path AssetDir() = 0;
  // The bundled sample compilation (a CSV bundle folder), or an empty path when there is none.
  virtual std::filesystem::path SampleDir() = 0;

  // Whether RequestOpenFiles can ask the user; without a picker (the desktop app) files
  // come from drops on the window and from the command line.
  virtual bool CanPickFiles() const = 0;
  // Asks the user for input files (folder: a CSV bundle); they arrive as OpenPaths.
  virtual void RequestOpenFiles(bool folder) = 0;
  // Hands bytes to the user as a file without asking where (the browser: a download).
  // Returns where it went, or an empty string on failure.
  virtual std::string SaveFileAs(std::string_view file_name, std::string_view bytes) = 0;

  // Whether the app's own file browser can list this machine's folders (the desktop): then
  // opening and exporting go through it (view_file_browser.cpp) instead of RequestOpenFiles
  // and SaveFileAs. The browser has no folders to list: its page's picker and downloads.
  virtual bool CanBrowseFolders() const { return false; }
  // The entries of dir (not "." or ".."); on failure empty, with error set (the system's words).
  virtual std::vector<FolderEntry> ListFolder(const std::filesystem::path& dir, std::string& error) {
    (void)dir;
    error = "-";
    return {};
  }
  // Where the file browser starts: the current folder.
  virtual std::filesystem::path StartFolder() { return {}; }
  // The user's home folder (a button of the file browser); empty when unknown.
  virtual std::filesystem::path HomeFolder() { return {}; }
  // Writes bytes to the chosen path atomically; empty on success, else what failed.
  virtual std::string WriteFileTo(const std::filesystem::path& path, std::string_view bytes) {
    (void)path, (void)bytes;
    return "-";
  }

  virtual void SetClipboard(std::string_view text) = 0;
  virtual std::string Clipboard() = 0;

  // Closes the app when the platform can (the browser cannot close its tab).
  virtual bool CanQuit() const = 0;
  virtual void Quit() = 0;
};

}  // namespace kompilasi::ui
