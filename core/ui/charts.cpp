#include "ui/charts.hpp"

#include <imgui_internal.h>  // RenderTextEllipsis

#include <algorithm>

namespace kompilasi::ui {
namespace {

// Text in at most max_w, cut with an ellipsis when longer (ImGui's, as the findings list
// does); whether it was cut.
bool ClippedText(ImDrawList* dl, ImVec2 pos, float max_w, ImU32 col, const std::string& text) {
  const char* end = text.c_str() + text.size();
  const ImVec2 size = ImGui::CalcTextSize(text.c_str(), end);
  const ImVec2 max(pos.x + max_w, pos.y + ImGui::GetTextLineHeight());
  ImGui::PushStyleColor(ImGuiCol_Text, col);
  ImGui::RenderTextEllipsis(dl, pos, max, max.x, max.x, text.c_str(), end, &size);
  ImGui::PopStyleColor();
  return size.x > max_w;
}

}  // namespace

ImU32 AccentColor(bool dark) { return dark ? IM_COL32(90, 160, 240, 255) : IM_COL32(38, 110, 200, 255); }
ImU32 AccentColor2(bool dark) { return dark ? IM_COL32(80, 200, 150, 255) : IM_COL32(30, 150, 100, 255); }

int HBarChart(const char* id, std::span<const Bar> bars, double max, ImU32 color, float label_w) {
  ImGui::PushID(id);
  int clicked = -1;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float line = ImGui::GetTextLineHeightWithSpacing() * 1.15f;
  // The value texts right-aligned in a column as wide as the widest of them ("100,0%" at least).
  float text_w = ImGui::CalcTextSize("100,0%").x;
  for (const Bar& b : bars) text_w = std::max(text_w, ImGui::CalcTextSize(b.text.c_str()).x);
  text_w += ImGui::GetFontSize() * 0.75f;
  const ImU32 text_col = ImGui::GetColorU32(ImGuiCol_Text);
  const ImU32 track = ImGui::GetColorU32(ImGuiCol_FrameBg);
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float w = std::max(ImGui::GetContentRegionAvail().x, label_w + text_w + 40);
    ImGui::PushID(static_cast<int>(i));
    ImGui::InvisibleButton("bar", ImVec2(w, line));
    if (ImGui::IsItemClicked()) clicked = static_cast<int>(i);
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    const Bar& b = bars[i];
    const float bar_x = p.x + label_w, bar_w = w - label_w - text_w;
    const float y0 = p.y + line * 0.18f, y1 = p.y + line * 0.82f;
    const bool cut = ClippedText(dl, ImVec2(p.x, p.y + (line - ImGui::GetTextLineHeight()) * 0.5f), label_w - 8, text_col, b.label);
    dl->AddRectFilled(ImVec2(bar_x, y0), ImVec2(bar_x + bar_w, y1), track, 3);
    const float frac = max > 0 ? static_cast<float>(std::clamp(b.value / max, 0.0, 1.0)) : 0;
    if (frac > 0) dl->AddRectFilled(ImVec2(bar_x, y0), ImVec2(bar_x + bar_w * frac, y1), hovered ? (color | IM_COL32(40, 40, 40, 0)) : color, 3);
    dl->AddText(ImVec2(p.x + w - ImGui::CalcTextSize(b.text.c_str()).x, p.y + (line - ImGui::GetTextLineHeight()) * 0.5f), text_col,
                b.text.c_str());
    if (hovered && (cut || !b.tip.empty()))  // the whole name when it was cut
      ImGui::SetTooltip("%s", (cut ? b.label + (b.tip.empty() ? "" : "\n") : std::string()).append(b.tip).c_str());
  }
  ImGui::PopID();
  return clicked;
}

void ColumnChart(const char* id, std::span<const Bar> bars, double max, ImU32 color, float h) {
  ImGui::PushID(id);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float w = ImGui::GetContentRegionAvail().x;
  const float label_h = ImGui::GetTextLineHeightWithSpacing() * 2;
  ImGui::InvisibleButton("cols", ImVec2(w, h + label_h));
  const ImU32 text_col = ImGui::GetColorU32(ImGuiCol_Text);
  const std::size_t n = std::max<std::size_t>(bars.size(), 1);
  const float slot = w / static_cast<float>(n), gap = slot * 0.18f;
  const float top_pad = ImGui::GetTextLineHeightWithSpacing();
  dl->AddLine(ImVec2(p.x, p.y + h), ImVec2(p.x + w, p.y + h), ImGui::GetColorU32(ImGuiCol_Border));
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    const float x0 = p.x + slot * static_cast<float>(i) + gap, x1 = p.x + slot * static_cast<float>(i + 1) - gap;
    const float frac = max > 0 ? static_cast<float>(std::clamp(b.value / max, 0.0, 1.0)) : 0;
    const float y0 = p.y + h - (h - top_pad) * frac;
    dl->AddRectFilled(ImVec2(x0, y0), ImVec2(x1, p.y + h), color, 3, ImDrawFlags_RoundCornersTop);
    const ImVec2 ts = ImGui::CalcTextSize(b.text.c_str());
    dl->AddText(ImVec2((x0 + x1 - ts.x) * 0.5f, y0 - ImGui::GetTextLineHeight() - 2), text_col, b.text.c_str());
    const ImVec2 ls = ImGui::CalcTextSize(b.label.c_str());
    dl->AddText(ImVec2((x0 + x1 - ls.x) * 0.5f, p.y + h + 4), text_col, b.label.c_str());
  }
  ImGui::PopID();
}

void Card(const char* id, const char* label, const std::string& value, const std::string& sub, float w) {
  ImGui::PushID(id);
  ImGuiIO& io = ImGui::GetIO();
  const float line = ImGui::GetTextLineHeight();
  const float big = io.Fonts->Fonts.Size > 1 ? io.Fonts->Fonts[1]->FontSize * io.FontGlobalScale : line;
  const ImVec2 pad = ImGui::GetStyle().WindowPadding;
  const float h = pad.y * 2 + line * 2 + big + 6;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(w, h));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p, ImVec2(p.x + w, p.y + h), ImGui::GetColorU32(ImGuiCol_FrameBg), 6);
  dl->AddRect(p, ImVec2(p.x + w, p.y + h), ImGui::GetColorU32(ImGuiCol_Border), 6);
  dl->AddText(ImVec2(p.x + pad.x, p.y + pad.y), ImGui::GetColorU32(ImGuiCol_TextDisabled), label);
  ImFont* font = io.Fonts->Fonts.Size > 1 ? io.Fonts->Fonts[1] : ImGui::GetFont();
  dl->AddText(font, big, ImVec2(p.x + pad.x, p.y + pad.y + line + 3), ImGui::GetColorU32(ImGuiCol_Text), value.c_str());
  dl->AddText(ImVec2(p.x + pad.x, p.y + pad.y + line + big + 6), ImGui::GetColorU32(ImGuiCol_TextDisabled), sub.c_str());
  ImGui::PopID();
}

}  // namespace kompilasi::ui
