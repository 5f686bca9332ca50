// `kompilasi export … --format html|xlsx` (or -o OUT.html / OUT.xlsx): the formats built from
// the findings and the metrics as well as the tables, in the language of --lang. html is the
// report (report_html.hpp); xlsx is this project's workbook (xlsx_workbook.hpp): kompilasi,
// the six tables, rekap and validasi.
#include "cli_common.hpp"
#include "registry/metrics.hpp"
#include "registry/report_html.hpp"
#include "registry/xlsx_workbook.hpp"

namespace kompilasi::cli {
namespace {

using Render = std::string (*)(const Compilation&, const Validation&, const Metrics&, Lang);

template <Render render>
void write_analysed(const Workspace& ws, const Args& a, const std::string& out) {
  const Validation v = validate_workspace(ws);
  const Metrics m = compute_metrics(ws.comp, v, metric_settings(ws.comp));
  write_file(out, render(ws.comp, v, m, a.lang), a.lang);
}

const ExportFormatRegistration kHtml{{"html", ".html", write_analysed<report_html>}};
const ExportFormatRegistration kXlsx{{"xlsx", ".xlsx", write_analysed<export_xlsx>}};

}  // namespace
}  // namespace kompilasi::cli
