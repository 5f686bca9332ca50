#include "ui/frame_stats.hpp"

namespace kompilasi::ui {

void FrameStats::Begin() {
  begin_ = built_ = Clock::now();
  if (work_.empty()) {
    app_.assign(kKeep, 0);
    work_.assign(kKeep, 0);
    interval_.assign(kKeep, 0);
  }
}

void FrameStats::Built() { built_ = Clock::now(); }

void FrameStats::End() {
  const auto now = Clock::now();
  app_[next_] = std::chrono::duration<float, std::milli>(built_ - begin_).count();
  work_[next_] = std::chrono::duration<float, std::milli>(now - begin_).count();
  interval_[next_] = have_last_ ? std::chrono::duration<float, std::milli>(begin_ - last_begin_).count() : 0;
  last_begin_ = begin_;
  have_last_ = true;
  next_ = (next_ + 1) % kKeep;
  if (count_ < kKeep) ++count_;
}

void FrameStats::Clear() {
  count_ = 0;
  next_ = 0;
  have_last_ = false;
}

std::vector<float> FrameStats::Ordered(const std::vector<float>& ring) const {
  std::vector<float> out;
  out.reserve(count_);
  for (std::size_t i = 0; i < count_; ++i) out.push_back(ring[(next_ + kKeep - count_ + i) % kKeep]);
  return out;
}

}  // namespace kompilasi::ui
