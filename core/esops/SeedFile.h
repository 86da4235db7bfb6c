#pragma once

#include <QByteArray>
#include <QString>

namespace kumiko::esops {

/// One file of a project's seeds/ folder: a JSON seed migration or an upstream TypeScript seed (foreign).
struct SeedFile
{
    QString id;           ///< file name without extension
    QString fileName;     ///< e.g. "2026-05-20-fix-admin-roles.json"
    QByteArray sortKey;   ///< the file name's UTF-8 bytes: migrations run in their byte-wise order
    QString path;         ///< absolute path
    bool foreign = false; ///< `.ts`, `.mts`, `.js`: needs the Kumiko server runtime, never executed here
    QByteArray content;   ///< the bytes the checksum was computed from
    QString checksum;     ///< SHA-256 of `content`, lower-case hex
};

} // namespace kumiko::esops
