// Campaigns: per content item its figures, compliance per targeted unit, and the ASN who
// have not reported yet, exportable as a CSV for the unit admin.
#include <imgui.h>

#include <algorithm>

#include "registry/normalize.hpp"
#include "ui/app_state.hpp"
#include "ui/charts.hpp"
#include "registry/report_format.hpp"
#include "ui/ui_util.hpp"
#include "ui/views.hpp"

namespace kompilasi::ui {

void DrawCampaigns(AppState& s) {
  const Workspace& w = *s.workspace;
  const Metrics& m = w.metrics;
  const Compilation& c = w.comp;
  if (m.konten.empty()) {
    ImGui::TextUnformatted(T(s, "views.dashboard.no_konten").c_str());
    return;
  }
  int& k = s.campaign.konten;
  if (k < 0 || k >= static_cast<int>(m.konten.size())) k = 0;

  ImGui::BeginChild("konten_list", ImVec2(ImGui::GetFontSize() * 20, 0), true);
  for (std::size_t i = 0; i < m.konten.size(); ++i) {
    const KontenMetrics& km = m.konten[i];
    ImGui::PushID(static_cast<int>(i));
    const std::string title = std::string(c.text(TableId::konten, km.konten_row, col::konten::judul));
    if (ImGui::Selectable(title.c_str(), k == static_cast<int>(i))) k = static_cast<int>(i);
    TestItem(s, "campaigns.item." + std::to_string(i));
    ImGui::TextDisabled("%s  \xC2\xB7  %s", std::string(platform_name(km.platform)).c_str(), format_percent(km.kepatuhan, s.lang).c_str());
    ImGui::PopID();
  }
  ImGui::EndChild();
  ImGui::SameLine();

  const KontenMetrics& km = m.konten[static_cast<std::size_t>(k)];
  ImGui::BeginChild("konten_detail", ImVec2(0, 0), false);
  Heading(std::string(c.text(TableId::konten, km.konten_row, col::konten::judul)).c_str());
  ImGui::TextDisabled("%s", trf(s.lang, "views.campaign.sub", {{"id", c.text(TableId::konten, km.konten_row, col::konten::id_konten)},
                                                              {"platform", platform_name(km.platform)},
                                                              {"terbit", format_long_date(c.text(TableId::konten, km.konten_row, col::konten::tanggal_terbit), s.lang)},
                                                              {"batas", format_long_date(c.text(TableId::konten, km.konten_row, col::konten::batas_lapor), s.lang)}}).c_str());
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float cw = (ImGui::GetContentRegionAvail().x - gap * 3) / 4;
  Card("kepatuhan", T(s, "views.campaign.kepatuhan").c_str(), format_percent(km.kepatuhan, s.lang),
       trf(s.lang, "views.dashboard.konten_tip", {{"pelapor", format_count(km.pelapor, s.lang)}, {"sasaran", format_count(km.sasaran_asn, s.lang)}}), cw);
  ImGui::SameLine();
  Card("jangkauan", T(s, "views.campaign.jangkauan").c_str(), format_count(km.jangkauan, s.lang), T(s, "views.campaign.jangkauan_sub"), cw);
  ImGui::SameLine();
  Card("tepat", T(s, "views.campaign.tepat_waktu").c_str(), km.tepat_waktu ? format_count(*km.tepat_waktu, s.lang) : "\xE2\x80\x93",
       T(s, "views.campaign.tepat_waktu_sub"), cw);
  ImGui::SameLine();
  Card("luar", T(s, "views.campaign.luar").c_str(), format_count(km.pelapor_luar_sasaran, s.lang), T(s, "views.campaign.luar_sub"), cw);

  // Compliance per targeted unit, worst first (who to remind).
  const float half = (ImGui::GetContentRegionAvail().x - gap) * 0.5f;
  ImGui::BeginChild("per_unit", ImVec2(half, 0), false);
  Heading(T(s, "views.campaign.per_unit").c_str());
  CampaignState& cs = s.campaign;
  if (cs.built_revision != w.revision || cs.built_konten != k) {
    cs.built_revision = w.revision;
    cs.built_konten = k;
    cs.units.clear();
    for (std::size_t u = 0; u < m.units.size(); ++u)
      if (m.targets(static_cast<std::size_t>(k), u) && m.units[u].parent < 0 && m.units[u].jumlah_asn > 0) cs.units.push_back(u);
    std::stable_sort(cs.units.begin(), cs.units.end(), [&](std::size_t a, std::size_t b) {
      return m.kepatuhan_unit(static_cast<std::size_t>(k), a).value_or(2) < m.kepatuhan_unit(static_cast<std::size_t>(k), b).value_or(2);
    });
    cs.belum = belum_lapor(m, static_cast<std::size_t>(k));
  }
  const std::vector<std::size_t>& units = cs.units;
  std::vector<Bar> bars;
  for (const std::size_t u : units) {
    const auto r = m.kepatuhan_unit(static_cast<std::size_t>(k), u);
    const std::string_view name = c.text(TableId::unit, m.units[u].unit_row, col::unit::nama_unit);
    bars.push_back({std::string(name), r.value_or(0), format_percent(r, s.lang),
                    trf(s.lang, "views.dashboard.konten_tip", {{"pelapor", format_count(m.konten_unit_pelapor[static_cast<std::size_t>(k) * m.units.size() + u], s.lang)},
                                                               {"sasaran", format_count(m.units[u].jumlah_asn, s.lang)}})});
  }
  HBarChart("konten_units", bars, 1.0, AccentColor2(s.dark), std::max(ImGui::GetFontSize() * 12, ImGui::GetContentRegionAvail().x * 0.45f));
  ImGui::EndChild();
  ImGui::SameLine();

  ImGui::BeginChild("belum", ImVec2(0, 0), false);
  const std::vector<std::uint32_t>& rows = cs.belum;
  Heading(trf(s.lang, "views.campaign.belum", {{"n", format_count(static_cast<std::int64_t>(rows.size()), s.lang)}}).c_str());
  if (ImGui::Button(L(s, "views.campaign.export", "export_belum").c_str())) s.Push(Export{ExportFormat::belum_lapor_csv, k});
  TestItem(s, "campaigns.export");
  const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_Resizable;
  if (ImGui::BeginTable("belum_table", 3, flags)) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("nip");
    ImGui::TableSetupColumn("nama");
    ImGui::TableSetupColumn("kode_unit");
    ImGui::TableHeadersRow();
    ImGuiListClipper clip;
    clip.Begin(static_cast<int>(rows.size()));
    while (clip.Step())
      for (int i = clip.DisplayStart; i < clip.DisplayEnd; ++i) {
        const std::uint32_t r = rows[static_cast<std::size_t>(i)];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        Text(c.text(TableId::pegawai, r, col::pegawai::nip));
        ImGui::TableNextColumn();
        Text(c.text(TableId::pegawai, r, col::pegawai::nama));
        ImGui::TableNextColumn();
        Text(c.text(TableId::pegawai, r, col::pegawai::kode_unit));
      }
    ImGui::EndTable();
  }
  ImGui::EndChild();
  ImGui::EndChild();
}

}  // namespace kompilasi::ui
