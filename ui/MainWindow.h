#pragma once

#include "Section.h"

#include <QMainWindow>
#include <functional>

class QActionGroup;
class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;

namespace kumiko::ui {

class LanguageManager;
class MessageBanner;

/// The console's frame: sidebar of sections, page stack, banner, menus and status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(LanguageManager& language, QWidget* parent = nullptr);

    /// Puts `page` into the stack for `section` (the window takes ownership).
    void setPage(Section section, QWidget* page);
    QWidget* page(Section section) const;
    void showSection(Section section);
    Section currentSection() const;

    /// The page shown instead of the sidebar and sections while nobody is signed in.
    void setSignInPage(QWidget* page);
    /// Switches between the sign-in page (false) and the console (true).
    void setSignedIn(bool signedIn);
    bool isSignedIn() const;
    /// The idle lock: the sign-in page hides the console; `email` can still sign out.
    void setLocked(const QString& email);

    void setConnectionText(const QString& text);
    void setSignedInUser(const QString& email);
    /// The outbox's delivery state in the status bar (empty text hides it); `detail` as its tooltip.
    void setMailStatus(const QString& text, const QString& detail);
    QLabel* mailStatusLabel() const { return m_mailLabel; }
    /// How the pages learn of changes by others, when it is not LISTEN (empty text hides it).
    void setRefreshNote(const QString& text, const QString& detail);
    QLabel* refreshNoteLabel() const { return m_refreshLabel; }
    /// A busy indicator in the status bar while background work runs; empty text hides it.
    void setBusy(const QString& text);
    MessageBanner* banner() const { return m_banner; }

    /// Asked before the window closes; false keeps it open (e.g. while a migration applies).
    std::function<bool()> mayClose;

Q_SIGNALS:
    void sectionChanged(kumiko::ui::Section section);
    void reconnectRequested();
    /// F5: the user wants the shown section read again.
    void refreshRequested(kumiko::ui::Section section);
    void connectionDialogRequested();
    void projectFolderRequested();
    void signOutRequested();
    void consistencyCheckRequested();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void retranslateUi();
    void restoreWindowState();
    void showAbout();
    void focusPageFilter();
    void setViewActionsEnabled(bool enabled);
    void tintSectionIcons();

    LanguageManager& m_language;
    QStackedWidget* m_modes; ///< sign-in page or console
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    MessageBanner* m_banner;
    QLabel* m_connectionLabel;
    QLabel* m_userLabel;
    QLabel* m_languageLabel;
    QLabel* m_busyLabel;
    QLabel* m_mailLabel;
    QLabel* m_refreshLabel;
    QProgressBar* m_busyBar;
    QString m_signedInUser;
    bool m_locked = false;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QList<QAction*> m_sectionActions;
    QAction* m_refreshAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_projectAction = nullptr;
    QAction* m_reconnectAction = nullptr;
    QAction* m_connectAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_checkAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_germanAction = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace kumiko::ui
