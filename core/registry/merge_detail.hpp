// Internals of the merge shared by its source files (not part of the library's interface).
#pragma once
#include <string>
#include <vector>

#include "merge.hpp"

namespace kompilasi::merge_detail {

// One input as the merge sees it, in the inputs' canonical (content-determined) order.
struct Input {
  const Loaded* loaded = nullptr;
  std::size_t order = 0;  // position in the sorted inputs
};

// Merges one table of every input into out.table(t); appends its conflicts to out.konflik.
// preferred: the order of the utamakan input, or -1.
void merge_table(TableId t, const std::vector<Input>& inputs, long preferred, Compilation& out);

// The cells of a conflict value or a table row (union columns) as texts.
using Row = std::vector<std::string>;

// Normalised key of row r of table t in c, as (column name, value) pairs; empty when a key
// cell is empty.
std::vector<std::pair<std::string, std::string>> row_key(const Compilation& c, TableId t, std::size_t r);

std::string join_sumber(const std::vector<std::string>& names);

}  // namespace kompilasi::merge_detail
