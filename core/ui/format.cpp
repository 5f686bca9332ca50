#include "ui/format.hpp"

#include "registry/report_format.hpp"

namespace kompilasi::ui {

// The app writes numbers and dates exactly as the report and the command line do.
std::string FormatInt(std::int64_t n, Lang lang) { return format_count(n, lang); }
std::string FormatPercent(std::optional<double> ratio, Lang lang) { return format_percent(ratio, lang); }
std::string FormatDate(std::string_view iso, Lang lang) { return format_long_date(iso, lang); }
std::string TodayIso() { return today_iso(); }

}  // namespace kompilasi::ui
