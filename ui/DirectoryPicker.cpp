#include "DirectoryPicker.h"

#include "SuggestionModel.h"
#include "common/BackgroundWork.h"
#include "config/TenantUserLookup.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>

namespace kumiko::ui {

DirectoryPicker::DirectoryPicker(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_suggestions(new models::SuggestionModel(this))
    , m_completer(new QCompleter(m_suggestions, this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(220);
    m_edit->installEventFilter(this);
    // The server already filtered: the popup shows every suggestion as it came.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(m_edit);
    m_completer->setMaxVisibleItems(12);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &DirectoryPicker::searchNow);
    connect(m_edit, &QLineEdit::textEdited, this, &DirectoryPicker::edited);
    connect(m_edit, &QLineEdit::editingFinished, this, &DirectoryPicker::finished);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            &DirectoryPicker::picked);
}

DirectoryPicker::~DirectoryPicker()
{
    // The line edit loses focus while QWidget's destructor deletes it; this part is gone by then.
    m_edit->disconnect(this);
    m_work.waitForAll(); // before QWidget's destructor: the results are delivered to this object
}

void DirectoryPicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QAbstractItemView* DirectoryPicker::popup() const
{
    return m_completer->popup();
}

void DirectoryPicker::setTexts(const QString& name, const QString& description, const QString& placeholder,
                               const QString& popupName)
{
    m_edit->setAccessibleName(name);
    m_edit->setAccessibleDescription(description);
    m_edit->setToolTip(description);
    m_edit->setPlaceholderText(placeholder);
    popup()->setAccessibleName(popupName);
}

void DirectoryPicker::setChosen(const QString& id, const QString& label)
{
    m_id = id;
    m_label = id.isEmpty() ? QString() : label;
    m_edit->setText(m_label);
}

void DirectoryPicker::clearChoice()
{
    m_debounce.stop();
    m_suggestions->clear();
    m_confirmed.clear();
    popup()->hide();
    setChosen({}, {});
}

void DirectoryPicker::searchNow()
{
    m_debounce.stop();
    const QString term = m_edit->text().trimmed();
    const quint64 ticket = m_suggestions->search(term);
    m_work.track(search(term))
        .then(this, [this, ticket](const Result<QList<directory::DirectoryEntry>>& found) {
            // An answer to older input changes nothing: the newer search's answer is on its way.
            if (!(found ? m_suggestions->deliver(ticket, found.value()) : m_suggestions->fail(ticket)))
                return;
            if (!m_confirmed.isEmpty())
                chooseExactMatch();
            else if (m_edit->hasFocus() && m_suggestions->rowCount() > 0)
                m_completer->complete();
            else
                popup()->hide();
            Q_EMIT suggestionsArrived();
        });
}

void DirectoryPicker::choose(const QString& id, const QString& label)
{
    m_debounce.stop();
    const bool changed = id != m_id;
    setChosen(id, label);
    if (changed)
        Q_EMIT chosen(id);
}

void DirectoryPicker::picked(const QModelIndex& index)
{
    choose(index.data(models::SuggestionModel::IdRole).toString(),
           index.data(models::SuggestionModel::LabelRole).toString());
}

void DirectoryPicker::edited(const QString& text)
{
    m_confirmed.clear();
    if (text.isEmpty() && !m_id.isEmpty()) {
        choose({}, {});
        return;
    }
    m_debounce.start();
}

void DirectoryPicker::finished()
{
    const QString text = m_edit->text().trimmed();
    if (text == m_label)
        return;
    if (text.isEmpty())
        return choose({}, {});
    if (config::TenantUserLookup::isUuid(text))
        return choose(text.toLower(), text);
    m_confirmed = text;
    if (m_suggestions->term() == text && !m_suggestions->isLoading())
        chooseExactMatch();
    else
        searchNow();
}

void DirectoryPicker::chooseExactMatch()
{
    const QString text = std::exchange(m_confirmed, QString());
    if (m_edit->text().trimmed() != text)
        return; // typed on meanwhile
    for (int row = 0; row < m_suggestions->rowCount(); ++row)
        if (const directory::DirectoryEntry* entry = m_suggestions->entry(row);
            entry->label.compare(text, Qt::CaseInsensitive) == 0)
            return choose(entry->id, entry->label);
    revert(); // the text names nothing: the last choice stays
}

void DirectoryPicker::revert()
{
    m_debounce.stop();
    popup()->hide();
    m_edit->setText(m_label);
}

bool DirectoryPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress && !popup()->isVisible()) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down) {
            searchNow();
            return true;
        }
        if (key == Qt::Key_Escape && m_edit->text() != m_label) {
            revert();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kumiko::ui
