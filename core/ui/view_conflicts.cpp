// Merge conflicts: every conflict with its key and the columns that differ, each value side
// by side with the submissions it came from; choose one by one, or prefer one submission
// for all; then save the compilation (workspace JSON).
#include <imgui.h>

#include <algorithm>
#include <set>

#include "registry/merge.hpp"
#include "ui/app_state.hpp"
#include "registry/report_format.hpp"
#include "ui/ui_util.hpp"
#include "ui/views.hpp"

namespace kompilasi::ui {

void DrawConflicts(AppState& s) {
  const Workspace& w = *s.workspace;
  const Compilation& c = w.comp;
  ImGui::TextUnformatted(trf(s.lang, "views.conflicts.count", {{"n", format_count(static_cast<std::int64_t>(c.konflik.size()), s.lang)}}).c_str());
  ConflictsState& cs = s.conflicts;
  if (cs.built_revision != w.revision) {
    cs.built_revision = w.revision;
    std::set<std::string> names;
    cs.max_values = 0;
    for (const Conflict& k : c.konflik) {
      for (const ConflictValue& v : k.nilai) names.insert(v.sumber.begin(), v.sumber.end());
      cs.max_values = std::max(cs.max_values, k.nilai.size());
    }
    cs.names.assign(names.begin(), names.end());
  }
  const std::vector<std::string>& names = cs.names;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(T(s, "views.conflicts.prefer").c_str());
  int b = 0;
  for (const std::string& n : names) {
    ImGui::SameLine();
    if (ImGui::Button((n + "###prefer" + std::to_string(b)).c_str())) s.Push(PreferSubmission{n});
    TestItem(s, "conflicts.prefer." + std::to_string(b++));
  }
  ImGui::SameLine();
  ImGui::TextDisabled("|");
  ImGui::SameLine();
  if (ImGui::Button(L(s, "views.conflicts.save", "save_merged").c_str())) s.Push(Export{ExportFormat::workspace_json});
  TestItem(s, "conflicts.save");
  ImGui::Separator();

  ImGui::BeginChild("conflict_list", ImVec2(0, 0), false);
  // One slot per conflict: heading, columns, the values' table header and rows, a gap.
  const ImGuiStyle& st = ImGui::GetStyle();
  const float line = ImGui::GetTextLineHeightWithSpacing();
  const float row = ImGui::GetFrameHeight() + st.CellPadding.y * 2;
  const float slot = ImGui::GetFontSize() * 1.25f + st.ItemSpacing.y + line + row * static_cast<float>(cs.max_values + 1) +
                     st.ItemSpacing.y * 3;
  ImGuiListClipper clip;
  clip.Begin(static_cast<int>(c.konflik.size()), slot + st.ItemSpacing.y);
  while (clip.Step()) {
    for (int item = clip.DisplayStart; item < clip.DisplayEnd; ++item) {
      const std::uint32_t i = static_cast<std::uint32_t>(item);
      const Conflict& k = c.konflik[i];
      ImGui::PushID(static_cast<int>(i));
      ImGui::BeginChild("slot", ImVec2(0, slot), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
      std::string key;
      for (const auto& [col, val] : k.kunci) key += (key.empty() ? "" : ", ") + col + " = " + val;
      std::string cols;
      for (const std::string& col : k.kolom) cols += (cols.empty() ? "" : ", ") + col;
      Heading((std::string(spec(k.table).name) + ": " + key).c_str());
      ImGui::TextDisabled("%s", trf(s.lang, "views.conflicts.differs", {{"columns", cols}}).c_str());
      const Table& t = c.table(k.table);
      const int ncols = static_cast<int>(k.kolom.size()) + 2;
      if (ImGui::BeginTable("values", ncols, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(T(s, "views.conflicts.choose").c_str(), ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn(T(s, "views.conflicts.source").c_str());
        for (const std::string& col : k.kolom) ImGui::TableSetupColumn(col.c_str());
        ImGui::TableHeadersRow();
        for (int v = 0; v < static_cast<int>(k.nilai.size()); ++v) {
          const ConflictValue& val = k.nilai[static_cast<std::size_t>(v)];
          ImGui::TableNextRow();
          ImGui::TableNextColumn();
          ImGui::PushID(v);
          if (ImGui::RadioButton("##pick", k.dipilih == v)) s.Push(ChooseConflict{i, v});
          TestItem(s, "conflicts." + std::to_string(i) + "." + std::to_string(v));
          ImGui::PopID();
          ImGui::TableNextColumn();
          std::string src;
          for (const std::string& n : val.sumber) src += (src.empty() ? "" : ", ") + n;
          ImGui::TextUnformatted(src.c_str());
          for (const std::string& col : k.kolom) {
            ImGui::TableNextColumn();
            const int ci = t.find_column(col);
            if (ci >= 0 && static_cast<std::size_t>(ci) < val.row.size()) ImGui::TextUnformatted(val.row[static_cast<std::size_t>(ci)].c_str());
          }
        }
        ImGui::EndTable();
      }
      ImGui::EndChild();
      ImGui::PopID();
    }
  }
  ImGui::EndChild();
}

}  // namespace kompilasi::ui
