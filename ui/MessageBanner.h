#pragma once

#include "common/Error.h"

#include <QFrame>
#include <optional>

class QLabel;
class QPushButton;
class QToolButton;

namespace kumiko::ui {

/// An inline banner for errors and notices: short text, expandable detail, optional action button.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Info,
        Warning,
        Error
    };

    explicit MessageBanner(QWidget* parent = nullptr);

    /// Shows the banner; `detail` (SQLSTATE, context) is hidden until the user expands it.
    void showMessage(Kind kind, const QString& text, const QString& detail = {},
                     const QString& actionText = {});
    /// An error banner: `what` went wrong, then the error's short translated summary; SQLSTATE and
    /// context in the detail.
    void showError(const QString& what, const Error& error);
    void clear();
    /// Clears the banner when it shows an error of a server that could not be reached (it is back).
    void clearConnectionError();

    Kind kind() const { return m_kind; }
    QString text() const;
    QString detail() const;

Q_SIGNALS:
    void actionTriggered();
    /// Every error shown, so the console's connection state learns of a lost server from any page.
    void errorShown(const kumiko::Error& error);

private:
    void applyKindStyle();

    Kind m_kind = Kind::Info;
    std::optional<ErrorCode> m_errorCode; ///< of the error shown; unset for any other message
    QLabel* m_icon;
    QLabel* m_text;
    QLabel* m_detail;
    QToolButton* m_detailToggle;
    QPushButton* m_action;
};

} // namespace kumiko::ui
