#pragma once

#include "common/Result.h"
#include "esops/SeedFile.h"

#include <QList>

namespace kumiko::esops {

/// Finds the seed-migration files of a folder, reads them and sorts them byte-wise by file name.
class SeedDiscovery
{
public:
    /// `<projectDir>/seeds`.
    static QString seedsDir(const QString& projectDir);

    /// Every migration file of `seedsDir` (`.json`, and `.ts/.mts/.js` as foreign); names starting with
    /// `_` or `.` and other extensions are ignored; a missing folder has none. Errors: `read_failed`,
    /// `duplicate_migration_id` (two files with one id, e.g. `x.json` and `x.ts`).
    static Result<QList<SeedFile>> discover(const QString& seedsDir);

    /// Whether `fileName` is a migration file, and whether it is foreign.
    static bool isMigrationFile(const QString& fileName, bool* foreign = nullptr);

    /// SHA-256 of `bytes` as lower-case hex.
    static QString checksumOf(const QByteArray& bytes);

    /// Byte-wise order of UTF-8 names, the order migrations run in.
    static bool lessByBytes(const QString& left, const QString& right);
};

} // namespace kumiko::esops
