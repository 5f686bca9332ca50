// Streaming reader of the workspace file (see workspace_json.hpp): tabel rows and sumber
// lists go straight into the Compilation; every other value is built as a small DOM.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <istream>

#include "input_error.hpp"
#include "normalize.hpp"
#include "row_budget.hpp"
#include "workspace_json.hpp"

namespace kompilasi {
namespace {

using ojson = nlohmann::ordered_json;

class WorkspaceSax {
 public:
  WorkspaceSax(Loaded& out, std::string file) : out_(out), file_(std::move(file)) {}

  bool null() { return scalar(ojson(nullptr)); }
  bool boolean(bool v) { return scalar(ojson(v)); }
  bool number_integer(std::int64_t v) { return scalar(ojson(v)); }
  bool number_unsigned(std::uint64_t v) { return scalar(ojson(v)); }
  bool number_float(double v, const std::string& text) {
    if (dom_.empty() && top() == Frame::row) {  // keep the number as written
      set_cell(text);
      return true;
    }
    return scalar(ojson(v));
  }
  bool string(std::string& v) {
    if (!dom_.empty()) return dom_value(ojson(v));
    switch (top()) {
      case Frame::row: set_cell(v); return true;
      case Frame::sumber_names:
        if (!names_.empty()) names_ += '\n';
        names_ += v;
        return true;
      default: return scalar(ojson(v));
    }
  }

  bool key(std::string& k) {
    if (!dom_.empty()) {
      dom_key_ = k;
      return true;
    }
    if (top() == Frame::row) {
      Table& tab = table();
      int c = (next_col_ < tab.width() && tab.columns[next_col_] == k) ? static_cast<int>(next_col_) : tab.find_column(k);
      if (c < 0) {
        c = tab.add_column(k);
        row_.push_back(0);
      }
      col_ = static_cast<std::size_t>(c);
      next_col_ = col_ + 1;
      return true;
    }
    key_ = k;
    return true;
  }

  bool start_object(std::size_t) {
    if (!dom_.empty()) return dom_open(ojson::object());
    switch (top()) {
      case Frame::none: frames_.push_back(Frame::top); return true;
      case Frame::top:
        if (key_ == "tabel") return push(Frame::tabel);
        if (key_ == "sumber") return push(Frame::sumber);
        return dom_begin(Target::top, ojson::object());
      case Frame::tabel:
        if (table_by_name(key_)) return bad("tabel." + key_);
        return dom_begin(Target::tabel, ojson::object());
      case Frame::sumber:
        if (table_by_name(key_)) return bad("sumber." + key_);
        return dom_begin(Target::sumber, ojson::object());
      case Frame::rows:
        row_.assign(table().width(), 0);
        next_col_ = 0;
        return push(Frame::row);
      case Frame::row: return dom_begin(Target::cell, ojson::object());
      default: return bad(sumber_path());
    }
  }

  bool end_object() {
    if (!dom_.empty()) return dom_close();
    if (top() == Frame::row) {
      Table& tab = table();
      tab.cells.insert(tab.cells.end(), row_.begin(), row_.end());
      tab.source_row.push_back(static_cast<std::uint32_t>(tab.source_row.size() + 1));
      ++rows_read;
    }
    frames_.pop_back();
    return true;
  }

  bool start_array(std::size_t) {
    if (!dom_.empty()) return dom_open(ojson::array());
    switch (top()) {
      case Frame::none: throw InputError("not_workspace", file_);
      case Frame::top:
        if (key_ == "tabel" || key_ == "sumber") return bad(key_);
        return dom_begin(Target::top, ojson::array());
      case Frame::tabel:
        if (const auto t = table_by_name(key_)) {
          table_ = *t;
          return push(Frame::rows);
        }
        return dom_begin(Target::tabel, ojson::array());
      case Frame::sumber:
        if (const auto t = table_by_name(key_)) {
          table_ = *t;
          seen_sumber_[index(*t)] = true;
          return push(Frame::sumber_rows);
        }
        return dom_begin(Target::sumber, ojson::array());
      case Frame::sumber_rows:
        names_.clear();
        return push(Frame::sumber_names);
      case Frame::row: return dom_begin(Target::cell, ojson::array());
      case Frame::rows: return bad(row_path());
      default: return bad(sumber_path());
    }
  }

