// Tables: one sub-tab per table; sort by any column, search, filter by unit, platform and
// "rows with findings"; select a cell, edit it (Enter or double-click) with the column's
// reading shown as you type; add and delete rows; apply a suggested fix to the row or to
// every row that has one. Rows come from TableViewState::rows (table_rows.hpp) through
// ImGuiListClipper, so only the visible rows are drawn.
#include <imgui.h>
#include <imgui_internal.h>  // TableSetColumnWidth: a refit of the columns

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>

#include "registry/finding_message.hpp"
#include "registry/normalize.hpp"
#include "ui/app_state.hpp"
#include "ui/fixes.hpp"
#include "ui/shortcuts.hpp"
#include "registry/report_format.hpp"
#include "ui/table_rows.hpp"
#include "ui/ui_util.hpp"
#include "ui/views.hpp"

namespace kompilasi::ui {
namespace {

constexpr std::size_t kMaxShown = 120;  // bytes of a cell shown in the grid at most
constexpr float kMaxColumnEm = 24;      // a column fitted to its content is at most this wide…
constexpr std::size_t kFitRows = 60;    // …measured on the header and this many rows shown first
constexpr std::size_t kDetailLines = 8;  // under the grid at most
// Per frame at most, for rebuilding the rows on screen and for finding rows with a fix.
constexpr double kRowsBudgetMs = 8.0;
constexpr double kFixBudgetMs = 4.0;

std::string_view Cell(const Workspace& w, TableId t, std::size_t r, std::size_t c) {
  return w.comp.pool.view(w.comp.table(t).id_at(r, c));
}

// The first kMaxShown bytes of a cell, not cutting a UTF-8 character in two.
std::string_view Shown(std::string_view text) {
  if (text.size() <= kMaxShown) return text;
  std::size_t n = kMaxShown;
  while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  return text.substr(0, n);
}

// The worst severity of the findings on one cell, or -1.
int CellSeverity(const Workspace& w, TableId t, std::size_t r, std::size_t c) {
  int worst = -1;
  for (const std::uint32_t k : w.index.Row(t, r)) {
    const Finding& f = w.validation.findings[k];
    if (!FindingOnColumn(f, w.comp.table(t), c)) continue;
    if (worst < 0 || static_cast<int>(f.severity) < worst) worst = static_cast<int>(f.severity);
  }
  return worst;
}

void Toolbar(AppState& s, TableId t, TableViewState& v) {
  const Workspace& w = *s.workspace;
  if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) && Pressed(Action::search) >= 0)
    ImGui::SetKeyboardFocusHere();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
  InputStringHint("##search", T(s, "views.tables.search").c_str(), v.search);
  TestItem(s, "tables.search");
  const float unit_width = ImGui::GetFontSize() * 14, platform_width = ImGui::GetFontSize() * 9,
              progress_width = ImGui::GetFontSize() * 8;
  SameLineIfFits(unit_width);
  // Unit filter.
  const Table& units = w.comp.table(TableId::unit);
  std::string unit_label = v.filter_unit >= 0 && static_cast<std::size_t>(v.filter_unit) < units.rows()
                               ? std::string(Cell(w, TableId::unit, v.filter_unit, col::unit::nama_unit))
                               : T(s, "views.filter.all_units");
  ImGui::SetNextItemWidth(unit_width);
  if (ImGui::BeginCombo("##unit", unit_label.c_str())) {
    if (ImGui::Selectable(T(s, "views.filter.all_units").c_str(), v.filter_unit < 0)) v.filter_unit = -1;
    for (std::size_t u = 0; u < units.rows(); ++u) {
      ImGui::PushID(static_cast<int>(u));
      const std::string label = std::string(Cell(w, TableId::unit, u, col::unit::kode_unit)) + "  " +
                                std::string(Cell(w, TableId::unit, u, col::unit::nama_unit));
      if (ImGui::Selectable(label.c_str(), v.filter_unit == static_cast<int>(u))) v.filter_unit = static_cast<int>(u);
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  TestItem(s, "tables.filter_unit");
  if (TableHasPlatform(t)) {
    SameLineIfFits(platform_width);
    ImGui::SetNextItemWidth(platform_width);
    const std::string plabel = v.filter_platform >= 0 ? std::string(platform_name(static_cast<kompilasi::Platform>(v.filter_platform)))
                                                      : T(s, "views.filter.all_platforms");
    if (ImGui::BeginCombo("##platform", plabel.c_str())) {
      if (ImGui::Selectable(T(s, "views.filter.all_platforms").c_str(), v.filter_platform < 0)) v.filter_platform = -1;
      for (int p = 0; p < kPlatformCount; ++p)
        if (ImGui::Selectable(std::string(platform_name(static_cast<kompilasi::Platform>(p))).c_str(), v.filter_platform == p))
          v.filter_platform = p;
      ImGui::EndCombo();
    }
  }
  const std::string only = T(s, "views.filter.only_findings");
  SameLineIfFits(CheckboxWidth(only.c_str()));
  ImGui::Checkbox(only.c_str(), &v.only_findings);
  TestItem(s, "tables.only_findings");
  const std::string add = L(s, "views.tables.add_row", "add_row");
  SameLineIfFits(ButtonWidth(add.c_str()));
  if (ImGui::Button(add.c_str())) s.Push(AddRow{t});
  TestItem(s, "tables.add_row");
  const std::string del = L(s, "views.tables.delete_row", "delete_row");
  SameLineIfFits(ButtonWidth(del.c_str()));
  ImGui::BeginDisabled(v.selected_row < 0);
  if (ImGui::Button(del.c_str()))
    s.Push(DeleteRows{t, {static_cast<std::uint32_t>(v.selected_row)}});
  TestItem(s, "tables.delete_row");
  ImGui::EndDisabled();
  const std::string count = trf(s.lang, "views.tables.count", {{"shown", format_count(static_cast<std::int64_t>(v.shown.rows.size()), s.lang)},
                                                               {"total", format_count(static_cast<std::int64_t>(w.comp.table(t).rows()), s.lang)}});
  SameLineIfFits(TextWidth(count.c_str()));
  ImGui::TextDisabled("%s", count.c_str());
  if (v.job.Active()) {
    SameLineIfFits(progress_width);
    ImGui::ProgressBar(static_cast<float>(v.job.Progress()), ImVec2(progress_width, 0), T(s, "jobs.rows.building").c_str());
    TestItem(s, "tables.rows_progress");
  }
}

// Where row r is in the rows on screen, or -1 (a scan: only on a key press or a scroll request).
std::ptrdiff_t Position(const TableViewState& v, int r) {
  const auto it = std::find(v.shown.rows.begin(), v.shown.rows.end(), static_cast<std::uint32_t>(r));
  return it == v.shown.rows.end() ? -1 : it - v.shown.rows.begin();
}

void StartEdit(const Workspace& w, TableId t, TableViewState& v) {
  if (v.selected_row < 0 || v.selected_col < 0) return;
  v.editing = true;
  v.edit_focus = true;
  v.edit_text = std::string(Cell(w, t, v.selected_row, v.selected_col));
}

void Keys(AppState& s, TableId t, TableViewState& v) {
  if (v.editing || v.selected_row < 0 || ImGui::GetIO().WantTextInput) return;
  if (!ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows)) return;
  const Workspace& w = *s.workspace;
  const std::vector<std::uint32_t>& rows = v.shown.rows;
  const int width = static_cast<int>(w.comp.table(t).width());
  const bool down = KeyPressed(ImGuiKey_DownArrow), up = !down && KeyPressed(ImGuiKey_UpArrow);
  const std::ptrdiff_t pos = down || up ? Position(v, v.selected_row) : -1;
  if (Pressed(Action::edit) >= 0) StartEdit(w, t, v);
  else if (Pressed(Action::delete_row) >= 0) s.Push(DeleteRows{t, {static_cast<std::uint32_t>(v.selected_row)}});
  else if (down && pos >= 0 && pos + 1 < static_cast<std::ptrdiff_t>(rows.size())) {
    v.selected_row = static_cast<int>(rows[static_cast<std::size_t>(pos) + 1]);
    v.scroll_to_selected = true;
  } else if (up && pos > 0) {
    v.selected_row = static_cast<int>(rows[static_cast<std::size_t>(pos) - 1]);
    v.scroll_to_selected = true;
  } else if (KeyPressed(ImGuiKey_RightArrow) && v.selected_col + 1 < width) ++v.selected_col;
  else if (KeyPressed(ImGuiKey_LeftArrow) && v.selected_col > 0) --v.selected_col;
}

// Each column as wide as its header and the widest of the first rows shown (at most
// kMaxColumnEm), then the width left over shared out, first to the columns held at the
// maximum, so that the grid fills the window; a column the user gave a width keeps it.
// `avail`: the grid's width beside its vertical scroll bar (when the rows need one).
void FitColumns(AppState& s, TableId t, TableViewState& v, float avail) {
  const Workspace& w = *s.workspace;
  const Table& table = w.comp.table(t);
  if (v.user_width.size() != table.width() + 1) v.user_width.assign(table.width() + 1, 0);  // a new shape
  if (v.widths.size() == table.width() + 1 && v.widths_revision == v.shown.revision && v.widths_for == avail) return;
  const std::vector<float> kept = v.widths;
  v.widths_revision = v.shown.revision;
  v.widths_for = avail;
  v.widths_apply = true;
  const ImGuiStyle& st = ImGui::GetStyle();
  const float em = ImGui::GetFontSize(), lo = em * 3, hi = em * kMaxColumnEm;
  const std::size_t n = std::min<std::size_t>(v.shown.rows.size(), kFitRows);
  const std::size_t cols = table.width();
  std::vector<float> natural(cols + 1, 0);
  natural[0] = ImGui::CalcTextSize(std::to_string(std::max<std::size_t>(table.rows(), 999)).c_str()).x;
  for (std::size_t c = 0; c < cols; ++c) {
    natural[c + 1] = ImGui::CalcTextSize((table.columns[c] + " *").c_str()).x + em;  // and the sort arrow
    for (std::size_t i = 0; i < n; ++i) {
      const std::string_view text = Cell(w, t, v.shown.rows[i], c);
      const std::string_view cut = Shown(text);
      natural[c + 1] = std::max(natural[c + 1], ImGui::CalcTextSize(cut.data(), cut.data() + cut.size()).x);
    }
  }
  v.widths.assign(cols + 1, 0);
  float used = 0;
  for (std::size_t c = 0; c <= cols; ++c) {
    if (v.user_width[c] && c < kept.size()) natural[c] = kept[c];  // neither cut nor given a share
    v.widths[c] = c == 0 || v.user_width[c] ? natural[c] : std::clamp(natural[c], lo, hi);
    used += v.widths[c] + st.CellPadding.x * 2 + 1;  // padding and border of each column
  }
  float spare = avail - used - em * 0.5f;
  float cut = 0;  // what the columns held at the maximum lack
  for (std::size_t c = 1; c <= cols; ++c) cut += natural[c] - v.widths[c];
  if (spare > 0 && cut > 0) {
    const float share = std::min(1.0f, spare / cut);
    for (std::size_t c = 1; c <= cols; ++c) v.widths[c] += (natural[c] - v.widths[c]) * share;
    spare -= std::min(spare, cut);
  }
  float data = 0;
  for (std::size_t c = 1; c <= cols; ++c) data += v.user_width[c] ? 0 : v.widths[c];
  if (spare > 0 && data > 0)
    for (std::size_t c = 1; c <= cols; ++c)
      if (!v.user_width[c]) v.widths[c] += spare * v.widths[c] / data;
}

void Grid(AppState& s, TableId t, TableViewState& v, float height) {
  const Workspace& w = *s.workspace;
  const Table& table = w.comp.table(t);
  const int width = static_cast<int>(table.width());
  const float row_h = ImGui::GetTextLineHeight() + ImGui::GetStyle().CellPadding.y * 2;
  const bool scrolls = static_cast<float>(v.shown.rows.size() + 1) * row_h > height;
  FitColumns(s, t, v, ImGui::GetContentRegionAvail().x - (scrolls ? ImGui::GetStyle().ScrollbarSize : 0));
  const ImGuiTableFlags flags = ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersV | ImGuiTableFlags_Resizable |
                                ImGuiTableFlags_Sortable | ImGuiTableFlags_SortTristate | ImGuiTableFlags_Hideable;
  if (!ImGui::BeginTable("grid", width + 1, flags, ImVec2(0, height))) return;
  TestItem(s, "tables.grid");
  ImGui::TableSetupScrollFreeze(1, 1);
  ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoHide, v.widths[0]);
  for (int c = 0; c < width; ++c) {
    const bool required = static_cast<std::size_t>(c) < spec(t).columns.size() && spec(t).columns[c].required;
    const std::string name = table.columns[static_cast<std::size_t>(c)] + (required ? " *" : "");
    ImGui::TableSetupColumn(name.c_str(), ImGuiTableColumnFlags_WidthFixed, v.widths[static_cast<std::size_t>(c) + 1]);
  }
  // A column whose border the user drags (ImGui applied it in BeginTable): its width is theirs.
  if (const ImGuiTable* grid = ImGui::GetCurrentTable(); grid->LastResizedColumn >= 0) {
    const auto c = static_cast<std::size_t>(grid->LastResizedColumn);
    v.user_width[c] = 1;
    v.widths[c] = grid->Columns[grid->LastResizedColumn].WidthRequest;
  }
  if (v.widths_apply) {  // the widths are the table's from its first frame on: a refit is set
    for (int c = 0; c <= width; ++c) ImGui::TableSetColumnWidth(c, v.widths[static_cast<std::size_t>(c)]);
    v.widths_apply = false;
  }
  // The header row by hand (as TableHeadersRow does) so that each header has a test rectangle.
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  for (int c = 0; c <= width; ++c) {
    if (!ImGui::TableSetColumnIndex(c)) continue;
    ImGui::PushID(c);
    ImGui::TableHeader(ImGui::TableGetColumnName(c));
    ImGui::PopID();
    if (c > 0 && c <= 8) TestItem(s, "tables.header." + std::to_string(c - 1));
  }
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
    if (specs->SpecsCount > 0 && specs->Specs[0].ColumnIndex > 0) {
      v.sort_column = specs->Specs[0].ColumnIndex - 1;
      v.sort_desc = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
    } else {
      v.sort_column = -1;
    }
    specs->SpecsDirty = false;  // the rows follow from the next frame's UpdateRows
  }

  const std::vector<std::uint32_t>& rows = v.shown.rows;
  if (v.scroll_to_selected) {
    if (const std::ptrdiff_t pos = Position(v, v.selected_row); pos >= 0) {
      const float y = static_cast<float>(pos) * row_h;
      const float top = ImGui::GetScrollY(), visible = height - row_h * 2;
      if (y < top || y > top + visible) ImGui::SetScrollY(std::max(0.0f, y - visible * 0.4f));
    }
    v.scroll_to_selected = false;
  }
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows.size()), row_h);
  char buf[kMaxShown + 4];
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const std::uint32_t r = rows[static_cast<std::size_t>(i)];
      ImGui::TableNextRow(ImGuiTableRowFlags_None, row_h);
      ImGui::PushID(static_cast<int>(r));
      ImGui::TableNextColumn();
      const std::int8_t worst = w.index.worst[index(t)][r];
      if (worst != FindingIndex::kNone) ImGui::PushStyleColor(ImGuiCol_Text, SeverityColor(static_cast<Severity>(worst), s.dark));
      const std::uint32_t shown = r < table.source_row.size() && table.source_row[r] ? table.source_row[r] : r + 1;
      TextRight(std::string_view(buf, static_cast<std::size_t>(std::snprintf(buf, sizeof buf, "%u", shown))));
      if (worst != FindingIndex::kNone) ImGui::PopStyleColor();
      for (int c = 0; c < width; ++c) {
        ImGui::TableNextColumn();
        ImGui::PushID(c);
        const bool selected = v.selected_row == static_cast<int>(r) && v.selected_col == c;
        const int sev = CellSeverity(w, t, r, static_cast<std::size_t>(c));
        if (sev >= 0) {
          ImVec4 col = SeverityColor(static_cast<Severity>(sev), s.dark);
          col.w = 0.22f;
          ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, ImGui::GetColorU32(col));
        }
        if (selected && v.editing) {
          ImGui::SetNextItemWidth(-FLT_MIN);
          if (v.edit_focus) ImGui::SetKeyboardFocusHere();
          const CellCheck check = CheckCell(t, c, v.edit_text);
          const bool bad = check.kind == CellCheck::unreadable || check.kind == CellCheck::required_empty;
          if (bad) ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(0.9f, 0.3f, 0.3f, 0.35f));
          const bool enter = InputString("##edit", v.edit_text, ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
          if (bad) ImGui::PopStyleColor();
          if (ImGui::IsItemActive()) v.edit_focus = false;
          TestItem(s, "tables.edit");
          if (enter || ImGui::IsItemDeactivatedAfterEdit()) {
            s.Push(EditCell{t, r, static_cast<std::uint16_t>(c), v.edit_text});
            v.editing = false;
          } else if (!v.edit_focus && !ImGui::IsItemActive()) {
            v.editing = false;
          }
        } else {
          const std::string_view text = Cell(w, t, r, static_cast<std::size_t>(c));
          const std::string_view cut = Shown(text);
          std::memcpy(buf, cut.data(), cut.size());
          std::strcpy(buf + cut.size(), cut.size() < text.size() ? "\xE2\x80\xA6" : "");
          const bool clicked = CellSelectable(buf, selected, NumericColumn(t, c));
          if (clicked) {
            v.selected_row = static_cast<int>(r);
            v.selected_col = c;
            v.editing = false;
            if (ImGui::IsMouseDoubleClicked(0)) StartEdit(w, t, v);
          }
          if (i < 50 && c < 8) TestItem(s, "tables.cell." + std::to_string(i) + "." + std::to_string(c));
          if (sev >= 0 && ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
            for (const std::uint32_t k : w.index.Row(t, r)) {
              const Finding& f = w.validation.findings[k];
              if (!FindingOnColumn(f, table, static_cast<std::size_t>(c))) continue;
              ImGui::PushStyleColor(ImGuiCol_Text, SeverityColor(f.severity, s.dark));
              Text(rule_title(f.rule, s.lang));
              ImGui::PopStyleColor();
              ImGui::TextUnformatted(finding_message(f, s.lang).c_str());
            }
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
          }
        }
        ImGui::PopID();
      }
      ImGui::PopID();
    }
  }
  ImGui::EndTable();
}

