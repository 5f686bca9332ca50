// Undo and redo. Each change of the compilation is one Step holding what it needs to go
// both ways: cell edits and fixes keep the pool ids before and after (the pool only grows,
// so old ids stay valid), row deletions keep the rows' cells, conflict choices the two
// indexes, and imports and merges keep the whole previous workspace (moved, not copied).
// Undo and redo are the same operation in opposite directions (Step::Flip).
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "registry/finding.hpp"
#include "registry/schema.hpp"
#include "ui/workspace.hpp"

namespace kompilasi::ui {

struct CellChange {
  TableId table;
  std::uint32_t row;
  std::uint16_t column;
  std::uint32_t before, after;  // pool ids
};

// Rows of one table, taken out (or put in) at ascending indexes of the table as it is
// with them present.
struct RowBlock {
  TableId table = TableId::unit;
  std::vector<std::uint32_t> at;           // ascending
  std::vector<std::uint32_t> cells;        // at.size() * width
  std::vector<std::uint32_t> source_row;
  std::vector<std::uint32_t> sumber;       // empty when the table has no provenance
};

struct ConflictChoice { std::uint32_t conflict; int before, after; };

struct Step {
  std::string label_key;                   // string-table key naming it ("views.undo.edit")
  std::vector<CellChange> cells;
  std::optional<RowBlock> removed;         // rows this step took out
  std::optional<RowBlock> added;           // rows this step put in
  std::vector<ConflictChoice> choices;
  std::optional<std::vector<Finding>> import_findings;  // the other side's import findings
  // Imports and merges: the other side's whole workspace (nullopt inside: none was open).
  std::unique_ptr<std::optional<Workspace>> snapshot;
};

// Row helpers shared by the commands and the steps; they keep import findings' row
// indexes in step with the table.
void RemoveRows(Workspace& w, RowBlock& block);  // fills block's cells from the table, then removes
void InsertRows(Workspace& w, const RowBlock& block);

class History {
 public:
  // A change already applied to w (a snapshot step: already swapped in).
  void Record(Step step);
  bool CanUndo() const { return !undo_.empty(); }
  bool CanRedo() const { return !redo_.empty(); }
  std::string UndoLabel() const { return undo_.empty() ? std::string() : undo_.back().label_key; }
  std::string RedoLabel() const { return redo_.empty() ? std::string() : redo_.back().label_key; }
  // Returns the label key of what was undone / redone, empty when there was nothing.
  std::string Undo(std::optional<Workspace>& ws);
  std::string Redo(std::optional<Workspace>& ws);
  void Clear() { undo_.clear(); redo_.clear(); }

 private:
  static void Flip(Step& step, std::optional<Workspace>& ws, bool undo);
  std::vector<Step> undo_, redo_;
};

}  // namespace kompilasi::ui
