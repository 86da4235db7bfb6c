#pragma once

#include "Section.h"
#include "db/DatabaseStatus.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace kumiko::models {
class TableCountModel;
}

namespace kumiko::ui {

/// A section's first page: what the section is for and what the connected database holds for it.
class SectionOverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit SectionOverviewPage(Section section, QWidget* parent = nullptr);

    void setStatus(const db::DatabaseStatus& status);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Section m_section;
    QLabel* m_title;
    QLabel* m_description;
    models::TableCountModel* m_model;
    QTableView* m_facts;
};

} // namespace kumiko::ui
