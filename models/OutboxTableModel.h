#pragma once

#include "RowTableModel.h"
#include "mail/MailOutbox.h"

namespace kumiko::models {

/// The newest mails of the outbox with their delivery status and errors (never a body).
class OutboxTableModel : public RowTableModel<mail::OutboxEntry>
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

private:
    QVariant cell(const mail::OutboxEntry& mail, int column, int role) const override;
    QString columnTitle(int column) const override;
    QVariant display(const mail::OutboxEntry& mail, int column) const;
};

} // namespace kumiko::models