// Rows of column c with a suggested fix: rescanned when the data or the column changed, a
// few milliseconds per frame (a million handles take longer than a frame).
void FindFixRows(const Workspace& w, TableId t, std::size_t c, TableViewState& v) {
  if (v.fix_revision != w.revision || v.fix_col != static_cast<int>(c)) {
    v.fix_revision = w.revision;
    v.fix_col = static_cast<int>(c);
    v.fix_rows.clear();
    v.fix_cursor = 0;
    v.fix_done = false;
  }
  if (v.fix_done) return;
  const std::size_t n = w.comp.table(t).rows();
  const auto end = std::chrono::steady_clock::now() + std::chrono::microseconds(static_cast<int>(kFixBudgetMs * 1000));
  while (v.fix_cursor < n) {
    const std::size_t stop = std::min(n, v.fix_cursor + 512);
    for (; v.fix_cursor < stop; ++v.fix_cursor)
      if (SuggestedFix(t, static_cast<int>(c), Cell(w, t, v.fix_cursor, c))) v.fix_rows.push_back(static_cast<std::uint32_t>(v.fix_cursor));
    if (v.fix_cursor < n && std::chrono::steady_clock::now() >= end) return;
  }
  v.fix_done = true;
}

// The lines Detail draws (at most kDetailLines; more scroll): the grid takes the rest of the
// window's height.
std::size_t DetailLines(const Workspace& w, TableId t, const TableViewState& v) {
  const Table& table = w.comp.table(t);
  if (v.selected_row < 0 || static_cast<std::size_t>(v.selected_row) >= table.rows()) return 1;
  const std::size_t lines = 3 + (v.editing ? 1 : 0) + w.index.Row(t, static_cast<std::size_t>(v.selected_row)).size();
  return std::min(lines, kDetailLines);
}

