#pragma once

#include "KeysetPaging.h"
#include "RowTableModel.h"
#include "eventstore/EventTypes.h"

#include <QHash>
#include <vector>

namespace kumiko::models {

/// Events page by page, newest first: the view asks for more as it scrolls (canFetchMore/fetchMore),
/// the model asks its owner (moreWanted) and shows what the owner appends. It never queries.
class EventTableModel : public RowTableModel<es::StoredEvent>
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        TimeColumn,
        TypeColumn,
        AggregateColumn,
        VersionColumn,
        TenantColumn,
        ByColumn,
        ColumnCount
    };

    explicit EventTableModel(QObject* parent = nullptr);

    /// Empties the model; the next page starts from `cursor` 0 (the newest).
    void clear();
    /// Empties the model and asks for nothing until the next clear().
    void close();
    /// Adds a page, secret payload fields masked (es::SecretPayload); `nextCursor` 0 means there is
    /// nothing older.
    void appendPage(const std::vector<es::StoredEvent>& events, qint64 nextCursor);
    /// A requested page did not come (an error): allow asking again.
    void pageFailed();
    /// A requested page was given up (its search cancelled): ask for nothing more until clear().
    void pageCancelled();
    const es::StoredEvent* event(int row) const { return rowAt(row); }
    /// Tenant keys and user e-mails to show instead of ids (kept until close()); the ids stay in the
    /// tooltips and in IdRole.
    void addNames(const QHash<QString, QString>& tenants, const QHash<QString, QString>& users);
    /// Of `ids`, those no name is known for yet.
    QStringList unknownTenants(const QStringList& ids) const;
    QStringList unknownUsers(const QStringList& ids) const;

    /// The UUID a cell stands for (aggregate, tenant or author), for *Copy id*.
    static constexpr int IdRole = Qt::UserRole + 1;

    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    /// The view wants the page before `cursor` (0 = the newest page).
    void moreWanted(qint64 cursor);

private:
    QVariant cell(const es::StoredEvent& event, int column, int role) const override;
    QString columnTitle(int column) const override;
    QVariant display(const es::StoredEvent& event, int column) const;

    KeysetPaging<qint64> m_paging;
    QHash<QString, QString> m_tenantKeys;
    QHash<QString, QString> m_userEmails;
};

} // namespace kumiko::models
