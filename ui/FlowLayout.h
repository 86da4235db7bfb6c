#pragma once

#include <QLayout>
#include <QList>

namespace kumiko::ui {

/// Lays its widgets out in a row and wraps to further rows when the width runs out, so a row of
/// buttons never makes the window wider than a laptop's screen, in any language.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    /// Places the items in `rect` (only measures when `apply` is false); returns the height used.
    int arrange(const QRect& rect, bool apply) const;
    int spacing(Qt::Orientation orientation) const;

    QList<QLayoutItem*> m_items;
};

} // namespace kumiko::ui
