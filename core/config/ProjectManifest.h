#pragma once

#include "common/Result.h"
#include "config/ConfigSeed.h"
#include "config/KeyCatalog.h"

#include <QList>
#include <QString>
#include <nlohmann/json.hpp>

namespace kumiko::config {

/// One problem found in kumiko.json: where (JSON path and file:line:column) and why.
struct ManifestIssue
{
    QString path; ///< e.g. `features.billing.config.keys.maxUploadSizeMB.bounds`; empty for the file
    QString reason;
    QString where; ///< "file:line:column" of the member (or of the syntax error)
};

/// A project's kumiko.json: config keys and seeds per feature, plus the raw `auth` and `mail` sections.
///
/// The file is validated as a whole: every problem is collected with its JSON path, and the manifest is
/// rejected (`invalid_manifest`) if there is any.
class ProjectManifest
{
public:
    static QString fileName() { return QStringLiteral("kumiko.json"); }

    /// Loads `<projectDir>/kumiko.json`; `manifest_not_found` when it does not exist.
    static Result<ProjectManifest> load(const QString& projectDir);
    /// Parses and validates manifest text; `file` is used in messages. Every issue goes to `issues`.
    static Result<ProjectManifest> parse(const QByteArray& text, const QString& file,
                                         QList<ManifestIssue>* issues = nullptr);

    const QString& filePath() const { return m_filePath; }
    const KeyCatalog& keys() const { return m_keys; }
    const QList<ConfigSeed>& seeds() const { return m_seeds; }
    /// The `auth` / `mail` objects as written (null when absent); their owners validate them.
    const nlohmann::json& auth() const { return m_auth; }
    const nlohmann::json& mail() const { return m_mail; }

private:
    friend class ManifestReader;

    /// `padded`: SIMDJSON_PADDING bytes after the text may be read, so the parser needs no copy.
    static Result<ProjectManifest> parseText(const QByteArray& text, const QString& file,
                                             QList<ManifestIssue>* issues, bool padded);

    QString m_filePath;
    KeyCatalog m_keys;
    QList<ConfigSeed> m_seeds;
    nlohmann::json m_auth;
    nlohmann::json m_mail;
};

} // namespace kumiko::config
