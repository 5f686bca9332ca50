// Which rows a table view shows, in which order: rebuilt only when the data (the
// workspace's revision), the sort or a filter changes, never per frame, so that a table
// of a million rows scrolls as smoothly as one of ten (the view draws only what the
// clipper asks for from this index).
#pragma once
#include <cstdint>

#include "registry/schema.hpp"
#include "ui/view_state.hpp"
#include "ui/workspace.hpp"

namespace kompilasi::ui {

// The unit (unit-table row) a row belongs to, or -1: pegawai by kode_unit, akun and laporan
// through their ASN, akun_resmi by kode_unit, konten by kode_unit_sumber, a unit itself.
int RowUnit(const Workspace& w, TableId t, std::size_t row);
// The row's platform (Platform) or -1.
int RowPlatform(const Workspace& w, TableId t, std::size_t row);
// Whether unit row u is `ancestor` or lies under it (through induk).
bool UnitWithin(const Workspace& w, int u, int ancestor);
bool TableHasPlatform(TableId t);

// Rebuilds v.rows when the workspace or v's sort and filters changed since the last build.
void UpdateRows(const Workspace& w, TableId t, TableViewState& v);

}  // namespace kompilasi::ui