// Below the grid: the selected cell, its findings, the live reading while editing, fixes.
void Detail(AppState& s, TableId t, TableViewState& v) {
  const Workspace& w = *s.workspace;
  const Table& table = w.comp.table(t);
  if (v.selected_row < 0 || static_cast<std::size_t>(v.selected_row) >= table.rows() || v.selected_col < 0 ||
      static_cast<std::size_t>(v.selected_col) >= table.width()) {
    ImGui::TextDisabled("%s", T(s, "views.tables.select_hint").c_str());
    return;
  }
  const std::size_t r = static_cast<std::size_t>(v.selected_row), c = static_cast<std::size_t>(v.selected_col);
  const std::uint32_t shown = r < table.source_row.size() && table.source_row[r] ? table.source_row[r] : static_cast<std::uint32_t>(r + 1);
  ImGui::TextUnformatted(trf(s.lang, "views.tables.cell", {{"table", spec(t).name}, {"row", std::to_string(shown)},
                                                           {"column", table.columns[c]}}).c_str());
  ImGui::SameLine();
  const std::string_view text = v.editing ? std::string_view(v.edit_text) : Cell(w, t, r, c);
  Text(text.empty() ? std::string_view("\xE2\x80\x94") : text);
  // The live reading of what is typed (or of the cell).
  const CellCheck check = CheckCell(t, static_cast<int>(c), text);
  if (check.kind == CellCheck::unreadable) {
    ImGui::TextColored(SeverityColor(Severity::error, s.dark), "%s", T(s, "views.check.unreadable").c_str());
  } else if (check.kind == CellCheck::required_empty) {
    ImGui::TextColored(SeverityColor(Severity::error, s.dark), "%s", T(s, "views.check.required").c_str());
  } else if (check.kind == CellCheck::normal_differs) {
    ImGui::TextColored(SeverityColor(Severity::info, s.dark), "%s", trf(s.lang, "views.check.reads_as", {{"value", check.normal}}).c_str());
  } else if (ColumnHasFixes(t, static_cast<int>(c)) && !text.empty()) {
    ImGui::TextDisabled("%s", T(s, "views.check.ok").c_str());
  }
  if (v.editing) ImGui::TextDisabled("%s", T(s, "views.tables.edit_hint").c_str());
  // Findings of the row.
  for (const std::uint32_t k : w.index.Row(t, r)) {
    const Finding& f = w.validation.findings[k];
    SeverityBadge(s, f.severity);
    ImGui::SameLine();
    ImGui::TextWrapped("%s", finding_message(f, s.lang).c_str());
    Tooltip(std::string(rule_help(f.rule, s.lang)).c_str());
  }
  // Fixes.
  if (!v.editing) {
    const auto fix = SuggestedFix(t, static_cast<int>(c), Cell(w, t, r, c));
    if (fix) {
      if (ImGui::Button(L(s, "views.fix.apply", "fix_one").c_str())) s.Push(ApplyFix{t, static_cast<std::uint16_t>(c), {static_cast<std::uint32_t>(r)}});
      TestItem(s, "tables.fix_one");
      ImGui::SameLine();
      ImGui::TextUnformatted(trf(s.lang, "views.fix.to", {{"value", *fix}}).c_str());
    }
    if (ColumnHasFixes(t, static_cast<int>(c))) {
      FindFixRows(w, t, c, v);
      const std::vector<std::uint32_t>& rows = v.fix_rows;
      if (!v.fix_done) {
        if (fix) ImGui::SameLine();  // beside this cell's fix, else on a line of its own
        ImGui::ProgressBar(static_cast<float>(v.fix_cursor) / static_cast<float>(std::max<std::size_t>(table.rows(), 1)),
                           ImVec2(ImGui::GetFontSize() * 10, 0), T(s, "jobs.fix.scanning").c_str());
      } else if (!rows.empty()) {
        if (fix) ImGui::SameLine();
        const std::string label = trf(s.lang, "views.fix.apply_all", {{"n", format_count(static_cast<std::int64_t>(rows.size()), s.lang)},
                                                                      {"column", table.columns[c]}}) + "###fix_all";
        if (ImGui::Button(label.c_str())) s.Push(ApplyFix{t, static_cast<std::uint16_t>(c), rows});
        TestItem(s, "tables.fix_all");
      }
    }
  }
}

}  // namespace

