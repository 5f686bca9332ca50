// `kompilasi export … --format html` (or -o OUT.html): the report (report_html.hpp) in the
// language of --lang.
#include "cli_common.hpp"
#include "registry/metrics.hpp"
#include "registry/report_html.hpp"

namespace kompilasi::cli {
namespace {

void write_html(const Workspace& ws, const Args& a, const std::string& out) {
  const Validation v = validate_workspace(ws);
  const Metrics m = compute_metrics(ws.comp, v, metric_settings(ws.comp));
  write_file(out, report_html(ws.comp, v, m, a.lang), a.lang);
}

const ExportFormatRegistration kHtml{{"html", ".html", write_html}};

}  // namespace
}  // namespace kompilasi::cli
