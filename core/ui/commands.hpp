// The changes views and platforms ask for. They are queued on AppState::commands during a
// frame and applied by ApplyCommands before the next one, so no view changes the state
// while another view of the same frame is drawing it.
#pragma once
#include <string>
#include <variant>
#include <vector>

#include "registry/i18n.hpp"

namespace kompilasi::ui {

struct AppState;

// Open files or folders (a folder is a CSV bundle; loose files are taken together as one).
struct OpenPaths { std::vector<std::string> paths; };
struct OpenSample {};
struct CloseWorkspace {};
struct SetLanguage { Lang lang; };
// First start: restore the saved workspace, or open the sample when nothing was saved.
struct RestoreWorkspace {};

using Command = std::variant<OpenPaths, OpenSample, CloseWorkspace, SetLanguage, RestoreWorkspace>;

// Applies and clears the queued commands; saves the workspace after any command that changed it.
void ApplyCommands(AppState& s);

}  // namespace kompilasi::ui
