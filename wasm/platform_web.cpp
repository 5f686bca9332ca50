#include "platform_web.hpp"

#include <emscripten.h>

#include <system_error>

namespace {

// The page's glue (web-shell/app.js) owns the DOM side; these call into it.
EM_JS(void, js_sync_storage, (), { Module.kompilasiPage.syncStorage(); });
EM_JS(void, js_request_open, (int folder), { Module.kompilasiPage.requestOpen(!!folder); });
EM_JS(void, js_download, (const char* name, const char* data, int size), {
  Module.kompilasiPage.download(UTF8ToString(name), HEAPU8.slice(data, data + size));
});
EM_JS(void, js_mount_storage, (const char* dir), { Module.kompilasiPage.mountStorage(UTF8ToString(dir)); });
EM_JS(void, js_copy_text, (const char* text), { Module.kompilasiPage.copyText(UTF8ToString(text)); });

}  // namespace

namespace kompilasi::web {

void WebPlatform::MountStorage() { js_mount_storage(StorageDir().c_str()); }

void WebPlatform::StorageChanged() { js_sync_storage(); }

std::filesystem::path WebPlatform::SampleDir() {
  std::error_code ec;
  const std::filesystem::path dir = "/assets/sample";  // packed by --preload-file (wasm/CMakeLists.txt)
  return std::filesystem::is_directory(dir, ec) ? dir : std::filesystem::path();
}

void WebPlatform::RequestOpenFiles(bool folder) { js_request_open(folder ? 1 : 0); }

std::string WebPlatform::SaveFileAs(std::string_view file_name, std::string_view bytes) {
  const std::string name(file_name);
  js_download(name.c_str(), bytes.data(), static_cast<int>(bytes.size()));
  return name;
}

void WebPlatform::SetClipboard(std::string_view text) {
  clipboard_ = std::string(text);
  js_copy_text(clipboard_.c_str());
}

}  // namespace kompilasi::web
