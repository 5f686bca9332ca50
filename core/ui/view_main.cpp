#include <imgui.h>

#include "ui/app_state.hpp"
#include "ui/import_job.hpp"
#include "registry/report_format.hpp"
#include "ui/ui_util.hpp"
#include "ui/views.hpp"

namespace kompilasi::ui {
namespace {

void TabItem(AppState& s, Tab tab, const char* key, const char* id, void (*draw)(AppState&)) {
  ImGuiTabItemFlags flags = 0;
  if (s.tab_request == tab) flags |= ImGuiTabItemFlags_SetSelected;
  const bool open = ImGui::BeginTabItem(L(s, key, id).c_str(), nullptr, flags);
  TestItem(s, std::string("tab.") + id);
  if (!open) return;
  s.tab = tab;
  ImGui::BeginChild("tab_body", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  draw(s);
  ImGui::EndChild();
  ImGui::EndTabItem();
}

void Banner(AppState& s) {
  if (s.banner.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, s.dark ? ImVec4(0.16f, 0.25f, 0.36f, 1) : ImVec4(0.87f, 0.93f, 1.0f, 1));
  const float h = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().WindowPadding.y;
  ImGui::BeginChild("banner", ImVec2(0, h), false, ImGuiWindowFlags_NoScrollbar);
  ImGui::SetCursorPosY(ImGui::GetStyle().WindowPadding.y * 0.5f);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(s.banner.in(s.lang).c_str());
  ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::CalcTextSize(T(s, "views.banner.close").c_str()).x -
                  ImGui::GetStyle().FramePadding.x * 2);
  if (ImGui::SmallButton(L(s, "views.banner.close", "banner_close").c_str())) s.banner.clear();
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

// The compilation's header line: instansi, tahun, date, findings at a glance.
void Header(AppState& s) {
  const Workspace& w = *s.workspace;
  const Compilation& c = w.comp;
  Heading(c.instansi.empty() ? w.name.c_str() : c.instansi.c_str());
  ImGui::SameLine();
  ImGui::TextDisabled("%s", trf(s.lang, "views.header.sub", {{"tahun", c.tahun ? std::to_string(c.tahun) : "\xE2\x80\x93"},
                                                             {"tanggal", format_long_date(c.tanggal_kompilasi, s.lang)},
                                                             {"name", w.name}}).c_str());
}

}  // namespace

void DrawMain(AppState& s) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float bar = ImGui::GetFrameHeight();
  const float status = ImGui::GetFrameHeight() + ImGui::GetStyle().WindowPadding.y;
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x, vp->Pos.y + bar));
  ImGui::SetNextWindowSize(ImVec2(vp->Size.x, vp->Size.y - bar - status));
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus;
  if (ImGui::Begin("###main", nullptr, flags)) {
    Banner(s);
    if (!s.workspace) {
      // Restoring: nothing to click behind the progress window (its start screen would be replaced).
      if (!s.import_job || !s.import_job->restore) DrawStart(s);
    } else {
      Header(s);
      // A request made while the tabs draw (a finding jumping to its cell) is for the next frame.
      const std::optional<Tab> requested = s.tab_request;
      if (ImGui::BeginTabBar("tabs")) {
        TabItem(s, Tab::dashboard, "views.tab.dashboard", "dashboard", DrawDashboard);
        TabItem(s, Tab::tables, "views.tab.tables", "tables", DrawTables);
        TabItem(s, Tab::findings, "views.tab.findings", "findings", DrawFindings);
        TabItem(s, Tab::campaigns, "views.tab.campaigns", "campaigns", DrawCampaigns);
        if (!s.workspace->comp.konflik.empty() || s.tab == Tab::conflicts)
          TabItem(s, Tab::conflicts, "views.tab.conflicts", "conflicts", DrawConflicts);
        ImGui::EndTabBar();
      }
      if (s.tab_request == requested) s.tab_request.reset();
    }
  }
  ImGui::End();
}

}  // namespace kompilasi::ui
