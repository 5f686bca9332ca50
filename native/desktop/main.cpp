// The Kompilasi desktop app: the shared ImGui app (core/ui) in a GLFW window with OpenGL 3.
//
//   kompilasi-desktop [PATH…] [--storage DIR] [--frames N --screenshot FILE.png] [--script FILE]
//
// PATHs (CSV bundle folders or files) are opened after the saved workspace is restored.
// --frames N renders N frames, then exits and prints the test state (core/ui/app.hpp) as
// JSON; --script FILE drives the window by a test script (script.hpp) and exits the same
// way once it has run (status 1 when a step failed): the desktop smoke test of `make test`
// runs it under xvfb-run (tests/desktop/).
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "platform_desktop.hpp"
#include "png_writer.hpp"
#include "script.hpp"
#include "ui/app.hpp"

namespace {

using namespace kompilasi;

struct Options {
  std::vector<std::string> paths;
  std::string storage;
  std::string screenshot;
  std::string script;
  long frames = 0;  // 0: run until the window is closed
};

bool ParseOptions(int argc, char** argv, Options& o) {
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const bool has_value = i + 1 < argc;
    if (a == "--storage" && has_value) o.storage = argv[++i];
    else if (a == "--screenshot" && has_value) o.screenshot = argv[++i];
    else if (a == "--script" && has_value) o.script = argv[++i];
    else if (a == "--frames" && has_value) o.frames = std::strtol(argv[++i], nullptr, 10);
    else if (a.rfind("--", 0) == 0) {
      std::fprintf(stderr, "kompilasi-desktop: opsi tidak dikenal atau tanpa nilai: %s\n", a.c_str());
      return false;
    } else o.paths.push_back(a);
  }
  return true;
}

ui::AppState* g_state = nullptr;  // for GLFW's C callbacks

void OnDrop(GLFWwindow*, int count, const char** paths) {
  ui::OpenPaths c;
  for (int i = 0; i < count; ++i) c.paths.emplace_back(paths[i]);
  g_state->Push(std::move(c));
}

// Layout scale from the monitor's content scale; raster scale from framebuffer vs window
// size (differs where the window system counts in points, e.g. Wayland with scaling).
void UpdateScale(GLFWwindow* window, ui::AppState& s) {
  float xs = 1, ys = 1;
  glfwGetWindowContentScale(window, &xs, &ys);
  int ww = 0, wh = 0, fw = 0, fh = 0;
  glfwGetWindowSize(window, &ww, &wh);
  glfwGetFramebufferSize(window, &fw, &fh);
  const float raster = ww > 0 && fw > 0 ? static_cast<float>(fw) / ww : 1.0f;
  if (ui::SetDisplayScale(s, xs / raster, raster)) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
}

bool Screenshot(GLFWwindow* window, const std::string& path) {
  int w = 0, h = 0;
  glfwGetFramebufferSize(window, &w, &h);
  std::vector<std::uint8_t> pixels(static_cast<std::size_t>(w) * h * 4), flipped(pixels.size());
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  for (int y = 0; y < h; ++y)  // OpenGL's first row is the bottom one
    std::copy_n(pixels.begin() + static_cast<std::ptrdiff_t>(h - 1 - y) * w * 4, w * 4,
                flipped.begin() + static_cast<std::ptrdiff_t>(y) * w * 4);
  // The window shows colour only; the framebuffer's alpha (left below 1 by translucent
  // widgets) would make a PNG viewer show the picture washed out where they are.
  for (std::size_t i = 3; i < flipped.size(); i += 4) flipped[i] = 255;
  return desktop::WritePng(path, w, h, flipped);
}

}  // namespace

int main(int argc, char** argv) {
  Options opt;
  if (!ParseOptions(argc, argv, opt)) return 2;
  desktop::Script script;
  if (std::string error; !opt.script.empty() && !script.Load(opt.script, error)) {
    std::fprintf(stderr, "kompilasi-desktop: %s\n", error.c_str());
    return 2;
  }

  glfwSetErrorCallback([](int code, const char* what) { std::fprintf(stderr, "GLFW %d: %s\n", code, what); });
  if (!glfwInit()) {
    std::fprintf(stderr, "kompilasi-desktop: tidak dapat membuka tampilan grafis (GLFW). Jalankan di desktop atau dengan xvfb-run.\n");
    return 1;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
  GLFWwindow* window = glfwCreateWindow(1280, 800, std::string(tr(Lang::id, "app.title")).c_str(), nullptr, nullptr);
  if (!window) {
    std::fprintf(stderr, "kompilasi-desktop: jendela OpenGL 3 tidak dapat dibuat.\n");
    glfwTerminate();
    return 1;
  }
  glfwMakeContextCurrent(window);
  glfwSwapInterval(1);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init("#version 130");

  desktop::DesktopPlatform platform(window, opt.storage);
  ui::AppState s;
  s.platform = &platform;
  s.worker_threads = true;  // imports run beside the UI (core/ui/import_job.hpp)
  g_state = &s;
  ui::InitApp(s);
  UpdateScale(window, s);
  glfwSetDropCallback(window, OnDrop);
  s.Push(ui::RestoreWorkspace{});
  if (!opt.paths.empty()) s.Push(ui::OpenPaths{opt.paths});

  Lang titled = Lang::id;
  long frames = 0;
  int status = 0;
  while (!glfwWindowShouldClose(window)) {
    glfwPollEvents();
    s.frames.Begin();
    ui::ApplyCommands(s);
    if (s.lang != titled) {
      titled = s.lang;
      glfwSetWindowTitle(window, std::string(tr(s.lang, "app.title")).c_str());
    }
    UpdateScale(window, s);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    if (!opt.script.empty()) script.BeforeFrame(s, ImGui::GetIO(), glfwGetTime());
    ImGui::NewFrame();
    ui::DrawApp(s);
    ImGui::Render();
    s.frames.Built();
    int fw = 0, fh = 0;
    glfwGetFramebufferSize(window, &fw, &fh);
    glViewport(0, 0, fw, fh);
    glClearColor(0.93f, 0.94f, 0.96f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    s.frames.End();
    if (const std::string shot = script.TakeScreenshot(); !shot.empty() && !Screenshot(window, shot)) {
      std::fprintf(stderr, "kompilasi-desktop: tangkapan layar tidak dapat ditulis: %s\n", shot.c_str());
      status = 1;
    }
    if (!opt.script.empty() && script.Done()) {
      if (script.Failed()) {
        std::fprintf(stderr, "kompilasi-desktop: %s\n", script.Error().c_str());
        status = 1;
      }
      std::printf("%s\n", ui::TestStateJson(s).c_str());
      break;
    }
    if (opt.frames > 0 && ++frames >= opt.frames) {
      if (!opt.screenshot.empty() && !Screenshot(window, opt.screenshot)) {
        std::fprintf(stderr, "kompilasi-desktop: tangkapan layar tidak dapat ditulis: %s\n", opt.screenshot.c_str());
        status = 1;
      }
      std::printf("%s\n", ui::TestStateJson(s).c_str());
      if (std::getenv("KOMPILASI_FRAME_TIMES")) std::printf("%s\n", ui::FrameTimesJson(s).c_str());  // the benchmark
      break;
    }
    glfwSwapBuffers(window);
  }

  // A change made in the last moments before closing is saved now, not lost with its delay.
  ui::FinishSave(s);
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window);
  glfwTerminate();
  return status;
}
