// The bytes and file name of every format the app hands out, all written by the registry:
// the workspace JSON, the CSV bundle (zipped: one download), the same as "CSV Excel
// (Indonesia)" (';' and a BOM), the XLSX workbook, the HTML report, and per content the
// ASN who have not reported it yet (a CSV for the unit admin).
#pragma once
#include <string>

#include "registry/i18n.hpp"
#include "ui/commands.hpp"
#include "ui/workspace.hpp"

namespace kompilasi::ui {

struct ExportFile {
  std::string name;
  std::string bytes;
};

ExportFile MakeExport(const Workspace& w, ExportFormat format, Lang lang, int konten = -1);

}  // namespace kompilasi::ui
