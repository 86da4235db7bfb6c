#include "NewMigrationDialog.h"

#include "esops/SeedScaffold.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kumiko::ui {
namespace {

using esops::SeedScaffold;

QString problemText(SeedScaffold::SlugProblem problem)
{
    switch (problem) {
    case SeedScaffold::SlugProblem::Empty:
        return NewMigrationDialog::tr("Enter a short name.", "new migration problem");
    case SeedScaffold::SlugProblem::InvalidCharacters:
        return NewMigrationDialog::tr("Only lower-case letters a-z, digits and \"-\" are allowed.",
                                      "new migration problem");
    case SeedScaffold::SlugProblem::EdgeDash:
        return NewMigrationDialog::tr("\"-\" may only stand between letters or digits, one at a time.",
                                      "new migration problem");
    case SeedScaffold::SlugProblem::TooLong:
        return NewMigrationDialog::tr("At most %1 characters.", "new migration problem")
            .arg(SeedScaffold::kMaxSlugLength);
    }
    return {};
}

} // namespace

NewMigrationDialog::NewMigrationDialog(const QDate& utcDate, QWidget* parent)
    : QDialog(parent)
    , m_date(utcDate)
    , m_prompt(new QLabel(this))
    , m_slug(new QLineEdit(this))
    , m_feedback(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New migration", "dialog title"));
    m_prompt->setText(
        tr("Short name (a-z, 0-9 and -); the file gets today's date in front:", "new migration dialog"));
    m_prompt->setWordWrap(true);
    m_prompt->setBuddy(m_slug);
    m_slug->setAccessibleName(tr("Short name of the migration", "accessible name"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_slug);
    layout->addWidget(m_feedback);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_slug, &QLineEdit::textChanged, this, &NewMigrationDialog::check);
    check();
}

QString NewMigrationDialog::slug() const
{
    return m_slug->text();
}

QPushButton* NewMigrationDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void NewMigrationDialog::check()
{
    const auto problem = SeedScaffold::slugProblem(slug());
    okButton()->setEnabled(!problem);
    if (!problem) {
        m_feedback->setText(tr("Creates seeds/%1-%2.json", "new migration dialog; %1 = date, %2 = slug")
                                .arg(m_date.toString(Qt::ISODate), slug()));
        return;
    }
    QString text = problemText(*problem);
    const QString suggestion = SeedScaffold::sanitizeSlug(slug());
    if (!suggestion.isEmpty() && suggestion != slug())
        text += QLatin1Char(' ') + tr("Perhaps \"%1\"?", "new migration suggestion").arg(suggestion);
    m_feedback->setText(text);
}

QString NewMigrationDialog::ask(QWidget* parent)
{
    NewMigrationDialog dialog(QDateTime::currentDateTimeUtc().date(), parent);
    return dialog.exec() == QDialog::Accepted ? dialog.slug() : QString();
}

} // namespace kumiko::ui
