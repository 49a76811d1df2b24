#pragma once

#include <QtGlobal>

namespace pluslife::storage {

// Argon2id cost of one password attempt. Stored with every key slot, so a slot made with one
// setting still opens after the defaults change.
struct KdfParams {
    quint64 opsLimit = 4;
    quint64 memLimitBytes = 256ull * 1024 * 1024;

    // About half a second on the reference machine (2 cores; measured by bench_vault), and
    // 256 MiB per guess for anyone who would try passwords in bulk.
    static KdfParams interactive() { return {4, 256ull * 1024 * 1024}; }
    // For unit tests of the vault's logic only: the real KDF, with the cost turned down.
    static KdfParams fastForTests() { return {1, 8ull * 1024 * 1024}; }
};

} // namespace pluslife::storage
