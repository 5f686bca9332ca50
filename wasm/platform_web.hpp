// The browser implementation of ui::Platform: storage kept in IndexedDB by the page
// (web-shell/storage.js), the page's file pickers and downloads, and a clipboard fed by the
// page's paste events (Emscripten's GLFW has none).
#pragma once
#include <string>

#include "ui/platform.hpp"

namespace kompilasi::web {

class WebPlatform final : public ui::Platform {
 public:
  std::filesystem::path StorageDir() override { return "/kompilasi"; }
  void StorageChanged() override;
  std::filesystem::path AssetDir() override { return "/assets"; }
  std::filesystem::path SampleDir() override;
  bool CanPickFiles() const override { return true; }
  void RequestOpenFiles(bool folder) override;
  std::string SaveFileAs(std::string_view file_name, std::string_view bytes) override;
  void SetClipboard(std::string_view text) override;
  std::string Clipboard() override { return clipboard_; }
  bool CanQuit() const override { return false; }
  void Quit() override {}

  // The page reads the stored StorageDir() into the in-memory file system, then calls
  // kompilasi_storage_ready; StorageChanged() has it copy the folder back (in pieces, atomically).
  void MountStorage();
  // The text of the page's last paste event (exports.cpp).
  void SetPastedText(std::string text) { clipboard_ = std::move(text); }

 private:
  std::string clipboard_;
};

}  // namespace kompilasi::web
