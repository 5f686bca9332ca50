#include "platform_desktop.hpp"

#include <GLFW/glfw3.h>

#include <cstdlib>
#include <fstream>
#include <string>

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

std::string DesktopPlatform::SaveFileAs(std::string_view file_name, std::string_view bytes) {
  const fs::path target = fs::current_path() / fs::path(file_name).filename();
  std::ofstream out(target, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return out ? target.string() : std::string();
}

void DesktopPlatform::SetClipboard(std::string_view text) { glfwSetClipboardString(window_, std::string(text).c_str()); }

std::string DesktopPlatform::Clipboard() {
  const char* text = glfwGetClipboardString(window_);
  return text ? text : "";
}

void DesktopPlatform::Quit() { glfwSetWindowShouldClose(window_, GLFW_TRUE); }

}  // namespace kompilasi::desktop
