#include "esops/SeedScaffold.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <nlohmann/json.hpp>

namespace kumiko::esops {

QString SeedScaffold::sanitizeSlug(const QString& slug)
{
    const QString lower = slug.toLower();
    QString result;
    bool inRun = false;
    for (const QChar c : lower) {
        const bool kept = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                          (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (kept)
            result.append(c);
        else if (!inRun)
            result.append(QLatin1Char('-'));
        inRun = !kept;
    }
    while (result.startsWith(QLatin1Char('-')))
        result.remove(0, 1);
    while (result.endsWith(QLatin1Char('-')))
        result.chop(1);
    return result.left(kMaxSlugLength);
}

std::optional<SeedScaffold::SlugProblem> SeedScaffold::slugProblem(const QString& slug)
{
    if (slug.isEmpty())
        return SlugProblem::Empty;
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9-]+$"));
    if (!allowed.match(slug).hasMatch())
        return SlugProblem::InvalidCharacters;
    if (slug.startsWith(QLatin1Char('-')) || slug.endsWith(QLatin1Char('-')) ||
        slug.contains(QStringLiteral("--")))
        return SlugProblem::EdgeDash;
    if (slug.size() > kMaxSlugLength)
        return SlugProblem::TooLong;
    return std::nullopt;
}

QByteArray SeedScaffold::contentFor(const QString& slug)
{
    QString description = QString(slug).replace(QLatin1Char('-'), QLatin1Char(' '));
    description[0] = description[0].toUpper();
    nlohmann::ordered_json document = {
        {"description", description.toStdString()},
        {"skippable", false},
        {"$comment",
         {{"hint", "Add steps to \"steps\". Ops: tenant.ensure, user.ensure, membership.ensure, "
                   "membership.addRoles, membership.removeRoles, config.set, config.reset, write. "
                   "Preview with `kumiko ops seed:plan`."},
          {"example",
           {{"op", "membership.addRoles"},
            {"email", "admin@example.com"},
            {"tenant", "*"},
            {"roles", {"TenantAdmin"}}}}}},
        {"steps", nlohmann::ordered_json::array()},
    };
    return QByteArray::fromStdString(document.dump(2)) + '\n';
}

Result<QString> SeedScaffold::create(const QString& seedsDir, const QString& slug, const QDate& utcDate)
{
    const QString clean = sanitizeSlug(slug);
    if (clean.isEmpty())
        return Error::make(
            ErrorCode::InvalidSlug,
            QStringLiteral("slug \"%1\" has no letters or digits; use [a-z0-9-], e.g. fix-admin-roles")
                .arg(slug),
            QStringLiteral("slug"));
    if (!QDir().mkpath(seedsDir))
        return Error::make(ErrorCode::WriteFailed, QStringLiteral("cannot create folder %1").arg(seedsDir));
    const QString path = QDir(seedsDir).filePath(utcDate.toString(Qt::ISODate) + QLatin1Char('-') + clean +
                                                 QStringLiteral(".json"));
    QFile file(path);
    // NewOnly: the check and the creation are one step, so a file that appears meanwhile is kept too.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        if (QFile::exists(path))
            return Error::make(ErrorCode::FileExists,
                               QStringLiteral("%1 exists already; it is never overwritten").arg(path), path);
        return Error::make(ErrorCode::WriteFailed,
                           QStringLiteral("cannot create %1: %2").arg(path, file.errorString()));
    }
    const QByteArray content = contentFor(clean);
    if (file.write(content) != content.size() || !file.flush())
        return Error::make(ErrorCode::WriteFailed,
                           QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return path;
}

} // namespace kumiko::esops
