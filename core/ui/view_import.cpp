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

void MappingTable(AppState& s, PendingImport& p, float height) {
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("mapping", 3, flags, ImVec2(0, height))) return;
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
    Tooltip(sample.c_str());  // the cell cuts it at its edge
    ImGui::PopID();
  }
  ImGui::EndTable();
}

// The widest severity label ("peringatan"), for a column of them.
float SeverityWidth(Lang lang) {
  float w = 0;
  for (const Severity sev : {Severity::error, Severity::warning, Severity::info}) {
    const std::string_view label = severity_label(sev, lang);
    w = std::max(w, ImGui::CalcTextSize(label.data(), label.data() + label.size()).x);
  }
  return w;
}

// The rows table t of the preview would get, each column as wide as its content.
void PreviewRows(const Compilation& c, TableId t, float height) {
  const Table& table = c.table(t);
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX |
                                ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("preview_rows", static_cast<int>(table.width()), flags, ImVec2(0, height))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  for (const std::string& name : table.columns) ImGui::TableSetupColumn(name.c_str());
  ImGui::TableHeadersRow();
  for (std::size_t r = 0; r < table.rows(); ++r) {
    ImGui::TableNextRow();
    for (std::size_t col = 0; col < table.width(); ++col) {
      ImGui::TableNextColumn();
      Text(c.text(t, r, col));
    }
  }
  ImGui::EndTable();
}

// What the mapping gives: the ASN and their accounts (a tab each), then the findings.
void Preview(AppState& s, PendingImport& p, float rows_h, float findings_h) {
  const FlatFormPreview& pv = p.preview;
  const Compilation& c = pv.comp;
  ImGui::TextUnformatted(trf(s.lang, "views.import.preview", {{"rows", format_count(static_cast<std::int64_t>(c.table(TableId::pegawai).rows()), s.lang)},
                                                            {"records", format_count(static_cast<std::int64_t>(pv.records), s.lang)},
                                                            {"akun", format_count(static_cast<std::int64_t>(c.table(TableId::akun).rows()), s.lang)},
                                                            {"findings", format_count(static_cast<std::int64_t>(pv.findings.size()), s.lang)}}).c_str());
  if (ImGui::BeginTabBar("preview_tables")) {
    for (const TableId t : {TableId::pegawai, TableId::akun}) {
      const std::string label = std::string(spec(t).name) + " (" + format_count(static_cast<std::int64_t>(c.table(t).rows()), s.lang) + ")";
      if (!ImGui::BeginTabItem(label.c_str())) continue;
      PreviewRows(c, t, rows_h);
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
  // Severity beside each message, the message wrapped in its own column.
  const ImGuiTableFlags flags = ImGuiTableFlags_BordersOuter | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY;
  if (ImGui::BeginTable("preview_findings", 2, flags, ImVec2(0, findings_h))) {
    ImGui::TableSetupColumn("##severity", ImGuiTableColumnFlags_WidthFixed, SeverityWidth(s.lang));
    ImGui::TableSetupColumn("##message", ImGuiTableColumnFlags_WidthStretch);
    for (const Finding& f : pv.findings) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      SeverityBadge(s, f.severity);
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", finding_message(f, s.lang).c_str());
    }
    if (pv.findings.empty()) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TableNextColumn();
      ImGui::TextDisabled("%s", T(s, "views.findings.none").c_str());
    }
    ImGui::EndTable();
  }
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
  // The window's height shared out: the columns, the preview rows, its findings; the buttons
  // (and a separator) at the bottom.
  const ImGuiStyle& st = ImGui::GetStyle();
  const float fixed = ImGui::GetTextLineHeightWithSpacing() + ImGui::GetFrameHeightWithSpacing() * 2 + st.ItemSpacing.y * 4;
  const float left = std::max(ImGui::GetContentRegionAvail().y - fixed, ImGui::GetFontSize() * 18);
  MappingTable(s, p, left * 0.42f);
  ImGui::Spacing();
  Preview(s, p, left * 0.33f, left * 0.25f);
  ImGui::Separator();
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
