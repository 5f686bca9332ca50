// `kompilasi export … --format xlsx` (or -o OUT.xlsx): this project's workbook
// (xlsx_workbook.hpp): kompilasi, the six tables, rekap and validasi, in the language of --lang.
#include "cli_common.hpp"
#include "registry/metrics.hpp"
#include "registry/xlsx_workbook.hpp"

namespace kompilasi::cli {
namespace {

void write_workbook(const Workspace& ws, const Args& a, const std::string& out) {
  const Validation v = validate_workspace(ws);
  const Metrics m = compute_metrics(ws.comp, v, metric_settings(ws.comp));
  write_file(out, export_xlsx(ws.comp, v, m, a.lang), a.lang);
}

const ExportFormatRegistration kXlsx{{"xlsx", ".xlsx", write_workbook}};

}  // namespace
}  // namespace kompilasi::cli
