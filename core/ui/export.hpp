// The bytes and file name of every format the app hands out, all written by the registry:
// the workspace JSON, the CSV bundle (zipped: one download), the same as "CSV Excel
// (Indonesia)" (';' and a BOM), the XLSX workbook, the HTML report, and per content the
// ASN who have not reported it yet (a CSV for the unit admin); and the anonymised export of
// any of the first five.
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

// The anonymised export (registry/anonymize.hpp) of w in format (not belum_lapor_csv): the key
// derived from passphrase (Argon2id: a fraction of a second natively, longer in the browser),
// the compilation anonymised and analysed again, the file named "<name>_anonim…".
// Precondition: !is_anonymised(w.comp).
ExportFile MakeAnonExport(const Workspace& w, ExportFormat format, std::string_view passphrase, Lang lang);

}  // namespace kompilasi::ui
