#include "ui/fonts.hpp"

#include <initializer_list>
#include <string>
#include <system_error>
#include <utility>

namespace kompilasi::ui {

bool AddAppFonts(ImFontAtlas& atlas, const std::filesystem::path& dir, float px) {
  std::error_code ec;
  for (const char* file : kFontFiles)
    if (!std::filesystem::is_regular_file(dir / file, ec)) return false;
  const std::string regular = (dir / kFontFiles[0]).string(), bold = (dir / kFontFiles[1]).string(),
                    symbols = (dir / kFontFiles[2]).string();
  ImFontConfig cfg;
  cfg.OversampleH = 2;
  ImFontConfig merge = cfg;
  merge.MergeMode = true;
  for (const auto& [face, size] : {std::pair{&regular, px}, std::pair{&bold, px * 1.25f}}) {
    atlas.AddFontFromFileTTF(face->c_str(), size, &cfg, kTextGlyphs);
    atlas.AddFontFromFileTTF(symbols.c_str(), size, &merge, kSymbolGlyphs);
  }
  return true;
}

}  // namespace kompilasi::ui
