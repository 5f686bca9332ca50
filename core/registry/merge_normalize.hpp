// The comparison form of a cell for merging (DATA.md section 5): two submissions agree on
// a cell when these forms are equal. NIPs → their 18 digits; platforms → the six names;
// handles → handle_key (so "@name" and its profile URL agree); followers → the number
// ("12.345" = "12345"; unknown → empty); dates → YYYY-MM-DD; enumerations → their list
// value; sasaran → its codes sorted; no_hp → digits with +62 read as 0; email → lowercase;
// any other text → trimmed, inner runs of spaces as one. Text that does not parse keeps its
// trimmed form, so it agrees only with the same text.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "normalize.hpp"
#include "schema.hpp"

namespace kompilasi {

// column indexes a schema column of t; larger indexes are extra columns (plain text).
// platform is the row's platform (needed for handles). out is reused; the result views it.
std::string_view merge_value(TableId t, std::size_t column, std::string_view text, std::optional<Platform> platform,
                             std::string& out);

// The column of t holding the row's platform, or -1.
int platform_column(TableId t);

}  // namespace kompilasi
