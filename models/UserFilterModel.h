#pragma once

#include <QSortFilterProxyModel>

namespace kumiko::models {

/// Narrows a UserTableModel to unverified users and/or a text in e-mail or name.
class UserFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit UserFilterModel(QObject* parent = nullptr);

    void setUnverifiedOnly(bool only);
    void setTextFilter(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_unverifiedOnly = false;
    QString m_text;
};

} // namespace kumiko::models
