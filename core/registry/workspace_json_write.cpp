// Writer of the workspace file: the layout documented in workspace_json.hpp, by hand, so
// that a million-row compilation never becomes a DOM.
#include <algorithm>
#include <cstdint>

#include "json_text.hpp"
#include "merge.hpp"
#include "row_budget.hpp"
#include "workspace_json.hpp"

namespace kompilasi {
namespace {

using ojson = nlohmann::ordered_json;

bool reserved_key(std::string_view k) {
  return k == "format" || k == "instansi" || k == "tahun" || k == "tanggal_kompilasi" || k == "tabel" ||
         k == "sumber" || k == "konflik";
}

// The kept unknown entries of c.extra[key] when they are a non-empty object, else null.
const ojson* kept_entries(const Compilation& c, const char* key) {
  const auto it = c.extra.find(key);
  return it != c.extra.end() && it->is_object() && !it->empty() ? &*it : nullptr;
}

// Kept unknown entries of "tabel" or "sumber", after the known tables (first: none written yet).
void append_kept(std::string& out, const ojson& kept, bool first) {
  for (const auto& [k, v] : kept.items()) {
    out += first ? "\n    " : ",\n    ";
    first = false;
    append_json_string(out, k);
    out += ": ";
    append_json_indented(out, v, 4);
  }
}

}  // namespace

std::size_t WorkspaceJsonWriter::size_hint() const { return c_.pool.bytes_used() / 2 + c_.row_count() * 96 + 4096; }

bool WorkspaceJsonWriter::step(std::size_t rows, std::string& out) {
  const Compilation& c = c_;
  std::size_t budget = rows;
  while (part_ != Part::done) {
    switch (part_) {
      case Part::head:
        out += "{\n  \"format\": ";
        append_json_string(out, kWorkspaceFormat);
        out += ",\n  \"instansi\": ";
        append_json_string(out, c.instansi);
        out += ",\n  \"tahun\": ";
        out += c.tahun ? std::to_string(c.tahun) : "null";
        out += ",\n  \"tanggal_kompilasi\": ";
        append_json_string(out, c.tanggal_kompilasi);
        out += ",\n  \"tabel\": {";
        part_ = Part::table;
        break;
      case Part::table: {  // the next table's name and, for a table with rows, its column keys
        if (table_ == kTableCount) {
          if (const ojson* kept = kept_entries(c, "tabel")) append_kept(out, *kept, false);
          out += "\n  }";
          part_ = Part::sumber;
          break;
        }
        const TableId t = kAllTables[table_];
        const Table& tab = c.table(t);
        out += table_ ? ",\n    " : "\n    ";
        append_json_string(out, spec(t).name);
        if (!tab.rows()) {
          out += ": []";
          ++table_;
          break;
        }
        keys_.clear();
        for (std::size_t i = 0; i < tab.width(); ++i) {
          std::string k = i ? ", " : "{";
          append_json_string(k, tab.columns[i]);
          keys_.push_back(k += ": ");
        }
        out += ": [";
        row_ = 0;
        part_ = Part::table_rows;
        break;
      }
      case Part::table_rows: {
        const Table& tab = c.table(kAllTables[table_]);
        if (budget == 0) return false;
        const std::size_t end = take_rows(budget, row_, tab.rows());
        for (std::size_t r = row_; r < end; ++r) {
          out += r ? ",\n      " : "\n      ";
          for (std::size_t i = 0; i < tab.width(); ++i) {
            out += keys_[i];
            append_json_string(out, c.pool.view(tab.id_at(r, i)));
          }
          out += '}';
        }
        row_ = end;
        if (row_ < tab.rows()) break;
        out += "\n    ]";
        ++table_;
        part_ = Part::table;
        break;
      }
      case Part::sumber: {
        bool any = kept_entries(c, "sumber") != nullptr;
        for (const TableId t : kAllTables) any |= !c.table(t).sumber.empty();
        if (any) {
          out += ",\n  \"sumber\": {";
          first_ = true;
          table_ = 0;
          part_ = Part::sumber_table;
        } else {
          part_ = Part::konflik;
        }
        break;
      }
      case Part::sumber_table: {  // the next table with provenance, or the end of "sumber"
        while (table_ < kTableCount && c.table(kAllTables[table_]).sumber.empty()) ++table_;
        if (table_ == kTableCount) {
          if (const ojson* kept = kept_entries(c, "sumber")) append_kept(out, *kept, first_);
          out += "\n  }";
          part_ = Part::konflik;
          break;
        }
        out += first_ ? "\n    " : ",\n    ";
        first_ = false;
        append_json_string(out, spec(kAllTables[table_]).name);
        out += ": [";
        row_ = 0;
        part_ = Part::sumber_rows;
        break;
      }
      case Part::sumber_rows: {
        const Table& tab = c.table(kAllTables[table_]);
        if (budget == 0) return false;
        const std::size_t end = take_rows(budget, row_, tab.sumber.size());
        for (std::size_t r = row_; r < end; ++r) {
          out += r ? ",\n      " : "\n      ";
          append_json_compact(out, ojson(split_sumber(c.pool.view(tab.sumber[r]))));
        }
        row_ = end;
        if (row_ < tab.sumber.size()) break;
        out += "\n    ]";
        ++table_;
        part_ = Part::sumber_table;
        break;
      }
      case Part::konflik:
        if (c.konflik.empty()) {
          part_ = Part::tail;
          break;
        }
        out += ",\n  \"konflik\": [";
        row_ = 0;
        part_ = Part::konflik_rows;
        break;
      case Part::konflik_rows: {
        if (budget == 0) return false;
        const std::size_t end = take_rows(budget, row_, c.konflik.size());
        for (std::size_t i = row_; i < end; ++i) {
          out += i ? ",\n    " : "\n    ";
          append_json_compact(out, conflict_json(c.konflik[i], c));
        }
        row_ = end;
        if (row_ < c.konflik.size()) break;
        out += "\n  ]";
        part_ = Part::tail;
        break;
      }
      case Part::tail:
        for (const auto& [k, v] : c.extra.items()) {
          if (reserved_key(k)) continue;
          out += ",\n  ";
          append_json_string(out, k);
          out += ": ";
          append_json_indented(out, v, 2);
        }
        out += "\n}\n";
        part_ = Part::done;
        break;
      case Part::done:
        break;
    }
  }
  return true;
}

std::string write_workspace_json(const Compilation& c) {
  WorkspaceJsonWriter json(c);
  std::string out;
  out.reserve(json.size_hint());
  json.step(SIZE_MAX, out);
  return out;
}

}  // namespace kompilasi
