#include "ui/view_export_anon.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <array>
#include <cstring>
#include <exception>
#include <string>

#include "registry/anonymize.hpp"
#include "registry/keyed_hash.hpp"
#include "ui/export.hpp"
#include "ui/file_browser.hpp"
#include "ui/shortcuts.hpp"
#include "ui/ui_util.hpp"

namespace kompilasi::ui {
namespace {

// The popup's id: the part after "###" only, so that the title may be translated (with "##"
// the whole title is hashed and OpenPopup(kPopup) would open nothing).
constexpr const char* kPopup = "###anon_export";

// Dialog state, deliberately outside AppState: nothing here is part of the workspace, the
// undo history or the settings, and the passphrase must never reach any of them.
struct AnonDialog {
  bool open_requested = false;
  int format = 0;
  std::array<char, 256> passphrase{};
  ImGuiID field = 0;  // the passphrase field's id
  std::string message;

  // ImGui keeps its own copy of the text being edited (and of its undo history) in the
  // context's InputTextState: wiped too, and the state given up, so nothing is left behind.
  void Wipe() {
    secure_wipe(passphrase.data(), passphrase.size());
    message.clear();
    ImGuiContext* g = ImGui::GetCurrentContext();
    if (!g || !field || g->InputTextState.ID != field) return;
    if (ImGui::GetActiveID() == field) ImGui::ClearActiveID();
    ImGuiInputTextState& st = g->InputTextState;
    secure_wipe(st.TextW.Data, static_cast<std::size_t>(st.TextW.Capacity) * sizeof(ImWchar));
    secure_wipe(st.TextA.Data, static_cast<std::size_t>(st.TextA.Capacity));
    secure_wipe(st.InitialTextA.Data, static_cast<std::size_t>(st.InitialTextA.Capacity));
    secure_wipe(&st.Stb, sizeof st.Stb);
    st.ClearFreeMemory();
    st.CurLenW = st.CurLenA = 0;
    st.ID = 0;  // the next activation starts afresh instead of recycling this state
  }
};
AnonDialog g_dialog;

struct FormatItem {
  const char* key;
  ExportFormat format;
};
constexpr FormatItem kFormats[] = {{"views.export.xlsx", ExportFormat::xlsx},
                                   {"views.export.csv", ExportFormat::csv_zip},
                                   {"views.export.csv_excel", ExportFormat::csv_excel_zip},
                                   {"views.export.json", ExportFormat::workspace_json},
                                   {"views.export.html", ExportFormat::html}};

void ExportAnon(AppState& s, AnonDialog& d) {
  const std::size_t n = std::strlen(d.passphrase.data());
  if (n < kMinPassphrase) {
    d.message = T(s, "ui.export.anon_short");
    return;
  }
  try {
    // a download in the browser, the save dialog on the desktop
    HandOut(s, MakeAnonExport(*s.workspace, kFormats[d.format].format, std::string_view(d.passphrase.data(), n), s.lang));
  } catch (const std::exception& e) {  // out of memory for the key derivation, a failed write
    d.message = e.what();
    return;
  }
  d.Wipe();
  ImGui::CloseCurrentPopup();
}

}  // namespace

void AnonExportMenuItem(AppState& s) {
  const bool ws = s.workspace.has_value();
  if (ImGui::MenuItem(T(s, "ui.export.anon_menu").c_str(), nullptr, false, ws)) g_dialog.open_requested = true;
  TestItem(s, "menu.export.anon");
}

void DrawAnonExportDialog(AppState& s) {
  AnonDialog& d = g_dialog;
  if (d.open_requested) {
    d.open_requested = false;
    d.Wipe();
    if (s.workspace && is_anonymised(s.workspace->comp)) {
      s.error = T(s, "ui.export.anon_already");
    } else if (s.workspace) {
      ImGui::OpenPopup(kPopup);
    }
  }
  const std::string title = T(s, "ui.export.anon_title") + kPopup;
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 34, 0), ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  if (!s.workspace) {  // closed underneath the dialog
    d.Wipe();
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 34);
  ImGui::TextUnformatted(T(s, "ui.export.anon_intro").c_str());
  ImGui::Spacing();
  bool enter = false;
  if (BeginForm("anon_fields")) {
    const float w = ImGui::GetFontSize() * 20;
    FormRow(T(s, "ui.export.anon_format"));
    const std::string current = T(s, kFormats[d.format].key);
    ImGui::SetNextItemWidth(w);
    const bool listing = ImGui::BeginCombo("##format", current.c_str());
    TestItem(s, "anon.format");
    if (listing) {
      for (int i = 0; i < static_cast<int>(std::size(kFormats)); ++i) {
        if (ImGui::Selectable(T(s, kFormats[i].key).c_str(), i == d.format)) d.format = i;
        TestItem(s, "anon.format." + std::to_string(i));
      }
      ImGui::EndCombo();
    }
    FormRow(T(s, "ui.export.anon_passphrase"));
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(w);
    enter = ImGui::InputText("##passphrase", d.passphrase.data(), d.passphrase.size(),
                             ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue);
    d.field = ImGui::GetItemID();
    if (ImGui::IsItemEdited()) d.message.clear();
    TestItem(s, "anon.passphrase");
    EndForm();
  }
  ImGui::TextDisabled("%s", trf(s.lang, "ui.export.anon_hint", {{"min", std::to_string(kMinPassphrase)}}).c_str());
  if (!d.message.empty()) {
    ImGui::TextColored(SeverityColor(Severity::error, s.dark), "%s", d.message.c_str());
    TestItem(s, "anon.message");
  }
  ImGui::PopTextWrapPos();
  ImGui::Separator();
  // A passphrase too short (or none) is refused by ExportAnon with a message under the field.
  const bool go = ImGui::Button(T(s, "ui.export.anon_export").c_str()) || enter;
  TestItem(s, "anon.export");
  ImGui::SameLine();
  if (ImGui::Button(T(s, "ui.export.anon_cancel").c_str()) || Pressed(Action::close) >= 0) {
    d.Wipe();
    ImGui::CloseCurrentPopup();
  } else if (go) {
    ExportAnon(s, d);
  }
  ImGui::EndPopup();
}

}  // namespace kompilasi::ui
