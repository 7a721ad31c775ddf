#pragma once

#include <cstddef>
#include <string>
#include <string_view>

struct crypto_hash_sha256_state;

namespace fv {

// SHA-256 from libsodium, as lowercase hex: attachments are addressed by it and
// signatures bind to it.
std::string sha256Hex(std::string_view bytes);

bool isSha256Hex(std::string_view text);

// Incremental hashing for files and uploads too large to hold at once.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void update(std::string_view bytes);
    std::string finishHex();

private:
    crypto_hash_sha256_state* m_state;
};

} // namespace fv
