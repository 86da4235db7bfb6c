#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace kumiko::ui {

/// Loads the console's translations and switches the UI language at run time (remembered in QSettings).
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject* parent = nullptr);

    static QStringList availableLanguages() { return {QStringLiteral("de"), QStringLiteral("en")}; }
    /// The saved choice, else the system language if available, else English.
    static QString preferredLanguage();

    QString language() const { return m_language; }
    /// Installs the translators for `code` ("de" or "en"); widgets receive QEvent::LanguageChange.
    bool setLanguage(const QString& code);

Q_SIGNALS:
    void languageChanged(const QString& code);

private:
    QString m_language;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
};

} // namespace kumiko::ui
