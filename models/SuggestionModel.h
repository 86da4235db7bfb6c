#pragma once

#include "directory/DirectorySearch.h"

#include <QAbstractListModel>

namespace kumiko::models {

/// The suggestions of a tenant or user picker for what was typed last. Each search is a ticket from
/// search(); only the answer to the newest ticket is shown, so a slow answer to an older term never
/// replaces a newer one. It never queries: its owner runs the search and delivers the answer.
class SuggestionModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        LabelRole, ///< key or e-mail
        DetailRole ///< name or display name
    };

    explicit SuggestionModel(QObject* parent = nullptr);

    /// Starts a search for `term`; deliver its answer with the returned ticket.
    quint64 search(const QString& term);
    /// Shows `entries` when `ticket` is the newest search; returns false (and changes nothing) when not.
    bool deliver(quint64 ticket, const QList<directory::DirectoryEntry>& entries);
    /// The search of `ticket` failed: when it is the newest, the suggestions empty and loading ends.
    bool fail(quint64 ticket);
    /// Forgets the suggestions and every search under way.
    void clear();

    bool isLoading() const { return m_loading; }
    QString term() const { return m_term; }
    const directory::DirectoryEntry* entry(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loadingChanged(bool loading);

private:
    void setLoading(bool loading);
    void show(const QList<directory::DirectoryEntry>& entries);

    QList<directory::DirectoryEntry> m_entries;
    QString m_term;
    quint64 m_ticket = 0;
    bool m_loading = false;
};

} // namespace kumiko::models
