#include <imgui.h>

#include <cfloat>
#include <string>

#include "ui/app_state.hpp"
#include "ui/shortcuts.hpp"
#include "ui/views.hpp"

namespace kompilasi::ui {

// Unusable input, already in the user's language; the workspace stays as it was.
void DrawErrorDialog(AppState& s) {
  const std::string title = std::string(tr(s.lang, "ui.error.title")) + "###error";
  if (!s.error.empty() && !ImGui::IsPopupOpen(title.c_str())) ImGui::OpenPopup(title.c_str());
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(ImGui::GetFontSize() * 36, FLT_MAX));
  if (ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 34);
    ImGui::TextUnformatted(s.error.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    if (ImGui::Button(tr(s.lang, "ui.error.ok").data(), ImVec2(ImGui::GetFontSize() * 6, 0)) || Pressed(Action::close) >= 0) {
      s.error.clear();
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
}

}  // namespace kompilasi::ui
