#include "PageHeading.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace kumiko::ui {

PageHeading::PageHeading(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_stale(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_description->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    m_stale->setObjectName(QStringLiteral("staleNote"));
    m_stale->setWordWrap(true);
    m_stale->setStyleSheet(QStringLiteral("color: #e65100;"));
    m_stale->setVisible(false);
    layout->addWidget(m_stale);
    retranslateUi();
}

void PageHeading::setStale(bool stale)
{
    m_stale->setVisible(stale);
}

void PageHeading::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PageHeading::retranslateUi()
{
    m_stale->setText(tr("No connection to the database: what is shown may be out of date, and changes "
                        "are disabled until the connection is back.",
                        "page note while the database is lost"));
}

void PageHeading::setTexts(const QString& title, const QString& description)
{
    m_title->setText(title);
    m_description->setText(description);
}

QString PageHeading::title() const
{
    return m_title->text();
}

} // namespace kumiko::ui
