#include "ui/overview/figuretile.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::FigureTile).
class FigureTile { Q_OBJECT };
#endif

namespace {

QFont numberFont(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    return font;
}

QFont smallFont(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

// The frame and stripe on the leading side, the margin on the trailing one.
constexpr int LeadingMargin = 14;
constexpr int TrailingMargin = 8;
constexpr int ChangeGap = 8; // between the number and its change
// The width a tile adds to its text: both margins and the frame's line.
constexpr int AroundText = LeadingMargin + TrailingMargin + 2;

} // namespace

FigureTile::FigureTile(const QString &title, QWidget *parent)
    : QAbstractButton(parent)
    , m_title(title)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    updateAccessibleText();
}

void FigureTile::setTitle(const QString &title)
{
    m_title = title;
    updateAccessibleText();
    updateGeometry();
    update();
}

void FigureTile::setFigure(const QString &number, const QString &change)
{
    m_number = number;
    m_change = change;
    updateAccessibleText();
    updateGeometry(); // the hints follow the number's width
    update();
}

void FigureTile::setAccent(const QColor &colour)
{
    m_accent = colour;
    update();
}

void FigureTile::updateAccessibleText()
{
    setAccessibleName(tr("%1: %2").arg(m_title, m_number));
    setAccessibleDescription(m_change.isEmpty()
                                 ? tr("Enter shows them")
                                 : tr("%1 since your last visit. Enter shows them").arg(m_change));
    setToolTip(accessibleDescription());
}

void FigureTile::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateAccessibleText();
    QAbstractButton::changeEvent(event);
}

QSize FigureTile::sizeHint() const
{
    const QFontMetrics big(numberFont(font()));
    const QFontMetrics small(smallFont(font()));
    const int width =
        std::max({big.horizontalAdvance(m_number) + small.horizontalAdvance(m_change) + ChangeGap,
                  small.horizontalAdvance(m_title), 80});
    return {width + AroundText, big.height() + small.height() + 20};
}

QSize FigureTile::minimumSizeHint() const
{
    QFont smallest = font();
    smallest.setBold(true);
    const int number = QFontMetrics(smallest).horizontalAdvance(m_number);
    return {std::max(60, number + AroundText), sizeHint().height()};
}

QFont FigureTile::shownNumberFont() const
{
    QFont shown = numberFont(font());
    const int room = contentRect().width();
    const int width = QFontMetrics(shown).horizontalAdvance(m_number);
    if (width <= room || width <= 0)
        return shown;
    // Scaled to the room, a little under so rounding never cuts the last digit.
    const qreal scaled = shown.pointSizeF() * room / width * 0.98;
    shown.setPointSizeF(std::max(font().pointSizeF(), scaled));
    return shown;
}

QRect FigureTile::contentRect() const
{
    return rect().adjusted(LeadingMargin, 8, -TrailingMargin, -8);
}

FigureTile::ChangePlace FigureTile::changePlace() const
{
    if (m_change.isEmpty())
        return ChangePlace::Hidden;
    const QFontMetrics small(smallFont(font()));
    const int change = small.horizontalAdvance(m_change);
    const int room = contentRect().width();
    if (QFontMetrics(shownNumberFont()).horizontalAdvance(m_number) + ChangeGap + change <= room)
        return ChangePlace::BesideNumber;
    if (small.horizontalAdvance(m_title) + ChangeGap + change <= room)
        return ChangePlace::EndOfTitle;
    return ChangePlace::Hidden;
}

void FigureTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QRectF frame = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    painter.setPen(QPen(pal.color(underMouse() ? QPalette::Highlight : QPalette::Mid), 1));
    painter.setBrush(pal.color(isDown() ? QPalette::Button : QPalette::Base));
    painter.drawRoundedRect(frame, 6, 6);
    // Laid out left to right, then mirrored for a right-to-left layout: the
    // stripe and the number on the leading side.
    const auto visual = [this](const QRect &logical) {
        return QStyle::visualRect(layoutDirection(), rect(), logical);
    };
    if (m_accent.isValid()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_accent);
        painter.drawRoundedRect(visual(QRect(2, 7, 4, height() - 14)), 2, 2);
    }
    const QRect content = contentRect();
    // The lines are placed by the usual number font, whatever size the number is drawn at.
    const QFontMetrics bigMetrics(numberFont(font()));
    const QFont shown = shownNumberFont();
    const QFont small = smallFont(font());
    painter.setFont(shown);
    painter.setPen(pal.color(QPalette::Text));
    const int numberWidth = QFontMetrics(shown).horizontalAdvance(m_number);
    painter.drawText(visual(QRect(content.left(), content.top(), numberWidth, bigMetrics.height())),
                     Qt::AlignCenter, m_number);
    painter.setFont(small);
    painter.setPen(pal.color(QPalette::PlaceholderText));
    const QFontMetrics smallMetrics(small);
    const QRect titleLine(content.left(), content.top() + bigMetrics.height(), content.width(),
                          smallMetrics.height());
    const ChangePlace place = changePlace();
    if (place == ChangePlace::BesideNumber) {
        const int changeLeft = content.left() + numberWidth + ChangeGap;
        // On the number's baseline.
        painter.drawText(visual(QRect(changeLeft, content.top(), content.right() - changeLeft + 1,
                                      bigMetrics.ascent() + smallMetrics.descent())),
                         Qt::AlignLeft | Qt::AlignBottom, m_change);
    } else if (place == ChangePlace::EndOfTitle) {
        painter.drawText(visual(titleLine), Qt::AlignRight | Qt::AlignVCenter, m_change);
    }
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(visual(titleLine), Qt::AlignLeft | Qt::AlignVCenter,
                     smallMetrics.elidedText(m_title, Qt::ElideRight, content.width()));
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(3, 3, -3, -3);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

} // namespace pc
