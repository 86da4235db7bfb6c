#pragma once

#include "KeysetPaging.h"
#include "RowTableModel.h"
#include "auth/UserOverview.h"

namespace kumiko::models {

/// The users with their verification state and last verification mail, page by page as the view
/// scrolls (canFetchMore/fetchMore): the model asks its owner (moreWanted) and shows what the owner
/// appends. Sorting is by e-mail only, the one order an index gives; the owner reloads for it
/// (orderWanted). It never queries.
class UserTableModel : public RowTableModel<auth::UserSummary>
{
    Q_OBJECT

public:
    enum Column
    {
        EmailColumn,
        NameColumn,
        VerifiedColumn,
        StatusColumn,
        RolesColumn,
        LastMailColumn,
        ColumnCount
    };
    enum Role
    {
        VerifiedRole = Qt::UserRole + 1, ///< bool, in every column
        UserIdRole,
    };

    explicit UserTableModel(QObject* parent = nullptr);

    /// Empties the model; the next page starts from the first user in the current order.
    void clear();
    /// Empties the model and asks for nothing until the next clear().
    void close();
    /// Adds a page asked for in `generation` (moreWanted); `nextCursor` is where the next one starts
    /// (empty: there is none). A page asked for before the last clear() is dropped: returns false.
    bool appendPage(int generation, const QList<auth::UserSummary>& users, const QString& nextCursor);
    /// The page asked for in `generation` did not come (an error): allow asking again.
    void pageFailed(int generation);
    const auth::UserSummary* user(int row) const { return rowAt(row); }
    bool descending() const { return m_descending; }

    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    /// Only EmailColumn sorts; other columns keep the order.
    void sort(int column, Qt::SortOrder order) override;
    static QString mailStatusText(mail::MailStatus status);

Q_SIGNALS:
    /// The view wants the page after `cursor` (empty: the first page); answer with appendPage() and
    /// this `generation`.
    void moreWanted(int generation, const QString& cursor);
    /// The order changed: the owner reloads from the first page.
    void orderWanted(bool descending);

private:
    QVariant cell(const auth::UserSummary& user, int column, int role) const override;
    QString columnTitle(int column) const override;
    QVariant display(const auth::UserSummary& user, int column) const;
    QVariant toolTip(const auth::UserSummary& user, int column) const;

    KeysetPaging<QString> m_paging;
    bool m_descending = false;
};

} // namespace kumiko::models
