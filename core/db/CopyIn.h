#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <string>
#include <string_view>

namespace kumiko::db {

/// Rows for one `COPY table (columns) FROM STDIN`, collected in COPY's text format and sent in one
/// go: PostgreSQL's fastest way in for thousands of rows, without one huge bound parameter that
/// the server must parse as a whole.
///
/// Fields are added in column order, each row closed with endRow(). Values are bound data, never
/// SQL: only the table and column names (plain identifiers, checked) become statement text.
class CopyIn
{
public:
    CopyIn(QString table, QStringList columns);

    void field(std::string_view text);
    void field(const QString& text);
    void null();
    void endRow();
    qsizetype rowCount() const { return m_rows; }

    /// Runs the COPY on `db` (QPSQL). Rows of earlier statements not yet read are discarded. On a
    /// failure the error carries the SQLSTATE-derived code; inside a transaction, the transaction is
    /// aborted (PostgreSQL semantics), so nothing of the COPY stays.
    Status send(const QSqlDatabase& db) const;

private:
    QString statement() const;

    QString m_table;
    QStringList m_columns;
    std::string m_data;
    qsizetype m_rows = 0;
    qsizetype m_fieldsInRow = 0;
};

} // namespace kumiko::db
