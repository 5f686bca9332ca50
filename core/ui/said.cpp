#include "ui/said.hpp"

#include "registry/report_format.hpp"

namespace kompilasi::ui {

Said Say(std::string key) {
  return {[key = std::move(key)](Lang l) { return std::string(tr(l, key)); }};
}

Said Say(std::string key, std::string name, std::function<std::string(Lang)> value) {
  return {[key = std::move(key), name = std::move(name), value = std::move(value)](Lang l) {
    return trf(l, key, {{name, value(l)}});
  }};
}

Said Say(std::string key, std::string name, std::string value) {
  return Say(std::move(key), std::move(name), [value = std::move(value)](Lang) { return value; });
}

Said SayCount(std::string key, std::string name, std::int64_t n) {
  return Say(std::move(key), std::move(name), [n](Lang l) { return format_count(n, l); });
}

}  // namespace kompilasi::ui
