#pragma once

#include "common/Error.h"

#include <QFrame>
#include <functional>
#include <optional>
#include <type_traits>

class QLabel;
class QPushButton;
class QToolButton;

namespace kumiko::ui {

/// A banner text: fixed, or composed again (tr() with its arguments) whenever the language changes.
class BannerText
{
public:
    BannerText() = default;
    BannerText(const QString& fixed)
        : m_compose([fixed] { return fixed; })
    {}
    template <typename Compose, typename = std::enable_if_t<std::is_invocable_r_v<QString, Compose>>>
    BannerText(Compose compose)
        : m_compose(std::move(compose))
    {}

    QString text() const { return m_compose ? m_compose() : QString(); }

private:
    std::function<QString()> m_compose;
};

/// An inline banner for errors and notices: short text, expandable detail, optional action button. It
/// follows a language switch while it is shown.
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
    void showMessage(Kind kind, const BannerText& text, const BannerText& detail = {},
                     const BannerText& actionText = {});
    /// An error banner: `what` went wrong, then the error's short translated summary; SQLSTATE and
    /// context in the detail.
    void showError(const BannerText& what, const Error& error);
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

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void applyKindStyle();

    Kind m_kind = Kind::Info;
    std::optional<ErrorCode> m_errorCode; ///< of the error shown; unset for any other message
    BannerText m_textSource;
    BannerText m_detailSource;
    BannerText m_actionSource;
    QLabel* m_icon;
    QLabel* m_text;
    QLabel* m_detail;
    QToolButton* m_detailToggle;
    QPushButton* m_action;
};

} // namespace kumiko::ui
