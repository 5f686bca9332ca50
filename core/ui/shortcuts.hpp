// The keyboard shortcuts, one table: the key handling (view_shortcuts.cpp, view_tables.cpp,
// the dialogs' Esc) asks Pressed(), About lists them with KeysText() and the help key.
#pragma once
#include <imgui.h>

#include <string>

namespace kompilasi::ui {

enum class Action { undo, redo, save, import, tab, search, edit, delete_row, close };

struct Binding {
  Action action;
  bool ctrl, shift;
  char first, last;                 // a printable key, or a run of them ('1'…'5': one binding)
  ImGuiKey named = ImGuiKey_COUNT;  // a named key instead (first and last 0)
};

inline constexpr Binding kBindings[] = {
    {Action::undo, true, false, 'Z', 'Z'},
    {Action::redo, true, false, 'Y', 'Y'},
    {Action::redo, true, true, 'Z', 'Z'},
    {Action::save, true, false, 'S', 'S'},
    {Action::import, true, false, 'O', 'O'},
    {Action::tab, true, false, '1', '5'},
    {Action::search, true, false, 'F', 'F'},
    {Action::edit, false, false, 0, 0, ImGuiKey_Enter},
    {Action::edit, false, false, 0, 0, ImGuiKey_KeyPadEnter},
    {Action::delete_row, false, false, 0, 0, ImGuiKey_Delete},
    {Action::close, false, false, 0, 0, ImGuiKey_Escape},
};

// Each action once, in the order About lists them, with the string-table key saying what it does.
struct ActionHelp {
  Action action;
  const char* help;
};
inline constexpr ActionHelp kActionHelp[] = {
    {Action::undo, "ui.shortcut.undo"},     {Action::redo, "ui.shortcut.redo"},     {Action::save, "ui.shortcut.save"},
    {Action::import, "ui.shortcut.import"}, {Action::tab, "ui.shortcut.tabs"},      {Action::search, "ui.shortcut.search"},
    {Action::edit, "ui.shortcut.edit"},     {Action::delete_row, "ui.shortcut.delete"}, {Action::close, "ui.shortcut.close"},
};

// Whether a binding of `a` was pressed this frame (Ctrl and Shift as the binding says): the
// offset of the key pressed in its run (0 for a single key), or -1.
int Pressed(Action a);
// The keys of `a` as a person reads them: "Ctrl+Y, Ctrl+Shift+Z", "Ctrl+1 … Ctrl+5".
std::string KeysText(Action a);

}  // namespace kompilasi::ui
