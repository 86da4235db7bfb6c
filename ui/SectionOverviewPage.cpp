#include "SectionOverviewPage.h"

#include "TableCountModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace kumiko::ui {
namespace {

QStringList tablesOf(Section section)
{
    switch (section) {
    case Section::Migrations: // these have pages of their own
    case Section::Configuration:
    case Section::Events:
        break;
    case Section::Users:
        return {QStringLiteral("read_users"), QStringLiteral("read_tenants"),
                QStringLiteral("read_tenant_memberships")};
    }
    return {};
}

} // namespace

SectionOverviewPage::SectionOverviewPage(Section section, QWidget* parent)
    : QWidget(parent)
    , m_section(section)
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_model(new models::TableCountModel(tablesOf(section), this))
    , m_facts(new QTableView(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_description->setWordWrap(true);
    m_facts->setModel(m_model);
    m_facts->verticalHeader()->setVisible(false);
    m_facts->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_facts->setSelectionMode(QAbstractItemView::NoSelection);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addWidget(m_facts, 1);
    retranslateUi();
}

void SectionOverviewPage::setStatus(const db::DatabaseStatus& status)
{
    m_model->setStatus(status);
}

void SectionOverviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SectionOverviewPage::retranslateUi()
{
    switch (m_section) {
    case Section::Migrations:
    case Section::Configuration:
    case Section::Events:
        break;
    case Section::Users:
        m_title->setText(tr("Users", "page title"));
        m_description->setText(
            tr("Users, tenants and memberships, with their e-mail verification state.", "page description"));
        break;
    }
    m_model->retranslate();
}

} // namespace kumiko::ui
