// Text encodings of imported files (DATA.md section 2): UTF-8 (with or without a BOM),
// UTF-16 with a BOM (what Excel's "Unicode text" writes), and anything else that is not
// valid UTF-8 decoded whole as Windows-1252 with the WHATWG mapping (what Excel on
// Windows writes in "CSV" without UTF-8). Everything downstream sees UTF-8.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace kompilasi {

enum class TextEncoding { utf8, utf8_bom, utf16le, utf16be, windows1252 };

bool valid_utf8(std::string_view s);             // well-formed UTF-8 (no overlongs, no surrogates)
std::string windows1252_to_utf8(std::string_view s);
void append_utf8(std::string& out, std::uint32_t cp);  // one code point, encoded

// A file's text as UTF-8: a view into the bytes when they already are UTF-8 (after a BOM),
// else the decoded copy held here.
struct DecodedText {
  std::string_view view;     // used when !owned
  std::string storage;       // used when owned
  bool owned = false;
  TextEncoding encoding = TextEncoding::utf8;
  std::string_view text() const { return owned ? std::string_view(storage) : view; }
};

// Detects the encoding as above; throws InputError ("utf16_invalid") for UTF-16 with an odd
// length or an unpaired surrogate. The caller reports a Windows-1252 decode as a notice.
DecodedText decode_text(std::string_view bytes, std::string_view file);

// decode_text some bytes at a time, for a file imported across frames: the UTF-8 check of a
// large file (most of decode_text's time; a 300 MB file is tens of milliseconds) goes
// `bytes` at a time. UTF-16 and a Windows-1252 decode, both rare for large files, are done
// in the step that finds them. bytes must stay valid until take().
class TextDecoder {
 public:
  TextDecoder(std::string_view bytes, std::string_view file) : bytes_(bytes), file_(file) {}
  bool step(std::size_t bytes);  // true once the text is decoded; throws what decode_text throws
  DecodedText take() { return std::move(d_); }
  // The bytes after the BOM found well-formed UTF-8 so far (a reader may let them go).
  std::string_view checked() const { return bytes_.substr(0, checked_); }

 private:
  std::string_view bytes_;
  std::string file_;
  DecodedText d_;
  std::size_t checked_ = 0;  // bytes of the UTF-8 body found well-formed so far
  bool started_ = false, done_ = false;
};

}  // namespace kompilasi
