#include "i18n.hpp"

#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>

#include "embedded_strings.hpp"

namespace kompilasi {
namespace {

using Table = std::map<std::string, std::string, std::less<>>;

const Table& table(Lang lang) {
  static const auto tables = [] {
    std::array<Table, 2> t;
    for (const auto& e : embedded_strings()) {
      Table& dst = t[e.lang == "en" ? 1 : 0];
      const auto parsed = nlohmann::json::parse(e.json);
      for (const auto& [k, v] : parsed.items()) dst[k] = v.get<std::string>();
    }
    return t;
  }();
  return tables[lang == Lang::en ? 1 : 0];
}

// A key that no table has, kept for the program's life: tr() returns it as its own text, and
// the caller's key is often a temporary (tr(lang, "rule." + id + ".help")). Only missing keys
// land here, one copy each; set nodes never move.
std::string_view missing(std::string_view key) {
  static std::mutex mutex;
  static std::set<std::string, std::less<>> keys;
  const std::lock_guard lock(mutex);
  auto it = keys.find(key);
  if (it == keys.end()) it = keys.emplace(key).first;
  return *it;
}

}  // namespace

std::string_view tr(Lang lang, std::string_view key) {
  const Table& t = table(lang);
  if (auto it = t.find(key); it != t.end()) return it->second;
  if (lang != Lang::id) return tr(Lang::id, key);
  return missing(key);
}

std::string trf(Lang lang, std::string_view key,
                std::initializer_list<std::pair<std::string_view, std::string_view>> params) {
  const std::string_view text = tr(lang, key);
  std::string out;
  out.reserve(text.size() + 32);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') {
      const std::size_t close = text.find('}', i);
      if (close != std::string_view::npos) {
        const std::string_view name = text.substr(i + 1, close - i - 1);
        bool replaced = false;
        for (const auto& [k, v] : params)
          if (k == name) { out += v; replaced = true; break; }
        if (replaced) { i = close; continue; }
      }
    }
    out += text[i];
  }
  return out;
}

}  // namespace kompilasi
