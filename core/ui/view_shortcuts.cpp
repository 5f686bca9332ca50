// Keyboard shortcuts that work anywhere (outside text fields for the undo pair, where
// ImGui's own text undo applies): undo, redo, the tabs, save the workspace file, import
// files. The keys are those of shortcuts.hpp.
#include <imgui.h>

#include "ui/app_state.hpp"
#include "ui/platform.hpp"
#include "ui/shortcuts.hpp"
#include "ui/views.hpp"

namespace kompilasi::ui {

void HandleShortcuts(AppState& s) {
  const ImGuiIO& io = ImGui::GetIO();
  if (!io.KeyCtrl || s.import || ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId)) return;
  if (!io.WantTextInput) {
    if (Pressed(Action::undo) >= 0) s.Push(Undo{});
    else if (Pressed(Action::redo) >= 0) s.Push(Redo{});
  }
  if (!s.workspace) return;
  const Tab tabs[] = {Tab::dashboard, Tab::tables, Tab::findings, Tab::campaigns, Tab::conflicts};
  if (const int i = Pressed(Action::tab); i >= 0 && i < 5) s.tab_request = tabs[i];
  if (Pressed(Action::save) >= 0) s.Push(Export{ExportFormat::workspace_json});
  if (Pressed(Action::import) >= 0) RequestOpen(s, false, true);
}

}  // namespace kompilasi::ui
