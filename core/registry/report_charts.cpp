#include "report_charts.hpp"

#include <algorithm>
#include <cstdio>

#include "report_format.hpp"

namespace kompilasi {
namespace {

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

double clamp01(double f) { return std::clamp(f, 0.0, 1.0); }

constexpr double kWidth = 900, kLabel = 330, kBar = 430, kRow = 20, kAxis = 18;

std::string bar_chart(std::span<const BarRow> rows, std::string_view title) {
  const double height = kAxis + rows.size() * kRow + 4;
  std::string s = "<svg class=\"chart\" viewBox=\"0 0 " + num(kWidth) + " " + num(height) +
                  "\" role=\"img\" aria-label=\"" + html_escape(title) + "\"><title>" + html_escape(title) + "</title>";
  for (int pct = 0; pct <= 100; pct += 25) {
    const double x = kLabel + kBar * pct / 100.0;
    s += "<line class=\"grid\" x1=\"" + num(x) + "\" y1=\"" + num(kAxis - 4) + "\" x2=\"" + num(x) + "\" y2=\"" +
         num(height) + "\"/>";
    s += "<text class=\"axis\" x=\"" + num(x) + "\" y=\"" + num(kAxis - 7) + "\" text-anchor=\"middle\">" +
         std::to_string(pct) + "%</text>";
  }
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const BarRow& r = rows[i];
    const double y = kAxis + i * kRow;
    const double w = kBar * clamp01(r.fraction);
    s += "<g><title>" + html_escape(r.tooltip.empty() ? r.label : r.tooltip) + "</title>";
    s += "<text class=\"label\" x=\"" + num(kLabel - 8) + "\" y=\"" + num(y + 14) + "\" text-anchor=\"end\">" +
         html_escape(shorten(r.label, 42)) + "</text>";
    s += "<rect class=\"track\" x=\"" + num(kLabel) + "\" y=\"" + num(y + 4) + "\" width=\"" + num(kBar) +
         "\" height=\"12\"/>";
    s += "<rect class=\"bar\" x=\"" + num(kLabel) + "\" y=\"" + num(y + 4) + "\" width=\"" + num(w) +
         "\" height=\"12\"/>";
    s += "<text class=\"value\" x=\"" + num(kLabel + kBar + 8) + "\" y=\"" + num(y + 14) + "\">" +
         html_escape(r.value_text) + "</text></g>";
  }
  return s + "</svg>";
}

}  // namespace

std::string shorten(std::string_view s, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (chars == max_chars) return std::string(s.substr(0, i)) + "\u2026";
    ++chars;
  }
  return std::string(s);
}

std::string svg_bars(std::span<const BarRow> rows, std::string_view title, std::size_t per_chart) {
  std::string out;
  for (std::size_t from = 0; from < rows.size(); from += per_chart)
    out += "<figure class=\"chart\">" + bar_chart(rows.subspan(from, std::min(per_chart, rows.size() - from)), title) +
           "</figure>";
  return out;
}

std::string svg_columns(std::span<const ColumnBar> cols, std::string_view title) {
  constexpr double height = 230, top = 24, base = 196;
  const double slot = cols.empty() ? kWidth : (kWidth - 40) / cols.size();
  std::string s = "<figure class=\"chart\"><svg class=\"chart\" viewBox=\"0 0 " + num(kWidth) + " " + num(height) +
                  "\" role=\"img\" aria-label=\"" + html_escape(title) + "\"><title>" + html_escape(title) + "</title>";
  s += "<line class=\"base\" x1=\"20\" y1=\"" + num(base) + "\" x2=\"" + num(kWidth - 20) + "\" y2=\"" + num(base) + "\"/>";
  for (std::size_t i = 0; i < cols.size(); ++i) {
    const ColumnBar& c = cols[i];
    const double h = (base - top) * clamp01(c.fraction);
    const double x = 20 + slot * i + slot * 0.15, w = slot * 0.7, cx = 20 + slot * (i + 0.5);
    s += "<g><title>" + html_escape(c.label + ": " + c.value_text) + "</title>";
    s += "<rect class=\"bar\" x=\"" + num(x) + "\" y=\"" + num(base - h) + "\" width=\"" + num(w) + "\" height=\"" +
         num(h) + "\"/>";
    s += "<text class=\"value\" x=\"" + num(cx) + "\" y=\"" + num(base - h - 6) + "\" text-anchor=\"middle\">" +
         html_escape(c.value_text) + "</text>";
    s += "<text class=\"label\" x=\"" + num(cx) + "\" y=\"" + num(base + 18) + "\" text-anchor=\"middle\">" +
         html_escape(c.label) + "</text></g>";
  }
  return s + "</svg></figure>";
}

}  // namespace kompilasi
