#include "ui/app.hpp"

#include <imgui.h>

#include "ui/charts.hpp"
#include "ui/fonts.hpp"
#include "ui/platform.hpp"
#include "ui/views.hpp"

namespace kompilasi::ui {
namespace {

constexpr float kFontSize = 16.0f;  // in layout units; NotoSans at 16 reads like the system UI

// Light or dark, with the app's spacing, scaled to the display.
void ApplyTheme(AppState& s) {
  ImGuiStyle style;
  if (s.dark) ImGui::StyleColorsDark(&style);
  else ImGui::StyleColorsLight(&style);
  style.WindowRounding = 4;
  style.FrameRounding = 3;
  style.TabRounding = 3;
  style.GrabRounding = 3;
  style.FramePadding = ImVec2(6, 4);
  style.ItemSpacing = ImVec2(8, 6);
  style.CellPadding = ImVec2(6, 3);
  style.WindowPadding = ImVec2(10, 8);
  // Windows and popups opaque: ImGui's themes give them 0.94-0.98 alpha, which lets what lies
  // behind a dialog show through it (the dashboard's bars in the save dialog's file list).
  style.Colors[ImGuiCol_WindowBg].w = 1;
  style.Colors[ImGuiCol_PopupBg].w = 1;
  style.FrameBorderSize = 1;  // check boxes, radio buttons and fields are lost on the window's colour otherwise
  // Progress bars in the charts' blue (ImGui's themes fill them orange, like a warning).
  style.Colors[ImGuiCol_PlotHistogram] = ImGui::ColorConvertU32ToFloat4(AccentColor(s.dark));
  if (!s.dark) {
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.98f, 1);
    style.Colors[ImGuiCol_Header] = ImVec4(0.26f, 0.52f, 0.90f, 0.22f);
    style.Colors[ImGuiCol_Tab] = ImVec4(0.86f, 0.89f, 0.94f, 1);
    style.Colors[ImGuiCol_TabActive] = ImVec4(0.99f, 0.99f, 1.0f, 1);
  }
  style.ScaleAllSizes(s.ui_scale);
  ImGui::GetStyle() = style;
  s.applied_dark = s.dark ? 1 : 0;
}

}  // namespace

void InitApp(AppState&) {
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // window layout is not part of what the app keeps
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
}

bool SetDisplayScale(AppState& s, float ui_scale, float raster_scale) {
  if (ui_scale <= 0) ui_scale = 1;
  if (raster_scale <= 0) raster_scale = 1;
  ImGuiIO& io = ImGui::GetIO();
  if (s.ui_scale == ui_scale && io.FontGlobalScale == 1.0f / raster_scale && !io.Fonts->Fonts.empty()) return false;
  s.ui_scale = ui_scale;

  io.Fonts->Clear();
  const float px = kFontSize * ui_scale * raster_scale;
  s.font.clear();
  if (AddAppFonts(*io.Fonts, s.platform->AssetDir() / "fonts", px)) s.font = kFontFiles[0];
  else io.Fonts->AddFontDefault();
  io.Fonts->Build();
  io.FontGlobalScale = 1.0f / raster_scale;

  ApplyTheme(s);
  return true;
}

void DrawApp(AppState& s) {
  ++s.frame;
  s.test_items.clear();
  if (s.applied_dark != (s.dark ? 1 : 0)) ApplyTheme(s);
  DrawMenuBar(s);
  if (!s.restored) {
    DrawLoading(s);
    return;
  }
  HandleShortcuts(s);
  DrawMain(s);
  DrawOverview(s);
  DrawAbout(s);
  DrawStatusBar(s);
  DrawImportMapping(s);
  DrawImportProgress(s);
  DrawNewCompilation(s);
  DrawFileBrowser(s);
  DrawRecovery(s);
  DrawErrorDialog(s);
}

}  // namespace kompilasi::ui
