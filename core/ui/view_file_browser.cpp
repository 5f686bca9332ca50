// The desktop's file browser and save dialog (file_browser.hpp): a modal window listing one
// folder through the platform, folders first. Open: select files (Ctrl/Shift for several,
// double-click opens one), or open the listed folder as a CSV bundle. Save: a file name in
// the listed folder, asked again before an existing file is replaced.
#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <optional>

#include "ui/app_state.hpp"
#include "ui/file_browser.hpp"
#include "registry/report_format.hpp"
#include "ui/platform.hpp"
#include "ui/shortcuts.hpp"
#include "ui/ui_util.hpp"
#include "ui/views.hpp"

namespace kompilasi::ui {
namespace fs = std::filesystem;
namespace {

std::string Lower(std::string t) {
  for (char& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return t;
}

// The files the app reads (inputs.hpp): CSV, workspace JSON, XLSX.
bool Readable(const std::string& name) {
  const std::string n = Lower(name);
  for (const char* ext : {".csv", ".json", ".xlsx"})
    if (n.size() > std::strlen(ext) && n.compare(n.size() - std::strlen(ext), std::string::npos, ext) == 0) return true;
  return false;
}

// 812 B, 40 KB, 3,2 MB (rounded up to whole KB so that a small file never reads 0 KB).
std::string Size(std::uintmax_t n, Lang lang) {
  if (n < 1024) return format_count(static_cast<std::int64_t>(n), lang) + " B";
  if (n < 1024 * 1024) return format_count(static_cast<std::int64_t>((n + 1023) / 1024), lang) + " KB";
  const auto tenths = static_cast<std::int64_t>(n * 10 / (1024 * 1024));
  return format_count(tenths / 10, lang) + (lang == Lang::id ? "," : ".") + std::to_string(tenths % 10) + " MB";
}

void Go(AppState& s, fs::path folder) {
  FileBrowserState& b = s.file_browser;
  b.folder = folder.lexically_normal();
  if (!b.folder.has_filename() && b.folder != b.folder.root_path()) b.folder = b.folder.parent_path();  // "/a/b/" → "/a/b"
  b.path_text = b.folder.string();
  b.listed = false;
  b.selected.clear();
  b.confirm_overwrite = false;
}

void List(AppState& s) {
  FileBrowserState& b = s.file_browser;
  if (b.listed) return;
  b.listed = true;
  std::string error;
  b.entries = s.platform->ListFolder(b.folder, error);
  b.error = error.empty() ? std::string() : trf(s.lang, "ui.browser.unlistable", {{"folder", b.folder.string()}, {"detail", error}});
  // Hidden entries out; in open modes only what the app can read besides folders.
  std::erase_if(b.entries, [&](const FolderEntry& e) {
    return e.name.empty() || e.name[0] == '.' || (!e.folder && b.mode != BrowseMode::save && !Readable(e.name));
  });
  std::sort(b.entries.begin(), b.entries.end(), [](const FolderEntry& x, const FolderEntry& y) {
    if (x.folder != y.folder) return x.folder;
    return Lower(x.name) < Lower(y.name);
  });
}

void Open(AppState& s, BrowseMode mode) {
  FileBrowserState& b = s.file_browser;
  b.open = true;
  b.mode = mode;
  b.error.clear();
  if (b.folder.empty()) b.folder = s.platform->StartFolder();
  Go(s, b.folder);
}

void Close(FileBrowserState& b) {
  b.open = false;
  b.pending = {};
  ImGui::CloseCurrentPopup();
}

void Confirm(AppState& s) {
  FileBrowserState& b = s.file_browser;
  if (b.mode == BrowseMode::save) {
    const fs::path target = b.folder / fs::path(b.file_name).filename();
    bool exists = false;
    for (const FolderEntry& e : b.entries) exists = exists || (!e.folder && e.name == b.file_name);
    if (exists && !b.confirm_overwrite) {
      b.confirm_overwrite = true;
      return;
    }
    const std::string failed = s.platform->WriteFileTo(target, b.pending.bytes);
    if (!failed.empty()) {
      b.error = trf(s.lang, "ui.browser.unwritable", {{"path", target.string()}, {"detail", failed}});
      b.confirm_overwrite = false;
      return;
    }
    s.last_export = target.string();
    s.status = Say("views.export.done", "where", target.string());
    if (s.workspace && b.pending.name.ends_with(".kompilasi.json") && target.string().ends_with(".kompilasi.json")) {
      // Saved as a document: its autosave (crash recovery) is now beside it, and up to date.
      s.workspace->document = target.string();
      s.workspace->document_revision = s.workspace->revision;
      s.save_due = ImGui::GetTime();
    }
    Close(b);
    return;
  }
  OpenPaths c;
  if (b.mode == BrowseMode::open_folder) c.paths.push_back(b.folder.string());
  else
    for (const std::string& name : b.selected) c.paths.push_back((b.folder / name).string());
  if (c.paths.empty()) return;
  s.open_mode = b.into_current ? OpenMode::into_current : OpenMode::replace;
  s.Push(std::move(c));
  Close(b);
}

void PathBar(AppState& s) {
  FileBrowserState& b = s.file_browser;
  if (ImGui::Button(L(s, "ui.browser.up", "browser_up").c_str()) && b.folder.has_parent_path()) Go(s, b.folder.parent_path());
  TestItem(s, "filebrowser.up");
  ImGui::SameLine();
  const fs::path home = s.platform->HomeFolder();
  ImGui::BeginDisabled(home.empty());
  if (ImGui::Button(L(s, "ui.browser.home", "browser_home").c_str())) Go(s, home);
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (InputString("##path", b.path_text, ImGuiInputTextFlags_EnterReturnsTrue)) Go(s, fs::path(b.path_text));
  TestItem(s, "filebrowser.path");
}

void Entries(AppState& s, float height) {
  FileBrowserState& b = s.file_browser;
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_ScrollY;
  if (!ImGui::BeginTable("entries", 2, flags, ImVec2(0, height))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(T(s, "ui.browser.name").c_str(), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn(T(s, "ui.browser.size").c_str(), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 7);
  ImGui::TableHeadersRow();
  std::optional<fs::path> enter;
  for (std::size_t i = 0; i < b.entries.size(); ++i) {
    const FolderEntry& e = b.entries[i];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    const bool is_selected = !e.folder && b.selected.count(e.name);
    const std::string label = (e.folder ? e.name + "/" : e.name) + "##" + std::to_string(i);
    if (e.folder) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    const bool clicked = ImGui::Selectable(label.c_str(), is_selected,
                                           ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick);
    if (e.folder) ImGui::PopStyleColor();
    if (i < 40) TestItem(s, "filebrowser.entry." + std::to_string(i));
    if (clicked) {
      const bool twice = ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left);
      if (e.folder) {
        if (twice) enter = b.folder / e.name;
      } else if (b.mode == BrowseMode::save) {
        b.file_name = e.name;
        b.confirm_overwrite = false;
      } else if (b.mode == BrowseMode::open_files) {
        if (!ImGui::GetIO().KeyCtrl) b.selected.clear();
        if (is_selected && ImGui::GetIO().KeyCtrl) b.selected.erase(e.name);
        else b.selected.insert(e.name);
        if (twice) Confirm(s);
      }
    }
    ImGui::TableNextColumn();
    if (!e.folder) TextRight(Size(e.size, s.lang), true);  // sizes line up on the right
  }
  if (b.entries.empty() && b.error.empty()) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextDisabled("%s", T(s, b.mode == BrowseMode::save ? "ui.browser.empty" : "ui.browser.empty_readable").c_str());
  }
  ImGui::EndTable();
  if (enter) Go(s, *enter);
}

}  // namespace

void RequestOpen(AppState& s, bool folder, bool into_current) {
  Platform& p = *s.platform;
  if (p.CanPickFiles()) {
    s.open_mode = into_current ? OpenMode::into_current : OpenMode::replace;
    p.RequestOpenFiles(folder);
  } else if (p.CanBrowseFolders()) {
    s.file_browser.into_current = into_current;
    Open(s, folder ? BrowseMode::open_folder : BrowseMode::open_files);
  }
}

void HandOut(AppState& s, ExportFile file) {
  Platform& p = *s.platform;
  if (p.CanBrowseFolders()) {
    s.file_browser.file_name = file.name;
    if (s.workspace && !s.workspace->document.empty() && file.name.ends_with(".kompilasi.json")) {
      const fs::path doc(s.workspace->document);  // saving again: where it was saved before
      s.file_browser.folder = doc.parent_path();
      s.file_browser.file_name = doc.filename().string();
    }
    s.file_browser.pending = std::move(file);
    Open(s, BrowseMode::save);
    return;
  }
  const std::string where = p.SaveFileAs(file.name, file.bytes);
  if (where.empty()) {
    s.error = trf(s.lang, "views.export.failed", {{"name", file.name}});
    return;
  }
  s.last_export = where;
  s.status = Say("views.export.done", "where", where);
}

void DrawFileBrowser(AppState& s) {
  FileBrowserState& b = s.file_browser;
  if (!b.open) return;
  const char* title_key = b.mode == BrowseMode::save ? "ui.browser.title_save"
                          : b.mode == BrowseMode::open_folder ? "ui.browser.title_folder" : "ui.browser.title_open";
  const std::string title = L(s, title_key, "file_browser");
  if (!ImGui::IsPopupOpen(title.c_str())) ImGui::OpenPopup(title.c_str());
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float em = ImGui::GetFontSize();
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(vp->Size.x * 0.9f, em * 46), std::min(vp->Size.y * 0.85f, em * 32)), ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  List(s);
  PathBar(s);
  const ImGuiStyle& st = ImGui::GetStyle();
  // Below the list: the error line (when any), the name field (save), the buttons.
  const float rows_below = (b.error.empty() ? 0 : 1) + (b.mode == BrowseMode::save ? 2 : 1) + (b.confirm_overwrite ? 1 : 0);
  Entries(s, ImGui::GetContentRegionAvail().y - rows_below * ImGui::GetFrameHeightWithSpacing() - st.ItemSpacing.y);
  if (!b.error.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, SeverityColor(Severity::error, s.dark));
    ImGui::TextWrapped("%s", b.error.c_str());
    ImGui::PopStyleColor();
  }
  bool ok = false;
  if (b.mode == BrowseMode::save) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(T(s, "ui.browser.file_name").c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (InputString("##name", b.file_name, ImGuiInputTextFlags_EnterReturnsTrue)) Confirm(s);
    TestItem(s, "filebrowser.name");
    if (ImGui::IsItemEdited()) b.confirm_overwrite = false;
    ok = !b.file_name.empty() && fs::path(b.file_name).filename() == fs::path(b.file_name);
  } else {
    ok = b.mode == BrowseMode::open_folder ? b.error.empty() : !b.selected.empty();
  }
  if (b.confirm_overwrite) ImGui::TextUnformatted(trf(s.lang, "ui.browser.overwrite", {{"name", b.file_name}}).c_str());
  if (!b.open) {  // Confirm closed it (double-click, Enter)
    ImGui::EndPopup();
    return;
  }
  const char* confirm_key = b.mode == BrowseMode::save ? (b.confirm_overwrite ? "ui.browser.replace" : "ui.browser.save")
                            : b.mode == BrowseMode::open_folder ? "ui.browser.open_folder" : "ui.browser.open";
  ImGui::BeginDisabled(!ok);
  if (ImGui::Button(L(s, confirm_key, "browser_confirm").c_str())) Confirm(s);
  ImGui::EndDisabled();
  TestItem(s, "filebrowser.confirm");
  ImGui::SameLine();
  if (ImGui::Button(L(s, "views.cancel", "browser_cancel").c_str()) || (Pressed(Action::close) >= 0 && !ImGui::IsAnyItemActive()))
    Close(b);
  TestItem(s, "filebrowser.cancel");
  if (b.mode != BrowseMode::save && b.selected.size() > 1) {
    ImGui::SameLine();
    ImGui::TextDisabled("%s", trf(s.lang, "ui.browser.selected", {{"n", format_count(static_cast<std::int64_t>(b.selected.size()), s.lang)}}).c_str());
  }
  ImGui::EndPopup();
}

}  // namespace kompilasi::ui
