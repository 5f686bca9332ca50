#include <imgui.h>

#include <string>

#include "ui/app_state.hpp"
#include "ui/shortcuts.hpp"
#include "ui/views.hpp"

namespace kompilasi::ui {

void DrawAbout(AppState& s) {
  if (!s.windows.about) return;
  const std::string title = std::string(tr(s.lang, "ui.about.title")) + "###about";
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30, 0), ImGuiCond_Always);  // height: its content, whole
  if (ImGui::Begin(title.c_str(), &s.windows.about)) {
    ImGui::TextUnformatted(tr(s.lang, "app.title").data());
    ImGui::Separator();
    ImGui::TextWrapped("%s", tr(s.lang, "ui.about.text").data());
    ImGui::Spacing();
    ImGui::TextUnformatted(tr(s.lang, "ui.about.shortcuts").data());
    if (ImGui::BeginTable("shortcuts", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
      ImGui::TableSetupColumn("##key", ImGuiTableColumnFlags_WidthFixed);
      ImGui::TableSetupColumn("##what", ImGuiTableColumnFlags_WidthStretch);
      for (const auto& [action, help] : kActionHelp) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextDisabled("%s", KeysText(action).c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", tr(s.lang, help).data());
      }
      ImGui::EndTable();
    }
  }
  ImGui::End();
}

}  // namespace kompilasi::ui
