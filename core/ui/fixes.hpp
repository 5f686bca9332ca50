// Suggested fixes: the normalised form of a cell where the registry's normalisers read it
// and the text differs ("@Dewi.Lestari" → "Dewi.Lestari", "IG" → "instagram", "1,2 rb" →
// "1200", "26/09/1986" → "1986-09-26", "19860926 201505 1 001" → the 18 digits, "CPNS" →
// "PNS"). The app offers them per cell and for every row of a column at once.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "registry/schema.hpp"

namespace kompilasi::ui {

// The fix for a cell of column `column` of table t, or nothing when the text is already in
// its normal form or cannot be read.
std::optional<std::string> SuggestedFix(TableId t, int column, std::string_view text);
// What typing into a cell means while it is being edited: readable (and its normal form),
// unreadable by the column's normaliser, or an empty required cell.
struct CellCheck {
  enum Kind { ok, normal_differs, unreadable, required_empty } kind = ok;
  std::string normal;  // normal_differs: the normal form
};
CellCheck CheckCell(TableId t, int column, std::string_view text);
// Whether SuggestedFix can ever say something for this column.
bool ColumnHasFixes(TableId t, int column);
// Whether the column holds a count (pengikut): the grid right-aligns it.
bool NumericColumn(TableId t, int column);

}  // namespace kompilasi::ui
