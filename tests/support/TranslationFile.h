#pragma once

#include <QList>
#include <QString>

/// One message of a Qt Linguist .ts file.
struct TranslationEntry
{
    QString context;
    QString source;
    QString comment; ///< the disambiguation given to tr()
    QString translation;
    bool unfinished = false;
};

/// Reads the messages of a .ts file, the translators' source of truth (the .qm files are built from it).
class TranslationFile
{
public:
    /// Every message of the file at `path`; aborts the test program when it cannot be read or parsed.
    static QList<TranslationEntry> read(const QString& path);
};
