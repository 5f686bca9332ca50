#include "ui/finding_index.hpp"

#include "registry/normalize.hpp"

namespace kompilasi::ui {

void FindingIndex::Build(const Compilation& c, const Validation& v) {
  for (int step = 0; step < kBuildSteps; ++step) BuildStep(c, v, step);
}

void FindingIndex::BuildStep(const Compilation& c, const Validation& v, int step) {
  if (step == 0) {  // each row's count and worst severity
    by_severity = {};
    for (const TableId t : kAllTables) {
      const std::size_t i = index(t), rows = c.table(t).rows();
      row_start[i].assign(rows + 1, 0);
      worst[i].assign(rows, kNone);
    }
    for (const Finding& f : v.findings) {
      ++by_severity[static_cast<std::size_t>(f.severity)];
      const std::size_t i = index(f.table);
      if (f.table_row == kNoRow || f.table_row >= worst[i].size()) continue;
      ++row_start[i][f.table_row + 1];
      std::int8_t& w = worst[i][f.table_row];
      if (w == kNone || static_cast<std::int8_t>(f.severity) < w) w = static_cast<std::int8_t>(f.severity);
    }
  } else if (step == 1) {  // the counts summed up into each row's start
    for (std::size_t i = 0; i < kTableCount; ++i) {
      for (std::size_t r = 1; r < row_start[i].size(); ++r) row_start[i][r] += row_start[i][r - 1];
      by_row[i].assign(row_start[i].back(), 0);
      fill_[i].assign(row_start[i].begin(), row_start[i].end() - 1);
    }
  } else {  // each finding in its row's place
    for (std::uint32_t k = 0; k < v.findings.size(); ++k) {
      const Finding& f = v.findings[k];
      const std::size_t i = index(f.table);
      if (f.table_row == kNoRow || f.table_row >= worst[i].size()) continue;
      by_row[i][fill_[i][f.table_row]++] = k;
    }
    fill_ = {};
  }
}

std::span<const std::uint32_t> FindingIndex::Row(TableId t, std::size_t row) const {
  const std::size_t i = index(t);
  if (row + 1 >= row_start[i].size()) return {};
  return std::span<const std::uint32_t>(by_row[i]).subspan(row_start[i][row], row_start[i][row + 1] - row_start[i][row]);
}

bool FindingOnColumn(const Finding& f, const Table& t, std::size_t column) {
  if (column >= t.columns.size()) return false;
  if (f.column() == t.columns[column]) return true;
  return fold_header(f.column()) == fold_header(t.columns[column]);
}

}  // namespace kompilasi::ui
