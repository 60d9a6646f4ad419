// SHA-256 of a byte string (FIPS 180-4), as lowercase hex. Identifies an input file in
// outputs and lets batch imports skip unchanged files.
#ifndef PLANPARSE_PARSERS_SHA256_H_
#define PLANPARSE_PARSERS_SHA256_H_

#include <string>
#include <string_view>

namespace planparse {

std::string Sha256Hex(std::string_view bytes);

// The same computed without the CPU's SHA instructions, whichever the machine has: the
// reference the fast path is tested against.
std::string Sha256HexPortable(std::string_view bytes);

}  // namespace planparse

#endif  // PLANPARSE_PARSERS_SHA256_H_
