// Small helpers every view uses: text from the string tables, the bold heading font,
// severity colours, tooltips, and recording an item's rectangle for the end-to-end tests.
#pragma once
#include <imgui.h>

#include <string>
#include <string_view>

#include "registry/finding.hpp"
#include "registry/i18n.hpp"
#include "ui/app_state.hpp"

namespace kompilasi::ui {

inline std::string T(const AppState& s, std::string_view key) { return std::string(tr(s.lang, key)); }
// A label with a stable ImGui id: "<text>###<id>".
std::string L(const AppState& s, std::string_view key, std::string_view id);

void Heading(const char* text);        // the bold face
ImVec4 SeverityColor(Severity sev, bool dark);
void SeverityBadge(const AppState& s, Severity sev);  // a coloured label "galat" / "error"
void Tooltip(const char* text);        // on the last item, wrapped
// InputText over a std::string (grows as the user types).
bool InputString(const char* label, std::string& text, ImGuiInputTextFlags flags = 0, float width = 0);
bool InputStringHint(const char* label, const char* hint, std::string& text, ImGuiInputTextFlags flags = 0);
// A named key (the arrows); the shortcuts are those of shortcuts.hpp.
inline bool KeyPressed(ImGuiKey k) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(k)); }
// Records the last item's rectangle under id (AppState::test_items).
void TestItem(AppState& s, const std::string& id);
// The text of a pool id view as ImGui wants it.
inline void Text(std::string_view t) { ImGui::TextUnformatted(t.data(), t.data() + t.size()); }
// A form of labelled fields: the labels in a column on the left, the fields lined up beside
// them. FormRow starts a row with its label; the field follows. EndForm only when BeginForm
// returned true.
bool BeginForm(const char* id);
void FormRow(const std::string& label);
inline void EndForm() { ImGui::EndTable(); }
// Text against the right edge of what is left of the line (a table cell): numbers line up.
void TextRight(std::string_view t, bool disabled = false);
// A table cell that can be selected (and double-clicked): its text ends in "…" where the column
// is narrower than the text, and lies against the right edge when right (numbers).
bool CellSelectable(const char* text, bool selected, bool right);
// A toolbar that wraps: SameLine() when the next item, `width` wide, still fits beside the last
// one, else it starts the next line (a narrow window, a long translation). The widths of a
// button, a checkbox and a text as ImGui draws them:
void SameLineIfFits(float width);
float ButtonWidth(const char* label);
float CheckboxWidth(const char* label);
float TextWidth(const char* text);

}  // namespace kompilasi::ui
