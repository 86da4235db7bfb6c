#pragma once

#include "OwnWork.h"
#include "common/Result.h"
#include "directory/DirectorySearch.h"

#include <QFuture>
#include <QTimer>
#include <QWidget>

class QAbstractItemView;
class QCompleter;
class QLineEdit;

namespace kumiko::models {
class SuggestionModel;
}

namespace kumiko::ui {

/// What TenantPicker and UserPicker share: a line edit whose popup suggests matches from the server as
/// someone types (after a pause of kDebounceMs, at most DirectorySearch::kMaxResults, answers to older
/// input dropped), chosen with the keyboard (Down opens, Up/Down move, Enter picks, Escape goes back to
/// the last choice) or the mouse. A UUID typed or pasted counts as chosen as it is; an emptied field
/// chooses nothing.
class DirectoryPicker : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 250;

    /// The chosen id; empty: none.
    QString chosenId() const { return m_id; }
    /// Key or e-mail of the choice as shown.
    QString chosenLabel() const { return m_label; }
    /// Shows `label` as the choice of `id` (empty: none) without emitting chosen().
    void setChosen(const QString& id, const QString& label);
    /// setChosen() with nothing, and forgets the suggestions.
    void clearChoice();
    /// Searches for what the field holds now, without waiting for the pause.
    void searchNow();

    QLineEdit* lineEdit() const { return m_edit; }
    models::SuggestionModel* suggestions() const { return m_suggestions; }
    QAbstractItemView* popup() const;

Q_SIGNALS:
    /// Someone chose `id` (empty: none) by picking, pasting an id or emptying the field.
    void chosen(const QString& id);
    /// The answer to the newest search is in suggestions() (also when it is empty or failed).
    void suggestionsArrived();

protected:
    explicit DirectoryPicker(QWidget* parent);
    /// Waits for its running background work, whose result is delivered through this object.
    ~DirectoryPicker() override;

    /// The search for `term`, run on the pool.
    virtual QFuture<Result<QList<directory::DirectoryEntry>>> search(const QString& term) const = 0;
    /// Accessible name and description of the field, placeholder text and the popup's accessible name.
    void setTexts(const QString& name, const QString& description, const QString& placeholder,
                  const QString& popupName);
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    /// The texts of setTexts() in the current language; called on every language change.
    virtual void retranslateUi() = 0;

private:
    void choose(const QString& id, const QString& label);
    void picked(const QModelIndex& index);
    void edited(const QString& text);
    void finished();
    void revert();
    void chooseExactMatch();

    QString m_id;
    QString m_label;
    QLineEdit* m_edit;
    models::SuggestionModel* m_suggestions;
    QCompleter* m_completer;
    QTimer m_debounce;
    /// Typed text confirmed before its suggestions came: chosen when one of them is exactly it.
    QString m_confirmed;
    OwnWork m_work;
};

} // namespace kumiko::ui
