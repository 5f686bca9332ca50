#include <imgui.h>

#include <algorithm>

#include "ui/app_state.hpp"
#include "registry/report_format.hpp"
#include "ui/ui_util.hpp"
#include "ui/views.hpp"

namespace kompilasi::ui {

// A strip along the bottom edge: rows, findings per severity, conflicts, then the last status;
// "saving…" at the right end while a save is due.
void DrawStatusBar(AppState& s) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float h = ImGui::GetFrameHeight() + ImGui::GetStyle().WindowPadding.y;
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x, vp->Pos.y + vp->Size.y - h));
  ImGui::SetNextWindowSize(ImVec2(vp->Size.x, h));
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                 ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ImGui::GetStyle().WindowPadding.x, ImGui::GetStyle().WindowPadding.y * 0.5f));
  if (ImGui::Begin("###status", nullptr, flags)) {
    if (s.workspace) {
      const Workspace& w = *s.workspace;
      ImGui::TextUnformatted(trf(s.lang, "views.status.rows", {{"n", format_count(static_cast<std::int64_t>(w.total_records()), s.lang)}}).c_str());
      for (int sev = 0; sev < 3; ++sev) {
        ImGui::SameLine();
        ImGui::TextDisabled("\xC2\xB7");
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, SeverityColor(static_cast<Severity>(sev), s.dark));
        ImGui::Text("%s %s", format_count(static_cast<std::int64_t>(w.index.by_severity[sev]), s.lang).c_str(),
                    std::string(tr(s.lang, std::string("views.status.sev") + std::to_string(sev))).c_str());
        ImGui::PopStyleColor();
      }
      if (!w.comp.konflik.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("\xC2\xB7");
        ImGui::SameLine();
        ImGui::TextUnformatted(trf(s.lang, "views.status.conflicts", {{"n", format_count(static_cast<std::int64_t>(w.comp.konflik.size()), s.lang)}}).c_str());
      }
      ImGui::SameLine();
      ImGui::TextDisabled("|");
      ImGui::SameLine();
    }
    ImGui::TextUnformatted(s.status.empty() ? std::string(tr(s.lang, "ui.status.ready")).c_str() : s.status.in(s.lang).c_str());
    if (s.save_due >= 0) {  // at the right end: beside the status it read as one sentence ("Siap menyimpan…")
      const std::string saving = T(s, "views.status.saving");
      const float after = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + ImGui::GetStyle().ItemSpacing.x;
      ImGui::SameLine(std::max(after, ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(saving.c_str()).x));
      ImGui::TextDisabled("%s", saving.c_str());
    }
  }
  ImGui::End();
  ImGui::PopStyleVar();
}

}  // namespace kompilasi::ui
