#include <imgui.h>

#include <cstdio>

#include "ui/app_state.hpp"
#include "ui/ui_util.hpp"
#include "ui/views.hpp"

namespace kompilasi::ui {

// Shown until the saved workspace is readable (the browser loads IndexedDB asynchronously).
void DrawLoading(AppState& s) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove;
  if (ImGui::Begin("###loading", nullptr, flags)) ImGui::TextUnformatted(tr(s.lang, "ui.loading_storage").data());
  ImGui::End();
}

// While files are being opened or the stored workspace restored (import_job.hpp): a modal window with the step and a bar, so
// that nothing is clicked that would have to wait; the rest of the app keeps drawing.
void DrawImportProgress(AppState& s) {
  constexpr const char* kId = "###import_progress";
  if (!s.import_job) {
    if (ImGui::IsPopupOpen(kId)) {
      ImGui::BeginPopupModal(kId, nullptr, 0);
      ImGui::CloseCurrentPopup();
      ImGui::EndPopup();
    }
    return;
  }
  if (!ImGui::IsPopupOpen(kId)) ImGui::OpenPopup(kId);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 26, 0));
  const std::string title = T(s, s.import_job->restore ? "jobs.restore.title" : "jobs.import.title") + kId;
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings))
    return;
  const Job& job = s.import_job->job;
  const std::string& label = job.Label();
  ImGui::TextUnformatted(label.empty() ? "" : tr(s.lang, label).data());
  ImGui::ProgressBar(static_cast<float>(job.Progress()), ImVec2(-FLT_MIN, 0));
  TestItem(s, "import.progress");
  char secs[32];
  std::snprintf(secs, sizeof secs, "%.1f", job.ElapsedMs() / 1000.0);
  if (s.lang == Lang::id)
    for (char* c = secs; *c; ++c)
      if (*c == '.') *c = ',';
  ImGui::TextDisabled("%s", trf(s.lang, "jobs.import.elapsed", {{"s", secs}}).c_str());
  ImGui::EndPopup();
}

}  // namespace kompilasi::ui
