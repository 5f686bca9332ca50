// A test script for the desktop app (--script FILE): drives the real window as a person
// would, through ImGui's input (mouse over a named widget, press, release; keys; typed
// text), one step after another across frames. Widgets are found by the names views record
// (AppState::test_items). ${NAME} in a line is replaced by the environment variable NAME.
//
//   wait-ready               until the workspace is restored and no import runs
//   wait-item ID             until widget ID is drawn
//   wait-gone ID             until widget ID is no longer drawn
//   click ID [ctrl]          press and release the left button on ID (with Ctrl held)
//   hover ID                 move the mouse over ID (menus open sub-menus on hover)
//   key [CTRL+]NAME          press and release a key: a letter, ENTER, ESCAPE, TAB, DELETE
//   type TEXT                type TEXT into the focused field
//   frames N                 let N frames pass
//   sleep MS                 let MS milliseconds pass (the autosave comes 0.4 s after a change)
//   screenshot FILE.png      write the window's pixels after this frame
// Lines starting with '#' and empty lines are skipped. A step that waits gives up after
// 20 s: the script fails (the app exits with status 1 and says which line).
#pragma once
#include <string>
#include <vector>

struct ImGuiIO;

namespace kompilasi::ui {
struct AppState;
}

namespace kompilasi::desktop {

class Script {
 public:
  // Reads the script; false with error set when the file is unreadable or a line unknown.
  bool Load(const std::string& path, std::string& error);
  // Between the backend's NewFrame and ImGui::NewFrame: feeds this frame's input.
  void BeforeFrame(ui::AppState& s, ImGuiIO& io, double now);
  // After rendering: a screenshot to take now (empty: none).
  std::string TakeScreenshot();
  bool Done() const { return step_ >= steps_.size() || failed_; }
  bool Failed() const { return failed_; }
  const std::string& Error() const { return error_; }

 private:
  struct Step {
    std::string verb, arg;
    bool ctrl = false;
    int line = 0;
  };
  void Next();
  void Fail(const std::string& what);

  std::vector<Step> steps_;
  std::size_t step_ = 0;
  int phase_ = 0;          // within the current step
  int frames_left_ = 0;
  double started_ = -1;    // when the current step began waiting
  float mouse_x_ = -1, mouse_y_ = -1;
  int key_ = -1;           // a key held since the last frame
  bool ctrl_held_ = false;
  std::string screenshot_;
  bool failed_ = false;
  std::string error_;
};

}  // namespace kompilasi::desktop
