// The app's views: one free function per view, one view per file (view_<name>.cpp).
// Each draws from the state and pushes Commands; none changes the workspace directly.
// Window titles end in "###<id>" so that a window keeps its place (and its test id) when
// the language changes.
#pragma once

namespace kompilasi::ui {

struct AppState;

void DrawMenuBar(AppState& s);        // view_menu_bar.cpp: Berkas, Sunting, Tampilan, Bahasa, Bantuan
void DrawMain(AppState& s);           // view_main.cpp: the main window: start screen or the tabs below
void DrawStart(AppState& s);          // view_start.cpp: nothing open: new, open, sample
void DrawNewCompilation(AppState& s); // view_start.cpp: instansi, tahun, tanggal of a new compilation
void OpenNewCompilation(AppState& s, std::string instansi);  // that form, for this year and today
void DrawDashboard(AppState& s);      // view_dashboard.cpp
void DrawTables(AppState& s);         // view_tables.cpp
void DrawFindings(AppState& s);       // view_findings.cpp
void DrawCampaigns(AppState& s);      // view_campaigns.cpp
void DrawConflicts(AppState& s);      // view_conflicts.cpp
void DrawImportMapping(AppState& s);  // view_import.cpp: a flat form's mapping and preview
void DrawOverview(AppState& s);       // view_overview.cpp: what is open, rows per table, reading notices
void DrawStatusBar(AppState& s);      // view_status_bar.cpp: counts and the last status line
void DrawLoading(AppState& s);        // view_loading.cpp: "Memuat…" until storage is restored
void DrawImportProgress(AppState& s); // view_loading.cpp: the steps of opening files, with a bar
void DrawErrorDialog(AppState& s);    // view_error_dialog.cpp: unusable input, in the user's language
void DrawAbout(AppState& s);          // view_about.cpp
void DrawFileBrowser(AppState& s);    // view_file_browser.cpp: the desktop's open and save dialog
void DrawRecovery(AppState& s);       // view_recovery.cpp: unsaved changes found beside the document
void HandleShortcuts(AppState& s);    // view_shortcuts.cpp: undo, redo, tabs, save, import (shortcuts.hpp)

}  // namespace kompilasi::ui
