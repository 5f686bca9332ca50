// Building a table view's row order (filter, then sort) as a resumable job, so that a
// million rows never cost one long frame: Step() works until its time budget is spent and
// is called again next frame; a small table is done within the first Step.
//
//   RowsJob job;
//   job.Start(w, TableId::akun, query, previous);   // previous: the last finished build, or null
//   while (!job.Step(w, 6.0)) { /* next frame */ }
//   rows = job.TakeRows();
//
// Narrowing: when the previous build was of the same data, sort and filters and its search
// text is contained in the new one (typing), only its rows are searched and they keep their
// order, so nothing is sorted again. A sort change alone re-sorts the previous rows without
// filtering again. Order: the sort column's numbers by value before texts by bytes, empty
// cells last in either direction, ties in table order.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "registry/schema.hpp"
#include "ui/workspace.hpp"

namespace kompilasi::ui {

struct RowQuery {
  int sort_column = -1;  // -1: table order
  bool sort_desc = false;
  std::string search;    // matched case-insensitively (ASCII) anywhere in any cell
  int filter_unit = -1;  // unit-table row: rows of that unit or below it; -1: every unit
  int filter_platform = -1;
  bool only_findings = false;
  bool operator==(const RowQuery&) const = default;
};

// A finished build: what it was of, and its rows in display order.
struct RowsResult {
  std::uint64_t revision = UINT64_MAX;
  TableId table = TableId::unit;
  RowQuery query;
  std::vector<std::uint32_t> rows;
};

class RowsJob {
 public:
  // Begins a build of table t for q; previous (may be null) is the last finished build.
  void Start(const Workspace& w, TableId t, const RowQuery& q, const RowsResult* previous);
  // Works on it for about budget_ms (at least one unit of work); true when it is finished.
  bool Step(const Workspace& w, double budget_ms);
  bool Active() const { return phase_ != Phase::idle && phase_ != Phase::done; }
  bool Done() const { return phase_ == Phase::done; }
  // What the build in progress (or finished) is of; its rows fill in as it goes.
  const RowsResult& Target() const { return out_; }
  // 0..1, for a progress indicator.
  double Progress() const;
  // The finished build (then the job is idle again).
  RowsResult Take();

 private:
  enum class Phase { idle, filter, keys, runs, merge, done };
  struct Key {
    std::int64_t value;     // the number, or the text's first 8 bytes big-endian
    std::uint32_t id;       // pool id (texts compared in full when the prefixes tie)
    std::uint32_t row;
    std::uint8_t kind;      // 0 number, 1 text, 2 empty
  };
  bool Less(const Key& a, const Key& b) const;
  bool RowPasses(const Workspace& w, std::uint32_t r);

  Phase phase_ = Phase::idle;
  RowsResult out_;
  // filter
  std::vector<std::uint32_t> source_;  // rows to filter (previous rows when narrowing); empty: 0..n-1
  bool from_source_ = false;
  bool sort_needed_ = false;
  std::size_t total_ = 0, cursor_ = 0;
  std::string needle_;                 // the search text in lower case
  std::vector<std::int8_t> cell_hit_;  // per pool id: -1 unknown, 0 no, 1 contains the needle
  std::vector<std::uint8_t> unit_in_; // per unit row: 1 when within the filter unit
  std::vector<std::int32_t> konten_unit_;  // per konten row: its source unit row (unit filter)
  // sort
  const StringPool* pool_ = nullptr;
  bool desc_ = false;
  std::vector<Key> keys_, spare_;
  std::size_t width_ = 0;                    // merge: the length of the sorted runs
  std::size_t lo_ = 0, i_ = 0, j_ = 0, k_ = 0;  // merge cursor: pair start, inputs, output
  bool pair_open_ = false;
};

}  // namespace kompilasi::ui
