#include <imgui.h>

#include "ui/app_state.hpp"
#include "ui/views.hpp"

namespace kompilasi::ui {

// A strip along the bottom edge of the viewport.
void DrawStatusBar(AppState& s) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float h = ImGui::GetFrameHeight() + ImGui::GetStyle().WindowPadding.y;
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x, vp->WorkPos.y + vp->WorkSize.y - h));
  ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, h));
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                 ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ImGui::GetStyle().WindowPadding.x, ImGui::GetStyle().WindowPadding.y * 0.5f));
  if (ImGui::Begin("###status", nullptr, flags))
    ImGui::TextUnformatted(s.status.empty() ? tr(s.lang, "ui.status.ready").data() : s.status.c_str());
  ImGui::End();
  ImGui::PopStyleVar();
}

}  // namespace kompilasi::ui
