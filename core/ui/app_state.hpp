// The one state of the ImGui app, shared by the desktop and the browser build.
//
// How to use: the platform's main creates an AppState, calls InitApp once the fonts can be
// built, then per frame: ApplyCommands (changes made since the last frame), DrawApp between
// ImGui::NewFrame and ImGui::Render. Views are free functions DrawX(AppState&) (views.hpp),
// one per file; they read the state and push Commands, they never change the workspace
// themselves. That keeps every change in one place (commands.cpp): the hook that saves the
// workspace, and later undo/redo, live there.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "registry/i18n.hpp"
#include "ui/commands.hpp"
#include "ui/workspace.hpp"

namespace kompilasi::ui {

class Platform;

// Which windows are open (the menu "Tampilan" toggles them).
struct OpenWindows {
  bool overview = true;
  bool about = false;
};

struct AppState {
  Platform* platform = nullptr;
  Lang lang = Lang::id;

  // The open workspace; empty before anything was opened.
  std::optional<Workspace> workspace;
  // Set once the saved workspace (or the sample on first start) has been restored.
  bool restored = false;
  std::uint64_t restored_frame = 0;  // s.frame when it was; windows show from the frame after
  // An error to show in a modal dialog (already in the user's language), then cleared.
  std::string error;
  // One line for the status bar (already in the user's language).
  std::string status;

  OpenWindows windows;
  std::vector<Command> commands;  // pushed by views and the platform, applied between frames

  // Display: the UI scale (device pixels per ImGui unit of layout, e.g. 2 on a high-DPI screen).
  float ui_scale = 1.0f;
  std::string font;  // file of the face in use ("NotoSans-Regular.ttf"); empty: it failed to load
  std::uint64_t frame = 0;
  bool quit_requested = false;

  void Push(Command c) { commands.push_back(std::move(c)); }
};

}  // namespace kompilasi::ui
