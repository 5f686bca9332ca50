// What the app needs from the machine it runs on, implemented once for the browser
// (wasm/platform_web.cpp) and once for the desktop (native/desktop/platform_desktop.cpp).
// Views never ask which one they run on; they call these and push commands.
//
// Files in arrive asynchronously in the browser (the file picker and drops write into the
// in-memory file system first), so opening is a request: the platform later pushes an
// OpenPaths command with the paths it wrote or was given.
#pragma once
#include <filesystem>
#include <string>
#include <string_view>

namespace kompilasi::ui {

class Platform {
 public:
  virtual ~Platform() = default;

  // Folder whose contents survive a restart (browser: IDBFS at /kompilasi; desktop:
  // $XDG_DATA_HOME/kompilasi). After writing into it, call StorageChanged().
  virtual std::filesystem::path StorageDir() = 0;
  // Makes the writes durable (browser: syncs IDBFS to IndexedDB; desktop: nothing to do).
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
  // Hands bytes to the user as a file (browser: a download; desktop: written into the
  // current folder). Returns where it went, or an empty string on failure.
  virtual std::string SaveFileAs(std::string_view file_name, std::string_view bytes) = 0;

  virtual void SetClipboard(std::string_view text) = 0;
  virtual std::string Clipboard() = 0;

  // Closes the app when the platform can (the browser cannot close its tab).
  virtual bool CanQuit() const = 0;
  virtual void Quit() = 0;
};

}  // namespace kompilasi::ui
