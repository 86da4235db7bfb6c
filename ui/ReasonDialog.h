#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace kumiko::ui {

/// Asks for the reason an operator records with a decision (mark a migration applied, accept a changed
/// file); it cannot be accepted while the reason is empty, and says so inline.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    ReasonDialog(const QString& title, const QString& prompt, QWidget* parent = nullptr);

    /// The reason as typed, without surrounding white space.
    QString reason() const;
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QPushButton* okButton() const;
    QLabel* hint() const { return m_hint; }

    /// Shows the dialog; the reason, or empty when it was cancelled.
    static QString ask(QWidget* parent, const QString& title, const QString& prompt);

private:
    void check();

    QLabel* m_prompt;
    QPlainTextEdit* m_reason;
    QLabel* m_hint;
    QDialogButtonBox* m_buttons;
};

} // namespace kumiko::ui