  bool end_array() {
    if (!dom_.empty()) return dom_close();
    if (top() == Frame::sumber_names) {
      sumber_[index(table_)].push_back(out_.comp.pool.intern(names_));
      ++rows_read;
    }
    frames_.pop_back();
    return true;
  }

  // After the parse: the top-level values that are not streamed, and the sumber lists.
  ojson top_values = ojson::object();
  ojson extra_tabel = ojson::object();
  ojson extra_sumber = ojson::object();
  std::array<std::vector<std::uint32_t>, kTableCount> sumber_;
  std::array<bool, kTableCount> seen_sumber_{};
  // Rows read: tabel rows, sumber lists, and the values inside an unstreamed top-level value
  // (konflik's conflicts); what a reader's step counts.
  std::size_t rows_read = 0;

 private:
  enum class Frame : std::uint8_t { none, top, tabel, rows, row, sumber, sumber_rows, sumber_names };
  enum class Target : std::uint8_t { top, tabel, sumber, cell };

  Frame top() const { return frames_.empty() ? Frame::none : frames_.back(); }
  bool push(Frame f) {
    frames_.push_back(f);
    return true;
  }
  Table& table() { return out_.comp.table(table_); }
  std::string row_path() const {
    return "tabel." + std::string(spec(table_).name) + "[" + std::to_string(out_.comp.table(table_).rows() + 1) + "]";
  }
  std::string sumber_path() const {
    return "sumber." + std::string(spec(table_).name) + "[" + std::to_string(sumber_[index(table_)].size() + 1) + "]";
  }
  [[noreturn]] bool bad(const std::string& path) { throw InputError("bad_structure", file_, "path:" + path); }

  void set_cell(std::string_view text) { row_[col_] = out_.comp.cell_id(table_, col_, text); }

  bool scalar(ojson v) {
    if (!dom_.empty()) return dom_value(std::move(v));
    switch (top()) {
      case Frame::none:
        throw InputError("not_workspace", file_);
      case Frame::top:
        if (key_ == "tabel" || key_ == "sumber") return bad(key_);
        top_values[key_] = std::move(v);
        return true;
      case Frame::tabel:
        if (table_by_name(key_)) return bad("tabel." + key_);
        extra_tabel[key_] = std::move(v);
        return true;
      case Frame::sumber:
        if (table_by_name(key_)) return bad("sumber." + key_);
        extra_sumber[key_] = std::move(v);
        return true;
      case Frame::row:
        if (v.is_null()) row_[col_] = 0;
        else if (v.is_boolean()) set_cell(v.get<bool>() ? "true" : "false");
        else set_cell(v.dump());
        return true;
      case Frame::rows: return bad(row_path());
      default: return bad(sumber_path());
    }
  }

  // ---- DOM of the values that are not streamed
  // Values nested deeper than this are refused: dumping them back would recurse that deep.
  static constexpr std::size_t kMaxDepth = 200;

  bool dom_begin(Target target, ojson root) {
    target_ = target;
    target_key_ = key_;
    dom_root_ = std::move(root);
    dom_.push_back(&dom_root_);
    return true;
  }
  bool dom_open(ojson v) {
    if (dom_.size() >= kMaxDepth) return bad(target_key_);
    ojson& parent = *dom_.back();
    ojson* child;
    if (parent.is_array()) {
      parent.push_back(std::move(v));
      child = &parent.back();
    } else {
      child = &(parent[dom_key_] = std::move(v));
    }
    dom_.push_back(child);
    return true;
  }
  bool dom_value(ojson v) {
    if (dom_.size() == 1) ++rows_read;
    ojson& parent = *dom_.back();
    if (parent.is_array()) parent.push_back(std::move(v));
    else parent[dom_key_] = std::move(v);
    return true;
  }
  bool dom_close() {
    dom_.pop_back();
    if (dom_.size() == 1) ++rows_read;
    if (!dom_.empty()) return true;
    switch (target_) {
      case Target::top: top_values[target_key_] = std::move(dom_root_); break;
      case Target::tabel: extra_tabel[target_key_] = std::move(dom_root_); break;
      case Target::sumber: extra_sumber[target_key_] = std::move(dom_root_); break;
      case Target::cell: set_cell(dom_root_.dump()); break;
    }
    return true;
  }

