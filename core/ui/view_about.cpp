#include <imgui.h>

#include <string>

#include "ui/app_state.hpp"
#include "ui/views.hpp"

namespace kompilasi::ui {

void DrawAbout(AppState& s) {
  if (!s.windows.about) return;
  const std::string title = std::string(tr(s.lang, "ui.about.title")) + "###about";
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 28, 0), ImGuiCond_Appearing);
  if (ImGui::Begin(title.c_str(), &s.windows.about)) {
    ImGui::TextUnformatted(tr(s.lang, "app.title").data());
    ImGui::Separator();
    ImGui::TextWrapped("%s", tr(s.lang, "ui.about.text").data());
  }
  ImGui::End();
}

}  // namespace kompilasi::ui
