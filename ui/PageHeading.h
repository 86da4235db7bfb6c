#pragma once

#include <QWidget>

class QLabel;

namespace kumiko::ui {

/// The title and one-paragraph description at the top of every section page.
class PageHeading : public QWidget
{
    Q_OBJECT

public:
    explicit PageHeading(QWidget* parent = nullptr);

    void setTexts(const QString& title, const QString& description);
    QString title() const;
    /// Says under the title that what the page shows may be out of date (the database is lost).
    void setStale(bool stale);
    QLabel* staleNote() const { return m_stale; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_title;
    QLabel* m_description;
    QLabel* m_stale;
};

} // namespace kumiko::ui
