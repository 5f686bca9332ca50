// Numbers as text, the way corpus/README.md and ECMAScript's Number::toString write them:
// the shortest digits that read back as the same double, plain notation for
// 1e-6 <= |x| < 1e21, else exponent notation ("1e-7", "1.5e+21"); "-0" is "0".
// Emscripten 3.1.6's libc++ has no floating-point std::to_chars, so the digits come from
// the C library's correctly rounded printf("%.*e") and strtod, tried from 15 significant
// digits up (at most four attempts for a normal double).
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace kompilasi {

std::string format_number(double x);

// A cell's number as stored in the XML (`<v>` text). An integer literal of up to 21
// digits keeps its exact digits (an NIP stored as a number must not lose any): sign `+`
// and leading zeros dropped, "-0" → "0". Any other literal is read as a double and
// formatted by format_number. nullopt when text is not a number. value gets the double.
std::optional<std::string> number_cell_text(std::string_view text, double& value);

}  // namespace kompilasi
