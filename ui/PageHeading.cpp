#include "PageHeading.h"

#include <QLabel>
#include <QVBoxLayout>

namespace kumiko::ui {

PageHeading::PageHeading(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
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
