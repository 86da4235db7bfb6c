#pragma once

#include "mail/MailOutbox.h"

#include <QAbstractTableModel>
#include <QList>

namespace kumiko::models {

/// The newest mails of the outbox with their delivery status and errors (never a body).
class OutboxTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CreatedColumn,
        StatusColumn,
        KindColumn,
        RecipientColumn,
        AttemptsColumn,
        DeliveryColumn, ///< sent at, or the next attempt
        ErrorColumn,
        ColumnCount
    };

    explicit OutboxTableModel(QObject* parent = nullptr);

    void setMails(const QList<mail::OutboxEntry>& mails);
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const mail::OutboxEntry& mail, int column) const;

    QList<mail::OutboxEntry> m_mails;
};

} // namespace kumiko::models
