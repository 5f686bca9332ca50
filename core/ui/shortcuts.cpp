#include "ui/shortcuts.hpp"

namespace kompilasi::ui {
namespace {

std::string KeyName(const Binding& b, char key) {
  std::string text = b.ctrl ? "Ctrl+" : "";
  if (b.shift) text += "Shift+";
  switch (b.named) {
    case ImGuiKey_Enter:
    case ImGuiKey_KeyPadEnter: return text + "Enter";
    case ImGuiKey_Delete: return text + "Delete";
    case ImGuiKey_Escape: return text + "Esc";
    default: return text + key;
  }
}

}  // namespace

int Pressed(Action a) {
  const ImGuiIO& io = ImGui::GetIO();
  for (const Binding& b : kBindings) {
    if (b.action != a || b.ctrl != io.KeyCtrl || b.shift != io.KeyShift) continue;
    if (b.named != ImGuiKey_COUNT) {
      if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(b.named))) return 0;
      continue;
    }
    // The GLFW backend of both builds indexes printable keys by their ASCII code ('1', 'F').
    for (char k = b.first; k <= b.last; ++k)
      if (ImGui::IsKeyPressed(static_cast<unsigned char>(k))) return k - b.first;
  }
  return -1;
}

std::string KeysText(Action a) {
  std::string text;
  for (const Binding& b : kBindings) {
    if (b.action != a) continue;
    std::string keys = KeyName(b, b.first);
    if (b.last != b.first) keys += " \xE2\x80\xA6 " + KeyName(b, b.last);
    if (text == keys || text.ends_with(", " + keys)) continue;  // Enter and the keypad's Enter
    text += (text.empty() ? "" : ", ") + keys;
  }
  return text;
}

}  // namespace kompilasi::ui