  Loaded& out_;
  std::string file_;
  std::vector<Frame> frames_;
  std::string key_;
  TableId table_ = TableId::unit;
  std::vector<std::uint32_t> row_;
  std::size_t col_ = 0, next_col_ = 0;
  std::string names_;
  // DOM state
  std::vector<ojson*> dom_;
  ojson dom_root_;
  std::string dom_key_, target_key_;
  Target target_ = Target::top;
};

std::vector<std::string> string_list(const ojson& v, const std::string& file, const std::string& path) {
  if (!v.is_array()) throw InputError("bad_structure", file, "path:" + path);
  std::vector<std::string> out;
  for (const auto& s : v) {
    if (!s.is_string()) throw InputError("bad_structure", file, "path:" + path);
    out.push_back(s.get<std::string>());
  }
  return out;
}

Conflict conflict_from_json(Compilation& c, const ojson& j, const std::string& file, const std::string& path) {
  const auto fail = [&](const std::string& what) -> InputError {
    return InputError("bad_structure", file, "path:" + path + (what.empty() ? "" : "." + what));
  };
  if (!j.is_object()) throw fail({});
  Conflict k;
  const auto t = j.contains("tabel") && j["tabel"].is_string() ? table_by_name(j["tabel"].get<std::string>()) : std::nullopt;
  if (!t) throw fail("tabel");
  k.table = *t;
  if (j.contains("kunci")) {
    if (!j["kunci"].is_object()) throw fail("kunci");
    for (const auto& [col, v] : j["kunci"].items()) {
      if (!v.is_string()) throw fail("kunci");
      k.kunci.emplace_back(col, v.get<std::string>());
    }
  }
  if (j.contains("kolom")) k.kolom = string_list(j["kolom"], file, path + ".kolom");
  if (j.contains("nilai")) {
    if (!j["nilai"].is_array()) throw fail("nilai");
    Table& tab = c.table(k.table);
    std::size_t i = 0;
    for (const auto& v : j["nilai"]) {
      const std::string vpath = "nilai[" + std::to_string(++i) + "]";
      if (!v.is_object()) throw fail(vpath);
      ConflictValue cv;
      if (v.contains("sumber")) cv.sumber = string_list(v["sumber"], file, path + "." + vpath + ".sumber");
      if (v.contains("baris")) {
        if (!v["baris"].is_object()) throw fail(vpath + ".baris");
        for (const auto& [col, text] : v["baris"].items()) {
          if (!text.is_string()) throw fail(vpath + ".baris");
          int ci = tab.find_column(col);
          if (ci < 0) ci = tab.add_column(col);
          if (cv.row.size() <= static_cast<std::size_t>(ci)) cv.row.resize(static_cast<std::size_t>(ci) + 1);
          cv.row[static_cast<std::size_t>(ci)] = text.get<std::string>();
        }
      }
      k.nilai.push_back(std::move(cv));
    }
  }
  if (j.contains("dipilih")) {
    const auto& d = j["dipilih"];
    if (!d.is_number_integer() || d.get<std::int64_t>() < 0 || d.get<std::size_t>() >= std::max<std::size_t>(1, k.nilai.size()))
      throw fail("dipilih");
    k.dipilih = d.get<int>();
  }
  return k;
}

// The file's bytes, in memory or read from a stream a buffer at a time (twice: the NUL check,
// then the parse), and the lexer's input over them.
class Bytes {
 public:
  Bytes(std::string_view bytes, std::string file) : view_(bytes), size_(bytes.size()), file_(std::move(file)) {}
  Bytes(std::unique_ptr<std::istream> in, std::size_t chunk, std::string file) : in_(std::move(in)), chunk_(chunk), file_(std::move(file)) {
    in_->seekg(0, std::ios::end);
    const auto end = in_->tellg();
    if (!*in_ || end < 0) throw InputError("unreadable", file_);
    size_ = static_cast<std::size_t>(end);
    rewind();
  }
  std::size_t size() const { return size_; }
  const std::string& file() const { return file_; }