void DrawTables(AppState& s) {
  Workspace& w = *s.workspace;
  if (!ImGui::BeginTabBar("table_tabs")) return;
  for (const TableId t : kAllTables) {
    ImGuiTabItemFlags flags = 0;
    if (s.table_request == t) flags |= ImGuiTabItemFlags_SetSelected;
    const std::string label = std::string(spec(t).name) + " (" + format_count(static_cast<std::int64_t>(w.comp.table(t).rows()), s.lang) +
                              ")###" + std::string(spec(t).name);
    const bool open = ImGui::BeginTabItem(label.c_str(), nullptr, flags);
    TestItem(s, "table_tab." + std::string(spec(t).name));
    if (!open) continue;
    s.table = t;
    TableViewState& v = s.tables[index(t)];
    Toolbar(s, t, v);
    UpdateRows(w, t, v, kRowsBudgetMs);
    Keys(s, t, v);
    const float detail_h = ImGui::GetFrameHeightWithSpacing() * static_cast<float>(DetailLines(w, t, v)) + ImGui::GetStyle().ItemSpacing.y;
    Grid(s, t, v, std::max(ImGui::GetContentRegionAvail().y - detail_h, ImGui::GetFontSize() * 6));
    ImGui::BeginChild("detail", ImVec2(0, 0), false);
    Detail(s, t, v);
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  s.table_request.reset();
  ImGui::EndTabBar();
}

}  // namespace kompilasi::ui
