#include "ui/commands.hpp"

#include <exception>
#include <filesystem>

#include "ui/app_state.hpp"
#include "ui/platform.hpp"
#include "ui/settings.hpp"

namespace kompilasi::ui {
namespace {

// The one "changed → save" hook: every command that changes what is open ends here.
void Persist(AppState& s) {
  Platform& p = *s.platform;
  bool ok = SaveSettings({s.lang, true}, p.StorageDir());
  if (s.workspace) ok = StoreWorkspace(*s.workspace, p.StorageDir()) && ok;
  else ForgetStoredWorkspace(p.StorageDir());
  p.StorageChanged();
  s.status = ok ? std::string(tr(s.lang, "ui.status.saved"))
                : trf(s.lang, "ui.status.save_failed", {{"detail", p.StorageDir().string()}});
}

void Opened(AppState& s, Workspace w) {
  s.workspace = std::move(w);
  s.windows.overview = true;
  Persist(s);
  s.status = trf(s.lang, "ui.status.rows", {{"n", std::to_string(s.workspace->total_records())}});
}

void OpenSampleInto(AppState& s) {
  const auto dir = s.platform->SampleDir();
  if (dir.empty()) return;
  Workspace w = ReadWorkspace({dir}, s.lang);
  w.name = tr(s.lang, "ui.sample_name");
  Opened(s, std::move(w));
}

struct Apply {
  AppState& s;
  void operator()(const OpenPaths& c) {
    std::vector<std::filesystem::path> paths(c.paths.begin(), c.paths.end());
    Opened(s, ReadWorkspace(paths, s.lang));
  }
  void operator()(const OpenSample&) { OpenSampleInto(s); }
  void operator()(const CloseWorkspace&) {
    s.workspace.reset();
    Persist(s);
  }
  void operator()(const SetLanguage& c) {
    s.lang = c.lang;
    Persist(s);
  }
  void operator()(const RestoreWorkspace&) {
    Platform& p = *s.platform;
    const Settings settings = LoadSettings(p.StorageDir());
    s.lang = settings.lang;
    s.restored = true;
    s.restored_frame = s.frame;
    if (HasStoredWorkspace(p.StorageDir())) {
      s.workspace = LoadStoredWorkspace(p.StorageDir(), s.lang);
      s.status = trf(s.lang, "ui.status.rows", {{"n", std::to_string(s.workspace->total_records())}});
    } else if (!settings.started_before) {
      OpenSampleInto(s);
    }
  }
};

}  // namespace

void ApplyCommands(AppState& s) {
  std::vector<Command> queued;
  queued.swap(s.commands);
  for (const Command& c : queued) {
    try {
      std::visit(Apply{s}, c);
    } catch (const std::exception& e) {
      // Unusable input never touches the open workspace: the message goes to the dialog.
      s.error = e.what();
    }
  }
}

}  // namespace kompilasi::ui
