// Inline SVG charts of the report: no script, no external reference (no xmlns either: SVG
// inside HTML needs none), sized by viewBox so they scale to the page and print sharply.
#pragma once
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kompilasi {

struct BarRow {
  std::string label;       // left of the bar; shortened when long (the full text is the tooltip)
  double fraction = 0;     // 0…1 of the full bar width
  std::string value_text;  // right of the bar
  std::string tooltip;
};
// Horizontal bars, one row each, with a 0–100 % scale on top; long lists are cut into
// several SVGs of at most `per_chart` rows so that none is taller than a printed page.
std::string svg_bars(std::span<const BarRow> rows, std::string_view title, std::size_t per_chart = 32);

struct ColumnBar {
  std::string label;       // under the column
  double fraction = 0;     // 0…1 of the tallest possible column
  std::string value_text;  // above the column
};
std::string svg_columns(std::span<const ColumnBar> cols, std::string_view title);

// The first max_chars characters (code points) of s, with "…" when it was longer.
std::string shorten(std::string_view s, std::size_t max_chars);

}  // namespace kompilasi
