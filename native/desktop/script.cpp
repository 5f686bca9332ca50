#include "script.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "ui/app.hpp"
#include "ui/app_state.hpp"

namespace kompilasi::desktop {
namespace {

constexpr double kWaitSeconds = 20;

// ${NAME} → the environment variable NAME (empty when unset).
std::string Expand(const std::string& line) {
  std::string out;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const auto end = line.find('}', i);
    if (line.compare(i, 2, "${") == 0 && end != std::string::npos) {
      const char* v = std::getenv(line.substr(i + 2, end - i - 2).c_str());
      out += v ? v : "";
      i = end;
    } else {
      out += line[i];
    }
  }
  return out;
}

int KeyCode(const std::string& name) {
  static const std::map<std::string, int> named = {{"ENTER", GLFW_KEY_ENTER}, {"ESCAPE", GLFW_KEY_ESCAPE},
                                                   {"TAB", GLFW_KEY_TAB},     {"DELETE", GLFW_KEY_DELETE},
                                                   {"BACKSPACE", GLFW_KEY_BACKSPACE}};
  if (name.size() == 1 && ((name[0] >= 'A' && name[0] <= 'Z') || (name[0] >= '0' && name[0] <= '9'))) return name[0];
  const auto it = named.find(name);
  return it == named.end() ? -1 : it->second;
}

}  // namespace

bool Script::Load(const std::string& path, std::string& error) {
  std::ifstream in(path);
  if (!in) {
    error = "skrip tidak dapat dibaca: " + path;
    return false;
  }
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream words(Expand(line));
    Step st;
    st.line = n;
    words >> st.verb;
    std::getline(words >> std::ws, st.arg);
    if (st.verb == "click" && st.arg.size() > 5 && st.arg.compare(st.arg.size() - 5, 5, " ctrl") == 0) {
      st.ctrl = true;
      st.arg.resize(st.arg.size() - 5);
    }
    if (st.verb == "key" && st.arg.rfind("CTRL+", 0) == 0) {
      st.ctrl = true;
      st.arg = st.arg.substr(5);
    }
    static const char* verbs[] = {"wait-ready", "wait-item", "wait-gone", "click", "hover", "key", "type", "frames", "sleep", "screenshot"};
    bool known = false;
    for (const char* v : verbs) known = known || st.verb == v;
    if (!known || (st.verb == "key" && KeyCode(st.arg) < 0)) {
      error = path + ":" + std::to_string(n) + ": langkah tidak dikenal: " + line;
      return false;
    }
    steps_.push_back(std::move(st));
  }
  return true;
}

void Script::Next() {
  ++step_;
  phase_ = 0;
  started_ = -1;
}

void Script::Fail(const std::string& what) {
  failed_ = true;
  error_ = "skrip baris " + std::to_string(steps_[step_].line) + " (" + steps_[step_].verb + " " + steps_[step_].arg + "): " + what;
}

void Script::BeforeFrame(ui::AppState& s, ImGuiIO& io, double now) {
  // What the backend read from the (idle) window system is replaced by the script's input.
  io.MouseDown[0] = false;
  if (key_ >= 0) io.KeysDown[key_] = false;
  key_ = -1;
  io.KeyCtrl = ctrl_held_ = false;
  if (mouse_x_ >= 0) io.MousePos = ImVec2(mouse_x_, mouse_y_);
  if (Done()) return;
  const Step& st = steps_[step_];
  if (started_ < 0) started_ = now;
  const bool late = now - started_ > kWaitSeconds;
  const auto item = s.test_items.find(st.arg);  // as drawn in the last frame
  const bool drawn = item != s.test_items.end();

  if (st.verb == "wait-ready") {
    if (s.commands.empty() && nlohmann::json::parse(ui::TestStateJson(s)).value("ready", false)) Next();
    else if (late) Fail("aplikasi tidak siap");
  } else if (st.verb == "wait-item" || st.verb == "wait-gone") {
    if (drawn == (st.verb == "wait-item")) Next();
    else if (late) Fail(drawn ? "masih tampil" : "tidak tampil");
  } else if (st.verb == "click" || st.verb == "hover") {
    if (phase_ == 0) {
      if (!drawn) {
        if (late) Fail("tidak tampil");
        return;
      }
      const auto& r = item->second;
      mouse_x_ = r[0] + r[2] / 2;
      mouse_y_ = r[1] + r[3] / 2;
      io.MousePos = ImVec2(mouse_x_, mouse_y_);
      phase_ = 1;
    } else if (st.verb == "hover") {
      if (++phase_ > 3) Next();
    } else if (phase_ == 1) {
      io.MouseDown[0] = true;
      io.KeyCtrl = ctrl_held_ = st.ctrl;
      phase_ = 2;
    } else {
      io.KeyCtrl = st.ctrl;
      Next();  // released this frame: the click lands
    }
  } else if (st.verb == "key") {
    key_ = KeyCode(st.arg);
    io.KeysDown[key_] = true;
    io.KeyCtrl = ctrl_held_ = st.ctrl;
    Next();
  } else if (st.verb == "type") {
    io.AddInputCharactersUTF8(st.arg.c_str());
    Next();
  } else if (st.verb == "frames") {
    if (phase_ == 0) frames_left_ = std::atoi(st.arg.c_str());
    phase_ = 1;
    if (frames_left_-- <= 0) Next();
  } else if (st.verb == "sleep") {
    if (now - started_ >= std::atof(st.arg.c_str()) / 1000) Next();
  } else if (st.verb == "screenshot") {
    screenshot_ = st.arg;
    Next();
  }
}

std::string Script::TakeScreenshot() {
  std::string path;
  path.swap(screenshot_);
  return path;
}

}  // namespace kompilasi::desktop
