#pragma once

#include <string>
#include <string_view>

namespace fv::server {

// Argon2id through libsodium's crypto_pwhash_str: the salt and parameters
// travel inside the stored string, so they can be raised later without a
// migration (old hashes keep verifying).
std::string hashPassword(std::string_view password);
bool verifyPassword(const std::string& storedHash, std::string_view password);

// A random bearer token (256 bits, hex) and the digest we store instead of it,
// so a copy of the database does not hand out live sessions.
std::string newToken();
std::string tokenDigest(std::string_view token);

} // namespace fv::server
