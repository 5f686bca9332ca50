#include "ui/history.hpp"

#include <algorithm>
#include <utility>

#include "registry/merge.hpp"

namespace kompilasi::ui {
namespace {
constexpr std::size_t kMaxSteps = 200;
}

void RemoveRows(Workspace& w, RowBlock& block) {
  Table& t = w.comp.table(block.table);
  const std::size_t width = t.width();
  block.cells.clear();
  block.source_row.clear();
  block.sumber.clear();
  for (const std::uint32_t r : block.at) {
    block.cells.insert(block.cells.end(), t.cells.begin() + r * width, t.cells.begin() + (r + 1) * width);
    block.source_row.push_back(r < t.source_row.size() ? t.source_row[r] : 0);
    if (!t.sumber.empty()) block.sumber.push_back(t.sumber[r]);
  }
  for (auto it = block.at.rbegin(); it != block.at.rend(); ++it) {
    const std::uint32_t r = *it;
    t.cells.erase(t.cells.begin() + r * width, t.cells.begin() + (r + 1) * width);
    if (r < t.source_row.size()) t.source_row.erase(t.source_row.begin() + r);
    if (!t.sumber.empty()) t.sumber.erase(t.sumber.begin() + r);
  }
}

void InsertRows(Workspace& w, const RowBlock& block) {
  Table& t = w.comp.table(block.table);
  const std::size_t width = t.width();
  for (std::size_t i = 0; i < block.at.size(); ++i) {
    const std::uint32_t r = block.at[i];
    t.cells.insert(t.cells.begin() + r * width, block.cells.begin() + i * width, block.cells.begin() + (i + 1) * width);
    t.source_row.insert(t.source_row.begin() + std::min<std::size_t>(r, t.source_row.size()), block.source_row[i]);
    if (!block.sumber.empty() || !t.sumber.empty())
      t.sumber.insert(t.sumber.begin() + std::min<std::size_t>(r, t.sumber.size()), block.sumber.empty() ? 0 : block.sumber[i]);
  }
}

void History::Record(Step step) {
  undo_.push_back(std::move(step));
  if (undo_.size() > kMaxSteps) undo_.erase(undo_.begin());
  redo_.clear();
}

void History::Flip(Step& step, std::optional<Workspace>& ws, bool undo) {
  if (step.snapshot) {
    const std::uint64_t rev = ws ? ws->revision : 0;
    std::swap(ws, *step.snapshot);
    if (ws) ws->revision = std::max(ws->revision, rev) + 1;  // views must rebuild their indexes
    return;
  }
  if (!ws) return;
  Workspace& w = *ws;
  if (undo) {
    for (auto it = step.cells.rbegin(); it != step.cells.rend(); ++it)
      w.comp.table(it->table).id_at(it->row, it->column) = it->before;
    if (step.added) RemoveRows(w, *step.added);
    if (step.removed) InsertRows(w, *step.removed);
    for (auto it = step.choices.rbegin(); it != step.choices.rend(); ++it) choose(w.comp, it->conflict, it->before);
  } else {
    for (const CellChange& c : step.cells) w.comp.table(c.table).id_at(c.row, c.column) = c.after;
    if (step.removed) RemoveRows(w, *step.removed);
    if (step.added) InsertRows(w, *step.added);
    for (const ConflictChoice& c : step.choices) choose(w.comp, c.conflict, c.after);
  }
  if (step.import_findings) std::swap(w.import_findings, *step.import_findings);
  Analyze(w);
}

std::string History::Undo(std::optional<Workspace>& ws) {
  if (undo_.empty()) return {};
  Step step = std::move(undo_.back());
  undo_.pop_back();
  Flip(step, ws, true);
  std::string label = step.label_key;
  redo_.push_back(std::move(step));
  return label;
}

std::string History::Redo(std::optional<Workspace>& ws) {
  if (redo_.empty()) return {};
  Step step = std::move(redo_.back());
  redo_.pop_back();
  Flip(step, ws, false);
  std::string label = step.label_key;
  undo_.push_back(std::move(step));
  return label;
}

}  // namespace kompilasi::ui
