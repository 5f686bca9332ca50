// The app's views: one free function per view, one view per file (view_<name>.cpp).
// Each draws from the state and pushes Commands; none changes the workspace directly.
// Window titles end in "###<id>" so that a window keeps its place (and its test id) when
// the language changes.
#pragma once

namespace kompilasi::ui {

struct AppState;

void DrawMenuBar(AppState& s);     // view_menu_bar.cpp: Berkas, Tampilan, Bahasa, Bantuan
void DrawOverview(AppState& s);    // view_overview.cpp: what is open, rows per file / table
void DrawStatusBar(AppState& s);   // view_status_bar.cpp: the last status line
void DrawLoading(AppState& s);     // view_loading.cpp: "Memuat…" until storage is restored
void DrawErrorDialog(AppState& s); // view_error_dialog.cpp: unusable input, in the user's language
void DrawAbout(AppState& s);       // view_about.cpp

}  // namespace kompilasi::ui
