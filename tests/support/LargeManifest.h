#pragma once

#include <QByteArray>
#include <QString>

namespace kumiko::test {

/// A kumiko.json of many keys and seeds (issue 14: 10,000 of each), for the manifest test and benchmark.
///
/// Key i is `f<i % 10>:config:max-items<i, 5 digits>` (declared as `maxItems<i>`), with type and scope
/// cycling through number (bounds 0…1,000,000, default i), boolean, select (a, b, c), text (pattern),
/// encrypted text, and system, tenant, user. Seed i sets key i at its key's scope (tenant `tenant-<i>`,
/// user `user-<i>@example.com`) to a value that fits.
class LargeManifest
{
public:
    static QByteArray json(int keys, int seeds);
    static QString keyName(int i);
};

} // namespace kumiko::test
