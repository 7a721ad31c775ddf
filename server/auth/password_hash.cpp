#include "auth/password_hash.h"

#include "util/error.h"
#include "util/sha256.h"

#include <sodium.h>

#include <algorithm>
#include <cstddef>
#include <semaphore>
#include <thread>

namespace fv::server {
namespace {

void ensureSodium()
{
    if (sodium_init() < 0) throw Error(ErrorDomain::Internal, "crypto_unavailable", "libsodium failed to initialise");
}

// Each Argon2 computation holds 64 MiB and a core while it runs. A burst of sign-ins (a team's
// tablets in the morning) may use half the cores, at least one: the other half keeps syncing,
// and the memory peak stays near cores / 2 x 64 MiB (~100 MB in all on two cores, not ~160).
class Argon2Slot {
public:
    Argon2Slot() { slots().acquire(); }
    ~Argon2Slot() { slots().release(); }
    Argon2Slot(const Argon2Slot&) = delete;
    Argon2Slot& operator=(const Argon2Slot&) = delete;

private:
    static std::counting_semaphore<>& slots()
    {
        static std::counting_semaphore<> free(std::max<std::ptrdiff_t>(std::thread::hardware_concurrency() / 2, 1));
        return free;
    }
};

} // namespace

std::string hashPassword(std::string_view password)
{
    ensureSodium();
    char out[crypto_pwhash_STRBYTES];
    const Argon2Slot slot;
    // INTERACTIVE limits: ~64 MiB and well under a second on a 2-core machine.
    if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw Error(ErrorDomain::Internal, "out_of_memory", "not enough memory to hash a password");
    return out;
}

bool verifyPassword(const std::string& storedHash, std::string_view password)
{
    ensureSodium();
    const Argon2Slot slot;
    return crypto_pwhash_str_verify(storedHash.c_str(), password.data(), password.size()) == 0;
}

std::string newToken()
{
    ensureSodium();
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    char hex[sizeof bytes * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
    return hex;
}

std::string tokenDigest(std::string_view token) { return sha256Hex(token); }

} // namespace fv::server
