// The Kompilasi browser app: the shared ImGui app (core/ui) on Emscripten's GLFW + WebGL2.
// The page (web-shell/) loads kompilasi.js, reads its stored folder into /kompilasi
// (web-shell/storage.js) and, once it holds the saved workspace, calls
// kompilasi_storage_ready (exports.cpp).
//
// High DPI: Emscripten 3.1.6's GLFW knows no device pixel ratio, so the canvas' backing
// store is sized to its CSS size × devicePixelRatio here and the UI is laid out and its
// font rasterised at that scale (mouse positions are already in backing-store pixels).
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <cmath>
#include <cstdio>

#include "app_web.hpp"
#include "ui/app.hpp"

namespace {

using namespace kompilasi;

EM_JS(double, js_css_width, (), { return Module.canvas.getBoundingClientRect().width; });
EM_JS(double, js_css_height, (), { return Module.canvas.getBoundingClientRect().height; });
EM_JS(double, js_pixel_ratio, (), { return window.devicePixelRatio || 1; });
EM_JS(int, js_canvas_width, (), { return Module.canvas.width; });
EM_JS(int, js_canvas_height, (), { return Module.canvas.height; });
// What glfwSetWindowSize does, without its fullscreen request when the size is the screen's
// (a page as big as the screen would ask for fullscreen and pointer lock on every resize and
// keep its old backing store): the canvas, then GLFW's window through its resize listener.
EM_JS(void, js_set_canvas_size, (int w, int h), { Browser.setCanvasSize(w, h); });

void FitCanvas(web::AppWeb& app) {
  const double ratio = js_pixel_ratio();
  const int w = static_cast<int>(std::lround(js_css_width() * ratio));
  const int h = static_cast<int>(std::lround(js_css_height() * ratio));
  if (w > 0 && h > 0 && (w != js_canvas_width() || h != js_canvas_height())) js_set_canvas_size(w, h);
  if (ui::SetDisplayScale(app.state, static_cast<float>(ratio), 1.0f)) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
}

void Frame(void* arg) {
  auto& app = *static_cast<web::AppWeb*>(arg);
  app.state.frames.Begin();
  ui::ApplyCommands(app.state);
  FitCanvas(app);
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  ui::DrawApp(app.state);
  ImGui::Render();
  app.state.frames.Built();
  int fw = 0, fh = 0;
  glfwGetFramebufferSize(app.window, &fw, &fh);
  glViewport(0, 0, fw, fh);
  glClearColor(0.93f, 0.94f, 0.96f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  app.state.frames.End();
}

const char* PastedText(void* user) {
  static std::string text;
  text = static_cast<web::AppWeb*>(user)->platform.Clipboard();
  return text.c_str();
}

void CopiedText(void* user, const char* text) { static_cast<web::AppWeb*>(user)->platform.SetClipboard(text); }

void OnDrop(GLFWwindow*, int count, const char** paths) {  // Emscripten writes dropped files into MEMFS first
  ui::OpenPaths c;
  c.handed_over = true;
  for (int i = 0; i < count; ++i) c.paths.emplace_back(paths[i]);
  web::App().state.Push(std::move(c));
}

}  // namespace

int main() {
  if (!glfwInit()) {
    std::fprintf(stderr, "kompilasi: GLFW tidak dapat dimulai\n");
    return 1;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  web::AppWeb& app = web::App();
  app.window = glfwCreateWindow(1280, 800, "Kompilasi", nullptr, nullptr);
  if (!app.window) {
    std::fprintf(stderr, "kompilasi: WebGL2 tidak tersedia di peramban ini\n");
    return 1;
  }
  glfwMakeContextCurrent(app.window);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui_ImplGlfw_InitForOpenGL(app.window, true);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  ImGuiIO& io = ImGui::GetIO();
  io.SetClipboardTextFn = CopiedText;
  io.GetClipboardTextFn = PastedText;
  io.ClipboardUserData = &app;
  glfwSetDropCallback(app.window, OnDrop);

  app.state.platform = &app.platform;
  ui::InitApp(app.state);
  FitCanvas(app);
  app.platform.MountStorage();
  emscripten_set_main_loop_arg(Frame, &app, 0, true);
  return 0;
}
