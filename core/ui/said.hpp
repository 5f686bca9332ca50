// A line for the user (the status line, the notice above the tabs), made in the language shown
// when it is drawn: switching the language rewrites it too, numbers grouped the new way.
#pragma once
#include <cstdint>
#include <functional>
#include <string>

#include "registry/i18n.hpp"

namespace kompilasi::ui {

struct Said {
  std::function<std::string(Lang)> text;
  bool empty() const { return !text; }
  void clear() { text = nullptr; }
  std::string in(Lang lang) const { return text ? text(lang) : std::string(); }
};

// The text of `key`.
Said Say(std::string key);
// The text of `key` with its {name} placeholder made in the same language.
Said Say(std::string key, std::string name, std::function<std::string(Lang)> value);
// The same with a value that reads alike in every language (a file name, a path).
Said Say(std::string key, std::string name, std::string value);
// A count, grouped as the language writes it.
Said SayCount(std::string key, std::string name, std::int64_t n);

}  // namespace kompilasi::ui
