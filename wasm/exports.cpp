// The functions web-shell/app.js calls (all named kompilasi_*; listed in wasm/CMakeLists.txt).
#include <emscripten.h>
#include <emscripten/heap.h>

#include <string>
#include <string_view>

#include "app_web.hpp"
#include "ui/app.hpp"

namespace kompilasi::web {
AppWeb& App() {
  static AppWeb app;
  return app;
}
}  // namespace kompilasi::web

using kompilasi::web::App;

extern "C" {

// The page has read its stored folder into /kompilasi: restore the saved workspace (or open the sample).
EMSCRIPTEN_KEEPALIVE void kompilasi_storage_ready() { App().state.Push(kompilasi::ui::RestoreWorkspace{}); }

// Paths the page wrote into the file system (file picker), one per line.
EMSCRIPTEN_KEEPALIVE void kompilasi_open_paths(const char* lines) {
  kompilasi::ui::OpenPaths c;
  c.handed_over = true;
  std::string_view rest = lines ? lines : "";
  while (!rest.empty()) {
    const auto nl = rest.find('\n');
    const auto line = rest.substr(0, nl);
    if (!line.empty()) c.paths.emplace_back(line);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
  }
  App().state.Push(std::move(c));
}

// The text of the page's last paste event, read by ImGui on Ctrl+V.
EMSCRIPTEN_KEEPALIVE void kompilasi_set_clipboard(const char* text) { App().platform.SetPastedText(text ? text : ""); }

// The test hook: what the app shows, as JSON (core/ui/app.hpp TestStateJson).
EMSCRIPTEN_KEEPALIVE const char* kompilasi_test_state() {
  static std::string json;
  json = kompilasi::ui::TestStateJson(App().state);
  return json.c_str();
}

// The benchmark's frame times (tests/bench/browser_bench.mjs): those since the last call with
// clear = 1, as JSON (core/ui/app.hpp FrameTimesJson).
EMSCRIPTEN_KEEPALIVE const char* kompilasi_frame_times(int clear) {
  static std::string json;
  json = kompilasi::ui::FrameTimesJson(App().state);
  if (clear) App().state.frames.Clear();
  return json.c_str();
}

// The wasm heap's size in bytes (the benchmark's memory figure).
EMSCRIPTEN_KEEPALIVE double kompilasi_heap_bytes() { return static_cast<double>(emscripten_get_heap_size()); }

}  // extern "C"
