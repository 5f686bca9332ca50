// Dashboard: headline figures (ASN, cakupan, total pengikut, influencers, kelengkapan),
// coverage per unit (sorted bars; click a unit to look inside it), per platform, the
// followers distribution and campaign compliance, for the instansi or one unit.
#include <imgui.h>

#include <algorithm>

#include "registry/normalize.hpp"
#include "ui/app_state.hpp"
#include "ui/charts.hpp"
#include "registry/report_format.hpp"
#include "ui/ui_util.hpp"
#include "ui/views.hpp"

namespace kompilasi::ui {
namespace {

std::string UnitName(const Workspace& w, std::size_t u) {
  const auto row = w.metrics.units[u].unit_row;
  const std::string_view name = w.comp.text(TableId::unit, row, col::unit::nama_unit);
  return std::string(name.empty() ? w.comp.text(TableId::unit, row, col::unit::kode_unit) : name);
}

void UnitPicker(AppState& s) {
  const Workspace& w = *s.workspace;
  const auto& units = w.metrics.units;
  int& sel = s.dashboard.unit;
  if (sel >= static_cast<int>(units.size())) sel = -1;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(T(s, "views.dashboard.for").c_str());
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 22);
  const std::string current = sel < 0 ? T(s, "views.dashboard.whole") : UnitName(w, static_cast<std::size_t>(sel));
  if (ImGui::BeginCombo("##dash_unit", current.c_str())) {
    if (ImGui::Selectable(T(s, "views.dashboard.whole").c_str(), sel < 0)) sel = -1;
    for (std::size_t u = 0; u < units.size(); ++u) {
      ImGui::PushID(static_cast<int>(u));
      // Indented by depth in the unit tree.
      int depth = 0;
      for (int p = units[u].parent; p >= 0 && depth < 8; p = units[static_cast<std::size_t>(p)].parent) ++depth;
      const std::string label = std::string(static_cast<std::size_t>(depth) * 3, ' ') + UnitName(w, u);
      if (ImGui::Selectable(label.c_str(), sel == static_cast<int>(u))) sel = static_cast<int>(u);
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  TestItem(s, "dashboard.unit");
  if (sel >= 0) {
    ImGui::SameLine();
    if (ImGui::Button(L(s, "views.dashboard.up", "dash_up").c_str())) sel = units[static_cast<std::size_t>(sel)].parent;
  }
}

void Cards(AppState& s, const Figures& f) {
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float w = (ImGui::GetContentRegionAvail().x - gap * 4) / 5;
  const Lang l = s.lang;
  Card("asn", T(s, "views.dashboard.asn").c_str(), format_count(f.jumlah_asn, l),
       trf(l, "views.dashboard.asn_sub", {{"n", format_count(f.asn_berakun, l)}}), w);
  ImGui::SameLine();
  Card("cakupan", T(s, "views.dashboard.cakupan").c_str(), format_percent(f.cakupan, l), T(s, "views.dashboard.cakupan_sub"), w);
  ImGui::SameLine();
  Card("pengikut", T(s, "views.dashboard.pengikut").c_str(), format_count(f.total_pengikut, l),
       trf(l, "views.dashboard.pengikut_sub", {{"median", f.median_pengikut ? format_count(static_cast<std::int64_t>(*f.median_pengikut), l) : "\xE2\x80\x93"}}), w);
  ImGui::SameLine();
  Card("influencer", T(s, "views.dashboard.influencer").c_str(), format_count(f.asn_influencer, l),
       trf(l, "views.dashboard.influencer_sub", {{"n", format_count(s.workspace->metrics.settings.influencer, l)}}), w);
  ImGui::SameLine();
  Card("kelengkapan", T(s, "views.dashboard.kelengkapan").c_str(), format_percent(f.kelengkapan, l), T(s, "views.dashboard.kelengkapan_sub"), w);
}

void UnitCoverage(AppState& s) {
  const Workspace& w = *s.workspace;
  const auto& units = w.metrics.units;
  const int parent = s.dashboard.unit;
  std::vector<std::size_t> list;
  for (std::size_t u = 0; u < units.size(); ++u)
    if (units[u].parent == parent && units[u].jumlah_asn > 0) list.push_back(u);
  std::sort(list.begin(), list.end(), [&](std::size_t a, std::size_t b) {
    return units[a].cakupan.value_or(-1) > units[b].cakupan.value_or(-1);
  });
  std::vector<Bar> bars;
  for (const std::size_t u : list) {
    const UnitMetrics& m = units[u];
    bars.push_back({UnitName(w, u), m.cakupan.value_or(0), format_percent(m.cakupan, s.lang),
                    trf(s.lang, "views.dashboard.unit_tip", {{"berakun", format_count(m.asn_berakun, s.lang)}, {"asn", format_count(m.jumlah_asn, s.lang)},
                                                             {"rank", m.peringkat_cakupan ? std::to_string(*m.peringkat_cakupan) : "\xE2\x80\x93"}})});
  }
  Heading(T(s, "views.dashboard.per_unit").c_str());
  if (bars.empty()) {
    ImGui::TextDisabled("%s", T(s, "views.dashboard.no_subunits").c_str());
    return;
  }
  // Unit names are long ("Dinas Pemberdayaan Perempuan, …"): 45 % of the width (at least 14 em) for them.
  const float label_w = std::max(ImGui::GetFontSize() * 14, ImGui::GetContentRegionAvail().x * 0.45f);
  const int clicked = HBarChart("units", bars, 1.0, AccentColor(s.dark), label_w);
  TestItem(s, "dashboard.units");
  if (clicked >= 0) {
    const std::size_t u = list[static_cast<std::size_t>(clicked)];
    const bool has_children = std::any_of(units.begin(), units.end(), [&](const UnitMetrics& m) { return m.parent == static_cast<int>(u); });
    if (has_children) s.dashboard.unit = static_cast<int>(u);
  }
}

void Platforms(AppState& s) {
  const Workspace& w = *s.workspace;
  Heading(T(s, "views.dashboard.per_platform").c_str());
  std::vector<Bar> bars;
  for (const PlatformMetrics& p : w.metrics.platforms)
    bars.push_back({std::string(platform_name(p.platform)), p.cakupan.value_or(0), format_percent(p.cakupan, s.lang),
                    trf(s.lang, "views.dashboard.platform_tip", {{"berakun", format_count(p.asn_berakun, s.lang)},
                                                                 {"pengikut", format_count(p.total_pengikut, s.lang)}})});
  std::stable_sort(bars.begin(), bars.end(), [](const Bar& a, const Bar& b) { return a.value > b.value; });
  HBarChart("platforms", bars, 1.0, AccentColor2(s.dark), ImGui::GetFontSize() * 7);
}

void Distribution(AppState& s) {
  const Workspace& w = *s.workspace;
  Heading(T(s, "views.dashboard.distribution").c_str());
  const char* labels[] = {"0–99", "100–499", "500–999", "1rb–9,9rb", "10rb+"};
  const char* labels_en[] = {"0–99", "100–499", "500–999", "1k–9.9k", "10k+"};
  std::vector<Bar> bars;
  double max = 0;
  for (std::size_t i = 0; i < w.metrics.sebaran_pengikut.size(); ++i) {
    const auto n = w.metrics.sebaran_pengikut[i];
    bars.push_back({s.lang == Lang::id ? labels[i] : labels_en[i], static_cast<double>(n), format_count(n, s.lang), ""});
    max = std::max(max, static_cast<double>(n));
  }
  ColumnChart("dist", bars, max, AccentColor(s.dark), ImGui::GetFontSize() * 8);
  if (w.metrics.akun_pengikut_tidak_diketahui)
    ImGui::TextDisabled("%s", trf(s.lang, "views.dashboard.unknown_followers", {{"n", format_count(w.metrics.akun_pengikut_tidak_diketahui, s.lang)}}).c_str());
}

void Compliance(AppState& s) {
  const Workspace& w = *s.workspace;
  const int u = s.dashboard.unit;
  Heading(T(s, "views.dashboard.compliance").c_str());
  std::vector<Bar> bars;
  for (std::size_t k = 0; k < w.metrics.konten.size(); ++k) {
    const KontenMetrics& km = w.metrics.konten[k];
    std::optional<double> ratio = km.kepatuhan;
    if (u >= 0) {
      if (!w.metrics.targets(k, static_cast<std::size_t>(u))) continue;
      ratio = w.metrics.kepatuhan_unit(k, static_cast<std::size_t>(u));
    }
    const std::string title = std::string(w.comp.text(TableId::konten, km.konten_row, col::konten::judul));
    bars.push_back({title, ratio.value_or(0), format_percent(ratio, s.lang),
                    trf(s.lang, "views.dashboard.konten_tip", {{"pelapor", format_count(km.pelapor, s.lang)}, {"sasaran", format_count(km.sasaran_asn, s.lang)}})});
  }
  if (bars.empty()) {
    ImGui::TextDisabled("%s", T(s, "views.dashboard.no_konten").c_str());
    return;
  }
  HBarChart("konten", bars, 1.0, AccentColor2(s.dark), ImGui::GetFontSize() * 14);
}

}  // namespace

void DrawDashboard(AppState& s) {
  const Workspace& w = *s.workspace;
  UnitPicker(s);
  const int u = s.dashboard.unit;
  const Figures& f = u >= 0 ? static_cast<const Figures&>(w.metrics.units[static_cast<std::size_t>(u)])
                            : static_cast<const Figures&>(w.metrics.instansi);
  ImGui::Spacing();
  Cards(s, f);
  TestItem(s, "dashboard.cards");
  ImGui::Spacing();
  ImGui::BeginChild("dash_body", ImVec2(0, 0), false);
  const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  ImGui::BeginChild("dash_left", ImVec2(half, 0), false);
  UnitCoverage(s);
  ImGui::Spacing();
  Compliance(s);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("dash_right", ImVec2(0, 0), false);
  Platforms(s);
  ImGui::Spacing();
  if (u < 0) Distribution(s);
  ImGui::EndChild();
  ImGui::EndChild();
}

}  // namespace kompilasi::ui
