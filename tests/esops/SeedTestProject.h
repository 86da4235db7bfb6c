#pragma once

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace kumiko::test {

/// A throwaway project folder (kumiko.json with a few config keys, seeds/) for seed-migration tests.
class SeedTestProject
{
public:
    SeedTestProject()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("seeds"));
        write(QStringLiteral("kumiko.json"), R"({
  "features": {
    "billing": { "config": { "keys": {
      "maxUploadSizeMB": { "scope": "tenant", "type": "number", "default": 10, "bounds": { "min": 1, "max": 1000 } },
      "invoicePrefix": { "scope": "tenant", "type": "text" }
    } } }
  }
})");
    }

    QString path() const { return m_dir.path(); }

    void write(const QString& relativePath, const QByteArray& content) const
    {
        QFile file(QDir(m_dir.path()).filePath(relativePath));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(content), content.size());
    }

    void seed(const QString& fileName, const QByteArray& content) const
    {
        write(QStringLiteral("seeds/") + fileName, content);
    }

    void remove(const QString& fileName) const
    {
        QVERIFY(QFile::remove(QDir(m_dir.path()).filePath(QStringLiteral("seeds/") + fileName)));
    }

    /// A migration with the given steps (a JSON array text).
    static QByteArray migration(const QByteArray& steps, const QByteArray& extra = {})
    {
        return "{\"description\": \"test migration\", " + extra + "\"steps\": " + steps + "}";
    }

    /// The story the suites share: tenants acme and globex, an admin member of both, admin roles
    /// fixed in every tenant, and acme's upload limit raised.
    static QByteArray tenants()
    {
        return migration(R"([{"op": "tenant.ensure", "key": "acme", "name": "ACME"},
            {"op": "tenant.ensure", "key": "globex", "name": "Globex"}])");
    }
    static QByteArray admin()
    {
        return migration(R"([
            {"op": "user.ensure", "email": "admin@example.com", "displayName": "Admin", "roles": ["SystemAdmin"], "emailVerified": true},
            {"op": "membership.ensure", "email": "admin@example.com", "tenant": "acme", "roles": ["Member"]},
            {"op": "membership.ensure", "email": "admin@example.com", "tenant": "globex", "roles": ["Member"]}])");
    }
    static QByteArray fixRoles()
    {
        return migration(
            R"([{"op": "membership.addRoles", "email": "admin@example.com", "tenant": "*", "roles": ["TenantAdmin"]}])");
    }
    static QByteArray raiseUploadLimit()
    {
        return migration(
            R"([{"op": "config.set", "key": "billing:config:max-upload-size-mb", "scope": "tenant", "tenant": "acme", "value": 50}])");
    }

private:
    QTemporaryDir m_dir;
};

} // namespace kumiko::test
