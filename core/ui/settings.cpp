#include "ui/settings.hpp"

#include <fstream>
#include <nlohmann/json.hpp>

namespace kompilasi::ui {

Settings LoadSettings(const std::filesystem::path& dir) {
  Settings s;
  std::ifstream in(dir / "settings.json");
  if (!in) return s;
  const auto j = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object()) return s;
  s.lang = j.value("lang", std::string("id")) == "en" ? Lang::en : Lang::id;
  s.started_before = j.value("started_before", false);
  s.dark = j.value("theme", std::string("light")) == "dark";
  return s;
}

bool SaveSettings(const Settings& s, const std::filesystem::path& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  std::ofstream out(dir / "settings.json", std::ios::trunc);
  out << nlohmann::json{{"lang", s.lang == Lang::en ? "en" : "id"}, {"started_before", s.started_before}, {"theme", s.dark ? "dark" : "light"}}.dump(2) << '\n';
  return static_cast<bool>(out);
}

}  // namespace kompilasi::ui
