// Every character of every string table (assets/strings/*.json) is in the glyph ranges the
// app loads (ui/fonts.hpp) and has a glyph in the fonts it loads: one missing shows as '?'.
#include <doctest/doctest.h>
#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "ui/fonts.hpp"

using namespace kompilasi::ui;

namespace {

bool InRanges(const ImWchar* ranges, unsigned c) {
  for (; ranges[0]; ranges += 2)
    if (c >= ranges[0] && c <= ranges[1]) return true;
  return false;
}

// Each character of the tables' texts (line breaks aside), with a key that uses it.
void Collect(const nlohmann::json& j, const std::string& where, std::map<unsigned, std::string>& out) {
  if (j.is_object()) {
    for (const auto& [k, v] : j.items()) Collect(v, where + "." + k, out);
  } else if (j.is_array()) {
    for (const auto& v : j) Collect(v, where, out);
  } else if (j.is_string()) {
    const std::string& s = j.get_ref<const std::string&>();
    for (const char* p = s.c_str(); *p;) {
      unsigned c = 0;
      p += ImTextCharFromUtf8(&c, p, nullptr);
      if (c != '\n') out.emplace(c, where);
    }
  }
}

}  // namespace

TEST_CASE("every character of the string tables has a glyph in the app's fonts") {
  std::map<unsigned, std::string> used;
  for (const auto& e : std::filesystem::directory_iterator(KOMPILASI_SOURCE_DIR "/assets/strings")) {
    if (e.path().extension() != ".json") continue;
    std::ifstream in(e.path());
    Collect(nlohmann::json::parse(in), e.path().filename().string(), used);
  }
  REQUIRE(used.size() > 60);

  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;  // no imgui.ini left behind
  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  REQUIRE(AddAppFonts(atlas, KOMPILASI_ASSET_DIR "/fonts", 16));
  REQUIRE(atlas.Build());
  REQUIRE(atlas.Fonts.Size == 2);
  for (const auto& entry : used) {
    const auto& c = entry.first;
    const auto& where = entry.second;
    CAPTURE(c);
    CAPTURE(where);
    CHECK((InRanges(kTextGlyphs, c) || InRanges(kSymbolGlyphs, c)));
    CHECK(atlas.Fonts[0]->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr);  // text
    CHECK(atlas.Fonts[1]->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr);  // headings
  }
  ImGui::DestroyContext();
}
