// The browser app's single instance, shared by main.cpp and the functions the page calls.
#pragma once
#include "platform_web.hpp"
#include "ui/app_state.hpp"

struct GLFWwindow;

namespace kompilasi::web {

struct AppWeb {
  GLFWwindow* window = nullptr;
  WebPlatform platform;
  ui::AppState state;
};

AppWeb& App();

}  // namespace kompilasi::web
