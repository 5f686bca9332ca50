// Findings by table row, built once per analysis (Analyze) so that views find a row's or a
// cell's findings without scanning: per table, a compressed index (row_start / by_row) and
// the worst severity per row.
#pragma once
#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "registry/model.hpp"
#include "registry/validate.hpp"

namespace kompilasi::ui {

struct FindingIndex {
  static constexpr std::int8_t kNone = -1;
  std::array<std::vector<std::uint32_t>, kTableCount> row_start;  // rows + 1 entries
  std::array<std::vector<std::uint32_t>, kTableCount> by_row;     // indexes into Validation::findings
  std::array<std::vector<std::int8_t>, kTableCount> worst;        // Severity per row, or kNone
  std::array<std::size_t, 3> by_severity{};

  void Build(const Compilation& c, const Validation& v);
  // Build in kBuildSteps calls, step 0 first (the browser's import, a call a frame: at a
  // million ASN the whole took one long frame): the same index once the last has run.
  static constexpr int kBuildSteps = 3;
  void BuildStep(const Compilation& c, const Validation& v, int step);
  std::span<const std::uint32_t> Row(TableId t, std::size_t row) const;

 private:
  std::array<std::vector<std::uint32_t>, kTableCount> fill_;  // while building: each row's next place in by_row
};

// Whether finding f is about column `column` of its table (f.column names the column as the
// file or form names it: the schema name, or a flat form's header).
bool FindingOnColumn(const Finding& f, const Table& t, std::size_t column);

}  // namespace kompilasi::ui
