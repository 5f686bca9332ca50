// A grid of text cells as a spreadsheet or a CSV file holds it: what flat forms and the
// corpus tests read. Row i, column j is rows[i][j]; trailing empty cells may be missing.
#pragma once
#include <string>
#include <vector>

namespace kompilasi {

struct Sheet {
  std::string name;
  std::string state = "visible";     // visible, hidden, veryHidden
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> merged;   // "A1:B2", sorted
};

}  // namespace kompilasi
