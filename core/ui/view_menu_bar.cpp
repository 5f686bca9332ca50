#include <imgui.h>

#include <string>

#include "ui/app_state.hpp"
#include "ui/platform.hpp"
#include "ui/ui_util.hpp"
#include "ui/view_export_anon.hpp"
#include "ui/views.hpp"

namespace kompilasi::ui {
namespace {

void FileMenu(AppState& s) {
  Platform& p = *s.platform;
  const bool ws = s.workspace.has_value();
  if (ImGui::MenuItem(T(s, "views.menu.new").c_str(), nullptr, false, s.restored))
    OpenNewCompilation(s, ws ? s.workspace->comp.instansi : "");
  TestItem(s, "menu.file.new");
  if (p.CanPickFiles() || p.CanBrowseFolders()) {
    if (ImGui::MenuItem(T(s, "ui.menu.open_folder").c_str(), nullptr, false, s.restored)) RequestOpen(s, true, false);
    if (ImGui::MenuItem(T(s, "ui.menu.open_files").c_str(), nullptr, false, s.restored)) RequestOpen(s, false, false);
    TestItem(s, "menu.file.open_files");
    if (ImGui::MenuItem(T(s, "views.menu.import").c_str(), "Ctrl+O", false, ws)) RequestOpen(s, false, true);
    TestItem(s, "menu.file.import");
    if (ImGui::MenuItem(T(s, "views.menu.import_folder").c_str(), nullptr, false, ws)) RequestOpen(s, true, true);
  }
  if (ImGui::MenuItem(T(s, "ui.menu.open_sample").c_str(), nullptr, false, s.restored && !p.SampleDir().empty()))
    s.Push(OpenSample{});
  ImGui::Separator();
  const bool export_open = ImGui::BeginMenu(L(s, "views.menu.export", "menu_export").c_str(), ws);
  TestItem(s, "menu.file.export");
  if (export_open) {
    struct Item { const char* key; ExportFormat f; const char* shortcut; };
    const Item items[] = {{"views.export.json", ExportFormat::workspace_json, "Ctrl+S"},
                          {"views.export.csv", ExportFormat::csv_zip, nullptr},
                          {"views.export.csv_excel", ExportFormat::csv_excel_zip, nullptr},
                          {"views.export.xlsx", ExportFormat::xlsx, nullptr},
                          {"views.export.html", ExportFormat::html, nullptr}};
    for (const Item& it : items) {
      if (ImGui::MenuItem(T(s, it.key).c_str(), it.shortcut)) s.Push(Export{it.f});
      TestItem(s, std::string("menu.export.") + (it.key + 13));
    }
    ImGui::Separator();
    AnonExportMenuItem(s);
    ImGui::EndMenu();
  }
  ImGui::Separator();
  if (ImGui::MenuItem(T(s, "ui.menu.close").c_str(), nullptr, false, ws)) s.Push(CloseWorkspace{});
  TestItem(s, "menu.file.close");
  if (p.CanQuit()) {
    ImGui::Separator();
    if (ImGui::MenuItem(T(s, "ui.menu.quit").c_str())) p.Quit();
  }
}

void EditMenu(AppState& s) {
  const std::string undo = s.history.CanUndo() ? trf(s.lang, "views.menu.undo_what", {{"what", tr(s.lang, s.history.UndoLabel())}})
                                               : T(s, "views.menu.undo");
  const std::string redo = s.history.CanRedo() ? trf(s.lang, "views.menu.redo_what", {{"what", tr(s.lang, s.history.RedoLabel())}})
                                               : T(s, "views.menu.redo");
  if (ImGui::MenuItem((undo + "###undo").c_str(), "Ctrl+Z", false, s.history.CanUndo())) s.Push(Undo{});
  if (ImGui::MenuItem((redo + "###redo").c_str(), "Ctrl+Y", false, s.history.CanRedo())) s.Push(Redo{});
}

}  // namespace

void DrawMenuBar(AppState& s) {
  DrawAnonExportDialog(s);  // opened from the export menu, drawn outside it
  if (!ImGui::BeginMainMenuBar()) return;
  if (ImGui::BeginMenu(L(s, "ui.menu.file", "menu_file").c_str())) {
    FileMenu(s);
    ImGui::EndMenu();
  }
  TestItem(s, "menu.file");
  if (ImGui::BeginMenu(L(s, "views.menu.edit", "menu_edit").c_str())) {
    EditMenu(s);
    ImGui::EndMenu();
  }
  TestItem(s, "menu.edit");
  if (ImGui::BeginMenu(L(s, "ui.menu.view", "menu_view").c_str())) {
    ImGui::MenuItem(T(s, "ui.overview.title").c_str(), nullptr, &s.windows.overview, s.workspace.has_value());
    TestItem(s, "menu.view.overview");
    if (ImGui::MenuItem(T(s, "views.menu.dark").c_str(), nullptr, s.dark)) s.Push(SetTheme{!s.dark});
    TestItem(s, "menu.view.dark");
    ImGui::EndMenu();
  }
  TestItem(s, "menu.view");
  if (ImGui::BeginMenu(L(s, "ui.menu.language", "menu_lang").c_str())) {
    if (ImGui::MenuItem(T(s, "ui.lang.id").c_str(), nullptr, s.lang == Lang::id)) s.Push(SetLanguage{Lang::id});
    TestItem(s, "menu.lang.id");
    if (ImGui::MenuItem(T(s, "ui.lang.en").c_str(), nullptr, s.lang == Lang::en)) s.Push(SetLanguage{Lang::en});
    TestItem(s, "menu.lang.en");
    ImGui::EndMenu();
  }
  TestItem(s, "menu.lang");
  if (ImGui::BeginMenu(L(s, "ui.menu.help", "menu_help").c_str())) {
    ImGui::MenuItem(T(s, "ui.menu.about").c_str(), nullptr, &s.windows.about);
    TestItem(s, "menu.help.about");
    ImGui::EndMenu();
  }
  TestItem(s, "menu.help");
  ImGui::EndMainMenuBar();
}

}  // namespace kompilasi::ui
