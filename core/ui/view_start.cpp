// The start screen (nothing open): start a new compilation, open files, or the sample.
#include <imgui.h>

#include "ui/app_state.hpp"
#include "registry/report_format.hpp"
#include "ui/platform.hpp"
#include "ui/ui_util.hpp"
#include "ui/views.hpp"

namespace kompilasi::ui {

void DrawStart(AppState& s) {
  Platform& p = *s.platform;
  const float w = ImGui::GetFontSize() * 30;
  ImGui::SetCursorPos(ImVec2((ImGui::GetWindowWidth() - w) * 0.5f, ImGui::GetWindowHeight() * 0.18f));
  ImGui::BeginGroup();
  Heading(T(s, "app.title").c_str());
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + w);
  ImGui::TextWrapped("%s", T(s, "views.start.intro").c_str());
  ImGui::Spacing();
  const ImVec2 size(w, ImGui::GetFrameHeight() * 1.4f);
  if (ImGui::Button(L(s, "views.start.new", "start_new").c_str(), size)) OpenNewCompilation(s, "");
  TestItem(s, "start.new");
  if (p.CanPickFiles() || p.CanBrowseFolders()) {
    if (ImGui::Button(L(s, "ui.menu.open_folder", "start_folder").c_str(), size)) RequestOpen(s, true, false);
    TestItem(s, "start.folder");
    if (ImGui::Button(L(s, "ui.menu.open_files", "start_files").c_str(), size)) RequestOpen(s, false, false);
    TestItem(s, "start.files");
  }
  if (!p.SampleDir().empty() && ImGui::Button(L(s, "ui.menu.open_sample", "start_sample").c_str(), size)) s.Push(OpenSample{});
  TestItem(s, "start.sample");
  ImGui::Spacing();
  ImGui::TextDisabled("%s", T(s, "ui.overview.empty_hint_drop").c_str());
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
}

void OpenNewCompilation(AppState& s, std::string instansi) {
  s.new_form = {true, std::move(instansi), 0, today_iso()};
  s.new_form.tahun = std::stoi(s.new_form.tanggal.substr(0, 4));
}

void DrawNewCompilation(AppState& s) {
  NewCompilationForm& f = s.new_form;
  const std::string title = L(s, "views.new.title", "new_compilation");
  if (f.open && !ImGui::IsPopupOpen(title.c_str())) ImGui::OpenPopup(title.c_str());
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  // Labels on the left, the fields lined up beside them; the date as it reads under its field.
  const float w = ImGui::GetFontSize() * 20;
  if (BeginForm("new_fields")) {
    FormRow(T(s, "ui.overview.instansi"));
    InputString("##instansi", f.instansi, 0, w);
    FormRow(T(s, "ui.overview.tahun"));
    ImGui::SetNextItemWidth(w);
    ImGui::InputInt("##tahun", &f.tahun, 0);
    FormRow(T(s, "ui.overview.tanggal"));
    InputString("##tanggal", f.tanggal, 0, w);
    ImGui::TextDisabled("%s", format_long_date(f.tanggal, s.lang).c_str());
    EndForm();
  }
  ImGui::Spacing();
  const bool ok = !f.instansi.empty() && f.tahun > 1900 && f.tanggal.size() == 10 && format_long_date(f.tanggal, s.lang) != f.tanggal;
  ImGui::BeginDisabled(!ok);
  if (ImGui::Button(L(s, "views.new.create", "new_create").c_str())) {
    s.Push(NewCompilation{f.instansi, f.tahun, f.tanggal});
    f.open = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button(L(s, "views.cancel", "new_cancel").c_str())) {
    f.open = false;
    ImGui::CloseCurrentPopup();
  }
  TestItem(s, "new.cancel");
  ImGui::EndPopup();
}

}  // namespace kompilasi::ui
