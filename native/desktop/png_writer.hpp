// Writes an RGBA image as PNG (zlib only): the desktop app's --screenshot.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace kompilasi::desktop {

// rgba: width*height*4 bytes, top row first. Returns false when the file cannot be written.
bool WritePng(const std::string& path, int width, int height, const std::vector<std::uint8_t>& rgba);

}  // namespace kompilasi::desktop
