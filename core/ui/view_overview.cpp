#include <imgui.h>

#include <string>

#include "registry/io_messages.hpp"
#include "registry/report_format.hpp"
#include "ui/app_state.hpp"
#include "ui/platform.hpp"
#include "ui/ui_util.hpp"
#include "ui/views.hpp"

namespace kompilasi::ui {
namespace {

void Field(const AppState& s, const char* key, const std::string& value) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(tr(s.lang, key).data());
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(value.empty() ? tr(s.lang, "ui.overview.unknown").data() : value.c_str());
}

void DrawEmpty(AppState& s) {
  ImGui::TextUnformatted(tr(s.lang, "ui.overview.empty").data());
  ImGui::TextWrapped("%s", tr(s.lang, "ui.overview.empty_hint_drop").data());
  if (!s.platform->SampleDir().empty() && ImGui::Button(tr(s.lang, "ui.menu.open_sample").data())) s.Push(OpenSample{});
}

}  // namespace

// What is open: the compilation's header, rows per table, and what reading reported.
void DrawOverview(AppState& s) {
  if (!s.windows.overview) return;
  // Placed from the viewport's full rectangle: on the first frame WorkPos does not yet
  // leave room for the menu bar (one frame height) and the status bar.
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float bar = ImGui::GetFrameHeight();
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + bar * 0.5f, vp->Pos.y + bar * 1.5f), ImGuiCond_FirstUseEver);
  // As tall as its content (at most the space between the bars), as wide as a column of text.
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(vp->Size.x - bar, vp->Size.y - bar * 4.0f));
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30, 0), ImGuiCond_Always);
  const std::string title = std::string(tr(s.lang, "ui.overview.title")) + "###overview";
  if (!ImGui::Begin(title.c_str(), &s.windows.overview)) {
    ImGui::End();
    return;
  }
  if (!s.workspace) {
    DrawEmpty(s);
    ImGui::End();
    return;
  }
  const Workspace& w = *s.workspace;
  const Compilation& c = w.comp;
  ImGuiIO& io = ImGui::GetIO();
  if (io.Fonts->Fonts.Size > 1) ImGui::PushFont(io.Fonts->Fonts[1]);
  ImGui::TextUnformatted(c.instansi.empty() ? w.name.c_str() : c.instansi.c_str());
  if (io.Fonts->Fonts.Size > 1) ImGui::PopFont();

  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
  if (ImGui::BeginTable("header", 2, ImGuiTableFlags_SizingFixedFit)) {
    Field(s, "ui.overview.instansi", c.instansi);
    Field(s, "ui.overview.tahun", c.tahun ? std::to_string(c.tahun) : std::string());
    Field(s, "ui.overview.tanggal", c.tanggal_kompilasi.empty() ? std::string() : format_long_date(c.tanggal_kompilasi, s.lang));
    ImGui::EndTable();
  }
  ImGui::Spacing();
  if (ImGui::BeginTable("tables", 2, flags)) {
    ImGui::TableSetupColumn(tr(s.lang, "ui.overview.table").data());
    ImGui::TableSetupColumn(tr(s.lang, "ui.overview.rows").data());
    ImGui::TableHeadersRow();
    for (const TableId t : kAllTables) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(spec(t).name.data(), spec(t).name.data() + spec(t).name.size());
      ImGui::TableNextColumn();
      TextRight(format_count(static_cast<std::int64_t>(c.table(t).rows()), s.lang));
    }
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(tr(s.lang, "ui.overview.total").data());
    ImGui::TableNextColumn();
    TextRight(format_count(static_cast<std::int64_t>(c.row_count()), s.lang));
    ImGui::EndTable();
  }
  ImGui::Spacing();
  ImGui::TextUnformatted(trf(s.lang, "ui.overview.findings_read", {{"n", format_count(static_cast<std::int64_t>(w.import_findings.size()), s.lang)}}).c_str());
  if (!c.konflik.empty())
    ImGui::TextUnformatted(trf(s.lang, "ui.overview.conflicts", {{"n", format_count(static_cast<std::int64_t>(c.konflik.size()), s.lang)}}).c_str());
  if (!w.notices.empty()) {
    ImGui::Separator();
    ImGui::TextUnformatted(tr(s.lang, "ui.overview.notices").data());
    for (const Notice& n : w.notices) ImGui::BulletText("%s", notice_message(s.lang, n).c_str());
  }
  ImGui::End();
}

}  // namespace kompilasi::ui
