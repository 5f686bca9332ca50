#include "ui/job.hpp"

#include <algorithm>
#include <utility>

namespace kompilasi::ui {

Job::~Job() {
  stop_ = true;  // the steps after the one running are skipped: leaving the app waits for one step, not the rest
  if (thread_.joinable()) thread_.join();
}

void Job::Add(std::string label_key, double weight, std::function<void()> work) {
  AddSliced(std::move(label_key), weight, [work = std::move(work)] {
    work();
    return true;
  });
}

void Job::AddSliced(std::string label_key, double weight, std::function<bool()> slice) {
  steps_.push_back({std::move(label_key), weight, std::move(slice)});
}

bool Job::RunSlice(std::size_t i) {
  const auto t0 = std::chrono::steady_clock::now();
  bool done = false;
  try {
    done = steps_[i].work();
  } catch (...) {
    error_ = std::current_exception();
    stop_ = true;
  }
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  steps_[i].ms += ms;
  steps_[i].longest_ms = std::max(steps_[i].longest_ms, ms);
  if (done || stop_) part_ = 0;
  if (stop_) next_ = steps_.size();
  else if (done) next_ = i + 1;
  return done || stop_;
}

void Job::Start(bool thread) {
  started_ = std::chrono::steady_clock::now();
  threaded_ = thread;
  if (!thread) return;
  thread_ = std::thread([this] {
    for (std::size_t i = 0; i < steps_.size() && !stop_; ++i)
      while (!RunSlice(i)) {
      }
  });
}

bool Job::Poll() {
  const std::size_t i = next_;
  if (i >= steps_.size()) return true;
  if (!threaded_) RunSlice(i);
  return next_ >= steps_.size();
}

void Job::Finish() {
  if (thread_.joinable()) thread_.join();
  if (error_) std::rethrow_exception(std::exchange(error_, nullptr));
}

double Job::Progress() const {
  double total = 0, done = 0;
  const std::size_t n = next_;
  for (std::size_t i = 0; i < steps_.size(); ++i) {
    total += steps_[i].weight;
    if (i < n) done += steps_[i].weight;
    if (i == n) done += steps_[i].weight * std::clamp(part_.load(), 0.0, 1.0);
  }
  return total > 0 ? done / total : 1;
}

const std::string& Job::Label() const {
  static const std::string none;
  const std::size_t i = next_;
  return i < steps_.size() ? steps_[i].label_key : none;
}

std::vector<Job::Timing> Job::Timings() const {
  std::vector<Timing> out;
  const std::size_t n = next_;
  for (std::size_t i = 0; i < n && i < steps_.size(); ++i) out.push_back({steps_[i].label_key, steps_[i].ms, steps_[i].longest_ms});
  return out;
}

double Job::ElapsedMs() const {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started_).count();
}

}  // namespace kompilasi::ui
