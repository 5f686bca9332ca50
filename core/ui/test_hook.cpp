// The state the end-to-end tests read (see app.hpp). Windows come from ImGui's own list, so
// the test sees what was drawn, not what the state intends.
#include <imgui.h>
#include <imgui_internal.h>

#include <nlohmann/json.hpp>

#include "ui/app.hpp"

namespace kompilasi::ui {

std::string TestStateJson(const AppState& s) {
  nlohmann::json windows = nlohmann::json::array();
  if (ImGuiContext* ctx = ImGui::GetCurrentContext()) {
    for (ImGuiWindow* w : ctx->Windows) {
      if (!w->WasActive || w->Hidden || (w->Flags & ImGuiWindowFlags_ChildWindow)) continue;
      const std::string_view name = w->Name;
      if (name == "Debug##Default") continue;  // ImGui's implicit window, drawn only when used
      const auto id = name.find("###");
      windows.push_back(std::string(id == std::string_view::npos ? name : name.substr(id + 3)));
    }
  }
  nlohmann::json ws = nullptr;
  if (s.workspace) {
    const Compilation& c = s.workspace->comp;
    nlohmann::json rows = nlohmann::json::object();
    for (const TableId t : kAllTables) rows[std::string(spec(t).name)] = c.table(t).rows();
    ws = {{"name", s.workspace->name},       {"instansi", c.instansi},
          {"tahun", c.tahun},                {"tanggal_kompilasi", c.tanggal_kompilasi},
          {"rows", rows},                    {"total_rows", c.row_count()},
          {"import_findings", s.workspace->import_findings.size()},
          {"notices", s.workspace->notices.size()}, {"konflik", c.konflik.size()}};
  }
  // ImGui lays a new window out on its first frame and shows it on the next.
  const bool ready = s.restored && s.frame >= s.restored_frame + 2 && !windows.empty();
  return nlohmann::json{{"ready", ready},
                        {"frame", s.frame},
                        {"lang", s.lang == Lang::en ? "en" : "id"},
                        {"windows", windows},
                        {"workspace", ws},
                        {"font", s.font},
                        {"ui_scale", s.ui_scale},
                        {"error", s.error},
                        {"status", s.status}}
      .dump();
}

}  // namespace kompilasi::ui
