// Entry points of the ImGui app for the two platform mains (native/desktop, wasm).
//
//   AppState s; s.platform = &platform;
//   InitApp(s);                        // after ImGui::CreateContext
//   SetDisplayScale(s, ui, raster);    // now and whenever the screen's scale changes
//   s.Push(RestoreWorkspace{});        // once the storage is readable
//   per frame: ApplyCommands(s); backend NewFrame; ImGui::NewFrame(); DrawApp(s); ImGui::Render(); …
#pragma once
#include <string>

#include "ui/app_state.hpp"

namespace kompilasi::ui {

// Style and ImGui settings that do not depend on the screen.
void InitApp(AppState& s);

// Rebuilds the fonts (NotoSans from Platform::AssetDir()) rasterised at ui_scale *
// raster_scale pixels per unit and scales the style by ui_scale. ui_scale: layout units per
// ImGui coordinate (the browser's devicePixelRatio, the desktop's content scale);
// raster_scale: framebuffer pixels per ImGui coordinate. Returns true when the font atlas
// changed: the renderer must then recreate its font texture.
bool SetDisplayScale(AppState& s, float ui_scale, float raster_scale);

// One frame of UI, between ImGui::NewFrame() and ImGui::Render().
void DrawApp(AppState& s);

// What the app shows, as JSON, for the end-to-end tests (wasm: kompilasi_test_state):
// {"ready", "frame", "lang", "windows": [ids], "font", "ui_scale", "error", "status",
//  "workspace": null | {"name", "instansi", "tahun", "tanggal_kompilasi", "rows": {table: n},
//                       "total_rows", "import_findings", "notices", "konflik"}}.
std::string TestStateJson(const AppState& s);
// The frames measured since AppState::frames was last cleared: {"work_ms": […], "interval_ms": […]}.
std::string FrameTimesJson(const AppState& s);

}  // namespace kompilasi::ui
