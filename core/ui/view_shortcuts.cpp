// Keyboard shortcuts that work anywhere (outside text fields for the undo pair, where
// ImGui's own text undo applies): Ctrl+Z undo, Ctrl+Y / Ctrl+Shift+Z redo, Ctrl+1…5 the
// tabs, Ctrl+S save the workspace file, Ctrl+O import files.
#include <imgui.h>

#include "ui/app_state.hpp"
#include "ui/platform.hpp"
#include "ui/ui_util.hpp"
#include "ui/views.hpp"

namespace kompilasi::ui {

void HandleShortcuts(AppState& s) {
  const ImGuiIO& io = ImGui::GetIO();
  if (!io.KeyCtrl || s.import || ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId)) return;
  if (!io.WantTextInput) {
    if (KeyPressed(ImGuiKey_Z)) s.Push(io.KeyShift ? Command(Redo{}) : Command(Undo{}));
    else if (KeyPressed(ImGuiKey_Y)) s.Push(Redo{});
  }
  if (!s.workspace) return;
  const Tab tabs[] = {Tab::dashboard, Tab::tables, Tab::findings, Tab::campaigns, Tab::conflicts};
  for (int i = 0; i < 5; ++i)
    if (CharKeyPressed(static_cast<char>('1' + i))) s.tab_request = tabs[i];
  if (CharKeyPressed('S')) s.Push(Export{ExportFormat::workspace_json});
  if (CharKeyPressed('O')) RequestOpen(s, false, true);
}

}  // namespace kompilasi::ui
