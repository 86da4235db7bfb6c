#include "MainWindow.h"

#include "AboutDialog.h"
#include "LanguageManager.h"
#include "MessageBanner.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace kumiko::ui {
namespace {

constexpr int kSectionCount = 4;

QString iconOf(Section section)
{
    switch (section) {
    case Section::Migrations:
        return QStringLiteral(":/icons/migrations.svg");
    case Section::Configuration:
        return QStringLiteral(":/icons/configuration.svg");
    case Section::Users:
        return QStringLiteral(":/icons/users.svg");
    case Section::Events:
        return QStringLiteral(":/icons/events.svg");
    }
    return {};
}

// The section's icon drawn in the palette's text colour, and in its highlighted-text colour while the
// section is selected: readable on light and dark themes and on the selection highlight.
QIcon sectionIcon(Section section, const QPalette& palette)
{
    constexpr int kPixels = 48; // crisp on high-density screens; the sidebar scales it down
    const QImage shape = QIcon(iconOf(section)).pixmap(kPixels, kPixels).toImage();
    const auto tinted = [&shape](const QColor& colour) {
        QImage image = shape.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(image.rect(), colour);
        return QPixmap::fromImage(image);
    };
    QIcon icon;
    icon.addPixmap(tinted(palette.color(QPalette::Text)), QIcon::Normal);
    icon.addPixmap(tinted(palette.color(QPalette::HighlightedText)), QIcon::Selected);
    return icon;
}

} // namespace

