// How long the last frames took, for the test hook and the benchmark (is the app smooth with
// a million rows?). The platform main calls Begin() when a frame starts, Built() once ImGui
// has the frame's draw lists, and End() once they are handed to OpenGL: `app` is Begin to
// Built (the app's own work: commands, a job's step, the views), `work` is Begin to End (that
// plus drawing, which in headless Chromium is SwiftShader's software GL on the CPU), and
// `interval` the time since the previous frame began (what the user sees, including the
// browser's or the driver's wait).
#pragma once
#include <chrono>
#include <cstddef>
#include <vector>

namespace kompilasi::ui {

class FrameStats {
 public:
  static constexpr std::size_t kKeep = 2000;  // frames remembered

  void Begin();
  void Built();
  void End();
  // Forgets what was measured (the benchmark measures one action at a time).
  void Clear();
  // Milliseconds of the frames since Clear(), oldest first (at most kKeep).
  std::vector<float> App() const { return Ordered(app_); }
  std::vector<float> Work() const { return Ordered(work_); }
  std::vector<float> Interval() const { return Ordered(interval_); }

 private:
  std::vector<float> Ordered(const std::vector<float>& ring) const;

  using Clock = std::chrono::steady_clock;
  Clock::time_point begin_{}, built_{}, last_begin_{};
  bool have_last_ = false;
  std::vector<float> app_, work_, interval_;  // rings of kKeep
  std::size_t next_ = 0, count_ = 0;
};

}  // namespace kompilasi::ui
