// The desktop implementation of ui::Platform (GLFW window, the user's data folder).
#pragma once
#include <filesystem>

#include "ui/platform.hpp"

struct GLFWwindow;

namespace kompilasi::desktop {

class DesktopPlatform final : public ui::Platform {
 public:
  // storage: where the workspace is kept (empty: $XDG_DATA_HOME/kompilasi or ~/.local/share/kompilasi).
  DesktopPlatform(GLFWwindow* window, std::filesystem::path storage);

  std::filesystem::path StorageDir() override { return storage_; }
  void StorageChanged() override {}
  std::filesystem::path AssetDir() override { return assets_; }
  std::filesystem::path SampleDir() override;
  bool CanPickFiles() const override { return false; }
  void RequestOpenFiles(bool) override {}
  std::string SaveFileAs(std::string_view file_name, std::string_view bytes) override;
  bool CanBrowseFolders() const override { return true; }
  std::vector<ui::FolderEntry> ListFolder(const std::filesystem::path& dir, std::string& error) override;
  std::filesystem::path StartFolder() override;
  std::filesystem::path HomeFolder() override;
  std::string WriteFileTo(const std::filesystem::path& path, std::string_view bytes) override;
  void SetClipboard(std::string_view text) override;
  std::string Clipboard() override;
  bool CanQuit() const override { return true; }
  void Quit() override;

 private:
  GLFWwindow* window_;
  std::filesystem::path storage_;
  std::filesystem::path assets_;
};

}  // namespace kompilasi::desktop
