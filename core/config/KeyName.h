#pragma once

#include <QString>

namespace kumiko::config {

/// Naming rules for config keys: kebab-casing of manifest names and the qualified key form.
class KeyName
{
public:
    /// `maxUploadSizeMB` → `max-upload-size-mb`, `ABCDef` → `abc-def`, `a.b` → `a-b`.
    static QString kebab(const QString& name);
    /// `<kebab(feature)>:config:<kebab(key)>`.
    static QString qualify(const QString& feature, const QString& key);
    /// True when `segment` matches `^[a-z][a-z0-9-]*$`.
    static bool isValidSegment(QStringView segment);
    /// True when `name` has the form `<segment>:config:<segment>`.
    static bool isQualified(QStringView name);
};

} // namespace kumiko::config
