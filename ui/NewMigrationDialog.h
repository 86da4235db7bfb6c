#pragma once

#include <QDate>
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kumiko::ui {

/// Asks for the short name of a new seed migration and shows, while typing, the file it becomes or
/// what is wrong with the name (with a suggestion); a name is never rewritten behind the user's back.
class NewMigrationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewMigrationDialog(const QDate& utcDate = QDateTime::currentDateTimeUtc().date(),
                                QWidget* parent = nullptr);

    QString slug() const;
    QLineEdit* slugEdit() const { return m_slug; }
    /// The file the name becomes, or why it cannot be used.
    QLabel* feedback() const { return m_feedback; }
    QPushButton* okButton() const;

    /// Shows the dialog; the slug, or empty when it was cancelled.
    static QString ask(QWidget* parent);

private:
    void check();

    QDate m_date;
    QLabel* m_prompt;
    QLineEdit* m_slug;
    QLabel* m_feedback;
    QDialogButtonBox* m_buttons;
};

} // namespace kumiko::ui
