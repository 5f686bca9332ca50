// Writer of the workspace file: the layout documented in workspace_json.hpp, by hand, so
// that a million-row compilation never becomes a DOM.
#include "json_text.hpp"
#include "merge.hpp"
#include "workspace_json.hpp"

namespace kompilasi {
namespace {

using ojson = nlohmann::ordered_json;

bool reserved_key(std::string_view k) {
  return k == "format" || k == "instansi" || k == "tahun" || k == "tanggal_kompilasi" || k == "tabel" ||
         k == "sumber" || k == "konflik";
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

std::string write_workspace_json(const Compilation& c) {
  std::string out;
  out.reserve(c.pool.bytes_used() / 2 + c.row_count() * 96 + 4096);
  out += "{\n  \"format\": ";
  append_json_string(out, kWorkspaceFormat);
  out += ",\n  \"instansi\": ";
  append_json_string(out, c.instansi);
  out += ",\n  \"tahun\": ";
  out += c.tahun ? std::to_string(c.tahun) : "null";
  out += ",\n  \"tanggal_kompilasi\": ";
  append_json_string(out, c.tanggal_kompilasi);
  out += ",\n  \"tabel\": {";
  bool first_table = true;
  for (const TableId t : kAllTables) {
    const Table& tab = c.table(t);
    out += first_table ? "\n    " : ",\n    ";
    first_table = false;
    append_json_string(out, spec(t).name);
    if (!tab.rows()) {
      out += ": []";
      continue;
    }
    std::vector<std::string> keys;  // `"column": ` once per table
    for (std::size_t i = 0; i < tab.width(); ++i) {
      std::string k = i ? ", " : "{";
      append_json_string(k, tab.columns[i]);
      keys.push_back(k += ": ");
    }
    out += ": [";
    for (std::size_t r = 0; r < tab.rows(); ++r) {
      out += r ? ",\n      " : "\n      ";
      for (std::size_t i = 0; i < tab.width(); ++i) {
        out += keys[i];
        append_json_string(out, c.pool.view(tab.id_at(r, i)));
      }
      out += '}';
    }
    out += "\n    ]";
  }
  if (const auto it = c.extra.find("tabel"); it != c.extra.end() && it->is_object()) append_kept(out, *it, false);
  out += "\n  }";

  const auto kept_sumber = c.extra.find("sumber");
  const bool has_kept_sumber = kept_sumber != c.extra.end() && kept_sumber->is_object() && !kept_sumber->empty();
  bool any_sumber = has_kept_sumber;
  for (const TableId t : kAllTables) any_sumber |= !c.table(t).sumber.empty();
  if (any_sumber) {
    out += ",\n  \"sumber\": {";
    bool first = true;
    for (const TableId t : kAllTables) {
      const Table& tab = c.table(t);
      if (tab.sumber.empty()) continue;
      out += first ? "\n    " : ",\n    ";
      first = false;
      append_json_string(out, spec(t).name);
      out += ": [";
      for (std::size_t r = 0; r < tab.sumber.size(); ++r) {
        out += r ? ",\n      " : "\n      ";
        append_json_compact(out, ojson(split_sumber(c.pool.view(tab.sumber[r]))));
      }
      out += "\n    ]";
    }
    if (has_kept_sumber) append_kept(out, *kept_sumber, first);
    out += "\n  }";
  }
  if (!c.konflik.empty()) {
    out += ",\n  \"konflik\": [";
    for (std::size_t i = 0; i < c.konflik.size(); ++i) {
      out += i ? ",\n    " : "\n    ";
      append_json_compact(out, conflict_json(c.konflik[i], c));
    }
    out += "\n  ]";
  }
  for (const auto& [k, v] : c.extra.items()) {
    if (reserved_key(k)) continue;
    out += ",\n  ";
    append_json_string(out, k);
    out += ": ";
    append_json_indented(out, v, 2);
  }
  out += "\n}\n";
  return out;
}

}  // namespace kompilasi
