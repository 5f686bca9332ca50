// Berkas → Ekspor → Ekspor anonim…: a modal dialog with the form, a masked passphrase field
// and an export button (ui/export.hpp's MakeAnonExport). The passphrase lives only in the
// dialog's buffer, which is wiped when the dialog closes; nothing of it is stored or logged.
#pragma once
#include "ui/app_state.hpp"

namespace kompilasi::ui {

// The menu item, inside the export menu.
void AnonExportMenuItem(AppState& s);
// The dialog: every frame, outside any menu (it opens at the top of the ID stack).
void DrawAnonExportDialog(AppState& s);

}  // namespace kompilasi::ui
