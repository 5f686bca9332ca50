// The user's settings, kept in Platform::StorageDir()/settings.json.
#pragma once
#include <filesystem>

#include "registry/i18n.hpp"

namespace kompilasi::ui {

struct Settings {
  Lang lang = Lang::id;
  bool started_before = false;  // the sample opens by itself only on the very first start
  bool dark = false;            // dark theme
};

Settings LoadSettings(const std::filesystem::path& dir);  // defaults when absent or unreadable
bool SaveSettings(const Settings& s, const std::filesystem::path& dir);

}  // namespace kompilasi::ui
