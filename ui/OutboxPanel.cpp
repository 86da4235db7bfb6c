#include "OutboxPanel.h"

#include "Confirmation.h"
#include "OutboxTableModel.h"
#include "common/BackgroundWork.h"
#include "mail/MailPreview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kumiko::ui {

OutboxPanel::OutboxPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new models::OutboxTableModel(this))
    , m_view(new QTableView(this))
    , m_deliverNow(new QPushButton(this))
    , m_retry(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_subject(new QLabel(this))
    , m_parts(new QTabWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_html(new QTextBrowser(this))
{
    confirm = [this](const QString& title, const QString& question) {
        return Confirmation::ask(this, title, question);
    };
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->setVisible(false);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subject->setWordWrap(true);
    m_text->setReadOnly(true);
    // A preview shows the mail as sent, but never fetches anything from the network.
    m_html->setOpenLinks(false);
    m_html->setOpenExternalLinks(false);
    m_parts->addTab(m_text, QString());
    m_parts->addTab(m_html, QString());

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_deliverNow);
    actions->addWidget(m_retry);
    actions->addWidget(m_cancel);
    actions->addStretch(1);
    auto* preview = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_subject);
    previewLayout->addWidget(m_parts, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);

    connect(m_deliverNow, &QPushButton::clicked, this, &OutboxPanel::deliverRequested);
    connect(m_retry, &QPushButton::clicked, this, &OutboxPanel::retrySelected);
    connect(m_cancel, &QPushButton::clicked, this, &OutboxPanel::cancelSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        showPreview();
    });
    retranslateUi();
    updateActions();
}

OutboxPanel::~OutboxPanel()
{
    // QFuture::then(this, …) needs this object alive when the work ends (Qt 6.4 asserts otherwise).
    BackgroundWork::drain();
}

void OutboxPanel::setMails(const QList<mail::OutboxEntry>& mails)
{
    QList<qint64> selected;
    for (const mail::OutboxEntry& mail : selectedMails())
        selected << mail.id;
    m_model->setMails(mails);
    m_view->resizeColumnsToContents();
    for (qint64 id : selected)
        select(id);
    updateActions();
}

void OutboxPanel::setActor(const std::optional<domain::Actor>& actor, bool writable)
{
    m_actor = actor;
    m_writable = writable;
    updateActions();
}

void OutboxPanel::clear()
{
    ++m_previewRequest;
    m_actor.reset();
    m_model->setMails({});
    m_subject->clear();
    m_text->clear();
    m_html->clear();
    updateActions();
}

void OutboxPanel::select(qint64 id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->rowAt(row)->id != id)
            continue;
        const QModelIndex index = m_model->index(row, 0);
        m_view->selectionModel()->select(index,
                                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
}

QList<mail::OutboxEntry> OutboxPanel::selectedMails() const
{
    QList<mail::OutboxEntry> mails;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        if (const mail::OutboxEntry* mail = m_model->rowAt(index.row()))
            mails << *mail;
    return mails;
}

QList<qint64> OutboxPanel::selectedIds(mail::MailStatus status, QStringList* recipients) const
{
    QList<qint64> ids;
    for (const mail::OutboxEntry& mail : selectedMails()) {
        if (mail.status != status)
            continue;
        ids << mail.id;
        if (recipients)
            *recipients << mail.recipient;
    }
    return ids;
}

void OutboxPanel::updateActions()
{
    const bool canWrite = m_actor.has_value() && m_writable;
    m_deliverNow->setEnabled(canWrite);
    m_retry->setEnabled(canWrite && !selectedIds(mail::MailStatus::Failed).isEmpty());
    m_cancel->setEnabled(canWrite && !selectedIds(mail::MailStatus::Queued).isEmpty());
}

void OutboxPanel::cancelSelected()
{
    QStringList recipients;
    const QList<qint64> ids = selectedIds(mail::MailStatus::Queued, &recipients);
    if (ids.isEmpty() || !m_actor ||
        !confirm(tr("Cancel mails", "dialog title"),
                 tr("Cancel %n queued mail(s) to %1? They will not be sent.",
                    "cancel confirmation; %1 = addresses", int(ids.size()))
                     .arg(Confirmation::names(recipients))))
        return;
    BackgroundWork::withDatabase([ids, actor = *m_actor](QSqlDatabase& db) {
        return mail::MailOutbox::cancel(db, ids, actor);
    }).then(this, [this, asked = ids.size()](const Result<QList<qint64>>& cancelled) {
        if (!cancelled)
            return Q_EMIT failed(tr("The mails were not cancelled.", "outbox banner"), cancelled.error());
        QString message = tr("Cancelled %n mail(s).", "outbox banner", int(cancelled->size()));
        if (cancelled->size() < asked)
            message += QLatin1Char(' ') + tr("%n were being sent or sent already.", "outbox banner",
                                             int(asked - cancelled->size()));
        Q_EMIT changed(message);
    });
}

void OutboxPanel::retrySelected()
{
    const QList<qint64> ids = selectedIds(mail::MailStatus::Failed);
    if (ids.isEmpty() || !m_actor)
        return;
    BackgroundWork::withDatabase([ids](QSqlDatabase& db) {
        return mail::MailOutbox::retry(db, ids);
    }).then(this, [this](const Result<QList<qint64>>& queued) {
        if (!queued)
            return Q_EMIT failed(tr("The mails were not queued again.", "outbox banner"), queued.error());
        Q_EMIT changed(tr("Queued %n mail(s) again.", "outbox banner", int(queued->size())));
        Q_EMIT deliverRequested();
    });
}

void OutboxPanel::showPreview()
{
    const QList<mail::OutboxEntry> selected = selectedMails();
    const int request = ++m_previewRequest;
    m_text->clear();
    m_html->clear();
    m_subject->clear();
    if (selected.size() != 1)
        return;
    BackgroundWork::withDatabase([id = selected.first().id](QSqlDatabase& db) {
        return mail::MailPreview::load(db, id);
    }).then(this, [this, request](const Result<mail::MailPreview>& preview) {
        if (request != m_previewRequest)
            return;
        if (!preview)
            return Q_EMIT failed(tr("The mail could not be read.", "outbox banner"), preview.error());
        m_subject->setText(
            tr("Subject: %1 — to %2", "outbox preview").arg(preview->subject, preview->recipient));
        if (preview->hasBody) {
            m_text->setPlainText(preview->text);
            m_html->setHtml(preview->html);
        } else {
            const QString gone =
                tr("The text was removed when the mail was sent or cancelled: it held a live link.",
                   "outbox preview");
            m_text->setPlainText(gone);
            m_html->setPlainText(gone);
        }
        Q_EMIT previewShown();
    });
}

void OutboxPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OutboxPanel::retranslateUi()
{
    m_deliverNow->setText(tr("Deliver now", "outbox action"));
    m_deliverNow->setToolTip(
        tr("Send every due mail now instead of at the next round.", "outbox action tooltip"));
    m_retry->setText(tr("Retry", "outbox action: queue failed mails again"));
    m_cancel->setText(tr("Cancel mail…", "outbox action"));
    m_parts->setTabText(0, tr("Text", "outbox preview tab"));
    m_parts->setTabText(1, tr("HTML", "outbox preview tab"));
    m_model->retranslate();
}

} // namespace kumiko::ui
