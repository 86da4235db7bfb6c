#include "ReasonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kumiko::ui {

ReasonDialog::ReasonDialog(const QString& title, const QString& prompt, QWidget* parent)
    : QDialog(parent)
    , m_prompt(new QLabel(prompt, this))
    , m_reason(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    m_prompt->setWordWrap(true);
    m_prompt->setBuddy(m_reason);
    m_reason->setTabChangesFocus(true);
    m_reason->setAccessibleName(tr("Reason", "accessible name"));
    m_reason->setAccessibleDescription(prompt);
    m_hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReasonDialog::check);
    check();
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QPushButton* ReasonDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ReasonDialog::check()
{
    const bool empty = reason().isEmpty();
    okButton()->setEnabled(!empty);
    m_hint->setText(empty ? tr("A reason is required; it is recorded with the attempt.", "reason dialog hint")
                          : QString());
}

QString ReasonDialog::ask(QWidget* parent, const QString& title, const QString& prompt)
{
    ReasonDialog dialog(title, prompt, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.reason() : QString();
}

} // namespace kumiko::ui
