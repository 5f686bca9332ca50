// Which rows a table view shows, in which order: rebuilt only when the data (the
// workspace's revision), the sort or a filter changes, never per frame, and then a few
// milliseconds per frame (rows_job.hpp), so that a table of a million rows scrolls, sorts
// and filters without a long frame (the view draws only what the clipper asks for).
#pragma once
#include <cstdint>

#include "registry/schema.hpp"
#include "ui/view_state.hpp"
#include "ui/workspace.hpp"

namespace kompilasi::ui {

// The unit (unit-table row) a row belongs to, or -1: pegawai by kode_unit, akun and laporan
// through their ASN, akun_resmi by kode_unit, konten by kode_unit_sumber (a scan of the
// units; RowsJob maps them once per build), a unit itself.
int RowUnit(const Workspace& w, TableId t, std::size_t row);
// The row's platform (Platform) or -1.
int RowPlatform(const Workspace& w, TableId t, std::size_t row);
// Whether unit row u is `ancestor` or lies under it (through induk).
bool UnitWithin(const Workspace& w, int u, int ancestor);
bool TableHasPlatform(TableId t);

RowQuery QueryOf(const TableViewState& v);
// Brings v.shown up to date with the workspace and v's sort and filters: a changed request
// (re)starts v.job, which then works for about budget_ms per call. True when v.shown is
// current; until then it holds the last finished build.
bool UpdateRows(const Workspace& w, TableId t, TableViewState& v, double budget_ms);

}  // namespace kompilasi::ui
