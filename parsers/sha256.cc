#include "parsers/sha256.h"

#include <openssl/evp.h>

#include <cstdlib>

namespace planparse {

// OpenSSL's SHA-256 uses the CPU's SHA extensions where there are some: five times the
// speed of a portable implementation, and hashing every input is on each document's path.
std::string Sha256Hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest, &size, EVP_sha256(), nullptr) != 1 || size != 32) {
    std::abort();  // SHA-256 is always there in libcrypto; failing here is a broken install
  }
  static const char kHex[] = "0123456789abcdef";
  std::string out(64, '0');
  for (unsigned int i = 0; i < size; ++i) {
    out[2 * i] = kHex[digest[i] >> 4];
    out[2 * i + 1] = kHex[digest[i] & 0xF];
  }
  return out;
}

}  // namespace planparse
