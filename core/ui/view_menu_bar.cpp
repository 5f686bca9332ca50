#include <imgui.h>

#include <string>

#include "ui/app_state.hpp"
#include "ui/platform.hpp"
#include "ui/views.hpp"

namespace kompilasi::ui {
namespace {
std::string T(const AppState& s, const char* key) { return std::string(tr(s.lang, key)); }
}  // namespace

void DrawMenuBar(AppState& s) {
  if (!ImGui::BeginMainMenuBar()) return;
  Platform& p = *s.platform;
  if (ImGui::BeginMenu((T(s, "ui.menu.file") + "###menu_file").c_str())) {
    if (p.CanPickFiles()) {
      if (ImGui::MenuItem(T(s, "ui.menu.open_folder").c_str(), nullptr, false, s.restored)) p.RequestOpenFiles(true);
      if (ImGui::MenuItem(T(s, "ui.menu.open_files").c_str(), nullptr, false, s.restored)) p.RequestOpenFiles(false);
    }
    if (ImGui::MenuItem(T(s, "ui.menu.open_sample").c_str(), nullptr, false, s.restored && !p.SampleDir().empty()))
      s.Push(OpenSample{});
    if (ImGui::MenuItem(T(s, "ui.menu.close").c_str(), nullptr, false, s.workspace.has_value())) s.Push(CloseWorkspace{});
    if (p.CanQuit()) {
      ImGui::Separator();
      if (ImGui::MenuItem(T(s, "ui.menu.quit").c_str())) p.Quit();
    }
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu((T(s, "ui.menu.view") + "###menu_view").c_str())) {
    ImGui::MenuItem(T(s, "ui.overview.title").c_str(), nullptr, &s.windows.overview);
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu((T(s, "ui.menu.language") + "###menu_lang").c_str())) {
    if (ImGui::MenuItem(T(s, "ui.lang.id").c_str(), nullptr, s.lang == Lang::id)) s.Push(SetLanguage{Lang::id});
    if (ImGui::MenuItem(T(s, "ui.lang.en").c_str(), nullptr, s.lang == Lang::en)) s.Push(SetLanguage{Lang::en});
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu((T(s, "ui.menu.help") + "###menu_help").c_str())) {
    ImGui::MenuItem(T(s, "ui.menu.about").c_str(), nullptr, &s.windows.about);
    ImGui::EndMenu();
  }
  ImGui::EndMainMenuBar();
}

}  // namespace kompilasi::ui
