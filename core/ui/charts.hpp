// Charts drawn with ImGui draw lists (no plotting library): horizontal bars with labels and
// value texts, vertical columns for a distribution, and headline cards. Each reserves its
// space with a Dummy item so that layout, scrolling and hover work as for any widget.
#pragma once
#include <imgui.h>

#include <span>
#include <string>

namespace kompilasi::ui {

struct Bar {
  std::string label;
  double value = 0;   // drawn length: value / max
  std::string text;   // shown after the bar ("80,6%")
  std::string tip;    // tooltip (empty: none)
};

// Bars one per line; label column of label_w, bar up to the right edge minus the value text
// (right-aligned, so that the figures line up).
// Returns the index of the bar clicked, or -1.
int HBarChart(const char* id, std::span<const Bar> bars, double max, ImU32 color, float label_w);
// Columns side by side over the full width, height h, labels under them.
void ColumnChart(const char* id, std::span<const Bar> bars, double max, ImU32 color, float h);
// A headline figure: the label small above, the value large.
void Card(const char* id, const char* label, const std::string& value, const std::string& sub, float w);

ImU32 AccentColor(bool dark);
ImU32 AccentColor2(bool dark);

}  // namespace kompilasi::ui
