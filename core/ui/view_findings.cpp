// Findings: grouped by rule, severity or unit with counts (left), the findings of the
// selected group (right, clipped). Selecting a finding jumps to its cell in Tables.
#include <imgui.h>
#include <imgui_internal.h>  // RenderTextEllipsis

#include <algorithm>
#include <map>

#include "registry/finding_message.hpp"
#include "ui/app_state.hpp"
#include "registry/report_format.hpp"
#include "ui/table_rows.hpp"
#include "ui/ui_util.hpp"
#include "ui/views.hpp"

namespace kompilasi::ui {
namespace {

// Group key of a finding under the view's grouping.
int GroupOf(const Workspace& w, const Finding& f, FindingsGroup g) {
  switch (g) {
    case FindingsGroup::rule: return static_cast<int>(f.rule);
    case FindingsGroup::severity: return static_cast<int>(f.severity);
    case FindingsGroup::unit: return f.table_row == kNoRow ? -1 : RowUnit(w, f.table, f.table_row);
  }
  return -1;
}

std::string GroupLabel(const AppState& s, int key, FindingsGroup g) {
  const Workspace& w = *s.workspace;
  switch (g) {
    case FindingsGroup::rule: return std::string(rule_title(static_cast<Rule>(key), s.lang));
    case FindingsGroup::severity: return std::string(severity_label(static_cast<Severity>(key), s.lang));
    case FindingsGroup::unit:
      if (key < 0) return T(s, "views.findings.no_unit");
      return std::string(w.comp.text(TableId::unit, key, col::unit::kode_unit)) + "  " +
             std::string(w.comp.text(TableId::unit, key, col::unit::nama_unit));
  }
  return {};
}

using Group = FindingsViewState::Group;

void Rebuild(const Workspace& w, FindingsViewState& v) {
  const auto& fs = w.validation.findings;
  if (v.built_revision != w.revision || v.built_group != static_cast<int>(v.group) || v.built_severity != v.severity) {
    v.built_revision = w.revision;
    v.built_group = static_cast<int>(v.group);
    v.built_severity = v.severity;
    v.order.clear();
    v.keys.clear();
    for (std::uint32_t i = 0; i < fs.size(); ++i) {
      if (v.severity >= 0 && static_cast<int>(fs[i].severity) != v.severity) continue;
      v.order.push_back(i);
    }
    v.keys.resize(fs.size());
    for (const std::uint32_t i : v.order) v.keys[i] = GroupOf(w, fs[i], v.group);
    std::stable_sort(v.order.begin(), v.order.end(), [&](std::uint32_t a, std::uint32_t b) { return v.keys[a] < v.keys[b]; });
  } else {
    return;
  }
  std::vector<Group>& groups = v.groups;
  groups.clear();
  std::map<int, Group> by;
  for (const std::uint32_t i : v.order) {
    auto [it, fresh] = by.try_emplace(v.keys[i], Group{v.keys[i], 0, static_cast<int>(fs[i].severity)});
    ++it->second.count;
    it->second.worst = std::min(it->second.worst, static_cast<int>(fs[i].severity));
  }
  for (auto& [k, g] : by) groups.push_back(g);
  std::sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
    return a.worst != b.worst ? a.worst < b.worst : a.count != b.count ? a.count > b.count : a.key < b.key;
  });
}

void JumpTo(AppState& s, const Finding& f) {
  if (f.table_row == kNoRow) return;
  const Workspace& w = *s.workspace;
  TableViewState& v = s.tables[index(f.table)];
  const Table& t = w.comp.table(f.table);
  v.search.clear();
  v.filter_unit = -1;
  v.filter_platform = -1;
  v.only_findings = false;
  v.selected_row = static_cast<int>(f.table_row);
  v.selected_col = 0;
  for (std::size_t c = 0; c < t.width(); ++c)
    if (FindingOnColumn(f, t, c)) { v.selected_col = static_cast<int>(c); break; }
  v.scroll_to_selected = true;
  v.editing = false;
  s.tab_request = Tab::tables;
  s.table_request = f.table;
}

}  // namespace

