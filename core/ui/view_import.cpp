// The mapping step of a flat form: each column's guessed meaning (editable), a sample of
// its values, and a preview of the first rows as they would be taken in, with the findings
// they would produce, before anything is taken in.
#include <imgui.h>

#include <algorithm>

#include "registry/finding_message.hpp"
#include "registry/normalize.hpp"
#include "ui/app_state.hpp"
#include "registry/report_format.hpp"
#include "ui/import_job.hpp"
#include "ui/ui_util.hpp"
#include "ui/views.hpp"

namespace kompilasi::ui {
namespace {

const std::vector<FormTarget>& Targets() {
  static const std::vector<FormTarget> all = [] {
    std::vector<FormTarget> v;
    v.push_back({});
    v.push_back({FormTarget::Kind::timestamp});
    for (std::uint8_t c = 0; c < col::pegawai::count; ++c) v.push_back({FormTarget::Kind::pegawai, c});
    for (const auto kind : {FormTarget::Kind::akun, FormTarget::Kind::pengikut, FormTarget::Kind::status, FormTarget::Kind::tanggal_cek})
      for (int p = 0; p < kPlatformCount; ++p) v.push_back({kind, 0, static_cast<std::int8_t>(p)});
    v.push_back({FormTarget::Kind::status, 0, -1});
    v.push_back({FormTarget::Kind::tanggal_cek, 0, -1});
    return v;
  }();
  return all;
}

std::string TargetLabel(const AppState& s, FormTarget t) {
  const std::string name = target_name(t);
  return name.empty() ? T(s, "views.import.ignored") : name;
}

void UpdatePreview(const AppState& s, PendingImport& p) {
  if (!p.preview_dirty) return;
  p.preview = preview_flat_form(p.sheet, p.mapping, FormOptions(s, p), 20);
  p.preview_dirty = false;
}

void MappingTable(AppState& s, PendingImport& p) {
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("mapping", 3, flags, ImVec2(0, ImGui::GetFontSize() * 14))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(T(s, "views.import.header").c_str());
  ImGui::TableSetupColumn(T(s, "views.import.meaning").c_str());
  ImGui::TableSetupColumn(T(s, "views.import.sample").c_str());
  ImGui::TableHeadersRow();
  for (std::size_t i = 0; i < p.mapping.headers.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();  // on the line of the combo beside it
    ImGui::TextUnformatted(p.mapping.headers[i].c_str());
    ImGui::TableNextColumn();
    FormTarget& target = p.mapping.targets[i];
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (target.kind == FormTarget::Kind::ignored) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    const bool open = ImGui::BeginCombo("##target", TargetLabel(s, target).c_str());
    if (target.kind == FormTarget::Kind::ignored) ImGui::PopStyleColor();
    TestItem(s, "import.target." + std::to_string(i));
    if (open) {
      for (std::size_t k = 0; k < Targets().size(); ++k) {
        const FormTarget& t = Targets()[k];
        ImGui::PushID(static_cast<int>(k));
        if (ImGui::Selectable(TargetLabel(s, t).c_str(), t == target)) {
          target = t;
          p.preview_dirty = true;
        }
        ImGui::PopID();
      }
      ImGui::EndCombo();
    }
    ImGui::TableNextColumn();
    std::string sample;
    for (std::size_t r = 1; r < p.sheet.rows.size() && r <= 3; ++r)
      if (i < p.sheet.rows[r].size() && !p.sheet.rows[r][i].empty()) sample += (sample.empty() ? "" : " \xC2\xB7 ") + p.sheet.rows[r][i];
    ImGui::TextDisabled("%s", sample.c_str());
    ImGui::PopID();
  }
  ImGui::EndTable();
}

void Preview(AppState& s, PendingImport& p) {
  const FlatFormPreview& pv = p.preview;
  const Compilation& c = pv.comp;
  ImGui::TextUnformatted(trf(s.lang, "views.import.preview", {{"rows", format_count(static_cast<std::int64_t>(c.table(TableId::pegawai).rows()), s.lang)},
                                                            {"records", format_count(static_cast<std::int64_t>(pv.records), s.lang)},
                                                            {"akun", format_count(static_cast<std::int64_t>(c.table(TableId::akun).rows()), s.lang)},
                                                            {"findings", format_count(static_cast<std::int64_t>(pv.findings.size()), s.lang)}}).c_str());
  const Table& t = c.table(TableId::pegawai);
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX;
  if (ImGui::BeginTable("preview_rows", static_cast<int>(t.width()), flags, ImVec2(0, ImGui::GetFontSize() * 8))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    for (const std::string& name : t.columns) ImGui::TableSetupColumn(name.c_str(), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 8);
    ImGui::TableHeadersRow();
    for (std::size_t r = 0; r < t.rows(); ++r) {
      ImGui::TableNextRow();
      for (std::size_t col = 0; col < t.width(); ++col) {
        ImGui::TableNextColumn();
        Text(c.text(TableId::pegawai, r, col));
      }
    }
    ImGui::EndTable();
  }
  ImGui::BeginChild("preview_findings", ImVec2(0, ImGui::GetFontSize() * 7), true);
  for (const Finding& f : pv.findings) {
    SeverityBadge(s, f.severity);
    ImGui::SameLine();
    ImGui::TextWrapped("%s", finding_message(f, s.lang).c_str());
  }
  if (pv.findings.empty()) ImGui::TextDisabled("%s", T(s, "views.findings.none").c_str());
  ImGui::EndChild();
}

}  // namespace

void DrawImportMapping(AppState& s) {
  if (!s.import) return;
  PendingImport& p = *s.import;
  const std::string title = L(s, "views.import.title", "import_mapping");
  if (!ImGui::IsPopupOpen(title.c_str())) ImGui::OpenPopup(title.c_str());
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(vp->Size.x * 0.9f, ImGui::GetFontSize() * 60), std::min(vp->Size.y * 0.9f, ImGui::GetFontSize() * 42)),
                           ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  UpdatePreview(s, p);
  Heading(p.source.path.c_str());
  ImGui::TextWrapped("%s", T(s, p.replace || !s.workspace ? "views.import.intro_new" : "views.import.intro_into").c_str());
  MappingTable(s, p);
  ImGui::Spacing();
  Preview(s, p);
  if (ImGui::Button(L(s, "views.import.confirm", "import_confirm").c_str())) {
    s.Push(ConfirmImport{});
    ImGui::CloseCurrentPopup();
  }
  TestItem(s, "import.confirm");
  ImGui::SameLine();
  if (ImGui::Button(L(s, "views.cancel", "import_cancel").c_str())) {
    s.Push(CancelImport{});
    ImGui::CloseCurrentPopup();
  }
  TestItem(s, "import.cancel");
  ImGui::EndPopup();
}

}  // namespace kompilasi::ui
