#include "util/sha256.h"

#include "util/error.h"

#include <sodium.h>

namespace fv {
namespace {

void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready) throw Error(ErrorDomain::Internal, "crypto_unavailable", "libsodium failed to initialise");
}

} // namespace

Sha256::Sha256() : m_state(new crypto_hash_sha256_state)
{
    ensureSodium();
    crypto_hash_sha256_init(m_state);
}

Sha256::~Sha256() { delete m_state; }

void Sha256::update(std::string_view bytes)
{
    crypto_hash_sha256_update(m_state, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
}

std::string Sha256::finishHex()
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(m_state, digest);
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

std::string sha256Hex(std::string_view bytes)
{
    Sha256 hash;
    hash.update(bytes);
    return hash.finishHex();
}

bool isSha256Hex(std::string_view s)
{
    if (s.size() != 64) return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

} // namespace fv
