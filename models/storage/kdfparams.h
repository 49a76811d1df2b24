#pragma once

#include <QtGlobal>

namespace pluslife::storage {

// Argon2id cost of one password attempt. Stored with every key slot, so a slot made with one
// setting still opens after the defaults change.
struct KdfParams {
    quint64 opsLimit = 3;
    quint64 memLimitBytes = 128ull * 1024 * 1024;

    // About half a second on the reference machine (2 cores; measured by bench_vault).
    static KdfParams interactive() { return {3, 128ull * 1024 * 1024}; }
    // For unit tests of the vault's logic only: the real KDF, with the cost turned down.
    static KdfParams fastForTests() { return {1, 8ull * 1024 * 1024}; }
};

} // namespace pluslife::storage
