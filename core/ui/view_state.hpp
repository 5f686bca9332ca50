// What the views remember between frames (selection, sort, filters, the indexes they draw
// from). Kept apart from the workspace: none of it is part of the compilation.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "registry/flat_form.hpp"
#include "registry/inputs.hpp"
#include "registry/schema.hpp"
#include "registry/sheet.hpp"
#include "ui/rows_job.hpp"

namespace kompilasi::ui {

enum class Tab { dashboard, tables, findings, campaigns, conflicts };

struct TableViewState {
  int sort_column = -1;  // -1: table order
  bool sort_desc = false;
  std::string search;
  int filter_unit = -1;       // index into Metrics::units, -1: every unit
  int filter_platform = -1;   // Platform, -1: every platform
  bool only_findings = false;
  // The rows on screen in display order (and what they were built for); a newer build, when
  // data, sort or a filter changed, runs in `job` a few milliseconds per frame (table_rows.hpp).
  RowsResult shown;
  RowsJob job;
  // The grid's column widths (the row number first), fitted to the header and the first rows
  // shown, and what they were fitted for: refitted when a build of the rows finishes after
  // a change of the data, or when the window's width changes. A width the user dragged stays
  // (user_width) until the table's columns change.
  std::vector<float> widths;
  std::vector<char> user_width;
  std::uint64_t widths_revision = UINT64_MAX;
  float widths_for = 0;
  bool widths_apply = false;
  // Selection and editing (table row index and column).
  int selected_row = -1, selected_col = -1;
  bool scroll_to_selected = false;
  bool editing = false;
  bool edit_focus = false;
  std::string edit_text;
  // Rows of the selected column that have a suggested fix (for "apply to all"), scanned a
  // few milliseconds per frame from fix_cursor once the data or the column changed.
  std::vector<std::uint32_t> fix_rows;
  std::uint64_t fix_revision = UINT64_MAX;
  int fix_col = -1;
  std::size_t fix_cursor = 0;
  bool fix_done = false;
};

enum class FindingsGroup { rule, severity, unit };
struct FindingsViewState {
  FindingsGroup group = FindingsGroup::rule;
  int severity = -1;   // Severity, -1: all
  std::vector<std::uint32_t> order;   // finding indexes sorted by group key
  std::vector<int> keys;              // per finding: its group key (valid for those in order)
  struct Group { int key; std::size_t count; int worst; };
  std::vector<Group> groups;          // worst severity first, then by count
  int selected_group = INT32_MIN;
  std::uint64_t built_revision = UINT64_MAX;
  int built_group = -1, built_severity = -2;
  int selected = -1;
};

struct DashboardState { int unit = -1; };   // index into Metrics::units, -1: the instansi
struct CampaignState {
  int konten = -1;  // index into Metrics::konten
  // For that content: the ASN who have not reported (pegawai rows) and the targeted
  // top-level units worst first, computed once per change of data or content.
  std::vector<std::uint32_t> belum;
  std::vector<std::size_t> units;
  std::uint64_t built_revision = UINT64_MAX;
  int built_konten = -1;
};

// Merge conflicts: the submissions named in them and the most values any conflict has (the
// list draws every conflict in a slot of one height, only those in view), once per change.
struct ConflictsState {
  std::vector<std::string> names;
  std::size_t max_values = 0;
  std::uint64_t built_revision = UINT64_MAX;
};

// A flat form waiting for its mapping to be confirmed.
struct PendingImport {
  InputSource source;
  Sheet sheet;
  std::vector<Notice> notices;
  FlatFormMapping mapping;
  FlatFormPreview preview;
  bool preview_dirty = true;
  bool replace = false;  // true: it becomes the workspace; false: it is merged into the open one
};

struct NewCompilationForm {
  bool open = false;
  std::string instansi;
  int tahun = 0;
  std::string tanggal;
};

}  // namespace kompilasi::ui
