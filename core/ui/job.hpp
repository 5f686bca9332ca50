// Long work (opening a million rows: reading, validating, metrics) as a list of steps that
// never freeze the UI: with a worker thread (the desktop) the steps run one after another
// beside the UI; without one (the browser is single-threaded so that any static server can
// serve it) one step runs per frame, and the frames between show the progress.
//
//   Job job;
//   job.Add("jobs.step.read", 3, [&] { … });     // label key, weight, work
//   job.Add("jobs.step.validate", 3, [&] { … });
//   job.AddSliced("jobs.step.read", 4, [&] { return reader.step(20000); });  // true when done
//   job.Start(/*thread=*/true);
//   per frame: job.Poll();  // runs a step (no thread); true once every step ran
//   then job.Finish();      // rethrows what a step threw, on the caller's thread
//
// Steps run in order and each sees what the previous ones left; they must not touch what the
// UI thread changes meanwhile (the app defers its commands while a job runs).
#pragma once
#include <atomic>
#include <chrono>
#include <exception>
#include <functional>
#include <string>
#include <thread>
#include <vector>

namespace kompilasi::ui {

class Job {
 public:
  Job() = default;
  Job(const Job&) = delete;
  Job& operator=(const Job&) = delete;
  ~Job();  // skips the steps not yet started and waits for the one running

  void Add(std::string label_key, double weight, std::function<void()> work);
  // A step done in slices: `slice` runs again until it returns true, once per Poll() without
  // a thread (so a long read leaves the frames between its slices to the UI).
  void AddSliced(std::string label_key, double weight, std::function<bool()> slice);
  void Start(bool thread);
  // Runs the next step when there is no thread; true when every step has run (or one threw).
  bool Poll();
  // Waits for the thread, rethrows the first exception of a step.
  void Finish();

  // From inside a sliced step: the part of that step done so far (0..1), for Progress().
  void SetStepPart(double part) { part_ = part; }
  // 0..1 by the weights of the steps done (and the part of the one running); the label key
  // of the step running.
  double Progress() const;
  const std::string& Label() const;
  // Milliseconds each finished step took in all and in its longest slice, in order (the
  // benchmark's figures: without a thread the longest slice is that step's longest frame).
  struct Timing {
    std::string label_key;
    double ms = 0, longest_ms = 0;
  };
  std::vector<Timing> Timings() const;
  double ElapsedMs() const;

 private:
  struct Step {
    std::string label_key;
    double weight = 1;
    std::function<bool()> work;  // true when the step is done
    double ms = 0, longest_ms = 0;
  };
  bool RunSlice(std::size_t i);  // true when step i is done (or threw)

  std::vector<Step> steps_;
  std::atomic<std::size_t> next_{0};  // the step running or to run next
  std::atomic<bool> stop_{false};     // a step threw: the rest are skipped
  std::atomic<double> part_{0};       // SetStepPart of the step running
  std::exception_ptr error_;
  std::thread thread_;
  bool threaded_ = false;
  std::chrono::steady_clock::time_point started_;
};

}  // namespace kompilasi::ui
