// The shortcut table (ui/shortcuts.hpp): what About shows is what the key handling reads.
#include <doctest/doctest.h>
#include <imgui.h>

#include "registry/i18n.hpp"
#include "ui/shortcuts.hpp"

using namespace kompilasi;
using namespace kompilasi::ui;

TEST_CASE("every shortcut action has keys and a help text in both languages") {
  for (const auto& entry : kActionHelp) {
    const auto action = entry.action;
    const auto help = entry.help;
    CAPTURE(help);
    CHECK(!KeysText(action).empty());
    CHECK(tr(Lang::id, help) != help);
    CHECK(tr(Lang::en, help) != tr(Lang::id, help));
  }
  for (const Binding& b : kBindings) {  // each bound action is listed in About
    int listed = 0;
    for (const auto& h : kActionHelp) listed += h.action == b.action;
    CHECK(listed == 1);
  }
  CHECK(KeysText(Action::redo) == "Ctrl+Y, Ctrl+Shift+Z");
  CHECK(KeysText(Action::tab) == "Ctrl+1 \xE2\x80\xA6 Ctrl+5");
  CHECK(KeysText(Action::edit) == "Enter");
}

TEST_CASE("a key pressed with the binding's modifiers is its action, with others it is not") {
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // no imgui.ini left behind
  io.DisplaySize = ImVec2(800, 600);
  io.KeyMap[ImGuiKey_Enter] = 257;  // as the GLFW backend maps them
  io.KeyMap[ImGuiKey_Escape] = 256;
  unsigned char* pixels;
  int w, h;
  io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
  const auto frame = [&](bool ctrl, bool shift, int key) {
    for (bool& down : io.KeysDown) down = false;
    ImGui::NewFrame();  // the keys released
    ImGui::EndFrame();
    io.KeyCtrl = ctrl;
    io.KeyShift = shift;
    io.KeysDown[key] = true;
    ImGui::NewFrame();
  };
  frame(true, true, 'Z');
  CHECK(Pressed(Action::redo) == 0);
  CHECK(Pressed(Action::undo) == -1);
  ImGui::EndFrame();
  frame(true, false, 'Z');
  CHECK(Pressed(Action::undo) == 0);
  CHECK(Pressed(Action::redo) == -1);
  ImGui::EndFrame();
  frame(true, false, '3');
  CHECK(Pressed(Action::tab) == 2);
  ImGui::EndFrame();
  frame(false, false, '3');
  CHECK(Pressed(Action::tab) == -1);
  ImGui::EndFrame();
  frame(false, false, 257);
  CHECK(Pressed(Action::edit) == 0);
  CHECK(Pressed(Action::close) == -1);
  ImGui::EndFrame();
  ImGui::DestroyContext();
}
