#include "keyed_hash.hpp"

#include <new>
#include <stdexcept>

#include <sodium.h>

namespace kompilasi {
namespace {

void init_sodium() {
  // sodium_init is idempotent and thread-safe; it returns -1 only when the library cannot be used
  static const int ok = sodium_init();
  if (ok < 0) throw std::runtime_error("libsodium tidak dapat dimulai");
}

}  // namespace

HmacDigest hmac_sha256(std::string_view key, std::string_view message) {
  init_sodium();
  crypto_auth_hmacsha256_state st;
  HmacDigest out{};
  crypto_auth_hmacsha256_init(&st, reinterpret_cast<const unsigned char*>(key.data()), key.size());
  crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char*>(message.data()), message.size());
  crypto_auth_hmacsha256_final(&st, out.data());
  sodium_memzero(&st, sizeof st);
  return out;
}

HmacDigest hmac_sha256(const HmacKey& key, std::string_view message) {
  return hmac_sha256(std::string_view(reinterpret_cast<const char*>(key.data()), key.size()), message);
}

HmacKey derive_anon_key(std::string_view passphrase) {
  static_assert(kAnonSalt.size() == crypto_pwhash_SALTBYTES);
  init_sodium();
  HmacKey key{};
  if (crypto_pwhash(key.data(), key.size(), passphrase.data(), passphrase.size(),
                    reinterpret_cast<const unsigned char*>(kAnonSalt.data()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                    crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
    throw std::bad_alloc();  // the only failure with valid limits: the memory could not be had
  return key;
}

void secure_wipe(void* bytes, std::size_t n) { sodium_memzero(bytes, n); }

std::string to_hex(const std::uint8_t* bytes, std::size_t n) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(n * 2, '0');
  for (std::size_t i = 0; i < n; ++i) {
    out[2 * i] = kDigits[bytes[i] >> 4];
    out[2 * i + 1] = kDigits[bytes[i] & 15];
  }
  return out;
}

}  // namespace kompilasi
