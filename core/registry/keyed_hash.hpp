// The cryptography of the anonymised export (anonymize.hpp), over libsodium: HMAC-SHA-256
// (crypto_auth_hmacsha256_*) and the derivation of its key from the passphrase the user types.
//
// Key derivation: Argon2id (crypto_pwhash, libsodium's "interactive" limits: 2 passes over
// 64 MiB) of the passphrase's bytes with the fixed salt kAnonSalt. The salt is fixed on
// purpose: two analysts, or two exports a year apart, with the same passphrase get the same
// key, so the same NIP gets the same pseudonym and their exports can still be joined.
// Argon2id rather than the passphrase itself as the HMAC key because NIPs are guessable
// (birth date, appointment month, sex, a serial) and many are public: whoever holds one NIP
// and its pseudonym could otherwise test billions of passphrases a second.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace kompilasi {

using HmacKey = std::array<std::uint8_t, 32>;
using HmacDigest = std::array<std::uint8_t, 32>;

inline constexpr std::string_view kAnonSalt = "kompilasi-anon-1";  // 16 bytes: crypto_pwhash_SALTBYTES
inline constexpr std::size_t kMinPassphrase = 8;                  // bytes; the CLI and the app refuse shorter

// HMAC-SHA-256 of message under a key of any length (RFC 2104: a key over 64 bytes is hashed first).
HmacDigest hmac_sha256(std::string_view key, std::string_view message);
HmacDigest hmac_sha256(const HmacKey& key, std::string_view message);

// The HMAC key for a passphrase (see above). Throws std::bad_alloc when the 64 MiB cannot be had.
HmacKey derive_anon_key(std::string_view passphrase);

// Overwrites n bytes with zeros in a way the compiler cannot drop (sodium_memzero): for the
// passphrase once it has been used.
void secure_wipe(void* bytes, std::size_t n);

// Lowercase hex of the bytes.
std::string to_hex(const std::uint8_t* bytes, std::size_t n);

}  // namespace kompilasi
