#include "parsers/sha256.h"

#include <openssl/evp.h>

namespace planparse {

std::string Sha256Hex(std::string_view bytes) {
  // OpenSSL's digest uses the CPU's SHA instructions where it has them: four times the
  // speed of portable code, which plain-text input (hashed whole) notices.
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest, &size, EVP_sha256(), nullptr) != 1) return "";
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * size);
  for (unsigned int i = 0; i < size; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 0xF];
  }
  return out;
}

}  // namespace planparse
