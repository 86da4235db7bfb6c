#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace kumiko::ui {
namespace {

const QString kSettingsKey = QStringLiteral("ui/language");

} // namespace

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
{}

QString LanguageManager::preferredLanguage()
{
    const QString saved = QSettings().value(kSettingsKey).toString();
    if (availableLanguages().contains(saved))
        return saved;
    const QString system = QLocale::system().name().left(2);
    return availableLanguages().contains(system) ? system : QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString& code)
{
    if (!availableLanguages().contains(code))
        return false;
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    if (!m_appTranslator.load(QStringLiteral(":/i18n/kumiko_%1.qm").arg(code)))
        return false;
    // Qt's own strings (standard buttons, dialogs); absent translations just stay English.
    if (m_qtTranslator.load(QStringLiteral("qtbase_%1").arg(code),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    QCoreApplication::installTranslator(&m_appTranslator);
    QLocale::setDefault(QLocale(code));
    m_language = code;
    QSettings().setValue(kSettingsKey, code);
    Q_EMIT languageChanged(code);
    return true;
}

} // namespace kumiko::ui
