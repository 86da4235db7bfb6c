#include "MessageBanner.h"

#include "ErrorText.h"
#include "StatusPalette.h"

#include <QAccessible>
#include <QEvent>
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

void MessageBanner::showMessage(Kind kind, const BannerText& text, const BannerText& detail,
                                const BannerText& actionText)
{
    m_kind = kind;
    m_errorCode.reset();
    m_textSource = text;
    m_detailSource = detail;
    m_actionSource = actionText;
    m_detailToggle->setChecked(false);
    retranslateUi();
    applyKindStyle();
    setVisible(true);
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void MessageBanner::showError(const BannerText& what, const Error& error)
{
    showMessage(
        Kind::Error,
        [what, error] { return QStringLiteral("%1 %2").arg(what.text(), ErrorText::summary(error)); },
        [error] { return ErrorText::detail(error); });
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
    m_textSource = {};
    m_detailSource = {};
    m_actionSource = {};
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

void MessageBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && !isHidden())
        retranslateUi();
    if (event->type() == QEvent::PaletteChange)
        applyKindStyle();
    QFrame::changeEvent(event);
}

void MessageBanner::retranslateUi()
{
    const QString text = m_textSource.text();
    const QString detail = m_detailSource.text();
    const QString action = m_actionSource.text();
    m_text->setText(text);
    m_detail->setText(detail);
    m_detailToggle->setVisible(!detail.isEmpty());
    m_detailToggle->setText(tr("Details", "banner: expand technical details"));
    m_detailToggle->setAccessibleDescription(tr("Shows or hides the technical details", "banner"));
    m_action->setText(action);
    m_action->setVisible(!action.isEmpty());
    setAccessibleName(m_kind == Kind::Error     ? tr("Error", "banner kind, for screen readers")
                      : m_kind == Kind::Warning ? tr("Warning", "banner kind, for screen readers")
                                                : tr("Notice", "banner kind, for screen readers"));
    setAccessibleDescription(text);
}

void MessageBanner::applyKindStyle()
{
    // Colour is a second channel only: the icon and the text carry the meaning too. The colours come
    // from the palette, so the banner reads in light and dark themes.
    using Tone = models::StatusPalette::Tone;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    Tone tone = Tone::Info;
    if (m_kind == Kind::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
        tone = Tone::Warning;
    } else if (m_kind == Kind::Error) {
        icon = QStyle::SP_MessageBoxCritical;
        tone = Tone::Error;
    }
    const QPalette palette = QGuiApplication::palette();
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(20, 20));
    const QString sheet =
        QStringLiteral("#%1{background:%2;border:1px solid %3;border-radius:4px;} #%1 QLabel{color:%4;}")
            .arg(objectName(), models::StatusPalette::background(tone, palette).name(),
                 models::StatusPalette::text(tone, palette).name(),
                 models::StatusPalette::foreground(tone, palette).name());
    if (sheet != styleSheet()) // setting a sheet changes the palette: no loop through PaletteChange
        setStyleSheet(sheet);
}

} // namespace kumiko::ui