MainWindow::MainWindow(LanguageManager& language, QWidget* parent)
    : QMainWindow(parent)
    , m_language(language)
    , m_modes(new QStackedWidget(this))
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_banner(new MessageBanner(this))
    , m_connectionLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_busyLabel(new QLabel(this))
    , m_mailLabel(new QLabel(this))
    , m_refreshLabel(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/kumiko-admin.svg")));
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setIconSize(QSize(24, 24));
    m_sidebar->setFixedWidth(190);
    m_sidebar->setSpacing(2);
    for (int i = 0; i < kSectionCount; ++i) {
        auto* item = new QListWidgetItem(QString(), m_sidebar);
        item->setSizeHint(QSize(0, 40));
        m_pages->addWidget(new QWidget(m_pages));
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            Q_EMIT sectionChanged(Section(row));
    });

    auto* console = new QWidget(m_modes);
    auto* row = new QHBoxLayout(console);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_sidebar);
    row->addWidget(m_pages, 1);
    m_modes->addWidget(new QWidget(m_modes));
    m_modes->addWidget(console);
    // The banner sits below the pages: when it appears, nothing one aims at moves.
    auto* content = new QWidget(this);
    auto* column = new QVBoxLayout(content);
    column->addWidget(m_modes, 1);
    column->addWidget(m_banner);
    setCentralWidget(content);

    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setVisible(false);
    m_busyLabel->setVisible(false);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    // The connection text yields space first; its tooltip keeps the whole text.
    m_connectionLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_languageLabel->setObjectName(QStringLiteral("languageLabel"));
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addWidget(m_busyLabel);
    statusBar()->addWidget(m_busyBar);
    m_mailLabel->setObjectName(QStringLiteral("mailStatusLabel"));
    m_mailLabel->setVisible(false);
    statusBar()->addPermanentWidget(m_mailLabel);
    m_refreshLabel->setObjectName(QStringLiteral("refreshNoteLabel"));
    m_refreshLabel->setVisible(false);
    statusBar()->addPermanentWidget(m_refreshLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_languageLabel);

    createMenus();
    tintSectionIcons();
    retranslateUi();
    m_sidebar->setCurrentRow(0);
    setSignedIn(false);
    restoreWindowState();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_projectAction = m_fileMenu->addAction(QIcon(QStringLiteral(":/icons/folder.svg")), QString(), this,
                                            &MainWindow::projectFolderRequested);
    m_connectAction = m_fileMenu->addAction(QString(), this, &MainWindow::connectionDialogRequested);
    m_reconnectAction = m_fileMenu->addAction(QIcon(QStringLiteral(":/icons/reconnect.svg")), QString(), this,
                                              &MainWindow::reconnectRequested);
    m_reconnectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_checkAction = m_fileMenu->addAction(QString(), this, &MainWindow::consistencyCheckRequested);
    m_signOutAction = m_fileMenu->addAction(QString(), this, &MainWindow::signOutRequested);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_languageMenu = menuBar()->addMenu(QString());
    auto* group = new QActionGroup(this);
    m_germanAction = m_languageMenu->addAction(QStringLiteral("Deutsch"));
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    for (auto [action, code] : {std::pair{m_germanAction, QStringLiteral("de")},
                                std::pair{m_englishAction, QStringLiteral("en")}}) {
        action->setCheckable(true);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { m_language.setLanguage(code); });
    }

    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < kSectionCount; ++i) {
        QAction* action = m_viewMenu->addAction(QString(), this, [this, i] { showSection(Section(i)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_sectionActions << action;
    }
    m_viewMenu->addSeparator();
    m_refreshAction =
        m_viewMenu->addAction(QString(), this, [this] { Q_EMIT refreshRequested(currentSection()); });
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_findAction = m_viewMenu->addAction(QString(), this, &MainWindow::focusPageFilter);
    m_findAction->setShortcut(QKeySequence::Find);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Kumiko Admin", "window title"));
    const QStringList sectionNames = {tr("Migrations", "sidebar"), tr("Configuration", "sidebar"),
                                      tr("Users", "sidebar"), tr("Events", "sidebar")};
    for (int i = 0; i < kSectionCount; ++i) {
        m_sidebar->item(i)->setText(sectionNames[i]);
        m_sectionActions[i]->setText(sectionNames[i]);
    }
    m_sidebar->setAccessibleName(tr("Sections", "sidebar, for screen readers"));
    m_sidebar->setAccessibleDescription(
        tr("Ctrl+1 to Ctrl+4 switch sections", "sidebar, for screen readers"));
    m_viewMenu->setTitle(tr("&View", "menu"));
    m_refreshAction->setText(tr("Re&fresh page", "menu action"));
    m_findAction->setText(tr("F&ilter…", "menu action: focuses the page's filter field"));
    m_fileMenu->setTitle(tr("&Console", "menu"));
    m_projectAction->setText(tr("Project &folder…", "menu action"));
    m_reconnectAction->setText(tr("&Reconnect", "menu action"));
    m_connectAction->setText(tr("&Connect to database…", "menu action"));
    m_signOutAction->setText(tr("Sign &out", "menu action"));
    m_checkAction->setText(tr("Check database &consistency…", "menu action"));
    m_quitAction->setText(tr("&Quit", "menu action"));
    m_languageMenu->setTitle(tr("&Language", "menu"));
    m_helpMenu->setTitle(tr("&Help", "menu"));
    m_aboutAction->setText(tr("&About Kumiko Admin", "menu action"));
    m_germanAction->setChecked(m_language.language() == QLatin1String("de"));
    m_englishAction->setChecked(m_language.language() == QLatin1String("en"));
    m_languageLabel->setText(tr("Language: %1", "status bar")
                                 .arg(m_language.language() == QLatin1String("de")
                                          ? QStringLiteral("Deutsch")
                                          : QStringLiteral("English")));
    if (m_signedInUser.isEmpty())
        m_userLabel->setText(tr("Not signed in", "status bar"));
    else if (m_locked)
        m_userLabel->setText(tr("Locked: %1", "status bar; %1 = e-mail").arg(m_signedInUser));
    else
        m_userLabel->setText(tr("Signed in as %1", "status bar").arg(m_signedInUser));
}

void MainWindow::setPage(Section section, QWidget* page)
{
    const int index = int(section);
    QWidget* old = m_pages->widget(index);
    m_pages->insertWidget(index, page);
    m_pages->removeWidget(old);
    old->deleteLater();
    m_pages->setCurrentIndex(m_sidebar->currentRow());
}

QWidget* MainWindow::page(Section section) const
{
    return m_pages->widget(int(section));
}

void MainWindow::showSection(Section section)
{
    m_sidebar->setCurrentRow(int(section));
}

Section MainWindow::currentSection() const
{
    return Section(m_sidebar->currentRow());
}

void MainWindow::setSignInPage(QWidget* page)
{
    // Inserting in front moves the stack's current index to the console; keep showing what was shown.
    const int shown = m_modes->currentIndex();
    QWidget* old = m_modes->widget(0);
    m_modes->insertWidget(0, page);
    m_modes->removeWidget(old);
    old->deleteLater();
    m_modes->setCurrentIndex(shown);
}

void MainWindow::setSignedIn(bool signedIn)
{
    m_locked = false;
    m_modes->setCurrentIndex(signedIn ? 1 : 0);
    m_signOutAction->setEnabled(signedIn);
    setViewActionsEnabled(signedIn);
    m_checkAction->setEnabled(signedIn);
    if (!signedIn)
        setSignedInUser({});
}

void MainWindow::setLocked(const QString& email)
{
    m_locked = true;
    m_modes->setCurrentIndex(0);
    m_signOutAction->setEnabled(true);
    setViewActionsEnabled(false);
    m_checkAction->setEnabled(false);
    setSignedInUser(email);
}

bool MainWindow::isSignedIn() const
{
    return m_modes->currentIndex() == 1;
}

void MainWindow::setConnectionText(const QString& text)
{
    // A socket path can make the URL long; the middle goes, the start and the server version stay.
    constexpr int kMaxWidth = 640;
    m_connectionLabel->setText(m_connectionLabel->fontMetrics().elidedText(text, Qt::ElideMiddle, kMaxWidth));
    m_connectionLabel->setToolTip(text);
}

void MainWindow::setSignedInUser(const QString& email)
{
    m_signedInUser = email;
    retranslateUi();
}

void MainWindow::setMailStatus(const QString& text, const QString& detail)
{
    m_mailLabel->setText(text);
    m_mailLabel->setToolTip(detail);
    m_mailLabel->setVisible(!text.isEmpty());
}

void MainWindow::setRefreshNote(const QString& text, const QString& detail)
{
    m_refreshLabel->setText(text);
    m_refreshLabel->setToolTip(detail);
    m_refreshLabel->setVisible(!text.isEmpty());
}

void MainWindow::setBusy(const QString& text)
{
    m_busyLabel->setText(text);
    m_busyLabel->setVisible(!text.isEmpty());
    m_busyBar->setVisible(!text.isEmpty());
}

void MainWindow::setViewActionsEnabled(bool enabled)
{
    // The actions, not just the menu: a disabled menu would still let their shortcuts through.
    for (QAction* action : m_viewMenu->actions())
        action->setEnabled(enabled);
}

void MainWindow::focusPageFilter()
{
    QWidget* filter = m_pages->currentWidget()->findChild<QWidget*>(pageFilterName());
    if (!filter)
        return;
    filter->setFocus(Qt::ShortcutFocusReason);
    if (auto* edit = qobject_cast<QLineEdit*>(filter))
        edit->selectAll();
}

void MainWindow::tintSectionIcons()
{
    for (int i = 0; i < kSectionCount; ++i)
        m_sidebar->item(i)->setIcon(sectionIcon(Section(i), m_sidebar->palette()));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::PaletteChange)
        tintSectionIcons();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("ui/mainWindowGeometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("ui/mainWindowState")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (mayClose && !mayClose()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("ui/mainWindowGeometry"), saveGeometry());
    settings.setValue(QStringLiteral("ui/mainWindowState"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout()
{
    auto* about = new AboutDialog(this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

} // namespace kumiko::ui
