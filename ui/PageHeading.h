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

private:
    QLabel* m_title;
    QLabel* m_description;
};

} // namespace kumiko::ui
