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
  nlohmann::json findings = nullptr;
  if (s.workspace) {
    const Workspace& w = *s.workspace;
    nlohmann::json by_rule = nlohmann::json::object();
    for (std::size_t r = 0; r < kRuleCount; ++r)
      if (w.validation.counts[r]) by_rule[std::string(rule_id(static_cast<Rule>(r)))] = w.validation.counts[r];
    findings = {{"total", w.validation.findings.size()}, {"error", w.index.by_severity[0]},
                {"warning", w.index.by_severity[1]}, {"info", w.index.by_severity[2]}, {"by_rule", by_rule}};
    ws["findings"] = findings;
  }
  const TableViewState& tv = s.tables[index(s.table)];
  std::string selected_text;
  if (s.workspace && tv.selected_row >= 0 && static_cast<std::size_t>(tv.selected_row) < s.workspace->comp.table(s.table).rows() &&
      tv.selected_col >= 0 && static_cast<std::size_t>(tv.selected_col) < s.workspace->comp.table(s.table).width())
    selected_text = std::string(s.workspace->comp.text(s.table, tv.selected_row, tv.selected_col));
  nlohmann::json items = nlohmann::json::object();
  for (const auto& [id, r] : s.test_items) items[id] = {r[0], r[1], r[2], r[3]};
  nlohmann::json import = nullptr;
  if (s.import) {
    nlohmann::json by_rule = nlohmann::json::object();
    for (const Finding& f : s.import->preview.findings) {
      nlohmann::json& n = by_rule[std::string(rule_id(f.rule))];
      n = n.is_null() ? 1 : n.get<int>() + 1;
    }
    import = {{"path", s.import->source.path}, {"headers", s.import->mapping.headers},
              {"preview_findings", s.import->preview.findings.size()}, {"preview_by_rule", by_rule},
              {"records", s.import->preview.records}, {"queued", s.import_queue.size()}};
  }
  const char* tabs[] = {"dashboard", "tables", "findings", "campaigns", "conflicts"};
  nlohmann::json job = nullptr;
  if (s.import_job) job = {{"label", s.import_job->job.Label()}, {"progress", s.import_job->job.Progress()}};
  nlohmann::json last_import = {{"ms", s.last_import_ms}, {"steps", nlohmann::json::object()}, {"longest", nlohmann::json::object()}};
  for (const Job::Timing& t : s.last_import_steps) {
    last_import["steps"][t.label_key] = t.ms;
    last_import["longest"][t.label_key] = t.longest_ms;
  }
  // ImGui lays a new window out on its first frame and shows it on the next.
  const bool ready = s.restored && s.frame >= s.restored_frame + 2 && !windows.empty() && !s.import_job;
  return nlohmann::json{{"ready", ready},
                        {"frame", s.frame},
                        {"lang", s.lang == Lang::en ? "en" : "id"},
                        {"windows", windows},
                        {"workspace", ws},
                        {"font", s.font},
                        {"ui_scale", s.ui_scale},
                        {"error", s.error},
                        {"status", s.status.in(s.lang)},
                        {"tab", tabs[static_cast<int>(s.tab)]},
                        {"table", spec(s.table).name},
                        {"selected", {{"row", tv.selected_row}, {"col", tv.selected_col}, {"editing", tv.editing},
                                      {"text", selected_text}, {"visible_rows", tv.shown.rows.size()},
                                      {"rows_pending", tv.job.Active()}}},
                        {"items", items},
                        {"import", import},
                        {"import_job", job},
                        {"last_import", last_import},
                        {"save_pending", SavePending(s)},
                        {"last_save", {{"ms", s.save_ms}, {"longest_ms", s.save_longest_ms}}},
                        {"undo", s.history.UndoLabel()},
                        {"redo", s.history.RedoLabel()},
                        {"last_export", s.last_export},
                        {"banner", s.banner.in(s.lang)},
                        {"dark", s.dark}}
      .dump();
}

std::string FrameTimesJson(const AppState& s) {
  return nlohmann::json{{"app_ms", s.frames.App()}, {"work_ms", s.frames.Work()}, {"interval_ms", s.frames.Interval()}}.dump();
}

}  // namespace kompilasi::ui
