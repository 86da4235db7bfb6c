#include "MessageBanner.h"

#include "ErrorText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace kumiko::ui {

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_detailToggle(new QToolButton(this))
    , m_action(new QPushButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setObjectName(QStringLiteral("bannerDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setVisible(false);
    m_detailToggle->setObjectName(QStringLiteral("bannerDetailToggle"));
    m_detailToggle->setCheckable(true);
    m_detailToggle->setArrowType(Qt::RightArrow);
    m_detailToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_action->setObjectName(QStringLiteral("bannerAction"));

    auto* row = new QHBoxLayout;
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(m_text, 1);
    row->addWidget(m_detailToggle, 0, Qt::AlignTop);
    row->addWidget(m_action, 0, Qt::AlignTop);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(8, 6, 8, 6);
    column->addLayout(row);
    column->addWidget(m_detail);

    connect(m_detailToggle, &QToolButton::toggled, this, [this](bool expanded) {
        m_detail->setVisible(expanded);
        m_detailToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_action, &QPushButton::clicked, this, &MessageBanner::actionTriggered);
    setVisible(false);
}

void MessageBanner::showMessage(Kind kind, const QString& text, const QString& detail,
                                const QString& actionText)
{
    m_kind = kind;
    m_errorCode.reset();
    m_text->setText(text);
    m_detail->setText(detail);
    m_detailToggle->setChecked(false);
    m_detailToggle->setVisible(!detail.isEmpty());
    m_detailToggle->setText(tr("Details", "banner: expand technical details"));
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    applyKindStyle();
    setVisible(true);
}

void MessageBanner::showError(const QString& what, const Error& error)
{
    showMessage(Kind::Error, QStringLiteral("%1 %2").arg(what, ErrorText::summary(error)),
                ErrorText::detail(error));
    m_errorCode = error.code;
    Q_EMIT errorShown(error);
}

void MessageBanner::clearConnectionError()
{
    if (m_errorCode && ErrorCodes::category(*m_errorCode) == ErrorCategory::Unreachable)
        clear();
}

void MessageBanner::clear()
{
    m_errorCode.reset();
    m_text->clear();
    m_detail->clear();
    setVisible(false);
}

QString MessageBanner::text() const
{
    return m_text->text();
}

QString MessageBanner::detail() const
{
    return m_detail->text();
}

void MessageBanner::applyKindStyle()
{
    // Colour is a second channel only: the icon and the text carry the meaning too.
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString colours = QStringLiteral("background:#e8f1fb;border:1px solid #7aa7d6;");
    if (m_kind == Kind::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
        colours = QStringLiteral("background:#fff6e0;border:1px solid #d9a93b;");
    } else if (m_kind == Kind::Error) {
        icon = QStyle::SP_MessageBoxCritical;
        colours = QStringLiteral("background:#fdecea;border:1px solid #d46a6a;");
    }
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(20, 20));
    setStyleSheet(QStringLiteral("#messageBanner{%1border-radius:4px;} #messageBanner QLabel{color:#1d1d1d;}")
                      .arg(colours));
}

} // namespace kumiko::ui
