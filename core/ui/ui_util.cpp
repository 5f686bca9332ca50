#include "ui/ui_util.hpp"

#include <imgui_internal.h>  // RenderTextEllipsis

#include <algorithm>
#include <cstring>

#include "registry/finding_message.hpp"

namespace kompilasi::ui {

std::string L(const AppState& s, std::string_view key, std::string_view id) {
  return T(s, key) + "###" + std::string(id);
}

void Heading(const char* text) {
  ImGuiIO& io = ImGui::GetIO();
  const bool bold = io.Fonts->Fonts.Size > 1;
  if (bold) ImGui::PushFont(io.Fonts->Fonts[1]);
  ImGui::TextUnformatted(text);
  if (bold) ImGui::PopFont();
}

ImVec4 SeverityColor(Severity sev, bool dark) {
  switch (sev) {
    case Severity::error: return dark ? ImVec4(0.98f, 0.45f, 0.42f, 1) : ImVec4(0.78f, 0.13f, 0.12f, 1);
    case Severity::warning: return dark ? ImVec4(0.98f, 0.75f, 0.30f, 1) : ImVec4(0.72f, 0.45f, 0.00f, 1);
    case Severity::info: return dark ? ImVec4(0.50f, 0.72f, 0.98f, 1) : ImVec4(0.10f, 0.40f, 0.75f, 1);
  }
  return ImVec4(1, 1, 1, 1);
}

void SeverityBadge(const AppState& s, Severity sev) {
  ImGui::PushStyleColor(ImGuiCol_Text, SeverityColor(sev, s.dark));
  const std::string_view label = severity_label(sev, s.lang);
  Text(label);
  ImGui::PopStyleColor();
}

void Tooltip(const char* text) {
  if (!ImGui::IsItemHovered()) return;
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

namespace {
int Resize(ImGuiInputTextCallbackData* data) {
  if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
    auto* text = static_cast<std::string*>(data->UserData);
    text->resize(static_cast<std::size_t>(data->BufTextLen));
    data->Buf = text->data();
  }
  return 0;
}
}  // namespace

bool InputString(const char* label, std::string& text, ImGuiInputTextFlags flags, float width) {
  if (width != 0) ImGui::SetNextItemWidth(width);
  return ImGui::InputText(label, text.data(), text.capacity() + 1, flags | ImGuiInputTextFlags_CallbackResize, Resize, &text);
}

bool InputStringHint(const char* label, const char* hint, std::string& text, ImGuiInputTextFlags flags) {
  return ImGui::InputTextWithHint(label, hint, text.data(), text.capacity() + 1, flags | ImGuiInputTextFlags_CallbackResize,
                                  Resize, &text);
}

bool BeginForm(const char* id) { return ImGui::BeginTable(id, 2, ImGuiTableFlags_SizingFixedFit); }

void FormRow(const std::string& label) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(label.c_str());
  ImGui::TableNextColumn();
}

void TextRight(std::string_view t, bool disabled) {
  const float w = ImGui::CalcTextSize(t.data(), t.data() + t.size()).x;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, ImGui::GetContentRegionAvail().x - w));
  if (disabled) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  Text(t);
  if (disabled) ImGui::PopStyleColor();
}

bool CellSelectable(const char* text, bool selected, bool right) {
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const bool clicked = ImGui::Selectable("##cell", selected, ImGuiSelectableFlags_AllowDoubleClick);
  const char* end = text + std::strlen(text);
  const ImVec2 size = ImGui::CalcTextSize(text, end);
  const float right_x = at.x + width;
  const ImVec2 from(right && size.x < width ? right_x - size.x : at.x, at.y);
  ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), from, ImVec2(right_x, at.y + size.y), right_x, right_x, text, end, &size);
  return clicked;
}

void TestItem(AppState& s, const std::string& id) {
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  s.test_items[id] = {a.x, a.y, b.x - a.x, b.y - a.y};
}

void SameLineIfFits(float width) {
  const float right = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width;
  if (right <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::SameLine();
}

float ButtonWidth(const char* label) { return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2; }

float CheckboxWidth(const char* label) {
  return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label, nullptr, true).x;
}

float TextWidth(const char* text) { return ImGui::CalcTextSize(text).x; }

}  // namespace kompilasi::ui