void DrawFindings(AppState& s) {
  const Workspace& w = *s.workspace;
  FindingsViewState& v = s.findings;
  const auto& fs = w.validation.findings;

  // Counts per severity, coloured; clicking one filters. On the text line of the radio buttons.
  ImGui::AlignTextToFramePadding();
  for (int sev = 0; sev < 3; ++sev) {
    ImGui::PushStyleColor(ImGuiCol_Text, SeverityColor(static_cast<Severity>(sev), s.dark));
    const std::string label = std::string(severity_label(static_cast<Severity>(sev), s.lang)) + ": " +
                              format_count(static_cast<std::int64_t>(w.index.by_severity[sev]), s.lang) + "###sev" + std::to_string(sev);
    if (ImGui::Selectable(label.c_str(), v.severity == sev, 0, ImVec2(ImGui::GetFontSize() * 9, 0)))
      v.severity = v.severity == sev ? -1 : sev;
    ImGui::PopStyleColor();
    TestItem(s, "findings.severity." + std::to_string(sev));
    ImGui::SameLine();
  }
  ImGui::TextDisabled("|");
  ImGui::SameLine();
  ImGui::TextUnformatted(T(s, "views.findings.group_by").c_str());
  const char* keys[] = {"views.findings.by_rule", "views.findings.by_severity", "views.findings.by_unit"};
  for (int g = 0; g < 3; ++g) {
    ImGui::SameLine();
    if (ImGui::RadioButton(L(s, keys[g], "group" + std::to_string(g)).c_str(), static_cast<int>(v.group) == g)) {
      v.group = static_cast<FindingsGroup>(g);
      v.selected_group = INT32_MIN;
    }
    TestItem(s, "findings.group." + std::to_string(g));
  }
  if (fs.empty()) {
    ImGui::Spacing();
    ImGui::TextUnformatted(T(s, "views.findings.none").c_str());
    return;
  }

  Rebuild(w, v);
  const std::vector<Group>& groups = v.groups;
  if (v.selected_group == INT32_MIN && !groups.empty()) v.selected_group = groups.front().key;

  const float left = ImGui::GetFontSize() * 20;
  ImGui::BeginChild("groups", ImVec2(left, 0), true);
  for (std::size_t gi = 0; gi < groups.size(); ++gi) {
    const Group& g = groups[gi];
    ImGui::PushID(g.key);
    ImGui::PushStyleColor(ImGuiCol_Text, SeverityColor(static_cast<Severity>(g.worst), s.dark));
    ImGui::Bullet();
    ImGui::PopStyleColor();
    ImGui::SameLine();
    const std::string label = GroupLabel(s, g.key, v.group);
    if (ImGui::Selectable(label.c_str(), v.selected_group == g.key)) v.selected_group = g.key;
    TestItem(s, "findings.group_item." + std::to_string(gi));
    if (v.group == FindingsGroup::rule) Tooltip(std::string(rule_help(static_cast<Rule>(g.key), s.lang)).c_str());
    ImGui::SameLine(left - ImGui::GetFontSize() * 4.5f);
    TextRight(format_count(static_cast<std::int64_t>(g.count), s.lang), true);
    ImGui::PopID();
  }
  ImGui::EndChild();
  ImGui::SameLine();

  // The selected group's findings: a contiguous run of v.order.
  const auto lo = std::lower_bound(v.order.begin(), v.order.end(), v.selected_group,
                                   [&](std::uint32_t i, int key) { return v.keys[i] < key; });
  const auto hi = std::upper_bound(lo, v.order.end(), v.selected_group, [&](int key, std::uint32_t i) { return key < v.keys[i]; });
  const int n = static_cast<int>(hi - lo);
  ImGui::BeginChild("list", ImVec2(0, 0), false);
  if (v.group == FindingsGroup::rule && v.selected_group >= 0 && v.selected_group < static_cast<int>(kRuleCount)) {
    Heading(std::string(rule_title(static_cast<Rule>(v.selected_group), s.lang)).c_str());
    ImGui::TextWrapped("%s", std::string(rule_help(static_cast<Rule>(v.selected_group), s.lang)).c_str());
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                                ImGuiTableFlags_BordersV | ImGuiTableFlags_Resizable;
  if (ImGui::BeginTable("findings", 5, flags)) {
    TestItem(s, "findings.list");
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(T(s, "views.findings.col.severity").c_str(), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 5);
    ImGui::TableSetupColumn(T(s, "views.findings.col.table").c_str(), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 5.5f);
    ImGui::TableSetupColumn(T(s, "views.findings.col.row").c_str(), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 4);
    ImGui::TableSetupColumn(T(s, "views.findings.col.column").c_str(), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 7);
    ImGui::TableSetupColumn(T(s, "views.findings.col.message").c_str(), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(n);
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const std::uint32_t k = *(lo + i);
        const Finding& f = fs[k];
        ImGui::TableNextRow();
        ImGui::PushID(static_cast<int>(k));
        ImGui::TableNextColumn();
        if (ImGui::Selectable("##pick", v.selected == static_cast<int>(k), ImGuiSelectableFlags_SpanAllColumns)) {
          v.selected = static_cast<int>(k);
          JumpTo(s, f);
        }
        if (i < 30) TestItem(s, "findings.item." + std::to_string(i));
        ImGui::SameLine();
        SeverityBadge(s, f.severity);
        ImGui::TableNextColumn();
        Text(spec(f.table).name);
        ImGui::TableNextColumn();
        if (f.row) TextRight(std::to_string(f.row));
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(f.column().data(), f.column().data() + f.column().size());
        ImGui::TableNextColumn();
        const std::string msg = finding_message(f, s.lang);
        {  // one line, cut with an ellipsis at the column's edge (the tooltip has it whole)
          const ImVec2 at = ImGui::GetCursorScreenPos();
          const ImVec2 size(ImGui::GetContentRegionAvail().x, ImGui::GetTextLineHeight());
          ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), at, ImVec2(at.x + size.x, at.y + size.y), at.x + size.x,
                                    at.x + size.x, msg.c_str(), msg.c_str() + msg.size(), nullptr);
          ImGui::Dummy(size);
        }
        if (ImGui::IsItemHovered()) {
          ImGui::BeginTooltip();
          ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32);
          ImGui::TextUnformatted(msg.c_str());
          if (!f.source().empty()) ImGui::TextDisabled("%s", trf(s.lang, "views.findings.source", {{"source", f.source()}}).c_str());
          ImGui::PopTextWrapPos();
          ImGui::EndTooltip();
        }
        ImGui::PopID();
      }
    }
    ImGui::EndTable();
  }
  ImGui::EndChild();
}

}  // namespace kompilasi::ui
