#include <imgui.h>

#include "ui/app_state.hpp"
#include "ui/views.hpp"

namespace kompilasi::ui {

// Shown until the saved workspace is readable (the browser loads IndexedDB asynchronously).
void DrawLoading(AppState& s) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove;
  if (ImGui::Begin("###loading", nullptr, flags)) ImGui::TextUnformatted(tr(s.lang, "ui.loading_storage").data());
  ImGui::End();
}

}  // namespace kompilasi::ui
