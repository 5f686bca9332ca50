#include "platform_desktop.hpp"

#include <GLFW/glfw3.h>

#include <cstdlib>
#include <string>

#include "registry/atomic_file.hpp"

namespace kompilasi::desktop {
namespace fs = std::filesystem;
namespace {

fs::path DefaultStorage() {
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return fs::path(xdg) / "kompilasi";
  if (const char* home = std::getenv("HOME"); home && *home) return fs::path(home) / ".local/share/kompilasi";
  return fs::current_path() / ".kompilasi";
}

// The build copies the fonts and the sample next to the program (cmake/assets.cmake).
fs::path ExecutableDir() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::current_path() : exe.parent_path();
}

}  // namespace

DesktopPlatform::DesktopPlatform(GLFWwindow* window, fs::path storage)
    : window_(window), storage_(storage.empty() ? DefaultStorage() : std::move(storage)),
      assets_(ExecutableDir() / "assets") {}

fs::path DesktopPlatform::SampleDir() {
  std::error_code ec;
  const fs::path dir = assets_ / "sample";
  return fs::is_directory(dir, ec) ? dir : fs::path();
}

// Only used where no folder can be chosen (the app asks through its file browser instead).
std::string DesktopPlatform::SaveFileAs(std::string_view file_name, std::string_view bytes) {
  std::error_code ec;
  const fs::path target = fs::current_path(ec) / fs::path(file_name).filename();
  return WriteFileTo(target, bytes).empty() ? target.string() : std::string();
}

std::vector<ui::FolderEntry> DesktopPlatform::ListFolder(const fs::path& dir, std::string& error) {
  std::vector<ui::FolderEntry> out;
  std::error_code ec;
  fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    std::error_code e2;
    ui::FolderEntry e;
    e.name = it->path().filename().string();
    e.folder = it->is_directory(e2);  // follows links: a link to a folder is entered like one
    if (!e.folder) {
      const auto size = it->file_size(e2);
      e.size = e2 ? 0 : size;
    }
    out.push_back(std::move(e));
  }
  if (ec) error = ec.message();
  return out;
}

fs::path DesktopPlatform::StartFolder() {
  std::error_code ec;
  const fs::path here = fs::current_path(ec);
  return ec ? HomeFolder() : here;
}

fs::path DesktopPlatform::HomeFolder() {
  const char* home = std::getenv("HOME");
  return home && *home ? fs::path(home) : fs::path();
}

std::string DesktopPlatform::WriteFileTo(const fs::path& path, std::string_view bytes) {
  return write_file_atomic(path, bytes);  // a crash mid-save leaves the old file whole
}

void DesktopPlatform::SetClipboard(std::string_view text) { glfwSetClipboardString(window_, std::string(text).c_str()); }

std::string DesktopPlatform::Clipboard() {
  const char* text = glfwGetClipboardString(window_);
  return text ? text : "";
}

void DesktopPlatform::Quit() { glfwSetWindowShouldClose(window_, GLFW_TRUE); }

}  // namespace kompilasi::desktop