  // The next up to n bytes from `at` (n > 0, at < size()), a view valid until the next call: in
  // memory all of them, from a stream at most a buffer. Reads go in order from the start or
  // from a rewind(): `at` is where the last one ended, which is where the stream stands.
  std::string_view read(std::size_t at, std::size_t n) {
    if (!in_) return view_.substr(at, n);
    buffer_.resize(std::min(n, chunk_));
    in_->read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    if (in_->bad() || in_->gcount() <= 0) throw InputError("unreadable", file_);  // gone or shrunk while read
    return {buffer_.data(), static_cast<std::size_t>(in_->gcount())};
  }
  void rewind() {
    if (!in_) return;
    in_->clear();
    in_->seekg(0);
  }
  // 1-based line of the byte at `at` (or of the end), reading the bytes before it once more.
  std::size_t line_at(std::size_t at) {
    at = std::min(at, size_);
    rewind();
    std::size_t line = 1;
    for (std::size_t done = 0; done < at;) {
      const std::string_view part = read(done, at - done);
      line += static_cast<std::size_t>(std::count(part.begin(), part.end(), '\n'));
      done += part.size();
    }
    return line;
  }

  // nlohmann's lexer input (an InputAdapterType: char_type and get_character) over a Bytes
  // rewound to its start.
  class Input {
   public:
    using char_type = char;
    explicit Input(Bytes& b) : b_(&b) {}
    std::char_traits<char>::int_type get_character() {
      if (at_ == end_ && !next()) return std::char_traits<char>::eof();
      return std::char_traits<char>::to_int_type(*at_++);
    }

   private:
    bool next() {
      if (read_ == b_->size()) return false;
      const std::string_view part = b_->read(read_, b_->size() - read_);
      read_ += part.size();
      at_ = part.data();
      end_ = at_ + part.size();
      return true;
    }
    Bytes* b_;
    const char* at_ = nullptr;
    const char* end_ = nullptr;
    std::size_t read_ = 0;
  };

 private:
  std::string_view view_;
  std::unique_ptr<std::istream> in_;
  std::size_t chunk_ = 0, size_ = 0;
  std::string buffer_;
  std::string file_;
};

using Lexer = nlohmann::detail::lexer<ojson, Bytes::Input>;
using Token = Lexer::token_type;

// Bytes checked for a NUL per row of a step's budget: memchr is far faster than parsing a row.
constexpr std::size_t kNulBytesPerRow = 1024;

}  // namespace

struct WorkspaceJsonReader::State {
  State(Bytes b, std::string name) : bytes(std::move(b)), file(bytes.file()), sax(out, file), lexer(Bytes::Input(bytes)) {
    out.name = std::move(name);
  }

