#pragma once

#include "OwnWork.h"

#include <QDialog>

class QFormLayout;
class QLabel;

namespace kumiko::ui {

/// Help › About: version and git revision, Qt and PostgreSQL versions, the connected database's
/// schema version and where the console keeps its files.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
    /// Waits for its running background work, whose result is delivered through this object.
    ~AboutDialog() override;

private:
    QLabel* addRow(QFormLayout* form, const QString& label, const QString& name, const QString& value);
    void askDatabase();

    QLabel* m_server = nullptr;
    QLabel* m_schema = nullptr;
    OwnWork m_work;
};

} // namespace kumiko::ui
