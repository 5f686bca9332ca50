// Crash recovery on the desktop: a workspace saved as a document keeps its later changes in
// an autosave beside it (workspace.hpp AutosavePath). When the app starts and finds that
// autosave newer than the document, the changes were never saved (a crash, a kill, a power
// cut): it asks whether to keep them or to go back to the saved document.
#include <imgui.h>

#include <chrono>
#include <ctime>
#include <filesystem>

#include "ui/app_state.hpp"
#include "registry/report_format.hpp"
#include "ui/ui_util.hpp"
#include "ui/views.hpp"

namespace kompilasi::ui {
namespace {

// The autosave's time as the user reads it: "31 Desember 2024 14.05".
std::string AutosaveTime(const Workspace& w, Lang lang) {
  std::error_code ec;
  const auto t = std::filesystem::last_write_time(AutosavePath(w.document), ec);
  if (ec) return {};
  // The file clock's epoch is the library's own: go through "now" on both clocks.
  const auto sys = std::chrono::system_clock::now() +
                   std::chrono::duration_cast<std::chrono::system_clock::duration>(t - std::filesystem::file_time_type::clock::now());
  const std::time_t tt = std::chrono::system_clock::to_time_t(sys);
  std::tm tm{};
  localtime_r(&tt, &tm);
  char iso[11], hm[6];
  std::strftime(iso, sizeof iso, "%Y-%m-%d", &tm);
  std::strftime(hm, sizeof hm, lang == Lang::id ? "%H.%M" : "%H:%M", &tm);
  return format_long_date(iso, lang) + " " + hm;
}

}  // namespace

void DrawRecovery(AppState& s) {
  RecoveryOffer& r = s.recovery;
  if (!r.checked && s.restored && !s.import_job) {  // once the stored workspace is back (StartRestore)
    r.checked = true;
    r.open = s.workspace && HasNewerAutosave(*s.workspace);
  }
  if (!r.open || !s.workspace) return;
  const std::string title = L(s, "ui.recovery.title", "recovery");
  if (!ImGui::IsPopupOpen(title.c_str())) ImGui::OpenPopup(title.c_str());
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 34, 0), ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  const Workspace& w = *s.workspace;
  ImGui::TextWrapped("%s", trf(s.lang, "ui.recovery.text", {{"document", w.document}, {"time", AutosaveTime(w, s.lang)}}).c_str());
  ImGui::Spacing();
  // The restored workspace is what the autosave holds (both are written by one StoreWorkspace).
  if (ImGui::Button(L(s, "ui.recovery.keep", "recovery_keep").c_str())) {
    r.open = false;
    s.status = Say("ui.recovery.kept");
    ImGui::CloseCurrentPopup();
  }
  TestItem(s, "recovery.keep");
  ImGui::SameLine();
  if (ImGui::Button(L(s, "ui.recovery.discard", "recovery_discard").c_str())) {
    r.open = false;
    ImGui::CloseCurrentPopup();
    // Opened like any file (undoable: the changes are one Ctrl+Z away); the autosave goes, so
    // that it is not offered again.
    std::error_code ec;
    std::filesystem::remove(AutosavePath(w.document), ec);
    s.open_mode = OpenMode::replace;
    s.Push(OpenPaths{{w.document}});
    s.status = Say("ui.recovery.discarded");
  }
  TestItem(s, "recovery.discard");
  ImGui::EndPopup();
}

}  // namespace kompilasi::ui
