// The report of DATA.md section 2 (`kompilasi export --format html`): one self-contained
// HTML page (inline CSS and SVG, no script, no external reference of any kind) of the
// section-4 metrics, in Indonesian or English, printable to PDF from the browser.
//
//   Validation v = validate(c, findings);
//   std::string html = report_html(c, v, compute_metrics(c, v), Lang::id);
//
// Sections: headline figures; coverage per unit (top-level units, sorted bars) and the
// table of every unit in tree order; coverage per platform; followers distribution;
// influencers; campaign compliance (per top-level unit and per content); the ASN without a
// counted account, per unit; the validation summary (findings per rule with its title).
// Every text is HTML-escaped and text cells that a spreadsheet would run as a formula are
// prefixed with `'` (neutralize.hpp), as in the other exports.
#pragma once
#include <string>

#include "i18n.hpp"
#include "metrics.hpp"
#include "validate.hpp"

namespace kompilasi {

std::string report_html(const Compilation& c, const Validation& v, const Metrics& m, Lang lang = Lang::id);

}  // namespace kompilasi
