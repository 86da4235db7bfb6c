#include "SuggestionModel.h"

namespace kumiko::models {

SuggestionModel::SuggestionModel(QObject* parent)
    : QAbstractListModel(parent)
{}

quint64 SuggestionModel::search(const QString& term)
{
    m_term = term;
    setLoading(true);
    return ++m_ticket;
}

bool SuggestionModel::deliver(quint64 ticket, const QList<directory::DirectoryEntry>& entries)
{
    if (ticket != m_ticket || !m_loading)
        return false;
    show(entries);
    setLoading(false);
    return true;
}

bool SuggestionModel::fail(quint64 ticket)
{
    return deliver(ticket, {});
}

void SuggestionModel::clear()
{
    ++m_ticket;
    m_term.clear();
    show({});
    setLoading(false);
}

void SuggestionModel::show(const QList<directory::DirectoryEntry>& entries)
{
    if (entries.isEmpty() && m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void SuggestionModel::setLoading(bool loading)
{
    if (std::exchange(m_loading, loading) != loading)
        Q_EMIT loadingChanged(loading);
}

const directory::DirectoryEntry* SuggestionModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int SuggestionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant SuggestionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const directory::DirectoryEntry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return entry.detail.isEmpty() || entry.detail == entry.label
                   ? entry.label
                   : QStringLiteral("%1 — %2").arg(entry.label, entry.detail);
    case Qt::ToolTipRole:
        return entry.id;
    case IdRole:
        return entry.id;
    case LabelRole:
        return entry.label;
    case DetailRole:
        return entry.detail;
    }
    return {};
}

QHash<int, QByteArray> SuggestionModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(LabelRole, "label");
    names.insert(DetailRole, "detail");
    return names;
}

} // namespace kumiko::models
