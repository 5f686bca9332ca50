#include <imgui.h>

#include <string>

#include "ui/app_state.hpp"
#include "ui/platform.hpp"
#include "ui/views.hpp"

namespace kompilasi::ui {

void DrawOverview(AppState& s) {
  if (!s.windows.overview) return;
  // Placed from the viewport's full rectangle: on the first frame WorkPos does not yet
  // leave room for the menu bar (one frame height) and the status bar.
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float bar = ImGui::GetFrameHeight();
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + bar * 0.5f, vp->Pos.y + bar * 1.5f), ImGuiCond_FirstUseEver);
  ImGui::SetNextWindowSize(ImVec2(vp->Size.x * 0.6f, vp->Size.y - bar * 4.0f), ImGuiCond_FirstUseEver);
  const std::string title = std::string(tr(s.lang, "ui.overview.title")) + "###overview";
  if (!ImGui::Begin(title.c_str(), &s.windows.overview)) {
    ImGui::End();
    return;
  }
  if (!s.workspace) {
    ImGui::TextUnformatted(tr(s.lang, "ui.overview.empty").data());
    ImGui::TextWrapped("%s", tr(s.lang, "ui.overview.empty_hint_drop").data());
    if (!s.platform->SampleDir().empty() && ImGui::Button(tr(s.lang, "ui.menu.open_sample").data()))
      s.Push(OpenSample{});
    ImGui::End();
    return;
  }
  const Workspace& w = *s.workspace;
  if (ImGuiIO& io = ImGui::GetIO(); io.Fonts->Fonts.Size > 1) ImGui::PushFont(io.Fonts->Fonts[1]);
  ImGui::TextUnformatted(w.name.c_str());
  if (ImGui::GetIO().Fonts->Fonts.Size > 1) ImGui::PopFont();
  ImGui::Separator();

  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
  if (ImGui::BeginTable("files", 2, flags)) {
    ImGui::TableSetupColumn(tr(s.lang, "ui.overview.file").data());
    ImGui::TableSetupColumn(tr(s.lang, "ui.overview.rows").data(), ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableHeadersRow();
    for (const auto& f : w.summary) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(f.path.c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%zu", f.records);
    }
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(tr(s.lang, "ui.overview.total").data());
    ImGui::TableNextColumn();
    ImGui::Text("%zu", w.total_records());
    ImGui::EndTable();
  }
  ImGui::End();
}

}  // namespace kompilasi::ui
