// The app's fonts and the characters they are loaded with, in one place: app.cpp loads
// them, tests/unit/fonts_test.cpp checks that every character of the string tables has a
// glyph in them (a character outside them shows as '?').
#pragma once
#include <imgui.h>

#include <filesystem>

namespace kompilasi::ui {

// NotoSans: Latin-1 and Latin Extended-A (names) and General Punctuation (dashes, curly
// quotes, ellipsis).
inline constexpr ImWchar kTextGlyphs[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2010, 0x2027, 0};
// NotoSansMath, merged into each face: the arrows and the ≤ ≥ of rule texts and the report,
// which NotoSans lacks.
inline constexpr ImWchar kSymbolGlyphs[] = {0x2190, 0x2193, 0x2264, 0x2265, 0};

// The font files under the app's asset folder (cmake/assets.cmake copies them there).
inline constexpr const char* kFontFiles[] = {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansMath-Regular.ttf"};

// Adds the text face (atlas.Fonts[0]) and the bold face for headings (Fonts[1], 1.25 times
// as big) at px pixels, each with the symbols merged in. False, with nothing added, when a
// file is missing.
bool AddAppFonts(ImFontAtlas& atlas, const std::filesystem::path& dir, float px);

}  // namespace kompilasi::ui