  // nlohmann's sax_parse cannot stop halfway, so this is its parser's loop (3.11.2,
  // detail/input/parser.hpp: sax_parse_internal, then sax_parse's check that the input ends)
  // with its locals kept between calls, over the library's own lexer: every event and every
  // error position is the library's. Stops once `rows` more rows are read; true at the end.
  bool parse(std::size_t rows) {
    const std::size_t stop = rows > SIZE_MAX - sax.rows_read ? SIZE_MAX : sax.rows_read + rows;
    while (sax.rows_read < stop) {
      if (!skip_to_state_evaluation) {
        switch (token) {
          case Token::begin_object:
            sax.start_object(0);
            if (next() == Token::end_object) {
              sax.end_object();
              break;
            }
            if (token != Token::value_string) fail();
            sax.key(lexer.get_string());
            if (next() != Token::name_separator) fail();
            states.push_back(false);
            next();
            continue;
          case Token::begin_array:
            sax.start_array(0);
            if (next() == Token::end_array) {
              sax.end_array();
              break;
            }
            states.push_back(true);
            continue;
          case Token::value_float: {
            const double v = lexer.get_number_float();
            if (!std::isfinite(v)) fail();
            sax.number_float(v, lexer.get_string());
            break;
          }
          case Token::literal_false: sax.boolean(false); break;
          case Token::literal_null: sax.null(); break;
          case Token::literal_true: sax.boolean(true); break;
          case Token::value_integer: sax.number_integer(lexer.get_number_integer()); break;
          case Token::value_string: sax.string(lexer.get_string()); break;
          case Token::value_unsigned: sax.number_unsigned(lexer.get_number_unsigned()); break;
          default: fail();  // the lexer's parse_error, or a token where a value belongs
        }
      } else {
        skip_to_state_evaluation = false;
      }
      // A value was read.
      if (states.empty()) {
        if (next() != Token::end_of_input) fail();
        return true;
      }
      if (states.back()) {  // in an array
        if (next() == Token::value_separator) {
          next();
          continue;
        }
        if (token != Token::end_array) fail();
        sax.end_array();
        states.pop_back();
        skip_to_state_evaluation = true;
        continue;
      }
      if (next() == Token::value_separator) {  // in an object
        if (next() != Token::value_string) fail();
        sax.key(lexer.get_string());
        if (next() != Token::name_separator) fail();
        next();
        continue;
      }
      if (token != Token::end_object) fail();
      sax.end_object();
      states.pop_back();
      skip_to_state_evaluation = true;
    }
    return false;
  }

  // After the parse: the top-level values that were not streamed, checked and put in place.
  void finish();

  Token next() { return token = lexer.scan(); }
  [[noreturn]] void fail() {
    throw InputError("json_syntax", file, "line:" + std::to_string(bytes.line_at(lexer.get_position())));
  }

