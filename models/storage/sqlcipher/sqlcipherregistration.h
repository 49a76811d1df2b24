#pragma once

namespace pluslife::storage {

// The Qt SQL driver name of SqlCipherDriver, for QSqlDatabase::addDatabase().
inline constexpr char kSqlCipherDriverName[] = "QSQLCIPHER";

// Registers SqlCipherDriver as "QSQLCIPHER" with QSqlDatabase. Idempotent and thread-safe; call
// it once before the first QSqlDatabase::addDatabase(kSqlCipherDriverName, ...).
void registerSqlCipherDriver();

} // namespace pluslife::storage