  Bytes bytes;
  std::string file;
  Loaded out;
  WorkspaceSax sax;
  Lexer lexer;
  Token token = Token::uninitialized;
  std::vector<bool> states;  // the containers the parse is in: true an array, false an object
  bool skip_to_state_evaluation = false;
  std::size_t checked = 0;  // bytes checked for a NUL, all of them before the parse starts
  bool parsed = false;
};

void WorkspaceJsonReader::State::finish() {
  Compilation& c = out.comp;
  ojson& top = sax.top_values;
  const auto take = [&](const char* key) -> std::optional<ojson> {
    if (!top.contains(key)) return std::nullopt;
    ojson v = std::move(top[key]);
    top.erase(key);
    return v;
  };
  if (auto f = take("format"); f && (!f->is_string() || f->get<std::string>() != kWorkspaceFormat))
    throw InputError("unsupported_format", file, {}, f->is_string() ? f->get<std::string>() : f->dump());
  if (auto v = take("instansi"); v && !v->is_null()) {
    if (!v->is_string()) throw InputError("bad_structure", file, "path:instansi");
    c.instansi = v->get<std::string>();
  }
  if (auto v = take("tahun"); v && !v->is_null()) {
    if (v->is_number_integer()) c.tahun = v->get<int>();
    else if (v->is_string() && !v->get<std::string>().empty() && v->get<std::string>().size() <= 4 &&
             std::all_of(v->get_ref<const std::string&>().begin(), v->get_ref<const std::string&>().end(),
                         [](char ch) { return ch >= '0' && ch <= '9'; }))
      c.tahun = std::stoi(v->get<std::string>());
    else throw InputError("bad_tahun", file, "path:tahun", v->is_string() ? v->get<std::string>() : v->dump());
  }
  if (auto v = take("tanggal_kompilasi"); v && !v->is_null()) {
    const std::string text = v->is_string() ? v->get<std::string>() : v->dump();
    if (!text.empty()) {
      const auto d = v->is_string() ? parse_date(text) : std::nullopt;
      if (!d) throw InputError("bad_tanggal", file, "path:tanggal_kompilasi", text);
      c.tanggal_kompilasi = format_date(*d);
    }
  }
  if (auto v = take("konflik"); v && !v->is_null()) {
    if (!v->is_array()) throw InputError("bad_structure", file, "path:konflik");
    std::size_t i = 0;
    for (const auto& k : *v) c.konflik.push_back(conflict_from_json(c, k, file, "konflik[" + std::to_string(++i) + "]"));
  }
  // tabel and sumber arrived streamed; a non-object value under those names was refused.
  c.extra = std::move(top);
  if (!sax.extra_tabel.empty()) c.extra["tabel"] = std::move(sax.extra_tabel);
  if (!sax.extra_sumber.empty()) c.extra["sumber"] = std::move(sax.extra_sumber);
  for (const TableId t : kAllTables) {
    if (!sax.seen_sumber_[index(t)]) continue;
    Table& tab = c.table(t);
    if (sax.sumber_[index(t)].size() != tab.rows())
      throw InputError("sumber_length", file, "path:sumber." + std::string(spec(t).name),
                       std::to_string(sax.sumber_[index(t)].size()) + "/" + std::to_string(tab.rows()));
    tab.sumber = std::move(sax.sumber_[index(t)]);
  }
}

WorkspaceJsonReader::WorkspaceJsonReader(std::string_view bytes, std::string_view file, std::string name)
    : s_(std::make_unique<State>(Bytes(bytes, std::string(file)), std::move(name))) {}

WorkspaceJsonReader::WorkspaceJsonReader(std::unique_ptr<std::istream> in, std::string_view file, std::string name,
                                         std::size_t chunk)
    : s_(std::make_unique<State>(Bytes(std::move(in), chunk, std::string(file)), std::move(name))) {}

WorkspaceJsonReader::~WorkspaceJsonReader() = default;

void WorkspaceJsonReader::reserve(TableId t, std::size_t rows) {
  Table& tab = s_->out.comp.table(t);
  tab.cells.reserve(rows * tab.width());
  tab.source_row.reserve(rows);
}

bool WorkspaceJsonReader::step(std::size_t rows) {
  State& s = *s_;
  if (s.checked < s.bytes.size()) {  // a NUL anywhere is reported before anything else
    const std::size_t end = s.checked + std::min(s.bytes.size() - s.checked, bytes_for_rows(rows, kNulBytesPerRow));
    while (s.checked < end) {
      const std::string_view part = s.bytes.read(s.checked, end - s.checked);
      if (const void* nul = std::memchr(part.data(), 0, part.size())) {
        const auto at = s.checked + static_cast<std::size_t>(static_cast<const char*>(nul) - part.data());
        throw InputError("nul_byte", s.file, "line:" + std::to_string(s.bytes.line_at(at)));
      }
      s.checked += part.size();
    }
    if (s.checked == s.bytes.size()) s.bytes.rewind();  // the parse reads from the start
    if (rows != kAllRows) return false;
  }
  if (s.parsed) return true;
  if (s.token == Token::uninitialized) s.next();  // the first token, as nlohmann's parser reads it at construction
  if (!s.parse(rows)) return false;
  s.finish();
  s.parsed = true;
  return true;
}

double WorkspaceJsonReader::done() const {
  if (s_->bytes.size() == 0 || s_->parsed) return 1;
  return static_cast<double>(std::min<std::size_t>(s_->lexer.get_position(), s_->bytes.size())) / static_cast<double>(s_->bytes.size());
}

Loaded WorkspaceJsonReader::take() { return std::move(s_->out); }

Loaded read_workspace_json(std::string_view bytes, std::string_view file, std::string name) {
  WorkspaceJsonReader reader(bytes, file, std::move(name));
  reader.step(WorkspaceJsonReader::kAllRows);
  return reader.take();
}

}  // namespace kompilasi
